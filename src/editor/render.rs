//! A dataset file as the editor's text cells: numbers in their shortest exact form (so a
//! number read back is the same to the last bit), choices by their codes in the file.
use std::collections::BTreeMap;

use super::column::{
    ChainColumn, ChainFigure, Column, PresetColumn, ProductColumn, ProductFigure, RangePart,
    SourcePart, StepColumn, StepFigure,
};
use super::draft::{Origin, Row};
use crate::model::{
    Badge, DatasetFile, Preset, PresetTarget, ProcessingLevel, Product, ProductKind, Prose, Source,
    Step, ValueRange,
};

/// A number as the cell shows it: the shortest text that reads back to the same number.
pub fn number(value: f64) -> String {
    format!("{value}")
}

/// A yes/no cell's text.
pub fn flag(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

pub fn kind_code(kind: ProductKind) -> &'static str {
    match kind {
        ProductKind::Refining => "refining",
        ProductKind::Smelting => "smelting",
        ProductKind::Casting => "casting",
        ProductKind::SemiFinished => "semi-finished",
        ProductKind::Finished => "finished",
        ProductKind::Scrap => "scrap",
        ProductKind::Recycled => "recycled",
        ProductKind::Other => "other",
    }
}

pub const KINDS: [ProductKind; 8] = [
    ProductKind::Refining,
    ProductKind::Smelting,
    ProductKind::Casting,
    ProductKind::SemiFinished,
    ProductKind::Finished,
    ProductKind::Scrap,
    ProductKind::Recycled,
    ProductKind::Other,
];

pub const BADGES: [Badge; 4] = [
    Badge::Article,
    Badge::Published,
    Badge::Derived,
    Badge::Estimate,
];

/// A citation's two cells: one text for both languages shows in both.
pub fn citation(prose: &Prose) -> (String, String) {
    match prose {
        Prose::Plain(text) => (text.clone(), text.clone()),
        Prose::Translated { en, zh } => (
            en.clone().unwrap_or_default(),
            zh.clone().unwrap_or_default(),
        ),
    }
}

/// A source's five cells, by part.
pub fn source_cells(source: &Source) -> [(SourcePart, String); 5] {
    let (en, zh) = citation(&source.citation);
    [
        (SourcePart::CitationEn, en),
        (SourcePart::CitationZh, zh),
        (SourcePart::Year, source.year.to_string()),
        (SourcePart::Badge, source.badge.code().to_string()),
        (SourcePart::Link, source.url.clone().unwrap_or_default()),
    ]
}

fn range_cells(range: ValueRange) -> [(RangePart, String); 3] {
    [
        (RangePart::Low, number(range.low)),
        (RangePart::Base, number(range.base)),
        (RangePart::High, number(range.high)),
    ]
}

/// Collects cells, leaving blank ones out (a row stores only what is written).
#[derive(Default)]
struct Cells(BTreeMap<Column, String>);

impl Cells {
    fn put(&mut self, column: Column, text: impl Into<String>) {
        let text = text.into();
        if !text.is_empty() {
            self.0.insert(column, text);
        }
    }
}

pub fn chain_row(file: &DatasetFile) -> Row {
    use ChainColumn as C;
    let mut cells = Cells::default();
    let mut put = |column: ChainColumn, text: String| cells.put(Column::Chain(column), text);
    put(C::NameEn, file.name.en.clone());
    put(C::NameZh, file.name.zh.clone());
    if let Some(metal) = &file.metal {
        put(C::MetalEn, metal.en.clone());
        put(C::MetalZh, metal.zh.clone());
    }
    put(C::Currency, file.currency.clone());
    put(C::Start, file.start.clone());
    put(
        C::ReferenceProduct,
        file.reference_product.clone().unwrap_or_default(),
    );
    for (figure, range, source) in [
        (
            ChainFigure::MetalPrice,
            file.metal_price.range(),
            &file.metal_price.source,
        ),
        (
            ChainFigure::MeltLoss,
            file.melt_loss.range(),
            &file.melt_loss.source,
        ),
        (
            ChainFigure::ScrapPrice,
            file.scrap_price.range(),
            &file.scrap_price.source,
        ),
    ] {
        for (part, text) in range_cells(range) {
            put(C::Range(figure, part), text);
        }
        for (part, text) in source_cells(source) {
            put(C::Source(figure, part), text);
        }
    }
    put(
        C::PriceVatIncluded,
        file.metal_price.vat_included.map(flag).unwrap_or_default(),
    );
    put(C::VatRate, number(file.vat.rate));
    put(C::PricesIncludeVat, flag(file.vat.prices_include_vat));
    for (part, text) in source_cells(&file.vat.source) {
        put(C::Source(ChainFigure::Vat, part), text);
    }
    put(C::RegionTonnes, number(file.region.primary_tonnes_per_year));
    for (part, text) in source_cells(&file.region.source) {
        put(C::Source(ChainFigure::Region, part), text);
    }
    Row::with(cells.0, None)
}

