//! Validation of the figures schema 3 added: the VAT, value-added shares, per-step melt
//! losses, metal contents and China's output. Each bound is named in its error.

use super::validate::{check_name, valid_id};
use super::validate::{check_number, check_range, check_source};
use super::{DatasetError, DatasetFile, Field, Item, RegionProfile, SourceField, SourcedRange};
use crate::limits::{
    MAX_CO2_T_PER_T, MAX_MELT_LOSS, MAX_PRICE_PER_KWH, MAX_REPORTED, MAX_SHARE, MAX_TONNES,
    MAX_VAT_RATE, MAX_YEAR, MIN_YEAR,
};

fn check_sourced(
    errors: &mut Vec<DatasetError>,
    item: &Item,
    range: &SourcedRange,
    max: f64,
    positive: bool,
) {
    check_range(errors, item, range.range(), max, positive);
    check_source(errors, item, SourceField::Source, &range.source);
}

fn check_year(errors: &mut Vec<DatasetError>, item: &Item, year: i32) {
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        errors.push(DatasetError::InvalidYear {
            item: item.clone(),
            source: SourceField::Source,
            year,
            min: MIN_YEAR,
            max: MAX_YEAR,
        });
    }
}

/// A region's profile: its id and what it covers, its power, electricity price and CO₂,
/// each with its source; reported figures and national notes within their limits.
pub(super) fn check_region_profile(errors: &mut Vec<DatasetError>, profile: &RegionProfile) {
    for id in [&profile.id, &profile.extends] {
        if !valid_id(id) {
            errors.push(DatasetError::InvalidId {
                id: id.clone(),
                max_len: crate::limits::MAX_ID_LEN,
            });
        }
    }
    check_name(errors, Item::Region, &profile.covers);
    if let Some(power) = &profile.power {
        check_source(errors, &Item::Power, SourceField::Source, &power.source);
    }
    if let Some(price) = &profile.electricity_price {
        // A price of zero is no price: the smelters pay something for power.
        check_sourced(
            errors,
            &Item::ElectricityPrice,
            price,
            MAX_PRICE_PER_KWH,
            true,
        );
    }
    if let Some(co2) = &profile.co2_primary {
        check_sourced(errors, &Item::Co2Primary, co2, MAX_CO2_T_PER_T, false);
    }
    for reported in &profile.reported {
        let item = Item::Reported {
            metric: reported.metric.code().to_string(),
            year: reported.year,
        };
        check_number(
            errors,
            &item,
            Field::Target,
            reported.value,
            MAX_REPORTED,
            false,
        );
        check_year(errors, &item, reported.year);
        check_source(errors, &item, SourceField::Source, &reported.source);
    }
    for note in &profile.national {
        if note.citation.is_blank() {
            errors.push(DatasetError::EmptyCitation {
                item: Item::National {
                    figure: note.figure.code().to_string(),
                },
                source: SourceField::Source,
            });
        }
    }
}

pub(super) fn check_schema3_figures(errors: &mut Vec<DatasetError>, file: &DatasetFile) {
    if let Some(profile) = &file.region.profile {
        check_region_profile(errors, profile);
    }
    check_number(
        errors,
        &Item::Vat,
        Field::Rate,
        file.vat.rate,
        MAX_VAT_RATE,
        false,
    );
    check_source(errors, &Item::Vat, SourceField::Source, &file.vat.source);
    for (level, share) in &file.value_added_shares {
        let item = Item::ValueAddedShare {
            level: level.code().to_string(),
        };
        check_sourced(errors, &item, share, MAX_SHARE, false);
    }
    for step in &file.steps {
        let (from, to) = (step.from.clone(), step.to.clone());
        if let Some(loss) = &step.melt_loss {
            let item = Item::StepMeltLoss {
                from: from.clone(),
                to: to.clone(),
            };
            check_sourced(errors, &item, loss, MAX_MELT_LOSS, false);
        }
        if let Some(share) = &step.value_added_share {
            check_sourced(
                errors,
                &Item::StepValueAddedShare { from, to },
                share,
                MAX_SHARE,
                false,
            );
        }
    }
    for product in &file.products {
        let id = product.id.clone();
        if let Some(content) = &product.metal_content {
            // A product with no metal in it is not on this chain: the content is above 0.
            check_sourced(
                errors,
                &Item::MetalContent { id: id.clone() },
                content,
                MAX_SHARE,
                true,
            );
        }
        if let Some(output) = &product.china_output {
            let item = Item::ChinaOutput { id };
            check_number(
                errors,
                &item,
                Field::Tonnage,
                output.tonnes,
                MAX_TONNES,
                true,
            );
            check_source(errors, &item, SourceField::Source, &output.source);
            if !(MIN_YEAR..=MAX_YEAR).contains(&output.year) {
                errors.push(DatasetError::InvalidYear {
                    item,
                    source: SourceField::Source,
                    year: output.year,
                    min: MIN_YEAR,
                    max: MAX_YEAR,
                });
            }
        }
    }
    for preset in &file.presets {
        for target in &preset.targets {
            if let Some(source) = &target.source {
                let item = Item::Preset {
                    id: preset.id.clone(),
                };
                check_source(errors, &item, SourceField::Source, source);
            }
        }
    }
}
