//! The scenario's scalar inputs: tonnage of plan and baseline, years to the target, the
//! ramp, and the target (metric and value); each field sends its own intent.
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::model::Name;
use crate::model::{Metric, Ramp};
use crate::number::InputKind;
use crate::state::{Action, ScenarioAction, ScenarioInputs, Side};
use crate::ui::format::{input_value, target_input_value};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::scenario::text::metric_name;
use crate::ui::widgets::number_input::NumberInput;

#[derive(Properties, PartialEq)]
pub struct ScenarioInputsPanelProps {
    pub inputs: ScenarioInputs,
    /// The dataset's stated tonnage: what "reset" returns to.
    pub region_tonnes: f64,
    /// The dataset's name for its metal, for the labels.
    pub metal: Option<Name>,
}

#[function_component(ScenarioInputsPanel)]
pub fn scenario_inputs_panel(props: &ScenarioInputsPanelProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let inputs = &props.inputs;
    // Each field sends its own intent: a number typed here is never merged into a copy of
    // the inputs from the last render.
    let send = |f: fn(f64) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |v: f64| dispatch.emit(f(v)))
    };
    let reset = |side: Side| {
        let (dispatch, tonnes) = (dispatch.clone(), props.region_tonnes);
        Callback::from(move |_: ()| {
            dispatch.emit(Action::Scenario(ScenarioAction::SetTonnage {
                side,
                tonnes,
            }))
        })
    };
    let set_plan_q: fn(f64) -> Action = |tonnes| {
        Action::Scenario(ScenarioAction::SetTonnage {
            side: Side::Plan,
            tonnes,
        })
    };
    let set_base_q: fn(f64) -> Action = |tonnes| {
        Action::Scenario(ScenarioAction::SetTonnage {
            side: Side::Baseline,
            tonnes,
        })
    };
    // The number field has checked that it is whole and within 1 … MAX_YEARS.
    let set_years: fn(f64) -> Action =
        |v| Action::Scenario(ScenarioAction::SetYears(v.round() as u32));
    let set_target: fn(f64) -> Action = |v| Action::Scenario(ScenarioAction::SetTargetValue(v));

    let on_ramp = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            dispatch.emit(Action::Scenario(ScenarioAction::SetRamp(
                Ramp::from_code(&select.value()).unwrap_or(Ramp::SCurve),
            )));
        })
    };
    let on_metric = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            dispatch.emit(Action::Scenario(ScenarioAction::SetTargetMetric(
                Metric::from_code(&select.value()),
            )));
        })
    };
    let target_metric = inputs.target.map(|t| t.metric);
    let target_value = inputs.target.map_or(0.0, |t| t.value);
    // The field speaks the measure's unit: percent for a rate, yuan for an amount.
    let target_kind = target_metric.map_or(InputKind::Yuan, InputKind::for_target);
    let target_unit = if target_kind == InputKind::RatePercent {
        "%"
    } else {
        Text::YuanUnit.get(lang)
    };
    let tonnage_display = |q: f64| AttrValue::from(input_value(q, lang));
    let t_unit = Text::TonsPerYear.get(lang);

    html! {
        <fieldset class="scenario-inputs" data-testid="scenario-inputs">
            <legend>{ Text::InputsTitle.get(lang) }</legend>
            <div class="scenario-input-grid">
                <NumberInput id="scenario-tonnage" label={metal::plan_tonnage(Metal::named(props.metal.as_ref()), lang)}
                    kind={InputKind::Tonnage} value={inputs.plan.tonnage}
                    display={tonnage_display(inputs.plan.tonnage)} unit={t_unit}
                    edited={inputs.plan.tonnage != props.region_tonnes}
                    on_change={send(set_plan_q)} on_reset={reset(Side::Plan)} />
                <NumberInput id="scenario-tonnage-baseline" label={metal::baseline_tonnage(Metal::named(props.metal.as_ref()), lang)}
                    kind={InputKind::Tonnage} value={inputs.baseline.tonnage}
                    display={tonnage_display(inputs.baseline.tonnage)} unit={t_unit}
                    edited={inputs.baseline.tonnage != props.region_tonnes}
                    on_change={send(set_base_q)} on_reset={reset(Side::Baseline)} />
                <NumberInput id="scenario-years" label={Text::YearsToPlan.get(lang)}
                    kind={InputKind::Years} value={f64::from(inputs.years)}
                    unit={Text::YearsUnit.get(lang)} on_change={send(set_years)} />
                <div class="select-field">
                    <label for="scenario-ramp">{ Text::Ramp.get(lang) }</label>
                    <select id="scenario-ramp" data-testid="scenario-ramp" onchange={on_ramp}>
                        <option value={Ramp::Linear.code()} selected={inputs.ramp == Ramp::Linear}>{ Text::RampLinear.get(lang) }</option>
                        <option value={Ramp::SCurve.code()} selected={inputs.ramp == Ramp::SCurve}>{ Text::RampSCurve.get(lang) }</option>
                    </select>
                </div>
                <div class="select-field">
                    <label for="scenario-target-metric">{ Text::TargetMetric.get(lang) }</label>
                    <select id="scenario-target-metric" data-testid="scenario-target-metric" onchange={on_metric}>
                        <option value="none" selected={target_metric.is_none()}>{ Text::NoTarget.get(lang) }</option>
                        { for Metric::ALL.iter().map(|m: &Metric| html! {
                            <option value={m.code()} selected={target_metric == Some(*m)}>{ metric_name(*m, lang) }</option>
                        }) }
                    </select>
                </div>
                <div class="wide-field">
                // Keyed by the measure: a new measure's field starts from its own value,
                // never from text typed for another unit.
                <NumberInput key={target_metric.map_or("none", Metric::code)} id="scenario-target" label={Text::TargetValue.get(lang)}
                    kind={target_kind} value={target_value}
                    display={AttrValue::from(target_input_value(target_metric, target_value, lang))}
                    unit={target_unit} disabled={target_metric.is_none()}
                    on_change={send(set_target)} />
                </div>
            </div>
        </fieldset>
    }
}
