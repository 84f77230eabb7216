#![cfg(not(target_arch = "wasm32"))]
//! Path search, evaluation, metal balance and the comparison of end products.

mod common;
use common::*;
use serde_json::json;
use value_chain_model::*;

#[test]
fn all_paths_from_primary() {
    let ds = binzhou();
    let paths = all_paths(&ds, "primary").unwrap();
    let expected: Vec<Vec<String>> = [
        &["primary", "rod", "lv-cable"][..],
        &["primary", "rod", "overhead-conductor"],
        &["primary", "billet", "profile", "furniture"],
        &["primary", "billet", "profile", "casings"],
        &["primary", "billet", "pv-frame"],
        &["primary", "billet", "building-profile"],
        &["primary", "billet", "industrial-profile"],
        &["primary", "billet", "heat-sink"],
        &["primary", "billet", "auto-extrusion", "battery-tray"],
        &["primary", "billet", "formwork"],
        &["primary", "alloy-ingot", "wheels"],
        &["primary", "alloy-ingot", "die-casting"],
        &["primary", "sheet", "foil-packaging"],
        &["primary", "sheet", "foil-battery"],
        &["primary", "sheet", "casings"],
        &["primary", "auto-sheet"],
        &["primary", "can-stock"],
    ]
    .iter()
    .map(|p| strings(p))
    .collect();
    assert_eq!(paths.len(), expected.len(), "{paths:?}");
    for path in &expected {
        assert!(paths.contains(path), "missing {path:?}");
    }
    // Recycling steps are not followed.
    assert!(paths.iter().all(|p| !p.contains(&"recycled".to_string())));
    assert_eq!(paths_to(&ds, "primary", "casings").unwrap().len(), 2);
    assert_eq!(
        default_path(&ds, "casings").unwrap(),
        strings(&["primary", "sheet", "casings"])
    );
}

#[test]
fn end_products() {
    let ds = binzhou();
    let mut ends = ds.end_product_ids();
    ends.sort();
    assert_eq!(
        ends,
        strings(&[
            "auto-sheet",
            "battery-tray",
            "building-profile",
            "can-stock",
            "casings",
            "die-casting",
            "foil-battery",
            "foil-packaging",
            "formwork",
            "furniture",
            "heat-sink",
            "industrial-profile",
            "lv-cable",
            "overhead-conductor",
            "pv-frame",
            "wheels"
        ])
    );
}

#[test]
fn furniture_path_in_full() {
    let ds = binzhou();
    let e = evaluate_default_path(&ds, "furniture").unwrap();
    let increments: Vec<f64> = e.stages.iter().map(|s| s.increment).collect();
    assert_eq!(increments, vec![300.0, 2_700.0, 77_000.0]);
    let cumulative: Vec<f64> = e.stages.iter().map(|s| s.cumulative).collect();
    assert_eq!(cumulative, vec![300.0, 3_000.0, 80_000.0]);
    assert_eq!(e.stages[2].output_value_per_t, 93_900.0);
    assert!(close(e.multiplier_vs_metal, 93_900.0 / 13_900.0));
    assert_eq!(e.multiplier_vs_rod, Some(160.0));
    let m = 1.0 / (0.97 * 0.8 * 0.85);
    assert!(close(e.metal_per_t, m));
    assert!(close(e.scrap_per_t, m - 1.0));
    // Scrap goes round: only the melt loss (2 % of the scrap) is consumed.
    let n = 1.0 + (m - 1.0) * 0.02;
    assert!(close(e.net_metal_per_t, n));
    assert!(close(e.balance.melt_loss, (m - 1.0) * 0.02));
    assert!(close(e.added_value_per_t_metal, 80_000.0 / n));
    let scrap: f64 = e.stages.iter().map(|s| s.scrap_per_t).sum();
    assert!(close(scrap, m - 1.0));
    assert!(close(e.stages[2].scrap_per_t, 1.0 / 0.85 - 1.0));
    assert_eq!(e.stages[2].metal_out_per_t, 1.0);
    assert!(close(e.stages[0].metal_in_per_t, m));
    // 80,000 is the article's; the last step is it minus another source's profile figure.
    assert_eq!(e.stages[2].badge, Badge::Derived);
    assert_eq!(e.stages[1].badge, Badge::Derived);
    assert_eq!(
        e.price_basis,
        PriceBasis {
            year: 2019,
            vat_included: Some(true)
        }
    );
    assert_eq!(e.kwh_per_t, None);
}

