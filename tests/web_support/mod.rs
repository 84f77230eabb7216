//! Helpers for browser tests: mount a component into its own element (never replacing
//! `document.body`, which the test runner reads), wait for Yew to render, query by test id.
#![allow(dead_code)]
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};
use yew::html::BaseComponent;

/// One test's app. Dropping it (or `unmount`) destroys the app and gives the page to the
/// next test: the runner interleaves async tests, every app reads and writes the one page
/// URL, and an app that is only detached could still run effects during another test.
pub struct Mounted {
    pub root: Element,
    destroy: Option<Box<dyn FnOnce()>>,
    _turn: Option<Turn>,
}

thread_local! {
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A test's turn on the page. A test that failed never gives its turn back, so waiting
/// gives up after a few seconds rather than hanging the rest.
pub struct Turn;

pub async fn turn() -> Turn {
    for _ in 0..300 {
        if !BUSY.with(|b| b.replace(true)) {
            return Turn;
        }
        tick().await;
    }
    Turn
}

impl Drop for Turn {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(destroy) = self.destroy.take() {
            destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    pub fn find(&self, test_id: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid=\"{test_id}\"]"))
            .ok()
            .flatten()
    }
    pub fn find_all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .root
            .query_selector_all(selector)
            .expect("valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }
    pub fn unmount(self) {
        drop(self);
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

/// Resolves in a task queued from the next animation frame, i.e. after that frame's paint.
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let then = wasm_bindgen::closure::Closure::once_into_js(move || {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        window
            .request_animation_frame(then.unchecked_ref())
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits `ms` milliseconds (timers run meanwhile).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// The page's query string once the app has written its link (it writes it
/// `LINK_DELAY_MS` after the last change).
pub async fn written_search() -> String {
    sleep(value_chain::ui::LINK_DELAY_MS + 60).await;
    web_sys::window().unwrap().location().search().unwrap()
}

/// Sets the page's query string (the app reads its state from it), mounts `C` in a fresh
/// element and waits for the first render.
pub async fn mount<C>(query: &str) -> Mounted
where
    C: BaseComponent,
    C::Properties: Default,
{
    let turn = turn().await;
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!(
                "{}{}",
                window.location().pathname().unwrap(),
                query
            )),
        )
        .unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<C>::with_root(root.clone()).render();
    tick().await;
    // Parts below the result are built after the first paint (use_after_first_paint).
    after_next_paint().await;
    tick().await;
    Mounted {
        root,
        destroy: Some(Box::new(move || app.destroy())),
        _turn: Some(turn),
    }
}

pub fn text_of(m: &Mounted, test_id: &str) -> String {
    m.find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .text_content()
        .unwrap_or_default()
}

pub async fn click(m: &Mounted, test_id: &str) {
    click_now(m, test_id);
    settle().await;
}

/// Clicks the element with this test id and returns at once: only the click's own task has
/// run (what it renders is on the page; the parts that follow a frame late are not yet).
pub fn click_now(m: &Mounted, test_id: &str) {
    m.find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Runs `body` (a JavaScript function body) in the page and returns what it returns: for
/// wrapping a browser function to count its calls (`requestAnimationFrame`, …).
pub fn run_js(body: &str) -> wasm_bindgen::JsValue {
    js_sys::Function::new_no_args(body)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap_or_else(|e| panic!("{body}: {e:?}"))
}

/// Lets Yew render, then waits for the parts that follow a frame behind (`use_deferred`).
pub async fn settle() {
    tick().await;
    after_next_paint().await;
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
    fire(&input, "input");
    settle().await;
}

/// Dispatches a bubbling event of `kind` (`input`, `change`) at `target`, as the browser
/// does after a person's edit.
pub fn fire(target: &web_sys::EventTarget, kind: &str) {
    let event = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_event("Event")
        .unwrap();
    event.init_event_with_bubbles(kind, true);
    target.dispatch_event(&event).unwrap();
}
