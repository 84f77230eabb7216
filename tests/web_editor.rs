//! Browser tests of the chain editor's view (`view=editor`): cells hold what is typed, a
//! problem shows at its cell while the results keep the last valid chain, undo and redo.
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{click, mount, text_of, type_into, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

/// Forgets the drafts an earlier test kept, so that the editor opens on the chain in force.
fn forget_kept_draft() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| {
            k.starts_with(value_chain::editor::shelf::INDEX_KEY)
                || k == value_chain::editor::shelf::LEGACY_KEY
        })
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
}

fn value(m: &Mounted, test_id: &str) -> String {
    m.find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .dyn_into::<web_sys::HtmlInputElement>()
        .expect("an input")
        .value()
}

fn disabled(m: &Mounted, test_id: &str) -> bool {
    m.find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .has_attribute("disabled")
}

#[wasm_bindgen_test]
async fn a_problem_shows_at_its_cell_and_undo_takes_it_back() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    assert!(m.find("editor-view").is_some(), "the editor view is shown");
    assert!(m.find("editor-products").is_some() && m.find("editor-steps").is_some());
    assert!(disabled(&m, "editor-undo") && disabled(&m, "editor-redo"));
    let cell = "cell-steps-0-yield-high";
    let before = value(&m, cell);
    assert!(!before.is_empty(), "the first step's yield is shown");
    assert!(m.find(&format!("{cell}-problem")).is_none());

    type_into(&m, cell, "1.5").await;
    let problem = text_of(&m, &format!("{cell}-problem"));
    assert!(problem.contains("yield"), "{problem}");
    let input = m.find(cell).expect("the cell");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some(format!("{cell}-problem").as_str())
    );
    assert!(text_of(&m, "editor-status").contains("last valid chain"));
    // What was typed stays in the table.
    assert_eq!(value(&m, cell), "1.5");

    click(&m, "editor-undo").await;
    assert_eq!(value(&m, cell), before);
    assert!(m.find(&format!("{cell}-problem")).is_none());
    assert!(!disabled(&m, "editor-redo"));
    click(&m, "editor-redo").await;
    assert_eq!(value(&m, cell), "1.5");
}

#[wasm_bindgen_test]
async fn rows_are_added_and_removed_in_chinese_too() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=zh&view=editor").await;
    assert!(text_of(&m, "editor-view").contains("编辑产业链"));
    let rows = |m: &Mounted| m.find_all("[data-testid^=\"row-products-\"]").len();
    let before = rows(&m);
    click(&m, "add-products").await;
    assert_eq!(rows(&m), before + 1);
    // A blank product is not a valid chain: its id cell says so, in Chinese.
    let problem = text_of(&m, &format!("cell-products-{before}-id-problem"));
    assert!(problem.contains("代码"), "{problem}");
    click(&m, &format!("remove-products-{before}")).await;
    assert_eq!(rows(&m), before);
    assert!(text_of(&m, "editor-status").contains("已按此更新"));
}

/// Pastes `text` into the field with this test id, as the browser does for text copied
/// from a spreadsheet (a `paste` event carrying the clipboard's text).
async fn paste_into(m: &Mounted, test_id: &str, text: &str) {
    let input = m
        .find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"));
    let data = web_sys::DataTransfer::new().expect("a DataTransfer");
    data.set_data("text/plain", text).expect("set");
    let init = js_sys::Object::new();
    for (key, value) in [
        ("clipboardData", wasm_bindgen::JsValue::from(data)),
        ("bubbles", true.into()),
        ("cancelable", true.into()),
    ] {
        js_sys::Reflect::set(&init, &key.into(), &value).expect("set");
    }
    let window = web_sys::window().expect("a window");
    let class = js_sys::Reflect::get(&window, &"ClipboardEvent".into()).expect("ClipboardEvent");
    let event = js_sys::Reflect::construct(
        class.unchecked_ref::<js_sys::Function>(),
        &js_sys::Array::of2(&"paste".into(), &init),
    )
    .expect("an event");
    input
        .dispatch_event(event.unchecked_ref())
        .expect("dispatched");
    web_support::settle().await;
}

