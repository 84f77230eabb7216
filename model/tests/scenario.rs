#![cfg(not(target_arch = "wasm32"))]
//! Scenarios, baseline against plan, trajectories and goal-seek.

mod common;
use common::*;
use std::collections::BTreeMap;
use value_chain_model::*;

fn small() -> Dataset {
    load(&minimal()).unwrap()
}

fn with_shares(tonnage: f64, shares: &[(&str, f64)]) -> Scenario {
    Scenario {
        tonnage,
        shares: shares.iter().map(|&(id, s)| (id.to_string(), s)).collect(),
        local: BTreeMap::new(),
        uplift: vec![],
        paths: BTreeMap::new(),
        scrap: ScrapFate::Remelted,
    }
}

#[test]
fn scenario_by_hand() {
    // a → b (20, yield 0.5, 100 kWh, 2 jobs/10kt) → c (2, yield 0.8, made locally here);
    // price 100. Melt loss 0: the scrap goes round whole, so 500 t of metal make 500 t of c.
    let mut s = with_shares(1_000.0, &[("c", 0.5)]);
    s.local.insert("c".into(), true);
    let r = evaluate_scenario(&small(), &s).unwrap();
    let c = &r.products[0];
    assert!(close(c.metal_per_t, 2.5));
    assert!(close(c.net_metal_per_t, 1.0));
    assert!(close(c.tonnes, 500.0));
    assert!(close(r.added_value, 500.0 * 22.0));
    assert!(close(r.output_value, 500.0 * 122.0 + 500.0 * 100.0));
    // b is made 1 / 0.8 = 1.25 t per t of c and sold at 120; c at 122; ingot at 100.
    assert!(close(
        r.gross_output,
        625.0 * 120.0 + 500.0 * 122.0 + 500.0 * 100.0
    ));
    assert!(close(c.gross_output, 625.0 * 120.0 + 500.0 * 122.0));
    assert!(close(r.retained_value, 500.0 * 22.0));
    assert_eq!(r.leaked_value, 0.0);
    assert_eq!(r.deep_processing_rate, 0.5);
    assert_eq!(r.top_heaviness_tonnage, 0.5);
    assert!(close(r.top_heaviness_value, 50_000.0 / 111_000.0));
    assert_eq!(r.metal_sold_tonnes, 500.0);
    assert_eq!(r.metal_consumed, 500.0);
    // 100 kWh and 2 jobs per 10 kt of b, over the 625 t of b made.
    assert!(close(r.electricity_kwh.unwrap(), 62_500.0));
    assert!(close(r.jobs.unwrap(), 0.125));
    assert!(close(r.scrap_tonnes, 750.0));
    assert_eq!(r.melt_loss_tonnes, 0.0);
    assert_eq!(r.scrap_sold_tonnes, 0.0);
}

/// One row of the metal-balance table: the small chain with melt loss `l`, scrap fate
/// `fate`, half of 1,000 t sent to c.
#[track_caller]
fn check_scrap(l: f64, fate: ScrapFate, tonnes: f64, output: f64, melt: f64, sold: f64) {
    let mut v = minimal();
    v["melt_loss"] = serde_json::json!({ "low": l, "base": l, "high": l, "source": source() });
    let mut s = with_shares(1_000.0, &[("c", 0.5)]);
    s.local.insert("c".into(), true);
    s.scrap = fate;
    let r = evaluate_scenario(&load(&v).unwrap(), &s).unwrap();
    assert!(
        close(r.products[0].tonnes, tonnes),
        "tonnes {}",
        r.products[0].tonnes
    );
    assert!(close(r.output_value, output), "output {}", r.output_value);
    assert!(
        close(r.melt_loss_tonnes, melt),
        "melt loss {}",
        r.melt_loss_tonnes
    );
    assert!(
        close(r.scrap_sold_tonnes, sold),
        "scrap sold {}",
        r.scrap_sold_tonnes
    );
    // Metal is conserved: what goes in is product, melt loss or scrap sold.
    assert!(close(r.metal_consumed, tonnes + melt + sold));
}

