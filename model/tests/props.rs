#![cfg(not(target_arch = "wasm32"))]
//! Property tests on generated chains.

mod common;
use common::close;
use proptest::prelude::*;
use std::collections::BTreeMap;
use value_chain_model::*;

fn source() -> Source {
    Source {
        citation: "generated".into(),
        year: 2020,
        badge: Badge::Estimate,
        url: None,
    }
}

/// Values with two decimals: JSON round trips them exactly (see docs/dataset-format.md).
fn range() -> impl Strategy<Value = ValueRange> {
    (0u32..1_000_000, 0u32..1_000_000, 0u32..1_000_000).prop_map(|(a, b, c)| {
        let mut v = [a, b, c];
        v.sort_unstable();
        ValueRange {
            low: f64::from(v[0]) / 100.0,
            base: f64::from(v[1]) / 100.0,
            high: f64::from(v[2]) / 100.0,
        }
    })
}

prop_compose! {
    /// A random tree rooted at p0 (so every product has one path), with a recycling step
    /// from a scrap product back into it.
    fn chain()(n in 2usize..12)(
        parents in proptest::collection::vec(any::<prop::sample::Index>(), n - 1),
        ranges in proptest::collection::vec(range(), n),
        yields in proptest::collection::vec(proptest::array::uniform3(1u32..=1000), n),
        melt_loss in 0u32..=50,
        step_loss in proptest::collection::vec(proptest::option::of(0u32..=500), n),
        kwh in proptest::collection::vec(proptest::option::of(0u32..20_000), n),
        local in proptest::collection::vec(any::<bool>(), n),
        price in range().prop_filter("positive price", |r| r.low > 0.0),
        tonnes in 0u32..10_000_000,
    ) -> Dataset {
        let n = ranges.len();
        let mut products: Vec<Product> = (0..n)
            .map(|i| Product {
                id: format!("p{i}"),
                name: Name { en: format!("P{i}"), zh: format!("产品{i}") },
                kind: if i == 0 { ProductKind::Smelting } else { ProductKind::Other },
                local: local[i],
                default_path: None,
                level: None,
                metal_content: None,
                china_output: None,
                article_total: None,
            })
            .collect();
        products.push(Product {
            id: "scrap".into(),
            name: Name { en: "Scrap".into(), zh: "废料".into() },
            kind: ProductKind::Scrap,
            local: true,
            default_path: None,
            level: None,
            metal_content: None,
            china_output: None,
            article_total: None,
        });
        let mut steps: Vec<Step> = (1..n)
            .map(|i| Step {
                from: format!("p{}", parents[i - 1].index(i)),
                to: format!("p{i}"),
                added_value: ranges[i],
                yield_: yield_range(yields[i]),
                co2_t_per_t: None,
                co2_source: None,
                kwh_per_t: kwh[i].map(f64::from),
                jobs_per_10kt: None,
                recycling: false,
                source: source(),
                yield_source: None,
                kwh_source: None,
                jobs_source: None,
                // Some steps carry their own melt loss (foil and chips lose more).
                melt_loss: step_loss[i].map(|l| SourcedRange {
                    low: 0.0, base: f64::from(l) / 1000.0, high: 0.5, source: source(),
                }),
                value_added_share: None,
            })
            .collect();
        steps.push(Step {
            from: "scrap".into(),
            to: "p0".into(),
            added_value: ranges[0],
            yield_: yield_range(yields[0]),
            co2_t_per_t: None,
            co2_source: None,
            kwh_per_t: None,
            jobs_per_10kt: None,
            recycling: true,
            source: source(),
            yield_source: Some(source()),
            kwh_source: None,
            jobs_source: None,
            melt_loss: None,
            value_added_share: None,
        });
        let file = DatasetFile {
            schema: 3,
            name: Name { en: "Generated".into(), zh: "生成".into() },
            // Half the generated chains name their metal (the field is optional).
            metal: (tonnes % 2 == 0).then(|| Name { en: "metal x".into(), zh: "某金属".into() }),
            currency: "CNY".into(),
            start: "p0".into(),
            metal_price: MetalPrice { low: price.low, base: price.base, high: price.high, source: source(), vat_included: None },
            melt_loss: SourcedRange {
                low: 0.0, base: f64::from(melt_loss) / 1000.0, high: 0.05, source: source(),
            },
            scrap_price: SourcedRange {
                low: price.low * 0.7, base: price.base * 0.8, high: price.high * 0.9, source: source(),
            },
            vat: Vat { rate: 0.13, prices_include_vat: true, source: source() },
            value_added_shares: BTreeMap::from([(
                ProcessingLevel::DeepProcessing,
                SourcedRange { low: 0.2, base: 0.4, high: 0.6, source: source() },
            )]),
            reference_product: None,
            baseline: None,
            presets: Vec::new(),
            region: Region { primary_tonnes_per_year: f64::from(tonnes), source: source(), profile: None },
            products,
            steps,
        };
        Dataset::try_from(file).unwrap()
    }
}

