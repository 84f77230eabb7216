//! The drafts kept in this browser: the one being edited kept under a name, the others
//! listed to open or delete, and "discard draft", which returns to the chain the draft
//! started from. The draft changes only through the reducer; this writes the storage.
use std::rc::Rc;

use yew::prelude::*;

use super::kept::{self, Kept};
use crate::catalog::editor as words;
use crate::editor::{EditAction, Editor, MAX_DRAFT_NAME_CHARS};
use crate::state::Action;
use crate::stored_list::StoredList;
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct DraftsProps {
    pub editor: Rc<Editor>,
    /// The kept drafts as last read or written.
    pub kept: Kept,
    /// The browser would not keep the draft at the last edit.
    pub not_kept: bool,
    /// Called with the index after this panel changed it.
    pub on_change: Callback<Kept>,
}

#[function_component(Drafts)]
pub fn drafts(props: &DraftsProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let current = props.editor.draft().name().to_string();
    let typed = use_state(|| current.clone());
    {
        // Another draft opened (or this one discarded): its name in the field.
        let typed = typed.clone();
        use_effect_with(current.clone(), move |name| typed.set(name.clone()));
    }
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                typed.set(input.value());
            }
        })
    };
    let onsubmit = {
        let (typed, dispatch, on_change, current) = (
            typed.clone(),
            dispatch.clone(),
            props.on_change.clone(),
            current.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = typed.trim().to_string();
            if name == current {
                return;
            }
            // Naming the unnamed draft moves it; a named one is kept as a copy.
            if current.is_empty() {
                if let Some(shelf) = kept::remove("") {
                    on_change.emit(Kept::Ready(shelf));
                }
            }
            dispatch.emit(Action::Editor(EditAction::NameDraft(name)));
        })
    };
    let discard = {
        let (dispatch, on_change, current) =
            (dispatch.clone(), props.on_change.clone(), current.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(shelf) = kept::remove(&current) {
                on_change.emit(Kept::Ready(shelf));
            }
            dispatch.emit(Action::Editor(EditAction::Discard));
        })
    };
    let list = match &props.kept {
        Kept::NoStorage => html! {
            <p class="share-error" data-testid="drafts-error">{ words::draft_not_kept(lang) }</p>
        },
        Kept::Unreadable(error) => html! {
            <p class="share-error" data-testid="drafts-error">{ error.message(StoredList::Drafts, lang) }</p>
        },
        Kept::Ready(shelf) if shelf.entries.is_empty() => html! {
            <p class="share-hint" data-testid="drafts-empty">{ words::no_drafts(lang) }</p>
        },
        Kept::Ready(shelf) => {
            let items = shelf.entries.iter().rev().enumerate().map(|(i, entry)| {
                let shown = if entry.name.is_empty() {
                    words::unnamed_draft(&entry.chain, lang)
                } else {
                    entry.name.clone()
                };
                let open = {
                    let (dispatch, name) = (dispatch.clone(), entry.name.clone());
                    Callback::from(move |_: MouseEvent| {
                        if let Some(draft) = kept::read(&name) {
                            dispatch.emit(Action::Editor(EditAction::Resume(Box::new(draft))));
                        }
                    })
                };
                let delete = {
                    let (on_change, name) = (props.on_change.clone(), entry.name.clone());
                    Callback::from(move |_: MouseEvent| {
                        if let Some(shelf) = kept::remove(&name) {
                            on_change.emit(Kept::Ready(shelf));
                        }
                    })
                };
                let when = entry.saved_at.get(..10).unwrap_or(&entry.saved_at).to_string();
                let is_current = entry.name == current;
                html! {
                    <li data-testid={format!("draft-{i}")}
                        aria-current={is_current.then_some("true")}>
                        <span class="saved-name" data-testid={format!("draft-{i}-name")}>{ shown.clone() }</span>
                        <span class="saved-when">{ when }</span>
                        <button type="button" class="button" onclick={open}
                            data-testid={format!("draft-{i}-open")}
                            aria-label={words::open_draft(&shown, lang)}>{ words::open(lang) }</button>
                        <button type="button" class="button" onclick={delete}
                            data-testid={format!("draft-{i}-delete")}
                            aria-label={words::delete_draft(&shown, lang)}>{ words::delete(lang) }</button>
                    </li>
                }
            });
            html! { <ul class="saved-list" data-testid="drafts-list">{ for items }</ul> }
        }
    };
    html! {
        <details class="editor-drafts" data-testid="editor-drafts">
            <summary>{ words::drafts_title(lang) }</summary>
            <form class="share-row" {onsubmit}>
                <label for="draft-name">{ words::draft_name_label(lang) }</label>
                <input id="draft-name" type="text" value={(*typed).clone()} {oninput}
                    maxlength={MAX_DRAFT_NAME_CHARS.to_string()} data-testid="draft-name" />
                <button type="submit" class="button" data-testid="draft-keep">
                    { words::keep_draft_as(lang) }
                </button>
            </form>
            if props.not_kept {
                <p class="share-error" role="status" data-testid="draft-not-kept">{ words::draft_not_kept(lang) }</p>
            }
            { list }
            <button type="button" class="button" onclick={discard} data-testid="editor-discard">
                { words::discard_draft(lang) }
            </button>
        </details>
    }
}
