//! A draft as this browser keeps it between visits: the file it started from and every
//! cell as typed (valid or not), by column code, with each row's origin. Read back only
//! when it is this format, within a size limit, and every column code is known.
use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::column::{Column, TableId};
use super::draft::{Draft, Origin, Row};
use crate::model::{DatasetFile, Preset, Product, Step};

/// The stored draft's format: a reader refuses another.
const FORMAT: u32 = 1;
/// The largest stored draft read, bytes (the dataset format's own limit).
pub const MAX_STORED_BYTES: usize = crate::model::limits::MAX_INPUT_BYTES;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredDraft {
    format: u32,
    /// The name it is kept under (absent: unnamed).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    base: DatasetFile,
    /// The chain the draft started from, when not `base` (a blank chain's draft).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    origin: Option<DatasetFile>,
    chain: StoredRow,
    products: Vec<StoredRow>,
    steps: Vec<StoredRow>,
    presets: Vec<StoredRow>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredRow {
    cells: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    origin: Option<StoredOrigin>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum StoredOrigin {
    Product(Product),
    Step(Box<Step>),
    Preset(Preset),
}

fn stored_row(row: &Row) -> StoredRow {
    StoredRow {
        cells: row
            .cells
            .iter()
            .map(|(column, text)| (column.code(), text.clone()))
            .collect(),
        origin: row.origin().map(|origin| match origin {
            Origin::Product(p) => StoredOrigin::Product(p.clone()),
            Origin::Step(s) => StoredOrigin::Step(s.clone()),
            Origin::Preset(p) => StoredOrigin::Preset(p.clone()),
        }),
    }
}

fn row_of(table: TableId, stored: StoredRow) -> Option<Row> {
    let columns = table.columns();
    let mut cells = BTreeMap::new();
    for (code, text) in stored.cells {
        let column: Column = *columns.iter().find(|c| c.code() == code)?;
        cells.insert(column, text);
    }
    let origin = stored.origin.map(|origin| match origin {
        StoredOrigin::Product(p) => Origin::Product(p),
        StoredOrigin::Step(s) => Origin::Step(s),
        StoredOrigin::Preset(p) => Origin::Preset(p),
    });
    Some(Row::with(cells, origin))
}

/// The draft as this browser keeps it.
pub fn draft_to_json(draft: &Draft) -> Option<String> {
    let stored = StoredDraft {
        format: FORMAT,
        name: draft.name.clone(),
        base: (*draft.base).clone(),
        origin: draft.origin.as_deref().cloned(),
        chain: stored_row(&draft.chain),
        products: draft.products.iter().map(stored_row).collect(),
        steps: draft.steps.iter().map(stored_row).collect(),
        presets: draft.presets.iter().map(stored_row).collect(),
    };
    serde_json::to_string(&stored).ok()
}

/// A kept draft read back; None for anything else (another format, too large, damaged, a
/// name that could not have been kept, a chain to return to that is not a valid dataset).
pub fn draft_from_json(text: &str) -> Option<Draft> {
    if text.len() > MAX_STORED_BYTES {
        return None;
    }
    let stored: StoredDraft = serde_json::from_str(text).ok()?;
    if stored.format != FORMAT
        || stored.name.chars().count() > super::session::MAX_DRAFT_NAME_CHARS
        || stored.name.trim() != stored.name
        || stored.name.chars().any(char::is_control)
    {
        return None;
    }
    // Discarding the draft brings this chain into force: it must be one.
    let origin = match stored.origin {
        Some(origin) => {
            crate::model::Dataset::try_from(origin.clone()).ok()?;
            Some(Rc::new(origin))
        }
        None => None,
    };
    let rows = |table: TableId, rows: Vec<StoredRow>| -> Option<Vec<Row>> {
        rows.into_iter().map(|r| row_of(table, r)).collect()
    };
    Some(Draft {
        base: Rc::new(stored.base),
        origin,
        name: stored.name,
        chain: row_of(TableId::Chain, stored.chain)?,
        products: rows(TableId::Products, stored.products)?,
        steps: rows(TableId::Steps, stored.steps)?,
        presets: rows(TableId::Presets, stored.presets)?,
    })
}
