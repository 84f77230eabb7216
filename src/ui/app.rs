//! The root component: owns the reducer, mirrors the state into the URL and `<html lang>`,
//! and lays out the header, the current view and the assumptions.
use std::rc::Rc;

use yew::prelude::*;

use super::assumptions_panel::AssumptionsPanel;
use super::compare_view::CompareView;
use super::embed_bar::{full_view_query, EmbedBar};
use super::header::Header;
use super::notices::Notices;
use super::path_view::PathView;
use super::scenario_view::ScenarioView;
use super::update_notice::UpdateNotice;
use super::ViewProps;
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
    crate::link::from_query(&search, &langs)
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);

    // The link always shows this exact view; replaceState adds no history entries.
    let query = crate::link::to_query(&state);
    let lang = state.lang;
    use_effect_with(query, |query| {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("?{query}"))).ok();
        }
    });
    // `<html lang>` and the title change only with the language.
    use_effect_with(lang, |lang| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                html.set_attribute("lang", lang.tag()).ok();
            }
            doc.set_title(Text::AppTitle.get(*lang));
        }
    });
    // The host page's accent colour (validated by `link::theme`), set through the CSSOM,
    // which the CSP allows where a style attribute would not be.
    use_effect_with(state.theme.clone(), |theme| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            match theme {
                Some(colour) => root.style().set_property("--accent", colour).ok(),
                None => root.style().remove_property("--accent").ok().map(|_| ()),
            };
        }
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let props = ViewProps { state: Rc::new((*state).clone()), dispatch: dispatch.clone() };

    let body = match state.view {
        View::Path => html! { <PathView ..props.clone() /> },
        View::Compare => html! { <CompareView ..props.clone() /> },
        View::Scenario => html! { <ScenarioView ..props.clone() /> },
    };

    html! {
        <div class={classes!("app", state.embed.then_some("embed"))} data-testid="app">
            <Header lang={lang} view={state.view} dispatch={dispatch.clone()} state={props.state.clone()} />
            <UpdateNotice lang={lang} />
            <Notices lang={lang} notices={state.notices.clone()} dispatch={dispatch} />
            <main id="main" class="main">
                { body }
                if !state.locked { <AssumptionsPanel ..props /> }
            </main>
            if state.embed { <EmbedBar lang={lang} full_query={full_view_query(&state)} /> }
        </div>
    }
}
