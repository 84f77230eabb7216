//! The page header: title, subtitle, language switch and the view tabs.
use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use super::view_tabs::ViewTabs;
use crate::i18n::{Lang, Text};
use crate::state::{Action, View};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub view: View,
    pub dispatch: Callback<Action>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="header">
            <div class="header-titles">
                <h1 data-testid="app-title">{ Text::AppTitle.get(lang) }</h1>
                <p class="subtitle">{ Text::AppSubtitle.get(lang) }</p>
            </div>
            <LanguageSwitch lang={lang} dispatch={props.dispatch.clone()} />
            <ViewTabs lang={lang} view={props.view} dispatch={props.dispatch.clone()} />
        </header>
    }
}
