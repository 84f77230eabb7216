//! Named views the visitor saves in localStorage: a versioned JSON document
//! `{ "schema": 1, "views": [{ "name", "query", "saved_at" }] }`. Pure: the UI reads and
//! writes the text. Anything unexpected (corrupt JSON, another schema, too many or too long
//! entries) is a typed error, and the UI then leaves the stored text untouched, so a
//! visitor's list is never overwritten with nothing.
use serde::{Deserialize, Serialize};

/// The localStorage key.
pub const STORAGE_KEY: &str = "value-chain.saved-views";
pub const SCHEMA: u32 = 1;
pub const MAX_VIEWS: usize = 50;
pub const MAX_NAME_CHARS: usize = 80;
/// Links carry every edit; this is far above any sensible one and far below the storage quota.
pub const MAX_QUERY_CHARS: usize = 8_000;
/// Stored text beyond this is refused before parsing.
pub const MAX_TEXT_BYTES: usize = MAX_VIEWS * (MAX_QUERY_CHARS + 1_000);

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

#[derive(Clone, Debug, PartialEq)]
pub enum SavedError {
    /// Not JSON of the expected shape.
    Corrupt {
        message: String,
    },
    /// Written by another version of the page.
    UnsupportedSchema {
        found: u64,
    },
    TooLarge {
        bytes: usize,
    },
    /// More than `max` views.
    TooMany {
        count: usize,
        max: usize,
    },
    EmptyName,
    /// A name longer than `max` characters.
    NameTooLong {
        chars: usize,
        max: usize,
    },
    QueryTooLong {
        chars: usize,
    },
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    schema: u64,
    views: Vec<SavedView>,
}

fn check(view: &SavedView) -> Result<(), SavedError> {
    let name = view.name.trim();
    if name.is_empty() {
        return Err(SavedError::EmptyName);
    }
    let chars = view.name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(SavedError::NameTooLong {
            chars,
            max: MAX_NAME_CHARS,
        });
    }
    let chars = view.query.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(SavedError::QueryTooLong { chars });
    }
    Ok(())
}

/// Reads stored text; `None` (nothing stored yet) is an empty list.
pub fn parse(text: Option<&str>) -> Result<SavedViews, SavedError> {
    let Some(text) = text else {
        return Ok(SavedViews::default());
    };
    if text.len() > MAX_TEXT_BYTES {
        return Err(SavedError::TooLarge { bytes: text.len() });
    }
    // The schema first, so a newer page's format says "another version", not "corrupt".
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| SavedError::Corrupt {
        message: e.to_string(),
    })?;
    match value.get("schema").and_then(serde_json::Value::as_u64) {
        Some(n) if n == u64::from(SCHEMA) => {}
        Some(found) => return Err(SavedError::UnsupportedSchema { found }),
        None => {
            return Err(SavedError::Corrupt {
                message: "no schema number".into(),
            })
        }
    }
    let doc: Document = serde_json::from_value(value).map_err(|e| SavedError::Corrupt {
        message: e.to_string(),
    })?;
    if doc.views.len() > MAX_VIEWS {
        return Err(SavedError::TooMany {
            count: doc.views.len(),
            max: MAX_VIEWS,
        });
    }
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
    ) -> Result<SavedViews, SavedError> {
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
            return Err(SavedError::TooMany {
                count: views.len() + 1,
                max: MAX_VIEWS,
            });
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
