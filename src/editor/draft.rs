//! The draft: the chain as four tables of text cells, exactly as typed, so that an invalid
//! edit is never lost. Each row remembers the item it was made from (its `origin`), which
//! carries what no column shows (a product's article total, a citation written as one text
//! for both languages) back into the file.
use std::collections::BTreeMap;
use std::rc::Rc;

use super::column::{Cell, Column, TableId};
use super::render;
use crate::model::{DatasetFile, Preset, Product, Step};

/// The item a row was made from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    Product(Product),
    Step(Box<Step>),
    Preset(Preset),
}

/// One row of a table: its cells by column (a missing cell is blank).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub(super) cells: BTreeMap<Column, String>,
    pub(super) origin: Option<Rc<Origin>>,
}

impl Row {
    /// A blank row (a new product, step or preset).
    pub fn blank() -> Row {
        Row::default()
    }

    pub(super) fn with(cells: BTreeMap<Column, String>, origin: Option<Origin>) -> Row {
        Row {
            cells,
            origin: origin.map(Rc::new),
        }
    }

    /// A cell's text, as typed ("" when blank).
    pub fn get(&self, column: Column) -> &str {
        self.cells.get(&column).map_or("", String::as_str)
    }

    /// Sets a cell; returns the text it had.
    pub(super) fn set(&mut self, column: Column, text: String) -> String {
        if text.is_empty() {
            self.cells.remove(&column).unwrap_or_default()
        } else {
            self.cells.insert(column, text).unwrap_or_default()
        }
    }

    pub fn origin(&self) -> Option<&Origin> {
        self.origin.as_deref()
    }

    pub fn is_blank(&self) -> bool {
        self.cells.values().all(|text| text.trim().is_empty())
    }
}

/// The chain being edited: the file it started from (for what no table shows: value-added
/// shares by level, a baseline, a region's profile) and the four tables; the name the
/// visitor keeps it under, and the chain in force when it was started where that is not
/// the base (a blank chain's): discarding the draft returns to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub(super) base: Rc<DatasetFile>,
    /// The chain the draft started from, when not `base` (a blank chain's draft).
    pub(super) origin: Option<Rc<DatasetFile>>,
    /// The name it is kept under ("": not named yet, kept as the one unnamed draft).
    pub(super) name: String,
    pub(super) chain: Row,
    pub(super) products: Vec<Row>,
    pub(super) steps: Vec<Row>,
    pub(super) presets: Vec<Row>,
}

impl Draft {
    /// The tables of a dataset file.
    pub fn from_file(file: &DatasetFile) -> Draft {
        Draft {
            base: Rc::new(file.clone()),
            origin: None,
            name: String::new(),
            chain: render::chain_row(file),
            products: file.products.iter().map(render::product_row).collect(),
            steps: file.steps.iter().map(render::step_row).collect(),
            presets: file.presets.iter().map(render::preset_row).collect(),
        }
    }

    /// The rows of a table (the chain table has one).
    pub fn rows(&self, table: TableId) -> &[Row] {
        match table {
            TableId::Chain => std::slice::from_ref(&self.chain),
            TableId::Products => &self.products,
            TableId::Steps => &self.steps,
            TableId::Presets => &self.presets,
        }
    }

    /// The rows of a table that has rows; None for the chain table.
    pub(super) fn rows_mut(&mut self, table: TableId) -> Option<&mut Vec<Row>> {
        match table {
            TableId::Chain => None,
            TableId::Products => Some(&mut self.products),
            TableId::Steps => Some(&mut self.steps),
            TableId::Presets => Some(&mut self.presets),
        }
    }

    pub(super) fn row_mut(&mut self, table: TableId, row: usize) -> Option<&mut Row> {
        match table {
            TableId::Chain => (row == 0).then_some(&mut self.chain),
            _ => self.rows_mut(table)?.get_mut(row),
        }
    }

    /// A cell's text ("" for a blank cell or one outside the table).
    pub fn cell(&self, cell: Cell) -> &str {
        self.rows(cell.table())
            .get(cell.row)
            .map_or("", |row| row.get(cell.column))
    }

    /// The file the draft's tables were made from.
    pub fn base(&self) -> &DatasetFile {
        &self.base
    }

    /// The chain in force when the draft was started: what discarding it returns to, and
    /// what the editor must be opened on for the draft to be taken up again.
    pub fn origin(&self) -> &DatasetFile {
        self.origin.as_deref().unwrap_or(&self.base)
    }

    /// The name the draft is kept under ("" while it has none).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The chain's name in the tables as typed, in `zh` or English (the other when blank).
    pub fn chain_name(&self, zh: bool) -> &str {
        use super::column::ChainColumn;
        let (en, zh_name) = (
            self.chain.get(Column::Chain(ChainColumn::NameEn)).trim(),
            self.chain.get(Column::Chain(ChainColumn::NameZh)).trim(),
        );
        match (zh, en.is_empty(), zh_name.is_empty()) {
            (true, _, false) | (false, true, false) => zh_name,
            _ => en,
        }
    }
}
