//! The draft back to the dataset file format: each row over the item it was made from, so
//! that what no column shows is kept. One row, one item, in table order (row `i` of the
//! steps table is `steps[i]` of the file), so the model's errors can be placed at rows.
use std::collections::BTreeMap;

use super::column::{
    ChainColumn as CC, ChainFigure, Column, PresetColumn as PC, ProductColumn as PrC,
    ProductFigure, StepColumn as SC, StepFigure,
};
use super::draft::{Draft, Origin, Row};
use super::problem::{CellError, CellProblem};
use super::read::{range_columns, read_number, source_columns, Reader};
use super::render::{self, step_source, KINDS, LEVELS};
use crate::model::{
    ChinaOutput, DatasetFile, Metric, Name, Preset, PresetTarget, Product, ProductKind, Source,
    SourcedRange, Step, TargetBasis, ValueRange,
};

/// The draft as a dataset file, with the cells that could not be read. The file is
/// complete even then (an unreadable cell stands in with its earlier or a neutral value),
/// so that the model checks the rest.
pub fn to_file(draft: &Draft) -> (DatasetFile, Vec<CellError>) {
    let mut errors = Vec::new();
    let mut file = (*draft.base).clone();
    chain(&draft.chain, &mut file, &mut errors);
    file.products = read_rows(&draft.products, &mut errors, product);
    file.steps = read_rows(&draft.steps, &mut errors, step);
    file.presets = read_rows(&draft.presets, &mut errors, preset);
    (file, errors)
}

fn read_rows<T>(
    rows: &[Row],
    errors: &mut Vec<CellError>,
    read: impl Fn(&mut Reader) -> T,
) -> Vec<T> {
    rows.iter()
        .enumerate()
        .map(|(index, row)| {
            read(&mut Reader {
                row,
                index,
                errors: &mut *errors,
            })
        })
        .collect()
}

fn name(r: &Reader, en: Column, zh: Column) -> Name {
    Name {
        en: r.text(en).to_string(),
        zh: r.text(zh).to_string(),
    }
}

fn id_list(text: &str) -> Vec<String> {
    text.split([' ', ',', ';', '\u{3001}', '\u{ff0c}'])
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect()
}

fn chain(row: &Row, file: &mut DatasetFile, errors: &mut Vec<CellError>) {
    let c = Column::Chain;
    let mut r = Reader {
        row,
        index: 0,
        errors,
    };
    file.name = name(&r, c(CC::NameEn), c(CC::NameZh));
    file.metal = r
        .any(&[c(CC::MetalEn), c(CC::MetalZh)])
        .then(|| name(&r, c(CC::MetalEn), c(CC::MetalZh)));
    file.currency = r.text(c(CC::Currency)).to_string();
    file.start = r.text(c(CC::Start)).to_string();
    file.reference_product =
        Some(r.text(c(CC::ReferenceProduct)).to_string()).filter(|id| !id.is_empty());
    let range = |figure| move |part| c(CC::Range(figure, part));
    let source = |figure| move |part| c(CC::Source(figure, part));

    let price = &mut file.metal_price;
    let read = r.range(range(ChainFigure::MetalPrice), price.range());
    (price.low, price.base, price.high) = (read.low, read.base, read.high);
    price.source = r.source(source(ChainFigure::MetalPrice), Some(&price.source));
    price.vat_included = r.optional_flag(c(CC::PriceVatIncluded));
    for (figure, sourced) in [
        (ChainFigure::MeltLoss, &mut file.melt_loss),
        (ChainFigure::ScrapPrice, &mut file.scrap_price),
    ] {
        let read = r.range(range(figure), sourced.range());
        (sourced.low, sourced.base, sourced.high) = (read.low, read.base, read.high);
        sourced.source = r.source(source(figure), Some(&sourced.source));
    }
    file.vat.rate = r.number(c(CC::VatRate), file.vat.rate);
    file.vat.prices_include_vat = r.flag(c(CC::PricesIncludeVat), file.vat.prices_include_vat);
    file.vat.source = r.source(source(ChainFigure::Vat), Some(&file.vat.source));
    file.region.primary_tonnes_per_year =
        r.number(c(CC::RegionTonnes), file.region.primary_tonnes_per_year);
    file.region.source = r.source(source(ChainFigure::Region), Some(&file.region.source));
}

/// A new row's item: blank, to be filled from its cells.
fn new_product() -> Product {
    Product {
        id: String::new(),
        name: Name {
            en: String::new(),
            zh: String::new(),
        },
        kind: ProductKind::Other,
        local: true,
        default_path: None,
        level: None,
        metal_content: None,
        china_output: None,
        article_total: None,
    }
}

