//! The public dataset format (schema 2; schema-1 files migrate, see `migrate`), loading
//! with full validation, edits and JSON output.

use super::error::{
    DatasetError, DatasetErrors, Field, Item, Language, ModelError, Reference, SourceField,
};
use super::scenario::Metric;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::{BTreeMap, HashMap};

pub const SCHEMA_VERSION: u32 = 2;
/// Files of this schema and later load (older ones through `migrate`).
pub const OLDEST_SCHEMA: u32 = 1;
/// Larger files are refused before parsing so a pasted file cannot stall the page.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_PRODUCTS: usize = 1_000;
pub const MAX_STEPS: usize = 5_000;
/// Caps keep every sum and product of figures far from overflow.
pub const MAX_MONEY_PER_T: f64 = 1e9;
pub const MAX_TONNES: f64 = 1e10;
pub const MAX_KWH_PER_T: f64 = 1e6;
pub const MAX_JOBS_PER_10KT: f64 = 1e6;
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;
pub const MAX_ID_LEN: usize = 64;
/// Melt loss is a share of the scrap remelted; half of it lost would be no remelting.
pub const MAX_MELT_LOSS: f64 = 0.5;
pub const MAX_CO2_T_PER_T: f64 = 1e3;
pub const MAX_PRESETS: usize = 50;

const BINZHOU_JSON: &str = include_str!("../../data/binzhou-aluminium.json");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    pub en: String,
    pub zh: String,
}

impl Badge {
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

impl Name {
    /// The name in a language (datasets carry both).
    pub fn get(&self, lang: impl Into<crate::error::Language>) -> &str {
        match lang.into() {
            crate::error::Language::En => &self.en,
            crate::error::Language::Zh => &self.zh,
        }
    }
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub citation: String,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
            Ok(ValueRange { low: v, base: v, high: v })
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

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresetTarget {
    pub metric: Metric,
    pub value: f64,
}

/// The file as written, before validation. Build one freely, then `Dataset::try_from` it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    pub schema: u32,
    pub name: Name,
    pub currency: String,
    /// The product whose tonnage a region states; default paths begin here.
    pub start: String,
    pub metal_price: MetalPrice,
    /// ℓ: share of remelted process scrap lost as dross.
    pub melt_loss: SourcedRange,
    /// What scrap sold out of the region fetches, per ton.
    pub scrap_price: SourcedRange,
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

/// Lookup tables derived from a valid file; rebuilt on every change.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Index {
    pub(crate) product_by_id: HashMap<String, usize>,
    /// (from, to) product indices → step index, production and recycling steps alike.
    pub(crate) step_by_pair: HashMap<(usize, usize), usize>,
    /// Outgoing production (non-recycling) steps per product.
    pub(crate) out_steps: Vec<Vec<usize>>,
    pub(crate) start: usize,
    /// Product indices from `start`, or None when production steps do not reach it.
    pub(crate) default_paths: Vec<Option<Vec<usize>>>,
}

/// A validated dataset. Every value reachable through it satisfies the format's rules.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "DatasetFile", into = "DatasetFile")]
pub struct Dataset {
    file: DatasetFile,
    index: Index,
}

/// Equal files make equal datasets (the index is derived from the file). The same
/// dataset (one `Rc` shared by the page's state and its copies) compares by address
/// first: the page compares its state on every render (the profile showed it).
impl PartialEq for Dataset {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other) || self.file == other.file
    }
}

impl From<Dataset> for DatasetFile {
    fn from(dataset: Dataset) -> Self {
        dataset.file
    }
}

impl TryFrom<DatasetFile> for Dataset {
    type Error = DatasetErrors;

    fn try_from(file: DatasetFile) -> Result<Self, Self::Error> {
        let index = validate(&file).map_err(DatasetErrors)?;
        Ok(Dataset { file, index })
    }
}

/// A change to one figure, as the UI's assumption editors make it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "kebab-case")]
pub enum Edit {
    /// Moves the base; the range widens to include it when it falls outside.
    MetalPrice {
        base: f64,
    },
    MetalPriceRange {
        range: ValueRange,
    },
    /// Moves the base; the range widens to include it when it falls outside.
    StepAddedValue {
        from: String,
        to: String,
        base: f64,
    },
    StepAddedValueRange {
        from: String,
        to: String,
        range: ValueRange,
    },
    /// Moves the base yield; the range widens to include it when it falls outside.
    StepYield {
        from: String,
        to: String,
        value: f64,
    },
    /// Moves the base; the range widens to include it.
    ScrapPrice {
        base: f64,
    },
    /// Moves the base; the range widens to include it.
    MeltLoss {
        base: f64,
    },
    RegionTonnes {
        value: f64,
    },
    ProductLocal {
        id: String,
        local: bool,
    },
}

