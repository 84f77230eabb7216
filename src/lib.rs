//! Value-chain calculator. `model` is the pure value-chain model (its own crate,
//! `model/`, re-exported here); `state`, `i18n` and `query` are the pure logic of the
//! page; `ui` renders them with Yew: in the browser (wasm32), and natively with Yew's
//! server renderer for the pages pre-rendered at build time (`ui::prerender`).
pub mod catalog;
pub mod chart_layout;
pub mod derived;
pub mod editor;
pub mod export;
pub mod i18n;
#[cfg(not(target_arch = "wasm32"))]
pub mod intl;
pub mod link;
pub mod number;
pub mod pages;
pub mod query;
pub mod regions;
pub mod saved;
pub mod state;
pub mod stored;
pub mod stored_list;
pub mod two_regions;
pub mod warm;

pub use value_chain_model as model;

#[cfg(feature = "ui")]
pub mod ui;
