#![cfg(not(target_arch = "wasm32"))]
//! CO₂ per ton along a path: the smelting of the metal consumed (the region's figure and
//! range where it gives one) plus the processing steps' own, per ton of metal contained.

mod common;
use common::*;
use serde_json::json;
use value_chain_model::*;

/// `minimal()` with an upstream step into its start product that gives CO₂ (10 t per t),
/// and 1 t per t on the first processing step.
fn with_smelting(melt_loss: f64) -> Dataset {
    let mut v = minimal();
    v["melt_loss"] =
        json!({ "low": melt_loss, "base": melt_loss, "high": melt_loss, "source": source() });
    v["products"].as_array_mut().expect("products").push(
        json!({ "id": "o", "name": { "en": "O", "zh": "戊" }, "kind": "refining", "local": true }),
    );
    let steps = v["steps"].as_array_mut().expect("steps");
    steps[0]["co2_t_per_t"] = json!(1.0);
    steps[0]["co2_source"] = source();
    steps.push(
        json!({ "from": "o", "to": "a", "added_value": { "low": 0, "base": 0, "high": 0 },
        "yield": 1, "kwh_per_t": null, "jobs_per_10kt": null, "co2_t_per_t": 10,
        "co2_source": source(), "source": source() }),
    );
    load(&v).expect("valid")
}

/// A path's CO₂: its total at the smelting figure's low, base and high.
#[track_caller]
fn check(ds: &Dataset, path: &[&str], low: f64, base: f64, high: f64) {
    let ev = evaluate_path(ds, &strings(path)).expect("path");
    let carbon = path_carbon(ds, &ev).expect("carbon");
    for (got, want, what) in [
        (carbon.total.low, low, "low"),
        (carbon.total.base, base, "base"),
        (carbon.total.high, high, "high"),
    ] {
        assert!(close(got, want), "{path:?} {what}: {got} vs {want}");
    }
}

#[test]
fn co2_per_ton_along_a_path() {
    // No melt loss: a ton of metal in the product consumes a ton; the first step makes
    // 1 / 0.8 t per ton of c, at 1 t CO₂ each.
    let ds = with_smelting(0.0);
    check(&ds, &["a", "b", "c"], 11.25, 11.25, 11.25);
    check(&ds, &["a", "b"], 11.0, 11.0, 11.0);
    // With melt loss the smelting counts the metal consumed, N, as the path's balance says.
    let ds = with_smelting(0.1);
    let ev = evaluate_path(&ds, &strings(&["a", "b", "c"])).expect("path");
    assert!(ev.net_metal_per_t > 1.0);
    let want = 10.0 * ev.net_metal_per_t + 1.25;
    check(&ds, &["a", "b", "c"], want, want, want);
    // Not from the start product, or no smelting CO₂: none.
    let ev = evaluate_path(&ds, &strings(&["b", "c"])).expect("path");
    assert!(path_carbon(&ds, &ev).is_none());
    let plain = load(&minimal()).expect("valid");
    let ev = evaluate_path(&plain, &strings(&["a", "b", "c"])).expect("path");
    assert!(path_carbon(&plain, &ev).is_none());
}

