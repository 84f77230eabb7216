//! Goal-seek (docs/model.md, "Trajectory and goal-seek"): the share of the plan's change
//! over the baseline that meets a target, or, when none does, the closest and what it
//! would take.

use super::dataset::Dataset;
use super::error::ModelError;
use super::scenario::{compile, evaluate_scenario, Metric, Scenario};
use super::trajectory::check_target;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum GoalSeek {
    /// `scenario` is the baseline plus λ times the plan's change over it; its metric
    /// equals the target.
    Reached {
        lambda: f64,
        value: f64,
        scenario: Scenario,
    },
    /// No λ in [0, λ_max] reaches the target; this is the closest one, and what it would
    /// take instead.
    Unreachable {
        best_lambda: f64,
        best_value: f64,
        scenario: Scenario,
        would_take: Option<WouldTake>,
    },
}

/// What an unreachable target would take: the share of the metal (over the baseline's
/// other shares) that the product doing most for the metric per ton would need. A share
/// above what is left means not even all the metal would do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WouldTake {
    pub product: String,
    pub share: f64,
    /// 1 − the baseline's other shares: what there is to give it.
    pub available: f64,
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

/// Scales the plan's change over the baseline by λ ≥ 0 (keeping every share in [0, 1] and
/// Σ ≤ 1) until `metric` equals `target`.
pub fn goal_seek(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    metric: Metric,
    target: f64,
) -> Result<GoalSeek, ModelError> {
    check_target(target)?;
    compile(ds, baseline)?;
    compile(ds, plan)?;
    let value_at = |lambda: f64| -> Result<f64, ModelError> {
        Ok(metric.of(&evaluate_scenario(
            ds,
            &scaled_change(baseline, plan, lambda),
        )?))
    };
    let lambda_max = lambda_max(baseline, plan);
    let v_min = value_at(0.0)?;
    let v_max = value_at(lambda_max)?;
    let tolerance = 1e-9 * target.abs().max(1.0);
    let (lo_v, hi_v) = (v_min.min(v_max), v_min.max(v_max));
    if target < lo_v - tolerance || target > hi_v + tolerance {
        let (best_lambda, best_value) = if (v_max - target).abs() <= (v_min - target).abs() {
            (lambda_max, v_max)
        } else {
            (0.0, v_min)
        };
        return Ok(GoalSeek::Unreachable {
            best_lambda,
            best_value,
            scenario: scaled_change(baseline, plan, best_lambda),
            would_take: would_take(ds, baseline, plan, metric, target)?,
        });
    }
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
    Ok(GoalSeek::Reached {
        lambda: mid,
        value,
        scenario: scaled_change(baseline, plan, mid),
    })
}

/// For an unreachable target: the end product that adds most to `metric` per ton of metal
/// (at the plan's tonnage and choices), and the share of it over the baseline that the
/// target needs. None when no product moves the metric towards the target.
fn would_take(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    metric: Metric,
    target: f64,
) -> Result<Option<WouldTake>, ModelError> {
    let mut start = plan.clone();
    start.shares = baseline.shares.clone();
    let v0 = metric.of(&evaluate_scenario(ds, &start)?);
    let available = (1.0 - baseline.shares.values().sum::<f64>()).max(0.0);
    let mut best: Option<(String, f64)> = None;
    for product in ds.products() {
        if !ds.is_end_product(&product.id)
            || ds.index().product_by_id.get(&product.id) == Some(&ds.index().start)
        {
            continue;
        }
        let mut probe = start.clone();
        let share = baseline.shares.get(&product.id).copied().unwrap_or(0.0) + available.min(0.01);
        probe.shares.insert(product.id.clone(), share);
        let Ok(result) = evaluate_scenario(ds, &probe) else {
            continue;
        };
        // Change of the metric per unit of share.
        let slope = (metric.of(&result) - v0) / available.clamp(f64::MIN_POSITIVE, 0.01);
        let towards = if target > v0 { slope } else { -slope };
        if towards > 0.0 && best.as_ref().is_none_or(|(_, b)| towards > *b) {
            best = Some((product.id.clone(), towards));
        }
    }
    Ok(best.map(|(product, slope)| WouldTake {
        share: (target - v0).abs() / slope,
        product,
        available,
    }))
}
