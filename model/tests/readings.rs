#![cfg(not(target_arch = "wasm32"))]
//! The readings of a scenario (docs/model.md): money bases, firm boundaries, value added
//! (增加值), local flags and the national-output warning, each on a chain computed by hand.

mod common;
use common::*;
use serde_json::json;
use std::collections::BTreeMap;
use value_chain_model::*;

/// a → b (first processing, 20, yield 0.5) → c (deep processing, 2, yield 0.8) → d (end
/// product, 10, yield 1); price 100, VAT 13 % included, melt loss 0. Value-added shares:
/// first processing 0.5, deep processing 0.25, end products 0.1 (each ±0.05).
fn three_stages() -> Dataset {
    load(&three_stages_json()).unwrap()
}

fn three_stages_json() -> serde_json::Value {
    let mut v = minimal();
    v["products"] = json!([
        { "id": "a", "name": { "en": "A", "zh": "甲" }, "kind": "smelting", "local": true },
        { "id": "b", "name": { "en": "B", "zh": "乙" }, "kind": "casting", "local": true },
        { "id": "c", "name": { "en": "C", "zh": "丙" }, "kind": "semi-finished", "local": true },
        { "id": "d", "name": { "en": "D", "zh": "丁" }, "kind": "finished", "local": true,
          "level": "end-product",
          "china_output": { "tonnes": 5000, "year": 2024, "source": source() } }
    ]);
    v["steps"] = json!([
        { "from": "a", "to": "b", "added_value": { "low": 20, "base": 20, "high": 20 },
          "yield": 0.5, "source": source() },
        { "from": "b", "to": "c", "added_value": { "low": 2, "base": 2, "high": 2 },
          "yield": 0.8, "source": source() },
        { "from": "c", "to": "d", "added_value": { "low": 10, "base": 10, "high": 10 },
          "yield": 1.0, "source": source() }
    ]);
    let share = |base: f64| json!({ "low": base - 0.05, "base": base, "high": base + 0.05, "source": source() });
    v["value_added_shares"] = json!({
        "primary-processing": share(0.5),
        "deep-processing": share(0.25),
        "end-product": share(0.1)
    });
    v
}

/// Half of 1,000 t sent to d; `local` overrides the dataset's flags.
fn plan(local: &[(&str, bool)]) -> Scenario {
    let mut s = Scenario::for_region(&three_stages());
    s.tonnage = 1_000.0;
    s.shares.insert("d".into(), 0.5);
    s.local = local.iter().map(|&(id, l)| (id.to_string(), l)).collect();
    s
}

fn read(s: &Scenario, basis: MoneyBasis, firms: FirmBoundaries) -> ScenarioResult {
    evaluate_scenario_read(&three_stages(), s, Level::Base, Reading { basis, firms }).unwrap()
}

/// Gross output of the plan on one reading; output value and value added do not depend on
/// the firms.
#[track_caller]
fn check_firms(firms: FirmBoundaries, basis: MoneyBasis, gross: f64) {
    let divisor = match basis {
        MoneyBasis::Market => 1.0,
        MoneyBasis::Statistical => 1.13,
    };
    let r = read(&plan(&[]), basis, firms);
    assert_eq!((r.firms, r.basis), (firms, basis));
    assert!(
        close(r.gross_output, gross / divisor),
        "{firms:?} {basis:?}: {}",
        r.gross_output
    );
    // 500 t of d at 132 and 500 t of ingot at 100, whatever the firms.
    assert!(close(r.output_value, 116_000.0 / divisor));
    // 500 · (20 · 0.5 + 2 · 0.25 + 10 · 0.1) = 5,750 at base; v ∓ 0.05 moves it by
    // 500 · 32 · 0.05 = 800.
    let va = r.value_added.unwrap();
    assert!(close(va.base, 5_750.0 / divisor), "{va:?}");
    assert!(close(va.low, 4_950.0 / divisor) && close(va.high, 6_550.0 / divisor));
}