impl Edit {
    /// The figure this edit changes: two edits of the same figure replace each other.
    pub fn figure(&self) -> Figure {
        match self {
            Edit::MetalPrice { .. } | Edit::MetalPriceRange { .. } => Figure::MetalPrice,
            Edit::StepAddedValue { from, to, .. } | Edit::StepAddedValueRange { from, to, .. } => {
                Figure::StepAddedValue { from: from.clone(), to: to.clone() }
            }
            Edit::StepYield { from, to, .. } => Figure::StepYield { from: from.clone(), to: to.clone() },
            Edit::ScrapPrice { .. } => Figure::ScrapPrice,
            Edit::MeltLoss { .. } => Figure::MeltLoss,
            Edit::RegionTonnes { .. } => Figure::RegionTonnes,
            Edit::ProductLocal { id, .. } => Figure::ProductLocal { id: id.clone() },
        }
    }
}

/// A figure of a dataset, used to mark edits and to label tornado bars.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "figure", rename_all = "kebab-case")]
pub enum Figure {
    MetalPrice,
    ScrapPrice,
    MeltLoss,
    RegionTonnes,
    StepAddedValue { from: String, to: String },
    StepYield { from: String, to: String },
    ProductLocal { id: String },
}

impl Figure {
    /// The edit that sets this figure to `value` (the base of a ranged figure; `local` is
    /// true for any non-zero value). One place maps a figure and a typed number to an edit,
    /// so an editor needs only the figure it shows.
    pub fn set_to(&self, value: f64) -> Edit {
        match self.clone() {
            Figure::MetalPrice => Edit::MetalPrice { base: value },
            Figure::ScrapPrice => Edit::ScrapPrice { base: value },
            Figure::MeltLoss => Edit::MeltLoss { base: value },
            Figure::RegionTonnes => Edit::RegionTonnes { value },
            Figure::StepAddedValue { from, to } => Edit::StepAddedValue { from, to, base: value },
            Figure::StepYield { from, to } => Edit::StepYield { from, to, value },
            Figure::ProductLocal { id } => Edit::ProductLocal { id, local: value != 0.0 },
        }
    }
}

impl Dataset {
    /// Parses and validates; returns every problem found, each naming its item.
    pub fn from_json(text: &str) -> Result<Dataset, DatasetErrors> {
        Dataset::from_json_with_notices(text).map(|(dataset, _)| dataset)
    }

