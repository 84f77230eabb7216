#![cfg(not(target_arch = "wasm32"))]
//! An exported dataset imports as the same dataset, to the last bit of every number
//! (the fuzzer found one that did not: `1e-305` read as `1.0000000000000001e-305`).

mod common;
use common::*;
use proptest::prelude::*;
use serde_json::Value;
use value_chain_model::dataset::MAX_MONEY_PER_T;
use value_chain_model::Dataset;

/// Writes `ds` and reads it back; the second writing must be the same text (so the same
/// bits: the shortest form of an f64 is unique) and the datasets equal.
#[track_caller]
fn assert_round_trip(ds: &Dataset) {
    let first = ds.to_json().expect("a valid dataset serialises");
    let again = Dataset::from_json(&first).expect("a dataset's own JSON loads again");
    let second = again.to_json().expect("serialises again");
    assert_eq!(first, second, "the JSON round trip changed the dataset");
    assert!(again == *ds, "the datasets differ after a round trip");
}

/// The first step's added value as written in the file, read as the dataset's figures.
#[track_caller]
fn check_literal(low: &str, base: &str, high: &str) {
    let text = minimal().to_string();
    let from = r#""added_value":{"base":20,"high":30,"low":10}"#;
    assert!(text.contains(from), "the fixture's layout changed: {text}");
    let to = format!(r#""added_value":{{"low":{low},"base":{base},"high":{high}}}"#);
    let ds = Dataset::from_json(&text.replacen(from, &to, 1)).expect("loads");
    let range = ds.steps()[0].added_value;
    // Rust's own parser is correctly rounded: the figure must be exactly the literal's.
    for (got, literal) in [(range.low, low), (range.base, base), (range.high, high)] {
        let want: f64 = literal.parse().expect("a test literal parses");
        assert_eq!(
            got.to_bits(),
            want.to_bits(),
            "{literal} was read as {got:e}"
        );
    }
    assert_round_trip(&ds);
}

#[test]
fn extreme_literals_read_exactly_and_round_trip() {
    // The fuzzer's input (fuzz/corpus/dataset_loader/regression-1e-305.json), then others
    // near the edges of f64's decimal forms.
    check_literal("0e+308", "-0.0", "1e-305");
    check_literal(
        "4.9e-324",
        "2.2250738585072009e-308",
        "2.2250738585072014e-308",
    );
    check_literal("0.1", "0.30000000000000004", "123456.78901234567");
    check_literal("1e-300", "9.999999999999999e-1", "999999999.9999999");
    check_literal("0", "1", &format!("{MAX_MONEY_PER_T:e}"));
}

#[test]
fn the_fuzzers_input_is_in_the_corpus() {
    let text = include_str!("../../fuzz/corpus/dataset_loader/regression-1e-305.json");
    let ds = Dataset::from_json(text).expect("the regression input is a valid dataset");
    assert_eq!(
        ds.steps()[0].added_value.high.to_bits(),
        1e-305f64.to_bits()
    );
    assert_round_trip(&ds);
}

#[test]
fn the_default_dataset_round_trips() {
    assert_round_trip(&binzhou());
}

/// Figures a dataset may hold: any bit pattern in [0, max], with the awkward ones often.
fn figure(max: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        // Subnormals.
        (1u64..(1u64 << 52)).prop_map(f64::from_bits),
        // Any finite non-negative double up to `max` (17 significant digits, mostly).
        (0u64..=max.to_bits()).prop_map(f64::from_bits),
        // Integers and cents, as people type them.
        (0u64..=(max as u64)).prop_map(|v| v as f64 / 100.0),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_datasets_round_trip(
        mut v in proptest::collection::vec(figure(MAX_MONEY_PER_T), 6),
        price in (1u64..=MAX_MONEY_PER_T.to_bits()).prop_map(f64::from_bits),
        yields in proptest::collection::vec((1u64..=1f64.to_bits()).prop_map(f64::from_bits), 2),
    ) {
        let mut file: Value = minimal();
        let (first, second) = v.split_at_mut(3);
        for (step, values) in [first, second].into_iter().enumerate() {
            values.sort_by(f64::total_cmp);
            file["steps"][step]["added_value"] =
                serde_json::json!({ "low": values[0], "base": values[1], "high": values[2] });
            file["steps"][step]["yield"] = serde_json::json!(yields[step]);
        }
        file["metal_price"] = serde_json::json!({ "low": price, "base": price, "high": price, "source": source() });
        let ds = load(&file).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        for (step, values) in ds.steps().iter().zip([&v[..3], &v[3..]]) {
            let r = step.added_value;
            prop_assert_eq!([r.low.to_bits(), r.base.to_bits(), r.high.to_bits()],
                [values[0].to_bits(), values[1].to_bits(), values[2].to_bits()]);
        }
        assert_round_trip(&ds);
    }
}