#[test]
fn each_firm_boundary_reading_by_hand() {
    // Per t of d: 1.25 t of b at 120, 1 t of c at 122, 1 t of d at 132; ingot 500 t at 100.
    // Separate: 625·120 + 500·122 + 500·132 + 50,000 = 252,000.
    // Casthouse-integrated: b (first processing) not sold: 177,000.
    // Integrated: only what leaves (d and ingot): 116,000.
    for basis in MoneyBasis::ALL {
        check_firms(FirmBoundaries::Separate, basis, 252_000.0);
        check_firms(FirmBoundaries::CasthouseIntegrated, basis, 177_000.0);
        check_firms(FirmBoundaries::Integrated, basis, 116_000.0);
    }
    let r = read(&plan(&[]), MoneyBasis::Market, FirmBoundaries::Integrated);
    let g = r.gross_output_range;
    assert_eq!(
        (g.integrated, g.casthouse_integrated, g.separate),
        (116_000.0, 177_000.0, 252_000.0)
    );
    // The default reading is the plans' (separate firms, market prices).
    let default = evaluate_scenario(&three_stages(), &plan(&[])).unwrap();
    assert_eq!(default.gross_output, 252_000.0);
    assert_eq!(
        (default.basis, default.firms),
        (MoneyBasis::Market, FirmBoundaries::Separate)
    );
}

/// Statistical = market / (1 + VAT) for every money figure, by conversion too.
#[test]
fn the_statistical_basis_divides_by_one_plus_vat() {
    let ds = three_stages();
    let market = evaluate_scenario(&ds, &plan(&[])).unwrap();
    let statistical = market.on_basis(&ds, MoneyBasis::Statistical);
    assert_eq!(
        statistical,
        read(
            &plan(&[]),
            MoneyBasis::Statistical,
            FirmBoundaries::Separate
        )
    );
    assert!(close(statistical.metal_price, 100.0 / 1.13));
    assert!(close(statistical.added_value, market.added_value / 1.13));
    assert!(close(
        statistical.products[0].added_value_per_t,
        32.0 / 1.13
    ));
    assert_eq!(statistical.products[0].tonnes, market.products[0].tonnes);
    assert_eq!(
        statistical.on_basis(&ds, MoneyBasis::Market).basis,
        MoneyBasis::Market
    );
    assert!(close(
        statistical.on_basis(&ds, MoneyBasis::Market).gross_output,
        252_000.0
    ));
    // A path too.
    let path = evaluate_default_path(&ds, "d").unwrap();
    let path_st = path.on_basis(&ds, MoneyBasis::Statistical);
    assert!(close(path_st.added_value_per_t, 32.0 / 1.13));
    assert!(close(path_st.output_value_per_t, 132.0 / 1.13));
    assert_eq!(path_st.multiplier_vs_metal, path.multiplier_vs_metal);
    assert!(close(path.value_added_per_t.unwrap().base, 11.5));
    // Prices that exclude VAT already are on the statistical basis.
    let mut file = ds.file().clone();
    file.vat.prices_include_vat = false;
    let net = Dataset::try_from(file).unwrap();
    let r = evaluate_scenario(&net, &plan(&[])).unwrap();
    assert_eq!(
        r.on_basis(&net, MoneyBasis::Statistical).gross_output,
        r.gross_output
    );
}

/// Where the region's product leaves with some steps made elsewhere: what leaves, its
/// tons, output value, gross output on each reading and the deep-processing rate.
#[track_caller]
fn check_leaves(
    local: &[(&str, bool)],
    leaves_as: &str,
    tonnes: f64,
    output: f64,
    gross: [f64; 3],
    rate: f64,
    leaked: f64,
) {
    let r = read(&plan(local), MoneyBasis::Market, FirmBoundaries::Separate);
    let p = &r.products[0];
    assert_eq!(p.product, "d");
    assert_eq!(p.leaves_as, leaves_as);
    assert_eq!(p.path.last().map(String::as_str), Some(leaves_as));
    assert!(close(p.tonnes, tonnes), "tonnes {}", p.tonnes);
    assert!(close(r.output_value, output), "output {}", r.output_value);
    let g = r.gross_output_range;
    assert!(
        close(g.separate, gross[0])
            && close(g.casthouse_integrated, gross[1])
            && close(g.integrated, gross[2]),
        "{g:?}"
    );
    assert_eq!(r.deep_processing_rate, rate);
    assert!(close(r.leaked_value, leaked), "leaked {}", r.leaked_value);
    assert_eq!(r.retained_value, r.added_value);
    // The Sankey shows the product leaving at that stage: no flow past it.
    let flows = scenario_flows(&three_stages(), &plan(local)).unwrap();
    assert!(flows
        .iter()
        .all(|f| f.from != leaves_as || f.kind != FlowKind::Product));
}

