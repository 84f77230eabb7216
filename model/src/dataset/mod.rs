//! The public dataset format (see `migrate` for older schemas), loading
//! with full validation, edits and JSON output.

use super::error::{
    DatasetError, DatasetErrors, Field, Item, Language, ModelError, Reference, SourceField,
};
mod chain;
mod edit;
mod figures;
mod file;
mod graph;
pub mod migrate;
mod prose;
pub mod region;
mod sourced;
mod validate;

pub use chain::{ProcessingLevel, Product, ProductKind, Step};
pub use edit::{Edit, Figure};
pub use figures::{
    Badge, ChinaOutput, Level, MetalPrice, NationalNote, Power, PowerKind, Region, RegionProfile,
    RegionalFigure, Reported, ReportedMetric, Source, SourcedRange, ValueRange, Vat,
};
pub(crate) use file::FileAsWritten;
pub use file::{Baseline, DatasetFile, Preset, PresetTarget, TargetBasis};
pub use prose::{Name, Prose};
pub use validate::valid_id;
use validate::validate;

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

// The bounds live in the leaf `limits`; named here too, where the format's readers look.
pub use crate::limits::{
    MAX_CO2_T_PER_T, MAX_ID_LEN, MAX_INPUT_BYTES, MAX_JOBS_PER_10KT, MAX_KWH_PER_T, MAX_MELT_LOSS,
    MAX_MONEY_PER_T, MAX_PRESETS, MAX_PRODUCTS, MAX_STEPS, MAX_TONNES, MAX_YEAR, MIN_YEAR,
    OLDEST_SCHEMA, SCHEMA_VERSION,
};

const BINZHOU_JSON: &str = include_str!("../../../data/binzhou-aluminium.json");

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
    /// The product index of each step's `to`, by step index (no hashing per evaluation).
    pub(crate) step_to: Vec<usize>,
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
            url: None,
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
                profile: None,
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
                metal_content: None,
                china_output: None,
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
                source: source.clone(),
            },
            vat: Vat {
                rate: 0.0,
                prices_include_vat: false,
                source: source.clone(),
            },
            value_added_shares: BTreeMap::new(),
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
            step_to: Vec::new(),
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
            vat_included: Some(self.file.vat.prices_include_vat),
        }
    }

    pub fn vat(&self) -> &Vat {
        &self.file.vat
    }

    /// What a market-basis figure is divided by on `basis` (1 on the market basis, or when
    /// the prices exclude VAT already).
    pub fn divisor(&self, basis: crate::basis::MoneyBasis) -> f64 {
        match basis {
            crate::basis::MoneyBasis::Market => 1.0,
            crate::basis::MoneyBasis::Statistical => self.file.vat.divisor(),
        }
    }

    /// v of a step: its own, else its product's processing level's; None when the dataset
    /// gives neither.
    pub fn value_added_share<'a>(&'a self, step: &'a Step) -> Option<&'a SourcedRange> {
        step.value_added_share.as_ref().or_else(|| {
            let level = self.product(&step.to)?.processing_level();
            self.file.value_added_shares.get(&level)
        })
    }

    /// The value-added shares as the uncertainty draws them, each once: one per processing
    /// level (in `ProcessingLevel::ALL`'s order; zeros where the dataset gives none, which no
    /// step then takes), then every step's own; and, by step index, which one the step takes
    /// (None: neither its own nor its level's).
    pub(crate) fn value_added_share_table(&self) -> (Vec<[f64; 3]>, Vec<Option<usize>>) {
        let at = |s: &SourcedRange| [s.low, s.base, s.high];
        // Sized once: a path is evaluated on a fresh table each time.
        let own = self
            .file
            .steps
            .iter()
            .filter(|s| s.value_added_share.is_some())
            .count();
        let mut shares: Vec<[f64; 3]> = Vec::with_capacity(ProcessingLevel::ALL.len() + own);
        shares.extend(
            ProcessingLevel::ALL
                .iter()
                .map(|l| self.file.value_added_shares.get(l).map_or([0.0; 3], at)),
        );
        let mut taken = Vec::with_capacity(self.file.steps.len());
        for (index, step) in self.file.steps.iter().enumerate() {
            let which = match &step.value_added_share {
                Some(own) => {
                    shares.push(at(own));
                    Some(shares.len() - 1)
                }
                None => self
                    .index
                    .step_to
                    .get(index)
                    .and_then(|&to| self.file.products.get(to))
                    .map(Product::processing_level)
                    .filter(|level| self.file.value_added_shares.contains_key(level))
                    .and_then(|level| ProcessingLevel::ALL.iter().position(|l| *l == level)),
            };
            taken.push(which);
        }
        (shares, taken)
    }

    pub fn value_added_shares(&self) -> &BTreeMap<ProcessingLevel, SourcedRange> {
        &self.file.value_added_shares
    }

    /// ℓ of a step's scrap: its own, else the dataset's.
    pub fn melt_loss_of<'a>(&'a self, step: &'a Step) -> &'a SourcedRange {
        step.melt_loss.as_ref().unwrap_or(&self.file.melt_loss)
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

pub(super) fn json_error(error: &serde_json::Error) -> DatasetError {
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

/// The smelting figure a chain's CO₂ is built on: the first step that makes the start
/// product from another (not from scrap) and gives its CO₂, with its range (the region's,
/// where its figure is the one written onto the step). Read for every evaluation's
/// figures, so it borrows rather than clones.
pub struct Smelting {
    /// The step's index in `Dataset::steps`.
    pub step: usize,
    pub range: ValueRange,
}

impl Dataset {
    /// The chain's smelting CO₂ figure (see `Smelting`).
    pub(crate) fn smelting(&self) -> Option<Smelting> {
        let ds = self;
        let (index, step) = ds
            .steps()
            .iter()
            .enumerate()
            .find(|(_, s)| !s.recycling && s.to == ds.start() && s.co2_t_per_t.is_some())?;
        let base = step.co2_t_per_t?;
        // The region's range, where its figure is the one written onto the step.
        let range = match ds
            .region()
            .profile
            .as_ref()
            .and_then(|p| p.co2_primary.as_ref())
        {
            Some(co2) if co2.base == base => co2.range(),
            _ => ValueRange {
                low: base,
                base,
                high: base,
            },
        };
        Some(Smelting { step: index, range })
    }
}
