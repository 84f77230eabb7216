//! Sharing: links, downloads, saved views, embedding and datasets by link.
pub(crate) mod dataset_link;
pub mod download;
pub(crate) mod embed_bar;
pub(crate) mod panel;
pub(crate) mod saved_views;
