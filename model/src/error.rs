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
        }
    }
}

/// One problem found while loading, validating or editing a dataset. Its `Display` is the
/// page's English wording too (the catalog adds the Chinese): one English text each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum DatasetError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not JSON at all (bad syntax or truncated); line and column are 1-based.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not the dataset format: a wrong type, a missing or unknown field.
    WrongType {
        line: usize,
        column: usize,
        message: String,
    },
    /// A `schema` this version does not read; it reads `oldest` to `supported`.
    UnsupportedSchema {
        found: String,
        oldest: u32,
        supported: u32,
    },
    TooManyProducts {
        count: usize,
        limit: usize,
    },
    TooManySteps {
        count: usize,
        limit: usize,
    },
    /// An id that is not 1 to `max_len` lowercase letters, digits or hyphens.
    InvalidId {
        id: String,
        max_len: usize,
    },
    DuplicateProduct {
        id: String,
    },
    DuplicatePreset {
        id: String,
    },
    /// A schema-2 file without one of the figures every schema-2 file gives.
    MissingFigure {
        field: String,
    },
    TooManyPresets {
        count: usize,
        limit: usize,
    },
    InvalidPresetYears {
        id: String,
        years: u32,
        max: u32,
    },
    /// The shares of a baseline or preset add up to more than the whole.
    SharesExceedOne {
        item: Item,
        total: f64,
    },
    DuplicateStep {
        from: String,
        to: String,
    },
    UnknownProduct {
        id: String,
        referenced_by: Reference,
    },
    /// Only from edits: the step to change does not exist.
    UnknownStep {
        from: String,
        to: String,
    },
    MissingName {
        item: Item,
        language: Language,
    },
    EmptyCurrency,
    EmptyCitation {
        item: Item,
        source: SourceField,
    },
    /// A source's year outside `min` to `max`.
    InvalidYear {
        item: Item,
        source: SourceField,
        year: i32,
        min: i32,
        max: i32,
    },
    NotFinite {
        item: Item,
        field: Field,
    },
    Negative {
        item: Item,
        field: Field,
        value: f64,
    },
    NotPositive {
        item: Item,
        field: Field,
        value: f64,
    },
    ValueTooLarge {
        item: Item,
        field: Field,
        value: f64,
        max: f64,
    },
    RangeOrder {
        item: Item,
        low: f64,
        base: f64,
        high: f64,
    },
    YieldOutOfRange {
        from: String,
        to: String,
        value: f64,
    },
    /// Products that lie on a cycle of production (non-recycling) steps.
    Cycle {
        products: Vec<String>,
    },
    DefaultPathStart {
        product: String,
        first: Option<String>,
        start: String,
    },
    DefaultPathEnd {
        product: String,
        last: Option<String>,
    },
    DefaultPathNoStep {
        product: String,
        from: String,
        to: String,
    },
    /// Several production steps lead into the product and it names no `default_path`.
    AmbiguousPath {
        product: String,
        predecessors: Vec<String>,
    },
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DatasetError::*;
        match self {
            TooLarge { bytes, limit } => write!(
                f,
                "the file is {bytes} bytes; the limit is {limit} bytes — split the chain or remove unused items"
            ),
            Syntax { line, column, message } => {
                write!(f, "line {line}, column {column}: not valid JSON ({message})")
            }
            WrongType { line, column, message } => write!(
                f,
                "line {line}, column {column}: not the dataset format ({message})"
            ),
            UnsupportedSchema { found, oldest, supported } => write!(
                f,
                "`schema` is {found}; this version reads schemas {oldest} to {supported}"
            ),
            TooManyProducts { count, limit } => {
                write!(f, "{count} products; at most {limit} are allowed")
            }
            TooManySteps { count, limit } => write!(f, "{count} steps; at most {limit} are allowed"),
            InvalidId { id, max_len } => write!(
                f,
                "id '{id}' is not allowed: use 1 to {max_len} lowercase letters, digits or hyphens"
            ),
            DuplicateProduct { id } => write!(f, "product id '{id}' is used more than once"),
            DuplicatePreset { id } => write!(f, "preset id '{id}' is used more than once"),
            MissingFigure { field } => write!(
                f,
                "`{field}` is missing: a schema-2 file gives the melt loss and the scrap price, each with its source"
            ),
            TooManyPresets { count, limit } => write!(f, "{count} presets; at most {limit} are allowed"),
            InvalidPresetYears { id, years, max } => write!(
                f,
                "preset '{id}': the number of years (`years`) is {years}; give 1 to {max}"
            ),
            SharesExceedOne { item, total } => write!(
                f,
                "{item}: the shares add up to {total}; together they can be at most 1 (the whole metal)"
            ),
            DuplicateStep { from, to } => {
                write!(f, "step '{from}' → '{to}' is declared more than once")
            }
            UnknownProduct { id, referenced_by } => {
                write!(
                    f,
                    "{referenced_by} names product '{id}', which is not among the dataset's products (`products`)"
                )
            }
            UnknownStep { from, to } => write!(f, "there is no step '{from}' → '{to}'"),
            MissingName { item, language } => {
                // The metal's names are under `metal`, every other item's under `name`.
                let field = if *item == Item::Metal { "metal" } else { "name" };
                let name = match language {
                    Language::En => "English",
                    Language::Zh => "Chinese",
                };
                write!(f, "{item}: the {name} name (`{field}.{language}`) is empty")
            }
            EmptyCurrency => write!(
                f,
                "the currency (`currency`) is empty: give a code such as CNY"
            ),
            EmptyCitation { item, source } => write!(
                f,
                "{item}: the citation of the {} (`{source}.citation`) is empty — say where the figure comes from",
                source_words(*source)
            ),
            InvalidYear { item, source, year, min, max } => write!(
                f,
                "{item}: the year of the {} (`{source}.year`) is {year}; give a year between {min} and {max}",
                source_words(*source)
            ),
            NotFinite { item, field } => {
                write!(f, "{item}: {} is not a finite number", field_words(item, *field))
            }
            Negative { item, field, value } => {
                write!(f, "{item}: {} is {value}; it must not be negative", field_words(item, *field))
            }
            NotPositive { item, field, value } => {
                write!(f, "{item}: {} is {value}; it must be greater than zero", field_words(item, *field))
            }
            ValueTooLarge { item, field, value, max } => {
                write!(f, "{item}: {} is {value}; the largest allowed is {max}", field_words(item, *field))
            }
            RangeOrder { item, low, base, high } => write!(
                f,
                "{item}: need low ≤ base ≤ high, got low {low}, base {base}, high {high}"
            ),
            YieldOutOfRange { from, to, value } => write!(
                f,
                "step '{from}' → '{to}': the yield (`yield`) is {value}; it must be above 0 and at most 1"
            ),
            Cycle { products } => write!(
                f,
                "production steps form a cycle through {}; mark the step that closes it `\"recycling\": true` or remove it",
                quoted_list(products)
            ),
            DefaultPathStart { product, first, start } => match first {
                Some(first) => write!(
                    f,
                    "product '{product}': the default path (`default_path`) begins at '{first}'; it must begin at the start product '{start}'"
                ),
                None => write!(f, "product '{product}': the default path (`default_path`) is empty"),
            },
            DefaultPathEnd { product, last } => match last {
                Some(last) => write!(
                    f,
                    "product '{product}': the default path (`default_path`) ends at '{last}'; it must end at '{product}'"
                ),
                None => write!(
                    f,
                    "product '{product}': the default path (`default_path`) is empty; it must end at '{product}'"
                ),
            },
            DefaultPathNoStep { product, from, to } => write!(
                f,
                "product '{product}': the default path (`default_path`) goes '{from}' → '{to}', but there is no production step '{from}' → '{to}'"
            ),
            AmbiguousPath { product, predecessors } => write!(
                f,
                "product '{product}' can be reached from {}; add a default path (`default_path`) to say which is the default",
                quoted_list(predecessors)
            ),
        }
    }
}

