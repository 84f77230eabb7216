//! Offline support: registers the service worker (dist/sw.js), tells it the app has started
//! (it then keeps the app's script and wasm for offline use, scripts/sw.template.js) and,
//! when a new deployment has been downloaded in the background, offers to reload into it.
//! The new version only takes over when the visitor says so, so a page never runs a mix of
//! old and new files. A visitor who asks to save data (Save-Data) gets no worker: it would
//! download the pages in the background.
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::ui::hooks::context::use_lang;

#[function_component(UpdateNotice)]
pub fn update_notice() -> Html {
    let lang = use_lang();
    let waiting = use_state(|| None::<ServiceWorkerRegistration>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(register(waiting));
        });
    }
    let Some(registration) = (*waiting).clone() else {
        return html! {};
    };
    let reload = Callback::from(move |_| {
        // Reload only once the new version has taken over, and only because the visitor
        // asked: the first visit's worker also takes control, which must not reload.
        if let Some(w) = web_sys::window() {
            let on_controller_change = Closure::<dyn Fn()>::new(move || {
                if let Some(w) = web_sys::window() {
                    w.location().reload().ok();
                }
            });
            w.navigator()
                .service_worker()
                .set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
            on_controller_change.forget(); // lives until the reload
        }
        match registration.waiting() {
            Some(worker) => {
                worker
                    .post_message(&JsValue::from_str("value-chain:skip-waiting"))
                    .ok();
            }
            // Already active (another tab took it over): just load it.
            None => {
                if let Some(w) = web_sys::window() {
                    w.location().reload().ok();
                }
            }
        }
    });
    html! {
        <div class="update-notice" role="status" data-testid="update-notice">
            <span>{ Text::NewVersion.get(lang) }</span>
            <button type="button" class="button" data-testid="update-reload" onclick={reload}>
                { Text::Reload.get(lang) }
            </button>
        </div>
    }
}

async fn register(waiting: UseStateHandle<Option<ServiceWorkerRegistration>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if save_data(&window) {
        return;
    }
    let container = window.navigator().service_worker();
    // Without a service worker (old browser, file://, some in-app browsers) the app still
    // works online; nothing to tell the visitor.
    // The worker beside the app's own page, also from a pre-rendered page (`en/furniture/`).
    let base = crate::pages::app_base(&window.location().pathname().unwrap_or_default());
    let Ok(value) = JsFuture::from(container.register(&format!("{base}sw.js"))).await else {
        return;
    };
    let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };

    // Once a worker of this scope is active (at once on a later visit).
    if let Ok(ready) = container.ready() {
        wasm_bindgen_futures::spawn_local(async move {
            let active = JsFuture::from(ready)
                .await
                .ok()
                .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
                .and_then(|r| r.active());
            if let Some(worker) = active {
                worker
                    .post_message(&JsValue::from_str("value-chain:app-started"))
                    .ok();
            }
        });
    }

    let has_controller = container.controller().is_some();
    if registration.waiting().is_some() && has_controller {
        waiting.set(Some(registration.clone()));
    }
    let reg = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = reg.installing() else {
            return;
        };
        let reg = reg.clone();
        let waiting = waiting.clone();
        let worker = installing.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            let controlled = web_sys::window()
                .map(|w| w.navigator().service_worker().controller().is_some())
                .unwrap_or(false);
            // "installed" with a page already controlled = an update, not the first visit.
            if worker.state() == ServiceWorkerState::Installed && controlled {
                waiting.set(Some(reg.clone()));
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// `navigator.connection.saveData` (Network Information API; absent in some browsers, which
/// then do not ask).
fn save_data(window: &web_sys::Window) -> bool {
    js_sys::Reflect::get(
        window.navigator().as_ref(),
        &JsValue::from_str("connection"),
    )
    .ok()
    .filter(|c| c.is_object())
    .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("saveData")).ok())
    .and_then(|v| v.as_bool())
    .unwrap_or(false)
}
