//! The editor view: undo and redo, whether the chain is valid (while it is not, the
//! results show the last valid chain), the problems no cell shows, and the products and
//! steps tables.
use std::rc::Rc;

use yew::prelude::*;

use super::drafts::Drafts;
use super::figures::ChainFigures;
use super::files::ChainFiles;
use super::share::ChainShare;
use super::table::EditorTable;
use crate::catalog::editor::{self as words, problem_text, ColumnGroup};
use crate::catalog::texts::Text;
use crate::editor::{
    Column, EditAction, Editor, ProductColumn, ProductFigure, RangePart, SourcePart, StepColumn,
    StepFigure, TableId,
};
use crate::state::Action;
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::ViewProps;

/// The products table's columns in this view, by group: what the results read first.
fn product_groups() -> Vec<(ColumnGroup, Vec<Column>)> {
    use ProductColumn::*;
    let main = [Id, NameEn, NameZh, Kind, Level, Local, DefaultPath];
    let mut figures = vec![Id];
    figures.extend(RangePart::ALL.map(MetalContent));
    figures.extend(SourcePart::ALL.map(|p| Source(ProductFigure::MetalContent, p)));
    figures.extend([ChinaOutputTonnes, ChinaOutputYear]);
    figures.extend(SourcePart::ALL.map(|p| Source(ProductFigure::ChinaOutput, p)));
    let product = |columns: Vec<ProductColumn>| columns.into_iter().map(Column::Product).collect();
    vec![
        (ColumnGroup::Main, product(main.to_vec())),
        (ColumnGroup::ContentAndOutput, product(figures)),
    ]
}

/// The presets table's columns in this view: all of them (name, tonnage, shares, targets
/// with their basis, source).
fn preset_groups() -> Vec<(ColumnGroup, Vec<Column>)> {
    vec![(ColumnGroup::Main, TableId::Presets.columns())]
}

/// The steps table's columns in this view, by group: the figures the results read with the
/// added value's source; the other figures' sources; a step's own melt loss and
/// value-added share.
fn step_groups() -> Vec<(ColumnGroup, Vec<Column>)> {
    use StepColumn::*;
    let mut main = vec![From, To];
    for figure in [StepFigure::AddedValue, StepFigure::Yield] {
        main.extend(RangePart::ALL.map(|part| Range(figure, part)));
    }
    main.extend([Kwh, Co2, Jobs]);
    main.extend(SourcePart::ALL.map(|part| Source(StepFigure::AddedValue, part)));
    main.push(Recycling);
    let mut sources = vec![From, To];
    for figure in [
        StepFigure::Yield,
        StepFigure::Kwh,
        StepFigure::Co2,
        StepFigure::Jobs,
    ] {
        sources.extend(SourcePart::ALL.map(|part| Source(figure, part)));
    }
    let mut loss = vec![From, To];
    for figure in [StepFigure::MeltLoss, StepFigure::ValueAddedShare] {
        loss.extend(RangePart::ALL.map(|part| Range(figure, part)));
        loss.extend(SourcePart::ALL.map(|part| Source(figure, part)));
    }
    let step = |columns: Vec<StepColumn>| columns.into_iter().map(Column::Step).collect();
    vec![
        (ColumnGroup::Main, step(main)),
        (ColumnGroup::Sources, step(sources)),
        (ColumnGroup::LossAndShare, step(loss)),
    ]
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
    let kept = use_state(super::kept::load);
    let not_kept = use_state_eq(|| false);
    // The newest draft kept from an earlier visit comes back when the editor has just
    // opened on the chain that draft started from (another chain, an import, starts
    // afresh; the list offers the others).
    {
        let (dispatch, editor, kept) = (dispatch.clone(), editor.clone(), kept.clone());
        use_effect_with((), move |_| {
            if let (false, false, super::kept::Kept::Ready(shelf)) =
                (editor.can_undo(), editor.can_redo(), &*kept)
            {
                let origin = crate::editor::shelf::origin_hash(editor.draft());
                if let Some(draft) = shelf
                    .newest_from(&origin)
                    .and_then(|entry| super::kept::read(&entry.name))
                    .filter(|d| d != editor.draft() && d.origin() == editor.draft().origin())
                {
                    dispatch.emit(Action::Editor(EditAction::Resume(Box::new(draft))));
                }
            }
        });
    }
    // Kept as the visitor edits (not before: the drafts kept stay until then), and when
    // named.
    {
        let (kept, not_kept) = (kept.clone(), not_kept.clone());
        use_effect_with(editor.clone(), move |editor| {
            if editor.can_undo() || editor.can_redo() || !editor.draft().name().is_empty() {
                match super::kept::keep(editor.draft(), lang == crate::i18n::Lang::Zh) {
                    Ok(shelf) => {
                        not_kept.set(false);
                        // The list changes only when a draft comes or goes or is renamed.
                        let names = |k: &super::kept::Kept| match k {
                            super::kept::Kept::Ready(s) => s
                                .entries
                                .iter()
                                .map(|e| (e.name.clone(), e.chain.clone()))
                                .collect::<Vec<_>>(),
                            _ => Vec::new(),
                        };
                        let next = super::kept::Kept::Ready(shelf);
                        if names(&next) != names(&kept)
                            || !matches!(*kept, super::kept::Kept::Ready(_))
                        {
                            kept.set(next);
                        }
                    }
                    Err(()) => not_kept.set(true),
                }
            }
        });
    }
    let on_kept = {
        let kept = kept.clone();
        Callback::from(move |next| kept.set(next))
    };
    let read_only = props.state.shared_chain();
    let button = |action: EditAction, enabled: bool, text: &'static str, id: &'static str| {
        let dispatch = dispatch.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| dispatch.emit(Action::Editor(action.clone())));
        html! {
            <button type="button" {onclick} disabled={!enabled || read_only} data-testid={id}>{ text }</button>
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
                <button type="button" onclick={start_blank} disabled={read_only} data-testid="editor-start-blank">
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
            if !read_only {
                <Drafts editor={editor.clone()} kept={(*kept).clone()} not_kept={*not_kept} on_change={on_kept} />
            }
            <ChainShare dataset={editor.dataset().cloned()} />
            <ChainFiles editor={editor.clone()} />
            <ChainFigures editor={editor.clone()} {read_only} />
            <EditorTable editor={editor.clone()} table={TableId::Products} groups={product_groups()} {read_only} />
            <EditorTable editor={editor.clone()} table={TableId::Steps} groups={step_groups()} {read_only} />
            <EditorTable editor={editor} table={TableId::Presets} groups={preset_groups()} {read_only} />
        </section>
    }
}