#[wasm_bindgen_test]
async fn rows_pasted_from_a_spreadsheet_fill_the_tables() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    let products = |m: &Mounted| m.find_all("[data-testid^=\"row-products-\"]").len();
    let steps = |m: &Mounted| m.find_all("[data-testid^=\"row-steps-\"]").len();
    let (p, s) = (products(&m), steps(&m));
    click(&m, "add-products").await;
    paste_into(
        &m,
        &format!("cell-products-{p}-id"),
        "x1\tX one\t某一\tfinished\t\tyes\nx2\tX two\t某二\tfinished\t\tno\n",
    )
    .await;
    assert_eq!(products(&m), p + 2, "the blank row filled, one appended");
    assert_eq!(
        value(&m, &format!("cell-products-{}-name-zh", p + 1)),
        "某二"
    );
    click(&m, "add-steps").await;
    // A header row in the page's own words names the columns.
    let header = "From\tTo\tAdded value per ton, base\tYield, base\t\
        Added value per ton source: citation (English)\tAdded value per ton source: year\t\
        Added value per ton source: badge";
    paste_into(
        &m,
        &format!("cell-steps-{s}-from"),
        &format!("{header}\nprimary\tx1\t100\t0.9\tTest\t2024\testimate\r\n"),
    )
    .await;
    assert_eq!(steps(&m), s + 1);
    assert_eq!(value(&m, &format!("cell-steps-{s}-to")), "x1");
    assert_eq!(
        value(&m, &format!("cell-steps-{s}-added_value-base")),
        "100"
    );
    assert!(text_of(&m, "editor-status").contains("results show it"));
    // One paste, one undo step.
    click(&m, "editor-undo").await;
    assert_eq!(value(&m, &format!("cell-steps-{s}-to")), "");
}

/// Presses `key` on the focused element (a bubbling `keydown`).
async fn press(key: &str) {
    press_with(key, &[]).await;
}

fn focused() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .and_then(|e| e.get_attribute("data-testid"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_arrow_keys_move_through_the_grid() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    let input: web_sys::HtmlInputElement = m
        .find("cell-steps-0-from")
        .expect("the first step's from")
        .dyn_into()
        .expect("an input");
    input.focus().expect("focus");
    press("ArrowDown").await;
    assert_eq!(focused(), "cell-steps-1-from");
    let input: web_sys::HtmlInputElement = m
        .find("cell-steps-1-from")
        .expect("the cell")
        .dyn_into()
        .expect("an input");
    let end = input.value().encode_utf16().count() as u32;
    input
        .set_selection_range(end, end)
        .expect("caret at the end");
    press("ArrowRight").await;
    assert_eq!(focused(), "cell-steps-1-to");
    press("Enter").await;
    assert_eq!(focused(), "cell-steps-2-to");
    press("ArrowUp").await;
    assert_eq!(focused(), "cell-steps-1-to");
    // The caret is not at the start: the left arrow moves it within the text.
    let input: web_sys::HtmlInputElement = m
        .find("cell-steps-1-to")
        .expect("the cell")
        .dyn_into()
        .expect("an input");
    input.set_selection_range(1, 1).expect("caret inside");
    press("ArrowLeft").await;
    assert_eq!(focused(), "cell-steps-1-to");
    input.set_selection_range(0, 0).expect("caret at the start");
    press("ArrowLeft").await;
    assert_eq!(focused(), "cell-steps-1-from");
    press("Escape").await;
    assert_ne!(focused(), "cell-steps-1-from");
}

#[wasm_bindgen_test]
async fn ctrl_z_undoes_and_a_blank_chain_shows_what_to_fill_in() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    let cell = "cell-products-0-name-en";
    let before = value(&m, cell);
    type_into(&m, cell, "Primary").await;
    m.find(cell)
        .expect("the cell")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("an element")
        .focus()
        .expect("focus");
    press_with("z", &[("ctrlKey", true)]).await;
    assert_eq!(value(&m, cell), before);
    press_with("z", &[("ctrlKey", true), ("shiftKey", true)]).await;
    assert_eq!(value(&m, cell), "Primary");

    click(&m, "editor-start-blank").await;
    assert_eq!(m.find_all("[data-testid^=\"row-products-\"]").len(), 1);
    assert_eq!(m.find_all("[data-testid^=\"row-steps-\"]").len(), 0);
    // The chain's figures open, each missing one saying so at its cell.
    assert!(m
        .find("editor-chain")
        .expect("the figures")
        .has_attribute("open"));
    let problem = text_of(&m, "cell-chain-0-metal_price-base-problem");
    assert!(problem.contains("number"), "{problem}");
    assert!(text_of(&m, "editor-status").contains("last valid chain"));
}

