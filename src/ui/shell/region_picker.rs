//! The region picker in the header: a native select of the regions shipped with the app
//! (`crate::regions`), each by its name in the page's language. Picking one switches the
//! dataset to that region, resolved on first pick, through the reducer
//! (`DataAction::SelectRegion`); a refusal is a notice. Shown while a shipped region is in
//! force: with a file's dataset (`data=`, an import; another chain, perhaps another metal)
//! the way back is the assumptions' "return to the default dataset".
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::state::{Action, DataAction};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct RegionPickerProps {
    /// The shipped region in force.
    pub region: AttrValue,
}

#[function_component(RegionPicker)]
pub fn region_picker(props: &RegionPickerProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            let id = select.value();
            if !id.is_empty() {
                dispatch.emit(Action::Data(DataAction::SelectRegion(id)));
            }
        }
    });
    let current = props.region.as_str();
    let options = crate::regions::list().into_iter().map(|region| {
        html! {
            <option value={region.id} selected={current == region.id}>{ region.name.get(lang).to_string() }</option>
        }
    });
    html! {
        <div class="region-picker select-field">
            <label for="region-picker">{ Text::RegionLabel.get(lang) }</label>
            <select id="region-picker" data-testid="region-picker" {onchange}>
                { for options }
            </select>
        </div>
    }
}
