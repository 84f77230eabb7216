//! A target held against a plan on every reading, in words: under each preset (its own
//! targets) and in the goal-seek panel (the scenario's target).
use yew::prelude::*;

use crate::catalog::readings;
use crate::i18n::Lang;
use crate::model::TargetVerdict;
use crate::ui::scenario::text::{metric_name, metric_value};

/// A target's verdict over every reading, in words (`testid` names the line).
pub fn verdict_line(v: &TargetVerdict, testid: &str, lang: Lang) -> Html {
    // A margin within rounding of the target is none (a rate met to 1e-14 reads 0 %).
    let tolerance = 1e-9 * v.target.abs().max(1.0);
    let value = |x: f64| {
        let x = if x.abs() <= tolerance { 0.0 } else { x.abs() };
        metric_value(v.metric, x, lang)
    };
    let target = readings::target_of(metric_name(v.metric, lang), &value(v.target), lang);
    let text = readings::verdict_sentence(
        v.verdict,
        &target,
        &readings::met_conditions(&v.readings, lang),
        &value(v.best_margin),
        &value(v.worst_margin),
        lang,
    );
    html! {
        <p class="verdict" data-testid={testid.to_string()} data-verdict={v.verdict.code()}>{ text }</p>
    }
}
