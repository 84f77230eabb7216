//! Errors of loading, validating and editing a dataset, with their English wording.

use super::{Field, Item, Language, Reference, SourceField};
use serde::{Deserialize, Serialize};
use std::fmt;

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
    /// A file without one of the figures every file of its schema gives.
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
    /// A region extends a chain that is not the one it is resolved onto (or not known).
    UnknownChain {
        found: String,
        known: Vec<String>,
    },
    /// A region keeps a preset of its chain (`chain_presets`) that the chain does not have.
    UnknownPreset {
        id: String,
    },
    /// A region both gives a figure and says the national one applies (`given`), or does
    /// neither.
    RegionalFigure {
        figure: String,
        given: bool,
    },
    /// Only from edits and regions: the step to change does not exist.
    UnknownStep {
        from: String,
        to: String,
    },
    /// Only from edits: a value-added share to change that the dataset does not give.
    NoValueAddedShare {
        item: Item,
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
    /// A source's address that is blank or not `http://` or `https://`.
    InvalidUrl {
        item: Item,
        source: SourceField,
        url: String,
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
                "`{field}` is missing: a file of schema 2 or later gives the melt loss and the scrap price, and one of schema 3 the VAT (`vat`), each with its source"
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
            NoValueAddedShare { item } => write!(
                f,
                "{item} cannot be changed: the dataset gives no value-added share there"
            ),
            InvalidUrl { item, source, url } => write!(
                f,
                "{item}: the address of the {} (`{source}.url`) is '{url}'; give an address beginning with https:// or http://, or leave it out",
                source_words(*source)
            ),
            UnknownChain { found, known } => write!(
                f,
                "the region extends the chain '{found}' (`extends`), which is not known here; known: {}",
                quoted_list(known)
            ),
            UnknownPreset { id } => write!(
                f,
                "the region keeps the chain's preset '{id}' (`chain_presets`), but the chain has no such preset"
            ),
            RegionalFigure { figure, given: true } => write!(
                f,
                "the region gives its own '{figure}' and also says the national figure applies (`national`): keep one"
            ),
            RegionalFigure { figure, given: false } => write!(
                f,
                "the region neither gives its own '{figure}' nor says the national figure applies: add the figure with its source, or a `national` entry saying why there is none"
            ),
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
        (Field::Rate, _) => "the rate",
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