pub fn product_row(product: &Product) -> Row {
    use ProductColumn as C;
    let mut cells = Cells::default();
    let mut put = |column: ProductColumn, text: String| cells.put(Column::Product(column), text);
    put(C::Id, product.id.clone());
    put(C::NameEn, product.name.en.clone());
    put(C::NameZh, product.name.zh.clone());
    put(C::Kind, kind_code(product.kind).to_string());
    put(
        C::Level,
        product
            .level
            .map(|l| l.code().to_string())
            .unwrap_or_default(),
    );
    put(C::Local, flag(product.local));
    put(
        C::DefaultPath,
        product
            .default_path
            .as_ref()
            .map(|path| path.join(" "))
            .unwrap_or_default(),
    );
    if let Some(content) = &product.metal_content {
        for (part, text) in range_cells(content.range()) {
            put(C::MetalContent(part), text);
        }
        for (part, text) in source_cells(&content.source) {
            put(C::Source(ProductFigure::MetalContent, part), text);
        }
    }
    if let Some(output) = &product.china_output {
        put(C::ChinaOutputTonnes, number(output.tonnes));
        put(C::ChinaOutputYear, output.year.to_string());
        for (part, text) in source_cells(&output.source) {
            put(C::Source(ProductFigure::ChinaOutput, part), text);
        }
    }
    Row::with(cells.0, Some(Origin::Product(product.clone())))
}

/// The level codes a cell takes.
pub const LEVELS: [ProcessingLevel; 4] = ProcessingLevel::ALL;

pub fn step_row(step: &Step) -> Row {
    use StepColumn as C;
    let mut cells = Cells::default();
    let mut put = |column: StepColumn, text: String| cells.put(Column::Step(column), text);
    put(C::From, step.from.clone());
    put(C::To, step.to.clone());
    if step.recycling {
        put(C::Recycling, flag(true));
    }
    let ranges = [
        (StepFigure::AddedValue, Some(step.added_value)),
        (StepFigure::Yield, Some(step.yield_)),
        (
            StepFigure::MeltLoss,
            step.melt_loss.as_ref().map(|m| m.range()),
        ),
        (
            StepFigure::ValueAddedShare,
            step.value_added_share.as_ref().map(|v| v.range()),
        ),
    ];
    for (figure, range) in ranges {
        for (part, text) in range.iter().flat_map(|r| range_cells(*r)) {
            put(C::Range(figure, part), text);
        }
    }
    put(C::Kwh, step.kwh_per_t.map(number).unwrap_or_default());
    put(C::Co2, step.co2_t_per_t.map(number).unwrap_or_default());
    put(C::Jobs, step.jobs_per_10kt.map(number).unwrap_or_default());
    for figure in StepFigure::ALL {
        if let Some(source) = step_source(step, figure) {
            for (part, text) in source_cells(source) {
                put(C::Source(figure, part), text);
            }
        }
    }
    Row::with(cells.0, Some(Origin::Step(Box::new(step.clone()))))
}

/// A step's own source of a figure (the added value's is the step's `source`).
pub fn step_source(step: &Step, figure: StepFigure) -> Option<&Source> {
    match figure {
        StepFigure::AddedValue => Some(&step.source),
        StepFigure::Yield => step.yield_source.as_ref(),
        StepFigure::MeltLoss => step.melt_loss.as_ref().map(|m| &m.source),
        StepFigure::ValueAddedShare => step.value_added_share.as_ref().map(|v| &v.source),
        StepFigure::Kwh => step.kwh_source.as_ref(),
        StepFigure::Co2 => step.co2_source.as_ref(),
        StepFigure::Jobs => step.jobs_source.as_ref(),
    }
}

pub fn preset_row(preset: &Preset) -> Row {
    use PresetColumn as C;
    let mut cells = Cells::default();
    let mut put = |column: PresetColumn, text: String| cells.put(Column::Preset(column), text);
    put(C::Id, preset.id.clone());
    put(C::NameEn, preset.name.en.clone());
    put(C::NameZh, preset.name.zh.clone());
    put(C::Tonnage, number(preset.tonnage));
    put(
        C::Shares,
        preset
            .shares
            .iter()
            .map(|(id, share)| format!("{id}:{}", number(*share)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    put(C::Years, preset.years.to_string());
    put(
        C::Targets,
        preset
            .targets
            .iter()
            .map(target)
            .collect::<Vec<_>>()
            .join("; "),
    );
    for (part, text) in source_cells(&preset.source) {
        put(C::Source(part), text);
    }
    Row::with(cells.0, Some(Origin::Preset(preset.clone())))
}

/// A target as its cell writes it: `gross:60000000000:vat:2019`.
pub fn target(target: &PresetTarget) -> String {
    let mut text = format!("{}:{}", target.metric.code(), number(target.value));
    match target.basis.vat_included {
        Some(true) => text.push_str(":vat"),
        Some(false) => text.push_str(":no-vat"),
        None => {}
    }
    if let Some(year) = target.basis.price_year {
        text.push_str(&format!(":{year}"));
    }
    text
}