    /// As `from_json`, with what the import assumed (a schema-1 file is migrated).
    pub fn from_json_with_notices(
        text: &str,
    ) -> Result<(Dataset, Vec<crate::migrate::ImportNotice>), DatasetErrors> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(DatasetErrors(vec![DatasetError::TooLarge {
                bytes: text.len(),
                limit: MAX_INPUT_BYTES,
            }]));
        }
        // The schema is read first so a newer file gets "unsupported schema", not a
        // confusing field error from a format this version does not know.
        #[derive(Deserialize)]
        struct SchemaProbe {
            #[serde(default)]
            schema: Option<serde_json::Value>,
        }
        let as_error = |error: serde_json::Error| DatasetErrors(vec![json_error(&error)]);
        match serde_json::from_str::<SchemaProbe>(text) {
            Err(error) if error.is_syntax() || error.is_eof() => return Err(as_error(error)),
            Ok(SchemaProbe { schema: Some(found) }) if found == serde_json::json!(OLDEST_SCHEMA) => {
                let mut value: serde_json::Value = serde_json::from_str(text).map_err(as_error)?;
                let notices = crate::migrate::from_schema_1(&mut value);
                let file: DatasetFile = serde_json::from_value(value).map_err(as_error)?;
                return Ok((Dataset::try_from(file)?, notices));
            }
            Ok(SchemaProbe { schema: Some(found) }) if found != serde_json::json!(SCHEMA_VERSION) => {
                return Err(DatasetErrors(vec![DatasetError::UnsupportedSchema {
                    found: found.to_string(),
                    supported: SCHEMA_VERSION,
                }]));
            }
            _ => {}
        }
        let file: DatasetFile = serde_json::from_str(text).map_err(as_error)?;
        Ok((Dataset::try_from(file)?, Vec::new()))
    }

    /// A one-product chain, for when nothing else can be loaded: keeps the page alive
    /// with a message instead of a dead page. Built directly, so it cannot fail.
    pub fn placeholder() -> Dataset {
        let source = Source { citation: "none".into(), year: 2019, badge: Badge::Estimate };
        let file = DatasetFile {
            schema: SCHEMA_VERSION,
            name: Name { en: "No dataset".into(), zh: "无数据".into() },
            currency: "CNY".into(),
            start: "primary".into(),
            metal_price: MetalPrice { low: 1.0, base: 1.0, high: 1.0, source: source.clone(), vat_included: None },
            region: Region { primary_tonnes_per_year: 0.0, source: source.clone() },
            products: vec![Product {
                id: "primary".into(),
                name: Name { en: "Primary aluminium".into(), zh: "电解铝".into() },
                kind: ProductKind::Smelting,
                local: true,
                default_path: None,
                level: None,
            }],
            steps: Vec::new(),
            melt_loss: SourcedRange { low: 0.0, base: 0.0, high: 0.0, source: source.clone() },
            scrap_price: SourcedRange { low: 0.0, base: 0.0, high: 0.0, source },
            reference_product: None,
            baseline: None,
            presets: Vec::new(),
        };
        let index = Index {
            product_by_id: HashMap::from([("primary".to_string(), 0)]),
            step_by_pair: HashMap::new(),
            out_steps: vec![Vec::new()],
            start: 0,
            default_paths: vec![Some(vec![0])],
        };
        Dataset { file, index }
    }

    /// The default dataset compiled into the app (Binzhou, Shandong). A test guarantees
    /// it is valid; the Result stays so a broken edit of the file cannot crash the page.
    pub fn binzhou() -> Result<Dataset, DatasetErrors> {
        Dataset::from_json(BINZHOU_JSON)
    }

    pub fn to_json(&self) -> Result<String, ModelError> {
        serde_json::to_string_pretty(&self.file).map_err(|error| ModelError::Serialize {
            message: error.to_string(),
        })
    }

    pub fn file(&self) -> &DatasetFile {
        &self.file
    }

    /// Same products, start and steps between the same products, whatever the figures:
    /// what a view of the graph alone (the chain map, the path chooser) depends on, so it
    /// is not redrawn when only a figure changes.
    pub fn same_graph(&self, other: &Dataset) -> bool {
        std::ptr::eq(self, other)
            || (self.file.start == other.file.start
                && self.file.products == other.file.products
                && self.file.steps.len() == other.file.steps.len()
                && self.file.steps.iter().zip(&other.file.steps).all(|(a, b)| {
                    a.from == b.from && a.to == b.to && a.recycling == b.recycling
                }))
    }

    pub fn products(&self) -> &[Product] {
        &self.file.products
    }

    pub fn steps(&self) -> &[Step] {
        &self.file.steps
    }

    pub fn currency(&self) -> &str {
        &self.file.currency
    }

    pub fn name(&self) -> &Name {
        &self.file.name
    }

    pub fn start(&self) -> &str {
        &self.file.start
    }

    pub fn metal_price(&self) -> &MetalPrice {
        &self.file.metal_price
    }

    pub fn region(&self) -> &Region {
        &self.file.region
    }

    /// The year and VAT basis every money figure is stated on.
    pub fn price_basis(&self) -> crate::paths::PriceBasis {
        crate::paths::PriceBasis {
            year: self.file.metal_price.source.year,
            vat_included: self.file.metal_price.vat_included,
        }
    }

    pub fn melt_loss(&self) -> &SourcedRange {
        &self.file.melt_loss
    }

    pub fn scrap_price(&self) -> &SourcedRange {
        &self.file.scrap_price
    }

    /// The product of the "multiplier against the reference path" (validated to exist).
    pub fn reference_product(&self) -> Option<&str> {
        self.file.reference_product.as_deref()
    }

    pub fn baseline(&self) -> Option<&Baseline> {
        self.file.baseline.as_ref()
    }

    pub fn presets(&self) -> &[Preset] {
        &self.file.presets
    }

    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.file.presets.iter().find(|p| p.id == id)
    }

    pub fn product(&self, id: &str) -> Option<&Product> {
        self.index
            .product_by_id
            .get(id)
            .and_then(|&i| self.file.products.get(i))
    }

    /// The step between two products (production or recycling).
    pub fn step(&self, from: &str, to: &str) -> Option<&Step> {
        let from = *self.index.product_by_id.get(from)?;
        let to = *self.index.product_by_id.get(to)?;
        let step = *self.index.step_by_pair.get(&(from, to))?;
        self.file.steps.get(step)
    }

    /// A product with no outgoing production step that some production step makes.
    pub fn is_end_product(&self, id: &str) -> bool {
        let Some(&index) = self.index.product_by_id.get(id) else {
            return false;
        };
        let has_out = self
            .index
            .out_steps
            .get(index)
            .is_some_and(|out| !out.is_empty());
        let has_in = self.file.steps.iter().any(|s| !s.recycling && s.to == id);
        !has_out && has_in
    }

    pub fn end_product_ids(&self) -> Vec<String> {
        self.file
            .products
            .iter()
            .filter(|p| self.is_end_product(&p.id))
            .map(|p| p.id.clone())
            .collect()
    }

    /// Applies one edit and re-validates the whole dataset.
    pub fn with_edit(&self, edit: &Edit) -> Result<Dataset, DatasetErrors> {
        let mut file = self.file.clone();
        let fail = |error| Err(DatasetErrors(vec![error]));
        match edit {
            Edit::MetalPrice { base } => {
                if !base.is_finite() {
                    return fail(DatasetError::NotFinite {
                        item: Item::MetalPrice,
                        field: Field::Base,
                    });
                }
                let price = &mut file.metal_price;
                let mut range = price.range();
                widen_to(&mut range, *base);
                (price.low, price.base, price.high) = (range.low, range.base, range.high);
            }
            Edit::MetalPriceRange { range } => {
                file.metal_price.low = range.low;
                file.metal_price.base = range.base;
                file.metal_price.high = range.high;
            }
            Edit::StepAddedValue { from, to, base } => {
                let Some(step) = step_mut(&mut file, from, to) else {
                    return fail(DatasetError::UnknownStep {
                        from: from.clone(),
                        to: to.clone(),
                    });
                };
                if !base.is_finite() {
                    return fail(DatasetError::NotFinite {
                        item: step_item(step),
                        field: Field::Base,
                    });
                }
                widen_to(&mut step.added_value, *base);
            }
            Edit::StepAddedValueRange { from, to, range } => {
                let Some(step) = step_mut(&mut file, from, to) else {
                    return fail(DatasetError::UnknownStep {
                        from: from.clone(),
                        to: to.clone(),
                    });
                };
                step.added_value = *range;
            }
            Edit::StepYield { from, to, value } => {
                let Some(step) = step_mut(&mut file, from, to) else {
                    return fail(DatasetError::UnknownStep {
                        from: from.clone(),
                        to: to.clone(),
                    });
                };
                if !value.is_finite() {
                    return fail(DatasetError::NotFinite {
                        item: step_item(step),
                        field: Field::Yield,
                    });
                }
                widen_to(&mut step.yield_, *value);
            }
            Edit::ScrapPrice { base } | Edit::MeltLoss { base } => {
                let (item, figure) = match edit {
                    Edit::ScrapPrice { .. } => (Item::ScrapPrice, &mut file.scrap_price),
                    _ => (Item::MeltLoss, &mut file.melt_loss),
                };
                if !base.is_finite() {
                    return fail(DatasetError::NotFinite { item, field: Field::Base });
                }
                let mut range = figure.range();
                widen_to(&mut range, *base);
                (figure.low, figure.base, figure.high) = (range.low, range.base, range.high);
            }
            Edit::RegionTonnes { value } => file.region.primary_tonnes_per_year = *value,
            Edit::ProductLocal { id, local } => {
                let Some(product) = file.products.iter_mut().find(|p| &p.id == id) else {
                    return fail(DatasetError::UnknownProduct {
                        id: id.clone(),
                        referenced_by: Reference::Edit,
                    });
                };
                product.local = *local;
            }
        }
        Dataset::try_from(file)
    }
}