#[test]
fn multipliers_against_rod_and_metal() {
    let ds = binzhou();
    let table: &[(&str, f64, f64)] = &[
        ("rod", 1.0, 14_400.0 / 13_900.0),
        ("lv-cable", 10.0, 18_900.0 / 13_900.0),
        ("furniture", 160.0, 93_900.0 / 13_900.0),
    ];
    for &(product, vs_rod, vs_metal) in table {
        let e = evaluate_default_path(&ds, product).unwrap();
        assert!(close(e.multiplier_vs_rod.unwrap(), vs_rod), "{product}");
        assert!(close(e.multiplier_vs_metal, vs_metal), "{product}");
    }
    // Without a rod product the multiplier is absent, not an error.
    let v = minimal();
    let small = load(&v).unwrap();
    assert_eq!(
        evaluate_path(&small, &["a", "b"])
            .unwrap()
            .multiplier_vs_rod,
        None
    );
}

#[test]
fn low_and_high_ranges() {
    let ds = binzhou();
    let path = strings(&["primary", "billet", "profile", "furniture"]);
    let r = evaluate_path_range(&ds, &path).unwrap();
    assert_eq!(r.low.added_value_per_t, 72_770.0);
    assert_eq!(r.base.added_value_per_t, 80_000.0);
    assert_eq!(r.high.added_value_per_t, 87_940.0);
    assert_eq!(r.low.metal_price, 13_500.0);
    assert_eq!(r.high.output_value_per_t, 14_300.0 + 87_940.0);
    assert_eq!(evaluate_path_at(&ds, &path, Level::High).unwrap(), r.high);
}

#[test]
fn smelting_path_from_alumina_carries_electricity() {
    let ds = binzhou();
    let e = evaluate_path(&ds, &["alumina", "primary", "rod"]).unwrap();
    // Over the tons the smelter makes per ton of rod: 1 / 0.98 t of primary metal.
    assert!(close(e.kwh_per_t.unwrap(), 13_599.0 / 0.98));
    assert!(close(e.co2_t_per_t.unwrap(), 18.0 / 0.98));
    assert_eq!(e.added_value_per_t, 2_300.0 + 500.0);
}

#[test]
fn path_errors() {
    let ds = binzhou();
    let empty: [&str; 0] = [];
    assert_eq!(
        evaluate_path(&ds, &empty).unwrap_err(),
        ModelError::EmptyPath
    );
    assert_eq!(
        evaluate_path(&ds, &["primary", "gold"]).unwrap_err(),
        ModelError::UnknownProduct { id: "gold".into() }
    );
    let e = evaluate_path(&ds, &["primary", "furniture"]).unwrap_err();
    assert_eq!(
        e,
        ModelError::NoStep {
            from: "primary".into(),
            to: "furniture".into()
        }
    );
    assert_eq!(e.to_string(), "there is no step 'primary' → 'furniture'");
    assert_eq!(
        evaluate_path(&ds, &["scrap", "recycled"]).unwrap_err(),
        ModelError::RecyclingStepInPath {
            from: "scrap".into(),
            to: "recycled".into()
        }
    );
    assert_eq!(
        default_path(&ds, "recycled").unwrap_err(),
        ModelError::NoDefaultPath {
            product: "recycled".into()
        }
    );
    assert_eq!(
        all_paths(&ds, "nowhere").unwrap_err(),
        ModelError::UnknownProduct {
            id: "nowhere".into()
        }
    );
    // A single product is a valid, empty path.
    let e = evaluate_path(&ds, &["primary"]).unwrap();
    assert_eq!(
        (e.added_value_per_t, e.metal_per_t, e.multiplier_vs_metal),
        (0.0, 1.0, 1.0)
    );
}

#[test]
fn every_product_sold_is_ranked_with_the_articles_three_marked() {
    let ds = binzhou();
    let all = rank_products(&ds).unwrap();
    let of = |id: &str| {
        all.iter()
            .find(|r| r.product == id)
            .unwrap_or_else(|| panic!("{id} missing"))
    };
    // The article's own comparison, side by side: rod, cable, furniture.
    assert_eq!(of("rod").added_value_per_t, 500.0);
    assert_eq!(of("lv-cable").added_value_per_t, 5_000.0);
    assert_eq!(of("furniture").added_value_per_t, 80_000.0);
    for id in ["billet", "profile", "sheet", "alloy-ingot"] {
        assert!(!of(id).end_product, "{id} is an intermediate");
    }
    let marked: Vec<&str> = all
        .iter()
        .filter(|r| r.from_article)
        .map(|r| r.product.as_str())
        .collect();
    assert_eq!(marked.len(), 3, "{marked:?}");
    for id in ["rod", "lv-cable", "furniture"] {
        assert!(marked.contains(&id), "{id}");
    }
    // Not the start, nor what the start does not reach (alumina, scrap, recycled).
    assert_eq!(all.len(), 22);
    assert!(all
        .windows(2)
        .all(|w| w[0].added_value_per_t >= w[1].added_value_per_t));
    // The end products alone are the old comparison.
    let ends: Vec<String> = all
        .iter()
        .filter(|r| r.end_product)
        .map(|r| r.product.clone())
        .collect();
    let ranked: Vec<String> = rank_end_products(&ds)
        .unwrap()
        .into_iter()
        .map(|r| r.product)
        .collect();
    assert_eq!(ends, ranked);
}

