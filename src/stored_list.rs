//! What the lists kept in the browser's storage share (the saved views, `crate::saved`; the
//! editor's kept drafts, `crate::editor::shelf`): a versioned JSON document of entries,
//! read back within the list's own limits, and one error for a list that cannot be read or
//! is full. Pure: the page reads and writes the texts. The catalog words the error per list
//! (`catalog::errors::stored_list_error`). What a list checks of its own entries is its
//! own error (the saved views' `crate::saved::SavedViewsError`), wrapping this one.
use serde::de::DeserializeOwned;

/// Why a stored list could not be read, or an entry not added to it because it is full:
/// what every list can produce. Each error carries the list's own limit where it names one.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredListError {
    /// Not JSON of the expected shape, or an entry that could not have been written.
    Corrupt { message: String },
    /// Written by another version of the page.
    UnsupportedSchema { found: u64 },
    /// More bytes than the list ever writes.
    TooLarge { bytes: usize },
    /// More than `max` entries.
    TooMany { count: usize, max: usize },
}

/// Which list an error is about: the catalog words each list's own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredList {
    SavedViews,
    Drafts,
}

/// A list's document and its limits.
pub struct ListFormat {
    /// The document's field giving its version (`"schema"`, `"format"`).
    pub version_key: &'static str,
    /// The version this page writes and reads.
    pub version: u64,
    /// Text beyond this is refused before parsing.
    pub max_bytes: usize,
    /// The most entries the list keeps.
    pub max_entries: usize,
}

impl ListFormat {
    /// Reads `text` as the list's document `D`, whose entries `count` counts: the size
    /// first, then the version (so a newer page's list says "another version", not
    /// "damaged"), then the document, then the number of entries.
    pub fn read<D: DeserializeOwned>(
        &self,
        text: &str,
        count: impl Fn(&D) -> usize,
    ) -> Result<D, StoredListError> {
        if text.len() > self.max_bytes {
            return Err(StoredListError::TooLarge { bytes: text.len() });
        }
        let corrupt = |e: serde_json::Error| StoredListError::Corrupt {
            message: e.to_string(),
        };
        let value: serde_json::Value = serde_json::from_str(text).map_err(corrupt)?;
        match value
            .get(self.version_key)
            .and_then(serde_json::Value::as_u64)
        {
            Some(found) if found == self.version => {}
            Some(found) => return Err(StoredListError::UnsupportedSchema { found }),
            None => {
                return Err(StoredListError::Corrupt {
                    message: format!("no `{}` number", self.version_key),
                })
            }
        }
        let doc: D = serde_json::from_value(value).map_err(corrupt)?;
        let count = count(&doc);
        if count > self.max_entries {
            return Err(StoredListError::TooMany {
                count,
                max: self.max_entries,
            });
        }
        Ok(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Doc {
        items: Vec<u8>,
    }

    const FORMAT: ListFormat = ListFormat {
        version_key: "v",
        version: 2,
        max_bytes: 40,
        max_entries: 3,
    };

    #[track_caller]
    fn check(text: &str, want: Result<usize, StoredListError>) {
        let got = FORMAT
            .read(text, |d: &Doc| d.items.len())
            .map(|d| d.items.len());
        // A parser's message is its own; only that it is corrupt is checked.
        let got = got.map_err(|e| match e {
            StoredListError::Corrupt { .. } => StoredListError::Corrupt {
                message: String::new(),
            },
            other => other,
        });
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn a_list_is_read_within_its_limits() {
        let corrupt = Err(StoredListError::Corrupt {
            message: String::new(),
        });
        check(r#"{"v":2,"items":[1,2]}"#, Ok(2));
        check(r#"{"v":2,"items":[]}"#, Ok(0));
        check(
            r#"{"v":3,"items":[1]}"#,
            Err(StoredListError::UnsupportedSchema { found: 3 }),
        );
        check(r#"{"items":[1]}"#, corrupt.clone());
        check(r#"{"v":2,"items":"x"}"#, corrupt.clone());
        check("{", corrupt);
        check(
            r#"{"v":2,"items":[1,2,3,4]}"#,
            Err(StoredListError::TooMany { count: 4, max: 3 }),
        );
        let long = format!(r#"{{"v":2,"items":[{}]}}"#, "1,".repeat(20));
        check(&long, Err(StoredListError::TooLarge { bytes: long.len() }));
    }
}
