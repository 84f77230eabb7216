//! The editor view: undo and redo, whether the chain is valid (while it is not, the
//! results show the last valid chain), the problems no cell shows, and the products and
//! steps tables.
use std::rc::Rc;

use yew::prelude::*;

use super::figures::ChainFigures;
use super::share::ChainShare;
use super::table::EditorTable;
use crate::catalog::editor::{self as words, problem_text};
use crate::catalog::texts::Text;
use crate::editor::{
    Column, EditAction, Editor, ProductColumn, RangePart, SourcePart, StepColumn, StepFigure,
    TableId,
};
use crate::state::Action;
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::ViewProps;

/// The products table's columns in this view.
fn product_columns() -> Vec<Column> {
    use ProductColumn::*;
    [Id, NameEn, NameZh, Kind, Level, Local, DefaultPath]
        .into_iter()
        .map(Column::Product)
        .collect()
}

/// The presets table's columns in this view: all of them.
fn preset_columns() -> Vec<Column> {
    TableId::Presets.columns()
}

/// The steps table's columns in this view: the figures the results read, and the added
/// value's source.
fn step_columns() -> Vec<Column> {
    use StepColumn::*;
    let mut columns = vec![From, To];
    for figure in [StepFigure::AddedValue, StepFigure::Yield] {
        columns.extend(RangePart::ALL.map(|part| Range(figure, part)));
    }
    columns.extend([Kwh, Co2, Jobs]);
    columns.extend(SourcePart::ALL.map(|part| Source(StepFigure::AddedValue, part)));
    columns.push(Recycling);
    columns.into_iter().map(Column::Step).collect()
}

#[function_component(EditorView)]
pub fn editor_view(props: &ViewProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    // The reducer opens the editor with the view; a state that has none yet (rendered
    // before) shows the dataset in force as it would open.
    let editor = props
        .state
        .editor()
        .cloned()
        .unwrap_or_else(|| Rc::new(Editor::on(props.state.dataset())));
    // A draft kept from an earlier visit comes back when the editor has just opened on the
    // chain that draft started from (another chain, an import, starts afresh).
    {
        let (dispatch, editor) = (dispatch.clone(), editor.clone());
        use_effect_with((), move |_| {
            if !editor.can_undo() && !editor.can_redo() {
                if let Some(draft) = super::kept::kept()
                    .filter(|d| d != editor.draft() && d.base() == editor.draft().base())
                {
                    dispatch.emit(Action::Editor(EditAction::Resume(Box::new(draft))));
                }
            }
        });
    }
    // Kept as the visitor edits (not before: the draft kept stays until then).
    use_effect_with(editor.clone(), |editor| {
        if editor.can_undo() || editor.can_redo() {
            super::kept::keep(editor.draft());
        }
    });
    let button = |action: EditAction, enabled: bool, text: &'static str, id: &'static str| {
        let dispatch = dispatch.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Editor(action.clone())));
        html! {
            <button type="button" {onclick} disabled={!enabled} data-testid={id}>{ text }</button>
        }
    };
    let status = if editor.is_valid() {
        words::draft_valid(lang).to_string()
    } else {
        words::draft_invalid(editor.errors().len(), lang)
    };
    let chain_wide: Vec<String> = editor
        .errors()
        .iter()
        .filter(|e| e.at.is_none())
        .map(|e| problem_text(&e.problem, lang))
        .collect();
    // Ctrl or ⌘ with Z undoes, with Shift (or Y) redoes, anywhere in the editor.
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            let action = match e.key().to_lowercase().as_str() {
                "z" if e.shift_key() => EditAction::Redo,
                "z" => EditAction::Undo,
                "y" => EditAction::Redo,
                _ => return,
            };
            e.prevent_default();
            dispatch.emit(Action::Editor(action));
        })
    };
    let start_blank = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let (chain, product) = words::blank_chain_names();
            dispatch.emit(Action::Editor(EditAction::StartBlank { chain, product }));
        })
    };
    html! {
        <section class="editor-view" data-testid="editor-view" {onkeydown}>
            <h2>{ Text::ViewEditor.get(lang) }</h2>
            <div class="editor-toolbar">
                { button(EditAction::Undo, editor.can_undo(), words::undo(lang), "editor-undo") }
                { button(EditAction::Redo, editor.can_redo(), words::redo(lang), "editor-redo") }
                <button type="button" onclick={start_blank} data-testid="editor-start-blank">
                    { words::start_blank(lang) }
                </button>
                <p class={classes!("editor-status", (!editor.is_valid()).then_some("invalid"))}
                    role="status" aria-live="polite" data-testid="editor-status">{ status }</p>
            </div>
            if !chain_wide.is_empty() {
                <div class="editor-chain-problems" data-testid="editor-chain-problems">
                    <h3>{ words::chain_problems(lang) }</h3>
                    <ul>{ for chain_wide.into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            <ChainShare dataset={editor.dataset().cloned()} />
            <ChainFigures editor={editor.clone()} />
            <EditorTable editor={editor.clone()} table={TableId::Products} columns={product_columns()} />
            <EditorTable editor={editor.clone()} table={TableId::Steps} columns={step_columns()} />
            <EditorTable editor={editor} table={TableId::Presets} columns={preset_columns()} />
        </section>
    }
}