#[test]
fn a_regions_co2_and_its_range_carry_through_the_path() {
    for id in region::builtin_ids() {
        let ds = region::builtin(id).expect("shipped").expect("resolves");
        let ev = evaluate_default_path(&ds, "rod").expect("rod");
        let carbon = path_carbon(&ds, &ev).expect("carbon");
        let profile = ds.region().profile.clone().expect("profile");
        let smelting = carbon.smelting_per_t_primary;
        match profile.co2_primary {
            // The region's own figure, with its range.
            Some(co2) => {
                assert_eq!(smelting, co2.range(), "{id}");
                assert_eq!(carbon.source, co2.source, "{id}");
            }
            // The chain's national figure, a point.
            None => assert_eq!(
                (smelting.low, smelting.high),
                (smelting.base, smelting.base),
                "{id}"
            ),
        }
        let n = ev.net_metal_per_t;
        let p = ev.co2_t_per_t.unwrap_or(0.0);
        assert!(close(carbon.total.low, smelting.low * n + p), "{id}");
        assert!(close(carbon.total.base, smelting.base * n + p), "{id}");
        assert!(close(carbon.total.high, smelting.high * n + p), "{id}");
        assert!(carbon.total.low <= carbon.total.base && carbon.total.base <= carbon.total.high);
    }
    // Hydropower carries less than captive coal.
    let rod = |id: &str| {
        let ds = region::builtin(id).expect("shipped").expect("resolves");
        let ev = evaluate_default_path(&ds, "rod").expect("rod");
        path_carbon(&ds, &ev).expect("carbon").total.base
    };
    assert!(rod("wenshan") < rod("xinjiang"));
}

/// A plan for a region: a fifth of its metal to cable, a twentieth to furniture.
fn plan(ds: &Dataset) -> Scenario {
    let mut s = Scenario::for_region(ds);
    s.shares.insert("lv-cable".into(), 0.2);
    s.shares.insert("furniture".into(), 0.05);
    s
}

fn region_of(id: &str) -> Dataset {
    region::builtin(id).expect("shipped").expect("resolves")
}

#[test]
fn a_scenarios_co2_counts_the_metal_it_smelts() {
    for id in region::builtin_ids() {
        let ds = region_of(id);
        let smelting = ds.step("alumina", "primary").expect("smelting");
        let c = smelting.co2_t_per_t.expect("co2");
        for scenario in [Scenario::for_region(&ds), plan(&ds)] {
            let r = evaluate_scenario(&ds, &scenario).expect("scenario");
            // No processing step of the chain gives its own CO₂: all of it is smelting's.
            let want = scenario.tonnage * c;
            let got = r.co2_t.expect("co2");
            assert!(close(got, want), "{id}: {got} vs {want}");
        }
    }
    // A chain without a smelting figure has no CO₂ total.
    let plain = load(&minimal()).expect("valid");
    let r = evaluate_scenario(&plain, &Scenario::for_region(&plain)).expect("scenario");
    assert_eq!(r.co2_t, None);
}

/// The tornado of a CO₂ measure: its base, and the CO₂ figure's bar at the region's range.
#[track_caller]
fn check_co2_tornado(t: &Tornado, base: f64, at_low: f64, at_high: f64) {
    assert!(close(t.base_value, base), "base {} vs {base}", t.base_value);
    let bar = t
        .bars
        .iter()
        .find(|b| matches!(&b.figure, Figure::StepCo2 { from, to } if from == "alumina" && to == "primary"));
    if at_low == at_high {
        assert!(bar.is_none(), "a point figure has no bar");
        return;
    }
    let bar = bar.expect("the CO₂ figure's bar");
    assert!(
        close(bar.value_at_low, at_low),
        "low {} vs {at_low}",
        bar.value_at_low
    );
    assert!(
        close(bar.value_at_high, at_high),
        "high {} vs {at_high}",
        bar.value_at_high
    );
}

