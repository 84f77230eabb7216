//! One cell of an editor table: a text field holding what was typed, with its problems
//! beside it (the field says it is invalid and names them for assistive technology).
use yew::prelude::*;

use crate::editor::{Cell, EditAction};
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
}

#[function_component(EditorCell)]
pub fn editor_cell(props: &EditorCellProps) -> Html {
    let dispatch = use_dispatch();
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
            <input type="text" value={props.text.clone()} {oninput}
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
