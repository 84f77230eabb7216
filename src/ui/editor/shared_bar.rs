//! A chain opened from a `#chain=` link is shown read-only: this bar says so and offers to
//! edit a copy (the editor opens on it; the link's chain stays as it came).
use yew::prelude::*;

use crate::catalog::editor as words;
use crate::state::{Action, DataAction};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[function_component(SharedChainBar)]
pub fn shared_chain_bar() -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let onclick = Callback::from(move |_: MouseEvent| {
        dispatch.emit(Action::Data(DataAction::EditCopy));
    });
    html! {
        <div class="shared-chain" role="region" aria-label={words::edit_a_copy(lang)} data-testid="shared-chain">
            <p>{ words::shared_read_only(lang) }</p>
            <button type="button" class="button" {onclick} data-testid="edit-a-copy">
                { words::edit_a_copy(lang) }
            </button>
        </div>
    }
}
