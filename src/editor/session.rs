//! The editor: the draft, its history, and what the model says of it after every change.
//! While the draft is invalid, the last valid dataset stays (the results keep showing it)
//! and the draft keeps every cell as typed.
use std::rc::Rc;

use super::column::{Cell, TableId};
use super::convert::to_file;
use super::draft::{Draft, Row};
use super::history::{apply_all, History, Op};
use super::locate::cells_of;
use super::paste::{paste_ops, PasteError};
use super::problem::{CellError, CellProblem};
use crate::model::{Dataset, DatasetFile};

/// What the visitor can do in the editor.
#[derive(Clone, Debug, PartialEq)]
pub enum EditAction {
    /// Sets a cell's text (a value committed or pasted: one undo step).
    SetCell {
        cell: Cell,
        text: String,
    },
    /// A keystroke's text of a cell: typing on in the same cell is one undo step.
    Type {
        cell: Cell,
        text: String,
    },
    /// Adds a blank row before row `at` (the row count appends).
    AddRow {
        table: TableId,
        at: usize,
    },
    RemoveRow {
        table: TableId,
        row: usize,
    },
    /// Pastes tab-separated rows at a cell (with or without a header row).
    Paste {
        at: Cell,
        text: String,
    },
    Undo,
    Redo,
    /// Takes up a draft kept from an earlier visit (not undone: the draft before is
    /// replaced).
    Resume(Box<Draft>),
    /// Starts again from a blank chain with one start product so named (not undone: the
    /// draft before is replaced). Discarding it returns to the chain the draft before
    /// started from.
    StartBlank {
        chain: crate::model::Name,
        product: crate::model::Name,
    },
    /// Keeps the draft under a name (trimmed; "" for the one unnamed draft). Not an undo
    /// step: the tables do not change.
    NameDraft(String),
    /// Drops the draft and returns to the chain it started from (not undone).
    Discard,
}

/// Why an edit changed nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum EditRefusal {
    /// The cell or row is not in the table.
    NoSuchCell,
    /// The chain's figures are one row: none is added or removed.
    OneRowOnly,
    TooManyRows {
        max: usize,
    },
    NothingToUndo,
    NothingToRedo,
    Paste(PasteError),
    /// A draft's name over `max` characters, or with control characters.
    DraftName {
        max: usize,
    },
}

#[derive(Clone, Debug)]
pub struct Editor {
    draft: Draft,
    history: History,
    /// The draft's problems, each at its cell (empty: the draft is a valid dataset).
    errors: Vec<CellError>,
    /// The draft as a dataset when it was last valid (none before it ever was).
    last_valid: Option<Rc<Dataset>>,
}

/// The page compares its state on every render: the same editor (one `Rc` shared by the
/// state and its copies) compares by address first.
impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
            || (self.draft == other.draft
                && self.history == other.history
                && self.errors == other.errors
                && self.last_valid == other.last_valid)
    }
}

impl Editor {
    /// The editor on a dataset (the default, a region, an import).
    pub fn from_dataset(dataset: Rc<Dataset>) -> Editor {
        let draft = Draft::from_file(dataset.file());
        let mut editor = Editor {
            draft,
            history: History::default(),
            errors: Vec::new(),
            last_valid: Some(dataset),
        };
        editor.check();
        editor
    }

    /// The editor on a draft (one kept from an earlier visit), its history empty.
    pub fn from_draft(draft: Draft) -> Editor {
        let mut editor = Editor {
            draft,
            history: History::default(),
            errors: Vec::new(),
            last_valid: None,
        };
        editor.check();
        editor
    }

