//! `use_media_query`: whether a CSS media query matches now, re-rendering when it changes
//! (a phone turned sideways, a window resized).
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let list = use_memo(query, |q| {
        web_sys::window().and_then(|w| w.match_media(q).ok().flatten())
    });
    let matches = use_state_eq(|| list.as_ref().as_ref().is_some_and(|l| l.matches()));
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = list.as_ref().as_ref().map(|l| {
                let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
                    move |e: web_sys::MediaQueryListEvent| matches.set(e.matches()),
                );
                l.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
                    .ok();
                (l.clone(), on_change)
            });
            move || {
                if let Some((l, on_change)) = listener {
                    l.remove_event_listener_with_callback(
                        "change",
                        on_change.as_ref().unchecked_ref(),
                    )
                    .ok();
                }
            }
        });
    }
    *matches
}
