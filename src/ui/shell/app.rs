//! The root component: owns the reducer, mirrors the state into the URL and `<html lang>`,
//! and lays out the header, the current view and the assumptions.
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::derived::Derived;
use crate::i18n::Lang;
use crate::state::{Action, AppState, View};
use crate::ui::assumptions::panel::AssumptionsPanel;
use crate::ui::compare::view::CompareView;
use crate::ui::editor::view::EditorView;
use crate::ui::path::view::PathView;
use crate::ui::regions::view::TwoRegionsView;
use crate::ui::scenario::view::ScenarioView;
use crate::ui::share::embed_bar::{full_view_query, EmbedBar};
use crate::ui::shell::header::Header;
use crate::ui::shell::notices::Notices;
use crate::ui::shell::update_notice::UpdateNotice;
use crate::ui::ViewProps;

/// The reducer's state, held by `Rc` so that each render hands the same `Rc<AppState>`
/// to the views instead of copying the state (only an action makes a new one).
struct Store(Rc<AppState>);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(Rc::new((*self.0).clone().apply(action))))
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
pub(crate) fn address_state() -> AppState {
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
    let store = use_reducer(move || {
        Store(match initial {
            Some(state) => state,
            None => Rc::new(address_state()),
        })
    });
    let state = store.0.clone();
    // The assumptions (below the fold) come in the task after the first paint.
    let painted = crate::ui::hooks::after_first_paint::use_after_first_paint();
    // The first edit's code, run once while the browser is idle (crate::warm).
    crate::ui::hooks::warm_up::use_warm_up(state.clone());

    // The link always shows this exact view; replaceState adds no history entries. It is
    // written LINK_DELAY_MS after the last change, not inside every keystroke's frame:
    // replaceState costs ~2 ms at 1× CPU (measured by `make bench`), and typing "80000"
    // then needs one write, not five. The address itself is worked out then too (the query,
    // and the pre-rendered page's own state to compare it with: ~0.3 ms at 1× in every
    // click's and keystroke's frame when it was worked out in the render).
    let lang = state.lang;
    let pending_link = use_mut_ref(|| None::<Timeout>);
    use_effect_with(state.clone(), move |state| {
        let pending = schedule_link_write(state.clone());
        // Dropping the earlier timer cancels its write.
        *pending_link.borrow_mut() = Some(pending);
    });
    // `<html lang>` and the title change only with the language, the dataset's metal and the
    // region. A page hydrated as pre-rendered keeps its own title (with its figure) until
    // then.
    let title = metal::app_title(Metal::of(state.dataset()), lang);
    // A region other than the default one is named first.
    let title = match state.source() {
        crate::state::DataSource::Region(_) => {
            crate::catalog::texts::region_title(state.dataset().name().get(lang), &title, lang)
        }
        _ => title,
    };
    let keep_title = use_mut_ref(|| crate::ui::take_over() == crate::ui::TakeOver::Hydrate);
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
        let dispatcher = store.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    // A whole chain in the address's fragment (`#chain=`), read once the app has started.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            crate::ui::share::chain_link::open_from_address(dispatch)
        });
    }
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
        state: state.clone(),
        derived: derived.clone(),
    };
    // A link's own dataset (`data=`): loaded once per link that names one.
    {
        let (state, dispatch) = (props.state.clone(), dispatch.clone());
        use_effect_with(
            (state.pending().is_some(), state.source().clone()),
            move |(waiting, source)| {
                if *waiting {
                    crate::ui::share::dataset_link::load(source.clone(), state, dispatch);
                }
            },
        );
    }
    // The assumptions (below the result, long) follow one frame behind the result.
    let assumptions_state = crate::ui::hooks::deferred::use_deferred(props.state.clone());

    let body = match state.view {
        _ if state.pending().is_some() => html! {
            <p class="dataset-loading" role="status" aria-live="polite" data-testid="dataset-loading">
                { Text::LoadingDataset.get(lang) }
            </p>
        },
        View::Path => html! { <PathView ..props.clone() /> },
        View::Compare => html! { <CompareView ..props.clone() /> },
        View::Scenario => html! { <ScenarioView ..props.clone() /> },
        View::Editor => html! { <EditorView ..props.clone() /> },
        View::Regions => html! { <TwoRegionsView ..props.clone() /> },
    };

    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<Callback<Action>> context={dispatch.clone()}>
        <div class={classes!("app", state.embed.then_some("embed"))} data-testid="app">
            <Header view={state.view} state={props.state.clone()} derived={derived.clone()} />
            <UpdateNotice />
            <Notices notices={state.notices.clone()} />
            <main id="main" class="main">
                if state.shared_chain() && !state.embed { <crate::ui::editor::shared_bar::SharedChainBar /> }
                { body }
                if !state.locked && !state.embed && painted && state.pending().is_none() { <AssumptionsPanel state={assumptions_state} /> }
            </main>
            if state.embed { <EmbedBar full_query={full_view_query(&state)} /> }
        </div>
        </ContextProvider<Callback<Action>>>
        </ContextProvider<Lang>>
    }
}