#[test]
fn local_flags_move_output_to_the_last_local_stage() {
    // Every stage local: d leaves.
    check_leaves(
        &[],
        "d",
        500.0,
        116_000.0,
        [252_000.0, 177_000.0, 116_000.0],
        0.5,
        0.0,
    );
    // d made elsewhere: the region sells c (500 t at 122); d's 10 per t leaks.
    check_leaves(
        &[("d", false)],
        "c",
        500.0,
        111_000.0,
        [186_000.0, 111_000.0, 111_000.0],
        0.5,
        5_000.0,
    );
    // c made elsewhere: the region stops at b (first processing) and sells 500 t of it at
    // 120, even though d is local; what c and d would add (0.8 · 12 per t of b) leaks.
    check_leaves(
        &[("c", false)],
        "b",
        500.0,
        110_000.0,
        [110_000.0, 110_000.0, 110_000.0],
        0.0,
        4_800.0,
    );
    // Nothing local: the metal leaves as ingot.
    check_leaves(
        &[("b", false)],
        "a",
        500.0,
        100_000.0,
        [100_000.0; 3],
        0.0,
        500.0 * 0.4 * 32.0,
    );
}

/// The warning when the plan needs more than 10 % of China's output of a product (d:
/// 5,000 t a year), at the threshold.
#[track_caller]
fn check_warning(tonnes_of_d: f64, warned: bool) {
    let mut s = plan(&[]);
    s.shares = BTreeMap::from([("d".to_string(), tonnes_of_d / 1_000.0)]);
    let r = evaluate_scenario(&three_stages(), &s).unwrap();
    match (&r.warnings[..], warned) {
        ([w], true) => {
            assert_eq!(
                (w.product.as_str(), w.china_tonnes, w.year),
                ("d", 5_000.0, 2024)
            );
            assert!(close(w.tonnes, tonnes_of_d) && close(w.share, tonnes_of_d / 5_000.0));
        }
        ([], false) => {}
        (other, _) => panic!("{tonnes_of_d} t: {other:?}"),
    }
}

#[test]
fn national_output_warning_at_its_threshold() {
    check_warning(400.0, false);
    check_warning(500.0, false);
    check_warning(500.5, true);
    check_warning(1_000.0, true);
}

#[test]
fn the_default_dataset_warns_of_the_zouping_body_sheet() {
    let ds = binzhou();
    let r = evaluate_scenario(&ds, &Scenario::from_preset(&ds, "zouping-2020").unwrap()).unwrap();
    let w = r
        .warnings
        .iter()
        .find(|w| w.product == "auto-sheet")
        .unwrap();
    // About 198 kt of 492 kt: some 40 %.
    assert!((0.35..0.45).contains(&w.share), "{w:?}");
    // About 98 kt of battery foil against China's 128 kt of 2021 (SMM).
    let foil = r
        .warnings
        .iter()
        .find(|w| w.product == "foil-battery")
        .unwrap();
    assert!((0.7..0.85).contains(&foil.share), "{foil:?}");
    assert_eq!(foil.year, 2021);
}

/// The three-stage chain with a preset (half of 1,000 t to d) and the given targets.
fn with_targets(targets: serde_json::Value) -> Dataset {
    let mut file = serde_json::to_value(three_stages().file()).unwrap();
    file["presets"] = json!([{
        "id": "plan",
        "name": { "en": "Plan", "zh": "规划" },
        "tonnage": 1000,
        "shares": { "d": 0.5 },
        "targets": targets,
        "source": source()
    }]);
    Dataset::from_json(&file.to_string()).unwrap()
}