    /// The editor on any file, valid or not.
    pub fn from_file(file: &DatasetFile) -> Editor {
        let mut editor = Editor {
            draft: Draft::from_file(file),
            history: History::default(),
            errors: Vec::new(),
            last_valid: None,
        };
        editor.check();
        editor
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    /// The rows of a table.
    pub fn rows(&self, table: TableId) -> &[Row] {
        self.draft.rows(table)
    }

    /// A cell's text as typed.
    pub fn cell(&self, cell: Cell) -> &str {
        self.draft.cell(cell)
    }

    /// The draft's problems, each at its cell or for the chain as a whole.
    pub fn errors(&self) -> &[CellError] {
        &self.errors
    }

    /// The problems at one cell.
    pub fn errors_at(&self, cell: Cell) -> impl Iterator<Item = &CellError> {
        self.errors.iter().filter(move |e| e.at == Some(cell))
    }

    /// Whether the draft as it stands is a valid dataset.
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// The last valid dataset: the draft's while it is valid, else the one before.
    pub fn dataset(&self) -> Option<&Rc<Dataset>> {
        self.last_valid.as_ref()
    }

    /// The draft in the dataset file format, valid or not.
    pub fn file(&self) -> DatasetFile {
        to_file(&self.draft).0
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    pub fn undo_depth(&self) -> usize {
        self.history.undo_depth()
    }

    /// Applies an edit and checks the draft again; on a refusal nothing changed.
    pub fn apply(&mut self, action: EditAction) -> Result<(), EditRefusal> {
        let typing = match &action {
            EditAction::Type { cell, .. } => Some(*cell),
            _ => None,
        };
        let ops = match action {
            EditAction::Resume(draft) => {
                *self = Editor::from_draft(*draft);
                return Ok(());
            }
            EditAction::StartBlank { chain, product } => {
                // The chain in force now (the last valid one) is what discarding returns to.
                let origin = Rc::new(match &self.last_valid {
                    Some(dataset) => dataset.file().clone(),
                    None => self.draft.origin().clone(),
                });
                *self = Editor::blank(chain, product);
                self.draft.origin = Some(origin);
                return Ok(());
            }
            EditAction::NameDraft(name) => {
                let name = name.trim();
                if name.chars().count() > MAX_DRAFT_NAME_CHARS || name.chars().any(char::is_control)
                {
                    return Err(EditRefusal::DraftName {
                        max: MAX_DRAFT_NAME_CHARS,
                    });
                }
                self.draft.name = name.to_string();
                return Ok(());
            }
            EditAction::Discard => {
                let origin = self.draft.origin().clone();
                *self = Editor::from_file(&origin);
                return Ok(());
            }
            EditAction::Undo => {
                return self.step(
                    |history, draft| history.undo(draft),
                    EditRefusal::NothingToUndo,
                )
            }
            EditAction::Redo => {
                return self.step(
                    |history, draft| history.redo(draft),
                    EditRefusal::NothingToRedo,
                )
            }
            EditAction::SetCell { cell, text } | EditAction::Type { cell, text } => {
                if self.draft.rows(cell.table()).get(cell.row).is_none() {
                    return Err(EditRefusal::NoSuchCell);
                }
                if self.draft.cell(cell) == text {
                    return Ok(());
                }
                vec![Op::Set { cell, text }]
            }
            EditAction::AddRow { table, at } => {
                if !table.has_rows() {
                    return Err(EditRefusal::OneRowOnly);
                }
                let count = self.draft.rows(table).len();
                let max = max_rows(table);
                if count >= max {
                    return Err(EditRefusal::TooManyRows { max });
                }
                vec![Op::Insert {
                    table,
                    at: at.min(count),
                    rows: vec![Row::blank()],
                }]
            }
            EditAction::RemoveRow { table, row } => {
                if !table.has_rows() {
                    return Err(EditRefusal::OneRowOnly);
                }
                vec![Op::Remove {
                    table,
                    at: row,
                    count: 1,
                }]
            }
            EditAction::Paste { at, text } => {
                paste_ops(&self.draft, at, &text).map_err(EditRefusal::Paste)?
            }
        };
        let inverse = apply_all(&mut self.draft, ops).ok_or(EditRefusal::NoSuchCell)?;
        match typing {
            Some(cell) => self.history.record_typing(cell, inverse),
            None => self.history.record(inverse),
        }
        self.check();
        Ok(())
    }

    /// Blanks cells as the editor's starting point (no undo step, and no valid chain yet),
    /// then checks the draft.
    pub(super) fn clear_without_history(&mut self, cells: impl Iterator<Item = Cell>) {
        self.last_valid = None;
        for cell in cells {
            if let Some(row) = self.draft.row_mut(cell.table(), cell.row) {
                row.set(cell.column, String::new());
            }
        }
        self.check();
    }

    fn step(
        &mut self,
        go: impl FnOnce(&mut History, &mut Draft) -> bool,
        refusal: EditRefusal,
    ) -> Result<(), EditRefusal> {
        if go(&mut self.history, &mut self.draft) {
            self.check();
            Ok(())
        } else {
            Err(refusal)
        }
    }

    /// Converts the draft and validates it with the model; keeps the dataset if valid.
    fn check(&mut self) {
        let (file, mut errors) = to_file(&self.draft);
        match Dataset::try_from(file.clone()) {
            Ok(dataset) if errors.is_empty() => {
                let same = self
                    .last_valid
                    .as_ref()
                    .is_some_and(|last| **last == dataset);
                if !same {
                    self.last_valid = Some(Rc::new(dataset));
                }
            }
            Ok(_) => {}
            Err(model) => {
                let unreadable: Vec<Cell> = errors.iter().filter_map(|e| e.at).collect();
                for error in model.0 {
                    let cells = cells_of(&error, &file);
                    if cells.is_empty() {
                        errors.push(CellError {
                            at: None,
                            problem: CellProblem::Model(error),
                        });
                        continue;
                    }
                    // A cell that could not be read has its own problem: the model's
                    // word on the value standing in for it would mislead.
                    errors.extend(
                        cells
                            .into_iter()
                            .filter(|cell| !unreadable.contains(cell))
                            .map(|cell| CellError::at(cell, CellProblem::Model(error.clone()))),
                    );
                }
            }
        }
        self.errors = errors;
    }
}

/// The longest name a draft is kept under, characters.
pub const MAX_DRAFT_NAME_CHARS: usize = 80;

fn max_rows(table: TableId) -> usize {
    match table {
        TableId::Chain => 1,
        TableId::Products => crate::model::limits::MAX_PRODUCTS,
        TableId::Steps => crate::model::limits::MAX_STEPS,
        TableId::Presets => crate::model::limits::MAX_PRESETS,
    }
}