impl std::error::Error for DatasetError {}

/// A numeric field of an item in words. A step's low, base and high are those of its added
/// value (its yield is the field `Yield`); other items' are those of their own range.
fn field_words(item: &Item, field: Field) -> &'static str {
    let of_step = matches!(item, Item::Step { .. });
    match (field, of_step) {
        (Field::Low, true) => "the low added value",
        (Field::Low, false) => "the low value",
        (Field::Base, true) => "the base added value",
        (Field::Base, false) => "the base value",
        (Field::High, true) => "the high added value",
        (Field::High, false) => "the high value",
        (Field::Yield, _) => "the yield",
        (Field::KwhPerT, _) => "the electricity use (kWh/t)",
        (Field::JobsPer10kt, _) => "the jobs per 10,000 t",
        (Field::Co2PerT, _) => "the CO2 emissions per ton",
        (Field::PrimaryTonnesPerYear, _) => "the primary metal output per year",
        (Field::Tonnage, _) => "the tonnage",
        (Field::Share, _) => "a share",
        (Field::Target, _) => "a target",
    }
}

/// Which of an item's `source` objects, in words (the message adds its JSON name).
fn source_words(source: SourceField) -> &'static str {
    match source {
        SourceField::Source => "source",
        SourceField::YieldSource => "yield source",
        SourceField::KwhSource => "electricity-use source",
        SourceField::JobsSource => "jobs source",
        SourceField::Co2Source => "CO2 source",
    }
}

