//! One side's region: a select of the shipped regions (`crate::regions::list`).
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::state::{Action, DataAction, PairSide};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct PairPickerProps {
    pub side: PairSide,
    /// The region shown on this side.
    pub selected: AttrValue,
}

fn code(side: PairSide) -> &'static str {
    match side {
        PairSide::A => "a",
        PairSide::B => "b",
    }
}

#[function_component(PairPicker)]
pub fn pair_picker(props: &PairPickerProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let side = props.side;
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            dispatch.emit(Action::Data(DataAction::SelectPairRegion {
                side,
                id: select.value(),
            }));
        }
    });
    let id = format!("region-{}", code(side));
    let label = match side {
        PairSide::A => Text::RegionFirst,
        PairSide::B => Text::RegionSecond,
    };
    html! {
        <div class="select-field pair-picker">
            <label for={id.clone()}>{ label.get(lang) }</label>
            <select id={id.clone()} data-testid={id} {onchange}>
                { for crate::regions::list().into_iter().map(|r| html! {
                    <option value={r.id} selected={r.id == props.selected.as_str()}>{ r.name.get(lang).to_string() }</option>
                }) }
            </select>
        </div>
    }
}