fn product(r: &mut Reader) -> Product {
    let c = Column::Product;
    let mut product = match r.row.origin() {
        Some(Origin::Product(p)) => p.clone(),
        _ => new_product(),
    };
    product.id = r.text(c(PrC::Id)).to_string();
    product.name = name(r, c(PrC::NameEn), c(PrC::NameZh));
    let kinds = KINDS.map(|k| (k, render::kind_code(k)));
    product.kind = r.choice(c(PrC::Kind), &kinds, product.kind);
    let levels = LEVELS.map(|l| (l, l.code()));
    product.level = r.optional_choice(c(PrC::Level), &levels, product.processing_level());
    product.local = r.flag(c(PrC::Local), true);
    let path = id_list(r.text(c(PrC::DefaultPath)));
    product.default_path = (!path.is_empty()).then_some(path);

    let content_range = |part| c(PrC::MetalContent(part));
    let content_source = |part| c(PrC::Source(ProductFigure::MetalContent, part));
    let earlier = product.metal_content.take();
    product.metal_content = sourced(r, content_range, content_source, earlier);

    let output_source = |part| c(PrC::Source(ProductFigure::ChinaOutput, part));
    let mut columns = source_columns(output_source);
    columns.extend([c(PrC::ChinaOutputTonnes), c(PrC::ChinaOutputYear)]);
    let earlier = product.china_output.take();
    product.china_output = r.any(&columns).then(|| ChinaOutput {
        tonnes: r.number(
            c(PrC::ChinaOutputTonnes),
            earlier.as_ref().map_or(0.0, |o| o.tonnes),
        ),
        year: r.year(
            c(PrC::ChinaOutputYear),
            earlier.as_ref().map_or(0, |o| o.year),
        ),
        source: r.source(output_source, earlier.as_ref().map(|o| &o.source)),
    });
    product
}

/// An optional ranged figure with its source: none while all its cells are blank.
fn sourced(
    r: &mut Reader,
    range: impl Fn(crate::editor::column::RangePart) -> Column + Copy,
    source: impl Fn(crate::editor::column::SourcePart) -> Column + Copy,
    earlier: Option<SourcedRange>,
) -> Option<SourcedRange> {
    let mut columns = range_columns(range);
    columns.extend(source_columns(source));
    if !r.any(&columns) {
        return None;
    }
    let fallback = earlier.as_ref().map_or(
        ValueRange {
            low: 0.0,
            base: 0.0,
            high: 0.0,
        },
        SourcedRange::range,
    );
    let read = r.range(range, fallback);
    Some(SourcedRange {
        low: read.low,
        base: read.base,
        high: read.high,
        source: r.source(source, earlier.as_ref().map(|s| &s.source)),
    })
}

fn blank_source() -> Source {
    Source {
        citation: crate::model::Prose::Plain(String::new()),
        year: crate::model::limits::MIN_YEAR,
        badge: crate::model::Badge::Estimate,
        url: None,
    }
}

fn new_step() -> Step {
    let zero = ValueRange {
        low: 0.0,
        base: 0.0,
        high: 0.0,
    };
    Step {
        from: String::new(),
        to: String::new(),
        added_value: zero,
        yield_: ValueRange {
            low: 1.0,
            base: 1.0,
            high: 1.0,
        },
        kwh_per_t: None,
        co2_t_per_t: None,
        jobs_per_10kt: None,
        recycling: false,
        source: blank_source(),
        yield_source: None,
        kwh_source: None,
        jobs_source: None,
        co2_source: None,
        melt_loss: None,
        value_added_share: None,
    }
}

fn step(r: &mut Reader) -> Step {
    let c = Column::Step;
    let mut step = match r.row.origin() {
        Some(Origin::Step(s)) => Step::clone(s),
        _ => new_step(),
    };
    step.from = r.text(c(SC::From)).to_string();
    step.to = r.text(c(SC::To)).to_string();
    step.recycling = r.flag(c(SC::Recycling), false);
    let range = |figure| move |part| c(SC::Range(figure, part));
    let source = |figure| move |part| c(SC::Source(figure, part));
    step.added_value = r.range(range(StepFigure::AddedValue), step.added_value);
    step.source = r.source(source(StepFigure::AddedValue), Some(&step.source));
    step.yield_ = r.range(range(StepFigure::Yield), step.yield_);
    let earlier = step.melt_loss.take();
    step.melt_loss = sourced(
        r,
        range(StepFigure::MeltLoss),
        source(StepFigure::MeltLoss),
        earlier,
    );
    let earlier = step.value_added_share.take();
    step.value_added_share = sourced(
        r,
        range(StepFigure::ValueAddedShare),
        source(StepFigure::ValueAddedShare),
        earlier,
    );
    step.kwh_per_t = r.optional_number(c(SC::Kwh));
    step.co2_t_per_t = r.optional_number(c(SC::Co2));
    step.jobs_per_10kt = r.optional_number(c(SC::Jobs));
    let earlier = step.clone();
    for figure in [
        StepFigure::Yield,
        StepFigure::Kwh,
        StepFigure::Co2,
        StepFigure::Jobs,
    ] {
        let columns = source_columns(source(figure));
        let read = r
            .any(&columns)
            .then(|| r.source(source(figure), step_source(&earlier, figure)));
        match figure {
            StepFigure::Yield => step.yield_source = read,
            StepFigure::Kwh => step.kwh_source = read,
            StepFigure::Co2 => step.co2_source = read,
            _ => step.jobs_source = read,
        }
    }
    step
}

