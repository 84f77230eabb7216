#![cfg(not(target_arch = "wasm32"))]
//! The Sankey's flows, from the model: metal is conserved at every node, and the yuan
//! view comes from the same walk as the tonnes.

mod common;
use common::*;
use value_chain_model::flows::{MELT_LOSS, REMELT, SCRAP, SCRAP_SOLD, SOLD};
use value_chain_model::*;

fn sum(flows: &[Flow], keep: impl Fn(&Flow) -> bool) -> f64 {
    flows.iter().filter(|f| keep(f)).map(|f| f.tonnes).sum()
}

/// Every node's inflow equals its outflow (the start's inflow is the region's metal
/// plus the remelted scrap; end products and the sinks only take in).
#[track_caller]
fn check_conserved(ds: &Dataset, s: &Scenario) {
    let flows = scenario_flows(ds, s).unwrap();
    let r = evaluate_scenario(ds, s).unwrap();
    let start = ds.start();
    let out_of = |k: &str| sum(&flows, |f| f.from == k);
    let into = |k: &str| sum(&flows, |f| f.to == k);
    let tol = 1e-9 * s.tonnage.max(1.0);
    assert!(
        (out_of(start) - into(start) - s.tonnage).abs() <= tol,
        "start: {} − {} ≠ Q",
        out_of(start),
        into(start)
    );
    for p in ds.products() {
        let ends_here = r.products.iter().any(|o| o.product == p.id);
        if p.id == start || ends_here || into(&p.id) == 0.0 {
            continue;
        }
        assert!(
            (into(&p.id) - out_of(&p.id)).abs() <= tol,
            "{}: in {} out {}",
            p.id,
            into(&p.id),
            out_of(&p.id)
        );
    }
    assert!((into(SCRAP) - out_of(SCRAP)).abs() <= tol, "scrap");
    assert!((into(REMELT) - out_of(REMELT)).abs() <= tol, "remelt");
    // Everything the region had leaves as product, ingot, melt loss or scrap sold.
    let made: f64 = r.products.iter().map(|o| o.tonnes).sum();
    let leaves = made + into(SOLD) + into(MELT_LOSS) + into(SCRAP_SOLD);
    assert!(
        (leaves - s.tonnage).abs() <= tol,
        "{leaves} ≠ {}",
        s.tonnage
    );
    assert!((into(MELT_LOSS) - r.melt_loss_tonnes).abs() <= tol);
    assert!((into(SCRAP_SOLD) - r.scrap_sold_tonnes).abs() <= tol);
    // The yuan view: ingot at the metal price, sold scrap at the scrap price.
    for f in &flows {
        let per_t = f.yuan / f.tonnes;
        match f.kind {
            FlowKind::Sold
            | FlowKind::Scrap
            | FlowKind::Remelt
            | FlowKind::Return
            | FlowKind::Loss => {
                assert!(close(per_t, r.metal_price), "{f:?}")
            }
            FlowKind::ScrapSold => assert!(close(per_t, r.scrap_price), "{f:?}"),
            FlowKind::Product => assert!(per_t >= r.metal_price, "{f:?}"),
        }
    }
}

#[test]
fn flows_conserve_metal() {
    let ds = binzhou();
    let plan = Scenario::from_preset(&ds, "zouping-2020").unwrap();
    check_conserved(&ds, &plan);
    let mut sold = plan.clone();
    sold.scrap = ScrapFate::Sold;
    check_conserved(&ds, &sold);
    let shandong = Scenario::from_preset(&ds, "shandong-2022").unwrap();
    check_conserved(&ds, &shandong);
    check_conserved(&ds, &Scenario::for_region(&ds));
}

#[test]
fn the_scrap_loop_by_hand() {
    // a → b (yield 0.5) → c (yield 0.8), melt loss 10 %: M = 2.5, N = 1.15.
    let mut v = minimal();
    v["melt_loss"] =
        serde_json::json!({ "low": 0.1, "base": 0.1, "high": 0.1, "source": source() });
    // Every stage made in the region (c is not local in the minimal dataset).
    v["products"][2]["local"] = serde_json::json!(true);
    let ds = load(&v).unwrap();
    let mut s = Scenario::for_region(&ds);
    s.shares.insert("c".into(), 0.5);
    let flows = scenario_flows(&ds, &s).unwrap();
    let t = 500.0 / 1.15;
    let get = |from: &str, to: &str| {
        flows
            .iter()
            .find(|f| f.from == from && f.to == to)
            .unwrap()
            .tonnes
    };
    assert!(close(get("b", "c"), t));
    assert!(close(get("a", "b"), t / 0.8));
    assert!(close(get("a", SCRAP), t / 0.8));
    assert!(close(get("b", SCRAP), t / 0.8 - t));
    assert!(close(get(SCRAP, REMELT), 1.5 * t));
    assert!(close(get(REMELT, MELT_LOSS), 0.15 * t));
    assert!(close(get(REMELT, "a"), 1.35 * t));
    assert!(close(get("a", SOLD), 500.0));
    // b's value: metal price 100 plus the a → b step's 20.
    let ab = flows.iter().find(|f| f.from == "a" && f.to == "b").unwrap();
    assert!(close(ab.yuan, ab.tonnes * 120.0));
}
