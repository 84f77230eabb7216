//! The editor's tables and their columns, and a cell's address. A column's `code` is the
//! field's name in the dataset file (`added_value.low`, `yield_source.citation.en`), which
//! a pasted header row may use; the catalog gives each its header in both languages.

/// The four tables of the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TableId {
    /// The chain's own figures: one row.
    Chain,
    Products,
    Steps,
    Presets,
}

impl TableId {
    pub const ALL: [TableId; 4] = [
        TableId::Chain,
        TableId::Products,
        TableId::Steps,
        TableId::Presets,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TableId::Chain => "chain",
            TableId::Products => "products",
            TableId::Steps => "steps",
            TableId::Presets => "presets",
        }
    }

    /// The table's columns, in the order shown and pasted.
    pub fn columns(self) -> Vec<Column> {
        match self {
            TableId::Chain => chain_columns(),
            TableId::Products => product_columns(),
            TableId::Steps => step_columns(),
            TableId::Presets => preset_columns(),
        }
    }

    /// Whether rows may be added and removed (the chain's figures are one row).
    pub fn has_rows(self) -> bool {
        self != TableId::Chain
    }
}

/// One end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RangePart {
    Low,
    Base,
    High,
}

impl RangePart {
    pub const ALL: [RangePart; 3] = [RangePart::Low, RangePart::Base, RangePart::High];

    pub fn code(self) -> &'static str {
        match self {
            RangePart::Low => "low",
            RangePart::Base => "base",
            RangePart::High => "high",
        }
    }
}

/// One part of a figure's source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourcePart {
    CitationEn,
    CitationZh,
    Year,
    Badge,
    /// The source's address (`url`), optional.
    Link,
}

impl SourcePart {
    pub const ALL: [SourcePart; 5] = [
        SourcePart::CitationEn,
        SourcePart::CitationZh,
        SourcePart::Year,
        SourcePart::Badge,
        SourcePart::Link,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SourcePart::CitationEn => "citation.en",
            SourcePart::CitationZh => "citation.zh",
            SourcePart::Year => "year",
            SourcePart::Badge => "badge",
            SourcePart::Link => "url",
        }
    }
}

/// The sourced figures of the chain table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChainFigure {
    MetalPrice,
    MeltLoss,
    ScrapPrice,
    Vat,
    Region,
}

impl ChainFigure {
    pub const ALL: [ChainFigure; 5] = [
        ChainFigure::MetalPrice,
        ChainFigure::MeltLoss,
        ChainFigure::ScrapPrice,
        ChainFigure::Vat,
        ChainFigure::Region,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ChainFigure::MetalPrice => "metal_price",
            ChainFigure::MeltLoss => "melt_loss",
            ChainFigure::ScrapPrice => "scrap_price",
            ChainFigure::Vat => "vat",
            ChainFigure::Region => "region",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChainColumn {
    NameEn,
    NameZh,
    MetalEn,
    MetalZh,
    Currency,
    Start,
    ReferenceProduct,
    /// The low, base or high of a ranged figure (metal price, melt loss, scrap price).
    Range(ChainFigure, RangePart),
    /// Whether the metal price includes VAT: yes, no or not stated (blank).
    PriceVatIncluded,
    VatRate,
    PricesIncludeVat,
    RegionTonnes,
    Source(ChainFigure, SourcePart),
}

/// The sourced figures of a product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProductFigure {
    MetalContent,
    ChinaOutput,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProductColumn {
    Id,
    NameEn,
    NameZh,
    Kind,
    Level,
    Local,
    MetalContent(RangePart),
    ChinaOutputTonnes,
    ChinaOutputYear,
    /// Product ids from the start, separated by spaces or commas.
    DefaultPath,
    Source(ProductFigure, SourcePart),
}

/// The sourced figures of a step: each has a source of its own, or none (then the step's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepFigure {
    AddedValue,
    Yield,
    MeltLoss,
    ValueAddedShare,
    Kwh,
    Co2,
    Jobs,
}

impl StepFigure {
    pub const ALL: [StepFigure; 7] = [
        StepFigure::AddedValue,
        StepFigure::Yield,
        StepFigure::MeltLoss,
        StepFigure::ValueAddedShare,
        StepFigure::Kwh,
        StepFigure::Co2,
        StepFigure::Jobs,
    ];

