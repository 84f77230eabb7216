//! Value-chain calculator. `model` is the pure value-chain model (its own crate,
//! `model/`, re-exported here); `state`, `i18n` and `query` are the pure logic of the
//! page; `ui` (wasm32 only) renders them with Yew.
pub mod catalog;
pub mod derived;
pub mod export;
pub mod i18n;
pub mod link;
pub mod number;
pub mod query;
pub mod saved;
pub mod state;
pub mod stored;

pub use value_chain_model as model;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
