//! The page header: title, subtitle, language switch and the view tabs.
use yew::prelude::*;

use std::rc::Rc;

use super::language_switch::LanguageSwitch;
use super::share_panel::SharePanel;
use super::view_tabs::ViewTabs;
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::state::{Action, AppState, View};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub view: View,
    pub dispatch: Callback<Action>,
    /// The page's state, for the share panel's link and exports.
    pub state: Rc<AppState>,
    /// Its results, for the exports.
    pub derived: Rc<crate::derived::Derived>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let m = Metal::of(props.state.dataset());
    let share_open = use_state(|| false);
    let share_button = use_node_ref();
    let toggle_share = {
        let share_open = share_open.clone();
        Callback::from(move |_| share_open.set(!*share_open))
    };
    let close_share = {
        let (share_open, share_button) = (share_open.clone(), share_button.clone());
        Callback::from(move |()| {
            share_open.set(false);
            // Focus returns to the button that opened the panel.
            if let Some(button) = share_button.cast::<web_sys::HtmlElement>() {
                button.focus().ok();
            }
        })
    };
    html! {
        <header class="header">
            <div class="header-titles">
                <h1 data-testid="app-title">{ metal::app_title(m, lang) }</h1>
                <p class="subtitle">{ metal::app_subtitle(m, lang) }</p>
            </div>
            <div class="header-actions">
                <LanguageSwitch lang={lang} dispatch={props.dispatch.clone()} />
                <button type="button" class="button share-toggle" data-testid="share-open" ref={share_button}
                    aria-expanded={share_open.to_string()} aria-controls={share_open.then_some("share-panel")} onclick={toggle_share}>
                    { Text::ShareButton.get(lang) }
                </button>
            </div>
            if *share_open {
                <SharePanel lang={lang} view={props.view} state={props.state.clone()} derived={props.derived.clone()}
                    dispatch={props.dispatch.clone()} on_close={close_share} />
            }
            <ViewTabs lang={lang} view={props.view} dispatch={props.dispatch.clone()} />
        </header>
    }
}
