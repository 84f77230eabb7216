//! Messages about the link or the data, shown above the views until dismissed.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::state::{Action, Notice};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    if props.notices.is_empty() {
        return html! {};
    }
    let dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::DismissNotices))
    };
    let close = Text::Dismiss.get(lang);
    html! {
        <div class="notices" role="status" data-testid="notices">
            <ul>{ for props.notices.iter().map(|n| html! { <li>{ n.message(lang) }</li> }) }</ul>
            <button type="button" onclick={dismiss}>{ close }</button>
        </div>
    }
}
