//! The waterfall's and the trajectory's pure layout (src/chart_layout/): bars stacked on one
//! axis and clear of their labels, round ticks covering the range, points inside the plot,
//! the target's label off the line; the comparison chart's axis; the
//! tornado's rows; the uncertainty band.
use value_chain::chart_layout::{
    band_layout, compare_rows, nice_ceiling, target_label_box, target_label_place, tick_step,
    tornado_layout, tornado_span, trajectory_layout, waterfall_layout, CompareScale, BAND_WIDTH,
    COMPARE_LEFT, COMPARE_LINE, TORNADO_BAR_H, TORNADO_LINE, TORNADO_PAD, WATERFALL_PAD,
    WATERFALL_WIDTH,
};
use value_chain::model::{rank_products, Dataset, RankedProduct};

/// Increments stacked into a waterfall as the path view draws it: each floats on the running
/// total, and the last bar is the total from zero.
fn stacked(base: f64, increments: &[f64]) -> Vec<(f64, f64)> {
    let mut spans = Vec::new();
    if base > 0.0 {
        spans.push((0.0, base));
    }
    let mut at = base;
    for &inc in increments {
        spans.push((at, at + inc));
        at += inc;
    }
    spans.push((0.0, at));
    spans
}

#[track_caller]
fn check_waterfall(base: f64, increments: &[f64], compact: bool) {
    let spans = stacked(base, increments);
    let l = waterfall_layout(&spans, compact);
    assert_eq!(l.bars.len(), spans.len());
    let lo = spans.iter().map(|s| s.0.min(s.1)).fold(0.0, f64::min);
    let hi = spans.iter().map(|s| s.0.max(s.1)).fold(0.0, f64::max);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let scale = (WATERFALL_WIDTH - 2.0 * WATERFALL_PAD) / span;
    let x_of = |v: f64| WATERFALL_PAD + (v - lo) * scale;
    for (k, (b, s)) in l.bars.iter().zip(&spans).enumerate() {
        // Inside the chart, at least 2 units wide, and where its values say.
        assert!(
            b.x >= WATERFALL_PAD - 1e-9,
            "bar {k} starts left of the chart"
        );
        assert!(
            b.x + b.w <= WATERFALL_WIDTH - WATERFALL_PAD + 2.0 + 1e-9,
            "bar {k} runs out"
        );
        assert!(b.w >= 2.0, "bar {k} is {} wide", b.w);
        assert!(
            (b.x - x_of(s.0.min(s.1))).abs() < 1e-6,
            "bar {k} is not at its value"
        );
        if (s.1 - s.0).abs() * scale >= 2.0 {
            assert!(
                (b.w - (s.1 - s.0).abs() * scale).abs() < 1e-6,
                "bar {k}'s width"
            );
        }
        // The label's baseline is above the bar (text hangs above its baseline).
        assert!(b.label_y < b.y, "bar {k}'s label is on its bar");
        assert!(b.y + b.h <= l.height, "bar {k} below the chart");
        if let Some(next) = l.bars.get(k + 1) {
            // Rows do not overlap: the next label sits below this bar.
            assert!(
                next.label_y - 12.0 > b.y + b.h - 1e-9 || compact,
                "row {k} overlaps row {}",
                k + 1
            );
            assert!(next.y >= b.y + b.h, "bar {k} overlaps the next");
            // The connector runs from this bar's end down to the next bar, at the running total.
            match b.connector {
                Some((cx, y1, y2)) => {
                    assert!(!compact, "a compact card has no connectors");
                    assert!(
                        (cx - x_of(s.1)).abs() < 1e-6,
                        "connector {k} not at the bar's end"
                    );
                    assert_eq!((y1, y2), (b.y + b.h, next.y), "connector {k}'s ends");
                }
                None => assert!(compact, "bar {k} has no connector"),
            }
        } else {
            assert!(b.connector.is_none(), "the last bar has a connector");
        }
    }
    // The stages stack to the total: the last stage ends where the total bar ends.
    let total = l.bars.last().expect("a total bar");
    let last_stage = l.bars.len().checked_sub(2).and_then(|k| l.bars.get(k));
    if let Some(stage) = last_stage.filter(|_| increments.iter().all(|i| *i > 0.0)) {
        let (end, total_end) = (stage.x + stage.w, total.x + total.w);
        assert!(
            (end - total_end).abs() < 1e-6,
            "the stages end at {end}, the total at {total_end}"
        );
    }
}

