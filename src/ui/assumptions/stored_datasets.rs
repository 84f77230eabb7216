//! Imported dataset files in localStorage, under their content hash (`crate::stored`): a
//! reload, or a link made in this browser, finds the file again.
use crate::stored::{content_hash, storage_key};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps the file's text; its hash, or None when storage is full or switched off.
pub fn keep(text: &str) -> Option<String> {
    let hash = content_hash(text);
    storage()?.set_item(&storage_key(&hash), text).ok()?;
    Some(hash)
}

/// The text kept under a hash, if this browser has it.
pub fn read(hash: &str) -> Option<String> {
    storage()?.get_item(&storage_key(hash)).ok().flatten()
}