#[test]
fn ranking_of_end_products() {
    let ds = binzhou();
    let ranked = rank_end_products(&ds).unwrap();
    let order: Vec<&str> = ranked.iter().map(|r| r.product.as_str()).collect();
    assert_eq!(
        order,
        vec![
            "casings",
            "furniture",
            "battery-tray",
            "formwork",
            "die-casting",
            "wheels",
            "auto-sheet",
            "foil-battery",
            "building-profile",
            "foil-packaging",
            "pv-frame",
            "heat-sink",
            "lv-cable",
            "can-stock",
            "industrial-profile",
            "overhead-conductor"
        ]
    );
    let furniture = &ranked[1];
    assert_eq!(furniture.added_value_per_t, 80_000.0);
    assert_eq!(furniture.added_value_per_t_low, 72_770.0);
    assert_eq!(furniture.added_value_per_t_high, 87_940.0);
    assert_eq!(furniture.name.zh, "全铝家具");
    for pair in ranked.windows(2) {
        assert!(pair[0].added_value_per_t >= pair[1].added_value_per_t);
    }
}

#[test]
fn too_many_paths_is_an_error_not_a_hang() {
    // 14 diamonds in a row: 2^14 = 16,384 paths from n0 to n14.
    let mut v = minimal();
    let mut products = vec![];
    let mut steps = vec![];
    let step = |from: &str, to: &str| {
        json!({ "from": from, "to": to, "added_value": { "low": 1, "base": 1, "high": 1 },
                "yield": 1.0, "source": source() })
    };
    let product = |id: &str, default_path: Option<Vec<String>>| {
        let mut p =
            json!({ "id": id, "name": { "en": id, "zh": id }, "kind": "other", "local": true });
        if let Some(path) = default_path {
            p["default_path"] = json!(path);
        }
        p
    };
    products.push(product("n0", None));
    let mut spine = vec!["n0".to_string()];
    for i in 0..14 {
        let (x, y, next) = (format!("x{i}"), format!("y{i}"), format!("n{}", i + 1));
        products.push(product(&x, None));
        products.push(product(&y, None));
        let mut default = spine.clone();
        default.push(x.clone());
        default.push(next.clone());
        products.push(product(&next, Some(default.clone())));
        steps.push(step(&format!("n{i}"), &x));
        steps.push(step(&format!("n{i}"), &y));
        steps.push(step(&x, &next));
        steps.push(step(&y, &next));
        spine = default;
    }
    v["start"] = json!("n0");
    v["products"] = json!(products);
    v["steps"] = json!(steps);
    let ds = load(&v).unwrap();
    assert_eq!(
        all_paths(&ds, "n0").unwrap_err(),
        ModelError::TooManyPaths { limit: 10_000 }
    );
    assert_eq!(
        evaluate_default_path(&ds, "n14").unwrap().added_value_per_t,
        28.0
    );
}

/// The metal balance of one ton of end product along a default path, scrap remelted:
/// (yield, melt loss of that step's scrap) per step.
#[track_caller]
fn check_balance(product: &str, steps: &[(f64, f64)]) {
    let ds = binzhou();
    let e = evaluate_default_path(&ds, product).unwrap();
    let m: f64 = steps.iter().map(|(y, _)| 1.0 / y).product();
    // G_i = Π_{j ≥ i} 1 / y_j; step i's scrap is G_i − G_{i+1}, losing its own share.
    let mut g_next = 1.0;
    let mut n = 1.0;
    for (y, loss) in steps.iter().rev() {
        let g = g_next / y;
        n += (g - g_next) * loss;
        g_next = g;
    }
    assert!(
        close(e.metal_per_t, m),
        "{product}: M {} against {m}",
        e.metal_per_t
    );
    assert!(
        close(e.balance.circulating_scrap, m - 1.0),
        "{product}: circulating scrap"
    );
    assert!(
        close(e.net_metal_per_t, n),
        "{product}: N {} against {n}",
        e.net_metal_per_t
    );
    assert!(
        close(e.added_value_per_t_metal, e.added_value_per_t / n),
        "{product}: A / N"
    );
    // Metal in = metal out + scrap at every stage; the last stage makes the ton.
    for stage in &e.stages {
        assert!(
            close(
                stage.metal_in_per_t,
                stage.metal_out_per_t + stage.scrap_per_t
            ),
            "{product}"
        );
    }
    assert_eq!(e.stages.last().unwrap().metal_out_per_t, 1.0);
    // The article's basis (a ton of metal processed) and the headline (a ton of product)
    // differ by no more than the melt loss.
    assert!(e.added_value_per_t_metal <= e.added_value_per_t);
    assert!(
        e.added_value_per_t - e.added_value_per_t_metal <= e.added_value_per_t * (n - 1.0) + 1e-9
    );
}

