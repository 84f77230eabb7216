//! The Yew interface (wasm32 only): one component per file; state lives in
//! `crate::state` and changes only through its reducer.
mod app;
pub mod format;
mod header;
mod language_switch;
mod notices;
mod panic_guard;
mod view_tabs;

pub use app::App;

/// Mounts the app into `#app`, replacing the loading message.
pub fn start() {
    panic_guard::install();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        web_sys::console::error_1(&"value-chain: no #app element on the page".into());
        return;
    };
    root.set_text_content(None);
    yew::Renderer::<App>::with_root(root).render();
}