    /// The figure's name in the file, as `ChainFigure::code`.
    pub fn code(self) -> &'static str {
        match self {
            StepFigure::AddedValue => "added_value",
            StepFigure::Yield => "yield",
            StepFigure::MeltLoss => "melt_loss",
            StepFigure::ValueAddedShare => "value_added_share",
            StepFigure::Kwh => "kwh_per_t",
            StepFigure::Co2 => "co2_t_per_t",
            StepFigure::Jobs => "jobs_per_10kt",
        }
    }

    /// The source object's name in the file.
    pub fn source_code(self) -> &'static str {
        match self {
            StepFigure::AddedValue => "source",
            StepFigure::Yield => "yield_source",
            StepFigure::MeltLoss => "melt_loss.source",
            StepFigure::ValueAddedShare => "value_added_share.source",
            StepFigure::Kwh => "kwh_source",
            StepFigure::Co2 => "co2_source",
            StepFigure::Jobs => "jobs_source",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepColumn {
    From,
    To,
    Recycling,
    /// A ranged figure's end: added value, yield, melt loss or value-added share.
    Range(StepFigure, RangePart),
    Kwh,
    Co2,
    Jobs,
    Source(StepFigure, SourcePart),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PresetColumn {
    Id,
    NameEn,
    NameZh,
    Tonnage,
    /// `<product>:<share>` separated by commas or semicolons.
    Shares,
    Years,
    /// `<metric>:<value>[:vat|:no-vat][:<price year>]` separated by semicolons.
    Targets,
    Source(SourcePart),
}

/// A column of one of the tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    Chain(ChainColumn),
    Product(ProductColumn),
    Step(StepColumn),
    Preset(PresetColumn),
}

/// A cell's address: its table (the column's), its row and its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cell {
    pub row: usize,
    pub column: Column,
}

impl Cell {
    pub fn new(row: usize, column: Column) -> Cell {
        Cell { row, column }
    }

    pub fn table(&self) -> TableId {
        self.column.table()
    }
}

impl Column {
    pub fn table(self) -> TableId {
        match self {
            Column::Chain(_) => TableId::Chain,
            Column::Product(_) => TableId::Products,
            Column::Step(_) => TableId::Steps,
            Column::Preset(_) => TableId::Presets,
        }
    }

