//! "What mix reaches the target?": scales the plan's change over the baseline by one
//! factor λ until the target's figure is met (docs/model.md, "Goal-seek"), offers to apply
//! the mix found, and says what an unreachable target would take.
use std::rc::Rc;

use yew::prelude::*;

use super::format::percent;
use super::scenario_text::{error_text, metric_name, metric_value, product_name};
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
                { lang.pick("请先在上方设定目标。", "Set a target above to find the mix that reaches it.") }
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
            let text = match (lang, reached) {
                (Lang::Zh, false) if met_already => format!("目标低于完全不加工时的{metric}（{amount}），无需调整组合即可达到。"),
                (Lang::En, false) if met_already => format!("The target is below {} with nothing processed ({amount}): it is met without any change of mix.", metric.to_lowercase()),
                (Lang::Zh, true) => format!("可以达到：把规划相对基准年的变化按 {factor} 实施（加工份额合计 {}），{metric}为 {amount}。", percent(total, lang)),
                (Lang::En, true) => format!("Reachable: with {factor} of the plan's change over the baseline (total {} processed), {} is {amount}.", percent(total, lang), metric.to_lowercase()),
                (Lang::Zh, false) => format!("按比例放大规划的变化也无法达到目标；最接近的是按 {factor} 实施（合计 {}），{metric}为 {amount}。", percent(total, lang)),
                (Lang::En, false) => format!("Unreachable by scaling the plan's change; the closest is {factor} of it (total {} processed), where {} is {amount}.", percent(total, lang), metric.to_lowercase()),
            };
            // What it would take: the share of the metal the product doing most for the
            // figure would need, over the baseline's other shares.
            let take = would_take.filter(|_| !met_already).map(|w| {
                let name = product_name(&props.dataset, &w.product, lang);
                let share = percent(w.share, lang);
                let text = match (lang, w.share <= w.available) {
                    (Lang::Zh, true) => format!("要达到目标，需要把 {share} 的金属加工成{name}（其余份额保持基准年水平）。"),
                    (Lang::En, true) => format!("It would take {share} of the metal made into {}, the rest as in the baseline.", name.to_lowercase()),
                    (Lang::Zh, false) => format!("即使把可用的 {} 金属全部加工成{name}也达不到目标（需要 {share}）：需要更多金属或更高的附加值。", percent(w.available, lang)),
                    (Lang::En, false) => format!("Not even all the available {} of the metal made into {} would reach it (it would take {share}): it needs more metal or higher added value.", percent(w.available, lang), name.to_lowercase()),
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
                        <strong>{ if reached { lang.pick("可达到", "Reached") } else { lang.pick("无法达到", "Unreachable") } }</strong>
                        { " · " }{ text }
                    </p>
                    { for take }
                    <button type="button" class="button" data-testid="goal-seek-apply" onclick={on_apply}
                        disabled={(lambda - 1.0).abs() < 1e-9}>
                        { if reached { lang.pick("采用这一组合", "Apply this mix") } else { lang.pick("采用最接近的组合", "Apply the closest mix") } }
                    </button>
                </>
            }
        }
    };
    html! {
        <section class="goal-seek chart-card" data-testid="goal-seek" aria-labelledby="goal-seek-heading" aria-live="polite">
            <h3 id="goal-seek-heading">{ lang.pick("什么组合能达到目标？", "What mix reaches the target?") }</h3>
            { body }
        </section>
    }
}
