//! CO₂ per ton along a path (issue 29): the smelting of the metal the path consumes, at the
//! CO₂ per ton of primary metal of the steps that make the start product (a region's own
//! figure where it gives one: resolution writes it there, with its range in the region's
//! profile), plus the processing steps' own CO₂ where the dataset gives it. Per ton of
//! metal contained in the product, like the headline: `c_s · N + Σ c_i · G_i`, where `N` is
//! the metal consumed net per ton (`PathEvaluation::net_metal_per_t`) and `Σ c_i · G_i`
//! the processing steps' CO₂ for the tons each makes (`PathEvaluation::co2_t_per_t`).
use serde::Serialize;

use crate::dataset::{Dataset, Smelting, Source, ValueRange};

/// A path's CO₂ per ton, with the smelting figure it is built on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathCarbon {
    /// t CO₂ per ton of primary metal smelted: the region's range, or its point figure.
    pub smelting_per_t_primary: ValueRange,
    /// The smelting figure's source (the region's where it gives one).
    pub source: Source,
    /// `N`: tons of metal consumed net per ton of metal in the product.
    pub metal_per_t: f64,
    /// t CO₂ of the processing steps that give one, per ton (0 when none does).
    pub processing: f64,
    /// t CO₂ per ton of metal in the product, at the smelting figure's low, base and high.
    pub total: ValueRange,
}

/// The chain's CO₂ per ton of primary metal with its range (the region's where it gives
/// one); None when no step making the start product gives its CO₂, and then no CO₂ total
/// can be computed.
pub fn smelting_co2(ds: &Dataset) -> Option<ValueRange> {
    ds.smelting().map(|s| s.range)
}

/// The CO₂ per ton along a path from the start product that consumes `n` tons of metal
/// net per ton and whose steps give `processing` t CO₂ per ton (`paths::path_carbon` reads
/// both off an evaluation); None when no step making the start product gives its CO₂.
pub(crate) fn carbon_along(ds: &Dataset, n: f64, processing: f64) -> Option<PathCarbon> {
    let Smelting {
        step,
        range: smelting,
    } = ds.smelting()?;
    let step = ds.steps().get(step)?;
    let source = step
        .co2_source
        .clone()
        .unwrap_or_else(|| step.source.clone());
    let total = |c: f64| c * n + processing;
    Some(PathCarbon {
        smelting_per_t_primary: smelting,
        source,
        metal_per_t: n,
        processing,
        total: ValueRange {
            low: total(smelting.low),
            base: total(smelting.base),
            high: total(smelting.high),
        },
    })
}
