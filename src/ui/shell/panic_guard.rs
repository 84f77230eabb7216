//! Last resort: a panic kills the wasm instance, so before it does, replace the dead page
//! with a message and a way to start again. Built with DOM calls only (no HTML strings).
use wasm_bindgen::JsCast;

use crate::catalog::texts;

pub fn install() {
    // Through Yew: `Renderer::render` replaces any hook set with `std::panic::set_hook` by
    // its own console-only one (found by the panic test), unless one was set this way.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("value-chain panicked: {info}").into());
        show_dead_page_message();
    }));
}

fn show_dead_page_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(old_root) = document.get_element_by_id("app") else {
        return;
    };
    // A fresh #app in place of Yew's root: Yew may still render or patch after the panic
    // (its first render is scheduled, not done, when `render()` returns), and must only
    // reach the detached old root, never cover or sit beside the message.
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id("app");
    root.set_class_name(&old_root.class_name());
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_attribute("tabindex", "-1").ok();
    panel.set_class_name("crash");
    panel.set_attribute("role", "alert").ok();
    panel.set_attribute("data-testid", "crash").ok();
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(texts::CRASH_MESSAGE));
        panel.append_child(&p).ok();
    }
    if let Ok(a) = document.create_element("a") {
        // The bare page, without the link's parameters, in case they caused the error.
        a.set_attribute("href", "./").ok();
        a.set_class_name("button");
        a.set_text_content(Some(texts::CRASH_RESTART));
        panel.append_child(&a).ok();
    }
    root.append_child(&panel).ok();
    if old_root.replace_with_with_node_1(&root).is_err() {
        // Not in the document any more: show the message there anyway.
        old_root.set_text_content(None);
        old_root.append_child(&panel).ok();
    }
    if let Some(el) = panel.dyn_ref::<web_sys::HtmlElement>() {
        el.focus().ok();
    }
}

/// Test-only builds (`--features panic-test`, scripts/test-panic.sh): whether the page was
/// opened with `?panic=now`. Read before the app renders, because the app then rewrites the
/// address to its own link, which drops unknown parameters.
#[cfg(feature = "panic-test")]
pub fn panic_requested() -> bool {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    crate::query::parse(&search)
        .iter()
        .any(|(k, v)| k == "panic" && v == "now")
}

/// Panics on purpose once the app has rendered, so the e2e test sees the hook replace a
/// live page.
#[cfg(feature = "panic-test")]
pub fn panic_if(requested: bool) {
    if requested {
        panic!("deliberate panic for the panic-hook test (?panic=now, panic-test build)");
    }
}
