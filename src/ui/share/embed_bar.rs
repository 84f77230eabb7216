//! In embed mode (`?embed=1`): the link to the full calculator with the same view (its own
//! page, `en/casings/`, in a new tab), and the auto-height messages to the host page
//! (format in README, "Embedding").
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::state::AppState;
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The link query of the current view, embed parameters removed.
    pub full_query: AttrValue,
}

#[function_component(EmbedBar)]
pub fn embed_bar(props: &EmbedBarProps) -> Html {
    let lang = use_lang();
    use_auto_height();
    // Reading the query back and finding its page costs a dataset parse: only when the
    // view changes.
    let href = use_memo(props.full_query.clone(), |query| {
        full_page_href(&app_base(query), query)
    });
    html! {
        <p class="embed-bar">
            <a href={(*href).clone()} target="_blank" rel="noopener" data-testid="open-full">
                { Text::OpenFullCalculator.get(lang) }
            </a>
        </p>
    }
}

/// The full calculator's address for the view of `full_query`: the page that shows it
/// (`pages::link_for`: `en/casings/`, with a query only for what the page does not show)
/// after the app's address `base`. Never relative to the card's own address: from
/// `en/furniture/embed/` a `./?…` link opened the card again.
pub fn full_page_href(base: &str, full_query: &str) -> String {
    let state = crate::link::from_query::<&str>(full_query, &[]);
    format!("{base}{}", crate::pages::link_for(&state))
}

/// The app's address, from the card's known page depth: in the browser the path before
/// the page path (`/tools/aluminium/` for `/tools/aluminium/en/furniture/embed/`, `/` for
/// `/?embed=1…`); in the pre-render, which has no address, as many `../` as the card's
/// page is deep (`../../../` for `en/furniture/embed/`). The browser's value replaces the
/// pre-render's when the app takes the page over.
fn app_base(full_query: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = full_query;
        let pathname = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        crate::pages::app_base(&pathname)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // The pre-rendered card's page is the card of this same view.
        let mut card = crate::link::from_query::<&str>(full_query, &[]);
        card.embed = true;
        crate::pages::relative_base(&crate::pages::link_for(&card))
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
/// card's height changes. The height is not secret, so any parent may read it; the host
/// script checks that each message comes from its own iframe.
///
/// A frame below the fold is not rendered (Chromium throttles a cross-origin frame out of
/// view, and a host may load it lazily): a ResizeObserver alone reported nothing until the
/// frame was scrolled to, and the host showed it at its initial height, then jumped. So the
/// height is also measured at once and after every change to the page (a MutationObserver
/// runs without rendering; reading the height lays the page out), and the frame has its
/// height before it is shown.
#[hook]
fn use_auto_height() {
    use_effect_with((), |_| {
        let observers = (|| {
            let window = web_sys::window()?;
            let parent = window.parent().ok().flatten()?;
            if parent == window {
                return None; // not in a frame
            }
            let body = window.document()?.body()?;
            let last = std::rc::Rc::new(std::cell::Cell::new(0));
            let post = Closure::<dyn Fn()>::new(move || {
                let Some(w) = web_sys::window() else { return };
                // The card's own height, not the viewport's: the frame can shrink too.
                let Some(height) = w
                    .document()
                    .and_then(|d| d.body())
                    .map(|b| b.scroll_height())
                else {
                    return;
                };
                if height == last.replace(height) {
                    return;
                }
                let message = js_sys::Object::new();
                js_sys::Reflect::set(&message, &"type".into(), &"value-chain:height".into()).ok();
                js_sys::Reflect::set(&message, &"height".into(), &height.into()).ok();
                js_sys::Reflect::set(&message, &"version".into(), &1.into()).ok();
                if let Ok(Some(p)) = w.parent() {
                    p.post_message(&message, "*").ok();
                }
            });
            let callback: &js_sys::Function = post.as_ref().unchecked_ref();
            let resize = web_sys::ResizeObserver::new(callback).ok()?;
            resize.observe(&body);
            let mutation = web_sys::MutationObserver::new(callback).ok()?;
            let options = web_sys::MutationObserverInit::new();
            options.set_child_list(true);
            options.set_subtree(true);
            options.set_attributes(true);
            options.set_character_data(true);
            mutation.observe_with_options(&body, &options).ok();
            // Fonts and anything else that loads late.
            window
                .add_event_listener_with_callback("load", callback)
                .ok();
            callback.call0(&wasm_bindgen::JsValue::NULL).ok();
            post.forget(); // observed for the page's life
            Some((resize, mutation))
        })();
        move || {
            if let Some((resize, mutation)) = observers {
                resize.disconnect();
                mutation.disconnect();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The card of a query link, and where its "open the full calculator" link goes.
    #[track_caller]
    fn check_full_page(card: &str, base: &str, want: &str) {
        let state = crate::link::from_query::<&str>(card, &[]);
        assert_eq!(
            full_page_href(base, &full_view_query(&state)),
            want,
            "{card}"
        );
    }

    #[test]
    fn the_full_calculator_is_the_page_of_the_same_view() {
        check_full_page("lang=en&product=casings&embed=1", "/", "/en/casings/");
        check_full_page("lang=zh&product=casings&embed=1", "/", "/zh/casings/");
        check_full_page(
            "lang=en&product=furniture&embed=1&lock=1&theme=%23c0392b",
            "/tools/aluminium/",
            "/tools/aluminium/en/furniture/",
        );
        // The pre-rendered card, three levels down.
        check_full_page(
            "lang=en&product=rod&embed=1",
            "../../../",
            "../../../en/rod/",
        );
        // What the page does not show stays in the query.
        check_full_page(
            "lang=en&product=furniture&price=15000&embed=1",
            "/",
            "/en/furniture/?price=15000",
        );
        check_full_page("lang=zh&view=compare&embed=1", "/", "/zh/compare/");
    }
}