/// Presses `key` with modifiers on the focused element.
async fn press_with(key: &str, modifiers: &[(&str, bool)]) {
    let document = web_sys::window().unwrap().document().unwrap();
    let target = document.active_element().expect("a focused element");
    let init = js_sys::Object::new();
    let mut fields = vec![
        ("key", wasm_bindgen::JsValue::from(key)),
        ("bubbles", true.into()),
        ("cancelable", true.into()),
    ];
    fields.extend(
        modifiers
            .iter()
            .map(|(k, v)| (*k, wasm_bindgen::JsValue::from(*v))),
    );
    for (name, value) in fields {
        js_sys::Reflect::set(&init, &name.into(), &value).expect("set");
    }
    let class = js_sys::Reflect::get(&web_sys::window().unwrap(), &"KeyboardEvent".into())
        .expect("KeyboardEvent");
    let event = js_sys::Reflect::construct(
        class.unchecked_ref::<js_sys::Function>(),
        &js_sys::Array::of2(&"keydown".into(), &init),
    )
    .expect("an event");
    target
        .dispatch_event(event.unchecked_ref())
        .expect("dispatched");
    web_support::settle().await;
}

#[wasm_bindgen_test]
async fn the_dataset_section_opens_the_editor_and_a_tab_leaves_it() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en").await;
    assert!(m.find("editor-view").is_none());
    assert!(
        m.find("tab-editor").is_none(),
        "the tabs are the views of results"
    );
    click(&m, "open-editor").await;
    assert!(m.find("editor-view").is_some());
    assert!(web_support::written_search().await.contains("view=editor"));
    // No tab is selected; the first takes the focus.
    let tab = m.find("tab-path").expect("the path tab");
    assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("false"));
    assert_eq!(tab.get_attribute("tabindex").as_deref(), Some("0"));
    click(&m, "tab-path").await;
    assert!(m.find("editor-view").is_none());
}

/// The element's text once it satisfies `ok`, or after three seconds.
async fn text_once(m: &Mounted, test_id: &str, ok: impl Fn(&str) -> bool) -> String {
    let mut text = String::new();
    for _ in 0..150 {
        web_support::tick().await;
        text = m
            .find(test_id)
            .and_then(|e| e.text_content())
            .unwrap_or_default();
        if ok(&text) {
            break;
        }
    }
    text
}

#[wasm_bindgen_test]
async fn a_chain_travels_whole_in_a_link_and_a_damaged_link_says_so() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    type_into(&m, "cell-chain-0-name-en", "Shared chain").await;
    click(&m, "copy-chain-link").await;
    let mut link = String::new();
    for _ in 0..150 {
        web_support::tick().await;
        if let Some(field) = m.find("chain-link") {
            link = field
                .dyn_into::<web_sys::HtmlInputElement>()
                .expect("an input")
                .value();
            break;
        }
    }
    let fragment = link
        .split_once('#')
        .map(|(_, f)| f.to_string())
        .unwrap_or_default();
    assert!(fragment.starts_with("chain="), "{link}");
    // The default chain, with its long citations, is about 22,000 characters compressed:
    // a link, but longer than chat apps take, and the page says so.
    assert!(link.len() < value_chain::editor::fragment::MAX_FRAGMENT_CHARS);
    assert!(text_of(&m, "chain-link-note").contains("chat apps"));
    m.unmount();

    // Opened elsewhere: the same chain.
    forget_kept_draft();
    let m: Mounted = mount::<App>(&format!("?lang=en#{fragment}")).await;
    let name = text_once(&m, "dataset-name", |t| t == "Shared chain").await;
    assert_eq!(name, "Shared chain");
    m.unmount();

    // A damaged link: a clear message, the default chain stays.
    let cut = &fragment[..fragment.len() / 2];
    forget_kept_draft();
    let m: Mounted = mount::<App>(&format!("?lang=en#{cut}x")).await;
    let notice = text_once(&m, "notices", |t| t.contains("damaged")).await;
    assert!(notice.contains("damaged"), "{notice}");
    assert_ne!(text_of(&m, "dataset-name"), "Shared chain");
    m.unmount();
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en#chain=not!base64").await;
    let notice = text_once(&m, "notices", |t| t.contains("damaged")).await;
    assert!(notice.contains("damaged"), "{notice}");
    m.unmount();
    // Leave the address without a fragment for the next test.
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_reload_finds_the_draft_as_typed() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    let cell = "cell-steps-0-yield-high";
    type_into(&m, cell, "1.5").await;
    type_into(&m, "cell-products-1-name-en", "Kept name").await;
    m.unmount();
    // The next visit: the draft comes back, invalid cell included, with its problem.
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    web_support::settle().await;
    assert_eq!(value(&m, cell), "1.5");
    assert_eq!(value(&m, "cell-products-1-name-en"), "Kept name");
    assert!(m.find(&format!("{cell}-problem")).is_some());
    m.unmount();
    forget_kept_draft();
}