#[test]
fn scrap_remelted_or_sold() {
    // M = 2.5, so 1.5 t of scrap circulate per t of c; price 100, scrap price 80.
    check_scrap(
        0.0,
        ScrapFate::Remelted,
        500.0,
        500.0 * 122.0 + 50_000.0,
        0.0,
        0.0,
    );
    let t = 500.0 / 1.15;
    check_scrap(
        0.1,
        ScrapFate::Remelted,
        t,
        t * 122.0 + 50_000.0,
        t * 0.15,
        0.0,
    );
    // Sold: N = M, and the scrap is credited at the scrap price.
    check_scrap(
        0.1,
        ScrapFate::Sold,
        200.0,
        200.0 * 122.0 + 50_000.0 + 300.0 * 80.0,
        0.0,
        300.0,
    );
}

#[test]
fn uplift_and_local_override() {
    let mut s = with_shares(1_000.0, &[("c", 0.5)]);
    s.uplift.push(StepUplift {
        from: "b".into(),
        to: "c".into(),
        percent: 50.0,
    });
    s.local.insert("c".into(), true);
    let r = evaluate_scenario(&small(), &s).unwrap();
    assert!(close(r.added_value, 500.0 * 23.0));
    assert!(close(r.retained_value, 500.0 * 23.0));
    assert_eq!(r.leaked_value, 0.0);
}

#[test]
fn nothing_processed_is_all_top_heavy() {
    let ds = binzhou();
    let r = evaluate_scenario(&ds, &Scenario::for_region(&ds)).unwrap();
    assert_eq!(r.tonnage, 6_460_000.0);
    assert_eq!(r.added_value, 0.0);
    assert_eq!(r.output_value, 6_460_000.0 * 13_900.0);
    assert_eq!(r.top_heaviness_tonnage, 1.0);
    assert_eq!(r.top_heaviness_value, 1.0);
    assert_eq!(r.electricity_kwh, None);
}

#[test]
fn scenario_errors() {
    let ds = small();
    let e = evaluate_scenario(&ds, &with_shares(1_000.0, &[("b", 0.6), ("c", 0.5)])).unwrap_err();
    assert!(matches!(e, ModelError::SharesExceedOne { total } if close(total, 1.1)));
    assert_eq!(
        e.to_string(),
        "shares add up to 110.00 %; they must not exceed 100 %"
    );
    // 0.1 + 0.2 + 0.7 is 1 within rounding and is accepted.
    let mut three = load(&{
        let mut v = minimal();
        v["steps"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({ "from": "a", "to": "d",
            "added_value": { "low": 1, "base": 1, "high": 1 }, "yield": 1, "source": source() }));
        v["products"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({ "id": "d",
            "name": { "en": "D", "zh": "丁" }, "kind": "finished", "local": true }));
        v
    })
    .unwrap();
    evaluate_scenario(
        &three,
        &with_shares(1.0, &[("b", 0.1), ("c", 0.2), ("d", 0.7)]),
    )
    .unwrap();
    three = three.clone();
    let cases: Vec<(Scenario, ModelError)> = vec![
        (
            with_shares(1.0, &[("c", -0.1)]),
            ModelError::InvalidShare {
                product: "c".into(),
                value: -0.1,
            },
        ),
        (
            with_shares(1.0, &[("zz", 0.1)]),
            ModelError::UnknownProduct { id: "zz".into() },
        ),
        (
            with_shares(1.0, &[("a", 0.1)]),
            ModelError::ShareForStart {
                product: "a".into(),
            },
        ),
        (
            with_shares(-1.0, &[]),
            ModelError::InvalidTonnage {
                value: -1.0,
                max: 1e10,
            },
        ),
        (
            with_shares(1e11, &[]),
            ModelError::InvalidTonnage {
                value: 1e11,
                max: 1e10,
            },
        ),
    ];
    for (scenario, expected) in cases {
        assert_eq!(evaluate_scenario(&three, &scenario).unwrap_err(), expected);
    }
    let mut s = with_shares(1.0, &[("c", 0.1)]);
    s.uplift.push(StepUplift {
        from: "a".into(),
        to: "c".into(),
        percent: 5.0,
    });
    assert_eq!(
        evaluate_scenario(&ds, &s).unwrap_err(),
        ModelError::UnknownStep {
            from: "a".into(),
            to: "c".into()
        }
    );
    s.uplift = vec![StepUplift {
        from: "a".into(),
        to: "b".into(),
        percent: -150.0,
    }];
    assert!(matches!(
        evaluate_scenario(&ds, &s).unwrap_err(),
        ModelError::InvalidUplift { .. }
    ));
    s.uplift = vec![
        StepUplift {
            from: "a".into(),
            to: "b".into(),
            percent: 5.0,
        },
        StepUplift {
            from: "a".into(),
            to: "b".into(),
            percent: 6.0,
        },
    ];
    assert_eq!(
        evaluate_scenario(&ds, &s).unwrap_err(),
        ModelError::DuplicateUplift {
            from: "a".into(),
            to: "b".into()
        }
    );
    let mut s = with_shares(1.0, &[("c", 0.1)]);
    s.paths.insert("c".into(), strings(&["b", "c"]));
    assert!(matches!(
        evaluate_scenario(&ds, &s).unwrap_err(),
        ModelError::PathStart { .. }
    ));
    s.paths.insert("c".into(), strings(&["a", "b"]));
    assert!(matches!(
        evaluate_scenario(&ds, &s).unwrap_err(),
        ModelError::PathEnd { .. }
    ));
    let mut s = with_shares(1.0, &[]);
    s.local.insert("nope".into(), true);
    assert_eq!(
        evaluate_scenario(&ds, &s).unwrap_err(),
        ModelError::UnknownProduct { id: "nope".into() }
    );
}

