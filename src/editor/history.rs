//! Changes of the draft and their undoing. Every edit is a list of operations; applying
//! one gives its inverse, so a change is undone by applying the inverses in reverse order.
//! The history keeps `LIMIT` changes across every table, each one undo step.
use super::column::{Cell, TableId};
use super::draft::{Draft, Row};

/// How many changes can be undone (the issue asks for at least 100).
pub const LIMIT: usize = 500;

/// One operation on the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Sets a cell's text.
    Set { cell: Cell, text: String },
    /// Inserts rows before row `at` (`at` = the number of rows appends).
    Insert {
        table: TableId,
        at: usize,
        rows: Vec<Row>,
    },
    /// Removes `count` rows from row `at`.
    Remove {
        table: TableId,
        at: usize,
        count: usize,
    },
}

/// Applies one operation; returns its inverse, or None (and changes nothing) when it does
/// not fit the draft (a row or table that is not there).
pub fn apply(draft: &mut Draft, op: Op) -> Option<Op> {
    match op {
        Op::Set { cell, text } => {
            let row = draft.row_mut(cell.table(), cell.row)?;
            let old = row.set(cell.column, text);
            Some(Op::Set { cell, text: old })
        }
        Op::Insert { table, at, rows } => {
            let list = draft.rows_mut(table)?;
            if at > list.len() {
                return None;
            }
            let count = rows.len();
            drop(list.splice(at..at, rows));
            Some(Op::Remove { table, at, count })
        }
        Op::Remove { table, at, count } => {
            let list = draft.rows_mut(table)?;
            let end = at.checked_add(count).filter(|&end| end <= list.len())?;
            let rows: Vec<Row> = list.drain(at..end).collect();
            Some(Op::Insert { table, at, rows })
        }
    }
}

/// Applies a change whole or not at all; returns its inverse.
pub fn apply_all(draft: &mut Draft, ops: Vec<Op>) -> Option<Vec<Op>> {
    let mut inverse = Vec::with_capacity(ops.len());
    for op in ops {
        match apply(draft, op) {
            Some(undo) => inverse.push(undo),
            None => {
                // Put back what was done so far.
                for undo in inverse.into_iter().rev() {
                    let _ = apply(draft, undo);
                }
                return None;
            }
        }
    }
    inverse.reverse();
    Some(inverse)
}

/// The changes that can be undone and redone, each as the operations that undo (or redo) it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<Vec<Op>>,
    redo: Vec<Vec<Op>>,
    /// The cell typed in by the last change: typing on in it is the same undo step.
    typing: Option<Cell>,
}

impl History {
    /// Records a change made by the visitor: its inverse is the next undo, and what was
    /// undone before can no longer be redone.
    pub fn record(&mut self, inverse: Vec<Op>) {
        self.redo.clear();
        self.typing = None;
        self.push_undo(inverse);
    }

    /// Records a keystroke's change of `cell`: while the visitor types on in the same cell,
    /// the change joins the last undo step (which keeps the text from before the typing).
    pub fn record_typing(&mut self, cell: Cell, inverse: Vec<Op>) {
        let joins = self.typing == Some(cell)
            && matches!(self.undo.last().map(Vec::as_slice), Some([Op::Set { cell: c, .. }]) if *c == cell);
        if !joins {
            self.record(inverse);
        }
        self.redo.clear();
        self.typing = Some(cell);
    }

    fn push_undo(&mut self, inverse: Vec<Op>) {
        if self.undo.len() >= LIMIT {
            self.undo.remove(0);
        }
        self.undo.push(inverse);
    }

    /// Undoes the last change; false when there is none.
    pub fn undo(&mut self, draft: &mut Draft) -> bool {
        self.typing = None;
        let Some(ops) = self.undo.pop() else {
            return false;
        };
        match apply_all(draft, ops.clone()) {
            Some(redo) => {
                self.redo.push(redo);
                true
            }
            None => {
                self.undo.push(ops);
                false
            }
        }
    }

    /// Redoes the last undone change; false when there is none.
    pub fn redo(&mut self, draft: &mut Draft) -> bool {
        self.typing = None;
        let Some(ops) = self.redo.pop() else {
            return false;
        };
        match apply_all(draft, ops.clone()) {
            Some(undo) => {
                self.push_undo(undo);
                true
            }
            None => {
                self.redo.push(ops);
                false
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How many changes can be undone.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }
}