#[test]
fn co2_takes_part_in_the_uncertainty() {
    for id in region::builtin_ids() {
        let ds = region_of(id);
        // A path: the tornado's base and CO₂ bar are `path_carbon`'s total and range.
        let ev = evaluate_default_path(&ds, "furniture").expect("furniture");
        let carbon = path_carbon(&ds, &ev).expect("carbon");
        let t = tornado_path(&ds, &ev.products, PathMetric::Co2).expect("tornado");
        check_co2_tornado(&t, carbon.total.base, carbon.total.low, carbon.total.high);
        // No money figure moves CO₂.
        assert!(t.bars.iter().all(|b| !matches!(
            b.figure,
            Figure::MetalPrice | Figure::StepAddedValue { .. } | Figure::ScrapPrice
        )));
        // A scenario: Q tons at the region's range.
        let s = plan(&ds);
        let range = carbon.smelting_per_t_primary;
        let t = tornado_scenario_read(&ds, &s, Measure::Co2, Reading::default()).expect("tornado");
        let q = s.tonnage;
        check_co2_tornado(&t, q * range.base, q * range.low, q * range.high);
        let mc = monte_carlo_scenario_read(&ds, &s, Measure::Co2, Reading::default(), 2_000, 7)
            .expect("mc");
        assert!(
            mc.min >= q * range.low - 1e-6 && mc.max <= q * range.high + 1e-6,
            "{id}"
        );
        assert!(close(mc.base_value, q * range.base), "{id}");
    }
}

#[test]
fn monte_carlo_known_answer_for_co2() {
    // Baotou: 18 t CO₂ per ton of primary metal, 12.7–22 (its own estimate's range); the
    // tons smelted are the plan's Q, so every draw is Q times a draw of that figure.
    let ds = region_of("baotou");
    let m = monte_carlo_scenario_read(
        &ds,
        &plan(&ds),
        Measure::Co2,
        Reading::default(),
        10_000,
        42,
    )
    .expect("mc");
    let known = (41_671_960.415376, 49_414_617.033185, 56_188_862.669054);
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
    assert!(
        same(m.p10, known.0) && same(m.p50, known.1) && same(m.p90, known.2),
        "got P10 {:.6}, P50 {:.6}, P90 {:.6}",
        m.p10,
        m.p50,
        m.p90
    );
}

#[test]
fn co2_without_a_smelting_figure_is_refused() {
    let plain = load(&minimal()).expect("valid");
    let path = strings(&["a", "b", "c"]);
    for result in [
        tornado_path(&plain, &path, PathMetric::Co2).map(|t| t.base_value),
        monte_carlo_path(&plain, &path, PathMetric::Co2, 100, 1).map(|m| m.p50),
        tornado_scenario_read(
            &plain,
            &Scenario::for_region(&plain),
            Measure::Co2,
            Reading::default(),
        )
        .map(|t| t.base_value),
    ] {
        assert_eq!(result, Err(ModelError::NoCarbonFigure));
    }
}

#[test]
fn an_edit_of_the_smelting_co2_moves_the_regions_figure() {
    let ds = region_of("baotou");
    let before = ds.range_of(&Figure::StepCo2 {
        from: "alumina".into(),
        to: "primary".into(),
    });
    let figure = Figure::StepCo2 {
        from: "alumina".into(),
        to: "primary".into(),
    };
    let edited = ds.with_edit(&figure.set_to(5.0)).expect("valid edit");
    let range = edited.range_of(&figure).expect("range");
    let before = before.expect("range");
    assert_eq!(range.base, 5.0);
    assert_eq!(range.low, before.low.min(5.0));
    assert_eq!(range.high, before.high);
    assert!(edited.edited_figures(&ds).contains(&figure));
    let ev = evaluate_default_path(&edited, "rod").expect("rod");
    let carbon = path_carbon(&edited, &ev).expect("carbon");
    assert!(close(
        carbon.total.base,
        5.0 * ev.net_metal_per_t + ev.co2_t_per_t.unwrap_or(0.0)
    ));
    // A figure that is not a number is refused.
    assert!(ds.with_edit(&figure.set_to(f64::NAN)).is_err());
}

