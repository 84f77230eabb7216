//! Where a scenario starts: the dataset's sourced plans (presets) with their sources, the
//! plan's own targets held against the results on the basis each is stated on (and on the
//! other money basis, so a visitor sees which one reaches it), the baseline's label, and
//! whether process scrap is remelted in the region or sold.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::derived::PresetVerdicts;
use crate::i18n::Lang;
use crate::model::{
    verdict_of, BaselineKind, Dataset, Metric, Preset, Prose, Scenario, ScenarioResult, ScrapFate,
    TargetVerdict,
};
use crate::state::{Action, ScenarioAction, ScenarioInputs};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::scenario::text::{metric_name, metric_value};
use crate::ui::scenario::verdict::verdict_line;
use crate::ui::widgets::badge::Badge;

#[derive(Properties, PartialEq)]
pub struct ScenarioPresetsProps {
    pub dataset: Rc<Dataset>,
    pub inputs: ScenarioInputs,
    /// The plan's result; None while the plan cannot be evaluated.
    pub plan: Option<Rc<ScenarioResult>>,
    /// Each preset's targets held against its own plan on every reading; None if the
    /// model refused them.
    #[prop_or_default]
    pub verdicts: Option<Rc<PresetVerdicts>>,
}

/// A source's citation in the visitor's language, marked with the language it is in (a
/// file that gives one text for both may be in the other).
fn citation(prose: &Prose, lang: Lang) -> Html {
    let text = prose.get(lang);
    html! { <cite lang={Lang::of_text(text).tag()}>{ text.to_string() }</cite> }
}

/// The preset the plan is: same tonnage and shares.
fn active<'a>(ds: &'a Dataset, plan: &Scenario) -> Option<&'a Preset> {
    ds.presets()
        .iter()
        .find(|p| p.tonnage == plan.tonnage && p.shares == plan.shares)
}

/// The bases a target can be held against: the one it is stated on first, then the other
/// money basis for money targets.
fn bases(metric: Metric) -> Vec<Metric> {
    match metric {
        Metric::GrossOutput => vec![Metric::GrossOutput, Metric::OutputValue],
        Metric::OutputValue => vec![Metric::OutputValue, Metric::GrossOutput],
        other => vec![other],
    }
}

