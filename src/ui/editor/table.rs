//! One table of the editor: a header row of column names, a row of cells per product or
//! step, a button to remove each row and one to add a row at the end. A wide table shows
//! one group of its columns at a time (a choice above it). On a phone each row is a form
//! of labelled fields (`styles/editor.css`).
use std::rc::Rc;

use yew::prelude::*;

use wasm_bindgen::JsCast;

use super::cell::{grid_id, EditorCell};
use crate::catalog::editor::{
    column_group, column_header, columns_shown, problem_text, table_title, ColumnGroup,
};
use crate::editor::{Cell, Column, EditAction, Editor, TableId};
use crate::state::Action;
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct EditorTableProps {
    pub editor: Rc<Editor>,
    pub table: TableId,
    /// The groups of columns it can show, each in order (the first shown first).
    pub groups: Vec<(ColumnGroup, Vec<Column>)>,
    /// A chain shown read-only: no cell, row or button changes it.
    #[prop_or_default]
    pub read_only: bool,
}

#[function_component(EditorTable)]
pub fn editor_table(props: &EditorTableProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let table = props.table;
    let rows = props.editor.rows(table);
    let title = table_title(table, lang);
    let group = use_state(|| 0usize);
    let columns: Vec<Column> = props
        .groups
        .get(*group)
        .or_else(|| props.groups.first())
        .map(|(_, columns)| columns.clone())
        .unwrap_or_default();
    let chooser = (props.groups.len() > 1).then(|| {
        let onchange = {
            let group = group.clone();
            Callback::from(move |e: Event| {
                if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                    group.set(select.value().parse().unwrap_or(0));
                }
            })
        };
        let id = format!("columns-{}", table.code());
        html! {
            <p class="editor-groups">
                <label for={id.clone()}>{ columns_shown(lang) }</label>
                { " " }
                <select id={id.clone()} {onchange} data-testid={id}>
                    { for props.groups.iter().enumerate().map(|(i, (g, _))| html! {
                        <option value={i.to_string()} selected={i == *group}>{ column_group(*g, lang) }</option>
                    }) }
                </select>
            </p>
        }
    });
    let headers: Vec<String> = columns.iter().map(|&c| column_header(c, lang)).collect();
    // A row added by the button gets the focus in its first cell, so that a keyboard goes
    // on typing there.
    let focus_row = use_mut_ref(|| None::<usize>);
    {
        let focus_row = focus_row.clone();
        use_effect_with(rows.len(), move |_| {
            if let Some(row) = focus_row.borrow_mut().take() {
                let target = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&grid_id(table.code(), (row, 0))))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(target) = target {
                    let _ = target.focus();
                }
            }
        });
    }
    let add = {
        let (dispatch, at) = (dispatch.clone(), rows.len());
        Callback::from(move |_: MouseEvent| {
            *focus_row.borrow_mut() = Some(at);
            dispatch.emit(Action::Editor(EditAction::AddRow { table, at }))
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| move_in_grid(table.code(), &e));
    let body = rows.iter().enumerate().map(|(row, data)| {
        let remove = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch.emit(Action::Editor(EditAction::RemoveRow { table, row }))
            })
        };
        let cells =
            columns
                .iter()
                .zip(&headers)
                .enumerate()
                .map(|(index, (&column, header))| {
                    let cell = Cell::new(row, column);
                    let problems: Vec<String> = props
                        .editor
                        .errors_at(cell)
                        .map(|e| problem_text(&e.problem, lang))
                        .collect();
                    let id = format!(
                        "cell-{}-{row}-{}",
                        table.code(),
                        column.code().replace('.', "-")
                    );
                    html! {
                        <EditorCell {cell} text={AttrValue::from(data.get(column).to_string())}
                            label={AttrValue::from(format!("{header} · {}", row + 1))}
                            heading={AttrValue::from(header.clone())}
                            {problems} id={AttrValue::from(id)} place={(row, index)}
                            read_only={props.read_only} />
                    }
                });
        html! {
            <tr data-testid={format!("row-{}-{row}", table.code())}>
                <th scope="row">{ row + 1 }</th>
                { for cells }
                <td>
                    <button type="button" class="remove-row" onclick={remove} disabled={props.read_only}
                        data-testid={format!("remove-{}-{row}", table.code())}>
                        { crate::catalog::editor::remove_row(lang) }
                    </button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="editor-table" data-testid={format!("editor-{}", table.code())}>
            <h3>{ title }</h3>
            { for chooser }
            // Focusable, so that a keyboard can scroll a table wider than the page.
            <div class="editor-scroll" tabindex="0" role="region" aria-label={title}>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            { for headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                            <th scope="col"></th>
                        </tr>
                    </thead>
                    <tbody {onkeydown}>{ for body }</tbody>
                </table>
            </div>
            <button type="button" class="add-row" onclick={add} disabled={props.read_only}
                data-testid={format!("add-{}", table.code())}>
                { crate::catalog::editor::add_row(lang) }
            </button>
        </section>
    }
}

/// Moves through the grid as a spreadsheet does: up and down (Enter: down) by rows, left and
/// right by columns once the caret is at the start or end of the text; Escape leaves it.
pub(super) fn move_in_grid(table: &str, e: &KeyboardEvent) {
    let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
        return;
    };
    let place = |name: &str| {
        input
            .get_attribute(name)
            .and_then(|v| v.parse::<usize>().ok())
    };
    let (Some(row), Some(column)) = (place("data-row"), place("data-col")) else {
        return;
    };
    let caret = (
        input.selection_start().ok().flatten(),
        input.selection_end().ok().flatten(),
    );
    let length = u32::try_from(input.value().encode_utf16().count()).unwrap_or(u32::MAX);
    let next = match e.key().as_str() {
        "ArrowUp" => row.checked_sub(1).map(|r| (r, column)),
        "ArrowDown" | "Enter" => Some((row + 1, column)),
        "ArrowLeft" if caret == (Some(0), Some(0)) => column.checked_sub(1).map(|c| (row, c)),
        "ArrowRight" if caret == (Some(length), Some(length)) => Some((row, column + 1)),
        "Escape" => {
            let _ = input.blur();
            return;
        }
        _ => return,
    };
    let target = next
        .and_then(|place| {
            web_sys::window()?
                .document()?
                .get_element_by_id(&grid_id(table, place))
        })
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        e.prevent_default();
        let _ = target.focus();
    }
}
