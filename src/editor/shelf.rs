//! The drafts this browser keeps: an index (`{ "format": 1, "drafts": [{ "name", "chain",
//! "origin", "saved_at" }] }`) and each draft under a key of its own (`stored`), so that a
//! keystroke writes one draft, not all of them. One draft may be unnamed (""): the editor
//! keeps its work there until the visitor names it. Pure: the page reads and writes the
//! texts. What is read back is checked (format, size, counts, names); anything else is a
//! typed error (`crate::stored_list`, shared with the saved views) and the page leaves the
//! stored text as it is.
use serde::{Deserialize, Serialize};

use super::draft::Draft;
use super::session::MAX_DRAFT_NAME_CHARS;
use crate::stored_list::{ListFormat, StoredListError};

/// The index's storage key.
pub const INDEX_KEY: &str = "value-chain.editor-drafts";
/// The key of the draft kept before drafts had names (read once, as the unnamed draft).
pub const LEGACY_KEY: &str = "value-chain:editor-draft";
const FORMAT: u64 = 1;
/// The most drafts kept (each up to the dataset format's size; a browser's storage holds
/// about 5 MB, shared with imported files).
pub const MAX_DRAFTS: usize = 12;
/// The largest index read, bytes.
pub const MAX_INDEX_BYTES: usize = 64 * 1024;
/// The longest chain name an entry carries, characters (the link's limit on names).
const MAX_CHAIN_CHARS: usize = super::fragment::MAX_NAME_CHARS * 2 + 3;

/// One kept draft, as the list shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShelfEntry {
    /// The name it is kept under ("": the unnamed draft).
    pub name: String,
    /// Its chain's name when kept, in the visitor's language then.
    pub chain: String,
    /// `origin_hash` of the chain it started from: the editor takes it up again by itself
    /// when opened on that chain.
    pub origin: String,
    /// ISO 8601 time of keeping (from the browser; shown, never computed with).
    pub saved_at: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shelf {
    /// Oldest first.
    pub entries: Vec<ShelfEntry>,
}

/// The index's limits.
const LIST: ListFormat = ListFormat {
    version_key: "format",
    version: FORMAT,
    max_bytes: MAX_INDEX_BYTES,
    max_entries: MAX_DRAFTS,
};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    format: u64,
    drafts: Vec<ShelfEntry>,
}

/// The storage key of a draft kept under `name`.
pub fn draft_key(name: &str) -> String {
    format!(
        "{INDEX_KEY}.{}",
        crate::stored::content_hash(&format!("name:{name}"))
    )
}

/// What tells the chain a draft started from: the content hash of its file's JSON.
pub fn origin_hash(draft: &Draft) -> String {
    let json = serde_json::to_string(draft.origin()).unwrap_or_default();
    crate::stored::content_hash(&json)
}

fn entry_ok(entry: &ShelfEntry) -> bool {
    let name_ok = entry.name.chars().count() <= MAX_DRAFT_NAME_CHARS
        && entry.name.trim() == entry.name
        && !entry.name.chars().any(char::is_control);
    name_ok
        && entry.chain.chars().count() <= MAX_CHAIN_CHARS
        && !entry.chain.chars().any(char::is_control)
        && crate::stored::valid_hash(&entry.origin)
        && entry.saved_at.len() <= 40
}

/// Reads the index; `None` (nothing kept yet) is an empty shelf.
pub fn parse(text: Option<&str>) -> Result<Shelf, StoredListError> {
    let Some(text) = text else {
        return Ok(Shelf::default());
    };
    let index: Index = LIST.read(text, |i: &Index| i.drafts.len())?;
    let mut names: Vec<&str> = index.drafts.iter().map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    let unique = names.windows(2).all(|w| w.first() != w.get(1));
    if !unique {
        return Err(StoredListError::Corrupt {
            message: "two drafts of one name".into(),
        });
    }
    if !index.drafts.iter().all(entry_ok) {
        return Err(StoredListError::Corrupt {
            message: "an entry this page could not have written".into(),
        });
    }
    Ok(Shelf {
        entries: index.drafts,
    })
}

/// The index's text.
pub fn serialize(shelf: &Shelf) -> String {
    let index = Index {
        format: FORMAT,
        drafts: shelf.entries.clone(),
    };
    serde_json::to_string(&index)
        .unwrap_or_else(|_| format!("{{\"format\":{FORMAT},\"drafts\":[]}}"))
}

impl Shelf {
    /// With `entry` kept (replacing the one of its name, moved to the end as the newest).
    /// The oldest entries are dropped when over the limit; their keys are returned, for the
    /// page to remove.
    pub fn with(&self, entry: ShelfEntry) -> (Shelf, Vec<String>) {
        let mut entries: Vec<ShelfEntry> = self
            .entries
            .iter()
            .filter(|e| e.name != entry.name)
            .cloned()
            .collect();
        entries.push(entry);
        let over = entries.len().saturating_sub(MAX_DRAFTS);
        let dropped = entries.drain(..over).map(|e| draft_key(&e.name)).collect();
        (Shelf { entries }, dropped)
    }

    pub fn without(&self, name: &str) -> Shelf {
        Shelf {
            entries: self
                .entries
                .iter()
                .filter(|e| e.name != name)
                .cloned()
                .collect(),
        }
    }

    /// The newest draft started from the chain of `origin_hash`.
    pub fn newest_from(&self, origin_hash: &str) -> Option<&ShelfEntry> {
        self.entries.iter().rev().find(|e| e.origin == origin_hash)
    }
}

/// The entry that keeps `draft` now (its chain's name in `zh` or English).
pub fn entry_for(draft: &Draft, zh: bool, saved_at: &str) -> ShelfEntry {
    ShelfEntry {
        name: draft.name().to_string(),
        chain: draft
            .chain_name(zh)
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_CHAIN_CHARS)
            .collect(),
        origin: origin_hash(draft),
        saved_at: saved_at.chars().take(40).collect(),
    }
}
