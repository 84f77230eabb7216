//! Browser tests (wasm-bindgen-test in headless Chromium): components rendered into a real
//! DOM. Run by `make test` (layer "wasm").
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::ui::App;
use wasm_bindgen_test::*;
use web_support::{click, mount, run_js, text_of, written_search, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shell_renders_title_tabs_and_language_switch() {
    let m: Mounted = mount::<App>("?lang=zh").await;
    assert_eq!(text_of(&m, "app-title"), "铝产业链增值计算器");
    for tab in ["tab-path", "tab-compare", "tab-scenario"] {
        assert!(m.find(tab).is_some(), "missing {tab}");
    }
    assert_eq!(
        m.find("tab-path")
            .and_then(|e| e.get_attribute("aria-selected"))
            .as_deref(),
        Some("true")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn language_switch_changes_texts_and_link() {
    let m = mount::<App>("?lang=zh").await;
    click(&m, "lang-en").await;
    assert_eq!(text_of(&m, "app-title"), "Aluminium value-chain calculator");
    let search = written_search().await;
    assert!(search.contains("lang=en"), "{search}");
    assert_eq!(
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn tabs_switch_views() {
    let m = mount::<App>("?lang=en&view=path").await;
    assert!(m.find("view-path").is_some());
    click(&m, "tab-compare").await;
    assert!(m.find("view-compare").is_some());
    assert!(m.find("view-path").is_none());
    m.unmount();
}

/// The address is written once the page has settled, and only when it changes: dismissing
/// a notice (the state changes, the link does not) writes nothing; picking a product
/// writes once.
#[wasm_bindgen_test]
async fn the_address_is_written_only_when_it_changes() {
    let m = mount::<App>("?lang=en&product=no-such-product").await;
    assert!(m.find("notices").is_some(), "a notice about the link");
    // The first write puts the link the page shows in the address bar.
    let first = written_search().await;
    assert!(!first.contains("no-such-product"), "{first}");
    run_js(
        "const h = history; window.__writes = 0; h.__replace = h.replaceState;
         h.replaceState = function (...a) { window.__writes += 1; return h.__replace.apply(h, a); };",
    );
    let writes = || run_js("return window.__writes;").as_f64().unwrap();
    let dismiss = m.find_all("[data-testid=notices] button");
    assert_eq!(dismiss.len(), 1);
    wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&dismiss[0])
        .unwrap()
        .click();
    written_search().await;
    assert!(m.find("notices").is_none(), "dismissed");
    assert_eq!(writes(), 0.0, "a dismissed notice leaves the link as it is");
    click(&m, "product-furniture").await;
    let after = written_search().await;
    assert!(after.contains("furniture"), "{after}");
    assert_eq!(writes(), 1.0, "one write for the product picked");
    run_js("history.replaceState = history.__replace;");
    m.unmount();
}
