//! CO₂ per ton along a path (issue 29): the smelting of the metal the path consumes, at the
//! CO₂ per ton of primary metal of the steps that make the start product (a region's own
//! figure where it gives one: resolution writes it there, with its range in the region's
//! profile), plus the processing steps' own CO₂ where the dataset gives it. Per ton of
//! metal contained in the product, like the headline: `c_s · N + Σ c_i · G_i`, where `N` is
//! the metal consumed net per ton (`PathEvaluation::net_metal_per_t`) and `Σ c_i · G_i`
//! the processing steps' CO₂ for the tons each makes (`PathEvaluation::co2_t_per_t`).
use serde::Serialize;

use crate::dataset::{Dataset, Source, ValueRange};
use crate::paths::PathEvaluation;

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

/// The smelting figure a chain's CO₂ is built on: the first step that makes the start
/// product from another (not from scrap) and gives its CO₂, with its range (the region's,
/// where its figure is the one written onto the step). Read for every evaluation's
/// figures, so it borrows rather than clones.
pub(crate) struct Smelting {
    /// The step's index in `Dataset::steps`.
    pub(crate) step: usize,
    pub(crate) range: ValueRange,
}

pub(crate) fn smelting(ds: &Dataset) -> Option<Smelting> {
    let (index, step) = ds
        .steps()
        .iter()
        .enumerate()
        .find(|(_, s)| !s.recycling && s.to == ds.start() && s.co2_t_per_t.is_some())?;
    let base = step.co2_t_per_t?;
    // The region's range, where its figure is the one written onto the step.
    let range = match ds
        .region()
        .profile
        .as_ref()
        .and_then(|p| p.co2_primary.as_ref())
    {
        Some(co2) if co2.base == base => co2.range(),
        _ => ValueRange {
            low: base,
            base,
            high: base,
        },
    };
    Some(Smelting { step: index, range })
}

/// The chain's CO₂ per ton of primary metal with its range (the region's where it gives
/// one); None when no step making the start product gives its CO₂, and then no CO₂ total
/// can be computed.
pub fn smelting_co2(ds: &Dataset) -> Option<ValueRange> {
    smelting(ds).map(|s| s.range)
}

/// The CO₂ per ton along an evaluated path from the dataset's start product; None when the
/// path does not start there or no step that makes the start product gives its CO₂.
pub fn path_carbon(ds: &Dataset, ev: &PathEvaluation) -> Option<PathCarbon> {
    if ev.products.first().map(String::as_str) != Some(ds.start()) {
        return None;
    }
    let Smelting {
        step,
        range: smelting,
    } = smelting(ds)?;
    let step = ds.steps().get(step)?;
    let source = step
        .co2_source
        .clone()
        .unwrap_or_else(|| step.source.clone());
    let processing = ev.co2_t_per_t.unwrap_or(0.0);
    let n = ev.net_metal_per_t;
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
