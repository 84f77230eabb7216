//! The app's frame: the app component, its header, tabs and notices, and the server-side
//! renderer of the pre-rendered pages.
pub mod app;
pub(crate) mod header;
pub(crate) mod language_switch;
#[cfg(not(target_arch = "wasm32"))]
pub mod not_found;
pub(crate) mod notices;
#[cfg(not(target_arch = "wasm32"))]
pub mod offline_page;
#[cfg(target_arch = "wasm32")]
pub(crate) mod panic_guard;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub(crate) mod region_picker;
#[cfg(not(target_arch = "wasm32"))]
pub mod standalone_page;
pub(crate) mod update_notice;
pub(crate) mod view_tabs;
