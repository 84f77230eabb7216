//! Named views saved in this browser's localStorage (format in `crate::saved`). Unreadable
//! stored data is reported and left untouched — never overwritten with an empty list —
//! until the visitor chooses to start a new list; disabled storage and a full quota are
//! reported in words.
use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::saved::{self, SavedViewsError, STORAGE_KEY};
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct SavedViewsProps {
    /// The current view's link query, saved under a name.
    pub query: String,
    /// Opens a saved view (its query).
    pub on_open: Callback<String>,
}

#[derive(Clone, PartialEq)]
enum Stored {
    Ready(saved::SavedViews),
    Unreadable(SavedViewsError),
    NoStorage,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> Stored {
    let Some(storage) = storage() else {
        return Stored::NoStorage;
    };
    match storage.get_item(STORAGE_KEY) {
        Err(_) => Stored::NoStorage,
        Ok(text) => match saved::parse(text.as_deref()) {
            Ok(list) => Stored::Ready(list),
            Err(e) => Stored::Unreadable(e),
        },
    }
}

/// Writes the list; the error names what went wrong (quota, disabled storage).
fn store(list: &saved::SavedViews, lang: Lang) -> Result<(), String> {
    let storage = storage().ok_or_else(|| no_storage(lang).to_string())?;
    storage
        .set_item(STORAGE_KEY, &saved::serialize(list))
        .map_err(|_| Text::SaveFailed.get(lang).to_string())
}

fn no_storage(lang: Lang) -> &'static str {
    Text::StorageUnavailable.get(lang)
}

#[function_component(SavedViews)]
pub fn saved_views(props: &SavedViewsProps) -> Html {
    let lang = use_lang();
    let stored = use_state(load);
    let name = use_state(String::new);
    let message = use_state(|| None::<String>);

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                name.set(input.value());
            }
        })
    };
    let on_save = {
        let (stored, name, message, query) = (
            stored.clone(),
            name.clone(),
            message.clone(),
            props.query.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Read again: another tab may have changed the list since this one loaded it.
            let current = load();
            let list = match &current {
                Stored::Ready(list) => list.clone(),
                Stored::Unreadable(err) => {
                    message.set(Some(err.message(lang)));
                    stored.set(current);
                    return;
                }
                Stored::NoStorage => {
                    message.set(Some(no_storage(lang).into()));
                    stored.set(current);
                    return;
                }
            };
            let now = js_sys::Date::new_0()
                .to_iso_string()
                .as_string()
                .unwrap_or_default();
            match list.with_view(&name, &query, &now) {
                Err(err) => message.set(Some(err.message(lang))),
                Ok(next) => match store(&next, lang) {
                    Err(text) => message.set(Some(text)),
                    Ok(()) => {
                        message.set(Some(texts::view_saved(name.trim(), lang)));
                        name.set(String::new());
                        stored.set(Stored::Ready(next));
                    }
                },
            }
        })
    };
    let delete = |view_name: String| {
        let (stored, message) = (stored.clone(), message.clone());
        Callback::from(move |_| {
            if let Stored::Ready(list) = load() {
                let next = list.without(&view_name);
                match store(&next, lang) {
                    Err(text) => message.set(Some(text)),
                    Ok(()) => {
                        message.set(None);
                        stored.set(Stored::Ready(next));
                    }
                }
            }
        })
    };
    let start_over = {
        let (stored, message) = (stored.clone(), message.clone());
        Callback::from(move |_| {
            let empty = saved::SavedViews::default();
            match store(&empty, lang) {
                Err(text) => message.set(Some(text)),
                Ok(()) => {
                    message.set(None);
                    stored.set(Stored::Ready(empty));
                }
            }
        })
    };

    let list = match &*stored {
        Stored::NoStorage => {
            html! { <p class="share-error" data-testid="saved-views-error">{ no_storage(lang) }</p> }
        }
        Stored::Unreadable(err) => html! {
            <div data-testid="saved-views-error">
                <p class="share-error">{ err.message(lang) }</p>
                <button type="button" class="button" data-testid="saved-views-start-over" onclick={start_over}>
                    { Text::DiscardUnreadable.get(lang) }
                </button>
            </div>
        },
        Stored::Ready(list) if list.views.is_empty() => html! {
            <p class="share-hint" data-testid="saved-views-empty">{ Text::NoSavedViews.get(lang) }</p>
        },
        Stored::Ready(list) => html! {
            <ul class="saved-list" data-testid="saved-views-list">
                { for list.views.iter().enumerate().map(|(i, v)| {
                    let open = { let q = v.query.clone(); props.on_open.reform(move |_| q.clone()) };
                    let when = v.saved_at.get(..10).unwrap_or(&v.saved_at).to_string();
                    html! {
                        <li data-testid={format!("saved-view-{i}")}>
                            <span class="saved-name">{ v.name.clone() }</span>
                            <span class="saved-when">{ when }</span>
                            <button type="button" class="button" data-testid={format!("saved-open-{i}")} onclick={open}
                                aria-label={texts::open_view(&v.name, lang)}>{ Text::Open.get(lang) }</button>
                            <button type="button" class="button" data-testid={format!("saved-delete-{i}")} onclick={delete(v.name.clone())}
                                aria-label={texts::delete_view(&v.name, lang)}>{ Text::Delete.get(lang) }</button>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    let can_save = matches!(&*stored, Stored::Ready(_));

    html! {
        <div class="share-block saved-views" data-testid="saved-views">
            <h3>{ Text::SavedViewsTitle.get(lang) }</h3>
            <form class="share-row" onsubmit={on_save}>
                <label for="saved-name" class="visually-hidden">{ Text::NameLabel.get(lang) }</label>
                <input id="saved-name" type="text" maxlength={saved::MAX_NAME_CHARS.to_string()} value={(*name).clone()} oninput={on_name}
                    placeholder={Text::NamePlaceholder.get(lang)} data-testid="saved-name" disabled={!can_save} />
                <button type="submit" class="button" data-testid="saved-save" disabled={!can_save}>{ Text::Save.get(lang) }</button>
            </form>
            if let Some(text) = &*message {
                <p class="share-status" role="status" data-testid="saved-views-message">{ text.clone() }</p>
            }
            { list }
        </div>
    }
}
