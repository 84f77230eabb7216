//! The tornado chart: one row per ranged figure, its name wrapped beside its two values and
//! the bar under them, each bar running from the base value to the figure's result at its
//! low and at its high, on one axis for all rows; the base's line and label under the rows.
use super::text::{width_em, wrap};

/// Margin left and right, the bars' height, the names' line pitch (viewBox units, one per
/// CSS px).
pub const TORNADO_PAD: f64 = 8.0;
pub const TORNADO_BAR_H: f64 = 14.0;
pub const TORNADO_LINE: f64 = 16.0;
/// The names' size (styles/scenario.css) and the values' size.
const FONT: f64 = 13.0;
const VALUES_FONT: f64 = 12.0;
const PAD: f64 = TORNADO_PAD;

/// One figure's row: its name's lines, their baseline, the bar's top, and the low and high
/// segments (x, width).
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    pub lines: Vec<String>,
    pub label_y: f64,
    pub bar_y: f64,
    pub low: (f64, f64),
    pub high: (f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TornadoLayout {
    pub width: f64,
    pub height: f64,
    pub rows: Vec<TornadoRow>,
    /// The base value's line x, and its label's x and text-anchor.
    pub base_x: f64,
    pub base_label: (f64, &'static str),
}

/// The least and greatest value the rows' bars reach, the base value included.
pub fn tornado_span(base: f64, bars: &[(f64, f64)]) -> (f64, f64) {
    let lo = bars.iter().map(|b| b.0.min(b.1)).fold(base, f64::min);
    let hi = bars.iter().map(|b| b.0.max(b.1)).fold(base, f64::max);
    (lo, hi)
}

/// The rows `bars` (name, values as drawn, result at the low, at the high) around `base`,
/// whose label is `base_text`, for `width`.
pub fn tornado_layout(
    base: f64,
    bars: &[(String, String, f64, f64)],
    base_text: &str,
    width: f64,
) -> TornadoLayout {
    let w = width;
    let spans: Vec<(f64, f64)> = bars.iter().map(|b| (b.2, b.3)).collect();
    let (lo, hi) = tornado_span(base, &spans);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let x = |v: f64| PAD + (v - lo) / span * (w - 2.0 * PAD);
    let row_h = |lines: usize| lines.max(1) as f64 * TORNADO_LINE + 6.0 + TORNADO_BAR_H + 8.0;
    let mut top = 0.0;
    let rows = bars
        .iter()
        .map(|(name, values, low, high)| {
            // The name wrapped beside its values (right), then the bar.
            let room = w - 2.0 * PAD - width_em(values) * VALUES_FONT - 12.0;
            let lines = wrap(name, (room / FONT).max(4.0), 6);
            let bar_y = top + lines.len().max(1) as f64 * TORNADO_LINE + 6.0;
            let segment = |v: f64| {
                let (a, c) = (x(base.min(v)), x(base.max(v)));
                (a, (c - a).max(1.0))
            };
            let row = TornadoRow {
                label_y: top + 14.0,
                bar_y,
                low: segment(*low),
                high: segment(*high),
                lines,
            };
            top += row_h(row.lines.len());
            row
        })
        .collect::<Vec<_>>();
    let height = rows.iter().map(|r| row_h(r.lines.len())).sum::<f64>() + 28.0;
    let base_x = x(base);
    // The base's label centred on its line, or against the side it would run past.
    let half = width_em(base_text) * VALUES_FONT / 2.0;
    let base_label = if base_x - half < PAD {
        (PAD, "start")
    } else if base_x + half > w - PAD {
        (w - PAD, "end")
    } else {
        (base_x, "middle")
    };
    TornadoLayout {
        width: w,
        height,
        rows,
        base_x,
        base_label,
    }
}
