//! The e2e import fixtures say what the import spec expects of them: the custom chain loads
//! with its added value per ton, the bad files fail with the errors the spec lists.
use value_chain::model::{evaluate_default_path, Dataset, DatasetError};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/e2e/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn copper_chain_loads_with_its_sum() {
    let ds = Dataset::from_json(&fixture("copper-chain.json")).unwrap();
    assert_eq!(ds.end_product_ids(), ["motor-coil"]);
    let eval = evaluate_default_path(&ds, "motor-coil").unwrap();
    assert_eq!(eval.added_value_per_t, 20000.0);
}

#[test]
fn bad_file_lists_each_problem() {
    let errors = Dataset::from_json(&fixture("bad-duplicates.json"))
        .unwrap_err()
        .0;
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, DatasetError::DuplicateProduct { id } if id == "copper-rod")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, DatasetError::YieldOutOfRange { value, .. } if *value == 1.5)),
        "{errors:?}"
    );
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn malformed_file_is_a_syntax_error() {
    let errors = Dataset::from_json(&fixture("malformed.json"))
        .unwrap_err()
        .0;
    assert!(
        matches!(errors.as_slice(), [DatasetError::Syntax { .. }]),
        "{errors:?}"
    );
    assert!(
        errors[0]
            .to_string()
            .starts_with("line 5, column 0: not valid JSON"),
        "{}",
        errors[0]
    );
}