fn binzhou_plan(ds: &Dataset) -> (Scenario, Scenario) {
    let mut baseline = Scenario::for_region(ds);
    baseline.shares.insert("rod".into(), 0.2);
    baseline.shares.insert("profile".into(), 0.1);
    let mut plan = baseline.clone();
    plan.tonnage = 7_000_000.0;
    plan.shares.insert("rod".into(), 0.3);
    plan.shares.insert("lv-cable".into(), 0.1);
    plan.shares.insert("furniture".into(), 0.05);
    plan.shares.insert("foil-battery".into(), 0.05);
    plan.uplift.push(StepUplift {
        from: "profile".into(),
        to: "furniture".into(),
        percent: 10.0,
    });
    (baseline, plan)
}

#[test]
fn baseline_and_plan_side_by_side() {
    let ds = binzhou();
    let (baseline, plan) = binzhou_plan(&ds);
    let c = compare_scenarios(&ds, &baseline, &plan).unwrap();
    assert_eq!(c.baseline, evaluate_scenario(&ds, &baseline).unwrap());
    assert_eq!(c.plan, evaluate_scenario(&ds, &plan).unwrap());
    assert!(close(
        c.change.added_value,
        c.plan.added_value - c.baseline.added_value
    ));
    assert!(c.change.added_value > 0.0);
    // Rod is first processing: of the plan's +0.3, only cable, furniture and foil (+0.2)
    // are deep processing.
    assert!(close(c.change.deep_processing_rate, 0.2));
    assert!(c.change.gross_output > c.change.output_value);
    // Rod alone: T = Q · s / N = 0.2 · Q / (1 + (1/0.98 − 1) · 0.02) t of rod at +500.
    let rod = c
        .baseline
        .products
        .iter()
        .find(|p| p.product == "rod")
        .unwrap();
    let n = 1.0 + (1.0 / 0.98 - 1.0) * 0.02;
    assert!(close(rod.added_value, 6_460_000.0 * 0.2 / n * 500.0));
}

