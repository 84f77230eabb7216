//! Validation: every rule of the format, all problems reported at once, each naming its
//! item; the lookup index is built from a file that passes.

use super::graph::{resolve_default_paths, topological_order};
use super::*;

/// The rule for product ids (lowercase ASCII letters, digits and hyphens, at most
/// `MAX_ID_LEN` bytes): one definition for datasets, links and edits.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(super) fn check_name(errors: &mut Vec<DatasetError>, item: Item, name: &Name) {
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

pub(super) fn check_source(
    errors: &mut Vec<DatasetError>,
    item: &Item,
    which: SourceField,
    source: &Source,
) {
    if source.citation.is_blank() {
        errors.push(DatasetError::EmptyCitation {
            item: item.clone(),
            source: which,
        });
    }
    if let Some(url) = &source.url {
        let ok = ["https://", "http://"]
            .iter()
            .any(|scheme| url.starts_with(scheme) && url.len() > scheme.len())
            && !url.chars().any(char::is_whitespace);
        if !ok {
            errors.push(DatasetError::InvalidUrl {
                item: item.clone(),
                source: which,
                url: url.clone(),
            });
        }
    }
    if !(MIN_YEAR..=MAX_YEAR).contains(&source.year) {
        errors.push(DatasetError::InvalidYear {
            item: item.clone(),
            source: which,
            year: source.year,
            min: MIN_YEAR,
            max: MAX_YEAR,
        });
    }
}

/// Finite, not negative (or positive when asked), not above `max`. Returns whether it passed.
pub(super) fn check_number(
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

pub(super) fn check_range(
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
    if ok {
        check_order(errors, item, range);
    }
}

/// low ≤ base ≤ high, for a range whose numbers are each valid.
fn check_order(errors: &mut Vec<DatasetError>, item: &Item, range: ValueRange) {
    if !(range.low <= range.base && range.base <= range.high) {
        errors.push(DatasetError::RangeOrder {
            item: item.clone(),
            low: range.low,
            base: range.base,
            high: range.high,
        });
    }
}

/// Checks every rule and builds the index; returns all errors found.
pub(super) fn validate(file: &DatasetFile) -> Result<Index, Vec<DatasetError>> {
    let mut errors = Vec::new();
    // Older schemas reach here only through `migrate`, which rewrites them.
    if file.schema != SCHEMA_VERSION {
        errors.push(DatasetError::UnsupportedSchema {
            found: file.schema.to_string(),
            oldest: crate::limits::OLDEST_SCHEMA,
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
    if let Some(metal) = &file.metal {
        check_name(&mut errors, Item::Metal, metal);
    }
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
    super::sourced::check_schema3_figures(&mut errors, file);
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
                max_len: crate::limits::MAX_ID_LEN,
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
        if yields_ok {
            check_order(&mut errors, &item, y);
        }
        if let Some(co2) = step.co2_t_per_t {
            check_number(
                &mut errors,
                &item,
                Field::Co2PerT,
                co2,
                MAX_CO2_T_PER_T,
                false,
            );
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
        check_shares(
            &mut errors,
            &Item::Baseline,
            Reference::Baseline,
            &baseline.shares,
            &product_by_id,
        );
        check_source(
            &mut errors,
            &Item::Baseline,
            SourceField::Source,
            &baseline.source,
        );
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
        crate::sort::sort_by(list, |a, b| a.1.cmp(&b.1));
    }

    let order = match topological_order(&out_steps) {
        Ok(order) => order,
        Err(cycles) => {
            for cycle in cycles {
                let mut products: Vec<String> = cycle
                    .iter()
                    .filter_map(|&i| file.products.get(i).map(|p| p.id.clone()))
                    .collect();
                crate::sort::sort_by(&mut products, |a, b| a.cmp(b));
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
    let mut step_to = vec![0; file.steps.len()];
    for (&(_, to), &step) in &step_by_pair {
        if let Some(slot) = step_to.get_mut(step) {
            *slot = to;
        }
    }
    Ok(Index {
        step_to,
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
    if total > 1.0 + crate::limits::SHARE_TOLERANCE {
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
                max_len: crate::limits::MAX_ID_LEN,
            });
        }
        if !seen.insert(preset.id.as_str()) {
            errors.push(DatasetError::DuplicatePreset {
                id: preset.id.clone(),
            });
        }
        check_name(errors, item.clone(), &preset.name);
        check_number(
            errors,
            &item,
            Field::Tonnage,
            preset.tonnage,
            MAX_TONNES,
            false,
        );
        let reference = Reference::Preset {
            id: preset.id.clone(),
        };
        check_shares(errors, &item, reference, &preset.shares, product_by_id);
        for target in &preset.targets {
            check_number(errors, &item, Field::Target, target.value, f64::MAX, false);
        }
        if preset.years == 0 || preset.years > crate::limits::MAX_YEARS {
            errors.push(DatasetError::InvalidPresetYears {
                id: preset.id.clone(),
                years: preset.years,
                max: crate::limits::MAX_YEARS,
            });
        }
        check_source(errors, &item, SourceField::Source, &preset.source);
    }
}
