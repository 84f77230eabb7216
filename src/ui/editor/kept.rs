//! The draft kept in this browser's storage as the visitor edits, so that a reload (or a
//! later visit) finds it. A full or disabled storage only costs that convenience.
use crate::editor::{draft_from_json, draft_to_json, Draft};

/// The storage key of the kept draft.
const KEY: &str = "value-chain:editor-draft";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Keeps `draft` (the last one kept is replaced).
pub fn keep(draft: &Draft) {
    if let (Some(storage), Some(text)) = (storage(), draft_to_json(draft)) {
        let _ = storage.set_item(KEY, &text);
    }
}

/// The draft kept from an earlier visit, if any can be read.
pub fn kept() -> Option<Draft> {
    let text = storage()?.get_item(KEY).ok()??;
    draft_from_json(&text)
}