fn preset(r: &mut Reader) -> Preset {
    let c = Column::Preset;
    let earlier = match r.row.origin() {
        Some(Origin::Preset(p)) => Some(p.clone()),
        _ => None,
    };
    let years = match r.text(c(PC::Years)) {
        "" => 5,
        text => match text.parse::<u32>() {
            Ok(years) => years,
            Err(_) => {
                r.errors.push(CellError::at(
                    crate::editor::column::Cell::new(r.index, c(PC::Years)),
                    CellProblem::Year,
                ));
                earlier.as_ref().map_or(5, |p| p.years)
            }
        },
    };
    let shares = shares(r).unwrap_or_else(|| {
        earlier
            .as_ref()
            .map(|p| p.shares.clone())
            .unwrap_or_default()
    });
    let targets = targets(r, earlier.as_ref());
    Preset {
        id: r.text(c(PC::Id)).to_string(),
        name: name(r, c(PC::NameEn), c(PC::NameZh)),
        tonnage: r.number(c(PC::Tonnage), earlier.as_ref().map_or(0.0, |p| p.tonnage)),
        shares,
        targets,
        years,
        source: r.source(
            |part| c(PC::Source(part)),
            earlier.as_ref().map(|p| &p.source),
        ),
    }
}

/// `<product>:<share>, …`; None (with the problem) when not so written.
fn shares(r: &mut Reader) -> Option<BTreeMap<String, f64>> {
    let column = Column::Preset(PC::Shares);
    let mut shares = BTreeMap::new();
    for entry in r.text(column).split([',', ';', '\u{ff0c}']) {
        let entry = entry.trim();
        if entry.is_empty() {
            continue;
        }
        let parsed = entry
            .split_once([':', '\u{ff1a}', '='])
            .and_then(|(id, share)| Some((id.trim().to_string(), read_number(share).ok()?)));
        match parsed {
            Some((id, share)) => {
                shares.insert(id, share);
            }
            None => {
                let at = crate::editor::column::Cell::new(r.index, column);
                r.errors.push(CellError::at(at, CellProblem::Shares));
                return None;
            }
        }
    }
    Some(shares)
}

/// `<metric>:<value>[:vat|:no-vat][:<price year>]; …`. A target keeps its own source while
/// the target at its place is of the same metric.
fn targets(r: &mut Reader, earlier: Option<&Preset>) -> Vec<PresetTarget> {
    let column = Column::Preset(PC::Targets);
    let mut targets = Vec::new();
    for (n, entry) in r.text(column).split(';').enumerate() {
        if entry.trim().is_empty() {
            continue;
        }
        let Some(mut target) = target(entry) else {
            let at = crate::editor::column::Cell::new(r.index, column);
            r.errors.push(CellError::at(at, CellProblem::Targets));
            return earlier.map(|p| p.targets.clone()).unwrap_or_default();
        };
        target.source = earlier
            .and_then(|p| p.targets.get(n))
            .filter(|t| t.metric == target.metric)
            .and_then(|t| t.source.clone());
        targets.push(target);
    }
    targets
}

fn target(entry: &str) -> Option<PresetTarget> {
    let mut parts = entry.split(':').map(str::trim);
    let code = parts.next()?.to_lowercase();
    let metric = Metric::from_code(&code).or_else(|| metric_of_file_code(&code))?;
    let value = read_number(parts.next()?).ok()?;
    let mut basis = TargetBasis::default();
    for part in parts {
        match part.to_lowercase().as_str() {
            "vat" if basis.vat_included.is_none() => basis.vat_included = Some(true),
            "no-vat" if basis.vat_included.is_none() => basis.vat_included = Some(false),
            year if basis.price_year.is_none() => basis.price_year = Some(year.parse().ok()?),
            _ => return None,
        }
    }
    Some(PresetTarget {
        metric,
        value,
        source: None,
        basis,
    })
}

/// A metric by its code in files (`gross-output`), as a header row from a file writes it.
fn metric_of_file_code(code: &str) -> Option<Metric> {
    Some(match code {
        "added-value" => Metric::AddedValue,
        "output-value" => Metric::OutputValue,
        "gross-output" => Metric::GrossOutput,
        "retained-value" => Metric::RetainedValue,
        "value-added" => Metric::ValueAdded,
        "deep-processing-rate" => Metric::DeepProcessingRate,
        _ => return None,
    })
}
