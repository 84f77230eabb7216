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

#[track_caller]
fn check_price(value: f64, valid: bool) {
    assert_eq!(
        CarbonPrice::new(value, CarbonCurrency::Yuan).is_some(),
        valid,
        "{value}"
    );
}

#[test]
fn a_carbon_price_is_finite_and_between_zero_and_the_limit() {
    check_price(0.0, true);
    check_price(75.36, true);
    check_price(MAX_CARBON_PRICE, true);
    check_price(-1.0, false);
    check_price(MAX_CARBON_PRICE + 1.0, false);
    check_price(f64::NAN, false);
    check_price(f64::INFINITY, false);
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
