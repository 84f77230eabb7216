//! "What mix reaches the target?": scales the plan's change over the baseline by one
//! factor λ until the target's figure is met (docs/model.md, "Goal-seek"), offers to apply
//! the mix found, and says what an unreachable target would take.
use std::rc::Rc;

use yew::prelude::*;

use super::format::percent;
use super::scenario_text::{error_text, metric_name, metric_value, product_name};
use crate::catalog::texts::{self, Text};
use crate::derived::Derivation;
use crate::i18n::Lang;
use crate::model::{Dataset, GoalSeek, Target};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct GoalSeekPanelProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub target: Option<Target>,
    /// The mix that reaches the target (crate::derived), none without a target.
    pub found: Option<Derivation<GoalSeek>>,
    pub dispatch: Callback<Action>,
}

#[function_component(GoalSeekPanel)]
pub fn goal_seek_panel(props: &GoalSeekPanelProps) -> Html {
    let lang = props.lang;
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
            let (reached, lambda, value, scenario, would_take) = match &**outcome {
                GoalSeek::Reached {
                    lambda,
                    value,
                    scenario,
                } => (true, *lambda, *value, scenario.clone(), None),
                GoalSeek::Unreachable {
                    best_lambda,
                    best_value,
                    scenario,
                    would_take,
                } => (
                    false,
                    *best_lambda,
                    *best_value,
                    scenario.clone(),
                    would_take.clone(),
                ),
            };
            let total: f64 = scenario.shares.values().sum();
            let amount = metric_value(target.metric, value, lang);
            let factor = percent(lambda, lang);
            let metric = metric_name(target.metric, lang);
            // Below even the value with nothing processed: the target is met already.
            let met_already = !reached && value >= target.value;
            let text = if met_already {
                texts::goal_met_already(metric, &amount, lang)
            } else if reached {
                texts::goal_reached(&factor, &percent(total, lang), metric, &amount, lang)
            } else {
                texts::goal_closest(&factor, &percent(total, lang), metric, &amount, lang)
            };
            // What it would take: the share of the metal the product doing most for the
            // figure would need, over the baseline's other shares.
            let take = would_take.filter(|_| !met_already).map(|w| {
                let name = product_name(&props.dataset, &w.product, lang);
                let share = percent(w.share, lang);
                let text = if w.share <= w.available {
                    texts::would_take(&share, &name, lang)
                } else {
                    texts::would_not_reach(&percent(w.available, lang), &name, &share, lang)
                };
                html! { <p class="goal-seek-would-take" data-testid="goal-seek-would-take" data-product={w.product.clone()} data-value={w.share.to_string()}>{ text }</p> }
            });
            let on_apply = {
                let dispatch = props.dispatch.clone();
                Callback::from(move |_: MouseEvent| dispatch.emit(Action::ApplyGoalSeek))
            };
            html! {
                <>
                    <p class={classes!("goal-seek-result", if reached { "reached" } else { "unreachable" })}
                        data-testid="goal-seek-result" data-outcome={if reached { "reached" } else { "unreachable" }}
                        data-value={value.to_string()} data-lambda={lambda.to_string()} data-metric={target.metric.code()}>
                        <strong>{ if reached { Text::GoalReached.get(lang) } else { Text::GoalUnreachable.get(lang) } }</strong>
                        { " · " }{ text }
                    </p>
                    { for take }
                    <button type="button" class="button" data-testid="goal-seek-apply" onclick={on_apply}
                        disabled={(lambda - 1.0).abs() < 1e-9}>
                        { if reached { Text::ApplyMix.get(lang) } else { Text::ApplyClosestMix.get(lang) } }
                    </button>
                </>
            }
        }
    };
    html! {
        <section class="goal-seek chart-card" data-testid="goal-seek" aria-labelledby="goal-seek-heading" aria-live="polite">
            <h3 id="goal-seek-heading">{ Text::GoalSeekTitle.get(lang) }</h3>
            { body }
        </section>
    }
}