#[test]
fn metal_balance_per_ton_of_product() {
    check_balance("rod", &[(0.98, 0.02)]);
    check_balance("lv-cable", &[(0.98, 0.02), (0.97, 0.02)]);
    check_balance("furniture", &[(0.97, 0.02), (0.80, 0.02), (0.85, 0.02)]);
    // Foil scrap loses 12.5 % when remelted, the sheet's trim the default 2 %.
    check_balance("foil-packaging", &[(0.75, 0.02), (0.90, 0.125)]);
    check_balance("foil-battery", &[(0.75, 0.02), (0.87, 0.125)]);
    check_balance("casings", &[(0.75, 0.02), (0.20, 0.02)]);
    check_balance("pv-frame", &[(0.97, 0.02), (0.82, 0.02)]);
}

/// Per-step melt loss on the foil path, by hand: G_2 = 1/0.9, G_1 = G_2/0.75; the sheet's
/// scrap G_1 − G_2 = 0.370 370 loses 2 %, the foil's G_2 − 1 = 0.111 111 loses 12.5 %:
/// N = 1 + 0.007 407 + 0.013 889 = 1.021 296.
#[test]
fn per_step_melt_loss_on_the_foil_path_by_hand() {
    let e = evaluate_default_path(&binzhou(), "foil-packaging").unwrap();
    assert!(
        (e.net_metal_per_t - 1.021_296_296).abs() < 1e-9,
        "{}",
        e.net_metal_per_t
    );
    assert!((e.balance.melt_loss - 0.021_296_296).abs() < 1e-9);
    // With one loss for every scrap (the dataset's 2 %) it would be 1.009 630.
    assert!((1.0 + (e.metal_per_t - 1.0) * 0.02 - 1.009_629_630).abs() < 1e-9);
}

/// Whether `product` is marked as the article's in the comparison.
#[track_caller]
fn check_mark(ds: &Dataset, product: &str, marked: bool) {
    let all = rank_products(ds).unwrap();
    let r = all.iter().find(|r| r.product == product).unwrap();
    assert_eq!(r.from_article, marked, "{product}");
}

#[test]
fn the_article_mark_follows_the_declared_total() {
    let ds = binzhou();
    let edited = |from: &str, to: &str, base: f64| {
        ds.with_edit(&Edit::StepAddedValue {
            from: from.into(),
            to: to.into(),
            base,
        })
        .unwrap()
    };
    // Declared totals, matched: furniture is marked though its last step is derived.
    check_mark(&ds, "furniture", true);
    check_mark(&ds, "rod", true);
    check_mark(&ds, "profile", false);
    // An edited figure anywhere on the path is no longer the article's.
    check_mark(
        &edited("profile", "furniture", 70_000.0),
        "furniture",
        false,
    );
    check_mark(&edited("billet", "profile", 2_000.0), "furniture", false);
    check_mark(&edited("primary", "rod", 600.0), "lv-cable", false);
    // Moving work between the path's steps keeps the total, and the mark.
    let moved = edited("billet", "profile", 3_700.0)
        .with_edit(&Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 76_000.0,
        })
        .unwrap();
    check_mark(&moved, "furniture", true);
    // Without a declared total, an article-badged last step marks the product.
    let mut v = minimal();
    v["steps"][1]["source"]["badge"] = json!("article");
    check_mark(&load(&v).unwrap(), "c", true);
    check_mark(&load(&v).unwrap(), "b", false);
    // A declared total that the path does not reach marks nothing.
    v["products"][2]["article_total"] = json!(1_000_000);
    check_mark(&load(&v).unwrap(), "c", false);
}

/// The article's three figures, per ton of product: exact, not approximately.
#[track_caller]
fn check_article(product: &str, added_value: f64) {
    let e = evaluate_default_path(&binzhou(), product).unwrap();
    assert_eq!(e.added_value_per_t, added_value, "{product}");
}

#[test]
fn the_articles_three_figures_are_exact() {
    check_article("rod", 500.0);
    check_article("lv-cable", 5_000.0);
    check_article("furniture", 80_000.0);
}
