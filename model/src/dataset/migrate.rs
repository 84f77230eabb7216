//! Older schemas → 3. Schema 1 had no melt loss, no scrap price and a fixed reference
//! product ("rod"); schemas 1 and 2 had no VAT statement. Such a file still imports, with
//! those filled in as stated assumptions and a notice that says so
//! (docs/dataset-format.md, "Older files").

use super::{Badge, DatasetFile, FileAsWritten, Prose, Source, SourcedRange, Vat, SCHEMA_VERSION};
use crate::error::{DatasetError, DatasetErrors};
use serde::{Deserialize, Serialize};

/// Melt loss assumed for a schema-1 file: share of remelted process scrap lost as dross.
pub const ASSUMED_MELT_LOSS: [f64; 3] = [0.01, 0.02, 0.05];
/// Scrap price assumed for a schema-1 file, as a share of the metal price (low, base, high
/// of the price each).
pub const ASSUMED_SCRAP_PRICE_SHARE: f64 = 0.8;

/// What an import assumed, to be shown to the person importing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "notice", rename_all = "kebab-case")]
pub enum ImportNotice {
    /// A schema-1 file: melt loss and scrap price were not in it.
    Schema1 {
        melt_loss: f64,
        scrap_price_share: f64,
        /// The product taken as the reference path ("rod"), if the file has it.
        reference_product: Option<String>,
    },
    /// A schema-1 or schema-2 file: it did not say whether its prices include VAT; they
    /// were taken to include it at the rate of the price year.
    AssumedVat { schema: u32, rate: f64, year: i32 },
}

/// China's VAT on goods by year: 17 % before May 2018, 16 % to March 2019, 13 % from April
/// 2019. A year's rate is the one in force for most of it.
pub fn vat_rate_of_year(year: i32) -> f64 {
    match year {
        ..=2017 => 0.17,
        2018 => 0.16,
        _ => 0.13,
    }
}

/// The file in the current schema, and what had to be assumed to get there. A schema-2
/// file must give the melt loss and the scrap price itself.
pub(crate) fn to_current(
    mut w: FileAsWritten,
) -> Result<(DatasetFile, Vec<ImportNotice>), DatasetErrors> {
    let mut notices = Vec::new();
    if w.schema == 1 {
        let year = w.metal_price.source.year;
        let assumed = |en: String, zh: String| Source {
            citation: Prose::Translated {
                en: Some(en),
                zh: Some(zh),
            },
            year,
            badge: Badge::Estimate,
            url: None,
        };
        let [low, base, high] = ASSUMED_MELT_LOSS;
        w.melt_loss.get_or_insert_with(|| SourcedRange {
            low,
            base,
            high,
            source: assumed(
                format!(
                    "Assumed on import of a schema-1 file, which had no melt loss: {} % of remelted process scrap (range {}-{} %)",
                    base * 100.0,
                    low * 100.0,
                    high * 100.0
                ),
                format!(
                    "导入的旧版数据文件没有熔炼烧损，此处假设为回炉加工废料的 {}%（区间 {}–{}%）",
                    base * 100.0,
                    low * 100.0,
                    high * 100.0
                ),
            ),
        });
        let share = ASSUMED_SCRAP_PRICE_SHARE;
        let p = &w.metal_price;
        let scrap = SourcedRange {
            low: p.low * share,
            base: p.base * share,
            high: p.high * share,
            source: assumed(
                format!(
                    "Assumed on import of a schema-1 file, which had no scrap price: {} % of the metal price",
                    share * 100.0
                ),
                format!(
                    "导入的旧版数据文件没有废料价格，此处假设为金属价格的 {}%",
                    share * 100.0
                ),
            ),
        };
        w.scrap_price.get_or_insert(scrap);
        if w.reference_product.is_none() && w.products.iter().any(|p| p.id == "rod") {
            w.reference_product = Some("rod".to_string());
        }
        notices.push(ImportNotice::Schema1 {
            melt_loss: base,
            scrap_price_share: share,
            reference_product: w.reference_product.clone(),
        });
    }
    if w.vat.is_none() && w.schema < 3 {
        let year = w.metal_price.source.year;
        let rate = vat_rate_of_year(year);
        // A schema-2 file may say its prices exclude VAT; otherwise they are market prices.
        let included = w.metal_price.vat_included != Some(false);
        let percent = rate * 100.0;
        w.vat = Some(Vat {
            rate,
            prices_include_vat: included,
            source: Source {
                citation: Prose::Translated {
                    en: Some(format!(
                        "Assumed on import of a schema-{} file, which stated no VAT: prices taken to include VAT at {percent} %, China's rate in the price year {year}",
                        w.schema
                    )),
                    zh: Some(format!(
                        "导入的旧版（第 {} 版）数据文件未说明增值税，此处假设价格含税，税率取价格年份 {year} 年的 {percent}%",
                        w.schema
                    )),
                },
                year,
                badge: Badge::Estimate,
                url: None,
            },
        });
        notices.push(ImportNotice::AssumedVat {
            schema: w.schema,
            rate,
            year,
        });
    }
    let missing = |field: &str| {
        DatasetErrors(vec![DatasetError::MissingFigure {
            field: field.to_string(),
        }])
    };
    let melt_loss = w.melt_loss.ok_or_else(|| missing("melt_loss"))?;
    let scrap_price = w.scrap_price.ok_or_else(|| missing("scrap_price"))?;
    let vat = w.vat.ok_or_else(|| missing("vat"))?;
    let file = DatasetFile {
        schema: SCHEMA_VERSION,
        name: w.name,
        metal: w.metal,
        currency: w.currency,
        start: w.start,
        metal_price: w.metal_price,
        melt_loss,
        scrap_price,
        vat,
        value_added_shares: w.value_added_shares,
        region: w.region,
        reference_product: w.reference_product,
        baseline: w.baseline,
        presets: w.presets,
        products: w.products,
        steps: w.steps,
    };
    Ok((file, notices))
}
