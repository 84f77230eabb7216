//! Native benchmark of the model on the default dataset. Run: `cargo bench -p value-chain-model --bench model`.
//! Prints the median and the minimum of repeated runs; std::time is fine here (native only).

use std::hint::black_box;
use std::time::{Duration, Instant};
use value_chain_model::{
    evaluate_default_path, evaluate_scenario, monte_carlo_path, monte_carlo_scenario,
    rank_end_products, Dataset, Metric, PathMetric, Scenario,
};

fn measure<T>(name: &str, runs: usize, inner: usize, mut f: impl FnMut() -> T) {
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        for _ in 0..inner {
            black_box(f());
        }
        times.push(start.elapsed() / inner as u32);
    }
    times.sort();
    let median = times[times.len() / 2];
    let min = times[0];
    println!(
        "{name:<48} median {:>10}   min {:>10}   ({runs} runs)",
        show(median),
        show(min)
    );
}

fn show(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us >= 1000.0 {
        format!("{:.3} ms", us / 1000.0)
    } else {
        format!("{us:.2} µs")
    }
}

fn main() {
    // BENCH_DATASET=<file> measures another dataset (for example the schema-1 default of an
    // earlier version, migrated on load), so timings compare like with like.
    let file = std::env::var("BENCH_DATASET").ok();
    let text = file
        .as_ref()
        .map(|f| std::fs::read_to_string(f).expect("BENCH_DATASET is readable"));
    let load = || match &text {
        Some(text) => Dataset::from_json(text),
        None => Dataset::binzhou(),
    };
    let ds = load().expect("the dataset is valid");
    let path: Vec<String> = ["primary", "billet", "profile", "furniture"]
        .map(String::from)
        .to_vec();
    let mut plan = Scenario::for_region(&ds);
    for (id, share) in [
        ("rod", 0.2),
        ("lv-cable", 0.1),
        ("profile", 0.1),
        ("furniture", 0.05),
        ("foil-battery", 0.05),
        ("auto-sheet", 0.05),
        ("casings", 0.01),
    ] {
        plan.shares.insert(id.to_string(), share);
    }

    println!(
        "value-chain model benchmark ({}: {} products, {} steps)",
        file.as_deref().unwrap_or("default dataset"),
        ds.products().len(),
        ds.steps().len()
    );
    measure("load + validate default dataset", 51, 20, load);
    measure("path evaluation (primary → furniture)", 51, 1000, || {
        evaluate_default_path(&ds, "furniture")
    });
    measure("rank end products (low/base/high each)", 51, 200, || {
        rank_end_products(&ds)
    });
    measure("scenario evaluation (7 products)", 51, 1000, || {
        evaluate_scenario(&ds, &plan)
    });
    measure("Monte Carlo, 10,000 samples, furniture path", 31, 1, || {
        monte_carlo_path(&ds, &path, PathMetric::AddedValue, 10_000, 42)
    });
    measure(
        "Monte Carlo, 10,000 samples, scenario output",
        31,
        1,
        || monte_carlo_scenario(&ds, &plan, Metric::OutputValue, 10_000, 42),
    );
    measure(
        "Monte Carlo, 10,000 samples, scenario value added",
        31,
        1,
        || monte_carlo_scenario(&ds, &plan, Metric::ValueAdded, 10_000, 42),
    );
}
