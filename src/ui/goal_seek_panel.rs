//! "What mix reaches the target?": scales the plan's shares by one factor λ until the
//! target's figure is met (MODEL.md "goal-seek"), and offers to apply the mix found.
use std::rc::Rc;

use yew::prelude::*;

use super::format::{percent, yuan, Precision};
use super::scenario_text::{error_text, metric_code, metric_name};
use crate::i18n::Lang;
use crate::model::{goal_seek, Dataset, GoalSeek, Scenario, Target};

#[derive(Properties, PartialEq)]
pub struct GoalSeekPanelProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub plan: Scenario,
    pub target: Option<Target>,
    pub on_apply: Callback<Scenario>,
}

#[function_component(GoalSeekPanel)]
pub fn goal_seek_panel(props: &GoalSeekPanelProps) -> Html {
    let lang = props.lang;
    let found = use_memo((props.dataset.clone(), props.plan.clone(), props.target), |(ds, plan, target)| {
        target.map(|t| goal_seek(ds, plan, t.metric, t.value))
    });
    let body = match (&*found, props.target) {
        (None, _) | (_, None) => html! {
            <p data-testid="goal-seek-result" data-outcome="none">
                { lang.pick("请先在上方设定目标。", "Set a target above to find the mix that reaches it.") }
            </p>
        },
        (Some(Err(e)), _) => html! {
            <p class="model-error" role="alert" data-testid="goal-seek-result" data-outcome="error">{ error_text(e, lang) }</p>
        },
        (Some(Ok(outcome)), Some(target)) => {
            let (reached, lambda, value, scenario) = match outcome {
                GoalSeek::Reached { lambda, value, scenario } => (true, *lambda, *value, scenario.clone()),
                GoalSeek::Unreachable { best_lambda, best_value, scenario } => (false, *best_lambda, *best_value, scenario.clone()),
            };
            let total: f64 = scenario.shares.values().sum();
            let amount = yuan(value, lang, Precision::Significant3);
            let factor = percent(lambda, lang);
            let metric = metric_name(target.metric, lang);
            // Below even the value with nothing processed: the target is met already.
            let met_already = !reached && value >= target.value;
            let text = match (lang, reached) {
                (Lang::Zh, false) if met_already => format!("目标低于完全不加工时的{metric}（{amount}），无需调整组合即可达到。"),
                (Lang::En, false) if met_already => format!("The target is below {} with nothing processed ({amount}): it is met without any change of mix.", metric.to_lowercase()),
                (Lang::Zh, true) => format!("可以达到：把规划中各产品的份额都调整为原来的 {factor}（加工份额合计 {}），{metric}为 {amount}。", percent(total, lang)),
                (Lang::En, true) => format!("Reachable: with every share of the plan at {factor} of its value (total {} processed), {} is {amount}.", percent(total, lang), metric.to_lowercase()),
                (Lang::Zh, false) => format!("仅按比例调整现有组合无法达到目标；最接近的是份额调整为原来的 {factor}（合计 {}），{metric}为 {amount}。", percent(total, lang)),
                (Lang::En, false) => format!("Unreachable by scaling this mix; the closest is every share at {factor} of its value (total {} processed), where {} is {amount}.", percent(total, lang), metric.to_lowercase()),
            };
            let on_apply = {
                let cb = props.on_apply.clone();
                Callback::from(move |_: MouseEvent| cb.emit(scenario.clone()))
            };
            html! {
                <>
                    <p class={classes!("goal-seek-result", if reached { "reached" } else { "unreachable" })}
                        data-testid="goal-seek-result" data-outcome={if reached { "reached" } else { "unreachable" }}
                        data-value={value.to_string()} data-lambda={lambda.to_string()} data-metric={metric_code(target.metric)}>
                        <strong>{ if reached { lang.pick("可达到", "Reached") } else { lang.pick("无法达到", "Unreachable") } }</strong>
                        { " · " }{ text }
                    </p>
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
