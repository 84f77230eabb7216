//! The visitor's inputs other than figures: another currency, and the scenario's two years.
use crate::model::{Dataset, Preset, Ramp, Scenario, Target};

/// Amounts also shown in another currency, at a rate the visitor enters.
#[derive(Clone, Debug, PartialEq)]
pub struct Currency {
    /// Three letters, e.g. `USD`.
    pub code: String,
    /// Units of that currency per yuan.
    pub per_yuan: f64,
}

/// The scenario view's inputs: a region's baseline year against its plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioInputs {
    pub baseline: Scenario,
    pub plan: Scenario,
    pub years: u32,
    pub ramp: Ramp,
    pub target: Option<Target>,
}

impl ScenarioInputs {
    pub fn side_mut(&mut self, side: Side) -> &mut Scenario {
        match side {
            Side::Plan => &mut self.plan,
            Side::Baseline => &mut self.baseline,
        }
    }

    /// The dataset's baseline (sourced, or all sold as ingot) against its first preset
    /// (the default dataset: Shandong's plan of a fine-processing rate about 50 %), or
    /// against itself when the dataset has no preset.
    pub fn example(ds: &Dataset) -> ScenarioInputs {
        match ds.presets().first() {
            Some(preset) => ScenarioInputs::from_preset(ds, preset),
            None => {
                let (baseline, _) = Scenario::baseline(ds);
                ScenarioInputs {
                    plan: baseline.clone(),
                    baseline,
                    years: 5,
                    ramp: Ramp::SCurve,
                    target: None,
                }
            }
        }
    }

    /// A preset as the plan, against the dataset's baseline at the preset's tonnage, with
    /// the preset's first target.
    pub fn from_preset(ds: &Dataset, preset: &Preset) -> ScenarioInputs {
        let (mut baseline, _) = Scenario::baseline(ds);
        baseline.tonnage = preset.tonnage;
        let mut plan = baseline.clone();
        plan.shares = preset.shares.clone();
        ScenarioInputs {
            baseline,
            plan,
            years: preset.years,
            ramp: Ramp::SCurve,
            target: preset.targets.first().map(|t| Target {
                metric: t.metric,
                value: t.value,
            }),
        }
    }
}

/// Which year of the scenario an intent changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Baseline,
    Plan,
}
