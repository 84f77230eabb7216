//! Sharing: links, downloads, saved views, embedding, datasets by link and whole chains in
//! a link (`#chain=`).
pub(crate) mod chain_link;
pub(crate) mod dataset_link;
pub mod download;
pub(crate) mod embed_bar;
pub(crate) mod panel;
pub(crate) mod saved_views;