/// Sets the base of a range, widening it to include the new base.
fn widen_to(range: &mut ValueRange, base: f64) {
    range.base = base;
    range.low = range.low.min(base);
    range.high = range.high.max(base);
}

impl Dataset {
    /// Figures that differ from `reference` (for example the default dataset), so the UI
    /// can mark edited assumptions. Items present in only one of the two are skipped.
    pub fn edited_figures(&self, reference: &Dataset) -> Vec<Figure> {
        let mut edited = Vec::new();
        if self.file.metal_price.range() != reference.file.metal_price.range() {
            edited.push(Figure::MetalPrice);
        }
        if self.file.scrap_price != reference.file.scrap_price {
            edited.push(Figure::ScrapPrice);
        }
        if self.file.melt_loss != reference.file.melt_loss {
            edited.push(Figure::MeltLoss);
        }
        if self.file.region.primary_tonnes_per_year != reference.file.region.primary_tonnes_per_year
        {
            edited.push(Figure::RegionTonnes);
        }
        for step in &self.file.steps {
            let Some(other) = reference.step(&step.from, &step.to) else {
                continue;
            };
            if step.added_value != other.added_value {
                edited.push(Figure::StepAddedValue {
                    from: step.from.clone(),
                    to: step.to.clone(),
                });
            }
            if step.yield_ != other.yield_ {
                edited.push(Figure::StepYield {
                    from: step.from.clone(),
                    to: step.to.clone(),
                });
            }
        }
        for product in &self.file.products {
            if let Some(other) = reference.product(&product.id) {
                if product.local != other.local {
                    edited.push(Figure::ProductLocal {
                        id: product.id.clone(),
                    });
                }
            }
        }
        edited
    }

    pub(crate) fn index(&self) -> &Index {
        &self.index
    }
}

fn step_mut<'a>(file: &'a mut DatasetFile, from: &str, to: &str) -> Option<&'a mut Step> {
    file.steps.iter_mut().find(|s| s.from == from && s.to == to)
}

fn step_item(step: &Step) -> Item {
    Item::Step {
        from: step.from.clone(),
        to: step.to.clone(),
    }
}

fn json_error(error: &serde_json::Error) -> DatasetError {
    let line = error.line();
    let column = error.column();
    let message = strip_position(&error.to_string());
    if error.is_syntax() || error.is_eof() {
        DatasetError::Syntax {
            line,
            column,
            message,
        }
    } else {
        DatasetError::WrongType {
            line,
            column,
            message,
        }
    }
}

