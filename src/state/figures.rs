//! The figures' sub-reducer: the visitor's edits, validated by the model against the
//! dataset as loaded. The dataset in force is always the reference with the edits applied.
use std::rc::Rc;

use super::action::FigureAction;
use super::app_state::{rejected, AppState};
use super::notice::{Notice, Subject};
use crate::model::{Dataset, DatasetErrors, Edit};

impl AppState {
    /// Applies one figure intent, whole or not at all. A locked state ignores edits.
    pub(super) fn try_figures(&mut self, action: FigureAction) -> Result<(), Notice> {
        match action {
            FigureAction::Edit(edit) => self.try_edit(edit),
            FigureAction::Edits(batch) => {
                if self.edits_at_once(&batch).is_ok() {
                    return Ok(());
                }
                // The lot is refused: the first edit refused on its own says why.
                let mut trial = self.clone();
                for edit in batch {
                    trial.try_edit(edit)?;
                }
                *self = trial;
                Ok(())
            }
            FigureAction::ResetFigure(figure) => {
                let edits: Vec<Edit> = self
                    .edits
                    .iter()
                    .filter(|e| e.figure() != figure)
                    .cloned()
                    .collect();
                // Fewer edits of a valid dataset: refused only if an edit was valid only
                // with the one removed, and then the edits in force stay.
                if let Ok(ds) = apply_edits(&self.reference, &edits) {
                    self.dataset = Rc::new(ds);
                    self.edits = edits;
                }
                Ok(())
            }
            FigureAction::ResetEdits => {
                self.dataset = self.reference.clone();
                self.edits.clear();
                Ok(())
            }
        }
    }

    /// Several edits (a link's) as one, or each on its own where the lot is refused, so
    /// that only the refused ones are left out, each with its notice.
    pub(super) fn edits_leniently(&mut self, batch: Vec<Edit>) {
        if self.edits_at_once(&batch).is_ok() {
            return;
        }
        for edit in batch {
            if let Err(notice) = self.try_edit(edit) {
                self.notices.push(notice);
            }
        }
    }

    fn try_edit(&mut self, edit: Edit) -> Result<(), Notice> {
        if self.locked {
            return Ok(());
        }
        let replaces = self.edits.iter().any(|e| same_figure(e, &edit));
        let mut edits: Vec<Edit> = self
            .edits
            .iter()
            .filter(|e| !same_figure(e, &edit))
            .cloned()
            .collect();
        edits.push(edit.clone());
        // The dataset in force is the reference with `self.edits` applied in order, so an
        // edit of a new figure applies to it directly: the same result as replaying every
        // edit, with one validation instead of one per edit (a link with k edits would
        // otherwise validate k(k+1)/2 times). Replacing an earlier edit of the figure
        // removes it from the middle: replay then.
        let applied = if replaces {
            apply_edits(&self.reference, &edits)
        } else {
            self.dataset.with_edit(&edit)
        };
        let ds = applied.map_err(|errors| rejected(Subject::Figure(edit.figure()), &errors))?;
        self.dataset = Rc::new(ds);
        self.edits = edits;
        Ok(())
    }

    /// All of `batch` validated once; on `Err` nothing changed. A locked state ignores it.
    fn edits_at_once(&mut self, batch: &[Edit]) -> Result<(), DatasetErrors> {
        if self.locked {
            return Ok(());
        }
        let mut edits = self.edits.clone();
        for edit in batch {
            edits.retain(|e| !same_figure(e, edit));
            edits.push(edit.clone());
        }
        let ds = apply_edits(&self.reference, &edits)?;
        self.dataset = Rc::new(ds);
        self.edits = edits;
        Ok(())
    }
}

pub(super) fn apply_edits(reference: &Dataset, edits: &[Edit]) -> Result<Dataset, DatasetErrors> {
    reference.with_edits(edits)
}

fn same_figure(a: &Edit, b: &Edit) -> bool {
    a.figure() == b.figure()
}
