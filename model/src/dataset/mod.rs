//! The public dataset format (schema 2; schema-1 files migrate, see `migrate`), loading
//! with full validation, edits and JSON output.

use super::error::{
    DatasetError, DatasetErrors, Field, Item, Language, ModelError, Reference, SourceField,
};
mod edit;
mod graph;
pub mod migrate;
mod validate;

pub use edit::{Edit, Figure};
pub use validate::valid_id;
use validate::validate;

use crate::metric::Metric;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::{BTreeMap, HashMap};

// The bounds live in the leaf `limits`; named here too, where the format's readers look.
pub use crate::limits::{
    MAX_CO2_T_PER_T, MAX_ID_LEN, MAX_INPUT_BYTES, MAX_JOBS_PER_10KT, MAX_KWH_PER_T, MAX_MELT_LOSS,
    MAX_MONEY_PER_T, MAX_PRESETS, MAX_PRODUCTS, MAX_STEPS, MAX_TONNES, MAX_YEAR, MIN_YEAR,
    OLDEST_SCHEMA, SCHEMA_VERSION,
};

const BINZHOU_JSON: &str = include_str!("../../../data/binzhou-aluminium.json");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    pub en: String,
    pub zh: String,
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

impl Name {
    /// The name in a language (datasets carry both).
    pub fn get(&self, lang: impl Into<crate::lang::Language>) -> &str {
        match lang.into() {
            crate::lang::Language::En => &self.en,
            crate::lang::Language::Zh => &self.zh,
        }
    }
}

/// A dataset's prose (a source's citation: where a figure comes from and how it was
/// derived, a plan's description) in both languages. Written as one string, which serves
/// both languages (every file from before prose had two, so those keep importing), or as
/// `{ "en": …, "zh": … }`, where a language left out falls back to the other. Written back
/// in the form it was read.
#[derive(Debug, Clone, PartialEq)]
pub enum Prose {
    /// One text for both languages.
    Plain(String),
    /// Each language's own text; at least one is given (validation checks it).
    Translated {
        en: Option<String>,
        zh: Option<String>,
    },
}

impl Prose {
    /// The text in a language: its own, else the other language's (never blank when valid).
    pub fn get(&self, lang: impl Into<crate::lang::Language>) -> &str {
        let (own, other) = match (self, lang.into()) {
            (Prose::Plain(text), _) => return text,
            (Prose::Translated { en, zh }, crate::lang::Language::En) => (en, zh),
            (Prose::Translated { en, zh }, crate::lang::Language::Zh) => (zh, en),
        };
        [own, other]
            .into_iter()
            .flatten()
            .find(|text| !text.trim().is_empty())
            .map_or("", String::as_str)
    }

    /// Whether the file gives this language its own text (a plain string gives none).
    pub fn has(&self, lang: impl Into<crate::lang::Language>) -> bool {
        let text = match (self, lang.into()) {
            (Prose::Plain(_), _) => None,
            (Prose::Translated { en, .. }, crate::lang::Language::En) => en.as_ref(),
            (Prose::Translated { zh, .. }, crate::lang::Language::Zh) => zh.as_ref(),
        };
        text.is_some_and(|t| !t.trim().is_empty())
    }

    /// Whether any text written is blank, or none is written: such prose names no source.
    pub fn is_blank(&self) -> bool {
        match self {
            Prose::Plain(text) => text.trim().is_empty(),
            Prose::Translated { en, zh } => {
                (en.is_none() && zh.is_none())
                    || [en, zh]
                        .into_iter()
                        .flatten()
                        .any(|text| text.trim().is_empty())
            }
        }
    }
}

impl From<&str> for Prose {
    fn from(text: &str) -> Self {
        Prose::Plain(text.to_string())
    }
}

impl From<String> for Prose {
    fn from(text: String) -> Self {
        Prose::Plain(text)
    }
}

impl Serialize for Prose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Prose::Plain(text) => serializer.serialize_str(text),
            Prose::Translated { en, zh } => Translations {
                en: en.clone(),
                zh: zh.clone(),
            }
            .serialize(serializer),
        }
    }
}

/// The object form of `Prose` as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Translations {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    zh: Option<String>,
}

