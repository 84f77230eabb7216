//! Which products the plan makes in the region: their steps' value stays there; the value
//! of the others leaks out (the reducer keeps only what differs from the dataset's flag).
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::mix_editor::mix_products;
use super::scenario_text::product_name;
use crate::i18n::Lang;
use crate::model::{Dataset, Scenario};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct LocalEditorProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub plan: Scenario,
    pub dispatch: Callback<Action>,
}

#[function_component(LocalEditor)]
pub fn local_editor(props: &LocalEditorProps) -> Html {
    let lang = props.lang;
    let ds = &props.dataset;
    let items = mix_products(ds).into_iter().map(|id| {
        let default = ds.product(&id).is_some_and(|p| p.local);
        let checked = props.plan.local.get(&id).copied().unwrap_or(default);
        let onchange = {
            let (dispatch, id) = (props.dispatch.clone(), id.clone());
            Callback::from(move |e: Event| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
                dispatch.emit(Action::SetLocal { product: id.clone(), local: input.checked() });
            })
        };
        let input_id = format!("local-{id}");
        html! {
            <li key={id.clone()} class="local-item">
                <input type="checkbox" id={input_id.clone()} data-testid={input_id.clone()} {checked} {onchange} />
                <label for={input_id}>{ product_name(ds, &id, lang) }</label>
            </li>
        }
    });
    html! {
        <fieldset class="local-editor" data-testid="local-editor">
            <legend>{ lang.pick("规划：在本地加工的产品", "Plan: products made in the region") }</legend>
            <p class="hint">{ lang.pick(
                "未勾选的产品由外地加工，其工序的附加值流出本地。",
                "Unticked products are made elsewhere: the value their steps add leaks out of the region.") }</p>
            <ul class="local-items">{ for items }</ul>
        </fieldset>
    }
}
