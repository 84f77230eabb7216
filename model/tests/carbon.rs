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
