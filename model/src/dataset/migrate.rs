//! Schema 1 → 2. Schema 1 had no melt loss, no scrap price and a fixed reference product
//! ("rod"); a schema-1 file still imports, with those filled in as stated assumptions and
//! a notice that says so (docs/dataset-format.md, "Schema 1 files").

use super::{Badge, DatasetFile, FileAsWritten, Prose, Source, SourcedRange, SCHEMA_VERSION};
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
        w.schema = SCHEMA_VERSION;
    }
    let missing = |field: &str| {
        DatasetErrors(vec![DatasetError::MissingFigure {
            field: field.to_string(),
        }])
    };
    let melt_loss = w.melt_loss.ok_or_else(|| missing("melt_loss"))?;
    let scrap_price = w.scrap_price.ok_or_else(|| missing("scrap_price"))?;
    let file = DatasetFile {
        schema: w.schema,
        name: w.name,
        metal: w.metal,
        currency: w.currency,
        start: w.start,
        metal_price: w.metal_price,
        melt_loss,
        scrap_price,
        region: w.region,
        reference_product: w.reference_product,
        baseline: w.baseline,
        presets: w.presets,
        products: w.products,
        steps: w.steps,
    };
    Ok((file, notices))
}