/// Three permille values as a yield range (low ≤ base ≤ high).
fn yield_range(mut v: [u32; 3]) -> ValueRange {
    v.sort_unstable();
    ValueRange {
        low: f64::from(v[0]) / 1000.0,
        base: f64::from(v[1]) / 1000.0,
        high: f64::from(v[2]) / 1000.0,
    }
}

fn end_paths(ds: &Dataset) -> Vec<Vec<String>> {
    all_paths(ds, "p0").unwrap()
}

/// Shares for every end product, scaled to sum to `total`.
fn shares_for(ds: &Dataset, weights: &[u32], total: f64) -> BTreeMap<String, f64> {
    let ends: Vec<String> = end_paths(ds)
        .into_iter()
        .filter_map(|p| p.last().cloned())
        .collect();
    let w: Vec<f64> = ends
        .iter()
        .enumerate()
        .map(|(i, _)| f64::from(1 + weights[i % weights.len()]))
        .collect();
    let sum: f64 = w.iter().sum();
    ends.into_iter()
        .zip(w)
        .map(|(id, w)| (id, total * w / sum))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn cumulative_is_sum_of_increments(ds in chain()) {
        for path in end_paths(&ds) {
            let e = evaluate_path(&ds, &path).unwrap();
            let mut sum = 0.0;
            for stage in &e.stages {
                sum += stage.increment;
                prop_assert!(close(stage.cumulative, sum));
                prop_assert!(close(stage.output_value_per_t, e.metal_price + stage.cumulative));
            }
            prop_assert!(close(e.added_value_per_t, sum));
            let scrap: f64 = e.stages.iter().map(|s| s.scrap_per_t).sum();
            prop_assert!((scrap - e.scrap_per_t).abs() <= 1e-9 * e.metal_per_t);
            prop_assert!(e.metal_per_t >= 1.0);
            prop_assert!(e.added_value_per_t_metal <= e.added_value_per_t + 1e-9);
        }
    }

    #[test]
    fn scenario_totals_linear_in_tonnage(
        ds in chain(),
        weights in proptest::collection::vec(0u32..100, 1..8),
        total in 0.0f64..=1.0,
        q in 1.0f64..1e7,
        k in 0.0f64..100.0,
    ) {
        let shares = shares_for(&ds, &weights, total);
        let s1 = Scenario { tonnage: q, shares: shares.clone(), local: BTreeMap::new(), uplift: vec![], paths: BTreeMap::new(), scrap: ScrapFate::Remelted };
        let sk = Scenario { tonnage: q * k, ..s1.clone() };
        let r1 = evaluate_scenario(&ds, &s1).unwrap();
        let rk = evaluate_scenario(&ds, &sk).unwrap();
        let tol = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
        prop_assert!(tol(rk.added_value, k * r1.added_value));
        prop_assert!(tol(rk.output_value, k * r1.output_value));
        prop_assert!(tol(rk.retained_value, k * r1.retained_value));
        prop_assert!(r1.retained_value <= r1.added_value * (1.0 + 1e-12));
        prop_assert!((0.0..=1.0 + 1e-9).contains(&r1.deep_processing_rate));
    }

    /// The invariant of the metal balance: with every added value ≥ 0 and scrap remelted,
    /// processing any share of the metal never lowers output value below selling it all
    /// as ingot, except for the melt loss; with no melt loss, never at all.
    #[test]
    fn processing_never_lowers_output_beyond_melt_loss(
        ds in chain(),
        weights in proptest::collection::vec(0u32..100, 1..8),
        total in 0.0f64..=1.0,
        q in 1.0f64..1e7,
    ) {
        let shares = shares_for(&ds, &weights, total);
        let mix = Scenario { tonnage: q, shares, local: BTreeMap::new(), uplift: vec![], paths: BTreeMap::new(), scrap: ScrapFate::Remelted };
        let nothing = Scenario { shares: BTreeMap::new(), ..mix.clone() };
        for melt_loss in [None, Some(0.0)] {
            let ds = match melt_loss {
                Some(l) => {
                    // No loss at all: the default and every step's own melt loss.
                    let mut file = ds.with_edit(&Edit::MeltLoss { base: l }).unwrap().file().clone();
                    for step in &mut file.steps {
                        step.melt_loss = None;
                    }
                    Dataset::try_from(file).unwrap()
                }
                None => ds.clone(),
            };
            let with_mix = evaluate_scenario(&ds, &mix).unwrap();
            let without = evaluate_scenario(&ds, &nothing).unwrap();
            let price = with_mix.metal_price;
            let allowance: f64 = with_mix.products.iter()
                .map(|p| q * p.share * (p.net_metal_per_t - 1.0) * price)
                .sum();
            let eps = 1e-9 * without.output_value.max(1.0);
            prop_assert!(with_mix.output_value >= without.output_value - allowance - eps,
                "{} < {} - {}", with_mix.output_value, without.output_value, allowance);
            if melt_loss == Some(0.0) {
                prop_assert!(allowance == 0.0);
                prop_assert!(with_mix.output_value >= without.output_value - eps);
                prop_assert!(with_mix.gross_output >= with_mix.output_value - eps);
            }
        }
    }

    /// Firm boundaries only take intermediates out of gross output, and the statistical
    /// basis only divides by 1 + VAT: integrated ≤ casthouse-integrated ≤ separate, and
    /// statistical ≤ market for every money figure; value added does not move with either
    /// reading of the firms.
    #[test]
    fn readings_are_ordered(
        ds in chain(),
        weights in proptest::collection::vec(0u32..100, 1..8),
        total in 0.0f64..=1.0,
        sold in any::<bool>(),
    ) {
        let shares = shares_for(&ds, &weights, total);
        let scrap = if sold { ScrapFate::Sold } else { ScrapFate::Remelted };
        let s = Scenario { tonnage: 1e6, shares, local: BTreeMap::new(), uplift: vec![], paths: BTreeMap::new(), scrap };
        let eps = 1e-9;
        let read = |basis, firms| evaluate_scenario_read(&ds, &s, Level::Base, Reading { basis, firms }).unwrap();
        let market = read(MoneyBasis::Market, FirmBoundaries::Separate);
        let g = market.gross_output_range;
        prop_assert!(g.integrated <= g.casthouse_integrated * (1.0 + eps) + eps);
        prop_assert!(g.casthouse_integrated <= g.separate * (1.0 + eps) + eps);
        for firms in FirmBoundaries::ALL {
            let r = read(MoneyBasis::Market, firms);
            prop_assert_eq!(r.gross_output, g.of(firms));
            prop_assert_eq!(r.value_added, market.value_added);
            let st = read(MoneyBasis::Statistical, firms);
            for (m, x) in [
                (r.output_value, st.output_value),
                (r.gross_output, st.gross_output),
                (r.added_value, st.added_value),
                (r.retained_value, st.retained_value),
                (r.metal_price, st.metal_price),
            ] {
                prop_assert!(x <= m);
                prop_assert!(close(x, m / 1.13));
            }
        }
    }

    #[test]
    fn shares_over_one_rejected(
        ds in chain(),
        weights in proptest::collection::vec(0u32..100, 1..8),
        excess in 1e-6f64..5.0,
    ) {
        let shares = shares_for(&ds, &weights, 1.0 + excess);
        // A single end product with share > 1 is an invalid share; several sum over 1.
        let s = Scenario { tonnage: 1000.0, shares, local: BTreeMap::new(), uplift: vec![], paths: BTreeMap::new(), scrap: ScrapFate::Remelted };
        let e = evaluate_scenario(&ds, &s).unwrap_err();
        let ok = matches!(e, ModelError::SharesExceedOne { .. } | ModelError::InvalidShare { .. });
        prop_assert!(ok, "{:?}", e);
    }

    #[test]
    fn monte_carlo_percentiles_ordered_and_bounded(ds in chain(), seed in any::<u32>(), samples in 1u32..3000) {
        for path in end_paths(&ds) {
            let m = monte_carlo_path(&ds, &path, PathMetric::AddedValue, samples, seed).unwrap();
            let low = evaluate_path_at(&ds, &path, Level::Low).unwrap().added_value_per_t;
            let high = evaluate_path_at(&ds, &path, Level::High).unwrap().added_value_per_t;
            let eps = 1e-9 * high.abs().max(1.0);
            prop_assert!(m.p10 <= m.p50 && m.p50 <= m.p90);
            prop_assert!(low - eps <= m.min && m.max <= high + eps, "{} {} {} {}", low, m.min, m.max, high);
            let again = monte_carlo_path(&ds, &path, PathMetric::AddedValue, samples, seed).unwrap();
            prop_assert_eq!(m, again);
        }
    }

    #[test]
    fn json_round_trip(ds in chain()) {
        let json = ds.to_json().unwrap();
        let back = Dataset::from_json(&json).unwrap();
        prop_assert_eq!(back, ds);
    }

    #[test]
    fn goal_seek_hits_any_reachable_target(
        ds in chain(),
        weights in proptest::collection::vec(0u32..100, 1..8),
        fraction in 0.0f64..=1.0,
    ) {
        let shares = shares_for(&ds, &weights, 0.5);
        let plan = Scenario { tonnage: 1e6, shares, local: BTreeMap::new(), uplift: vec![], paths: BTreeMap::new(), scrap: ScrapFate::Remelted };
        let mut full = plan.clone();
        let total: f64 = full.shares.values().sum();
        for s in full.shares.values_mut() { *s /= total; }
        let best = evaluate_scenario(&ds, &full).unwrap().added_value;
        let target = fraction * best;
        let baseline = Scenario { shares: BTreeMap::new(), ..plan.clone() };
        match goal_seek(&ds, &baseline, &plan, Metric::AddedValue, target).unwrap() {
            GoalSeek::Reached { value, .. } => prop_assert!((value - target).abs() <= 1e-6 * best.max(1.0)),
            GoalSeek::Unreachable { best_value, .. } => prop_assert!(false, "unreachable {} {}", target, best_value),
        }
    }
}