#[test]
fn waterfall_bars_stack_to_the_total_clear_of_their_labels() {
    // (metal price underneath, increments, compact card)
    let table: &[(f64, &[f64], bool)] = &[
        (0.0, &[1200.0, 3400.0, 800.0], false),
        (0.0, &[1200.0, 3400.0, 800.0], true),
        (18_000.0, &[1200.0, 3400.0, 800.0], false),
        // A tiny increment still gets a visible bar.
        (0.0, &[5000.0, 1.0, 2000.0], false),
        // A negative stage (a loss) floats below the running total.
        (0.0, &[5000.0, -1500.0, 2000.0], false),
        // One stage only; nothing at all.
        (0.0, &[900.0], false),
        (0.0, &[0.0], true),
    ];
    for &(base, increments, compact) in table {
        check_waterfall(base, increments, compact);
    }
}

#[track_caller]
fn check_ticks(values: &[f64], target: Option<f64>, width: f64) {
    let years: Vec<u32> = (0..values.len() as u32).collect();
    let l = trajectory_layout(&years, values, target, width);
    let top = values.iter().copied().chain(target).fold(0.0, f64::max);
    // The step is 1, 2 or 5 × a power of ten; the ticks go from 0 to the top in steps and
    // cover every value; about four of them.
    let power = 10f64.powf(l.step.log10().floor());
    let mantissa = l.step / power;
    assert!(
        [1.0, 2.0, 5.0, 10.0]
            .iter()
            .any(|m| (mantissa - m).abs() < 1e-9),
        "step {} is not round",
        l.step
    );
    assert_eq!(
        l.ticks.first().map(|t| t.0),
        Some(0.0),
        "the axis starts at 0"
    );
    let last = l.ticks.last().map_or(0.0, |t| t.0);
    assert!(last >= top, "ticks end at {last}, below {top}");
    assert!(
        (last - l.y_max).abs() < 1e-9 * l.y_max.max(1.0),
        "the last tick is the top"
    );
    assert!((2..=12).contains(&l.ticks.len()), "{} ticks", l.ticks.len());
    for w in l.ticks.windows(2) {
        assert!(
            (w[1].0 - w[0].0 - l.step).abs() < 1e-9 * l.step.max(1.0),
            "uneven ticks"
        );
        assert!(w[1].1 < w[0].1, "a higher tick is drawn lower");
    }
    // Every point inside the plot; years left to right.
    assert_eq!(l.points.len(), values.len());
    for &(x, y) in &l.points {
        assert!(
            x >= l.plot_left - 1e-9 && x <= l.plot_right + 1e-9,
            "x {x} outside the plot"
        );
        let plot_top = l.ticks.last().map_or(0.0, |t| t.1);
        assert!(
            y >= plot_top - 1e-9 && y <= l.plot_bottom + 1e-9,
            "y {y} outside the plot"
        );
    }
    assert!(
        l.points.windows(2).all(|w| w[0].0 < w[1].0),
        "years not left to right"
    );
    // Year labels at least 40 px apart, the first year always labelled.
    assert_eq!(l.year_labels.first().map(|y| y.0), Some(0));
    for w in l.year_labels.windows(2) {
        assert!(
            w[1].1 - w[0].1 >= 40.0 - 1e-9,
            "year labels {} and {} collide",
            w[0].0,
            w[1].0
        );
    }
    assert_eq!(l.target_y.is_some(), target.is_some());
}