    /// The field's name in the dataset file (a pasted header row may use it).
    pub fn code(self) -> String {
        let source = |figure: &str, part: SourcePart| {
            if figure == "source" || figure.ends_with(".source") || figure.ends_with("_source") {
                format!("{figure}.{}", part.code())
            } else {
                format!("{figure}.source.{}", part.code())
            }
        };
        match self {
            Column::Chain(c) => match c {
                ChainColumn::NameEn => "name.en".into(),
                ChainColumn::NameZh => "name.zh".into(),
                ChainColumn::MetalEn => "metal.en".into(),
                ChainColumn::MetalZh => "metal.zh".into(),
                ChainColumn::Currency => "currency".into(),
                ChainColumn::Start => "start".into(),
                ChainColumn::ReferenceProduct => "reference_product".into(),
                ChainColumn::Range(figure, part) => format!("{}.{}", figure.code(), part.code()),
                ChainColumn::PriceVatIncluded => "metal_price.vat_included".into(),
                ChainColumn::VatRate => "vat.rate".into(),
                ChainColumn::PricesIncludeVat => "vat.prices_include_vat".into(),
                ChainColumn::RegionTonnes => "region.primary_tonnes_per_year".into(),
                ChainColumn::Source(figure, part) => source(figure.code(), part),
            },
            Column::Product(c) => match c {
                ProductColumn::Id => "id".into(),
                ProductColumn::NameEn => "name.en".into(),
                ProductColumn::NameZh => "name.zh".into(),
                ProductColumn::Kind => "kind".into(),
                ProductColumn::Level => "level".into(),
                ProductColumn::Local => "local".into(),
                ProductColumn::MetalContent(part) => format!("metal_content.{}", part.code()),
                ProductColumn::ChinaOutputTonnes => "china_output.tonnes".into(),
                ProductColumn::ChinaOutputYear => "china_output.year".into(),
                ProductColumn::DefaultPath => "default_path".into(),
                ProductColumn::Source(ProductFigure::MetalContent, part) => {
                    source("metal_content", part)
                }
                ProductColumn::Source(ProductFigure::ChinaOutput, part) => {
                    source("china_output", part)
                }
            },
            Column::Step(c) => match c {
                StepColumn::From => "from".into(),
                StepColumn::To => "to".into(),
                StepColumn::Recycling => "recycling".into(),
                StepColumn::Range(figure, part) => format!("{}.{}", figure.code(), part.code()),
                StepColumn::Kwh => StepFigure::Kwh.code().into(),
                StepColumn::Co2 => StepFigure::Co2.code().into(),
                StepColumn::Jobs => StepFigure::Jobs.code().into(),
                StepColumn::Source(figure, part) => source(figure.source_code(), part),
            },
            Column::Preset(c) => match c {
                PresetColumn::Id => "id".into(),
                PresetColumn::NameEn => "name.en".into(),
                PresetColumn::NameZh => "name.zh".into(),
                PresetColumn::Tonnage => "tonnage".into(),
                PresetColumn::Shares => "shares".into(),
                PresetColumn::Years => "years".into(),
                PresetColumn::Targets => "targets".into(),
                PresetColumn::Source(part) => source("source", part),
            },
        }
    }
}

fn chain_columns() -> Vec<Column> {
    use ChainColumn::*;
    let mut columns = vec![
        NameEn,
        NameZh,
        MetalEn,
        MetalZh,
        Currency,
        Start,
        ReferenceProduct,
    ];
    for figure in ChainFigure::ALL {
        match figure {
            ChainFigure::MetalPrice | ChainFigure::MeltLoss | ChainFigure::ScrapPrice => {
                columns.extend(RangePart::ALL.map(|part| Range(figure, part)));
            }
            ChainFigure::Vat => columns.extend([VatRate, PricesIncludeVat]),
            ChainFigure::Region => columns.push(RegionTonnes),
        }
        if figure == ChainFigure::MetalPrice {
            columns.push(PriceVatIncluded);
        }
        columns.extend(SourcePart::ALL.map(|part| Source(figure, part)));
    }
    columns.into_iter().map(Column::Chain).collect()
}

fn product_columns() -> Vec<Column> {
    use ProductColumn::*;
    let mut columns = vec![Id, NameEn, NameZh, Kind, Level, Local, DefaultPath];
    columns.extend(RangePart::ALL.map(MetalContent));
    columns.extend(SourcePart::ALL.map(|p| Source(ProductFigure::MetalContent, p)));
    columns.extend([ChinaOutputTonnes, ChinaOutputYear]);
    columns.extend(SourcePart::ALL.map(|p| Source(ProductFigure::ChinaOutput, p)));
    columns.into_iter().map(Column::Product).collect()
}

fn step_columns() -> Vec<Column> {
    use StepColumn::*;
    let mut columns = vec![From, To];
    for figure in StepFigure::ALL {
        match figure {
            StepFigure::Kwh => columns.push(Kwh),
            StepFigure::Co2 => columns.push(Co2),
            StepFigure::Jobs => columns.push(Jobs),
            ranged => columns.extend(RangePart::ALL.map(|part| Range(ranged, part))),
        }
        columns.extend(SourcePart::ALL.map(|part| Source(figure, part)));
    }
    columns.push(Recycling);
    columns.into_iter().map(Column::Step).collect()
}

fn preset_columns() -> Vec<Column> {
    use PresetColumn::*;
    let mut columns = vec![Id, NameEn, NameZh, Tonnage, Shares, Years, Targets];
    columns.extend(SourcePart::ALL.map(Source));
    columns.into_iter().map(Column::Preset).collect()
}
