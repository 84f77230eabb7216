//! A region's year (docs/model.md, "Scenario"): baseline against plan, trajectory and
//! goal-seek.

use crate::dataset::Dataset;
use crate::error::ModelError;
use crate::metal::ScrapFate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod compile;
mod result;
mod totals;
pub(crate) use compile::{compile, compile_read, Compiled};
pub use result::{
    evaluate_scenario, evaluate_scenario_at, evaluate_scenario_read, GrossOutputRange,
    NationalOutputWarning, ProductOutcome, ScenarioResult,
};
pub(crate) use totals::{metric_of, totals, Detail};

pub use crate::limits::{MAX_UPLIFT_PERCENT, MAX_YEARS, SHARE_TOLERANCE};
pub use crate::metric::Metric;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepUplift {
    pub from: String,
    pub to: String,
    pub percent: f64,
}

/// Inputs of a region's year. Products absent from `shares` get no metal; products absent
/// from `local` keep the dataset's flag; steps absent from `uplift` get 0 %.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Q: primary metal per year, tonnes.
    pub tonnage: f64,
    /// Share of Q sent down the product's path, by product id.
    #[serde(default)]
    pub shares: BTreeMap<String, f64>,
    #[serde(default)]
    pub local: BTreeMap<String, bool>,
    #[serde(default)]
    pub uplift: Vec<StepUplift>,
    /// Path overrides by product id (from the start product); otherwise the default path.
    #[serde(default)]
    pub paths: BTreeMap<String, Vec<String>>,
    /// Process scrap remelted in the region (default) or sold out of it.
    #[serde(default)]
    pub scrap: ScrapFate,
}

impl Scenario {
    /// The region's tonnage with nothing processed: all metal leaves as primary.
    pub fn for_region(ds: &Dataset) -> Scenario {
        Scenario {
            tonnage: ds.region().primary_tonnes_per_year,
            shares: BTreeMap::new(),
            local: BTreeMap::new(),
            uplift: Vec::new(),
            paths: BTreeMap::new(),
            scrap: ScrapFate::Remelted,
        }
    }

    /// The region's year as the dataset says it is today: its sourced baseline, or all
    /// metal sold as ingot (`Baseline::Hypothetical`).
    pub fn baseline(ds: &Dataset) -> (Scenario, BaselineKind) {
        let mut scenario = Scenario::for_region(ds);
        match ds.baseline() {
            Some(b) => {
                scenario.shares = b.shares.clone();
                (scenario, BaselineKind::Sourced)
            }
            None => (scenario, BaselineKind::Hypothetical),
        }
    }

    /// A dataset preset as a plan: its tonnage and shares, everything else as `Scenario`'s
    /// defaults.
    pub fn from_preset(ds: &Dataset, id: &str) -> Result<Scenario, ModelError> {
        let preset = ds
            .preset(id)
            .ok_or_else(|| ModelError::UnknownPreset { id: id.to_string() })?;
        let mut scenario = Scenario::for_region(ds);
        scenario.tonnage = preset.tonnage;
        scenario.shares = preset.shares.clone();
        Ok(scenario)
    }

    /// The scenario a fraction `progress` (0 = baseline, 1 = plan) of the way to the plan:
    /// tonnage, shares and uplifts interpolate; local flags and path choices, being yes/no
    /// decisions, switch to the plan's at the midpoint.
    pub fn blend(baseline: &Scenario, plan: &Scenario, progress: f64) -> Scenario {
        // a·(1−f) + b·f rather than a + (b−a)·f: exact at both ends.
        let mix = |a: f64, b: f64| a * (1.0 - progress) + b * progress;
        let mut shares = BTreeMap::new();
        for id in baseline.shares.keys().chain(plan.shares.keys()) {
            let a = baseline.shares.get(id).copied().unwrap_or(0.0);
            let b = plan.shares.get(id).copied().unwrap_or(0.0);
            shares.insert(id.clone(), mix(a, b));
        }
        let mut uplift: Vec<StepUplift> = Vec::new();
        for u in baseline.uplift.iter().chain(&plan.uplift) {
            if uplift.iter().any(|x| x.from == u.from && x.to == u.to) {
                continue;
            }
            let find = |list: &[StepUplift]| {
                list.iter()
                    .find(|x| x.from == u.from && x.to == u.to)
                    .map_or(0.0, |x| x.percent)
            };
            uplift.push(StepUplift {
                from: u.from.clone(),
                to: u.to.clone(),
                percent: mix(find(&baseline.uplift), find(&plan.uplift)),
            });
        }
        let decisions = if progress < 0.5 { baseline } else { plan };
        Scenario {
            tonnage: mix(baseline.tonnage, plan.tonnage),
            shares,
            local: decisions.local.clone(),
            uplift,
            paths: decisions.paths.clone(),
            scrap: decisions.scrap,
        }
    }
}

