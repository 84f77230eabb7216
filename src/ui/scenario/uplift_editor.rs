//! R&D uplift per step, in percent of the step's added value, for the steps on the paths
//! of the products the plan sends metal to (other steps would change nothing).
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::model::{default_path, Dataset, Scenario};
use crate::number::InputKind;
use crate::state::{Action, ScenarioAction};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::scenario::text::step_name;
use crate::ui::widgets::number_input::NumberInput;

#[derive(Properties, PartialEq)]
pub struct UpliftEditorProps {
    pub dataset: Rc<Dataset>,
    pub plan: Scenario,
}

/// The distinct steps of the paths of the products with a share, in path order.
pub fn used_steps(ds: &Dataset, plan: &Scenario) -> Vec<(String, String)> {
    let mut steps: Vec<(String, String)> = Vec::new();
    for (id, share) in &plan.shares {
        if *share <= 0.0 {
            continue;
        }
        let path = plan
            .paths
            .get(id)
            .cloned()
            .or_else(|| default_path(ds, id).ok())
            .unwrap_or_default();
        for pair in path.windows(2) {
            if let [from, to] = pair {
                let key = (from.clone(), to.clone());
                if !steps.contains(&key) {
                    steps.push(key);
                }
            }
        }
    }
    steps
}

#[function_component(UpliftEditor)]
pub fn uplift_editor(props: &UpliftEditorProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let steps = used_steps(&props.dataset, &props.plan);
    if steps.is_empty() {
        return html! {};
    }
    let rows = steps.into_iter().map(|(from, to)| {
        let percent = props
            .plan
            .uplift
            .iter()
            .find(|u| u.from == from && u.to == to)
            .map_or(0.0, |u| u.percent);
        let on_change = {
            let (dispatch, from, to) = (dispatch.clone(), from.clone(), to.clone());
            Callback::from(move |percent: f64| {
                dispatch.emit(Action::Scenario(ScenarioAction::SetUplift {
                    from: from.clone(),
                    to: to.clone(),
                    percent,
                }))
            })
        };
        let on_reset = {
            let (dispatch, from, to) = (dispatch.clone(), from.clone(), to.clone());
            Callback::from(move |_: ()| {
                dispatch.emit(Action::Scenario(ScenarioAction::SetUplift {
                    from: from.clone(),
                    to: to.clone(),
                    percent: 0.0,
                }))
            })
        };
        let id = format!("uplift-{from}-{to}");
        let name = step_name(&props.dataset, &from, &to, lang);
        // The row's heading names the step; the field keeps the name as its own label.
        html! {
            <tr key={id.clone()}>
                <th scope="row">{ name.clone() }</th>
                <td class="num">
                    <NumberInput id={id} label={name}
                        kind={InputKind::UpliftPercent} value={percent} unit="%" edited={percent != 0.0}
                        {on_change} {on_reset} />
                </td>
            </tr>
        }
    });
    html! {
        <fieldset class="uplift-editor" data-testid="uplift-editor">
            <legend>{ Text::UpliftLegend.get(lang) }</legend>
            <table class="uplift-table">
                <thead><tr>
                    <th scope="col">{ Text::Step.get(lang) }</th>
                    <th scope="col" class="num">{ Text::Uplift.get(lang) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </fieldset>
    }
}