/// serde_json appends " at line L column C"; the error carries those as fields already.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_name(errors: &mut Vec<DatasetError>, item: Item, name: &Name) {
    if name.en.trim().is_empty() {
        errors.push(DatasetError::MissingName {
            item: item.clone(),
            language: Language::En,
        });
    }
    if name.zh.trim().is_empty() {
        errors.push(DatasetError::MissingName {
            item,
            language: Language::Zh,
        });
    }
}

fn check_source(errors: &mut Vec<DatasetError>, item: &Item, which: SourceField, source: &Source) {
    if source.citation.trim().is_empty() {
        errors.push(DatasetError::EmptyCitation {
            item: item.clone(),
            source: which,
        });
    }
    if !(MIN_YEAR..=MAX_YEAR).contains(&source.year) {
        errors.push(DatasetError::InvalidYear {
            item: item.clone(),
            source: which,
            year: source.year,
        });
    }
}

/// Finite, not negative (or positive when asked), not above `max`. Returns whether it passed.
fn check_number(
    errors: &mut Vec<DatasetError>,
    item: &Item,
    field: Field,
    value: f64,
    max: f64,
    positive: bool,
) -> bool {
    let error = if !value.is_finite() {
        DatasetError::NotFinite {
            item: item.clone(),
            field,
        }
    } else if positive && value <= 0.0 {
        DatasetError::NotPositive {
            item: item.clone(),
            field,
            value,
        }
    } else if value < 0.0 {
        DatasetError::Negative {
            item: item.clone(),
            field,
            value,
        }
    } else if value > max {
        DatasetError::ValueTooLarge {
            item: item.clone(),
            field,
            value,
            max,
        }
    } else {
        return true;
    };
    errors.push(error);
    false
}

fn check_range(
    errors: &mut Vec<DatasetError>,
    item: &Item,
    range: ValueRange,
    max: f64,
    positive: bool,
) {
    let ok = [
        (Field::Low, range.low),
        (Field::Base, range.base),
        (Field::High, range.high),
    ]
    .into_iter()
    .fold(true, |ok, (field, value)| {
        check_number(errors, item, field, value, max, positive) && ok
    });
    if ok && !(range.low <= range.base && range.base <= range.high) {
        errors.push(DatasetError::RangeOrder {
            item: item.clone(),
            low: range.low,
            base: range.base,
            high: range.high,
        });
    }
}

