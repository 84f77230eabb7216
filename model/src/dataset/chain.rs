//! Products and the steps between them.

use super::{ChinaOutput, Name, Source, SourcedRange, ValueRange};
use serde::{Deserialize, Deserializer, Serialize};

/// A label for the chain map; the model reads `ProcessingLevel`, which defaults from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProductKind {
    Refining,
    Smelting,
    Casting,
    SemiFinished,
    Finished,
    Scrap,
    Recycled,
    Other,
}

/// How far a product is processed. The deep-processing rate counts metal whose end
/// product is at `DeepProcessing` or beyond; rod, billet and foundry ingot are first
/// processing (the casthouse's products), not deep processing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProcessingLevel {
    Smelting,
    PrimaryProcessing,
    DeepProcessing,
    EndProduct,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: String,
    pub name: Name,
    pub kind: ProductKind,
    pub local: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_path: Option<Vec<String>>,
    /// When absent, taken from `kind` (see `processing_level`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<ProcessingLevel>,
    /// Tons of aluminium per ton of product (insulation, steel core, glass make up the
    /// rest); none: 1. Used only to show tons of product and figures per ton of product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metal_content: Option<SourcedRange>,
    /// What the whole country makes of it in a year, so that a plan can be held against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub china_output: Option<ChinaOutput>,
    /// The source article's added value per ton for this product, where the article
    /// states one: a path total can be the article's while no single step is (furniture's
    /// last step is 80,000 minus another source's profile figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_total: Option<f64>,
}

impl ProcessingLevel {
    pub const ALL: [ProcessingLevel; 4] = [
        ProcessingLevel::Smelting,
        ProcessingLevel::PrimaryProcessing,
        ProcessingLevel::DeepProcessing,
        ProcessingLevel::EndProduct,
    ];

    /// The level's code in files (`"deep-processing"`).
    pub fn code(self) -> &'static str {
        match self {
            ProcessingLevel::Smelting => "smelting",
            ProcessingLevel::PrimaryProcessing => "primary-processing",
            ProcessingLevel::DeepProcessing => "deep-processing",
            ProcessingLevel::EndProduct => "end-product",
        }
    }
}

impl Product {
    pub fn processing_level(&self) -> ProcessingLevel {
        self.level.unwrap_or(match self.kind {
            ProductKind::Refining | ProductKind::Smelting => ProcessingLevel::Smelting,
            ProductKind::Casting | ProductKind::Scrap | ProductKind::Recycled => {
                ProcessingLevel::PrimaryProcessing
            }
            ProductKind::SemiFinished | ProductKind::Other => ProcessingLevel::DeepProcessing,
            ProductKind::Finished => ProcessingLevel::EndProduct,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub from: String,
    pub to: String,
    /// Yuan (or `currency`) per ton of the step's product.
    pub added_value: ValueRange,
    /// Share of the metal entering the step that reaches its product: a number (certain)
    /// or a range. The rest is process scrap, remelted (only the melt loss is lost).
    #[serde(rename = "yield", deserialize_with = "yield_range")]
    pub yield_: ValueRange,
    #[serde(default)]
    pub kwh_per_t: Option<f64>,
    /// Tonnes of CO₂ per ton of the step's product, where a source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_t_per_t: Option<f64>,
    #[serde(default)]
    pub jobs_per_10kt: Option<f64>,
    /// Recycling steps are left out of path search and may close cycles.
    #[serde(default, skip_serializing_if = "is_false")]
    pub recycling: bool,
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yield_source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kwh_source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobs_source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_source: Option<Source>,
    /// ℓ of this step's own scrap (chips and foil lose far more than extrusion butts);
    /// none: the dataset's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub melt_loss: Option<SourcedRange>,
    /// v of this step, overriding its processing level's share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_added_share: Option<SourcedRange>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A yield is written as a number (certain) or as a range. A visitor rather than an
/// untagged enum, so that a wrong type is named ("invalid type: string …") with its line.
fn yield_range<'de, D: Deserializer<'de>>(deserializer: D) -> Result<ValueRange, D::Error> {
    struct Written;
    impl<'de> serde::de::Visitor<'de> for Written {
        type Value = ValueRange;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a number or an object { low, base, high }")
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<ValueRange, E> {
            Ok(ValueRange {
                low: v,
                base: v,
                high: v,
            })
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<ValueRange, E> {
            self.visit_f64(v as f64)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<ValueRange, E> {
            self.visit_f64(v as f64)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<ValueRange, A::Error> {
            ValueRange::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }
    deserializer.deserialize_any(Written)
}
