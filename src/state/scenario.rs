//! The scenario's sub-reducer: scenario intents change the inputs only, checked by the model
//! against the dataset in force. Pure on `(dataset, inputs)`: a batch runs it on a copy.
use std::collections::BTreeMap;

use super::action::ScenarioAction;
use super::inputs::ScenarioInputs;
use super::notice::{Notice, Problem, Subject};
use crate::model::{
    evaluate_scenario, goal_seek, room_for, Dataset, Metric, ModelError, StepUplift, Target,
    MAX_YEARS,
};

/// When the model checks the scenario an intent makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Check {
    /// After each intent: a refused one leaves the inputs as they were.
    Each,
    /// Once, after a batch (`try_batch`): intermediate scenarios are not checked.
    AtTheEnd,
}

/// Applies one intent to `inputs`; on `Err` they are as they were.
pub(super) fn reduce(
    ds: &Dataset,
    inputs: &mut ScenarioInputs,
    action: ScenarioAction,
    check: Check,
) -> Result<(), Notice> {
    match action {
        ScenarioAction::SetTonnage { side, tonnes } => {
            // The model's rule for a tonnage (finite, 0 … MAX_TONNES) decides.
            let mut next = inputs.clone();
            next.side_mut(side).tonnage = tonnes;
            take(ds, inputs, next, Subject::Tonnage, check)
        }
        ScenarioAction::SetShare {
            side,
            product,
            share,
        } => {
            set_share(&mut inputs.side_mut(side).shares, product, share);
            Ok(())
        }
        ScenarioAction::SetShares { side, shares } => {
            let mut next = inputs.clone();
            next.side_mut(side).shares = shares;
            take(ds, inputs, next, Subject::Shares, check)
        }
        ScenarioAction::SetUplift { from, to, percent } => {
            let mut next = inputs.clone();
            next.plan.uplift.retain(|u| !(u.from == from && u.to == to));
            if percent != 0.0 {
                next.plan.uplift.push(StepUplift {
                    from: from.clone(),
                    to: to.clone(),
                    percent,
                });
            }
            take(ds, inputs, next, Subject::Uplift { from, to }, check)
        }
        ScenarioAction::SetLocal { product, local } => {
            let mut next = inputs.clone();
            // A product left at the dataset's flag keeps no entry, so links stay short.
            if ds.product(&product).is_some_and(|p| p.local == local) {
                next.plan.local.remove(&product);
            } else {
                next.plan.local.insert(product.clone(), local);
            }
            take(ds, inputs, next, Subject::Local(product), check)
        }
        ScenarioAction::SetYears(years) => {
            if !(1..=MAX_YEARS).contains(&years) {
                return Err(refused(
                    Subject::Years,
                    ModelError::InvalidYears {
                        years,
                        max: MAX_YEARS,
                    },
                ));
            }
            inputs.years = years;
            Ok(())
        }
        ScenarioAction::SetRamp(ramp) => {
            inputs.ramp = ramp;
            Ok(())
        }
        ScenarioAction::SetTargetMetric(metric) => {
            // Another measure's number means nothing here (0.5 yuan, a rate of
            // 500,000,000,000): a new measure starts from its own default.
            let target = metric.map(|metric| match inputs.target {
                Some(t) if t.metric == metric => t,
                _ => Target {
                    metric,
                    value: default_target(ds, inputs, metric),
                },
            });
            set_target(inputs, target)
        }
        ScenarioAction::SetTargetValue(value) => match inputs.target {
            Some(t) => set_target(inputs, Some(Target { value, ..t })),
            None => Ok(()),
        },
        ScenarioAction::SetTarget(target) => set_target(inputs, target),
        ScenarioAction::ApplyGoalSeek => {
            let Some(t) = inputs.target else {
                return Ok(());
            };
            let found = goal_seek(ds, &inputs.baseline, &inputs.plan, t.metric, t.value)
                .map_err(|e| refused(Subject::GoalSeek, e))?;
            // The plan as it is already gives the mix's value: nothing to do.
            if let Some(mix) = found.to_apply() {
                inputs.plan = mix.clone();
            }
            Ok(())
        }
        ScenarioAction::ApplyPreset(id) => match ds.preset(&id) {
            Some(preset) => {
                *inputs = ScenarioInputs::from_preset(ds, preset);
                Ok(())
            }
            None => Err(refused(
                Subject::Preset(id.clone()),
                ModelError::UnknownPreset { id },
            )),
        },
        ScenarioAction::SetScrapFate(fate) => {
            inputs.plan.scrap = fate;
            inputs.baseline.scrap = fate;
            Ok(())
        }
    }
}

