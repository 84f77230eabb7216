//! Any bytes as an imported dataset file: a dataset or a list of errors, never a panic;
//! a dataset that loads writes JSON that loads again to the same dataset.
#![no_main]
use libfuzzer_sys::fuzz_target;
use value_chain::model::Dataset;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Dataset::from_json(&text) {
        Ok(ds) => {
            let json = ds.to_json().expect("a valid dataset serialises");
            let again = Dataset::from_json(&json).expect("a dataset's own JSON loads again");
            assert!(again == ds, "the JSON round trip changed the dataset");
        }
        Err(errors) => assert!(!errors.0.is_empty(), "an error without a problem listed"),
    }
});
