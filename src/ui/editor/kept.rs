//! The drafts kept in this browser's storage (`crate::editor::shelf`: an index, and each
//! draft under a key of its own), written as the visitor edits so that a reload (or a later
//! visit) finds them. What is read back is checked; an index that cannot be read is left
//! as it is (never overwritten), and a full or disabled storage is said, not hidden.
use crate::editor::shelf::{self, draft_key, entry_for, Shelf, INDEX_KEY, LEGACY_KEY};
use crate::editor::{draft_from_json, draft_to_json, Draft};
use crate::stored_list::StoredListError;

/// The kept drafts as this browser has them.
#[derive(Clone, Debug, PartialEq)]
pub enum Kept {
    Ready(Shelf),
    Unreadable(StoredListError),
    NoStorage,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// The index of kept drafts; a draft kept before drafts had names becomes the unnamed one.
pub fn load() -> Kept {
    let Some(storage) = storage() else {
        return Kept::NoStorage;
    };
    let Ok(text) = storage.get_item(INDEX_KEY) else {
        return Kept::NoStorage;
    };
    if text.is_none() {
        let legacy = storage.get_item(LEGACY_KEY).ok().flatten();
        if let Some(draft) = legacy.as_deref().and_then(draft_from_json) {
            if let Ok(shelf) = keep_in(&storage, &Shelf::default(), &draft, false) {
                let _ = storage.remove_item(LEGACY_KEY);
                return Kept::Ready(shelf);
            }
        }
    }
    match shelf::parse(text.as_deref()) {
        Ok(shelf) => Kept::Ready(shelf),
        Err(error) => Kept::Unreadable(error),
    }
}

fn keep_in(
    storage: &web_sys::Storage,
    shelf: &Shelf,
    draft: &Draft,
    zh: bool,
) -> Result<Shelf, ()> {
    let text = draft_to_json(draft).ok_or(())?;
    storage
        .set_item(&draft_key(draft.name()), &text)
        .map_err(|_| ())?;
    let (next, dropped) = shelf.with(entry_for(draft, zh, &now()));
    storage
        .set_item(INDEX_KEY, &shelf::serialize(&next))
        .map_err(|_| ())?;
    for key in dropped {
        let _ = storage.remove_item(&key);
    }
    Ok(next)
}

/// Keeps `draft` under its name; the index after it, or Err when the browser would not
/// keep it (storage full, switched off, or an index that cannot be read, left untouched).
pub fn keep(draft: &Draft, zh: bool) -> Result<Shelf, ()> {
    let storage = storage().ok_or(())?;
    match load() {
        Kept::Ready(shelf) => keep_in(&storage, &shelf, draft, zh),
        _ => Err(()),
    }
}

/// The draft kept under `name`, if it can be read and is the one the index names.
pub fn read(name: &str) -> Option<Draft> {
    let text = storage()?.get_item(&draft_key(name)).ok()??;
    draft_from_json(&text).filter(|draft| draft.name() == name)
}

/// Removes the draft kept under `name`; the index after it.
pub fn remove(name: &str) -> Option<Shelf> {
    let storage = storage()?;
    let Kept::Ready(shelf) = load() else {
        return None;
    };
    let next = shelf.without(name);
    storage.set_item(INDEX_KEY, &shelf::serialize(&next)).ok()?;
    let _ = storage.remove_item(&draft_key(name));
    Some(next)
}