/// Checks every rule and builds the index; returns all errors found.
fn validate(file: &DatasetFile) -> Result<Index, Vec<DatasetError>> {
    let mut errors = Vec::new();
    // Older schemas reach here only through `migrate`, which rewrites them.
    if file.schema != SCHEMA_VERSION {
        errors.push(DatasetError::UnsupportedSchema {
            found: file.schema.to_string(),
            supported: SCHEMA_VERSION,
        });
    }
    if file.products.len() > MAX_PRODUCTS {
        errors.push(DatasetError::TooManyProducts {
            count: file.products.len(),
            limit: MAX_PRODUCTS,
        });
    }
    if file.steps.len() > MAX_STEPS {
        errors.push(DatasetError::TooManySteps {
            count: file.steps.len(),
            limit: MAX_STEPS,
        });
    }
    if !errors.is_empty() {
        // Size errors stop here: the graph checks below would only repeat the problem.
        return Err(errors);
    }

    check_name(&mut errors, Item::Dataset, &file.name);
    if file.currency.trim().is_empty() {
        errors.push(DatasetError::EmptyCurrency);
    }
    let price = &file.metal_price;
    check_range(
        &mut errors,
        &Item::MetalPrice,
        price.range(),
        MAX_MONEY_PER_T,
        true,
    );
    check_source(
        &mut errors,
        &Item::MetalPrice,
        SourceField::Source,
        &price.source,
    );
    for (item, figure, max) in [
        (Item::MeltLoss, &file.melt_loss, MAX_MELT_LOSS),
        (Item::ScrapPrice, &file.scrap_price, MAX_MONEY_PER_T),
    ] {
        check_range(&mut errors, &item, figure.range(), max, false);
        check_source(&mut errors, &item, SourceField::Source, &figure.source);
    }
    check_number(
        &mut errors,
        &Item::Region,
        Field::PrimaryTonnesPerYear,
        file.region.primary_tonnes_per_year,
        MAX_TONNES,
        false,
    );
    check_source(
        &mut errors,
        &Item::Region,
        SourceField::Source,
        &file.region.source,
    );

    let mut product_by_id = HashMap::new();
    for (i, product) in file.products.iter().enumerate() {
        let item = Item::Product {
            id: product.id.clone(),
        };
        if !valid_id(&product.id) {
            errors.push(DatasetError::InvalidId {
                id: product.id.clone(),
            });
        }
        if product_by_id.insert(product.id.clone(), i).is_some() {
            errors.push(DatasetError::DuplicateProduct {
                id: product.id.clone(),
            });
        }
        check_name(&mut errors, item, &product.name);
    }
    let mut references_ok = true;
    let start = product_by_id.get(&file.start).copied();
    if start.is_none() {
        references_ok = false;
        errors.push(DatasetError::UnknownProduct {
            id: file.start.clone(),
            referenced_by: Reference::Start,
        });
    }

    let mut step_by_pair = HashMap::new();
    for (i, step) in file.steps.iter().enumerate() {
        let item = step_item(step);
        let from = product_by_id.get(&step.from).copied();
        let to = product_by_id.get(&step.to).copied();
        if from.is_none() {
            errors.push(DatasetError::UnknownProduct {
                id: step.from.clone(),
                referenced_by: Reference::StepFrom {
                    from: step.from.clone(),
                    to: step.to.clone(),
                },
            });
        }
        if to.is_none() {
            errors.push(DatasetError::UnknownProduct {
                id: step.to.clone(),
                referenced_by: Reference::StepTo {
                    from: step.from.clone(),
                    to: step.to.clone(),
                },
            });
        }
        match (from, to) {
            (Some(from), Some(to)) => {
                if step_by_pair.insert((from, to), i).is_some() {
                    references_ok = false;
                    errors.push(DatasetError::DuplicateStep {
                        from: step.from.clone(),
                        to: step.to.clone(),
                    });
                }
            }
            _ => references_ok = false,
        }
        check_range(&mut errors, &item, step.added_value, MAX_MONEY_PER_T, false);
        let y = step.yield_;
        let mut yields_ok = true;
        let mut reported: Option<f64> = None;
        for value in [y.low, y.base, y.high] {
            // A certain yield (low = base = high) is one figure: reported once.
            if reported.is_some_and(|r| r.to_bits() == value.to_bits()) {
                continue;
            }
            if !(value.is_finite() && value > 0.0 && value <= 1.0) {
                reported = Some(value);
                yields_ok = false;
                errors.push(DatasetError::YieldOutOfRange {
                    from: step.from.clone(),
                    to: step.to.clone(),
                    value,
                });
            }
        }
        if yields_ok && !(y.low <= y.base && y.base <= y.high) {
            errors.push(DatasetError::RangeOrder {
                item: item.clone(),
                low: y.low,
                base: y.base,
                high: y.high,
            });
        }
        if let Some(co2) = step.co2_t_per_t {
            check_number(&mut errors, &item, Field::Co2PerT, co2, MAX_CO2_T_PER_T, false);
        }
        if let Some(kwh) = step.kwh_per_t {
            check_number(
                &mut errors,
                &item,
                Field::KwhPerT,
                kwh,
                MAX_KWH_PER_T,
                false,
            );
        }
        if let Some(jobs) = step.jobs_per_10kt {
            check_number(
                &mut errors,
                &item,
                Field::JobsPer10kt,
                jobs,
                MAX_JOBS_PER_10KT,
                false,
            );
        }
        check_source(&mut errors, &item, SourceField::Source, &step.source);
        for (which, source) in [
            (SourceField::YieldSource, &step.yield_source),
            (SourceField::KwhSource, &step.kwh_source),
            (SourceField::JobsSource, &step.jobs_source),
            (SourceField::Co2Source, &step.co2_source),
        ] {
            if let Some(source) = source {
                check_source(&mut errors, &item, which, source);
            }
        }
    }
    if product_by_id.len() != file.products.len() {
        references_ok = false;
    }
    // Default-path ids are checked here so unknown ones are reported even when the
    // graph checks below cannot run.
    for product in &file.products {
        for id in product.default_path.iter().flatten() {
            if !product_by_id.contains_key(id) {
                references_ok = false;
                errors.push(DatasetError::UnknownProduct {
                    id: id.clone(),
                    referenced_by: Reference::DefaultPath {
                        product: product.id.clone(),
                    },
                });
            }
        }
    }

    if let Some(id) = &file.reference_product {
        if !product_by_id.contains_key(id) {
            errors.push(DatasetError::UnknownProduct {
                id: id.clone(),
                referenced_by: Reference::ReferenceProduct,
            });
        }
    }
    if let Some(baseline) = &file.baseline {
        check_shares(&mut errors, &Item::Baseline, Reference::Baseline, &baseline.shares, &product_by_id);
        check_source(&mut errors, &Item::Baseline, SourceField::Source, &baseline.source);
    }
    check_presets(&mut errors, file, &product_by_id);

    let (true, Some(start)) = (references_ok, start) else {
        return Err(errors);
    };
    let count = file.products.len();
    let mut out_steps = vec![Vec::new(); count];
    let mut in_steps = vec![Vec::new(); count];
    for (&(from, to), &step) in &step_by_pair {
        let recycling = file.steps.get(step).is_some_and(|s| s.recycling);
        if !recycling {
            if let (Some(out), Some(inn)) = (out_steps.get_mut(from), in_steps.get_mut(to)) {
                out.push((to, step));
                inn.push((from, step));
            }
        }
    }
    // HashMap order is arbitrary; sorting by step index keeps results deterministic.
    for list in out_steps.iter_mut().chain(in_steps.iter_mut()) {
        super::sort::sort_by(list, |a, b| a.1.cmp(&b.1));
    }

    let order = match topological_order(&out_steps) {
        Ok(order) => order,
        Err(cycles) => {
            for cycle in cycles {
                let mut products: Vec<String> = cycle
                    .iter()
                    .filter_map(|&i| file.products.get(i).map(|p| p.id.clone()))
                    .collect();
                super::sort::sort_by(&mut products, |a, b| a.cmp(b));
                errors.push(DatasetError::Cycle { products });
            }
            return Err(errors);
        }
    };

    let default_paths = resolve_default_paths(
        file,
        &product_by_id,
        &step_by_pair,
        &in_steps,
        &order,
        start,
        &mut errors,
    );

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Index {
        product_by_id,
        step_by_pair,
        out_steps: out_steps
            .into_iter()
            .map(|list| list.into_iter().map(|(_, step)| step).collect())
            .collect(),
        start,
        default_paths,
    })
}