/// One target's verdict: its kind, the readings it is met on (basis, firms codes), and the
/// margins on the least and most favourable readings.
#[track_caller]
fn check_verdict(
    target: serde_json::Value,
    kind: VerdictKind,
    met_on: &[(&str, &str)],
    worst: f64,
    best: f64,
) {
    let ds = with_targets(json!([target]));
    let verdicts = target_verdicts(&ds, "plan").unwrap();
    let [v] = &verdicts[..] else {
        panic!("{verdicts:?}")
    };
    assert_eq!(v.verdict, kind, "{v:?}");
    let met: Vec<(&str, &str)> = v
        .met_on
        .iter()
        .map(|r| (r.basis.code(), r.firms.code()))
        .collect();
    assert_eq!(met, met_on);
    assert!(
        close(v.worst_margin, worst) && close(v.best_margin, best),
        "{} {}",
        v.worst_margin,
        v.best_margin
    );
    assert!(v.readings.iter().all(|r| r.met == (r.value >= v.target)));
}

#[test]
fn every_verdict_kind_on_a_constructed_preset() {
    // Gross output on its six readings: separate 252,000 / 223,009 (÷ 1.13), casthouse-
    // integrated 177,000 / 156,637, integrated 116,000 / 102,655.
    check_verdict(
        json!({ "metric": "gross-output", "value": 100000 }),
        VerdictKind::MetEveryReading,
        &[
            ("market", "separate"),
            ("statistical", "separate"),
            ("market", "casthouse-integrated"),
            ("statistical", "casthouse-integrated"),
            ("market", "integrated"),
            ("statistical", "integrated"),
        ],
        116_000.0 / 1.13 - 100_000.0,
        152_000.0,
    );
    check_verdict(
        json!({ "metric": "gross-output", "value": 200000 }),
        VerdictKind::MetOnlyIf,
        &[("market", "separate"), ("statistical", "separate")],
        116_000.0 / 1.13 - 200_000.0,
        52_000.0,
    );
    check_verdict(
        json!({ "metric": "gross-output", "value": 300000 }),
        VerdictKind::NotMet,
        &[],
        116_000.0 / 1.13 - 300_000.0,
        -48_000.0,
    );
    // A source that says its figure excludes VAT: the statistical basis only.
    check_verdict(
        json!({ "metric": "gross-output", "value": 230000, "basis": { "vat_included": false } }),
        VerdictKind::NotMet,
        &[],
        116_000.0 / 1.13 - 230_000.0,
        252_000.0 / 1.13 - 230_000.0,
    );
    // Output value does not depend on the firms: two readings (the bases).
    check_verdict(
        json!({ "metric": "output-value", "value": 110000 }),
        VerdictKind::MetOnlyIf,
        &[("market", "separate")],
        116_000.0 / 1.13 - 110_000.0,
        6_000.0,
    );
    // A rate has one reading.
    check_verdict(
        json!({ "metric": "deep-processing-rate", "value": 0.5 }),
        VerdictKind::MetEveryReading,
        &[("market", "separate")],
        0.0,
        0.0,
    );
}

/// A verdict and the readings it is over, as (basis, firms) codes.
type Kept<'a> = (VerdictKind, &'a [(&'a str, &'a str)]);

/// A target held on the readings a filter keeps: the verdict over those, and the readings
/// kept (basis, firms codes); or the refusal.
#[track_caller]
fn check_filtered(
    target: serde_json::Value,
    filter: ReadingFilter,
    want: Result<Kept, ModelError>,
) {
    let ds = with_targets(json!([target]));
    let got = target_verdicts_on(&ds, "plan", filter).map(|verdicts| {
        let [v] = &verdicts[..] else {
            panic!("{verdicts:?}")
        };
        let kept: Vec<(&str, &str)> = v
            .readings
            .iter()
            .map(|r| (r.reading.basis.code(), r.reading.firms.code()))
            .collect();
        (v.verdict, kept)
    });
    match (got, want) {
        (Ok((kind, kept)), Ok((want_kind, want_kept))) => {
            assert_eq!(kind, want_kind);
            assert_eq!(kept, want_kept);
        }
        (got, want) => assert_eq!(got.err(), want.err()),
    }
}

