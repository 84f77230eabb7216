#![cfg(not(target_arch = "wasm32"))]
//! Shared helpers for the model's native tests.
#![allow(dead_code)]

use serde_json::{json, Value};
use value_chain_model::{Dataset, DatasetError};

pub fn source() -> Value {
    json!({ "citation": "test", "year": 2019, "badge": "estimate" })
}

/// A minimal valid dataset: a → b → c, start a.
pub fn minimal() -> Value {
    json!({
        "schema": 3,
        "name": { "en": "Test", "zh": "测试" },
        "currency": "CNY",
        "start": "a",
        "metal_price": { "low": 90, "base": 100, "high": 120, "source": source() },
        "melt_loss": { "low": 0, "base": 0, "high": 0, "source": source() },
        "scrap_price": { "low": 80, "base": 80, "high": 80, "source": source() },
        "vat": { "rate": 0.13, "prices_include_vat": true, "source": source() },
        "region": { "primary_tonnes_per_year": 1000, "source": source() },
        "products": [
            { "id": "a", "name": { "en": "A", "zh": "甲" }, "kind": "smelting", "local": true },
            { "id": "b", "name": { "en": "B", "zh": "乙" }, "kind": "semi-finished", "local": true },
            { "id": "c", "name": { "en": "C", "zh": "丙" }, "kind": "finished", "local": false }
        ],
        "steps": [
            { "from": "a", "to": "b", "added_value": { "low": 10, "base": 20, "high": 30 },
              "yield": 0.5, "kwh_per_t": 100, "jobs_per_10kt": 2, "source": source() },
            { "from": "b", "to": "c", "added_value": { "low": 1, "base": 2, "high": 3 },
              "yield": 0.8, "kwh_per_t": null, "jobs_per_10kt": null, "source": source() }
        ]
    })
}

pub fn load(value: &Value) -> Result<Dataset, Vec<DatasetError>> {
    Dataset::from_json(&value.to_string()).map_err(|e| e.0)
}

pub fn binzhou() -> Dataset {
    Dataset::binzhou().expect("default dataset must be valid")
}

pub fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}