/// Shares of a baseline or preset: known products, each in [0, 1], together at most 1.
fn check_shares(
    errors: &mut Vec<DatasetError>,
    item: &Item,
    reference: Reference,
    shares: &BTreeMap<String, f64>,
    product_by_id: &HashMap<String, usize>,
) {
    let mut total = 0.0;
    for (id, &share) in shares {
        if !product_by_id.contains_key(id) {
            errors.push(DatasetError::UnknownProduct {
                id: id.clone(),
                referenced_by: reference.clone(),
            });
        }
        if check_number(errors, item, Field::Share, share, 1.0, false) {
            total += share;
        }
    }
    if total > 1.0 + super::scenario::SHARE_TOLERANCE {
        errors.push(DatasetError::SharesExceedOne {
            item: item.clone(),
            total,
        });
    }
}

fn check_presets(
    errors: &mut Vec<DatasetError>,
    file: &DatasetFile,
    product_by_id: &HashMap<String, usize>,
) {
    if file.presets.len() > MAX_PRESETS {
        errors.push(DatasetError::TooManyPresets {
            count: file.presets.len(),
            limit: MAX_PRESETS,
        });
        return;
    }
    let mut seen = std::collections::HashSet::new();
    for preset in &file.presets {
        let item = Item::Preset {
            id: preset.id.clone(),
        };
        if !valid_id(&preset.id) {
            errors.push(DatasetError::InvalidId {
                id: preset.id.clone(),
            });
        }
        if !seen.insert(preset.id.as_str()) {
            errors.push(DatasetError::DuplicatePreset {
                id: preset.id.clone(),
            });
        }
        check_name(errors, item.clone(), &preset.name);
        check_number(errors, &item, Field::Tonnage, preset.tonnage, MAX_TONNES, false);
        let reference = Reference::Preset {
            id: preset.id.clone(),
        };
        check_shares(errors, &item, reference, &preset.shares, product_by_id);
        for target in &preset.targets {
            check_number(errors, &item, Field::Target, target.value, f64::MAX, false);
        }
        if preset.years == 0 || preset.years > super::scenario::MAX_YEARS {
            errors.push(DatasetError::InvalidPresetYears {
                id: preset.id.clone(),
                years: preset.years,
                max: super::scenario::MAX_YEARS,
            });
        }
        check_source(errors, &item, SourceField::Source, &preset.source);
    }
}

/// Kahn's order over production steps; on failure, the products on cycles, grouped by
/// strongly connected component.
fn topological_order(out_steps: &[Vec<(usize, usize)>]) -> Result<Vec<usize>, Vec<Vec<usize>>> {
    let count = out_steps.len();
    let mut in_degree = vec![0usize; count];
    for out in out_steps {
        for &(to, _) in out {
            if let Some(d) = in_degree.get_mut(to) {
                *d += 1;
            }
        }
    }
    let mut queue: Vec<usize> = (0..count)
        .filter(|&i| in_degree.get(i) == Some(&0))
        .collect();
    let mut order = Vec::with_capacity(count);
    let mut head = 0;
    while let Some(&node) = queue.get(head) {
        head += 1;
        order.push(node);
        for &(to, _) in out_steps.get(node).into_iter().flatten() {
            if let Some(d) = in_degree.get_mut(to) {
                *d -= 1;
                if *d == 0 {
                    queue.push(to);
                }
            }
        }
    }
    if order.len() == count {
        return Ok(order);
    }
    Err(strongly_connected_cycles(out_steps))
}

