//! A scenario's result: per product and in total.

use super::compile::{compile, Compiled};
use super::totals::{totals, Detail, Totals};
use super::Scenario;
use crate::dataset::{Dataset, Level};
use crate::error::ModelError;
use crate::metal::{Figures, ScrapFate};
use crate::metric::Metric;
use crate::paths::{finite, ids};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductOutcome {
    pub product: String,
    pub share: f64,
    pub path: Vec<String>,
    /// T_k = Q · s_k / N_k.
    pub tonnes: f64,
    /// M_k: gross metal through the first step per ton.
    pub metal_per_t: f64,
    /// N_k: metal consumed net per ton.
    pub net_metal_per_t: f64,
    /// A_k with uplifts.
    pub added_value_per_t: f64,
    pub added_value: f64,
    pub output_value: f64,
    /// Every stage's sales of this line, as statistics count them.
    pub gross_output: f64,
    pub retained_value: f64,
    /// Process scrap made along the path in the year (remelted or sold).
    pub scrap_tonnes: f64,
    pub kwh: Option<f64>,
    pub jobs: Option<f64>,
    pub co2_t: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub level: Level,
    pub tonnage: f64,
    pub metal_price: f64,
    pub scrap: ScrapFate,
    /// Σ s_k.
    pub allocated_share: f64,
    /// Q · (1 − Σ s_k), leaving the region as primary metal.
    pub metal_sold_tonnes: f64,
    pub products: Vec<ProductOutcome>,
    pub added_value: f64,
    /// What leaves the region, at the price of the form it leaves in: products, ingot
    /// sold, and scrap sold (when it is).
    pub output_value: f64,
    /// Gross output as statistics count it: every stage's sales, so a ton sold as billet,
    /// then profile, then furniture counts three times; plus ingot and scrap sold.
    pub gross_output: f64,
    /// Added value of local steps only.
    pub retained_value: f64,
    /// Added value of non-local steps: it leaks out of the region.
    pub leaked_value: f64,
    /// Σ T_k · N_k = Q · Σ s_k: metal consumed by processing, melt loss included.
    pub metal_consumed: f64,
    /// Σ s_k over products at the deep-processing level or beyond.
    pub deep_processing_rate: f64,
    /// 1 − deep-processing rate.
    pub top_heaviness_tonnage: f64,
    /// Share of output value that is unprocessed metal (0 when output value is 0).
    pub top_heaviness_value: f64,
    /// Over the tons each stage makes, where the data has figures; None when none has.
    pub electricity_kwh: Option<f64>,
    pub jobs: Option<f64>,
    pub co2_t: Option<f64>,
    /// Process scrap made in the year (it goes round, or is sold).
    pub scrap_tonnes: f64,
    /// Of it, lost as dross when remelted.
    pub melt_loss_tonnes: f64,
    /// Of it, sold out of the region (scrap sold), credited at `scrap_price`.
    pub scrap_sold_tonnes: f64,
    pub scrap_price: f64,
}

pub fn evaluate_scenario(ds: &Dataset, scenario: &Scenario) -> Result<ScenarioResult, ModelError> {
    evaluate_scenario_at(ds, scenario, Level::Base)
}

/// The scenario with every figure (prices, melt loss, step values and yields) at `level`.
pub fn evaluate_scenario_at(
    ds: &Dataset,
    scenario: &Scenario,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    let compiled = compile(ds, scenario)?;
    evaluate_compiled(ds, &compiled, &Figures::at(ds, level), level)
}

pub(crate) fn evaluate_compiled(
    ds: &Dataset,
    compiled: &Compiled,
    f: &Figures,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    let mut products = Vec::with_capacity(compiled.lines.len());
    let t = totals(ds, compiled, f, Detail::Full, |line, o| {
        products.push(ProductOutcome {
            product: ds
                .products()
                .get(line.product)
                .map(|p| p.id.clone())
                .unwrap_or_default(),
            share: line.share,
            path: ids(ds, &line.path.products),
            tonnes: o.tonnes,
            metal_per_t: o.balance.gross_metal,
            net_metal_per_t: o.balance.net_metal,
            added_value_per_t: o.a,
            added_value: o.tonnes * o.a,
            output_value: o.tonnes * (f.price + o.a),
            gross_output: o.gross_output,
            retained_value: o.tonnes * o.a_local,
            scrap_tonnes: o.tonnes * o.balance.circulating_scrap,
            kwh: o.kwh,
            jobs: o.jobs,
            co2_t: o.co2,
        });
    });
    let top_heaviness_value = if t.output > 0.0 {
        t.metal_sold * f.price / t.output
    } else {
        0.0
    };
    Ok(ScenarioResult {
        level,
        tonnage: compiled.tonnage,
        metal_price: f.price,
        scrap: compiled.scrap,
        allocated_share: compiled.allocated,
        metal_sold_tonnes: t.metal_sold,
        products,
        added_value: finite(t.added, "total added value")?,
        output_value: finite(t.output, "total output value")?,
        gross_output: finite(t.gross, "gross output")?,
        retained_value: finite(t.retained, "retained value")?,
        leaked_value: t.added - t.retained,
        metal_consumed: compiled.tonnage * compiled.allocated,
        deep_processing_rate: t.deep,
        top_heaviness_tonnage: 1.0 - t.deep,
        top_heaviness_value,
        electricity_kwh: t.kwh,
        jobs: t.jobs,
        co2_t: t.co2,
        scrap_tonnes: t.scrap,
        melt_loss_tonnes: t.melt_loss,
        scrap_sold_tonnes: t.scrap_sold,
        scrap_price: f.scrap_price,
    })
}

// The metric's value in a result lives beside the result (`Metric` itself is a leaf).
impl Metric {
    pub fn of(self, result: &ScenarioResult) -> f64 {
        match self {
            Metric::AddedValue => result.added_value,
            Metric::OutputValue => result.output_value,
            Metric::GrossOutput => result.gross_output,
            Metric::RetainedValue => result.retained_value,
            Metric::DeepProcessingRate => result.deep_processing_rate,
        }
    }

    pub(crate) fn of_totals(self, t: &Totals) -> f64 {
        match self {
            Metric::AddedValue => t.added,
            Metric::OutputValue => t.output,
            Metric::GrossOutput => t.gross,
            Metric::RetainedValue => t.retained,
            Metric::DeepProcessingRate => t.deep,
        }
    }
}
