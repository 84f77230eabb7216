//! `use_media_query`: whether a CSS media query matches now, re-rendering when it changes
//! (a phone turned sideways, a window resized). On the server (the pre-render) there is no
//! screen: the caller says what to assume there.
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[cfg(target_arch = "wasm32")]
fn media_list(query: &str) -> Option<web_sys::MediaQueryList> {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten())
}

#[cfg(not(target_arch = "wasm32"))]
fn media_list(_query: &str) -> Option<web_sys::MediaQueryList> {
    None
}

/// Whether `query` matches; `on_server` where there is no browser.
#[hook]
pub fn use_media_query(query: &'static str, on_server: bool) -> bool {
    let list = use_memo(query, |q| media_list(q));
    // Hydrating a pre-rendered page: first as the server rendered it, then (in the effect)
    // as the screen is.
    let matches = use_state_eq(|| match list.as_ref() {
        _ if crate::ui::take_over() == crate::ui::TakeOver::Hydrate => on_server,
        Some(l) => l.matches(),
        None => cfg!(not(target_arch = "wasm32")) && on_server,
    });
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            if let Some(l) = list.as_ref() {
                matches.set(l.matches());
            }
            // Removed when dropped: when the query changes or the component goes.
            let listener = list.as_ref().as_ref().map(|l| {
                EventListener::new(l, "change", move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::MediaQueryListEvent>() {
                        matches.set(e.matches());
                    }
                })
            });
            move || drop(listener)
        });
    }
    *matches
}