/// Applies intents together: each on a copy with the model's check deferred, then the
/// check of the scenario they make. All or nothing: on `Err` (the first refused intent's
/// notice, or the check's) `inputs` are as they were.
pub(super) fn try_batch(
    ds: &Dataset,
    inputs: &mut ScenarioInputs,
    batch: Vec<ScenarioAction>,
) -> Result<(), Notice> {
    let mut trial = inputs.clone();
    for action in batch {
        reduce(ds, &mut trial, action, Check::AtTheEnd)?;
    }
    check(ds, &trial).map_err(|e| refused(Subject::Scenario, e))?;
    *inputs = trial;
    Ok(())
}

/// Whether the model can evaluate both sides of the scenario.
pub(super) fn check(ds: &Dataset, s: &ScenarioInputs) -> Result<(), ModelError> {
    evaluate_scenario(ds, &s.plan)
        .and_then(|_| evaluate_scenario(ds, &s.baseline))
        .map(|_| ())
}

/// A new target's value: the plan's own figure rounded down to two significant digits (a
/// rate to a whole percent), so the plan meets it and the field shows a round number; 0
/// when the plan cannot be evaluated.
pub(super) fn default_target(ds: &Dataset, inputs: &ScenarioInputs, metric: Metric) -> f64 {
    let Ok(result) = evaluate_scenario(ds, &inputs.plan) else {
        return 0.0;
    };
    let value = metric.of(&result);
    if !(value.is_finite() && value > 0.0) {
        return 0.0;
    }
    let step = if metric.is_rate() {
        0.01
    } else {
        10f64.powf(value.log10().floor() - 1.0)
    };
    // The small allowance keeps a plan at 50 % (0.49999999999 in floating point) at
    // 50 %, not 49 %.
    (value / step + 1e-9).floor() * step
}

/// Takes `next` if the model can evaluate both sides with it (or the check is deferred);
/// otherwise keeps the inputs in force and says why.
fn take(
    ds: &Dataset,
    inputs: &mut ScenarioInputs,
    next: ScenarioInputs,
    what: Subject,
    when: Check,
) -> Result<(), Notice> {
    if when == Check::Each {
        check(ds, &next).map_err(|e| refused(what, e))?;
    }
    *inputs = next;
    Ok(())
}

fn set_target(inputs: &mut ScenarioInputs, target: Option<Target>) -> Result<(), Notice> {
    match target {
        Some(t) if !(t.value.is_finite() && t.value >= 0.0) => Err(refused(
            Subject::Target,
            ModelError::InvalidTarget { value: t.value },
        )),
        _ => {
            inputs.target = target;
            Ok(())
        }
    }
}

/// Sets one share, clamped to [0, 1 − the others]: the mix can never exceed 100 %.
fn set_share(shares: &mut BTreeMap<String, f64>, product: String, share: f64) {
    let room = room_for(shares, &product);
    let share = if share.is_finite() {
        share.clamp(0.0, room)
    } else {
        0.0
    };
    if share > 0.0 {
        shares.insert(product, share);
    } else {
        shares.remove(&product);
    }
}

fn refused(what: Subject, error: ModelError) -> Notice {
    Notice::Rejected {
        what,
        errors: vec![Problem::Model(error)],
    }
}
