//! The uncertainty band: the Monte Carlo run's range as a line, its 10th–90th percentiles
//! as a box, its median as a tick, on one axis from the least to the greatest draw.

/// Narrow, so it is drawn at its size or larger in every column it sits in (its text at
/// least 12 px); styles/scenario.css caps how far it grows.
pub const BAND_WIDTH: f64 = 300.0;
pub const BAND_HEIGHT: f64 = 70.0;
const PAD: f64 = 12.0;

#[derive(Clone, Debug, PartialEq)]
pub struct BandLayout {
    /// The range line's ends (also where the least and greatest draws are labelled).
    pub range: (f64, f64),
    /// The 10th–90th percentile box's x and width.
    pub middle: (f64, f64),
    /// The median's x.
    pub p50: f64,
}

/// The band of draws from `min` to `max` with percentiles `p10`, `p50`, `p90`.
pub fn band_layout(min: f64, max: f64, p10: f64, p50: f64, p90: f64) -> BandLayout {
    let span = if max > min { max - min } else { 1.0 };
    let x = |v: f64| PAD + (v - min) / span * (BAND_WIDTH - 2.0 * PAD);
    BandLayout {
        range: (x(min), x(max)),
        middle: (x(p10), (x(p90) - x(p10)).max(1.0)),
        p50: x(p50),
    }
}