#[test]
fn verdicts_on_the_readings_a_filter_keeps() {
    let on = |basis, firms| ReadingFilter { basis, firms };
    let gross = json!({ "metric": "gross-output", "value": 200000 });
    // Separate 252,000 / 223,009, casthouse-integrated 177,000 / 156,637, integrated
    // 116,000 / 102,655 (market / statistical).
    check_filtered(
        gross.clone(),
        on(Some(MoneyBasis::Statistical), None),
        Ok((
            VerdictKind::MetOnlyIf,
            &[
                ("statistical", "separate"),
                ("statistical", "casthouse-integrated"),
                ("statistical", "integrated"),
            ],
        )),
    );
    check_filtered(
        gross.clone(),
        on(None, Some(FirmBoundaries::Separate)),
        Ok((
            VerdictKind::MetEveryReading,
            &[("market", "separate"), ("statistical", "separate")],
        )),
    );
    check_filtered(
        gross,
        on(Some(MoneyBasis::Market), Some(FirmBoundaries::Integrated)),
        Ok((VerdictKind::NotMet, &[("market", "integrated")])),
    );
    // Firm boundaries do not narrow a measure that does not depend on them, nor a basis a
    // rate.
    check_filtered(
        json!({ "metric": "output-value", "value": 110000 }),
        on(None, Some(FirmBoundaries::Integrated)),
        Ok((
            VerdictKind::MetOnlyIf,
            &[("market", "separate"), ("statistical", "separate")],
        )),
    );
    check_filtered(
        json!({ "metric": "deep-processing-rate", "value": 0.5 }),
        on(Some(MoneyBasis::Statistical), None),
        Ok((VerdictKind::MetEveryReading, &[("market", "separate")])),
    );
    // A target whose source says it excludes VAT cannot be held on market prices.
    check_filtered(
        json!({ "metric": "gross-output", "value": 230000, "basis": { "vat_included": false } }),
        on(Some(MoneyBasis::Market), None),
        Err(ModelError::TargetBasisStated {
            metric: "gross".into(),
            stated: "statistical".into(),
            asked: "market".into(),
        }),
    );
}

#[test]
fn the_zouping_target_is_not_met_on_every_reading() {
    let ds = binzhou();
    let verdicts = target_verdicts(&ds, "zouping-2020").unwrap();
    let [v] = &verdicts[..] else {
        panic!("{verdicts:?}")
    };
    assert_eq!((v.metric, v.target), (Metric::GrossOutput, 6e10));
    assert_ne!(v.verdict, VerdictKind::MetEveryReading, "{v:?}");
    assert_eq!(v.readings.len(), 6);
    // The source is silent on VAT and on how firms are counted.
    assert_eq!(v.basis, TargetBasis::default());
    assert!(v.source.citation.get(Language::En).contains("does not say"));
}