#[test]
fn trajectory_endpoints_and_s_curve() {
    let ds = binzhou();
    let (baseline, plan) = binzhou_plan(&ds);
    let b = evaluate_scenario(&ds, &baseline).unwrap();
    let p = evaluate_scenario(&ds, &plan).unwrap();
    for ramp in [Ramp::Linear, Ramp::SCurve] {
        let t = trajectory(&ds, &baseline, &plan, 5, ramp, None).unwrap();
        assert_eq!(t.years.len(), 6);
        assert_eq!(t.years[0].output_value, b.output_value);
        assert_eq!(t.years[0].added_value, b.added_value);
        assert_eq!(t.years[5].output_value, p.output_value);
        assert_eq!(t.years[5].retained_value, p.retained_value);
        assert_eq!(t.years[5].tonnage, 7_000_000.0);
        assert!(t.years.iter().all(|y| y.meets_target.is_none()));
        assert_eq!(t.first_year_meeting_target, None);
    }
    assert_eq!(Ramp::SCurve.at(0.5), 0.5);
    assert_eq!(Ramp::SCurve.at(0.25), 0.15625);
    assert_eq!(Ramp::Linear.at(0.25), 0.25);
    // With equal tonnage the totals are linear in shares: the S-curve midpoint is the mean.
    let mut same_q = plan.clone();
    same_q.tonnage = baseline.tonnage;
    same_q.uplift.clear();
    let t = trajectory(&ds, &baseline, &same_q, 2, Ramp::SCurve, None).unwrap();
    let mid = &t.years[1];
    assert_eq!(mid.progress, 0.5);
    assert!(close(
        mid.added_value,
        0.5 * (t.years[0].added_value + t.years[2].added_value)
    ));
    // The S-curve starts slower than the straight line.
    let lin = trajectory(&ds, &baseline, &plan, 4, Ramp::Linear, None).unwrap();
    let s = trajectory(&ds, &baseline, &plan, 4, Ramp::SCurve, None).unwrap();
    assert!(s.years[1].added_value < lin.years[1].added_value);
}

#[test]
fn trajectory_target_year() {
    let ds = binzhou();
    let (baseline, plan) = binzhou_plan(&ds);
    let t = trajectory(&ds, &baseline, &plan, 5, Ramp::Linear, None).unwrap();
    let target_value = 0.5 * (t.years[2].added_value + t.years[3].added_value);
    let target = Target {
        metric: Metric::AddedValue,
        value: target_value,
    };
    let t = trajectory(&ds, &baseline, &plan, 5, Ramp::Linear, Some(target)).unwrap();
    assert_eq!(t.first_year_meeting_target, Some(3));
    assert_eq!(t.years[2].meets_target, Some(false));
    let never = Target {
        metric: Metric::OutputValue,
        value: 1e15,
    };
    let t = trajectory(&ds, &baseline, &plan, 5, Ramp::Linear, Some(never)).unwrap();
    assert_eq!(t.first_year_meeting_target, None);
    assert_eq!(
        trajectory(&ds, &baseline, &plan, 0, Ramp::Linear, None).unwrap_err(),
        ModelError::InvalidYears {
            years: 0,
            max: value_chain_model::MAX_YEARS
        }
    );
    let bad = Target {
        metric: Metric::OutputValue,
        value: f64::NAN,
    };
    assert!(matches!(
        trajectory(&ds, &baseline, &plan, 5, Ramp::Linear, Some(bad)).unwrap_err(),
        ModelError::InvalidTarget { .. }
    ));
}