/// Whether a baseline comes from a source or is the "all sold as ingot" assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BaselineKind {
    Sourced,
    Hypothetical,
}

impl BaselineKind {
    pub const ALL: [BaselineKind; 2] = [BaselineKind::Sourced, BaselineKind::Hypothetical];

    /// The kind's code where the page marks it (`data-kind="sourced"`).
    pub fn code(self) -> &'static str {
        match self {
            BaselineKind::Sourced => "sourced",
            BaselineKind::Hypothetical => "hypothetical",
        }
    }

    pub fn from_code(code: &str) -> Option<BaselineKind> {
        BaselineKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Plan minus baseline of a figure either side may lack (None when both do).
pub fn change_of(baseline: Option<f64>, plan: Option<f64>) -> Option<f64> {
    match (baseline, plan) {
        (None, None) => None,
        (b, p) => Some(p.unwrap_or(0.0) - b.unwrap_or(0.0)),
    }
}

/// The most a product's share can be with the others as they are: what is left of the
/// whole plus its own share. One rule for the reducer's clamp and the editor's slider.
pub fn room_for(shares: &BTreeMap<String, f64>, product: &str) -> f64 {
    let others: f64 = shares
        .iter()
        .filter(|(id, _)| id.as_str() != product)
        .map(|(_, s)| s)
        .sum();
    (1.0 - others).max(0.0)
}

/// Plan minus baseline, for the side-by-side view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioChange {
    pub added_value: f64,
    pub output_value: f64,
    pub gross_output: f64,
    pub retained_value: f64,
    pub deep_processing_rate: f64,
    pub top_heaviness_value: f64,
    pub electricity_kwh: Option<f64>,
    pub jobs: Option<f64>,
    /// Of the value-added (增加值) estimate at base; None when either side has none.
    pub value_added: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioComparison {
    pub baseline: ScenarioResult,
    pub plan: ScenarioResult,
    pub change: ScenarioChange,
}

pub fn compare_scenarios(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
) -> Result<ScenarioComparison, ModelError> {
    compare_scenarios_read(ds, baseline, plan, crate::basis::Reading::default())
}

/// As `compare_scenarios`, both sides on a money basis and firm-boundary reading.
pub fn compare_scenarios_read(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    reading: crate::basis::Reading,
) -> Result<ScenarioComparison, ModelError> {
    let level = crate::dataset::Level::Base;
    let b = evaluate_scenario_read(ds, baseline, level, reading)?;
    let p = evaluate_scenario_read(ds, plan, level, reading)?;
    let optional_change = change_of;
    let change = ScenarioChange {
        added_value: p.added_value - b.added_value,
        output_value: p.output_value - b.output_value,
        gross_output: p.gross_output - b.gross_output,
        retained_value: p.retained_value - b.retained_value,
        deep_processing_rate: p.deep_processing_rate - b.deep_processing_rate,
        top_heaviness_value: p.top_heaviness_value - b.top_heaviness_value,
        electricity_kwh: optional_change(b.electricity_kwh, p.electricity_kwh),
        jobs: optional_change(b.jobs, p.jobs),
        value_added: b
            .value_added
            .zip(p.value_added)
            .map(|(b, p)| p.base - b.base),
    };
    Ok(ScenarioComparison {
        baseline: b,
        plan: p,
        change,
    })
}
