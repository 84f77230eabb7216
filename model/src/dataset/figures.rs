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
    /// The address of the source, where it has one (`http://` or `https://`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
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
    /// Its year is the year of the tonnage (the capacity's year).
    pub source: Source,
    /// What a regional file adds: where the region is, its power and CO₂, what its sources
    /// report and which figures are the national ones. Written by resolving a region onto
    /// its chain; none in a chain of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<RegionProfile>,
}

/// A region of a chain: carried in the dataset it resolves to, so that an exported region
/// is self-contained. No computation reads it except the CO₂ figure, which resolution
/// copies onto the smelting steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionProfile {
    /// The region's id (`baotou`), 1–64 lowercase letters, digits or hyphens.
    pub id: String,
    /// The chain it was resolved onto.
    pub extends: String,
    /// What the region covers (which county, city or prefecture).
    pub covers: super::Name,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power: Option<Power>,
    /// Price of electricity to the smelters, per kWh.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub electricity_price: Option<SourcedRange>,
    /// Tonnes of CO₂ per ton of primary metal, with its range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_primary: Option<SourcedRange>,
    /// What the region's sources report, kept for checking; never sets a figure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reported: Vec<Reported>,
    /// Figures for which the region has no source of its own: the national one applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub national: Vec<NationalNote>,
}

/// Where a region's smelters get their power.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Power {
    pub kind: PowerKind,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PowerKind {
    /// The smelters' own coal-fired plants.
    CaptiveCoal,
    /// A grid mostly fed by coal.
    GridCoal,
    Hydro,
    /// Several of these in shares the source does not give.
    Mixed,
}

/// A figure as a region's source reports it (output value, value added, revenue, tonnes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reported {
    pub metric: ReportedMetric,
    /// Money in the dataset's currency, or tonnes for `output-tonnes`.
    pub value: f64,
    /// The year (or the last year of the period) the figure is for.
    pub year: i32,
    /// What the source says of its basis.
    #[serde(default, skip_serializing_if = "super::TargetBasis::is_silent")]
    pub basis: super::TargetBasis,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportedMetric {
    /// 产值 / 总产值, as the source counts it.
    OutputValue,
    /// 增加值.
    ValueAdded,
    /// 营业收入 / 主营业务收入.
    Revenue,
    /// Tonnes of metal made or processed.
    OutputTonnes,
}

impl ReportedMetric {
    pub fn code(self) -> &'static str {
        match self {
            ReportedMetric::OutputValue => "output-value",
            ReportedMetric::ValueAdded => "value-added",
            ReportedMetric::Revenue => "revenue",
            ReportedMetric::OutputTonnes => "output-tonnes",
        }
    }
}

/// A figure of a region that has no regional source: the national one (the chain's)
/// applies, and the citation says why (e.g. "no public source found").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalNote {
    pub figure: RegionalFigure,
    pub citation: super::Prose,
}

/// The figures a region gives or declares national.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegionalFigure {
    MetalPrice,
    PowerSource,
    ElectricityPrice,
    Co2Primary,
    /// Processing fees (the added value of the chain's steps).
    Fees,
}

impl RegionalFigure {
    pub const ALL: [RegionalFigure; 5] = [
        RegionalFigure::MetalPrice,
        RegionalFigure::PowerSource,
        RegionalFigure::ElectricityPrice,
        RegionalFigure::Co2Primary,
        RegionalFigure::Fees,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RegionalFigure::MetalPrice => "metal-price",
            RegionalFigure::PowerSource => "power-source",
            RegionalFigure::ElectricityPrice => "electricity-price",
            RegionalFigure::Co2Primary => "co2-primary",
            RegionalFigure::Fees => "fees",
        }
    }
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