#[test]
fn goal_seek_reachable() {
    let ds = binzhou();
    let (baseline, plan) = binzhou_plan(&ds);
    let full = evaluate_scenario(&ds, &plan).unwrap();
    // λ = 0 is the baseline's shares (at the plan's tonnage and choices), λ = 1 the plan.
    let mut at_zero = plan.clone();
    at_zero.shares = baseline.shares.clone();
    let zero = evaluate_scenario(&ds, &at_zero).unwrap();
    for metric in Metric::ALL {
        let target = 0.5 * (metric.of(&zero) + metric.of(&full));
        match goal_seek(&ds, &baseline, &plan, metric, target).unwrap() {
            GoalSeek::Reached {
                mix: Mix::Scaled { lambda },
                value,
                scenario,
                plan_as_is: false,
            } => {
                assert!((lambda - 0.5).abs() < 1e-6, "{metric:?}: {lambda}");
                assert!(close(value, target) || (value - target).abs() <= 1e-9 * target);
                let again = evaluate_scenario(&ds, &scenario).unwrap();
                assert!((metric.of(&again) - target).abs() <= 1e-6 * target);
            }
            other => panic!("{other:?}"),
        }
    }
    // Output value: reachable above today's, with λ above 1 (shares still ≤ 100 %).
    let target = full.output_value * 1.01;
    match goal_seek(&ds, &baseline, &plan, Metric::OutputValue, target).unwrap() {
        GoalSeek::Reached {
            mix: Mix::Scaled { lambda },
            scenario,
            ..
        } => {
            assert!(lambda > 1.0);
            assert!(scenario.shares.values().sum::<f64>() <= 1.0 + 1e-9);
        }
        other => panic!("{other:?}"),
    }
}

/// The plan's change scaled as far as the shares allow: 0.3 of the metal added to the
/// baseline's 0.3, so at most 0.7 / 0.3 of it.
fn scaled_to_the_limit(baseline: &Scenario, plan: &Scenario) -> Scenario {
    let lambda = 0.7 / 0.3;
    let mut s = plan.clone();
    for (id, p) in &plan.shares {
        let b = baseline.shares.get(id).copied().unwrap_or(0.0);
        s.shares.insert(id.clone(), b + lambda * (p - b));
    }
    s
}

