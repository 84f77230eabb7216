//! The chain as files: its tables as CSV (every cell as typed, valid or not) and the last
//! valid chain as a dataset file (JSON), which imports back as the same chain and loads in
//! the host-page API.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::editor as words;
use crate::catalog::texts;
use crate::editor::Editor;
use crate::export::{editor_csv, CHAIN_JSON_FILE, EDITOR_CSV_FILE};
use crate::ui::hooks::context::use_lang;
use crate::ui::share::download::save_text;

#[derive(Properties, PartialEq)]
pub struct ChainFilesProps {
    pub editor: Rc<Editor>,
}

#[function_component(ChainFiles)]
pub fn chain_files(props: &ChainFilesProps) -> Html {
    let lang = use_lang();
    let status = use_state(|| None::<String>);
    let report = {
        let status = status.clone();
        move |result: Result<(), String>, what: &str| {
            status.set(Some(match result {
                Ok(()) => texts::downloaded(what, lang),
                Err(e) => texts::download_failed(what, &e, lang),
            }))
        }
    };
    let csv = {
        let (editor, report) = (props.editor.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            let text = editor_csv(editor.draft(), lang);
            report(
                save_text(EDITOR_CSV_FILE, "text/csv;charset=utf-8", &text),
                EDITOR_CSV_FILE,
            );
        })
    };
    let json = {
        let editor = props.editor.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(dataset) = editor.dataset() else {
                return;
            };
            let result = dataset
                .to_json()
                .map_err(|e| crate::catalog::errors::model_error(&e, lang))
                .and_then(|text| save_text(CHAIN_JSON_FILE, "application/json", &text));
            report(result, CHAIN_JSON_FILE);
        })
    };
    html! {
        <div class="editor-files">
            <button type="button" class="button" onclick={csv} data-testid="editor-download-csv">
                { words::download_tables_csv(lang) }
            </button>
            <button type="button" class="button" onclick={json} disabled={props.editor.dataset().is_none()}
                data-testid="editor-download-json">
                { words::download_chain_json(lang) }
            </button>
            if let Some(text) = &*status {
                <p class="share-status" role="status" data-testid="editor-files-status">{ text.clone() }</p>
            }
        </div>
    }
}
