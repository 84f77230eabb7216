//! In embed mode (`?embed=1`): the link to the full calculator with the same view, and the
//! auto-height messages to the host page (format in README, "Embedding").
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub lang: Lang,
    /// The link query of the current view, embed parameters removed.
    pub full_query: AttrValue,
}

#[function_component(EmbedBar)]
pub fn embed_bar(props: &EmbedBarProps) -> Html {
    use_auto_height();
    html! {
        <p class="embed-bar">
            <a href={format!("./?{}", props.full_query)} target="_blank" rel="noopener" data-testid="open-full">
                { Text::OpenFullCalculator.get(props.lang) }
            </a>
        </p>
    }
}

/// The query of the same view without `embed`, `lock` and `theme`.
pub fn full_view_query(state: &AppState) -> String {
    let mut full = state.clone();
    full.embed = false;
    full.locked = false;
    full.theme = None;
    crate::link::to_query(&full)
}

/// Posts `{type: "value-chain:height", height, version: 1}` to the parent whenever the
/// page's height changes. The height is not secret, so any parent may read it; the host
/// script checks that each message comes from its own iframe.
#[hook]
fn use_auto_height() {
    use_effect_with((), |_| {
        let observer = (|| {
            let window = web_sys::window()?;
            let parent = window.parent().ok().flatten()?;
            if parent == window {
                return None; // not in a frame
            }
            let body = window.document()?.body()?;
            let post = Closure::<dyn Fn()>::new(move || {
                let Some(w) = web_sys::window() else { return };
                let Some(height) = w
                    .document()
                    .and_then(|d| d.document_element())
                    .map(|e| e.scroll_height())
                else {
                    return;
                };
                let message = js_sys::Object::new();
                js_sys::Reflect::set(&message, &"type".into(), &"value-chain:height".into()).ok();
                js_sys::Reflect::set(&message, &"height".into(), &height.into()).ok();
                js_sys::Reflect::set(&message, &"version".into(), &1.into()).ok();
                if let Ok(Some(p)) = w.parent() {
                    p.post_message(&message, "*").ok();
                }
            });
            let observer = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()).ok()?;
            observer.observe(&body);
            post.forget(); // observed for the page's life
            Some(observer)
        })();
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
        }
    });
}
