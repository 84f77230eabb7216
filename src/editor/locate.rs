//! Where a model error is in the tables: the cells of the rows whose item it names. Rows
//! are the file's items in order (`convert`), so an item is found by its id in the file
//! the draft converted to. An error no cell shows (a region's profile, a value-added share
//! by level) has no cell: the editor shows it for the chain as a whole.
use super::column::{
    Cell, ChainColumn as CC, ChainFigure, Column, PresetColumn as PC, ProductColumn as PrC,
    ProductFigure, RangePart, SourcePart, StepColumn as SC, StepFigure,
};
use crate::model::{DatasetError, DatasetFile, Field, Item, Language, Reference, SourceField};

/// The cells a model error concerns (none: the chain as a whole).
pub fn cells_of(error: &DatasetError, file: &DatasetFile) -> Vec<Cell> {
    use DatasetError::*;
    let at = Locator { file };
    match error {
        InvalidId { id, .. } => {
            let mut cells = at.products(id, PrC::Id);
            cells.extend(at.presets(id, PC::Id));
            cells
        }
        DuplicateProduct { id } => at.products(id, PrC::Id).into_iter().skip(1).collect(),
        DuplicatePreset { id } => at.presets(id, PC::Id).into_iter().skip(1).collect(),
        InvalidPresetYears { id, .. } => at.presets(id, PC::Years),
        SharesExceedOne { item, .. } => match item {
            Item::Preset { id } => at.presets(id, PC::Shares),
            _ => Vec::new(),
        },
        DuplicateStep { from, to } => at.steps(from, to, SC::To).into_iter().skip(1).collect(),
        UnknownProduct { referenced_by, .. } => match referenced_by {
            Reference::Start => vec![chain(CC::Start)],
            Reference::StepFrom { from, to } => at.steps(from, to, SC::From),
            Reference::StepTo { from, to } => at.steps(from, to, SC::To),
            Reference::DefaultPath { product } => at.products(product, PrC::DefaultPath),
            Reference::ReferenceProduct => vec![chain(CC::ReferenceProduct)],
            Reference::Preset { id } => at.presets(id, PC::Shares),
            Reference::Edit | Reference::Baseline | Reference::Region => Vec::new(),
        },
        MissingName { item, language } => {
            let zh = *language == Language::Zh;
            match item {
                Item::Dataset => vec![chain(if zh { CC::NameZh } else { CC::NameEn })],
                Item::Metal => vec![chain(if zh { CC::MetalZh } else { CC::MetalEn })],
                Item::Product { id } => at.products(id, if zh { PrC::NameZh } else { PrC::NameEn }),
                Item::Preset { id } => at.presets(id, if zh { PC::NameZh } else { PC::NameEn }),
                _ => Vec::new(),
            }
        }
        EmptyCurrency => vec![chain(CC::Currency)],
        EmptyCitation { item, source } => {
            let mut cells = at.source(item, *source, SourcePart::CitationEn);
            cells.extend(at.source(item, *source, SourcePart::CitationZh));
            cells
        }
        InvalidUrl { item, source, .. } => at.source(item, *source, SourcePart::Link),
        InvalidYear {
            item: Item::ChinaOutput { id },
            year,
            ..
        } if at.product_rows(id).iter().any(|&i| {
            at.file
                .products
                .get(i)
                .and_then(|p| p.china_output.as_ref())
                .is_some_and(|o| o.year == *year)
        }) =>
        {
            at.products(id, PrC::ChinaOutputYear)
        }
        InvalidYear { item, source, .. } => at.source(item, *source, SourcePart::Year),
        NotFinite { item, field }
        | Negative { item, field, .. }
        | NotPositive { item, field, .. }
        | ValueTooLarge { item, field, .. } => at.field(item, *field),
        RangeOrder {
            item,
            low,
            base,
            high,
        } => at.range_order(item, [*low, *base, *high]),
        YieldOutOfRange { from, to, value } => at
            .step_rows(from, to)
            .into_iter()
            .flat_map(|i| {
                let range = at.file.steps.get(i).map(|s| s.yield_);
                RangePart::ALL
                    .into_iter()
                    .filter(move |part| {
                        range.is_some_and(|r| end(r, *part).to_bits() == value.to_bits())
                    })
                    .map(move |part| Cell::new(i, Column::Step(SC::Range(StepFigure::Yield, part))))
            })
            .collect(),
        Cycle { products } => at
            .file
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.recycling && products.contains(&s.from) && products.contains(&s.to))
            .map(|(i, _)| Cell::new(i, Column::Step(SC::To)))
            .collect(),
        DefaultPathStart { product, .. }
        | DefaultPathEnd { product, .. }
        | DefaultPathNoStep { product, .. }
        | AmbiguousPath { product, .. } => at.products(product, PrC::DefaultPath),
        TooLarge { .. }
        | Syntax { .. }
        | WrongType { .. }
        | UnsupportedSchema { .. }
        | TooManyProducts { .. }
        | TooManySteps { .. }
        | MissingFigure { .. }
        | TooManyPresets { .. }
        | UnknownChain { .. }
        | UnknownPreset { .. }
        | RegionalFigure { .. }
        | UnknownStep { .. }
        // Only from an edit of a figure, never from a file the editor writes.
        | NoValueAddedShare { .. } => Vec::new(),
    }
}

