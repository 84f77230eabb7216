//! Schema 1 → 2. Schema 1 had no melt loss, no scrap price and a fixed reference product
//! ("rod"); a schema-1 file still imports, with those filled in as stated assumptions and
//! a notice that says so (docs/dataset-format.md, "Schema 1 files").

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Melt loss assumed for a schema-1 file: share of remelted process scrap lost as dross.
pub const ASSUMED_MELT_LOSS: [f64; 3] = [0.01, 0.02, 0.05];
/// Scrap price assumed for a schema-1 file, as a share of the metal price (low, base, high
/// of the price each).
pub const ASSUMED_SCRAP_PRICE_SHARE: f64 = 0.8;

/// What an import assumed, to be shown to the person importing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "notice", rename_all = "kebab-case")]
pub enum ImportNotice {
    /// A schema-1 file: melt loss and scrap price were not in it.
    Schema1 {
        melt_loss: f64,
        scrap_price_share: f64,
        /// The product taken as the reference path ("rod"), if the file has it.
        reference_product: Option<String>,
    },
}

/// Brings a parsed schema-1 file to schema 2 in place and says what it assumed. Leaves
/// anything that is not a schema-1 object alone: validation reports it.
pub(crate) fn from_schema_1(file: &mut Value) -> Vec<ImportNotice> {
    let Some(object) = file.as_object_mut() else {
        return Vec::new();
    };
    object.insert("schema".into(), json!(2));
    let price = object.get("metal_price").and_then(Value::as_object);
    let year = price
        .and_then(|p| p.get("source"))
        .and_then(|s| s.get("year"))
        .cloned()
        .unwrap_or(json!(2019));
    let at = |field: &str| price.and_then(|p| p.get(field)).and_then(Value::as_f64).unwrap_or(0.0);
    let share = ASSUMED_SCRAP_PRICE_SHARE;
    let scrap_price = json!({
        "low": at("low") * share, "base": at("base") * share, "high": at("high") * share,
        "source": {
            "citation": format!("Assumed on import of a schema-1 file, which had no scrap price: {} % of the metal price", share * 100.0),
            "year": year, "badge": "estimate" }
    });
    let [low, base, high] = ASSUMED_MELT_LOSS;
    let melt_loss = json!({
        "low": low, "base": base, "high": high,
        "source": {
            "citation": format!("Assumed on import of a schema-1 file, which had no melt loss: {} % of remelted process scrap (range {}-{} %)", base * 100.0, low * 100.0, high * 100.0),
            "year": year, "badge": "estimate" }
    });
    object.entry("scrap_price").or_insert(scrap_price);
    object.entry("melt_loss").or_insert(melt_loss);
    let has_rod = object
        .get("products")
        .and_then(Value::as_array)
        .is_some_and(|list| list.iter().any(|p| p.get("id") == Some(&json!("rod"))));
    let reference_product = has_rod.then(|| "rod".to_string());
    if let Some(id) = &reference_product {
        object.entry("reference_product").or_insert(json!(id));
    }
    vec![ImportNotice::Schema1 {
        melt_loss: base,
        scrap_price_share: share,
        reference_product,
    }]
}

