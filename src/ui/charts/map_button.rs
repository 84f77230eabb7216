//! One product of the chain map's list of stages (the phone's map and the diagram's text
//! alternative): a button where it can be picked, with its place on the path. A component
//! of its own for the reason `map_node` gives.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::ui::charts::map_product::MapProductProps;
use crate::ui::hooks::context::use_lang;

#[function_component(MapButton)]
pub fn map_button(props: &MapProductProps) -> Html {
    let lang = use_lang();
    let Some(n) = props.node() else {
        return Html::default();
    };
    let (step, is_selected) = (props.step, props.selected);
    let class = props.classes("product-button");
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