/// Tarjan's algorithm, iterative (no recursion depth limit on wasm), keeping components
/// that contain a cycle.
fn strongly_connected_cycles(out_steps: &[Vec<(usize, usize)>]) -> Vec<Vec<usize>> {
    const UNVISITED: usize = usize::MAX;
    let count = out_steps.len();
    let mut index_of = vec![UNVISITED; count];
    let mut low = vec![0usize; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut cycles = Vec::new();
    for root in 0..count {
        if index_of.get(root) != Some(&UNVISITED) {
            continue;
        }
        // (node, position of the next edge to explore)
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index_of.get(node) == Some(&UNVISITED) {
                if let (Some(i), Some(l), Some(s)) = (
                    index_of.get_mut(node),
                    low.get_mut(node),
                    on_stack.get_mut(node),
                ) {
                    *i = next_index;
                    *l = next_index;
                    *s = true;
                }
                next_index += 1;
                stack.push(node);
            }
            let edges = out_steps.get(node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(&(to, _)) = edges.get(*edge) {
                *edge += 1;
                if index_of.get(to) == Some(&UNVISITED) {
                    work.push((to, 0));
                } else if on_stack.get(to) == Some(&true) {
                    let to_index = index_of.get(to).copied().unwrap_or(UNVISITED);
                    if let Some(l) = low.get_mut(node) {
                        *l = (*l).min(to_index);
                    }
                }
                continue;
            }
            work.pop();
            let node_low = low.get(node).copied().unwrap_or(0);
            if let Some(&(parent, _)) = work.last() {
                if let Some(l) = low.get_mut(parent) {
                    *l = (*l).min(node_low);
                }
            }
            if Some(&node_low) == index_of.get(node) {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    if let Some(s) = on_stack.get_mut(member) {
                        *s = false;
                    }
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                let self_loop = edges.iter().any(|&(to, _)| to == node);
                if component.len() > 1 || self_loop {
                    super::sort::sort_by(&mut component, |a, b| a.cmp(b));
                    cycles.push(component);
                }
            }
        }
    }
    cycles
}

#[allow(clippy::too_many_arguments)]
fn resolve_default_paths(
    file: &DatasetFile,
    product_by_id: &HashMap<String, usize>,
    step_by_pair: &HashMap<(usize, usize), usize>,
    in_steps: &[Vec<(usize, usize)>],
    order: &[usize],
    start: usize,
    errors: &mut Vec<DatasetError>,
) -> Vec<Option<Vec<usize>>> {
    let count = file.products.len();
    let mut paths: Vec<Option<Vec<usize>>> = vec![None; count];
    let is_production = |from: usize, to: usize| {
        step_by_pair
            .get(&(from, to))
            .and_then(|&s| file.steps.get(s))
            .is_some_and(|s| !s.recycling)
    };
    // Reachability from start over production steps, in topological order.
    let mut reachable = vec![false; count];
    if let Some(r) = reachable.get_mut(start) {
        *r = true;
    }
    for &node in order {
        let reached = in_steps
            .get(node)
            .into_iter()
            .flatten()
            .any(|&(from, _)| reachable.get(from) == Some(&true));
        if reached {
            if let Some(r) = reachable.get_mut(node) {
                *r = true;
            }
        }
    }
    let id = |i: usize| {
        file.products
            .get(i)
            .map(|p| p.id.clone())
            .unwrap_or_default()
    };
    for &node in order {
        let Some(product) = file.products.get(node) else {
            continue;
        };
        if let Some(explicit) = &product.default_path {
            let indices: Vec<usize> = explicit
                .iter()
                .filter_map(|id| product_by_id.get(id).copied())
                .collect();
            let first = indices.first().copied();
            let mut ok = true;
            if first != Some(start) {
                ok = false;
                errors.push(DatasetError::DefaultPathStart {
                    product: product.id.clone(),
                    first: first.map(id),
                    start: file.start.clone(),
                });
            }
            if indices.last().copied() != Some(node) {
                ok = false;
                errors.push(DatasetError::DefaultPathEnd {
                    product: product.id.clone(),
                    last: indices.last().copied().map(id),
                });
            }
            for pair in indices.windows(2) {
                if let [from, to] = *pair {
                    if !is_production(from, to) {
                        ok = false;
                        errors.push(DatasetError::DefaultPathNoStep {
                            product: product.id.clone(),
                            from: id(from),
                            to: id(to),
                        });
                    }
                }
            }
            if ok {
                if let Some(p) = paths.get_mut(node) {
                    *p = Some(indices);
                }
            }
            continue;
        }
        if node == start {
            if let Some(p) = paths.get_mut(node) {
                *p = Some(vec![start]);
            }
            continue;
        }
        let predecessors: Vec<usize> = in_steps
            .get(node)
            .into_iter()
            .flatten()
            .map(|&(from, _)| from)
            .filter(|&from| reachable.get(from) == Some(&true))
            .collect();
        match predecessors.as_slice() {
            [] => {}
            [only] => {
                let inherited = paths.get(*only).cloned().flatten().map(|mut path| {
                    path.push(node);
                    path
                });
                if let Some(p) = paths.get_mut(node) {
                    *p = inherited;
                }
            }
            several => errors.push(DatasetError::AmbiguousPath {
                product: product.id.clone(),
                predecessors: several.iter().map(|&i| id(i)).collect(),
            }),
        }
    }
    paths
}
