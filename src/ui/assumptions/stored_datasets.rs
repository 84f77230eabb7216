//! Imported dataset files in localStorage, under their content hash (`crate::stored`): a
//! reload, or a link made in this browser, finds the file again.
use std::rc::Rc;

use yew::Callback;

use crate::model::Dataset;
use crate::state::{Action, DataAction, DataSource, Notice};
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

/// Brings an imported dataset (a file, a `#chain=` link) into force with the notices of its
/// import, kept under its content hash so that a reload and this browser's links keep it; a
/// full storage only costs that convenience, and says so.
pub fn bring_in(
    dataset: Dataset,
    text: &str,
    mut notices: Vec<Notice>,
    dispatch: &Callback<Action>,
) {
    let source = match keep(text) {
        Some(hash) => DataSource::Stored(hash),
        None => {
            notices.push(Notice::ImportNotKept);
            DataSource::Builtin
        }
    };
    dispatch.emit(Action::Data(DataAction::ImportDataset {
        dataset: Rc::new(dataset),
        source,
        notices,
    }));
}
