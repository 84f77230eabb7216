#![cfg(not(target_arch = "wasm32"))]
//! Shared helpers for the app's native integration tests (`tests/*.rs` other than
//! `web_*`). Copied from the model's own test helpers (`model/tests/common/mod.rs`), only
//! what these tests use: the app's tests do not reach into another crate's test files.
#![allow(dead_code)]

use serde_json::{json, Value};

/// The `source` block every figure of a test dataset carries.
pub fn source() -> Value {
    json!({ "citation": "test", "year": 2019, "badge": "estimate" })
}

/// A minimal valid dataset: a → b → c, start a.
pub fn minimal() -> Value {
    json!({
        "schema": 2,
        "name": { "en": "Test", "zh": "测试" },
        "currency": "CNY",
        "start": "a",
        "metal_price": { "low": 90, "base": 100, "high": 120, "source": source() },
        "melt_loss": { "low": 0, "base": 0, "high": 0, "source": source() },
        "scrap_price": { "low": 80, "base": 80, "high": 80, "source": source() },
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