#[test]
fn goal_seek_beyond_the_plans_direction_takes_more_of_one_product() {
    // Issue 25: "Unreachable" above "it would take 1.79 % of the metal made into
    // casings". A target past every scaled mix that casings can reach is reachable, with
    // casings; the answer is one.
    let ds = binzhou();
    let (baseline, plan) = binzhou_plan(&ds);
    let scaled_max = evaluate_scenario(&ds, &scaled_to_the_limit(&baseline, &plan))
        .unwrap()
        .added_value;
    let mut all_casings = plan.clone();
    all_casings.shares = baseline.shares.clone();
    all_casings.shares.insert("casings".into(), 0.7);
    let casings_max = evaluate_scenario(&ds, &all_casings).unwrap().added_value;
    assert!(casings_max > scaled_max, "{casings_max} {scaled_max}");
    let target = 0.5 * (scaled_max + casings_max);
    match goal_seek(&ds, &baseline, &plan, Metric::AddedValue, target).unwrap() {
        GoalSeek::Reached {
            value,
            mix: Mix::OneProduct { product, share },
            scenario,
            plan_as_is: false,
        } => {
            assert_eq!(product, "casings");
            assert!(share > 0.0 && share < 0.7, "{share}");
            assert_eq!(scenario.shares.get("casings"), Some(&share));
            assert!((value - target).abs() <= 1e-9 * target, "{value} {target}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn goal_seek_unreachable() {
    let ds = binzhou();
    let (baseline, plan) = binzhou_plan(&ds);
    match goal_seek(&ds, &baseline, &plan, Metric::AddedValue, 1e15).unwrap() {
        GoalSeek::Unreachable {
            best_value,
            mix,
            scenario,
            plan_as_is: false,
        } => {
            // The best of both kinds of mix: all the metal left made into casings, the
            // product doing most per ton of metal, beats the plan's change at its limit.
            assert_eq!(
                mix,
                Mix::OneProduct {
                    product: "casings".into(),
                    share: 0.7
                }
            );
            assert!(close(scenario.shares.values().sum::<f64>(), 1.0));
            assert!(close(
                best_value,
                evaluate_scenario(&ds, &scenario).unwrap().added_value
            ));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        goal_seek(&ds, &baseline, &plan, Metric::AddedValue, -5.0).unwrap_err(),
        ModelError::InvalidTarget { .. }
    ));
}

/// Seeks `target` for `metric`, applies the mix found, and seeks again: the answer is
/// consistent (its value is its mix's, a reached target is the target's) and, once
/// applied, says the plan as it is gives it, with nothing left to apply.
#[track_caller]
fn seek_apply_seek(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    metric: Metric,
    target: f64,
) {
    let first = goal_seek(ds, baseline, plan, metric, target).unwrap();
    let (reached, value, scenario, as_is) = match &first {
        GoalSeek::Reached {
            value,
            scenario,
            plan_as_is,
            ..
        } => (true, *value, scenario, *plan_as_is),
        GoalSeek::Unreachable {
            best_value,
            scenario,
            plan_as_is,
            ..
        } => (false, *best_value, scenario, *plan_as_is),
    };
    let own = metric.of(&evaluate_scenario(ds, scenario).unwrap());
    let tol = 1e-9 * target.abs().max(value.abs()).max(1.0);
    assert!((own - value).abs() <= tol, "{metric:?} {target}: {first:?}");
    if reached && !as_is {
        assert!(
            (value - target).abs() <= tol,
            "{metric:?} {target}: {first:?}"
        );
    }
    if reached && as_is {
        assert!(value >= target - tol, "{metric:?} {target}: {first:?}");
    }
    if !reached {
        assert!(value < target, "{metric:?} {target}: {first:?}");
    }
    assert_eq!(first.to_apply().is_none(), as_is);
    let applied = first.to_apply().cloned().unwrap_or_else(|| plan.clone());
    let second = goal_seek(ds, baseline, &applied, metric, target).unwrap();
    match (&first, &second) {
        (
            GoalSeek::Reached { .. },
            GoalSeek::Reached {
                value: v2,
                plan_as_is: true,
                ..
            },
        )
        | (
            GoalSeek::Unreachable { .. },
            GoalSeek::Unreachable {
                best_value: v2,
                plan_as_is: true,
                ..
            },
        ) => {
            assert!(
                (v2 - value).abs() <= tol,
                "{metric:?} {target}: {first:?} then {second:?}"
            );
        }
        _ => panic!("{metric:?} {target}: {first:?} then {second:?}"),
    }
    assert!(second.to_apply().is_none());
}

#[test]
fn goal_seek_says_one_thing_before_and_after_applying() {
    let ds = binzhou();
    let (baseline, plan) = binzhou_plan(&ds);
    let full = evaluate_scenario(&ds, &plan).unwrap();
    let limit = evaluate_scenario(&ds, &scaled_to_the_limit(&baseline, &plan)).unwrap();
    for metric in Metric::ALL {
        let (at_plan, at_limit) = (metric.of(&full), metric.of(&limit));
        for target in [
            0.0,
            0.5 * at_plan,
            at_plan,
            0.5 * (at_plan + at_limit),
            at_limit * 1.2,
            if metric.is_rate() { 1.0 } else { 1e15 },
        ] {
            seek_apply_seek(&ds, &baseline, &plan, metric, target);
        }
    }
}

/// 2 Mt of metal sent whole to one end product, against selling it as ingot.
#[track_caller]
fn check_everything_into(ds: &Dataset, product: &str) {
    let ingot = evaluate_scenario(ds, &with_shares(2e6, &[])).unwrap();
    let r = evaluate_scenario(ds, &with_shares(2e6, &[(product, 1.0)])).unwrap();
    assert!(
        r.output_value >= ingot.output_value,
        "{product}: output {} < ingot {}",
        r.output_value,
        ingot.output_value
    );
    assert!(
        r.gross_output >= r.output_value,
        "{product}: gross output below output value"
    );
    assert!(close(r.metal_consumed, 2e6));
    assert!(r.added_value > 0.0);
}

#[test]
fn processing_any_end_product_beats_selling_the_ingot() {
    let ds = binzhou();
    let ends = ds.end_product_ids();
    assert!(ends.len() >= 15);
    for product in &ends {
        check_everything_into(&ds, product);
    }
    // The intermediates the issue named, too.
    for product in ["billet", "profile", "sheet"] {
        check_everything_into(&ds, product);
    }
}

/// A dataset preset evaluated as a plan: its own target and its verdict on every
/// admissible reading, with the readings it is met on.
#[track_caller]
fn check_preset(id: &str, metric: Metric, target: f64, verdict: VerdictKind, met_on: &[Reading]) {
    let ds = binzhou();
    let preset = ds.preset(id).unwrap();
    let stated: Vec<(Metric, f64)> = preset.targets.iter().map(|t| (t.metric, t.value)).collect();
    assert_eq!(stated, vec![(metric, target)]);
    let verdicts = target_verdicts(&ds, id).unwrap();
    let [v] = &verdicts[..] else {
        panic!("{verdicts:?}")
    };
    assert_eq!(v.verdict, verdict, "{id}: {:?}", v.readings);
    assert_eq!(v.met_on, met_on, "{id}: {:?}", v.readings);
}

#[test]
fn presets_are_held_against_their_targets_on_every_reading() {
    // Zouping 2020: over 60 bn yuan of output on 2 Mt. The article does not say whether
    // VAT is included nor how firms are counted: the target is met only if every stage is
    // a separate firm, on market prices or on the statistical basis.
    let separate = |basis| Reading {
        basis,
        firms: FirmBoundaries::Separate,
    };
    check_preset(
        "zouping-2020",
        Metric::GrossOutput,
        6e10,
        VerdictKind::MetOnlyIf,
        &[
            separate(MoneyBasis::Market),
            separate(MoneyBasis::Statistical),
        ],
    );
    let ds = binzhou();
    let r = evaluate_scenario(&ds, &Scenario::from_preset(&ds, "zouping-2020").unwrap()).unwrap();
    assert_eq!(r.tonnage, 2e6);
    assert!(r.output_value < 6e10, "{}", r.output_value);
    // Shandong 2022: a fine-processing rate of about 50 % (a rate: one reading).
    check_preset(
        "shandong-2022",
        Metric::DeepProcessingRate,
        0.5,
        VerdictKind::MetEveryReading,
        &[separate(MoneyBasis::Market)],
    );
    assert!(matches!(
        Scenario::from_preset(&ds, "nowhere"),
        Err(ModelError::UnknownPreset { .. })
    ));
}

#[test]
fn the_hypothetical_baseline_is_labelled() {
    let ds = binzhou();
    let (baseline, kind) = Scenario::baseline(&ds);
    assert_eq!(kind, BaselineKind::Hypothetical);
    assert!(baseline.shares.is_empty());
}

/// Each code read back gives its value; no two values share a code; an unknown code is
/// nothing (links and forms write these codes and read them back).
#[track_caller]
fn codes_round_trip<T: Copy + PartialEq + std::fmt::Debug>(
    all: &[T],
    code: fn(T) -> &'static str,
    from_code: fn(&str) -> Option<T>,
) {
    for &value in all {
        assert_eq!(from_code(code(value)), Some(value), "{value:?}");
    }
    let mut codes: Vec<&str> = all.iter().map(|&v| code(v)).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), all.len(), "{all:?}");
    assert_eq!(from_code("unknown"), None);
}

#[test]
fn codes_read_back() {
    codes_round_trip(&Metric::ALL, Metric::code, Metric::from_code);
    codes_round_trip(&Ramp::ALL, Ramp::code, Ramp::from_code);
    codes_round_trip(&ScrapFate::ALL, ScrapFate::code, ScrapFate::from_code);
    codes_round_trip(
        &BaselineKind::ALL,
        BaselineKind::code,
        BaselineKind::from_code,
    );
    // The codes links already carry.
    assert_eq!([Ramp::Linear.code(), Ramp::SCurve.code()], ["linear", "s"]);
    assert_eq!(
        [ScrapFate::Remelted.code(), ScrapFate::Sold.code()],
        ["remelted", "sold"]
    );
}
