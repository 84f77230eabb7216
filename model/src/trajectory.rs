//! Year by year from baseline to plan (docs/model.md, "Trajectory and goal-seek"): shares,
//! tonnage and uplifts ramp linearly or along an S-curve; the first year that meets a target.

use super::dataset::Dataset;
use super::error::ModelError;
use super::scenario::{compile, evaluate_scenario_read, Metric, Scenario, MAX_YEARS};
use crate::basis::Reading;
use crate::dataset::Level;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ramp {
    Linear,
    /// f(x) = 3x² − 2x³: slow start, fast middle, slow finish.
    SCurve,
}

impl Ramp {
    pub const ALL: [Ramp; 2] = [Ramp::Linear, Ramp::SCurve];

    /// The ramp's code in links and forms (`ramp=linear`; `s` is shorter than the
    /// serialised `s-curve`, and links already say it).
    pub fn code(self) -> &'static str {
        match self {
            Ramp::Linear => "linear",
            Ramp::SCurve => "s",
        }
    }

    pub fn from_code(code: &str) -> Option<Ramp> {
        Ramp::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Progress at `x` ∈ [0, 1] (clamped).
    pub fn at(self, x: f64) -> f64 {
        let x = if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
        match self {
            Ramp::Linear => x,
            Ramp::SCurve => 3.0 * x * x - 2.0 * x * x * x,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub metric: Metric,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrajectoryYear {
    /// 0 is the baseline year, N the plan year.
    pub year: u32,
    pub progress: f64,
    pub tonnage: f64,
    pub allocated_share: f64,
    pub added_value: f64,
    pub output_value: f64,
    pub gross_output: f64,
    pub retained_value: f64,
    /// The value-added estimate at base; None when a step has no value-added share.
    pub value_added: Option<f64>,
    pub deep_processing_rate: f64,
    pub top_heaviness_value: f64,
    /// None without a target.
    pub meets_target: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trajectory {
    pub ramp: Ramp,
    pub years: Vec<TrajectoryYear>,
    pub target: Option<Target>,
    pub first_year_meeting_target: Option<u32>,
}

/// Years 0..=`years` from baseline to plan (see `Scenario::blend`).
pub fn trajectory(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    years: u32,
    ramp: Ramp,
    target: Option<Target>,
) -> Result<Trajectory, ModelError> {
    trajectory_read(ds, baseline, plan, years, ramp, target, Reading::default())
}

/// As `trajectory`, every year's figures (and the target's test) on a money basis and
/// firm-boundary reading.
pub fn trajectory_read(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    years: u32,
    ramp: Ramp,
    target: Option<Target>,
    reading: Reading,
) -> Result<Trajectory, ModelError> {
    if years == 0 || years > MAX_YEARS {
        return Err(ModelError::InvalidYears {
            years,
            max: MAX_YEARS,
        });
    }
    if let Some(t) = target {
        check_target(t.value)?;
    }
    // Both ends are checked first so an invalid plan is reported as such, not as year n.
    compile(ds, baseline)?;
    compile(ds, plan)?;
    let mut rows = Vec::with_capacity(years as usize + 1);
    let mut first = None;
    for year in 0..=years {
        let progress = ramp.at(f64::from(year) / f64::from(years));
        let scenario = Scenario::blend(baseline, plan, progress);
        let result = evaluate_scenario_read(ds, &scenario, Level::Base, reading)?;
        let meets = match target {
            Some(t) => Some(t.metric.try_of(&result)? >= t.value),
            None => None,
        };
        if meets == Some(true) && first.is_none() {
            first = Some(year);
        }
        rows.push(TrajectoryYear {
            year,
            progress,
            tonnage: result.tonnage,
            allocated_share: result.allocated_share,
            added_value: result.added_value,
            output_value: result.output_value,
            gross_output: result.gross_output,
            retained_value: result.retained_value,
            value_added: result.value_added.map(|v| v.base),
            deep_processing_rate: result.deep_processing_rate,
            top_heaviness_value: result.top_heaviness_value,
            meets_target: meets,
        });
    }
    Ok(Trajectory {
        ramp,
        years: rows,
        target,
        first_year_meeting_target: first,
    })
}

pub(crate) fn check_target(value: f64) -> Result<(), ModelError> {
    if value.is_finite() && value >= 0.0 {
        Ok(())
    } else {
        Err(ModelError::InvalidTarget { value })
    }
}
