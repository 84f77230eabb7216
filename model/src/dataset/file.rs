//! The file as written: baseline, presets, and the whole file before validation.

use super::{MetalPrice, Name, ProcessingLevel, Product, Region, Source, SourcedRange, Step, Vat};
use crate::metric::Metric;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the region's metal goes today: a sourced split, so that no baseline is silent.
/// Without one, the baseline is "all sold as ingot", labelled as hypothetical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    #[serde(default)]
    pub shares: BTreeMap<String, f64>,
    pub source: Source,
}

/// A plan from a named source (a park's or a province's), as a scenario to start from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub name: Name,
    /// Q of the plan, tonnes a year.
    pub tonnage: f64,
    /// Shares of Q by end product; where the source gives only totals, the mix is
    /// illustrative and the citation says so.
    pub shares: BTreeMap<String, f64>,
    /// The plan's own targets, on the basis it states them.
    #[serde(default)]
    pub targets: Vec<PresetTarget>,
    /// Years from the baseline to the plan.
    #[serde(default = "default_preset_years")]
    pub years: u32,
    pub source: Source,
}

fn default_preset_years() -> u32 {
    5
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresetTarget {
    pub metric: Metric,
    pub value: f64,
    /// Where the target is stated; none: the preset's own source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// What the source says of the target's basis.
    #[serde(default, skip_serializing_if = "TargetBasis::is_silent")]
    pub basis: TargetBasis,
}

/// What a target's source says of its basis: VAT included or not, and the price year;
/// None where it says nothing (then every reading is admissible).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetBasis {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_included: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_year: Option<i32>,
}

impl TargetBasis {
    pub fn is_silent(&self) -> bool {
        self.vat_included.is_none() && self.price_year.is_none()
    }
}

/// The file as written, before validation. Build one freely, then `Dataset::try_from` it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    pub schema: u32,
    pub name: Name,
    /// The metal the chain processes, as the interface names it (`铝` / `aluminium`);
    /// none, the interface says `金属` / `metal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metal: Option<Name>,
    pub currency: String,
    /// The product whose tonnage a region states; default paths begin here.
    pub start: String,
    pub metal_price: MetalPrice,
    /// ℓ: share of remelted process scrap lost as dross.
    pub melt_loss: SourcedRange,
    /// What scrap sold out of the region fetches, per ton.
    pub scrap_price: SourcedRange,
    /// The VAT of the price year: the statistical basis divides money by 1 + rate.
    pub vat: Vat,
    /// v: the share of a step's added value that is value added (增加值), by the
    /// processing level of the step's product; a step may give its own.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub value_added_shares: BTreeMap<ProcessingLevel, SourcedRange>,
    pub region: Region,
    /// The product the "multiplier against the reference path" refers to (rod in the
    /// default dataset); none, no such multiplier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_product: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presets: Vec<Preset>,
    pub products: Vec<Product>,
    pub steps: Vec<Step>,
}

/// The file as written: schema 1 lacks the melt loss, the scrap price and the reference
/// product, which `migrate` fills in. Read straight from the text: going through
/// `serde_json::Value` would compile every parser of the format a second time into the
/// wasm.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FileAsWritten {
    pub(crate) schema: u32,
    pub(crate) name: Name,
    #[serde(default)]
    pub(crate) metal: Option<Name>,
    pub(crate) currency: String,
    pub(crate) start: String,
    pub(crate) metal_price: MetalPrice,
    #[serde(default)]
    pub(crate) melt_loss: Option<SourcedRange>,
    #[serde(default)]
    pub(crate) scrap_price: Option<SourcedRange>,
    #[serde(default)]
    pub(crate) vat: Option<Vat>,
    #[serde(default)]
    pub(crate) value_added_shares: BTreeMap<ProcessingLevel, SourcedRange>,
    pub(crate) region: Region,
    #[serde(default)]
    pub(crate) reference_product: Option<String>,
    #[serde(default)]
    pub(crate) baseline: Option<Baseline>,
    #[serde(default)]
    pub(crate) presets: Vec<Preset>,
    pub(crate) products: Vec<Product>,
    pub(crate) steps: Vec<Step>,
}
