//! Helpers for browser tests: mount a component into its own element (never replacing
//! `document.body`, which the test runner reads), wait for Yew to render, query by test id.
#![allow(dead_code)]
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};
use yew::html::BaseComponent;

pub struct Mounted {
    pub root: Element,
}

impl Mounted {
    pub fn find(&self, test_id: &str) -> Option<Element> {
        self.root.query_selector(&format!("[data-testid=\"{test_id}\"]")).ok().flatten()
    }
    pub fn find_all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("valid selector");
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
    }
    pub fn unmount(self) {
        self.root.remove();
    }
}

/// Lets Yew's scheduler and pending timers run.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Sets the page's query string (the app reads its state from it), mounts `C` in a fresh
/// element and waits for the first render.
pub async fn mount<C>(query: &str) -> Mounted
where
    C: BaseComponent,
    C::Properties: Default,
{
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{}{}", window.location().pathname().unwrap(), query)))
        .unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<C>::with_root(root.clone()).render();
    tick().await;
    Mounted { root }
}

pub fn text_of(m: &Mounted, test_id: &str) -> String {
    m.find(test_id).unwrap_or_else(|| panic!("no element with data-testid={test_id}")).text_content().unwrap_or_default()
}

pub async fn click(m: &Mounted, test_id: &str) {
    m.find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    tick().await;
    tick().await;
}

/// Types `text` into the input with this test id: sets its value and fires a bubbling
/// `input` event, as a keystroke would, then waits for Yew to render.
pub async fn type_into(m: &Mounted, test_id: &str, text: &str) {
    let input: web_sys::HtmlInputElement = m
        .find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .dyn_into()
        .unwrap_or_else(|_| panic!("data-testid={test_id} is not an input"));
    input.set_value(text);
    let event = web_sys::window().unwrap().document().unwrap().create_event("Event").unwrap();
    event.init_event_with_bubbles("input", true);
    input.dispatch_event(&event).unwrap();
    tick().await;
    tick().await;
}
