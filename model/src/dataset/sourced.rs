//! Validation of the figures schema 3 added: the VAT, value-added shares, per-step melt
//! losses, metal contents and China's output. Each bound is named in its error.

use super::validate::{check_number, check_range, check_source};
use super::{DatasetError, DatasetFile, Field, Item, SourceField, SourcedRange};
use crate::limits::{MAX_MELT_LOSS, MAX_SHARE, MAX_TONNES, MAX_VAT_RATE, MAX_YEAR, MIN_YEAR};

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

pub(super) fn check_schema3_figures(errors: &mut Vec<DatasetError>, file: &DatasetFile) {
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
