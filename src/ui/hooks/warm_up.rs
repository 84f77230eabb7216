//! `use_warm_up`: once the app has started and the browser is idle, runs two edits' work on
//! a copy of the state (`crate::warm`), so that the visitor's first edits are not the first
//! time the engine runs that code. Nothing on the page changes.
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::state::AppState;

/// Where the browser has no idle callback (Safari), this long after the start.
const NO_IDLE_CALLBACK_MS: i32 = 1_000;
/// An idle callback runs by this time even on a page that never goes idle.
const IDLE_TIMEOUT_MS: f64 = 3_000.0;

#[hook]
pub fn use_warm_up(state: Rc<AppState>) {
    // The state when the browser is idle, not the one of the first render.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state;
    use_effect_with((), move |_| when_idle(latest));
}

fn when_idle(latest: Rc<RefCell<Rc<AppState>>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let run = Closure::once_into_js(move || {
        let state = latest.borrow().clone();
        crate::warm::run_edits_once(&state);
    });
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = idle.is_some_and(|idle| {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(
            &options,
            &JsValue::from_str("timeout"),
            &JsValue::from_f64(IDLE_TIMEOUT_MS),
        )
        .is_ok()
            && idle.call2(&window, &run, &options).is_ok()
    });
    if !scheduled {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                run.unchecked_ref(),
                NO_IDLE_CALLBACK_MS,
            )
            .ok();
    }
}
