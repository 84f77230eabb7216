//! One cell of an editor table: a text field holding what was typed, with its problems
//! beside it (the field says it is invalid and names them for assistive technology).
//! Rows pasted into it from a spreadsheet (text with tabs or line breaks) fill the table
//! from this cell, a header row in either language naming the columns.
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalog::editor::column_header;
use crate::editor::{header_as_codes, Cell, Column, EditAction};
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
    /// The column's header alone, shown above the field where rows are stacked as forms
    /// (a phone).
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// The cell's problems, worded in the page's language.
    pub problems: Vec<String>,
    /// The test id and the element id stem (`<table>-<row>-<column>`).
    pub id: AttrValue,
    /// The field's place in its table's grid (row, column index), for the arrow keys.
    pub place: (usize, usize),
    /// A chain shown read-only (from a link, until the visitor edits a copy).
    #[prop_or_default]
    pub read_only: bool,
}

/// The id of the field at a place of a table's grid.
pub fn grid_id(table: &str, (row, column): (usize, usize)) -> String {
    format!("grid-{table}-{row}-{column}")
}

/// Whether a column holds a figure (a number to read), not a name, code or year.
fn is_figure(column: Column) -> bool {
    use crate::editor::{
        ChainColumn as C, PresetColumn as Pr, ProductColumn as P, StepColumn as S,
    };
    matches!(
        column,
        Column::Chain(C::Range(..) | C::VatRate | C::RegionTonnes)
            | Column::Product(P::MetalContent(_) | P::ChinaOutputTonnes)
            | Column::Step(S::Range(..) | S::Kwh | S::Co2 | S::Jobs)
            | Column::Preset(Pr::Tonnage)
    )
}

/// A figure's cell as a reader reads a large number: wan and yi in Chinese from 10,000,
/// million and billion in English from 1,000,000; none where the page's way of writing it
/// says nothing more than the digits typed.
fn figure_reading(column: Column, text: &str, lang: Lang) -> Option<String> {
    if !is_figure(column) {
        return None;
    }
    let value = crate::editor::read_number(text).ok()?;
    let threshold = match lang {
        Lang::Zh => 1e4,
        Lang::En => 1e6,
    };
    (value.abs() >= threshold)
        .then(|| crate::ui::format::number(value, lang, crate::ui::format::Precision::Exact))
}

#[function_component(EditorCell)]
pub fn editor_cell(props: &EditorCellProps) -> Html {
    let dispatch = use_dispatch();
    let lang = crate::ui::hooks::context::use_lang();
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
    // A large figure as readers read it (646 wan, 6.46 million) beside the full figure typed.
    let reading = figure_reading(props.cell.column, &props.text, lang);
    let reading_id = format!("{}-reading", props.id);
    let described = [
        invalid.then(|| message_id.clone()),
        reading.as_ref().map(|_| reading_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <td class={classes!("editor-cell", invalid.then_some("invalid"))} data-label={props.heading.clone()}>
            <input type="text" value={props.text.clone()} {oninput} {onpaste}
                id={grid_id(props.cell.table().code(), props.place)}
                data-row={props.place.0.to_string()} data-col={props.place.1.to_string()}
                aria-label={props.label.clone()} readonly={props.read_only}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={(!described.is_empty()).then_some(described)}
                data-testid={props.id.clone()} />
            if let Some(reading) = reading {
                <span class="cell-reading" id={reading_id.clone()} data-testid={reading_id.clone()}>{ reading }</span>
            }
            if invalid {
                <span class="cell-problem" id={message_id.clone()}
                    data-testid={format!("{}-problem", props.id)}>
                    { props.problems.join(" ") }
                </span>
            }
        </td>
    }
}
