//! The Yew interface: one component per file; state lives in `crate::state` and changes
//! only through its reducer. In the browser (wasm32) `start` mounts it; natively
//! `prerender` renders it to HTML with Yew's server renderer, from the same components.
//! Nothing that runs while rendering may call the browser (web-sys and js-sys panic
//! natively): browser calls live in effects and callbacks, which the server never runs,
//! or have a server path (`format`, `media_query`, `after_first_paint`).
mod assumptions;
mod charts;
mod compare;
mod editor;
pub mod format;
mod hooks;
mod path;
mod regions;
mod scenario;
mod share;
mod shell;
mod widgets;

pub use share::download;
#[cfg(not(target_arch = "wasm32"))]
pub use shell::{not_found, offline_page, prerender, standalone_page};
pub use widgets::{badge, number_input};

use std::rc::Rc;

use yew::prelude::*;

pub use shell::app::{App, AppProps, LINK_DELAY_MS};

use crate::state::AppState;

/// What every view gets: the whole state (read-only) and the results derived from it (the
/// only place the UI gets figures from the model); the way to change it is a context
/// (`hooks::context::use_dispatch`).
#[derive(Properties, PartialEq, Clone)]
pub struct ViewProps {
    pub state: Rc<AppState>,
    pub derived: Rc<crate::derived::Derived>,
}

/// A shared value compared by address: equal when both are the same allocation. For props
/// whose value is immutable behind an `Rc` and rebuilt whenever it changes (the dataset
/// with an edit, the chain map's drawing): compared figure by figure, two datasets cost
/// about 0.8 ms an edit at 1× (a profile of 10 edits), more than the renders it saved.
pub struct ByAddress<T>(pub Rc<T>);

impl<T> Clone for ByAddress<T> {
    fn clone(&self) -> Self {
        ByAddress(self.0.clone())
    }
}

impl<T> PartialEq for ByAddress<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for ByAddress<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A dataset as a view of the graph alone (the chain map, the path chooser) sees it: equal
/// when `Dataset::same_graph`, so changed figures alone do not redraw those views.
#[derive(Clone)]
pub struct Graph(pub Rc<crate::model::Dataset>);

impl PartialEq for Graph {
    fn eq(&self, other: &Self) -> bool {
        self.0.same_graph(&other.0)
    }
}

impl std::ops::Deref for Graph {
    type Target = crate::model::Dataset;
    fn deref(&self) -> &crate::model::Dataset {
        &self.0
    }
}

/// How the app came onto the page (`start`): components whose first render depends on the
/// screen or on timing render it as the pre-rendered page shows it when taking one over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
// Only `start` (wasm32) takes a page over; the server renders with `None`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) enum TakeOver {
    /// Mounted into the loading message, or on the server.
    None,
    /// Rendered over a pre-rendered page, replacing it in the same task.
    RenderOver,
    /// Hydrated a pre-rendered page: the first render must match its markup exactly.
    Hydrate,
}

thread_local! {
    static TAKE_OVER: std::cell::Cell<TakeOver> = const { std::cell::Cell::new(TakeOver::None) };
}

pub(crate) fn take_over() -> TakeOver {
    TAKE_OVER.with(|t| t.get())
}

/// Mounts the app into `#app`: over the loading message; over a pre-rendered page, by
/// hydrating it where the page shows exactly the state of the address (with the
/// `hydration` feature), else by rendering over it (see README, "Pre-rendered pages").
#[cfg(target_arch = "wasm32")]
pub fn start() {
    shell::panic_guard::install();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        web_sys::console::error_1(&"value-chain: no #app element on the page".into());
        return;
    };
    let prerendered = root
        .query_selector("[data-testid=app]")
        .ok()
        .flatten()
        .is_some();
    let state = shell::app::address_state();
    // Offline, the service worker may serve a region's page as the plain page of its product
    // (`<html data-stand-in>`, scripts/sw.template.js): its markup is not the address's page.
    let stand_in = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.has_attribute("data-stand-in"));
    let hydrate = cfg!(feature = "hydration")
        && prerendered
        && !stand_in
        && shell::app::is_prerendered_state(&state);
    let mode = match (prerendered, hydrate) {
        (_, true) => TakeOver::Hydrate,
        (true, false) => TakeOver::RenderOver,
        (false, false) => TakeOver::None,
    };
    TAKE_OVER.with(|t| t.set(mode));
    let props = AppProps {
        initial: Some(Rc::new(state)),
    };
    #[cfg(feature = "panic-test")]
    let panic_requested = shell::panic_guard::panic_requested();
    #[cfg(feature = "hydration")]
    if hydrate {
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).hydrate();
        #[cfg(feature = "panic-test")]
        shell::panic_guard::panic_if(panic_requested);
        return;
    }
    // The first render replaces the loading message or the pre-rendered page in the same
    // task: no frame in between.
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    #[cfg(feature = "panic-test")]
    shell::panic_guard::panic_if(panic_requested);
}

#[cfg(test)]
mod by_address_tests {
    use super::ByAddress;
    use std::rc::Rc;

    #[track_caller]
    fn check(a: &ByAddress<Vec<f64>>, b: &ByAddress<Vec<f64>>, equal: bool) {
        assert_eq!(a == b, equal);
    }

    /// The same allocation is equal; another one with equal contents is not (a dataset
    /// rebuilt by an edit is a new one, whatever its figures).
    #[test]
    fn equal_only_when_the_same_allocation() {
        let a = ByAddress(Rc::new(vec![1.0, 2.0]));
        let twin = ByAddress(Rc::new(vec![1.0, 2.0]));
        check(&a, &a.clone(), true);
        check(&a, &ByAddress(a.0.clone()), true);
        check(&a, &twin, false);
        assert_eq!(*a, *twin, "the contents are equal");
    }
}
