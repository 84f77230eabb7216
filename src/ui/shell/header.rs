//! The page header: title, subtitle, language switch and the view tabs.
use yew::prelude::*;

use std::rc::Rc;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::state::{AppState, View};
use crate::ui::hooks::context::use_lang;
use crate::ui::share::panel::SharePanel;
use crate::ui::shell::language_switch::LanguageSwitch;
use crate::ui::shell::region_picker::RegionPicker;
use crate::ui::shell::view_tabs::ViewTabs;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub view: View,
    /// The page's state, for the share panel's link and exports.
    pub state: Rc<AppState>,
    /// Its results, for the exports.
    pub derived: Rc<crate::derived::Derived>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = use_lang();
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
                <LanguageSwitch />
                <button type="button" class="button share-toggle" data-testid="share-open" ref={share_button}
                    aria-expanded={share_open.to_string()} aria-controls={share_open.then_some("share-panel")} onclick={toggle_share}>
                    { Text::ShareButton.get(lang) }
                </button>
            </div>
            if *share_open {
                <SharePanel view={props.view} state={props.state.clone()} derived={props.derived.clone()}
                    on_close={close_share} />
            }
            // The region beside the view tabs, where the row has room: beside the titles it
            // wrapped the subtitle and made the header a line taller.
            <div class="header-nav">
                <ViewTabs view={props.view} embed={props.state.embed} />
                if let Some(region) = props.state.region().filter(|_| !props.state.locked && !props.state.embed) {
                    <RegionPicker region={AttrValue::from(region.to_string())} />
                }
            </div>
        </header>
    }
}
