//! The products of the scenario in one table: per product the share of the primary metal
//! sent to it in the baseline year and in the plan, and whether the plan makes it in the
//! region. Side by side, so the two years are compared row by row and the table stays one
//! line per product. The reducer clamps every share to the room the others leave, and the
//! plan's slider stops at that room, so a total can never pass 100 %.
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{room_for, Dataset, Scenario};
use crate::number::InputKind;
use crate::state::{Action, ScenarioAction, Side};
use crate::ui::format::{number, percent, Precision};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::scenario::text::product_name;
use crate::ui::widgets::number_input::NumberInput;

fn side_code(side: Side) -> &'static str {
    match side {
        Side::Plan => "plan",
        Side::Baseline => "baseline",
    }
}

/// Products a share can go to (`model::sold_products`).
pub fn mix_products(ds: &Dataset) -> Vec<String> {
    crate::model::sold_products(ds)
}

#[derive(Properties, PartialEq)]
pub struct MixEditorProps {
    pub dataset: Rc<Dataset>,
    pub baseline: Scenario,
    pub plan: Scenario,
}

/// Percent rounded down to 0.1, with a little slack so 52 % is not read as 51.9 %.
fn floor_tenth(pct: f64) -> f64 {
    ((pct * 10.0 + 1e-6).floor() / 10.0).max(0.0)
}

/// What is sent nowhere stays primary metal; rounding dust (1 − 0.9999999999999999) must
/// not show as 0.000000000000011 %.
fn left_of(total: f64) -> f64 {
    if 1.0 - total < 1e-9 {
        0.0
    } else {
        1.0 - total
    }
}

/// One side's share of one product: the typed percentage (the plan also gets a slider) and
/// the room the other products leave.
fn share_cell(
    props: &MixEditorProps,
    (lang, dispatch): (Lang, &Callback<Action>),
    side: Side,
    id: &str,
    name: &str,
) -> Html {
    let scenario = match side {
        Side::Plan => &props.plan,
        Side::Baseline => &props.baseline,
    };
    let share = scenario.shares.get(id).copied().unwrap_or(0.0);
    let max_pct = floor_tenth(room_for(&scenario.shares, id) * 100.0);
    let pct = share * 100.0;
    let input_id = format!("mix-{}-{id}", side_code(side));
    let emit = {
        let (dispatch, id) = (dispatch.clone(), id.to_string());
        move |pct: f64| {
            dispatch.emit(Action::Scenario(ScenarioAction::SetShare {
                side,
                product: id.clone(),
                share: pct / 100.0,
            }))
        }
    };
    let slider = (side == Side::Plan).then(|| {
        let emit = emit.clone();
        let on_slide = Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            if let Ok(v) = input.value().trim().parse::<f64>() {
                emit(v);
            }
        });
        let slider_id = format!("{input_id}-slider");
        html! {
            <input type="range" class="mix-slider" id={slider_id.clone()} data-testid={slider_id}
                aria-label={texts::plan_share(name, lang)}
                min="0" max={max_pct.to_string()} step="0.1" value={floor_tenth(pct).min(max_pct).to_string()}
                aria-valuetext={percent(share, lang)} oninput={on_slide} />
        }
    });
    let label = match side {
        Side::Plan => texts::plan_share(name, lang),
        Side::Baseline => texts::baseline_share(name, lang),
    };
    html! {
        // data-side: the column's name, shown before the cell on phones (no header row there).
        <td class={classes!("mix-share", format!("mix-{}", side_code(side)))}
            data-side={match side { Side::Plan => Text::Plan.get(lang), Side::Baseline => Text::Baseline.get(lang) }}>
            { for slider }
            <NumberInput id={input_id.clone()} label={label} kind={InputKind::SharePercent}
                value={pct} display={AttrValue::from(number(pct, lang, Precision::Exact))} unit="%"
                on_change={Callback::from(emit)} />
            <span class="mix-room" data-testid={format!("{input_id}-max")} data-value={(max_pct / 100.0).to_string()}
                title={Text::RoomLeft.get(lang)}>
                { format!("≤ {}", percent(max_pct / 100.0, lang)) }
            </span>
        </td>
    }
}

/// Where a side's metal goes in all: the total sent to products and what is left unsold as
/// primary metal.
fn total_cell(side: Side, scenario: &Scenario, m: Metal, lang: Lang) -> Html {
    // `+ 0.0`: an empty sum is −0.0, which would read "−0%".
    let total: f64 = scenario.shares.values().sum::<f64>() + 0.0;
    let code = side_code(side);
    let total_id = match side {
        Side::Plan => "mix-total".to_string(),
        Side::Baseline => "mix-total-baseline".to_string(),
    };
    html! {
        <td class="mix-total" aria-live="polite">
            <span data-testid={total_id} data-value={total.to_string()}>
                { texts::shares_total(&percent(total, lang), lang) }
            </span>
            <br />
            <span data-testid={format!("mix-left-{code}")} data-value={left_of(total).to_string()}>
                { metal::left_as_primary_metal(m, &percent(left_of(total), lang), lang) }
            </span>
        </td>
    }
}

#[function_component(MixEditor)]
pub fn mix_editor(props: &MixEditorProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let ds = &props.dataset;
    let rows = mix_products(ds).into_iter().map(|id| {
        let name = product_name(ds, &id, lang);
        let used = props.plan.shares.get(&id).is_some_and(|s| *s > 0.0)
            || props.baseline.shares.get(&id).is_some_and(|s| *s > 0.0);
        // The plan keeps only what differs from the dataset's flag (the reducer's rule).
        let default = ds.product(&id).is_some_and(|p| p.local);
        let local = props.plan.local.get(&id).copied().unwrap_or(default);
        let on_local = {
            let (dispatch, id) = (dispatch.clone(), id.clone());
            Callback::from(move |e: Event| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
                dispatch.emit(Action::Scenario(ScenarioAction::SetLocal { product: id.clone(), local: input.checked() }));
            })
        };
        let local_id = format!("local-{id}");
        html! {
            <tr class={classes!("mix-row", used.then_some("mix-row-used"))} key={id.clone()} data-testid={format!("mix-row-{id}")}>
                <th scope="row" class="mix-name">{ name.clone() }</th>
                { share_cell(props, (lang, &dispatch), Side::Baseline, &id, &name) }
                { share_cell(props, (lang, &dispatch), Side::Plan, &id, &name) }
                <td class="mix-local" data-side={Text::MadeHere.get(lang)}>
                    <input type="checkbox" id={local_id.clone()} data-testid={local_id} checked={local} onchange={on_local}
                        aria-label={texts::made_in_region(&name, lang)} />
                </td>
            </tr>
        }
    });
    html! {
        <fieldset class="mix-editor" data-testid="mix-editor">
            <legend>{ metal::mix_legend(Metal::of(&props.dataset), lang) }</legend>
            <p class="hint">{ Text::MixHint.get(lang) }</p>
            <div>
                <table class="mix-table">
                    <thead><tr>
                        <th scope="col">{ Text::Product.get(lang) }</th>
                        <th scope="col" class="num">{ Text::Baseline.get(lang) }</th>
                        <th scope="col" class="num">{ Text::Plan.get(lang) }</th>
                        <th scope="col">{ Text::MadeHere.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot><tr>
                        <th scope="row">{ Text::InAll.get(lang) }</th>
                        { total_cell(Side::Baseline, &props.baseline, Metal::of(&props.dataset), lang) }
                        { total_cell(Side::Plan, &props.plan, Metal::of(&props.dataset), lang) }
                        <td></td>
                    </tr></tfoot>
                </table>
            </div>
        </fieldset>
    }
}
