//! Sharing the chain being edited as a link (`#chain=`): the last valid chain compressed
//! by the browser into the link's fragment, the link shown (to copy by hand too) and put
//! on the clipboard, with a warning where it is too long for common chat apps.
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalog::editor as words;
use crate::editor::fragment::too_long_to_share;
use crate::model::Dataset;
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct ChainShareProps {
    /// The last valid chain; none while there has been none.
    pub dataset: Option<Rc<Dataset>>,
}

/// Puts `text` on the clipboard where the browser allows it (the field shows it anyway).
fn copy(text: &str) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok());
    if let (Some(clipboard), Some(write)) = (clipboard, write) {
        if let Some(write) = write.dyn_ref::<js_sys::Function>() {
            // A refusal (no permission) leaves the link in the field to copy by hand.
            if let Ok(promise) = write.call1(&clipboard, &text.into()) {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                    });
                }
            }
        }
    }
}

#[function_component(ChainShare)]
pub fn chain_share(props: &ChainShareProps) -> Html {
    let lang = use_lang();
    let link = use_state(|| None::<String>);
    let onclick = {
        let (link, dataset) = (link.clone(), props.dataset.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(dataset) = dataset.clone() else {
                return;
            };
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(text) = crate::ui::share::chain_link::link_for(dataset, lang).await {
                    copy(&text);
                    link.set(Some(text));
                }
            });
        })
    };
    let shown = (*link).clone().map(|text| {
        let chars = text.chars().count();
        let note = if too_long_to_share(chars) {
            words::link_too_long_to_share(chars, lang)
        } else {
            words::chain_link_copied(lang).to_string()
        };
        html! {
            <div class="chain-link">
                <label for="chain-link">{ words::chain_link_label(lang) }</label>
                <input id="chain-link" type="text" readonly=true value={text} data-testid="chain-link" />
                <p class="muted" role="status" data-testid="chain-link-note">{ note }</p>
            </div>
        }
    });
    html! {
        <div class="editor-share">
            <button type="button" {onclick} disabled={props.dataset.is_none()} data-testid="copy-chain-link">
                { words::copy_chain_link(lang) }
            </button>
            { for shown }
        </div>
    }
}