#[test]
fn trajectory_ticks_are_round_and_cover_the_points() {
    // (values by year, target, width)
    let table: &[(&[f64], Option<f64>, f64)] = &[
        (&[1.0e9, 1.4e9, 2.1e9, 2.6e9, 3.0e9], Some(2.5e9), 640.0),
        (&[1.0e9, 1.4e9, 2.1e9, 2.6e9, 3.0e9], Some(9.0e9), 240.0),
        (&[0.12, 0.18, 0.25, 0.31], None, 480.0),
        (&[0.0, 0.0], None, 640.0),
        (&[37.0; 31], Some(40.0), 300.0),
        (&[5.0e10, 6.0e10, 7.7e10], None, 1200.0),
    ];
    for &(values, target, width) in table {
        check_ticks(values, target, width);
    }
}

/// A polyline.
type Line<'a> = &'a [(f64, f64)];

#[track_caller]
fn check_target_label(line: &[(f64, f64)], target_y: f64, chars: usize, width: f64) {
    let place = target_label_place(line, target_y, chars, width);
    let (x0, x1, y0, y1) = target_label_box(place, chars);
    let crosses = line.windows(2).any(|s| {
        (0..=200).any(|k| {
            let t = f64::from(k) / 200.0;
            let (px, py) = (
                s[0].0 + t * (s[1].0 - s[0].0),
                s[0].1 + t * (s[1].1 - s[0].1),
            );
            px >= x0 && px <= x1 && py >= y0 && py <= y1
        })
    });
    assert!(!crosses, "the label at {place:?} sits on the line");
}

#[test]
fn the_target_label_keeps_off_the_line() {
    // (line, target's y, label length, width): the line rising through the target's left
    // end, its right end, and both above it.
    let rising: &[(f64, f64)] = &[(56.0, 240.0), (200.0, 120.0), (400.0, 60.0), (624.0, 40.0)];
    let falling: &[(f64, f64)] = &[(56.0, 100.0), (300.0, 130.0), (624.0, 230.0)];
    let flat_above: &[(f64, f64)] = &[(56.0, 100.0), (624.0, 100.0)];
    let table: &[(Line, f64, usize, f64)] = &[
        (rising, 122.0, 24, 640.0),
        (falling, 122.0, 24, 640.0),
        (flat_above, 104.0, 30, 640.0),
        (falling, 236.0, 18, 640.0),
    ];
    for &(line, target_y, chars, width) in table {
        check_target_label(line, target_y, chars, width);
    }
    assert_eq!(tick_step(4.0), 1.0);
    assert_eq!(tick_step(7.0), 2.0);
    assert_eq!(tick_step(19.0), 5.0);
    assert_eq!(tick_step(30.0), 10.0);
}

#[track_caller]
fn check_compare_scale(ranked: &[RankedProduct], log: bool, width: f64) {
    let s = CompareScale::new(ranked, log, width);
    let ticks = s.ticks();
    let (x0, x1) = (COMPARE_LEFT, width - 96.0);
    // Ticks rise left to right, the first at the axis's start, the last at its end, every
    // value between them; linear ticks are round (1, 2, 4 or 5 × a power of ten apart).
    assert!(ticks.len() >= 2, "{} ticks", ticks.len());
    assert!(
        (s.x(ticks[0]) - x0).abs() < 1e-9,
        "the first tick is not at the axis"
    );
    assert!(
        (s.x(*ticks.last().expect("a tick")) - x1).abs() < 1e-6,
        "the last tick is not at the end"
    );
    assert!(
        ticks.windows(2).all(|w| s.x(w[0]) < s.x(w[1])),
        "ticks out of order"
    );
    for r in ranked {
        for v in [
            r.added_value_per_t_low,
            r.added_value_per_t,
            r.added_value_per_t_high,
        ] {
            let x = s.x(v);
            assert!(
                x >= x0 - 1e-9 && x <= x1 + 1e-9,
                "{}: {v} drawn at {x}",
                r.product
            );
            if v > 0.0 {
                assert!(
                    v <= s.max && (!log || v >= s.min),
                    "{}: {v} off the axis",
                    r.product
                );
            }
        }
    }
    if !log {
        let step = ticks[1] - ticks[0];
        let power = 10f64.powf(step.log10().floor());
        let m = step / power;
        assert!(
            [1.0, 2.0, 2.5, 4.0, 5.0, 10.0]
                .iter()
                .any(|r| (m - r).abs() < 1e-9),
            "step {step} is not round"
        );
    }
    // Tick labels at least 72 px apart.
    let every = s.label_every(ticks.len());
    let gap = (x1 - x0) / (ticks.len() - 1) as f64;
    assert!(
        gap * every as f64 >= 72.0 - 1e-9,
        "labels {gap} × {every} apart"
    );
}

