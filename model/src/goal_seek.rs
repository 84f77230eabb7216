//! Goal-seek (docs/model.md, "Trajectory and goal-seek"): the mix that meets a target, or,
//! when no mix the tool considers does, the best one and its value. One answer, so the page
//! never says "unreachable" above a mix that reaches it.
//!
//! Two kinds of mix are considered: the plan's change over the baseline scaled by one
//! factor λ, and the baseline's shares with more of the one product doing most for the
//! figure. A target is a floor ("at least"): one that even the lower end meets is met by
//! the plan as it is.

use super::basis::Reading;
use super::dataset::Dataset;
use super::dataset::Level;
use super::error::ModelError;
use super::scenario::{compile, evaluate_scenario_read, Metric, Scenario};
use super::trajectory::check_target;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum GoalSeek {
    /// `scenario` (the `mix`) meets the target: its metric is `value`, the target's own
    /// unless the plan as it is already exceeds a target below both ends.
    Reached {
        value: f64,
        mix: Mix,
        scenario: Scenario,
        /// The plan as it is gives `value` (within the seek's tolerance): nothing to apply.
        plan_as_is: bool,
    },
    /// No mix considered meets the target; `scenario` (the `mix`) comes closest, at
    /// `best_value`.
    Unreachable {
        best_value: f64,
        mix: Mix,
        scenario: Scenario,
        /// The plan as it is is already that close: nothing to apply.
        plan_as_is: bool,
    },
}

impl GoalSeek {
    /// The mix to apply to the plan, none when the plan as it is gives the same value.
    pub fn to_apply(&self) -> Option<&Scenario> {
        match self {
            GoalSeek::Reached {
                scenario,
                plan_as_is,
                ..
            }
            | GoalSeek::Unreachable {
                scenario,
                plan_as_is,
                ..
            } => (!plan_as_is).then_some(scenario),
        }
    }
}

/// What a goal-seek mix is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Mix {
    /// The baseline plus λ times the plan's change over it (λ = 1: the plan's shares).
    Scaled { lambda: f64 },
    /// The baseline's shares, with `share` of the metal (its baseline share included) made
    /// into `product`, the product doing most for the metric per ton of metal (at the
    /// plan's tonnage and choices).
    OneProduct { product: String, share: f64 },
}

/// The scenario `baseline + λ · (plan − baseline)` in shares; tonnage, local flags, paths
/// and uplifts are the plan's.
fn scaled_change(baseline: &Scenario, plan: &Scenario, lambda: f64) -> Scenario {
    let mut s = plan.clone();
    s.shares = baseline
        .shares
        .keys()
        .chain(plan.shares.keys())
        .map(|id| {
            let b = baseline.shares.get(id).copied().unwrap_or(0.0);
            let p = plan.shares.get(id).copied().unwrap_or(0.0);
            // Clamped so rounding at λ_max cannot push a share out of [0, 1].
            (id.clone(), (b + lambda * (p - b)).clamp(0.0, 1.0))
        })
        .collect();
    s
}

/// The largest λ that keeps every share in [0, 1] and their sum at most 1.
fn lambda_max(baseline: &Scenario, plan: &Scenario) -> f64 {
    let mut max = f64::INFINITY;
    let (mut sum_b, mut sum_d) = (0.0, 0.0);
    for id in baseline.shares.keys().chain(
        plan.shares
            .keys()
            .filter(|k| !baseline.shares.contains_key(*k)),
    ) {
        let b = baseline.shares.get(id).copied().unwrap_or(0.0);
        let d = plan.shares.get(id).copied().unwrap_or(0.0) - b;
        sum_b += b;
        sum_d += d;
        if d < 0.0 {
            max = max.min(b / -d);
        } else if d > 0.0 {
            max = max.min((1.0 - b) / d);
        }
    }
    if sum_d > 0.0 {
        max = max.min((1.0 - sum_b).max(0.0) / sum_d);
    }
    // No change at all: λ does nothing, and 1 is the plan itself.
    if max.is_finite() {
        max.max(0.0)
    } else {
        1.0
    }
}

/// Finds the mix that brings `metric` to `target`: first along the plan's change over the
/// baseline (λ ≥ 0, every share in [0, 1], Σ ≤ 1); when that falls short, with more of the
/// one product doing most for the metric; when that falls short too, the closer of the two
/// best mixes.
pub fn goal_seek(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    metric: Metric,
    target: f64,
) -> Result<GoalSeek, ModelError> {
    goal_seek_read(ds, baseline, plan, metric, target, Reading::default())
}

/// A measure of a scenario on a reading (money basis, firm boundaries), every figure at
/// base.
fn value_of(
    ds: &Dataset,
    scenario: &Scenario,
    metric: Metric,
    reading: Reading,
) -> Result<f64, ModelError> {
    metric.try_of(&evaluate_scenario_read(ds, scenario, Level::Base, reading)?)
}