/// Whether `state` is exactly what the pre-rendered page at this address shows (its page
/// path's, or the Chinese home page's at the app's own address): the app can then take
/// the page over as it is (hydration).
#[cfg(target_arch = "wasm32")]
pub(crate) fn is_prerendered_state(state: &AppState) -> bool {
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
/// A region's page where one shows exactly this view (a region picked on a product's page:
/// `/en/baotou/furniture/`); and on a region's page, a view of another region or one that
/// is not exactly a page is written from the app's address (`pages::link_for`), since the
/// path's region would stay under a query that does not name one (the default region's).
fn link_address(query: &str, state: &AppState) -> String {
    let (pathname, here) = page_here();
    if here
        .as_ref()
        .is_some_and(|page| crate::link::to_query(&page.state()) == query)
    {
        return pathname;
    }
    let on_region_page = here.as_ref().is_some_and(|page| page.region.is_some());
    let in_region = state
        .source()
        .region()
        .is_some_and(|r| r != crate::regions::DEFAULT);
    if on_region_page || in_region {
        let link = crate::pages::link_for(state);
        let exact = !link.is_empty() && !link.contains('?');
        if on_region_page || exact {
            return format!("{}{link}", crate::pages::app_base(&pathname));
        }
    }
    format!("?{query}")
}

/// Schedules `history.replaceState` to the address of `state` after LINK_DELAY_MS (not
/// when it is the address already); dropping the returned timer cancels the write.
fn schedule_link_write(state: Rc<AppState>) -> Timeout {
    Timeout::new(LINK_DELAY_MS.unsigned_abs(), move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let search = link_address(&crate::link::to_query(&state), &state);
        let location = window.location();
        let here = if search.starts_with('?') {
            location.search().ok()
        } else {
            location.pathname().ok()
        };
        // A change that leaves the link as it is (a notice dismissed) writes nothing. A
        // bare path is only "here" without a query after it.
        if here.as_deref() == Some(search.as_str())
            && (search.starts_with('?') || location.search().ok().as_deref() == Some(""))
        {
            return;
        }
        if !search.starts_with('?') {
            if let Some(doc) = window.document() {
                pin_head_links(&doc);
            }
        }
        if let Ok(history) = window.history() {
            history
                .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&search))
                .ok();
        }
    })
}

/// Pins the head's links that the browser may fetch again after the address has changed
/// (the icon, the manifest) to where they point now: an address in another folder
/// (`/en/rod/` → `/en/baotou/rod/`, a region's page) changes the document's URL, against
/// which their relative `href` would then be read (Chromium asked for `/en/icon-….svg`).
fn pin_head_links(doc: &web_sys::Document) {
    let Ok(here) = doc.url() else {
        return;
    };
    for selector in [
        "link[rel=\"icon\"]",
        "link[rel=\"manifest\"]",
        "link[rel=\"apple-touch-icon\"]",
    ] {
        let Ok(Some(link)) = doc.query_selector(selector) else {
            continue;
        };
        let Some(href) = link.get_attribute("href") else {
            continue;
        };
        if let Ok(url) = web_sys::Url::new_with_base(&href, &here) {
            link.set_attribute("href", &url.href()).ok();
        }
    }
}
