//! What the result card's per-ton figures are per ton of: the metal the product contains
//! (the model's basis, the default) or the product itself. Offered only for a product with
//! a metal content (a composite product weighs more than its metal); kept in the link
//! (`per=product`).
use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::model::PerTon;
use crate::state::{Action, FrameAction};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct PerTonSwitchProps {
    /// What the figures beside it are per ton of.
    pub per: PerTon,
    /// The chain's word for its metal ("aluminium" in English).
    pub metal: AttrValue,
}

#[function_component(PerTonSwitch)]
pub fn per_ton_switch(props: &PerTonSwitchProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let option = |per: PerTon, label: String| {
        let on_change = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| {
                dispatch.emit(Action::Frame(FrameAction::SetPerTon(per)))
            })
        };
        html! {
            <label class="radio">
                <input type="radio" name="per-ton" value={per.code()}
                    data-testid={format!("per-ton-{}", per.code())}
                    checked={props.per == per} onchange={on_change} />
                { label }
            </label>
        }
    };
    html! {
        <fieldset class="basis-switch" data-testid="per-ton-switch" data-per={props.per.code()}>
            <legend>{ Text::PerTonLegend.get(lang) }</legend>
            { option(PerTon::Metal, texts::per_ton_of_metal(&props.metal, lang)) }
            { option(PerTon::Product, Text::PerTonOfProduct.get(lang).to_string()) }
        </fieldset>
    }
}
