//! The waterfall of added value per ton: one row per bar (its label and value above it),
//! each bar spanning `from`..`to` on one value axis, a connector from a bar's end down to the
//! next row's bar.

/// The chart's width in viewBox units; narrow so the text stays legible when the chart
/// shrinks on phones.
pub const WATERFALL_WIDTH: f64 = 360.0;
/// Margin left and right of the bars and labels.
pub const WATERFALL_PAD: f64 = 6.0;
const FONT: f64 = 14.0;
/// Room left of the value for the label, in em.
pub const WATERFALL_LABEL_EM: f64 = (WATERFALL_WIDTH - 2.0 * WATERFALL_PAD - 110.0) / FONT;

/// A row's height, and where in it the label's baseline and the bar are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WaterfallRows {
    pub row: f64,
    pub bar_h: f64,
    pub label_dy: f64,
    pub bar_dy: f64,
}

const ROWS: WaterfallRows = WaterfallRows {
    row: 48.0,
    bar_h: 18.0,
    label_dy: 15.0,
    bar_dy: 22.0,
};
/// In a compact card the stages filled 70 % of a 600 × 400 frame; the text keeps its size,
/// the bars are thin and have no connectors.
const COMPACT_ROWS: WaterfallRows = WaterfallRows {
    row: 28.0,
    bar_h: 8.0,
    label_dy: 13.0,
    bar_dy: 17.0,
};

/// One bar placed: its box, its row's label baseline, and the connector to the next bar
/// (x, y from, y to).
#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallBar {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub label_y: f64,
    pub connector: Option<(f64, f64, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallLayout {
    pub width: f64,
    pub height: f64,
    pub bars: Vec<WaterfallBar>,
}

/// The bars `spans` (each `from`..`to` on the value axis, in order) laid out on one axis
/// from the least to the greatest value (zero always on it).
pub fn waterfall_layout(spans: &[(f64, f64)], compact: bool) -> WaterfallLayout {
    let lo = spans.iter().map(|b| b.0.min(b.1)).fold(0.0, f64::min);
    let hi = spans.iter().map(|b| b.0.max(b.1)).fold(0.0, f64::max);
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let sx = |v: f64| WATERFALL_PAD + (v - lo) / span * (WATERFALL_WIDTH - 2.0 * WATERFALL_PAD);
    let g = if compact { COMPACT_ROWS } else { ROWS };
    let bars = spans
        .iter()
        .enumerate()
        .map(|(k, &(from, to))| {
            let y = k as f64 * g.row;
            let (x0, x1) = (sx(from.min(to)), sx(from.max(to)));
            // Compact rows leave no room for a connector between the labels: it crossed them.
            let connector = (k + 1 < spans.len() && !compact)
                .then(|| (sx(to), y + g.bar_dy + g.bar_h, y + g.row + g.bar_dy));
            WaterfallBar {
                x: x0,
                y: y + g.bar_dy,
                // A tiny increment still gets a visible bar.
                w: (x1 - x0).max(2.0),
                h: g.bar_h,
                label_y: y + g.label_dy,
                connector,
            }
        })
        .collect();
    WaterfallLayout {
        width: WATERFALL_WIDTH,
        height: spans.len() as f64 * g.row + 4.0,
        bars,
    }
}
