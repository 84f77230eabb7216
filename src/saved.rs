//! Named views the visitor saves in localStorage: a versioned JSON document
//! `{ "schema": 1, "views": [{ "name", "query", "saved_at" }] }`. Pure: the UI reads and
//! writes the text. Anything unexpected (corrupt JSON, another schema, too many or too long
//! entries) is a typed error (`SavedViewsError`: the list's, shared with the kept drafts in
//! `crate::stored_list`, or a view's own), and the UI then leaves the stored text
//! untouched, so a visitor's list is never overwritten with nothing.
use serde::{Deserialize, Serialize};

use crate::stored_list::{ListFormat, StoredListError};

/// The localStorage key.
pub const STORAGE_KEY: &str = "value-chain.saved-views";
pub const SCHEMA: u32 = 1;
pub const MAX_VIEWS: usize = 50;
pub const MAX_NAME_CHARS: usize = 80;
/// Links carry every edit; this is far above any sensible one and far below the storage quota.
pub const MAX_QUERY_CHARS: usize = 8_000;
/// Stored text beyond this is refused before parsing.
pub const MAX_TEXT_BYTES: usize = MAX_VIEWS * (MAX_QUERY_CHARS + 1_000);

/// Why the saved views could not be read, or a view not saved: the list's error, which
/// every stored list has, or a view's own, which only this list checks (the kept drafts'
/// entries have no name or link to check).
#[derive(Clone, Debug, PartialEq)]
pub enum SavedViewsError {
    /// The list cannot be read, or is full.
    List(StoredListError),
    /// A view's name is empty.
    EmptyName,
    /// A view's name is longer than `max` characters.
    NameTooLong { chars: usize, max: usize },
    /// A view's link (its query) is too long to keep.
    QueryTooLong { chars: usize },
}

impl From<StoredListError> for SavedViewsError {
    fn from(e: StoredListError) -> Self {
        SavedViewsError::List(e)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedView {
    pub name: String,
    /// The link's query string, without the leading `?`.
    pub query: String,
    /// ISO 8601 time of saving (from the browser; shown, never computed with).
    pub saved_at: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedViews {
    pub views: Vec<SavedView>,
}

/// The saved views' limits.
const FORMAT: ListFormat = ListFormat {
    version_key: "schema",
    version: SCHEMA as u64,
    max_bytes: MAX_TEXT_BYTES,
    max_entries: MAX_VIEWS,
};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    schema: u64,
    views: Vec<SavedView>,
}

fn check(view: &SavedView) -> Result<(), SavedViewsError> {
    let name = view.name.trim();
    if name.is_empty() {
        return Err(SavedViewsError::EmptyName);
    }
    let chars = view.name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(SavedViewsError::NameTooLong {
            chars,
            max: MAX_NAME_CHARS,
        });
    }
    let chars = view.query.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(SavedViewsError::QueryTooLong { chars });
    }
    Ok(())
}

/// Reads stored text; `None` (nothing stored yet) is an empty list.
pub fn parse(text: Option<&str>) -> Result<SavedViews, SavedViewsError> {
    let Some(text) = text else {
        return Ok(SavedViews::default());
    };
    let doc: Document = FORMAT.read(text, |d: &Document| d.views.len())?;
    for view in &doc.views {
        check(view)?;
    }
    Ok(SavedViews { views: doc.views })
}

/// The text to store.
pub fn serialize(saved: &SavedViews) -> String {
    let doc = Document {
        schema: u64::from(SCHEMA),
        views: saved.views.clone(),
    };
    // A struct of strings always serialises; the fallback keeps this total.
    serde_json::to_string(&doc).unwrap_or_else(|_| format!("{{\"schema\":{SCHEMA},\"views\":[]}}"))
}

impl SavedViews {
    /// Adds a view, replacing one of the same name (after trimming); refused when invalid
    /// or when the list is full.
    pub fn with_view(
        &self,
        name: &str,
        query: &str,
        saved_at: &str,
    ) -> Result<SavedViews, SavedViewsError> {
        let view = SavedView {
            name: name.trim().to_string(),
            query: query.trim_start_matches('?').to_string(),
            saved_at: saved_at.to_string(),
        };
        check(&view)?;
        let mut views: Vec<SavedView> = self
            .views
            .iter()
            .filter(|v| v.name != view.name)
            .cloned()
            .collect();
        if views.len() >= MAX_VIEWS {
            return Err(SavedViewsError::List(StoredListError::TooMany {
                count: views.len() + 1,
                max: MAX_VIEWS,
            }));
        }
        views.push(view);
        Ok(SavedViews { views })
    }

    pub fn without(&self, name: &str) -> SavedViews {
        SavedViews {
            views: self
                .views
                .iter()
                .filter(|v| v.name != name)
                .cloned()
                .collect(),
        }
    }
}
