//! The editor's sub-reducer: an edit changes the draft, and whenever the draft is a valid
//! dataset that differs from the one in force, that dataset comes into force (the visitor's
//! figure edits are in it already: the editor opened on the dataset in force). The path
//! and the scenario stay while the model still accepts them on the new chain. Figures
//! changed elsewhere (the assumptions' editors) open the editor again on the new dataset.
use std::rc::Rc;

use super::app_state::{initial_path, AppState};
use super::inputs::ScenarioInputs;
use super::notice::{Notice, Subject};
use super::scenario;
use super::view::View;
use crate::editor::{EditAction, Editor};
use crate::model::evaluate_path;

impl AppState {
    /// Opens the editor on the dataset in force, unless it is open already.
    pub(super) fn open_editor(&mut self) {
        if self.editor.is_none() {
            self.editor = Some(Rc::new(Editor::on(&self.dataset)));
        }
    }

    /// After the figures changed elsewhere (the assumptions' editors), the editor opens again
    /// on the dataset now in force, so that its next edit does not undo them.
    pub(super) fn editor_follows_dataset(&mut self) {
        let stale = self
            .editor
            .as_ref()
            .is_some_and(|e| !e.dataset().is_some_and(|d| Rc::ptr_eq(d, &self.dataset)));
        if stale {
            self.editor = None;
            if self.view == View::Editor {
                self.open_editor();
            }
        }
    }

    /// Applies an edit. A refused one (nothing to undo, a cell no longer there) changes
    /// nothing and says nothing: the view offers only what can be done.
    pub(super) fn edit_chain(&mut self, action: EditAction) {
        // A linked chain is shown read-only until the visitor edits a copy.
        if self.shared_chain {
            return;
        }
        self.open_editor();
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        if Rc::make_mut(editor).apply(action).is_err() {
            return;
        }
        let Some(valid) = editor.dataset().cloned() else {
            return;
        };
        if Rc::ptr_eq(&valid, &self.dataset) {
            return;
        }
        // The path shown stays while the chain still has it, unless it is the start product
        // alone (all a chain being built has at first) and the chain now goes further.
        let only_start = self.path.len() < 2 && !valid.end_product_ids().is_empty();
        let path_ok = evaluate_path(&valid, &self.path).is_ok()
            && self.path.first().map(String::as_str) == Some(valid.start())
            && !only_start;
        if !path_ok {
            self.path = initial_path(&valid);
        }
        if scenario::check(&valid, &self.scenario).is_err() {
            self.scenario = ScenarioInputs::example(&valid);
        }
        // A notice that a product is not in the chain no longer holds once the chain has it
        // (a reloaded link's product, missing from the default chain until the draft that
        // has it is taken up again).
        self.notices.retain(|notice| {
            !matches!(notice, Notice::Rejected { what: Subject::Product(id), .. }
                if valid.product(id).is_some())
        });
        self.reference = valid.clone();
        self.dataset = valid;
        self.edits.clear();
    }
}