proptest! {
    /// The model's small sort orders like the standard library's stable sort, equal keys
    /// in their original order, for any length (empty, one, odd, powers of two and not).
    #[test]
    fn model_sort_is_the_standard_stable_sort(keys in proptest::collection::vec(0u8..8, 0..300)) {
        let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
        let mut ours = items.clone();
        value_chain_model::sort::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std_sorted = items;
        std_sorted.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, std_sorted);
    }
}

#[test]
fn model_sort_handles_floats_with_total_order_and_large_inputs() {
    // 10,007 values (not a power of two) with NaN-free but repeated and negative values.
    let mut v: Vec<f64> = (0..10_007)
        .map(|i| ((i * 7919) % 1000) as f64 - 500.0)
        .collect();
    let mut expected = v.clone();
    expected.sort_by(f64::total_cmp);
    value_chain_model::sort::sort_by(&mut v, f64::total_cmp);
    assert_eq!(v, expected);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The Monte Carlo's lean evaluation and the full result agree: with a single sample
    /// at a figure set with no spread, the draw is the evaluation itself.
    #[test]
    fn monte_carlo_of_a_certain_dataset_is_the_evaluation(
        ds in chain(),
        weights in proptest::collection::vec(0u32..100, 1..8),
        total in 0.0f64..=1.0,
        sold in any::<bool>(),
    ) {
        let mut file = ds.file().clone();
        let pin = |r: ValueRange| ValueRange { low: r.base, base: r.base, high: r.base };
        for step in &mut file.steps {
            step.added_value = pin(step.added_value);
            step.yield_ = pin(step.yield_);
        }
        let b = file.melt_loss.base;
        file.melt_loss = SourcedRange { low: b, base: b, high: b, ..file.melt_loss };
        let ds = Dataset::try_from(file).unwrap();
        let mut s = Scenario::for_region(&ds);
        s.shares = shares_for(&ds, &weights, total);
        s.scrap = if sold { ScrapFate::Sold } else { ScrapFate::Remelted };
        let r = evaluate_scenario(&ds, &s).unwrap();
        for metric in Metric::ALL {
            let m = monte_carlo_scenario(&ds, &s, metric, 1, 1).unwrap();
            let want = metric.of(&r);
            // The metal price keeps its range: compare at its base, where the band's
            // base value is computed.
            prop_assert!((m.base_value - want).abs() <= 1e-9 * want.abs().max(1.0), "{:?}: {} vs {}", metric, m.base_value, want);
        }
    }
}