#[wasm_bindgen_test]
async fn drafts_are_kept_under_names_and_a_discarded_one_returns_to_its_chain() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    let default_name = value(&m, "cell-chain-0-name-en");
    assert!(m.find("drafts-empty").is_some(), "nothing kept yet");
    type_into(&m, "cell-chain-0-name-en", "Draft A").await;
    // Kept as typed, unnamed, then named: the unnamed one becomes the named one.
    assert!(text_of(&m, "draft-0-name").contains("Draft A (unnamed draft)"));
    type_into(&m, "draft-name", "Plan A").await;
    click(&m, "draft-keep").await;
    web_support::settle().await;
    assert_eq!(text_of(&m, "draft-0-name"), "Plan A");
    assert!(m.find("draft-1").is_none());
    // A blank chain is another draft; the list has both, the newest first.
    click(&m, "editor-start-blank").await;
    type_into(&m, "cell-chain-0-name-en", "Blank B").await;
    assert!(text_of(&m, "draft-0-name").contains("Blank B (unnamed draft)"));
    assert_eq!(text_of(&m, "draft-1-name"), "Plan A");
    // Opened again, as kept.
    click(&m, "draft-1-open").await;
    assert_eq!(value(&m, "cell-chain-0-name-en"), "Draft A");
    assert_eq!(value(&m, "draft-name"), "Plan A");
    // Discarded: the chain it started from comes back, and the draft goes from the list.
    click(&m, "editor-discard").await;
    assert_eq!(value(&m, "cell-chain-0-name-en"), default_name);
    assert!(text_of(&m, "editor-drafts").contains("Blank B"));
    assert!(!text_of(&m, "editor-drafts").contains("Plan A"));
    assert!(disabled(&m, "editor-undo"));
    m.unmount();
    forget_kept_draft();
}

#[wasm_bindgen_test]
async fn an_unreadable_list_of_drafts_is_said_and_left_as_it_is() {
    forget_kept_draft();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let key = value_chain::editor::shelf::INDEX_KEY;
    storage
        .set_item(key, "{\"format\":99,\"drafts\":[]}")
        .unwrap();
    let m: Mounted = mount::<App>("?lang=zh&view=editor").await;
    assert!(text_of(&m, "drafts-error").contains("无法读取"));
    type_into(&m, "cell-chain-0-name-en", "Typed").await;
    assert!(
        m.find("draft-not-kept").is_some(),
        "the page says the draft is not kept"
    );
    assert_eq!(
        storage.get_item(key).unwrap().as_deref(),
        Some("{\"format\":99,\"drafts\":[]}"),
        "never overwritten"
    );
    m.unmount();
    forget_kept_draft();
}

#[wasm_bindgen_test]
async fn large_figures_read_as_wan_and_yi_beside_the_full_figure() {
    forget_kept_draft();
    let m: Mounted = mount::<App>("?lang=zh&view=editor").await;
    let cell = "cell-chain-0-region-primary_tonnes_per_year";
    type_into(&m, cell, "6460000").await;
    assert_eq!(
        value(&m, cell),
        "6460000",
        "the field keeps the full figure"
    );
    assert_eq!(text_of(&m, &format!("{cell}-reading")), "646万");
    type_into(&m, cell, "9000").await;
    assert!(
        m.find(&format!("{cell}-reading")).is_none(),
        "none below 10,000"
    );
    m.unmount();
    let m: Mounted = mount::<App>("?lang=en&view=editor").await;
    type_into(&m, cell, "6460000").await;
    assert_eq!(text_of(&m, &format!("{cell}-reading")), "6.46 million");
    m.unmount();
    forget_kept_draft();
}
