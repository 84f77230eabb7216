//! The mix of products for one side of the scenario (plan or baseline): per product a
//! slider and a typed percentage. The reducer clamps every share to the room the others
//! leave, and the slider's maximum is that room, so the total can never pass 100 %.
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::format::{number, percent, Precision};
use super::number_input::NumberInput;
use super::scenario_text::product_name;
use crate::i18n::Lang;
use crate::model::{default_path, Dataset, Scenario};
use crate::number::InputKind;
use crate::state::{Action, Side};

fn side_code(side: Side) -> &'static str {
    match side {
        Side::Plan => "plan",
        Side::Baseline => "baseline",
    }
}

/// Products a share can go to: every product the start product's metal can reach by
/// production steps (semi-finished products such as rod are sold too), in dataset order.
pub fn mix_products(ds: &Dataset) -> Vec<String> {
    ds.products()
        .iter()
        .filter(|p| p.id != ds.start() && default_path(ds, &p.id).is_ok())
        .map(|p| p.id.clone())
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct MixEditorProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub scenario: Scenario,
    pub side: Side,
    pub dispatch: Callback<Action>,
}

/// Percent rounded down to 0.1, with a little slack so 52 % is not read as 51.9 %.
fn floor_tenth(pct: f64) -> f64 {
    ((pct * 10.0 + 1e-6).floor() / 10.0).max(0.0)
}

#[function_component(MixEditor)]
pub fn mix_editor(props: &MixEditorProps) -> Html {
    let lang = props.lang;
    let side = side_code(props.side);
    let shares = &props.scenario.shares;
    let total: f64 = shares.values().sum();
    // Rounding dust (1 − 0.9999999999999999) must not show as 0.000000000000011 %.
    let left = if 1.0 - total < 1e-9 { 0.0 } else { 1.0 - total };
    let rows = mix_products(&props.dataset).into_iter().map(|id| {
        let share = shares.get(&id).copied().unwrap_or(0.0);
        let max_pct = floor_tenth(crate::model::room_for(shares, &id) * 100.0);
        let pct = share * 100.0;
        let name = product_name(&props.dataset, &id, lang);
        let input_id = format!("mix-{side}-{id}");
        let slider_id = format!("{input_id}-slider");
        let on_slide = {
            let (dispatch, id, s) = (props.dispatch.clone(), id.clone(), props.side);
            Callback::from(move |e: InputEvent| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
                if let Ok(v) = input.value().trim().parse::<f64>() {
                    dispatch.emit(Action::SetShare { side: s, product: id.clone(), share: v / 100.0 });
                }
            })
        };
        let on_number = {
            let (dispatch, id, s) = (props.dispatch.clone(), id.clone(), props.side);
            Callback::from(move |v: f64| dispatch.emit(Action::SetShare { side: s, product: id.clone(), share: v / 100.0 }))
        };
        let label = format!("{name}{}", lang.pick("：份额", ": share"));
        html! {
            <li class={classes!("mix-row", (share > 0.0).then_some("mix-row-used"))} key={id.clone()}>
                <label class="mix-name" for={slider_id.clone()}>{ name.clone() }</label>
                <input type="range" class="mix-slider" id={slider_id.clone()} data-testid={slider_id}
                    min="0" max={max_pct.to_string()} step="0.1" value={floor_tenth(pct).min(max_pct).to_string()}
                    aria-valuetext={percent(share, lang)}
                    oninput={on_slide} />
                <NumberInput id={input_id.clone()} label={label} lang={lang} kind={InputKind::SharePercent}
                    value={pct} display={AttrValue::from(number(pct, lang, Precision::Exact))} unit="%"
                    on_change={on_number} />
                <span class="mix-room" data-testid={format!("{input_id}-max")} data-value={(max_pct / 100.0).to_string()}>
                    { format!("≤ {}", percent(max_pct / 100.0, lang)) }
                </span>
            </li>
        }
    });
    let caption = match props.side {
        Side::Plan => lang.pick(
            "规划：各产品所用原铝份额",
            "Plan: share of the primary metal sent to each product",
        ),
        Side::Baseline => lang.pick(
            "基准年：各产品所用原铝份额",
            "Baseline: share of the primary metal sent to each product",
        ),
    };
    let total_id = match props.side {
        Side::Plan => "mix-total".to_string(),
        Side::Baseline => "mix-total-baseline".to_string(),
    };
    html! {
        <fieldset class="mix-editor" data-testid={format!("mix-editor-{side}")}>
            <legend>{ caption }</legend>
            <ul class="mix-rows">{ for rows }</ul>
            <p class="mix-total" aria-live="polite">
                <span data-testid={total_id} data-value={total.to_string()}>
                    { format!("{}{}", lang.pick("合计 ", "Total "), percent(total, lang)) }
                </span>
                { " · " }
                <span data-testid={format!("mix-left-{side}")} data-value={left.to_string()}>
                    { format!("{}{}", lang.pick("以原铝外销 ", "left as primary metal "), percent(left, lang)) }
                </span>
            </p>
        </fieldset>
    }
}