#[test]
fn the_compare_axis_is_round_and_holds_every_bar() {
    let ds = Dataset::binzhou().expect("the default dataset");
    let ranked = rank_products(&ds).expect("a ranking");
    let small =
        Dataset::from_json(include_str!("../examples/small-chain.json")).expect("the example");
    let ranked_small = rank_products(&small).expect("a ranking");
    // (products, log axis, width)
    let table: &[(&[RankedProduct], bool, f64)] = &[
        (&ranked, false, 480.0),
        (&ranked, true, 480.0),
        (&ranked, false, 200.0),
        (&ranked, true, 320.0),
        (&ranked, false, 1100.0),
        (&ranked_small, false, 480.0),
        (&ranked_small, true, 900.0),
    ];
    for &(ranked, log, width) in table {
        check_compare_scale(ranked, log, width);
    }
    let table: &[(f64, f64)] = &[
        (0.0, 1.0),
        (3.0, 4.0),
        (4100.0, 5000.0),
        (9.5, 10.0),
        (120.0, 200.0),
    ];
    for &(x, ceiling) in table {
        assert_eq!(nice_ceiling(x), ceiling, "nice_ceiling({x})");
    }
}

/// Tornado rows: name, result at the low, at the high.
type TornadoRows<'a> = &'a [(&'a str, f64, f64)];

#[track_caller]
fn check_tornado(base: f64, bars: &[(&str, f64, f64)], width: f64) {
    let rows: Vec<(String, String, f64, f64)> = bars
        .iter()
        .map(|&(name, low, high)| (name.to_string(), format!("{low} → {high}"), low, high))
        .collect();
    let base_text = format!("Base {base}");
    let l = tornado_layout(base, &rows, &base_text, width);
    assert_eq!(l.rows.len(), bars.len());
    let (lo, hi) = tornado_span(base, &rows.iter().map(|r| (r.2, r.3)).collect::<Vec<_>>());
    let span = if hi > lo { hi - lo } else { 1.0 };
    let scale = (width - 2.0 * TORNADO_PAD) / span;
    let mut below = 0.0;
    for (row, (name, _, low, high)) in l.rows.iter().zip(&rows) {
        // Each row under the one before: its name's first line clear of the bar above, its
        // bar under its last line.
        assert!(row.label_y - 12.0 >= below, "{name}: on the row above");
        let last_line = row.label_y + (row.lines.len().max(1) - 1) as f64 * TORNADO_LINE;
        assert!(row.bar_y >= last_line + 3.0, "{name}: the bar on its name");
        below = row.bar_y + TORNADO_BAR_H;
        assert_eq!(
            row.lines.concat(),
            *name,
            "{name}: wrapped into {:?}",
            row.lines
        );
        // Each segment runs from the base to its value, to one scale, inside the chart.
        for (seg, v) in [(row.low, *low), (row.high, *high)] {
            let (x, w) = seg;
            let expected = ((v - base).abs() * scale).max(1.0);
            assert!(
                (w - expected).abs() < 1e-6,
                "{name}: a segment {w} wide, {expected} at scale"
            );
            let touches_base = (x - l.base_x).abs() < 1e-6 || (x + w - l.base_x).abs() < 1e-6;
            assert!(touches_base, "{name}: a segment away from the base");
            assert!(
                x >= TORNADO_PAD - 1e-9 && x + w <= width - TORNADO_PAD + 1.0 + 1e-9,
                "{name}: outside"
            );
        }
    }
    assert!(l.height >= below + 20.0, "the base's label on the last bar");
    let (lx, anchor) = l.base_label;
    assert!(
        lx >= TORNADO_PAD && lx <= width - TORNADO_PAD,
        "the base's label outside: {lx} {anchor}"
    );
}

#[test]
fn tornado_rows_stack_and_bars_grow_from_the_base() {
    // (base, rows: name, result at low, at high, width)
    let table: &[(f64, TornadoRows, f64)] = &[
        (
            100.0,
            &[
                ("Primary metal price", 80.0, 130.0),
                ("Rolling → foil", 95.0, 104.0),
            ],
            640.0,
        ),
        // A long name wraps on a narrow chart.
        (
            100.0,
            &[
                (
                    "Automotive extrusions and EV battery trays → wheels",
                    60.0,
                    150.0,
                ),
                ("Yield", 99.0, 101.0),
            ],
            240.0,
        ),
        // The base at an end: its label stays inside.
        (100.0, &[("Uplift", 100.0, 180.0)], 320.0),
        (100.0, &[("Loss", 20.0, 100.0)], 320.0),
        // No swing at all.
        (5.0, &[("Flat", 5.0, 5.0)], 640.0),
        (
            1.0e9,
            &[("铝合金压铸件（汽车零部件）", 0.8e9, 1.3e9)],
            300.0,
        ),
    ];
    for &(base, bars, width) in table {
        check_tornado(base, bars, width);
    }
}

#[track_caller]
fn check_band(min: f64, p10: f64, p50: f64, p90: f64, max: f64) {
    let b = band_layout(min, max, p10, p50, p90);
    let (x0, x1) = b.range;
    let (bx, bw) = b.middle;
    assert!(
        x0 >= 0.0 && x1 <= BAND_WIDTH && x0 <= x1,
        "the range {x0}..{x1} outside"
    );
    assert!(
        bx >= x0 - 1e-9 && bx + bw <= x1.max(x0 + 1.0) + 1e-9,
        "the box outside the range"
    );
    assert!(bw >= 1.0, "the box is {bw} wide");
    assert!(
        b.p50 >= bx - 1e-9 && b.p50 <= bx + bw + 1e-9,
        "the median outside the box"
    );
    if max > min {
        // To scale: the box's share of the range is the percentiles' share of the draws.
        let share = (p90 - p10) / (max - min);
        assert!(
            ((bw / (x1 - x0)) - share).abs() < 1e-9 || bw == 1.0,
            "the box not to scale"
        );
    }
}

#[test]
fn the_band_puts_the_percentiles_inside_the_range() {
    // (min, p10, p50, p90, max)
    let table: &[(f64, f64, f64, f64, f64)] = &[
        (80.0, 90.0, 100.0, 115.0, 140.0),
        (1.0e9, 1.2e9, 1.25e9, 1.3e9, 2.0e9),
        (-50.0, -10.0, 0.0, 10.0, 50.0),
        (7.0, 7.0, 7.0, 7.0, 7.0),
        (0.1, 0.1, 0.1000001, 0.1000002, 0.9),
    ];
    for &(min, p10, p50, p90, max) in table {
        check_band(min, p10, p50, p90, max);
    }
}

#[track_caller]
fn check_compare_rows(line_counts: &[usize]) {
    let (rows, bottom) = compare_rows(line_counts);
    assert_eq!(rows.len(), line_counts.len());
    let mut next_top = 0.0;
    for (row, &lines) in rows.iter().zip(line_counts) {
        // Rows touch, never overlap; the bar sits under the name's last line.
        assert_eq!(
            row.top, next_top,
            "a gap or an overlap before a row of {lines} lines"
        );
        assert!(
            row.bar_y >= lines as f64 * COMPARE_LINE,
            "the bar on its name"
        );
        assert!(row.bar_y + 14.0 <= row.height, "the bar below its row");
        next_top = row.top + row.height;
    }
    assert_eq!(bottom, next_top, "the axis is not under the last row");
}

#[test]
fn compare_rows_stack_without_overlap() {
    let table: &[&[usize]] = &[&[1, 1, 1], &[1, 3, 2, 4], &[4], &[]];
    for &counts in table {
        check_compare_rows(counts);
    }
}
