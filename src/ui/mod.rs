//! The Yew interface (wasm32 only): one component per file; state lives in
//! `crate::state` and changes only through its reducer.
mod app;
mod assumptions_panel;
mod compare_view;
pub mod download;
pub mod format;
mod header;
mod language_switch;
mod notices;
pub mod number_input;
mod panic_guard;
mod path_view;
mod scenario_view;
mod view_tabs;

use std::rc::Rc;

use yew::prelude::*;

pub use app::App;

use crate::state::{Action, AppState};

/// What every view gets: the whole state (read-only) and the way to change it.
#[derive(Properties, PartialEq, Clone)]
pub struct ViewProps {
    pub state: Rc<AppState>,
    pub dispatch: Callback<Action>,
}

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
