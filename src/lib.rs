//! Value-chain calculator. `model` is the pure value-chain model; `state`, `i18n` and
//! `query` are the pure logic of the page; `ui` (wasm32 only) renders them with Yew.
pub mod export;
pub mod i18n;
pub mod link;
pub mod model;
pub mod number;
pub mod query;
pub mod saved;
pub mod state;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