#[function_component(ScenarioPresets)]
pub fn scenario_presets(props: &ScenarioPresetsProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let ds = &props.dataset;
    let current = active(ds, &props.inputs.plan);
    let verdicts_of = |id: &str| -> Vec<TargetVerdict> {
        props
            .verdicts
            .as_ref()
            .and_then(|all| all.iter().find(|(p, _)| p == id))
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let presets = ds.presets().iter().map(|preset| {
        let on_click = {
            let (dispatch, id) = (dispatch.clone(), preset.id.clone());
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Scenario(ScenarioAction::ApplyPreset(id.clone()))))
        };
        let is_current = current.is_some_and(|c| c.id == preset.id);
        html! {
            <li class={classes!("preset", is_current.then_some("current"))} data-testid={format!("preset-{}", preset.id)}>
                <div class="preset-head">
                    <strong>{ preset.name.get(lang).to_string() }</strong>
                    <button type="button" class="button" data-testid={format!("apply-preset-{}", preset.id)}
                        onclick={on_click} aria-pressed={is_current.to_string()}>
                        { if is_current { Text::CurrentPlan.get(lang) } else { Text::StartFromPlan.get(lang) } }
                    </button>
                </div>
                <p class="preset-source">
                    <Badge kind={preset.source.badge} />
                    { " " }
                    { citation(&preset.source.citation, lang) }
                    { format!(" ({})", preset.source.year) }
                </p>
                { for verdicts_of(&preset.id).iter().map(|v| {
                    verdict_line(v, &format!("preset-verdict-{}-{}", preset.id, v.metric.code()), lang)
                }) }
            </li>
        }
    });
    let targets = match (current, &props.plan) {
        (Some(preset), Some(result)) if !preset.targets.is_empty() => {
            let plan = &props.inputs.plan;
            let rows = preset.targets.iter().flat_map(|t| {
                bases(t.metric).into_iter().enumerate().map(move |(n, basis)| (t, n == 0, basis))
            }).map(|(t, stated, basis)| {
                let value = basis.of(result);
                let met = value >= t.value;
                // The row is one reading (the result's basis and firms); the verdict over
                // every admissible reading is the model's, in words under the preset.
                let verdict = stated
                    .then(|| verdict_of(ds, plan, t, &preset.source).ok())
                    .flatten()
                    .map(|v| v.verdict.code());
                html! {
                    <tr data-testid={format!("preset-target-{}", basis.code())} data-value={value.to_string()}
                        data-target={t.value.to_string()} data-met={met.to_string()}
                        data-basis={result.basis.code()} data-firms={result.firms.code()}
                        data-verdict={verdict}>
                        <th scope="row">
                            { metric_name(basis, lang) }
                            if stated { <span class="note">{ Text::PlanStatedBasis.get(lang) }</span> }
                        </th>
                        <td class="num">{ metric_value(t.metric, t.value, lang) }</td>
                        <td class="num">{ metric_value(basis, value, lang) }</td>
                        <td>{ if met { Text::TargetReached.get(lang) } else { Text::TargetNotReached.get(lang) } }</td>
                    </tr>
                }
            });
            html! {
                <table class="preset-targets" data-testid="preset-targets">
                    <caption>{ Text::PresetTargetsCaption.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ Text::Basis.get(lang) }</th>
                        <th scope="col" class="num">{ Text::Target.get(lang) }</th>
                        <th scope="col" class="num">{ Text::ThisScenario.get(lang) }</th>
                        <th scope="col">{ Text::Result.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        }
        _ => html! {},
    };
    let (_, kind) = Scenario::baseline(ds);
    let baseline_label = match (kind, ds.baseline()) {
        (BaselineKind::Sourced, Some(b)) => html! {
            <p class="baseline-label" data-testid="baseline-kind" data-kind={BaselineKind::Sourced.code()}>
                { Text::BaselineSource.get(lang) }
                <Badge kind={b.source.badge} />{ " " }{ citation(&b.source.citation, lang) }
            </p>
        },
        _ => html! {
            <p class="baseline-label" data-testid="baseline-kind" data-kind={BaselineKind::Hypothetical.code()}>
                { metal::baseline_hypothetical(Metal::of(ds), lang) }
            </p>
        },
    };
    let fate = props.inputs.plan.scrap;
    let scrap = ds.scrap_price();
    let fate_option = |value: ScrapFate, label: &str| {
        let code = value.code();
        let on_change = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| {
                dispatch.emit(Action::Scenario(ScenarioAction::SetScrapFate(value)))
            })
        };
        html! {
            <label class="radio">
                <input type="radio" name="scrap-fate" value={code.to_string()} data-testid={format!("scrap-fate-{code}")}
                    checked={fate == value} onchange={on_change} />
                { label.to_string() }
            </label>
        }
    };
    html! {
        <section class="scenario-presets" data-testid="scenario-presets" aria-labelledby="presets-heading">
            <h3 id="presets-heading">{ Text::PresetsTitle.get(lang) }</h3>
            if ds.presets().is_empty() {
                <p class="hint">{ Text::NoPresets.get(lang) }</p>
            } else {
                <ul class="preset-list">{ for presets }</ul>
            }
            { targets }
            { baseline_label }
            <fieldset class="scrap-fate">
                <legend>{ Text::ProcessScrap.get(lang) }</legend>
                { fate_option(ScrapFate::Remelted, Text::ScrapRemeltedHere.get(lang)) }
                { fate_option(ScrapFate::Sold, Text::ScrapSoldAsScrap.get(lang)) }
                <p class="preset-source" data-testid="source-scrap-price">
                    { Text::ScrapPriceLabel.get(lang) }
                    { crate::ui::format::yuan_per_ton(scrap.base, lang, crate::ui::format::Precision::Exact) }
                    { " " }<Badge kind={scrap.source.badge} />{ " " }
                    { citation(&scrap.source.citation, lang) }{ format!(" ({})", scrap.source.year) }
                </p>
            </fieldset>
        </section>
    }
}
