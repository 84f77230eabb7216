//! Typed errors. Each message names the item at fault so a person can fix it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The part of a dataset an error is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "item", rename_all = "kebab-case")]
pub enum Item {
    Dataset,
    /// The dataset's name for its metal.
    Metal,
    MetalPrice,
    MeltLoss,
    ScrapPrice,
    Region,
    Baseline,
    Preset {
        id: String,
    },
    Product {
        id: String,
    },
    Step {
        from: String,
        to: String,
    },
    /// The dataset's VAT statement (`vat`).
    Vat,
    /// The value-added share of a processing level (`value_added_shares`), by its code.
    ValueAddedShare {
        level: String,
    },
    StepMeltLoss {
        from: String,
        to: String,
    },
    StepValueAddedShare {
        from: String,
        to: String,
    },
    MetalContent {
        id: String,
    },
    ChinaOutput {
        id: String,
    },
    /// A region's power source (`region.profile.power`).
    Power,
    /// A region's electricity price (`electricity_price`), per kWh.
    ElectricityPrice,
    /// A region's CO₂ per ton of primary metal (`co2_primary`).
    Co2Primary,
    /// A figure the region's source reports (`reported`), by its metric and year.
    Reported {
        metric: String,
        year: i32,
    },
    /// A region's statement that the national figure applies (`national`).
    National {
        figure: String,
    },
}

/// The item in words, as the subject of a sentence (the page's English: `the metal price`).
impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Dataset => write!(f, "the dataset"),
            Item::Metal => write!(f, "the dataset's metal"),
            Item::MetalPrice => write!(f, "the metal price"),
            Item::MeltLoss => write!(f, "the melt loss"),
            Item::ScrapPrice => write!(f, "the scrap price"),
            Item::Region => write!(f, "the region"),
            Item::Baseline => write!(f, "the baseline"),
            Item::Preset { id } => write!(f, "preset '{id}'"),
            Item::Product { id } => write!(f, "product '{id}'"),
            Item::Step { from, to } => write!(f, "step '{from}' → '{to}'"),
            Item::Vat => write!(f, "the VAT (`vat`)"),
            Item::ValueAddedShare { level } => write!(
                f,
                "the value-added share of level '{level}' (`value_added_shares`)"
            ),
            Item::StepMeltLoss { from, to } => {
                write!(f, "the melt loss of step '{from}' → '{to}' (`melt_loss`)")
            }
            Item::StepValueAddedShare { from, to } => write!(
                f,
                "the value-added share of step '{from}' → '{to}' (`value_added_share`)"
            ),
            Item::MetalContent { id } => {
                write!(f, "the metal content of product '{id}' (`metal_content`)")
            }
            Item::ChinaOutput { id } => {
                write!(f, "China's output of product '{id}' (`china_output`)")
            }
            Item::Power => write!(f, "the region's power source (`power`)"),
            Item::ElectricityPrice => {
                write!(f, "the region's electricity price (`electricity_price`)")
            }
            Item::Co2Primary => write!(
                f,
                "the region's CO2 per ton of primary metal (`co2_primary`)"
            ),
            Item::Reported { metric, year } => {
                write!(f, "the reported figure '{metric}' of {year} (`reported`)")
            }
            Item::National { figure } => {
                write!(f, "the national-figure note on '{figure}' (`national`)")
            }
        }
    }
}

/// A numeric field of the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Low,
    Base,
    High,
    Yield,
    KwhPerT,
    JobsPer10kt,
    Co2PerT,
    PrimaryTonnesPerYear,
    Tonnage,
    Share,
    Target,
    /// The VAT rate.
    Rate,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            Field::Low => "low",
            Field::Base => "base",
            Field::High => "high",
            Field::Yield => "yield",
            Field::KwhPerT => "kwh_per_t",
            Field::JobsPer10kt => "jobs_per_10kt",
            Field::Co2PerT => "co2_t_per_t",
            Field::PrimaryTonnesPerYear => "primary_tonnes_per_year",
            Field::Tonnage => "tonnage",
            Field::Share => "shares",
            Field::Target => "targets",
            Field::Rate => "rate",
        };
        f.write_str(name)
    }
}

/// Which `source` object of an item (steps may cite their yield, kWh and jobs separately).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceField {
    Source,
    YieldSource,
    KwhSource,
    JobsSource,
    Co2Source,
}

impl fmt::Display for SourceField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            SourceField::Source => "source",
            SourceField::YieldSource => "yield_source",
            SourceField::KwhSource => "kwh_source",
            SourceField::JobsSource => "jobs_source",
            SourceField::Co2Source => "co2_source",
        };
        f.write_str(name)
    }
}

pub use crate::lang::Language;

/// Where a product id was referenced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "in", rename_all = "kebab-case")]
pub enum Reference {
    Start,
    StepFrom {
        from: String,
        to: String,
    },
    StepTo {
        from: String,
        to: String,
    },
    DefaultPath {
        product: String,
    },
    /// An edit named a product that is not in the dataset.
    Edit,
    ReferenceProduct,
    Baseline,
    Preset {
        id: String,
    },
    /// A region's change of a product (`products`).
    Region,
}

/// Where, in words, as the subject of a sentence (the page's English).
impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reference::Start => write!(f, "the dataset's start product (`start`)"),
            Reference::StepFrom { from, to } => {
                write!(f, "the input product (`from`) of step '{from}' → '{to}'")
            }
            Reference::StepTo { from, to } => {
                write!(f, "the output product (`to`) of step '{from}' → '{to}'")
            }
            Reference::DefaultPath { product } => {
                write!(
                    f,
                    "the default path (`default_path`) of product '{product}'"
                )
            }
            Reference::Edit => write!(f, "an edit"),
            Reference::ReferenceProduct => {
                write!(f, "the dataset's reference product (`reference_product`)")
            }
            Reference::Baseline => write!(f, "the baseline's shares (`baseline.shares`)"),
            Reference::Preset { id } => write!(f, "the shares (`shares`) of preset '{id}'"),
            Reference::Region => write!(f, "the region's product changes (`products`)"),
        }
    }
}

mod dataset;
mod model;
pub use dataset::{DatasetError, DatasetErrors};
pub use model::ModelError;
