//! The trajectory chart: years across, the figure up from zero to a round top, a tick per
//! round step, a year label as often as they fit, and the target's label where the line
//! does not run through it.

/// The chart's height and margins, in viewBox units (one per CSS px).
const H: f64 = 280.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
// Room above the plot for the axis title, clear of the top tick's label.
const TOP: f64 = 28.0;
const BOTTOM: f64 = 36.0;

#[derive(Clone, Debug, PartialEq)]
pub struct TrajectoryLayout {
    pub width: f64,
    pub height: f64,
    /// The plot's left and right edges, and its bottom (the year axis).
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_bottom: f64,
    /// The top of the value axis (a whole number of `step`s).
    pub y_max: f64,
    pub step: f64,
    /// Each year's point, in order.
    pub points: Vec<(f64, f64)>,
    /// Each tick's value and y.
    pub ticks: Vec<(f64, f64)>,
    /// The years labelled and their x.
    pub year_labels: Vec<(u32, f64)>,
    /// The target line's y.
    pub target_y: Option<f64>,
}

/// A round step for about four axis ticks (1, 2 or 5 × a power of ten).
pub fn tick_step(max: f64) -> f64 {
    let raw = max / 4.0;
    let power = 10f64.powf(raw.log10().floor());
    let m = raw / power;
    power
        * if m <= 1.0 {
            1.0
        } else if m <= 2.0 {
            2.0
        } else if m <= 5.0 {
            5.0
        } else {
            10.0
        }
}

/// `values` at `years` (year 0 is the baseline, in order) against `target`, for `width`.
pub fn trajectory_layout(
    years: &[u32],
    values: &[f64],
    target: Option<f64>,
    width: f64,
) -> TrajectoryLayout {
    let w = width;
    let top = values.iter().copied().chain(target).fold(0.0_f64, f64::max);
    let step = if top > 0.0 {
        tick_step(top * 1.05)
    } else {
        1.0
    };
    let y_max = if top > 0.0 {
        (top * 1.05 / step).ceil() * step
    } else {
        1.0
    };
    let n = years.len().saturating_sub(1).max(1) as f64;
    let x = |year: u32| LEFT + f64::from(year) / n * (w - LEFT - RIGHT);
    let y = |v: f64| TOP + (1.0 - v / y_max) * (H - TOP - BOTTOM);
    let points = years
        .iter()
        .zip(values)
        .map(|(yr, v)| (x(*yr), y(*v)))
        .collect();
    let ticks = (0..=((y_max / step).round() as u32))
        .map(|k| {
            let v = f64::from(k) * step;
            (v, y(v))
        })
        .collect();
    // A year label ("2030" at 12 px) every 40 px at most.
    let room = (w - LEFT - RIGHT) / 40.0;
    let label_every = ((years.len() as f64 / room.max(1.0)).ceil() as usize)
        .max(years.len() / 10)
        .max(1);
    let year_labels = years
        .iter()
        .enumerate()
        .filter(|(k, _)| k % label_every == 0)
        .map(|(_, yr)| (*yr, x(*yr)))
        .collect();
    TrajectoryLayout {
        width: w,
        height: H,
        plot_left: LEFT,
        plot_right: w - RIGHT,
        plot_bottom: H - BOTTOM,
        y_max,
        step,
        points,
        ticks,
        year_labels,
        target_y: target.map(y),
    }
}

/// Where the target's label goes: of the four places beside the target line (left or right
/// end, above or below it), the first whose box no segment of the data line crosses, so the
/// label never sits on the line. Returns (x, y of the baseline, text-anchor). `chars` is the
/// label's length in Latin characters (a CJK character counts two).
pub fn target_label_place(
    line: &[(f64, f64)],
    target_y: f64,
    chars: usize,
    w: f64,
) -> (f64, f64, &'static str) {
    const FONT: f64 = 12.0;
    let width = chars as f64 * FONT * 0.62 + 4.0;
    let candidates = [
        (LEFT + 4.0, target_y - 6.0, "start"),
        (w - RIGHT, target_y - 6.0, "end"),
        (LEFT + 4.0, target_y + FONT + 4.0, "start"),
        (w - RIGHT, target_y + FONT + 4.0, "end"),
    ];
    let clear = |(x, y, anchor): (f64, f64, &str)| {
        let (x0, x1) = label_span(x, anchor, width);
        let (y0, y1) = (y - FONT - 2.0, y + 4.0);
        // Sampled along each segment: enough for a line this size (a step per 2 units).
        line.windows(2).all(|pair| {
            let [(ax, ay), (bx, by)] = pair else {
                return true;
            };
            let (ax, ay, bx, by) = (*ax, *ay, *bx, *by);
            let steps = (((bx - ax).abs() + (by - ay).abs()) / 2.0).ceil().max(1.0) as usize;
            (0..=steps).all(|k| {
                let t = k as f64 / steps as f64;
                let (px, py) = (ax + t * (bx - ax), ay + t * (by - ay));
                !(px >= x0 && px <= x1 && py >= y0 && py <= y1)
            })
        })
    };
    let [first, ..] = candidates;
    candidates.into_iter().find(|c| clear(*c)).unwrap_or(first)
}

/// The target label's box (left, right, top, bottom) at a place `target_label_place` gave:
/// what that place keeps clear of the line.
pub fn target_label_box(place: (f64, f64, &str), chars: usize) -> (f64, f64, f64, f64) {
    const FONT: f64 = 12.0;
    let (x, y, anchor) = place;
    let (x0, x1) = label_span(x, anchor, chars as f64 * FONT * 0.62 + 4.0);
    (x0, x1, y - FONT - 2.0, y + 4.0)
}

fn label_span(x: f64, anchor: &str, width: f64) -> (f64, f64) {
    if anchor == "start" {
        (x - 2.0, x + width)
    } else {
        (x - width, x + 2.0)
    }
}
