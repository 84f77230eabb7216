//! The root component: owns the reducer, mirrors the state into the URL and `<html lang>`.
use std::rc::Rc;

use yew::prelude::*;

use super::header::Header;
use super::notices::Notices;
use crate::i18n::Text;
use crate::state::{Action, AppState, View};

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

fn initial_state() -> AppState {
    let window = web_sys::window();
    let search = window.as_ref().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let langs: Vec<String> = window
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    AppState::from_query(&search, &langs)
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);

    // The link always shows this exact view; replaceState adds no history entries.
    let query = state.to_query();
    let lang = state.lang;
    use_effect_with((query, lang), |(query, lang)| {
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("?{query}"))).ok();
            }
            if let Some(html) = window.document().and_then(|d| d.document_element()) {
                html.set_attribute("lang", lang.tag()).ok();
            }
            if let Some(doc) = window.document() {
                doc.set_title(Text::AppTitle.get(*lang));
            }
        }
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    let body = match state.view {
        View::Path => html! { <section class="view" data-testid="view-path" aria-label={Text::ViewPath.get(lang)}></section> },
        View::Compare => html! { <section class="view" data-testid="view-compare" aria-label={Text::ViewCompare.get(lang)}></section> },
        View::Scenario => html! { <section class="view" data-testid="view-scenario" aria-label={Text::ViewScenario.get(lang)}></section> },
    };

    html! {
        <div class="app" data-testid="app">
            <Header lang={lang} view={state.view} dispatch={dispatch.clone()} />
            <Notices lang={lang} notices={state.notices.clone()} dispatch={dispatch} />
            <main id="main" class="main">{ body }</main>
        </div>
    }
}