fn chain(column: CC) -> Cell {
    Cell::new(0, Column::Chain(column))
}

fn end(range: crate::model::ValueRange, part: RangePart) -> f64 {
    match part {
        RangePart::Low => range.low,
        RangePart::Base => range.base,
        RangePart::High => range.high,
    }
}

fn range_part(field: Field) -> Option<RangePart> {
    match field {
        Field::Low => Some(RangePart::Low),
        Field::Base => Some(RangePart::Base),
        Field::High => Some(RangePart::High),
        _ => None,
    }
}

struct Locator<'a> {
    file: &'a DatasetFile,
}

impl Locator<'_> {
    fn product_rows(&self, id: &str) -> Vec<usize> {
        rows_where(&self.file.products, |p| p.id == id)
    }

    fn step_rows(&self, from: &str, to: &str) -> Vec<usize> {
        rows_where(&self.file.steps, |s| s.from == from && s.to == to)
    }

    fn products(&self, id: &str, column: PrC) -> Vec<Cell> {
        cells(self.product_rows(id), Column::Product(column))
    }

    fn presets(&self, id: &str, column: PC) -> Vec<Cell> {
        cells(
            rows_where(&self.file.presets, |p| p.id == id),
            Column::Preset(column),
        )
    }

    fn steps(&self, from: &str, to: &str, column: SC) -> Vec<Cell> {
        cells(self.step_rows(from, to), Column::Step(column))
    }

    /// A part of the source `which` of an item.
    fn source(&self, item: &Item, which: SourceField, part: SourcePart) -> Vec<Cell> {
        let chain_source = |figure| vec![chain(CC::Source(figure, part))];
        match item {
            Item::MetalPrice => chain_source(ChainFigure::MetalPrice),
            Item::MeltLoss => chain_source(ChainFigure::MeltLoss),
            Item::ScrapPrice => chain_source(ChainFigure::ScrapPrice),
            Item::Vat => chain_source(ChainFigure::Vat),
            Item::Region => chain_source(ChainFigure::Region),
            Item::Preset { id } => self.presets(id, PC::Source(part)),
            Item::MetalContent { id } => {
                self.products(id, PrC::Source(ProductFigure::MetalContent, part))
            }
            Item::ChinaOutput { id } => {
                self.products(id, PrC::Source(ProductFigure::ChinaOutput, part))
            }
            Item::Step { from, to } => {
                let figure = match which {
                    SourceField::Source => StepFigure::AddedValue,
                    SourceField::YieldSource => StepFigure::Yield,
                    SourceField::KwhSource => StepFigure::Kwh,
                    SourceField::JobsSource => StepFigure::Jobs,
                    SourceField::Co2Source => StepFigure::Co2,
                };
                self.steps(from, to, SC::Source(figure, part))
            }
            Item::StepMeltLoss { from, to } => {
                self.steps(from, to, SC::Source(StepFigure::MeltLoss, part))
            }
            Item::StepValueAddedShare { from, to } => {
                self.steps(from, to, SC::Source(StepFigure::ValueAddedShare, part))
            }
            _ => Vec::new(),
        }
    }

    /// The cell of a numeric field of an item.
    fn field(&self, item: &Item, field: Field) -> Vec<Cell> {
        let part = range_part(field);
        let chain_range = |figure| -> Vec<Cell> {
            part.map(|p| chain(CC::Range(figure, p)))
                .into_iter()
                .collect()
        };
        match (item, field) {
            (Item::MetalPrice, _) => chain_range(ChainFigure::MetalPrice),
            (Item::MeltLoss, _) => chain_range(ChainFigure::MeltLoss),
            (Item::ScrapPrice, _) => chain_range(ChainFigure::ScrapPrice),
            (Item::Vat, Field::Rate) => vec![chain(CC::VatRate)],
            (Item::Region, Field::PrimaryTonnesPerYear) => vec![chain(CC::RegionTonnes)],
            (Item::Step { from, to }, _) => {
                let column = match (field, part) {
                    (_, Some(p)) => SC::Range(StepFigure::AddedValue, p),
                    (Field::KwhPerT, _) => SC::Kwh,
                    (Field::Co2PerT, _) => SC::Co2,
                    (Field::JobsPer10kt, _) => SC::Jobs,
                    _ => SC::Range(StepFigure::Yield, RangePart::Base),
                };
                self.steps(from, to, column)
            }
            (Item::StepMeltLoss { from, to }, _) => part
                .map(|p| self.steps(from, to, SC::Range(StepFigure::MeltLoss, p)))
                .unwrap_or_default(),
            (Item::StepValueAddedShare { from, to }, _) => part
                .map(|p| self.steps(from, to, SC::Range(StepFigure::ValueAddedShare, p)))
                .unwrap_or_default(),
            (Item::MetalContent { id }, _) => part
                .map(|p| self.products(id, PrC::MetalContent(p)))
                .unwrap_or_default(),
            (Item::ChinaOutput { id }, _) => self.products(id, PrC::ChinaOutputTonnes),
            (Item::Preset { id }, Field::Tonnage) => self.presets(id, PC::Tonnage),
            (Item::Preset { id }, Field::Share) => self.presets(id, PC::Shares),
            (Item::Preset { id }, Field::Target) => self.presets(id, PC::Targets),
            _ => Vec::new(),
        }
    }

    /// A range out of order: the three cells of the range that has these values (a step's
    /// added value or its yield, which the model names alike).
    fn range_order(&self, item: &Item, values: [f64; 3]) -> Vec<Cell> {
        let same = |r: crate::model::ValueRange| {
            [r.low, r.base, r.high]
                .iter()
                .zip(values)
                .all(|(a, b)| a.to_bits() == b.to_bits())
        };
        let figure = match item {
            Item::Step { from, to } => {
                let yields = self
                    .step_rows(from, to)
                    .into_iter()
                    .filter_map(|i| self.file.steps.get(i))
                    .any(|s| same(s.yield_) && !same(s.added_value));
                if yields {
                    StepFigure::Yield
                } else {
                    StepFigure::AddedValue
                }
            }
            Item::StepMeltLoss { .. } => StepFigure::MeltLoss,
            Item::StepValueAddedShare { .. } => StepFigure::ValueAddedShare,
            _ => {
                return RangePart::ALL
                    .into_iter()
                    .flat_map(|p| self.field(item, field_of(p)))
                    .collect()
            }
        };
        match item {
            Item::Step { from, to }
            | Item::StepMeltLoss { from, to }
            | Item::StepValueAddedShare { from, to } => RangePart::ALL
                .into_iter()
                .flat_map(|p| self.steps(from, to, SC::Range(figure, p)))
                .collect(),
            _ => Vec::new(),
        }
    }
}

fn field_of(part: RangePart) -> Field {
    match part {
        RangePart::Low => Field::Low,
        RangePart::Base => Field::Base,
        RangePart::High => Field::High,
    }
}

fn rows_where<T>(items: &[T], matches: impl Fn(&T) -> bool) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| matches(item))
        .map(|(i, _)| i)
        .collect()
}

fn cells(rows: Vec<usize>, column: Column) -> Vec<Cell> {
    rows.into_iter().map(|row| Cell::new(row, column)).collect()
}
