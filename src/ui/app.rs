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
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::derived::Derived;
use crate::state::{Action, AppState, View};

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

/// The page's first state: given (the pre-render gives each page's), or read from the
/// browser's address, a page path standing for its link parameters (`crate::pages`:
/// `/en/furniture/` is `?lang=en&product=furniture`), and its languages.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub initial: Option<Rc<AppState>>,
}

#[cfg(target_arch = "wasm32")]
pub(super) fn address_state() -> AppState {
    let window = web_sys::window();
    let (pathname, search) = window
        .as_ref()
        .map(|w| {
            let l = w.location();
            (
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default(),
            )
        })
        .unwrap_or_default();
    let langs: Vec<String> = window
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    crate::link::from_query(&crate::pages::query_with_path(&pathname, &search), &langs)
}

/// Without a browser (the server renderer given no state): the default view in Chinese.
#[cfg(not(target_arch = "wasm32"))]
fn address_state() -> AppState {
    crate::link::from_query::<&str>("", &[])
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || match initial {
        Some(state) => (*state).clone(),
        None => address_state(),
    });
    // The assumptions (below the fold) come in the task after the first paint.
    let painted = super::after_first_paint::use_after_first_paint();

    // The link always shows this exact view; replaceState adds no history entries. It is
    // written LINK_DELAY_MS after the last change, not inside every keystroke's frame:
    // replaceState costs ~2 ms at 1× CPU (measured by `make bench`), and typing "80000"
    // then needs one write, not five.
    let query = crate::link::to_query(&state);
    let lang = state.lang;
    let pending_link = use_mut_ref(|| None::<PendingLink>);
    use_effect_with(query, move |query| {
        let pending = schedule_link_write(link_address(query));
        // Dropping the earlier PendingLink cancels its write.
        *pending_link.borrow_mut() = pending;
    });
    // `<html lang>` and the title change only with the language and the dataset's metal. A
    // page hydrated as pre-rendered keeps its own title (with its figure) until then.
    let title = metal::app_title(Metal::of(state.dataset()), lang);
    let keep_title = use_mut_ref(|| super::take_over() == super::TakeOver::Hydrate);
    use_effect_with((lang, title), move |(lang, title)| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                html.set_attribute("lang", lang.tag()).ok();
            }
            if !keep_title.replace(false) {
                doc.set_title(title);
            }
        }
    });
    // Once the app has taken the page over (its first render is in the document): tests
    // and benchmarks wait for `<html data-app="ready">`, not for the markup, which a
    // pre-rendered page has before the app runs.
    use_effect_with((), |_| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            html.set_attribute("data-app", "ready").ok();
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

    // One Callback for the page's lifetime: components whose other props did not change
    // compare equal and are not re-rendered.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    // The results of this state: carried over from the last render where their inputs
    // did not change (crate::derived).
    let derived_slot = use_mut_ref(|| None::<Rc<Derived>>);
    let derived = {
        let mut slot = derived_slot.borrow_mut();
        let derived = match slot.as_ref() {
            Some(d) if d.is_for(&state) => d.clone(),
            Some(d) => Rc::new(d.next(&state)),
            None => Rc::new(Derived::new(&state)),
        };
        *slot = Some(derived.clone());
        derived
    };
    let props = ViewProps {
        state: Rc::new((*state).clone()),
        derived: derived.clone(),
        dispatch: dispatch.clone(),
    };
    // A link's own dataset (`data=`): loaded once per link that names one.
    {
        let (state, dispatch) = (props.state.clone(), dispatch.clone());
        use_effect_with(
            (state.pending().is_some(), state.source().clone()),
            move |(waiting, source)| {
                if *waiting {
                    super::dataset_link::load(source.clone(), state, dispatch);
                }
            },
        );
    }
    // The assumptions (below the result, long) follow one frame behind the result.
    let assumptions_state = super::deferred::use_deferred(props.state.clone());

    let body = match state.view {
        _ if state.pending().is_some() => html! {
            <p class="dataset-loading" role="status" aria-live="polite" data-testid="dataset-loading">
                { Text::LoadingDataset.get(lang) }
            </p>
        },
        View::Path => html! { <PathView ..props.clone() /> },
        View::Compare => html! { <CompareView ..props.clone() /> },
        View::Scenario => html! { <ScenarioView ..props.clone() /> },
    };

    html! {
        <div class={classes!("app", state.embed.then_some("embed"))} data-testid="app">
            <Header lang={lang} view={state.view} dispatch={dispatch.clone()} state={props.state.clone()} derived={derived.clone()} />
            <UpdateNotice lang={lang} />
            <Notices lang={lang} notices={state.notices.clone()} dispatch={dispatch.clone()} />
            <main id="main" class="main">
                { body }
                if !state.locked && !state.embed && painted && state.pending().is_none() { <AssumptionsPanel state={assumptions_state} dispatch={dispatch.clone()} /> }
            </main>
            if state.embed { <EmbedBar lang={lang} full_query={full_view_query(&state)} /> }
        </div>
    }
}

/// Whether `state` is exactly what the pre-rendered page at this address shows (its page
/// path's, or the Chinese home page's at the app's own address): the app can then take
/// the page over as it is (hydration).
#[cfg(target_arch = "wasm32")]
pub(super) fn is_prerendered_state(state: &AppState) -> bool {
    // The app's own address serves the Chinese home page (index.html).
    let page = page_here()
        .1
        .unwrap_or_else(|| crate::pages::PagePath::home(crate::i18n::Lang::Zh));
    *state == page.state()
}

/// The address bar's path, and the pre-rendered page it names (none at the app's own
/// address, whose link keeps its query: see `link_address`).
fn page_here() -> (String, Option<crate::pages::PagePath>) {
    let pathname = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let page = crate::pages::parse(&pathname).map(|(page, _)| page);
    (pathname, page)
}

/// How long after the last change the address bar is updated.
pub const LINK_DELAY_MS: i32 = 150;

/// The address that shows this exact view: `?<query>` on the page's own path; on a
/// pre-rendered page (`/en/furniture/`) that shows exactly its own view, the bare path.
fn link_address(query: &str) -> String {
    match page_here() {
        (pathname, Some(page)) if crate::link::to_query(&page.state()) == query => pathname,
        _ => format!("?{query}"),
    }
}

/// A scheduled `history.replaceState`; dropping it cancels the write.
struct PendingLink {
    handle: i32,
    // Kept alive until the timer fires or is cancelled.
    _write: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for PendingLink {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.handle);
        }
    }
}

fn schedule_link_write(search: String) -> Option<PendingLink> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let write = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            history
                .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&search))
                .ok();
        }
    });
    let handle = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            write.as_ref().unchecked_ref(),
            LINK_DELAY_MS,
        )
        .ok()?;
    Some(PendingLink {
        handle,
        _write: write,
    })
}