/// The carbon cost of a path at a price: the price times its CO₂ at low, base and high.
#[track_caller]
fn check_cost(co2: (f64, f64, f64), price: f64, want: (f64, f64, f64)) {
    let carbon = PathCarbon {
        smelting_per_t_primary: ValueRange {
            low: co2.0,
            base: co2.1,
            high: co2.2,
        },
        source: cbam_example_source(),
        metal_per_t: 1.0,
        processing: 0.0,
        total: ValueRange {
            low: co2.0,
            base: co2.1,
            high: co2.2,
        },
    };
    let price = CarbonPrice::new(price, CarbonCurrency::Euro).expect("valid price");
    let cost = carbon_cost(&carbon, &price);
    for (got, want, what) in [
        (cost.low, want.0, "low"),
        (cost.base, want.1, "base"),
        (cost.high, want.2, "high"),
    ] {
        assert!(
            close(got, want),
            "{co2:?} at {price:?} {what}: {got} vs {want}"
        );
    }
}

#[test]
fn carbon_cost_known_answers() {
    // 14 t CO₂ at the CBAM example: 1,055.04 euro.
    check_cost((14.0, 14.0, 14.0), 75.36, (1055.04, 1055.04, 1055.04));
    // Wenshan-like range 4.6–9.4, base 7.0 at 100 a ton.
    check_cost((4.6, 7.0, 9.4), 100.0, (460.0, 700.0, 940.0));
    // A price of 0: no cost.
    check_cost((4.6, 7.0, 9.4), 0.0, (0.0, 0.0, 0.0));
}

/// A number is a carbon price, or the reason it is not.
#[track_caller]
fn check_price(value: f64, want: Result<(), CarbonPriceError>) {
    let checked = CarbonPrice::checked(value, CarbonCurrency::Yuan);
    assert_eq!(
        checked.map(|p| assert_eq!(p.per_t_co2(), value)),
        want,
        "{value}"
    );
    assert_eq!(
        CarbonPrice::new(value, CarbonCurrency::Yuan).is_some(),
        want.is_ok(),
        "{value}"
    );
}

#[test]
fn a_carbon_price_is_finite_and_between_zero_and_the_limit() {
    let above = Err(CarbonPriceError::AboveMax {
        max: MAX_CARBON_PRICE,
    });
    check_price(0.0, Ok(()));
    check_price(75.36, Ok(()));
    check_price(MAX_CARBON_PRICE, Ok(()));
    check_price(-1.0, Err(CarbonPriceError::Negative));
    check_price(-f64::MIN_POSITIVE, Err(CarbonPriceError::Negative));
    check_price(MAX_CARBON_PRICE + 1.0, above);
    check_price(f64::MAX, above);
    check_price(f64::NAN, Err(CarbonPriceError::NotFinite));
    check_price(f64::INFINITY, Err(CarbonPriceError::NotFinite));
    check_price(f64::NEG_INFINITY, Err(CarbonPriceError::NotFinite));
    let example = CarbonPrice::cbam_example();
    assert!(example.is_cbam_example());
    assert_eq!(example.per_t_co2(), CBAM_2026_Q1_EUR);
    assert_eq!(example.currency(), CarbonCurrency::Euro);
    assert!(!CarbonPrice::new(75.36, CarbonCurrency::Yuan)
        .expect("valid")
        .is_cbam_example());
    for (code, want) in [
        ("EUR", Some(CarbonCurrency::Euro)),
        ("cny", Some(CarbonCurrency::Yuan)),
        ("usd", None),
    ] {
        assert_eq!(CarbonCurrency::from_code(code), want, "{code}");
    }
}

#[test]
fn electricity_along_a_path_counts_the_metal_consumed() {
    let ds = Dataset::binzhou().expect("default");
    let ev = evaluate_default_path(&ds, "rod").expect("rod");
    let e = path_electricity(&ds, &ev).expect("the smelting step gives kWh");
    assert_eq!(e.smelting_kwh_per_t_primary, 13_599.0);
    let want = 13_599.0 * ev.net_metal_per_t + ev.kwh_per_t.unwrap_or(0.0);
    assert!(close(e.total, want), "{} vs {want}", e.total);
    // Not from the start product: none.
    let ev = evaluate_path(&ds, &strings(&["rod", "lv-cable"])).expect("path");
    assert!(path_electricity(&ds, &ev).is_none());
}
