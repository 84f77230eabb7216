//! The chain's own figures (its name, metal, currency, start product, prices, melt loss,
//! VAT, region, each with its source) as a form: one labelled cell a line, the arrow keys
//! moving up and down it as in the tables.
use std::rc::Rc;

use yew::prelude::*;

use super::cell::EditorCell;
use crate::catalog::editor::{column_header, problem_text, table_title};
use crate::editor::{Cell, Editor, TableId};
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct ChainFiguresProps {
    pub editor: Rc<Editor>,
    /// A chain shown read-only.
    #[prop_or_default]
    pub read_only: bool,
}

#[function_component(ChainFigures)]
pub fn chain_figures(props: &ChainFiguresProps) -> Html {
    let lang = use_lang();
    let table = TableId::Chain;
    let onkeydown =
        Callback::from(move |e: KeyboardEvent| super::table::move_in_grid(table.code(), &e));
    // Open while one of its figures has a problem, so that the problem is seen.
    let open = props
        .editor
        .errors()
        .iter()
        .any(|e| e.at.is_some_and(|c| c.table() == table));
    let lines = table
        .columns()
        .into_iter()
        .enumerate()
        .map(|(index, column)| {
            let cell = Cell::new(0, column);
            let header = column_header(column, lang);
            let problems: Vec<String> = props
                .editor
                .errors_at(cell)
                .map(|e| problem_text(&e.problem, lang))
                .collect();
            let id = format!("cell-chain-0-{}", column.code().replace('.', "-"));
            html! {
                <tr>
                    <th scope="row">{ header.clone() }</th>
                    <EditorCell {cell} text={AttrValue::from(props.editor.cell(cell).to_string())}
                        label={AttrValue::from(header)} {problems} id={AttrValue::from(id)}
                        place={(index, 0)} read_only={props.read_only} />
                </tr>
            }
        });
    html! {
        <details class="editor-table editor-figures" data-testid="editor-chain" {open}>
            <summary>{ table_title(table, lang) }</summary>
            <table>
                <tbody {onkeydown}>{ for lines }</tbody>
            </table>
        </details>
    }
}
