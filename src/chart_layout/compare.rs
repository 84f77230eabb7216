//! The comparison chart's value axis: linear from zero to a round ceiling, or logarithmic by
//! powers of ten; where a value is drawn, the ticks, and how often a tick's label fits.
use crate::model::RankedProduct;

/// The bars' left edge.
pub const COMPARE_LEFT: f64 = 4.0;
/// Room right of the longest bar for its value label.
const LABEL_ROOM: f64 = 96.0;
const LEFT: f64 = COMPARE_LEFT;
/// The names' line pitch.
pub const COMPARE_LINE: f64 = 16.0;
/// Under a bar's name lines: the bar with its value, and the gap to the next row.
const BAR_ROW: f64 = 26.0;

/// One product's row: its top, its bar's top (relative to the row) and its height.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    pub top: f64,
    pub bar_y: f64,
    pub height: f64,
}

/// Rows of names on `line_counts` lines each, one under the other, and the bottom of the
/// last (where the axis is).
pub fn compare_rows(line_counts: &[usize]) -> (Vec<CompareRow>, f64) {
    let mut top = 0.0;
    let rows = line_counts
        .iter()
        .map(|&lines| {
            let bar_y = lines as f64 * COMPARE_LINE + 6.0;
            let row = CompareRow {
                top,
                bar_y,
                height: bar_y + BAR_ROW - 6.0,
            };
            top += lines as f64 * COMPARE_LINE + BAR_ROW;
            row
        })
        .collect();
    let plot_bottom = line_counts
        .iter()
        .map(|&l| l as f64 * COMPARE_LINE + BAR_ROW)
        .sum::<f64>();
    (rows, plot_bottom)
}

/// Maps a value to an x position on the chosen scale.
pub struct CompareScale {
    pub log: bool,
    pub min: f64,
    pub max: f64,
    pub width: f64,
}

impl CompareScale {
    pub fn new(ranked: &[RankedProduct], log: bool, width: f64) -> CompareScale {
        let highest = ranked
            .iter()
            .map(|r| r.added_value_per_t_high.max(r.added_value_per_t))
            .fold(0.0, f64::max);
        if log {
            let lowest = ranked
                .iter()
                .flat_map(|r| [r.added_value_per_t_low, r.added_value_per_t])
                .filter(|v| *v > 0.0)
                .fold(f64::INFINITY, f64::min);
            let lowest = if lowest.is_finite() { lowest } else { 1.0 };
            let min = 10f64.powf(lowest.log10().floor());
            let max = 10f64.powf(highest.max(min * 10.0).log10().ceil());
            CompareScale {
                log,
                min,
                max,
                width,
            }
        } else {
            CompareScale {
                log,
                min: 0.0,
                max: nice_ceiling(highest),
                width,
            }
        }
    }

    pub fn x(&self, value: f64) -> f64 {
        let plot = self.width - LEFT - LABEL_ROOM;
        let t = if self.log {
            if value <= self.min {
                0.0
            } else {
                (value.log10() - self.min.log10()) / (self.max.log10() - self.min.log10())
            }
        } else if self.max > 0.0 {
            value.max(0.0) / self.max
        } else {
            0.0
        };
        LEFT + plot * t.clamp(0.0, 1.0)
    }

    pub fn ticks(&self) -> Vec<f64> {
        if self.log {
            let (a, b) = (
                self.min.log10().round() as i32,
                self.max.log10().round() as i32,
            );
            (a..=b.min(a + 12)).map(|e| 10f64.powi(e)).collect()
        } else {
            // Room for a label ("400,000") every 80 px.
            let parts = match self.width - LEFT - LABEL_ROOM {
                p if p >= 320.0 => 4,
                p if p >= 160.0 => 2,
                _ => 1,
            };
            (0..=parts)
                .map(|i| self.max * f64::from(i) / f64::from(parts))
                .collect()
        }
    }

    /// Every how many ticks a label fits (log ticks can be closer than a label is wide).
    pub fn label_every(&self, ticks: usize) -> usize {
        let gap = (self.width - LEFT - LABEL_ROOM) / ticks.saturating_sub(1).max(1) as f64;
        (72.0 / gap).ceil().max(1.0) as usize
    }
}

/// 1, 2 or 5 times a power of ten at or above `x`, so linear ticks are round numbers.
pub fn nice_ceiling(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 4.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|v| *v >= x)
        .unwrap_or(10.0 * p)
}
