//! One table of the editor: a header row of column names, a row of cells per product or
//! step, a button to remove each row and one to add a row at the end.
use std::rc::Rc;

use yew::prelude::*;

use super::cell::EditorCell;
use crate::catalog::editor::{column_header, problem_text, table_title};
use crate::editor::{Cell, Column, EditAction, Editor, TableId};
use crate::state::Action;
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct EditorTableProps {
    pub editor: Rc<Editor>,
    pub table: TableId,
    /// The columns shown, in order.
    pub columns: Vec<Column>,
}

#[function_component(EditorTable)]
pub fn editor_table(props: &EditorTableProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let table = props.table;
    let rows = props.editor.rows(table);
    let title = table_title(table, lang);
    let headers: Vec<String> = props
        .columns
        .iter()
        .map(|&c| column_header(c, lang))
        .collect();
    let add = {
        let (dispatch, at) = (dispatch.clone(), rows.len());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Editor(EditAction::AddRow { table, at }))
        })
    };
    let body = rows.iter().enumerate().map(|(row, data)| {
        let remove = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                dispatch.emit(Action::Editor(EditAction::RemoveRow { table, row }))
            })
        };
        let cells = props.columns.iter().zip(&headers).map(|(&column, header)| {
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
                    {problems} id={AttrValue::from(id)} />
            }
        });
        html! {
            <tr data-testid={format!("row-{}-{row}", table.code())}>
                <th scope="row">{ row + 1 }</th>
                { for cells }
                <td>
                    <button type="button" class="remove-row" onclick={remove}
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
            <div class="editor-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            { for headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
                            <th scope="col"></th>
                        </tr>
                    </thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            <button type="button" class="add-row" onclick={add}
                data-testid={format!("add-{}", table.code())}>
                { crate::catalog::editor::add_row(lang) }
            </button>
        </section>
    }
}
