//! One product of the chain map's diagram: its box, its name and, where it can be picked,
//! its handlers. A component of its own, so that a click re-renders only the nodes whose
//! place on the path changed (`make bench`, interaction: the whole map's markup was built
//! and compared again on every click).
use yew::prelude::*;

use crate::catalog::texts;
use crate::ui::charts::map_product::MapProductProps;
use crate::ui::hooks::context::use_lang;

#[function_component(MapNode)]
pub fn map_node(props: &MapProductProps) -> Html {
    let lang = use_lang();
    let Some(n) = props.node() else {
        return Html::default();
    };
    let (step, selected) = (props.step, props.selected);
    let mut class = props.classes("node");
    class.extend(n.apart.then_some("apart"));
    let [fx, fy, fw, fh] = n.focus.clone();
    let [bx, by, bw, bh] = n.body.clone();
    let lines = n.lines.iter().map(|(x, y, l)| {
        html! {
            <text class="node-text" x={x.clone()} y={y.clone()} text-anchor="middle">{ l.clone() }</text>
        }
    });
    let body = html! {
        <>
            <rect class="node-focus" x={fx} y={fy} width={fw} height={fh} rx="9" />
            <rect class="node-box" x={bx} y={by} width={bw} height={bh} rx="6" />
            { for lines }
        </>
    };
    match &n.handlers {
        Some((onclick, onkeydown)) => {
            let label = match step {
                Some(_) => texts::on_current_path(&n.name, lang),
                None => n.name.to_string(),
            };
            html! {
                <g class={class} role="button" tabindex="0" aria-label={label}
                    aria-current={selected.then_some("true")}
                    data-testid={n.test_ids[0].clone()} data-product={n.id.clone()} onclick={onclick.clone()} onkeydown={onkeydown.clone()}>
                    { body }
                </g>
            }
        }
        None => {
            html! { <g class={classes!(class, "static")} data-testid={n.test_ids[0].clone()}>{ body }</g> }
        }
    }
}
