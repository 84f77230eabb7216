//! One cell of an editor table: a text field holding what was typed, with its problems
//! beside it (the field says it is invalid and names them for assistive technology).
//! Rows pasted into it from a spreadsheet (text with tabs or line breaks) fill the table
//! from this cell, a header row in either language naming the columns.
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalog::editor::column_header;
use crate::editor::{header_as_codes, Cell, EditAction};
use crate::i18n::Lang;
use crate::state::Action;
use crate::ui::hooks::context::use_dispatch;

#[derive(Properties, PartialEq)]
pub struct EditorCellProps {
    pub cell: Cell,
    /// The cell's text as typed.
    pub text: AttrValue,
    /// The column's header with the row's name, for the field's label.
    pub label: AttrValue,
    /// The cell's problems, worded in the page's language.
    pub problems: Vec<String>,
    /// The test id and the element id stem (`<table>-<row>-<column>`).
    pub id: AttrValue,
    /// The field's place in its table's grid (row, column index), for the arrow keys.
    pub place: (usize, usize),
}

/// The id of the field at a place of a table's grid.
pub fn grid_id(table: &str, (row, column): (usize, usize)) -> String {
    format!("grid-{table}-{row}-{column}")
}

#[function_component(EditorCell)]
pub fn editor_cell(props: &EditorCellProps) -> Html {
    let dispatch = use_dispatch();
    let onpaste = {
        let (cell, dispatch) = (props.cell, dispatch.clone());
        Callback::from(move |e: Event| {
            let Some(text) = e
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(web_sys::ClipboardEvent::clipboard_data)
                .and_then(|data| data.get_data("text/plain").ok())
            else {
                return;
            };
            // One value: the field takes it as typed text.
            if !text.contains('\t') && !text.trim_end().contains('\n') {
                return;
            }
            e.prevent_default();
            let names = |column| Lang::ALL.map(|lang| column_header(column, lang)).to_vec();
            let text = header_as_codes(cell.table(), &text, names);
            dispatch.emit(Action::Editor(EditAction::Paste { at: cell, text }));
        })
    };
    // Checked as the visitor types; typing on in one cell is one undo step.
    let oninput = {
        let cell = props.cell;
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            dispatch.emit(Action::Editor(EditAction::Type {
                cell,
                text: input.value(),
            }));
        })
    };
    let invalid = !props.problems.is_empty();
    let message_id = format!("{}-problem", props.id);
    html! {
        <td class={classes!("editor-cell", invalid.then_some("invalid"))}>
            <input type="text" value={props.text.clone()} {oninput} {onpaste}
                id={grid_id(props.cell.table().code(), props.place)}
                data-row={props.place.0.to_string()} data-col={props.place.1.to_string()}
                aria-label={props.label.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then(|| message_id.clone())}
                data-testid={props.id.clone()} />
            if invalid {
                <span class="cell-problem" id={message_id.clone()}
                    data-testid={format!("{}-problem", props.id)}>
                    { props.problems.join(" ") }
                </span>
            }
        </td>
    }
}