fn quoted_list(ids: &[String]) -> String {
    ids.iter()
        .map(|id| format!("'{id}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// All problems found in one dataset, in file order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetErrors(pub Vec<DatasetError>);

impl fmt::Display for DatasetErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, error) in self.0.iter().enumerate() {
            if n > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DatasetErrors {}

/// A computation on a valid dataset that cannot proceed with the inputs given. Its `Display`
/// is the page's English wording too (the catalog adds the Chinese): one English text each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum ModelError {
    UnknownPreset {
        id: String,
    },
    UnknownProduct {
        id: String,
    },
    EmptyPath,
    NoStep {
        from: String,
        to: String,
    },
    RecyclingStepInPath {
        from: String,
        to: String,
    },
    NoDefaultPath {
        product: String,
    },
    PathStart {
        product: String,
        first: String,
        start: String,
    },
    PathEnd {
        product: String,
        last: String,
    },
    ShareForStart {
        product: String,
    },
    /// A tonnage outside 0 to `max`.
    InvalidTonnage {
        value: f64,
        max: f64,
    },
    InvalidShare {
        product: String,
        value: f64,
    },
    SharesExceedOne {
        total: f64,
    },
    UnknownStep {
        from: String,
        to: String,
    },
    DuplicateUplift {
        from: String,
        to: String,
    },
    /// An uplift outside -100 % to `max` %.
    InvalidUplift {
        from: String,
        to: String,
        percent: f64,
        max: f64,
    },
    InvalidYears {
        years: u32,
        max: u32,
    },
    InvalidTarget {
        value: f64,
    },
    InvalidSamples {
        requested: u32,
        max: u32,
    },
    TooManyPaths {
        limit: usize,
    },
    /// A result overflowed (for example yields so small that metal needs explode).
    NotFinite {
        what: String,
    },
    Serialize {
        message: String,
    },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ModelError::*;
        match self {
            UnknownPreset { id } => write!(f, "the dataset has no preset '{id}'"),
            UnknownProduct { id } => write!(f, "there is no product '{id}' in the dataset"),
            EmptyPath => write!(f, "the path is empty: give at least one product id"),
            NoStep { from, to } => write!(f, "there is no step '{from}' → '{to}'"),
            RecyclingStepInPath { from, to } => write!(
                f,
                "'{from}' → '{to}' is a recycling step; paths follow production steps only"
            ),
            NoDefaultPath { product } => write!(
                f,
                "product '{product}' cannot be reached from the start product by production steps"
            ),
            PathStart { product, first, start } => write!(
                f,
                "the path to '{product}' begins at '{first}'; it must begin at '{start}'"
            ),
            PathEnd { product, last } => write!(
                f,
                "the path given for '{product}' ends at '{last}'; it must end at '{product}'"
            ),
            ShareForStart { product } => write!(
                f,
                "'{product}' is the start product and takes no share: metal not sent down a path already leaves as '{product}'"
            ),
            InvalidTonnage { value, max } => write!(
                f,
                "tonnage {value} is not allowed: give a number from 0 to {max}"
            ),
            InvalidShare { product, value } => write!(
                f,
                "share {value} for '{product}' is not allowed: give a number from 0 to 1"
            ),
            SharesExceedOne { total } => write!(
                f,
                "shares add up to {:.2} %; they must not exceed 100 %",
                total * 100.0
            ),
            UnknownStep { from, to } => write!(f, "there is no production step '{from}' → '{to}'"),
            DuplicateUplift { from, to } => {
                write!(f, "step '{from}' → '{to}' has more than one R&D uplift")
            }
            InvalidUplift { from, to, percent, max } => write!(
                f,
                "R&D uplift {percent} % on step '{from}' → '{to}' is not allowed: give -100 to {max} %"
            ),
            InvalidYears { years, max } => {
                write!(f, "{years} years is not allowed: give 1 to {max}")
            }
            InvalidTarget { value } => {
                write!(f, "target {value} is not allowed: give a finite number of at least 0")
            }
            InvalidSamples { requested, max } => {
                write!(f, "{requested} samples is not allowed: give 1 to {max}")
            }
            TooManyPaths { limit } => write!(
                f,
                "more than {limit} paths: the chain branches too much to list every path"
            ),
            NotFinite { what } => write!(f, "{what} overflowed; check for extremely small yields or large values"),
            Serialize { message } => write!(f, "could not write JSON: {message}"),
        }
    }
}

impl std::error::Error for ModelError {}
