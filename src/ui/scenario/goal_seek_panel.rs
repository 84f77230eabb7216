//! "What mix reaches the target?" (docs/model.md, "Goal-seek"): one answer, the model's
//! outcome as it is: reachable with the mix it takes, met by the plan as it is, or out of
//! reach with the best value and its mix. A button applies the mix, and only when applying
//! it would change the plan.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::scenario::verdict::verdict_line;

use crate::catalog::texts::{self, Text};
use crate::derived::Derivation;
use crate::model::{Dataset, GoalSeek, Mix, Target};
use crate::state::{Action, ScenarioAction};
use crate::ui::format::percent;
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::scenario::text::{error_text, metric_name, metric_value, product_name};

#[derive(Properties, PartialEq)]
pub struct GoalSeekPanelProps {
    pub dataset: Rc<Dataset>,
    pub target: Option<Target>,
    /// The mix that reaches the target (crate::derived), none without a target.
    pub found: Option<Derivation<GoalSeek>>,
    /// The target held against the plan on every reading; None without a target.
    #[prop_or_default]
    pub verdict: Option<Rc<crate::model::TargetVerdict>>,
}

#[function_component(GoalSeekPanel)]
pub fn goal_seek_panel(props: &GoalSeekPanelProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let body = match (&props.found, props.target) {
        (None, _) | (_, None) => html! {
            <p data-testid="goal-seek-result" data-outcome="none">
                { Text::GoalSeekNoTarget.get(lang) }
            </p>
        },
        (Some(Err(e)), _) => html! {
            <p class="model-error" role="alert" data-testid="goal-seek-result" data-outcome="error">{ error_text(e, lang) }</p>
        },
        (Some(Ok(outcome)), Some(target)) => {
            let (reached, value, mix, scenario, plan_as_is) = match &**outcome {
                GoalSeek::Reached {
                    value,
                    mix,
                    scenario,
                    plan_as_is,
                } => (true, *value, mix, scenario, *plan_as_is),
                GoalSeek::Unreachable {
                    best_value,
                    mix,
                    scenario,
                    plan_as_is,
                } => (false, *best_value, mix, scenario, *plan_as_is),
            };
            let amount = metric_value(target.metric, value, lang);
            let metric = metric_name(target.metric, lang);
            let total = percent(scenario.shares.values().sum::<f64>(), lang);
            let text = match (reached, plan_as_is, mix) {
                (true, true, _) => texts::goal_met_as_is(metric, &amount, lang),
                (false, true, _) => texts::goal_at_best(metric, &amount, lang),
                (true, false, Mix::Scaled { lambda }) => {
                    texts::goal_scaled(&percent(*lambda, lang), &total, metric, &amount, lang)
                }
                (false, false, Mix::Scaled { lambda }) => {
                    texts::goal_best_scaled(&percent(*lambda, lang), &total, metric, &amount, lang)
                }
                (true, false, Mix::OneProduct { product, share }) => texts::goal_one_product(
                    &percent(*share, lang),
                    &product_name(&props.dataset, product, lang),
                    metric,
                    &amount,
                    lang,
                ),
                (false, false, Mix::OneProduct { product, share }) => texts::goal_best_one_product(
                    &percent(*share, lang),
                    &product_name(&props.dataset, product, lang),
                    metric,
                    &amount,
                    lang,
                ),
            };
            let (label, class) = match (reached, plan_as_is) {
                (true, true) => (Text::GoalMet, "reached"),
                (true, false) => (Text::GoalReached, "reached"),
                (false, _) => (Text::GoalUnreachable, "unreachable"),
            };
            let (mix_kind, lambda, product) = match mix {
                Mix::Scaled { lambda } => ("scaled", Some(lambda.to_string()), None),
                Mix::OneProduct { product, .. } => ("one-product", None, Some(product.clone())),
            };
            let on_apply = {
                let dispatch = dispatch.clone();
                Callback::from(move |_: MouseEvent| {
                    dispatch.emit(Action::Scenario(ScenarioAction::ApplyGoalSeek))
                })
            };
            html! {
                <>
                    <p class={classes!("goal-seek-result", class)}
                        data-testid="goal-seek-result" data-outcome={class} data-plan-as-is={plan_as_is.to_string()}
                        data-mix={mix_kind} data-lambda={lambda} data-product={product}
                        data-value={value.to_string()} data-metric={target.metric.code()}>
                        <strong>{ label.get(lang) }</strong>
                        { " · " }{ text }
                    </p>
                    // Nothing to apply when the plan is already the mix.
                    if !plan_as_is {
                        <button type="button" class="button" data-testid="goal-seek-apply" onclick={on_apply}>
                            { if reached { Text::ApplyMix.get(lang) } else { Text::ApplyClosestMix.get(lang) } }
                        </button>
                    }
                </>
            }
        }
    };
    html! {
        <section class="goal-seek chart-card" data-testid="goal-seek" aria-labelledby="goal-seek-heading" aria-live="polite">
            <h3 id="goal-seek-heading">{ Text::GoalSeekTitle.get(lang) }</h3>
            // The target against the plan on every reading, whatever the mix found.
            { for props.verdict.as_ref().map(|v| verdict_line(v, "scenario-target-verdict", lang)) }
            { body }
        </section>
    }
}