/// Goal-seek on a reading: integrated gross output is 100,000 + 32,000 · s on the market
/// basis, so 108,000 needs s = 0.25 (λ = 0.5 of the plan's 0.5); on the statistical basis,
/// 108,000 / 1.13 needs the same mix.
#[track_caller]
fn check_goal_seek(basis: MoneyBasis, firms: FirmBoundaries, target: f64, lambda: f64) {
    let ds = three_stages();
    let plan = plan(&[]);
    let baseline = Scenario {
        shares: BTreeMap::new(),
        ..plan.clone()
    };
    let reading = Reading { basis, firms };
    match goal_seek_read(&ds, &baseline, &plan, Metric::GrossOutput, target, reading).unwrap() {
        GoalSeek::Reached {
            value,
            mix: Mix::Scaled { lambda: got },
            scenario,
            ..
        } => {
            assert!((value - target).abs() <= 1e-6 * target, "{value}");
            assert!((got - lambda).abs() < 1e-6, "{got}");
            let r = evaluate_scenario_read(&ds, &scenario, Level::Base, reading).unwrap();
            assert!((r.gross_output - target).abs() <= 1e-6 * target);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn goal_seek_on_every_reading() {
    check_goal_seek(
        MoneyBasis::Market,
        FirmBoundaries::Integrated,
        108_000.0,
        0.5,
    );
    check_goal_seek(
        MoneyBasis::Statistical,
        FirmBoundaries::Integrated,
        108_000.0 / 1.13,
        0.5,
    );
    // Separate firms: 100,000 + 304,000 · s; 176,000 needs s = 0.25, 252,000 the plan.
    check_goal_seek(MoneyBasis::Market, FirmBoundaries::Separate, 176_000.0, 0.5);
    check_goal_seek(MoneyBasis::Market, FirmBoundaries::Separate, 252_000.0, 1.0);
}

/// The Monte Carlo and the tornado read a total on the reading asked for: the same draws,
/// so the statistical basis is the market's divided by 1.13.
#[test]
fn uncertainty_on_a_reading() {
    let ds = binzhou();
    let s = Scenario::from_preset(&ds, "zouping-2020").unwrap();
    let read = |basis, firms| Reading { basis, firms };
    let market = monte_carlo_scenario(&ds, &s, Metric::GrossOutput, 2_000, 5).unwrap();
    let statistical = monte_carlo_scenario_read(
        &ds,
        &s,
        Metric::GrossOutput,
        read(MoneyBasis::Statistical, FirmBoundaries::Separate),
        2_000,
        5,
    )
    .unwrap();
    assert!(close(statistical.p50, market.p50 / 1.13));
    let integrated = monte_carlo_scenario_read(
        &ds,
        &s,
        Metric::GrossOutput,
        read(MoneyBasis::Market, FirmBoundaries::Integrated),
        2_000,
        5,
    )
    .unwrap();
    assert!(integrated.p50 < market.p50);
    let r = evaluate_scenario_read(
        &ds,
        &s,
        Level::Base,
        read(MoneyBasis::Market, FirmBoundaries::Integrated),
    )
    .unwrap();
    assert!(close(integrated.base_value, r.gross_output));
    let t = tornado_scenario_read(
        &ds,
        &s,
        Metric::GrossOutput,
        read(MoneyBasis::Statistical, FirmBoundaries::CasthouseIntegrated),
    )
    .unwrap();
    assert!(close(
        t.base_value,
        r.gross_output_range.casthouse_integrated / 1.13
    ));
}

/// The years a path's figures are from: the metal's, the span of the fees', and each stage
/// marked when its fee is more than five years from the price year.
#[track_caller]
fn check_years(step_years: [i32; 3], span: (i32, i32), stale: [bool; 3]) {
    let mut file = three_stages().file().clone();
    for (step, year) in file.steps.iter_mut().zip(step_years) {
        step.source.year = year;
    }
    file.metal_price.source.year = 2019;
    let ds = Dataset::try_from(file).unwrap();
    let e = evaluate_default_path(&ds, "d").unwrap();
    assert_eq!(
        e.years,
        YearSpan {
            metal: 2019,
            fees_from: Some(span.0),
            fees_to: Some(span.1)
        }
    );
    let marked: Vec<bool> = e.stages.iter().map(|s| s.stale).collect();
    assert_eq!(marked, stale);
    let r = evaluate_scenario(&ds, &plan(&[])).unwrap();
    assert_eq!(r.years, e.years);
}

#[test]
fn the_years_of_the_figures_used() {
    check_years([2019, 2019, 2019], (2019, 2019), [false; 3]);
    check_years([2013, 2024, 2025], (2013, 2025), [true, false, true]);
    check_years([2014, 2019, 2024], (2014, 2024), [false; 3]);
}

/// The years of several paths' figures (the ranking's file): every step on any of them,
/// each once; a pair that is no step is left out; two spans joined keep the metal year.
#[track_caller]
fn check_years_of_paths(paths: &[&[&str]], span: Option<(i32, i32)>) {
    let mut file = three_stages().file().clone();
    for (step, year) in file.steps.iter_mut().zip([2013, 2021, 2025]) {
        step.source.year = year;
    }
    file.metal_price.source.year = 2019;
    let ds = Dataset::try_from(file).unwrap();
    let got = years_of_paths(&ds, paths.iter().copied());
    let want = YearSpan {
        metal: 2019,
        fees_from: span.map(|s| s.0),
        fees_to: span.map(|s| s.1),
    };
    assert_eq!(got, want, "{paths:?}");
    // Joined with the span of every step, it is the dataset's span.
    assert_eq!(got.with(years_of_dataset(&ds)), years_of_dataset(&ds));
    assert_eq!(
        YearSpan::new(2019).with(got),
        got,
        "joined with an empty span"
    );
}

#[test]
fn the_years_of_several_paths() {
    check_years_of_paths(&[], None);
    check_years_of_paths(&[&["a"]], None);
    check_years_of_paths(&[&["a", "b"]], Some((2013, 2013)));
    check_years_of_paths(&[&["b", "c"], &["c", "d"]], Some((2021, 2025)));
    check_years_of_paths(&[&["a", "b", "c", "d"]], Some((2013, 2025)));
    // a → d is no step: nothing of it counts.
    check_years_of_paths(&[&["a", "d"], &["b", "c"]], Some((2021, 2021)));
}

/// Whether a span has anything unindexed to say: only fees of the price year do not.
#[track_caller]
fn check_all_of_price_year(fees: &[i32], want: bool) {
    let mut span = YearSpan::new(2019);
    for &y in fees {
        span.include(y);
    }
    assert_eq!(span.all_of_price_year(), want, "{fees:?}");
}

#[test]
fn a_span_of_the_price_year_alone() {
    check_all_of_price_year(&[], true);
    check_all_of_price_year(&[2019, 2019], true);
    check_all_of_price_year(&[2019, 2020], false);
    check_all_of_price_year(&[2013], false);
}

/// Goal-seek on value added (增加值), on each reading: the mix it finds has the target's
/// value added, on that reading's basis; and each kind of goal-seek answer for it.
#[track_caller]
fn check_goal_seek_value_added(times: f64, basis: MoneyBasis, reached: bool) {
    let ds = three_stages();
    let reading = Reading {
        basis,
        firms: FirmBoundaries::Integrated,
    };
    let baseline = Scenario::for_region(&ds);
    let plan = plan(&[]);
    let at_plan = evaluate_scenario_read(&ds, &plan, Level::Base, reading)
        .unwrap()
        .value_added
        .unwrap()
        .base;
    let target = times * at_plan;
    let g = goal_seek_read(&ds, &baseline, &plan, Metric::ValueAdded, target, reading).unwrap();
    let (value, scenario) = match &g {
        GoalSeek::Reached {
            value, scenario, ..
        } => {
            assert!(reached, "{times} {basis:?}: {g:?}");
            (*value, scenario)
        }
        GoalSeek::Unreachable {
            best_value: value,
            scenario,
            ..
        } => {
            assert!(!reached, "{times} {basis:?}: {g:?}");
            (*value, scenario)
        }
    };
    // The value it reports is the value added of the mix it proposes, on the reading.
    let again = evaluate_scenario_read(&ds, scenario, Level::Base, reading).unwrap();
    assert!((again.value_added.unwrap().base - value).abs() <= 1e-6 * value.max(1.0));
    if reached {
        assert!(
            (value - target).abs() <= 1e-6 * target.max(1.0),
            "{value} vs {target}"
        );
    } else {
        assert!(value < target);
    }
}

#[test]
fn goal_seek_on_value_added() {
    for basis in MoneyBasis::ALL {
        check_goal_seek_value_added(0.5, basis, true);
        check_goal_seek_value_added(1.5, basis, true);
        // Half the metal goes to d in the plan; all of it doubles value added at most.
        check_goal_seek_value_added(2.5, basis, false);
    }
}

/// A dataset without value-added shares has no estimate to seek, hold a target against or
/// draw a trajectory to: each says so instead of treating it as 0.
#[test]
fn value_added_without_shares_is_refused_not_zero() {
    let mut v = three_stages_json();
    v.as_object_mut().unwrap().remove("value_added_shares");
    let ds = load(&v).unwrap();
    let (baseline, plan) = (Scenario::for_region(&ds), plan(&[]));
    let refused = ModelError::NoValueAddedEstimate;
    assert_eq!(
        goal_seek(&ds, &baseline, &plan, Metric::ValueAdded, 1.0).unwrap_err(),
        refused
    );
    let target = Some(Target {
        metric: Metric::ValueAdded,
        value: 1.0,
    });
    assert_eq!(
        trajectory(&ds, &baseline, &plan, 3, Ramp::Linear, target).unwrap_err(),
        refused
    );
    // Other measures go on as before.
    assert!(goal_seek(&ds, &baseline, &plan, Metric::AddedValue, 1.0).is_ok());
}

/// Tons of aluminium are the basis; a composite product's metal content gives its tons of
/// product where asked (ACSR: about 73.5 % aluminium by mass).
#[test]
fn metal_content_converts_to_tons_of_product() {
    let ds = binzhou();
    let path = evaluate_default_path(&ds, "overhead-conductor").unwrap();
    assert_eq!(path.metal_content, 0.735);
    let mut s = Scenario::for_region(&ds);
    s.shares.insert("overhead-conductor".into(), 0.1);
    s.shares.insert("rod".into(), 0.1);
    let r = evaluate_scenario(&ds, &s).unwrap();
    let acsr = r
        .products
        .iter()
        .find(|p| p.product == "overhead-conductor")
        .unwrap();
    assert_eq!(acsr.metal_content, 0.735);
    assert!(acsr.tonnes / acsr.metal_content > acsr.tonnes);
    let rod = r.products.iter().find(|p| p.product == "rod").unwrap();
    assert_eq!(rod.metal_content, 1.0);
    // The article's figures stay per ton of aluminium, exact.
    for (product, a) in [
        ("rod", 500.0),
        ("lv-cable", 5_000.0),
        ("furniture", 80_000.0),
    ] {
        assert_eq!(
            evaluate_default_path(&ds, product)
                .unwrap()
                .added_value_per_t,
            a
        );
    }
}

#[test]
fn the_comparison_gives_the_change_in_value_added() {
    let ds = three_stages();
    let plan = plan(&[]);
    let baseline = Scenario {
        shares: BTreeMap::new(),
        ..plan.clone()
    };
    let c = compare_scenarios(&ds, &baseline, &plan).unwrap();
    assert_eq!(c.baseline.value_added.map(|v| v.base), Some(0.0));
    assert!(close(c.change.value_added.unwrap(), 5_750.0));
}

/// The comparison, the trajectory and the ranking on a reading are the market ones read
/// there (what the app's views show after the basis switch).
#[test]
fn comparison_trajectory_and_ranking_on_a_reading() {
    let ds = three_stages();
    let plan = plan(&[]);
    let baseline = Scenario {
        shares: BTreeMap::new(),
        ..plan.clone()
    };
    let reading = Reading {
        basis: MoneyBasis::Statistical,
        firms: FirmBoundaries::Integrated,
    };
    let c = compare_scenarios_read(&ds, &baseline, &plan, reading).unwrap();
    let p = read(&plan, reading.basis, reading.firms);
    assert_eq!(c.plan, p);
    assert!(close(
        c.change.gross_output,
        p.gross_output - c.baseline.gross_output
    ));
    let t = trajectory_read(&ds, &baseline, &plan, 2, Ramp::Linear, None, reading).unwrap();
    let last = t.years.last().unwrap();
    assert!(close(last.gross_output, p.gross_output));
    assert!(close(last.added_value, p.added_value));
    let ranked = rank_products(&ds).unwrap();
    let row = ranked[0].on_basis(&ds, MoneyBasis::Market, MoneyBasis::Statistical);
    assert!(close(
        row.added_value_per_t,
        ranked[0].added_value_per_t / 1.13
    ));
    assert_eq!(row.metal_per_t, ranked[0].metal_per_t);
}
