//! Messages about the link or the data, shown above the views until dismissed.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub lang: Lang,
    pub notices: Vec<Notice>,
    pub dispatch: Callback<Action>,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let dismiss = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::DismissNotices))
    };
    let close = Text::Dismiss.get(props.lang);
    html! {
        <div class="notices" role="status" data-testid="notices">
            <ul>{ for props.notices.iter().map(|n| html! { <li>{ n.message(props.lang) }</li> }) }</ul>
            <button type="button" onclick={dismiss}>{ close }</button>
        </div>
    }
}
