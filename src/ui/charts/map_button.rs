//! One product of the chain map's list of stages (the phone's map and the diagram's text
//! alternative): a button where it can be picked, with its place on the path. A component
//! of its own for the reason `map_node` gives.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::ui::charts::chain_map::SharedDrawing;
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct MapButtonProps {
    pub drawing: SharedDrawing,
    /// The product's place in `drawing.nodes`.
    pub index: usize,
    /// Its position on the current path (1-based), if it is on it.
    pub step: Option<usize>,
    /// The path's last product.
    pub selected: bool,
}

#[function_component(MapButton)]
pub fn map_button(props: &MapButtonProps) -> Html {
    let lang = use_lang();
    let Some(n) = props.drawing.0.nodes.get(props.index) else {
        return Html::default();
    };
    let (step, is_selected) = (props.step, props.selected);
    let class = classes!(
        "product-button",
        step.is_some().then_some("on-path"),
        is_selected.then_some("selected")
    );
    let mark = step.map(|k| {
        html! {
            <span class="product-step" aria-hidden="true">{ k.to_string() }</span>
        }
    });
    let note = step.map(|_| {
        html! {
            <span class="visually-hidden">{ Text::OnCurrentPath.get(lang) }</span>
        }
    });
    let item = match &n.handlers {
        Some((onclick, _)) => html! {
            <button type="button" class={class} data-testid={n.test_ids[1].clone()} data-product={n.id.clone()}
                aria-current={is_selected.then_some("true")} onclick={onclick.clone()}>
                { for mark }<span class="product-name">{ n.name.clone() }</span>{ for note }
            </button>
        },
        // Not reached from the start product by production steps: shown for the picture,
        // not a path one can pick.
        None => html! {
            <span class={classes!(class, "static")} data-testid={n.test_ids[1].clone()}>
                <span class="product-name">{ n.name.clone() }</span>
            </span>
        },
    };
    html! { <li>{ item }</li> }
}
