//! Another chain's data: import a dataset file (JSON, the documented format), read
//! in the browser and validated by the model, with every problem listed item by item while
//! the current data stays in force; export the current data; return to the default.
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{File, FileReader, HtmlInputElement};
use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::model::dataset::MAX_INPUT_BYTES;
use crate::model::{Dataset, DatasetError, ImportNotice};
use crate::state::{Action, DataAction, FrameAction, Notice, Problem, Subject, View};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::share::download;

#[derive(Properties, PartialEq)]
pub struct DatasetImportProps {
    /// The dataset in use, with the visitor's edits (what "export" saves).
    pub dataset: crate::ui::ByAddress<Dataset>,
}

/// What became of the last file chosen.
#[derive(Clone, PartialEq)]
enum Outcome {
    Refused { file: String, errors: Vec<Problem> },
    Reading { file: String },
}

#[function_component(DatasetImport)]
pub fn dataset_import(props: &DatasetImportProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let outcome = use_state(|| None::<Outcome>);

    // One way in for a chosen and a dropped file.
    let import = {
        let outcome = outcome.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |file: File| {
            let name = file.name();
            outcome.set(Some(Outcome::Reading { file: name.clone() }));
            let (outcome, dispatch) = (outcome.clone(), dispatch.clone());
            read_dataset(&file, move |result| match result {
                Ok((ds, assumed, text)) => {
                    outcome.set(None);
                    let mut notices = vec![Notice::DatasetImported(ds.name().clone())];
                    notices.extend(assumed.iter().map(Notice::of_import));
                    crate::ui::assumptions::stored_datasets::bring_in(
                        ds, &text, notices, &dispatch,
                    );
                }
                Err(errors) => outcome.set(Some(Outcome::Refused {
                    file: name.clone(),
                    errors,
                })),
            });
        })
    };
    let on_file = {
        let import = import.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            input.set_value("");
            import.emit(file);
        })
    };
    // The drop zone is a convenience for mouse users; the file input inside it is the
    // keyboard's way in.
    let dragging = use_state(|| false);
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default(); // allows the drop
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default(); // keeps the browser from opening the file
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|files| files.get(0))
            {
                import.emit(file);
            }
        })
    };

    let on_export = {
        let dataset = props.dataset.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            let saved = match dataset.to_json() {
                Err(e) => Err(Problem::Model(e)),
                Ok(json) => download::save_text(&file_name(&dataset), "application/json", &json)
                    .map_err(Problem::Browser),
            };
            if let Err(problem) = saved {
                dispatch.emit(Action::Notify(Notice::Rejected {
                    what: Subject::Export,
                    errors: vec![problem],
                }));
            }
        })
    };
    // The built-in dataset names itself (another region's page may have replaced it).
    let default_name = use_memo(lang, |lang| {
        crate::state::AppState::with_default_dataset(*lang)
            .dataset()
            .name()
            .get(*lang)
            .to_string()
    });
    let on_reset = {
        let (outcome, dispatch) = (outcome.clone(), dispatch.clone());
        Callback::from(move |_| {
            outcome.set(None);
            dispatch.emit(Action::Data(DataAction::ResetDataset));
        })
    };

    let on_edit = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Frame(FrameAction::SetView(View::Editor)));
        })
    };

    let name = props.dataset.name().get(lang).to_string();
    let status = match &*outcome {
        None => html! {},
        Some(Outcome::Reading { file }) => html! {
            <p class="import-status" role="status">{ texts::reading_file(file, lang) }</p>
        },
        Some(Outcome::Refused { file, errors }) => html! {
            <div class="import-refused" role="alert">
                <p>
                    { texts::import_refused(file, errors.len(), lang) }
                </p>
                <ul class="import-errors" data-testid="import-errors">
                    { for errors.iter().map(|e| html! { <li>{ crate::catalog::notices::problem(e, lang) }</li> }) }
                </ul>
            </div>
        },
    };

    html! {
        <fieldset class="dataset-import" data-testid="dataset-import">
            <legend>{ Text::DatasetLegend.get(lang) }</legend>
            <p>
                { Text::InUse.get(lang) }
                <strong data-testid="dataset-name">{ name }</strong>
            </p>
            <p class="muted">
                { Text::ImportHint.get(lang) }
            </p>
            <div class="dataset-actions">
                <div class={classes!("drop-zone", dragging.then_some("dragging"))} data-testid="import-drop"
                    ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
                    <label for="import-file">
                        { Text::ImportFile.get(lang) }
                    </label>
                    <input id="import-file" type="file" accept=".json,application/json"
                        data-testid="import-file" onchange={on_file} />
                </div>
                <button type="button" class="button" data-testid="export-dataset" onclick={on_export}>
                    { Text::ExportDataset.get(lang) }
                </button>
                <button type="button" class="button" data-testid="open-editor" onclick={on_edit}>
                    { Text::ViewEditor.get(lang) }
                </button>
                <button type="button" class="button" data-testid="reset-dataset" onclick={on_reset}>
                    { texts::reset_dataset(&default_name, lang) }
                </button>
            </div>
            { status }
        </fieldset>
    }
}

/// Reads a chosen file as text and validates it; `done` gets the dataset or every problem
/// found, as text. Files over the model's limit are refused before reading a byte.
/// A file read as a dataset: the dataset and what its import assumed, or the problems.
type Read = Result<(Dataset, Vec<ImportNotice>, String), Vec<Problem>>;
/// What to do with the file once read (called once).
type Done = Box<dyn FnOnce(Read)>;

fn read_dataset(file: &File, done: impl FnOnce(Read) + 'static) {
    let size = file.size();
    if size > MAX_INPUT_BYTES as f64 {
        done(Err(vec![Problem::Dataset(DatasetError::TooLarge {
            bytes: size as usize,
            limit: MAX_INPUT_BYTES,
        })]));
        return;
    }
    let reader = match FileReader::new() {
        Ok(reader) => reader,
        Err(_) => return done(Err(vec![Problem::NoFileReader])),
    };
    // Called from loadend or, when reading cannot even start, right here: whichever first.
    let done: Rc<RefCell<Option<Done>>> = Rc::new(RefCell::new(Some(Box::new(done))));
    let finish = move |result: Read| {
        if let Some(done) = done.borrow_mut().take() {
            done(result);
        }
    };
    let finished = reader.clone();
    let finish_on_load = finish.clone();
    // loadend fires once, after success and failure alike, so the closure is called once
    // and then freed.
    let on_loadend = Closure::once_into_js(move || {
        let text = finished.result().ok().and_then(|v| v.as_string());
        finish_on_load(match text {
            Some(text) => match Dataset::from_json_with_notices(&text) {
                Ok((ds, notices)) => Ok((ds, notices, text)),
                Err(errors) => Err(errors.0.into_iter().map(Problem::Dataset).collect()),
            },
            None => Err(vec![Problem::FileUnreadable]),
        });
    });
    reader.set_onloadend(Some(on_loadend.unchecked_ref()));
    if reader.read_as_text(file).is_err() {
        finish(Err(vec![Problem::FileUnreadable]));
    }
}

/// `Binzhou aluminium chain (Zouping, Shandong)` → `binzhou-aluminium-chain-zouping-shandong.json`.
fn file_name(ds: &Dataset) -> String {
    let mut slug = String::new();
    for c in ds.name().en.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "dataset.json".into()
    } else {
        format!("{slug}.json")
    }
}