/// As `goal_seek`, with the measure read on a money basis and firm boundaries (a target
/// stated without VAT, or gross output with the casthouse inside the processing firms).
pub fn goal_seek_read(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    metric: Metric,
    target: f64,
    reading: Reading,
) -> Result<GoalSeek, ModelError> {
    check_target(target)?;
    compile(ds, baseline)?;
    compile(ds, plan)?;
    let value_at = |lambda: f64| -> Result<f64, ModelError> {
        value_of(ds, &scaled_change(baseline, plan, lambda), metric, reading)
    };
    let v_plan = value_of(ds, plan, metric, reading)?;
    let tolerance = 1e-9 * target.abs().max(1.0);
    // The same value as the plan's, but for rounding: applying it would change nothing.
    let as_is =
        |value: f64| (value - v_plan).abs() <= 1e-9 * value.abs().max(v_plan.abs()).max(1.0);
    let lambda_max = lambda_max(baseline, plan);
    let v_min = value_at(0.0)?;
    let v_max = value_at(lambda_max)?;
    let (lo_v, hi_v) = (v_min.min(v_max), v_min.max(v_max));
    // The plan meets the target as it is: exactly, or a target below every scaled mix.
    if (v_plan - target).abs() <= tolerance || target < lo_v - tolerance {
        return Ok(GoalSeek::Reached {
            value: v_plan,
            mix: Mix::Scaled { lambda: 1.0 },
            scenario: plan.clone(),
            plan_as_is: true,
        });
    }
    if target <= hi_v + tolerance {
        // The metric is linear in λ (every total is linear in the shares), so bisection on
        // the sign converges.
        let increasing = v_max >= v_min;
        let (mut lo, mut hi) = (0.0, lambda_max);
        let mut mid = 0.5 * (lo + hi);
        let mut value = value_at(mid)?;
        for _ in 0..200 {
            if (value - target).abs() <= tolerance {
                break;
            }
            if (value < target) == increasing {
                lo = mid;
            } else {
                hi = mid;
            }
            mid = 0.5 * (lo + hi);
            value = value_at(mid)?;
        }
        return Ok(GoalSeek::Reached {
            value,
            mix: Mix::Scaled { lambda: mid },
            scenario: scaled_change(baseline, plan, mid),
            plan_as_is: false,
        });
    }
    // Above every scaled mix: the highest of them, against more of one product.
    let best_lambda = if v_max >= v_min { lambda_max } else { 0.0 };
    let scaled = (
        hi_v,
        Mix::Scaled {
            lambda: best_lambda,
        },
        scaled_change(baseline, plan, best_lambda),
    );
    let (best_value, mix, scenario) =
        match best_product(ds, baseline, plan, metric, target, reading)? {
            Some(p) if p.needed <= p.available => {
                let (value, mix, scenario) = p.mix(ds, metric, reading, p.needed)?;
                return Ok(GoalSeek::Reached {
                    value,
                    mix,
                    scenario,
                    plan_as_is: false,
                });
            }
            Some(p) => {
                let all = p.mix(ds, metric, reading, p.available)?;
                // Only clearly closer: on a tie the plan's own direction is the answer.
                if all.0 > hi_v + tolerance {
                    all
                } else {
                    scaled
                }
            }
            None => scaled,
        };
    Ok(GoalSeek::Unreachable {
        best_value,
        plan_as_is: as_is(best_value),
        mix,
        scenario,
    })
}

/// The product doing most for a metric: how much more of the metal it would need over
/// its baseline share, and how much there is to give it.
struct Candidate {
    product: String,
    /// The baseline's shares, at the plan's tonnage and choices.
    start: Scenario,
    needed: f64,
    /// 1 − the baseline's shares.
    available: f64,
}

impl Candidate {
    /// `extra` more of the metal made into the product: the mix, its value and scenario.
    fn mix(
        &self,
        ds: &Dataset,
        metric: Metric,
        reading: Reading,
        extra: f64,
    ) -> Result<(f64, Mix, Scenario), ModelError> {
        let mut s = self.start.clone();
        let share = (s.shares.get(&self.product).copied().unwrap_or(0.0) + extra).clamp(0.0, 1.0);
        s.shares.insert(self.product.clone(), share);
        let value = value_of(ds, &s, metric, reading)?;
        Ok((
            value,
            Mix::OneProduct {
                product: self.product.clone(),
                share,
            },
            s,
        ))
    }
}

/// For a target above every scaled mix: the end product that adds most to `metric` per
/// ton of metal (at the plan's tonnage and choices) and the extra share of it over the
/// baseline the target needs. None when no product moves the metric towards the target
/// or no metal is left to give.
fn best_product(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    metric: Metric,
    target: f64,
    reading: Reading,
) -> Result<Option<Candidate>, ModelError> {
    let mut start = plan.clone();
    start.shares = baseline.shares.clone();
    let v0 = value_of(ds, &start, metric, reading)?;
    let available = (1.0 - baseline.shares.values().sum::<f64>()).max(0.0);
    if available <= 0.0 {
        return Ok(None);
    }
    // A small probe: the metric is linear in the shares, so its slope is exact.
    let step = available.min(0.01);
    let mut best: Option<(String, f64)> = None;
    for product in ds.products() {
        if !ds.is_end_product(&product.id)
            || ds.index().product_by_id.get(&product.id) == Some(&ds.index().start)
        {
            continue;
        }
        let mut probe = start.clone();
        let share = baseline.shares.get(&product.id).copied().unwrap_or(0.0) + step;
        probe.shares.insert(product.id.clone(), share);
        let Ok(value) = value_of(ds, &probe, metric, reading) else {
            continue;
        };
        // Change of the metric per unit of share.
        let slope = (value - v0) / step;
        let towards = if target > v0 { slope } else { -slope };
        if towards > 0.0 && best.as_ref().is_none_or(|(_, b)| towards > *b) {
            best = Some((product.id.clone(), towards));
        }
    }
    Ok(best.map(|(product, slope)| Candidate {
        needed: (target - v0).abs() / slope,
        product,
        start,
        available,
    }))
}
