//! Figures with their ranges and sources, and the badges of evidence.

use super::Prose;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Badge {
    Article,
    /// Taken as it stands from a named public source.
    Published,
    /// Computed from published figures; the citation gives the computation.
    Derived,
    Estimate,
}

impl Badge {
    /// How strong the evidence is: an estimate is the weakest; a figure quoted by a news
    /// article comes next, then one computed from published figures; a published
    /// statistic or report as it stands is the strongest.
    pub fn strength(self) -> u8 {
        match self {
            Badge::Estimate => 0,
            Badge::Article => 1,
            Badge::Derived => 2,
            Badge::Published => 3,
        }
    }

    /// The badge's code, for classes, `data-badge` and files.
    pub fn code(self) -> &'static str {
        match self {
            Badge::Article => "article",
            Badge::Published => "published",
            Badge::Derived => "derived",
            Badge::Estimate => "estimate",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Where the figure comes from (and how it was computed), in both languages.
    pub citation: Prose,
    pub year: i32,
    pub badge: Badge,
}

/// A figure with its uncertainty; low = base = high means certain.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueRange {
    pub low: f64,
    pub base: f64,
    pub high: f64,
}

/// Which end of every range to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Low,
    Base,
    High,
}

impl ValueRange {
    pub fn at(&self, level: Level) -> f64 {
        match level {
            Level::Low => self.low,
            Level::Base => self.base,
            Level::High => self.high,
        }
    }

    pub fn has_spread(&self) -> bool {
        self.low < self.high
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetalPrice {
    pub low: f64,
    pub base: f64,
    pub high: f64,
    pub source: Source,
    /// The price basis every money figure is stated on: VAT included or not (None: the
    /// source does not say). Its year is the source's year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_included: Option<bool>,
}

/// A dataset-wide figure with its range and source (melt loss, scrap price).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedRange {
    pub low: f64,
    pub base: f64,
    pub high: f64,
    pub source: Source,
}

impl SourcedRange {
    pub fn range(&self) -> ValueRange {
        ValueRange {
            low: self.low,
            base: self.base,
            high: self.high,
        }
    }
}

impl MetalPrice {
    pub fn range(&self) -> ValueRange {
        ValueRange {
            low: self.low,
            base: self.base,
            high: self.high,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub primary_tonnes_per_year: f64,
    pub source: Source,
}

/// The VAT of the dataset's price year and whether its prices include it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vat {
    /// 0.13 for 13 %.
    pub rate: f64,
    pub prices_include_vat: bool,
    pub source: Source,
}

impl Vat {
    /// What a market-basis figure is divided by to put it on the statistical basis.
    pub fn divisor(&self) -> f64 {
        if self.prices_include_vat {
            1.0 + self.rate
        } else {
            1.0
        }
    }
}

/// China's annual output of a product, tons of aluminium contained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChinaOutput {
    pub tonnes: f64,
    pub year: i32,
    pub source: Source,
}