/// A visitor rather than an untagged enum, so that a wrong type is named with its line.
impl<'de> Deserialize<'de> for Prose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Prose, D::Error> {
        struct Written;
        impl<'de> serde::de::Visitor<'de> for Written {
            type Value = Prose;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or an object { en, zh }")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Prose, E> {
                Ok(Prose::Plain(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Prose, E> {
                Ok(Prose::Plain(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Prose, A::Error> {
                let Translations { en, zh } =
                    Translations::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Prose::Translated { en, zh })
            }
        }
        deserializer.deserialize_any(Written)
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
    /// The source article's added value per ton for this product, where the article
    /// states one: a path total can be the article's while no single step is (furniture's
    /// last step is 80,000 minus another source's profile figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_total: Option<f64>,
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

impl Dataset {
    /// Parses and validates; returns every problem found, each naming its item.
    pub fn from_json(text: &str) -> Result<Dataset, DatasetErrors> {
        Dataset::from_json_with_notices(text).map(|(dataset, _)| dataset)
    }

    /// As `from_json`, with what the import assumed (a schema-1 file is migrated).
    pub fn from_json_with_notices(
        text: &str,
    ) -> Result<(Dataset, Vec<migrate::ImportNotice>), DatasetErrors> {
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
        let known = |found: &serde_json::Value| {
            (OLDEST_SCHEMA..=SCHEMA_VERSION).any(|v| *found == serde_json::json!(v))
        };
        match serde_json::from_str::<SchemaProbe>(text) {
            Err(error) if error.is_syntax() || error.is_eof() => return Err(as_error(error)),
            Ok(SchemaProbe {
                schema: Some(found),
            }) if !known(&found) => {
                return Err(DatasetErrors(vec![DatasetError::UnsupportedSchema {
                    found: found.to_string(),
                    oldest: crate::limits::OLDEST_SCHEMA,
                    supported: SCHEMA_VERSION,
                }]));
            }
            _ => {}
        }
        let written: FileAsWritten = serde_json::from_str(text).map_err(as_error)?;
        let (file, notices) = migrate::to_current(written)?;
        Ok((Dataset::try_from(file)?, notices))
    }

    /// A one-product chain, for when nothing else can be loaded: keeps the page alive
    /// with a message instead of a dead page. Built directly, so it cannot fail.
    pub fn placeholder() -> Dataset {
        let source = Source {
            citation: Prose::Translated {
                en: Some("none".into()),
                zh: Some("无".into()),
            },
            year: 2019,
            badge: Badge::Estimate,
        };
        let file = DatasetFile {
            schema: SCHEMA_VERSION,
            name: Name {
                en: "No dataset".into(),
                zh: "无数据".into(),
            },
            metal: None,
            currency: "CNY".into(),
            start: "primary".into(),
            metal_price: MetalPrice {
                low: 1.0,
                base: 1.0,
                high: 1.0,
                source: source.clone(),
                vat_included: None,
            },
            region: Region {
                primary_tonnes_per_year: 0.0,
                source: source.clone(),
            },
            products: vec![Product {
                id: "primary".into(),
                name: Name {
                    en: "Primary aluminium".into(),
                    zh: "电解铝".into(),
                },
                kind: ProductKind::Smelting,
                local: true,
                default_path: None,
                level: None,
                article_total: None,
            }],
            steps: Vec::new(),
            melt_loss: SourcedRange {
                low: 0.0,
                base: 0.0,
                high: 0.0,
                source: source.clone(),
            },
            scrap_price: SourcedRange {
                low: 0.0,
                base: 0.0,
                high: 0.0,
                source,
            },
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
                && self
                    .file
                    .steps
                    .iter()
                    .zip(&other.file.steps)
                    .all(|(a, b)| a.from == b.from && a.to == b.to && a.recycling == b.recycling))
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

    /// The metal's name as the dataset gives it (none: the interface's generic word).
    pub fn metal(&self) -> Option<&Name> {
        self.file.metal.as_ref()
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
    pub fn price_basis(&self) -> crate::basis::PriceBasis {
        crate::basis::PriceBasis {
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
}

impl Dataset {
    pub(crate) fn index(&self) -> &Index {
        &self.index
    }
}

pub(super) fn step_item(step: &Step) -> Item {
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
