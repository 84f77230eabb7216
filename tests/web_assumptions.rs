//! Browser tests of the assumptions panel: typed figures change the state (and the link)
//! and are marked; what makes no sense shows a message and the last valid value stays;
//! reset one figure or all; the other-currency picker.
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::ui::App;
use wasm_bindgen_test::*;
use web_support::{click, mount, run_js, text_of, type_into, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

/// The value in force of a figure, from its row's `data-value`.
fn value_of(m: &Mounted, id: &str) -> f64 {
    let row = m
        .find(&format!("{id}-row"))
        .unwrap_or_else(|| panic!("no row for {id}"));
    row.get_attribute("data-value")
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no data-value on {id}"))
}

fn edited(m: &Mounted, id: &str) -> bool {
    m.find(&format!("{id}-row"))
        .map(|r| r.class_list().contains("edited"))
        .unwrap_or(false)
}

/// The page's query string, percent-decoded (`:` is written `%3A`).
async fn link() -> String {
    let search = web_support::written_search().await;
    js_sys::decode_uri_component(&search)
        .map(String::from)
        .unwrap_or(search)
}

fn edit_count(m: &Mounted) -> String {
    m.find("edit-count")
        .and_then(|e| e.get_attribute("data-value"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn lists_every_figure_with_the_current_path_first() {
    let m = mount::<App>("?lang=en&product=lv-cable").await;
    assert!(m.find("assumptions").is_some());
    assert_eq!(value_of(&m, "edit-price"), 13900.0);
    let on_path = m.find("path-steps").unwrap();
    for step in ["step-primary-rod", "step-rod-lv-cable"] {
        assert!(
            on_path
                .query_selector(&format!("[data-testid={step}]"))
                .unwrap()
                .is_some(),
            "{step} not on the path"
        );
    }
    // The other steps are built when their section is opened.
    let others = m.find("other-steps").unwrap();
    assert!(others
        .query_selector("[data-testid=step-profile-furniture]")
        .unwrap()
        .is_none());
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(
        others.query_selector("summary").unwrap().unwrap(),
    )
    .unwrap()
    .click();
    web_support::tick().await;
    web_support::tick().await;
    assert!(others
        .query_selector("[data-testid=step-profile-furniture]")
        .unwrap()
        .is_some());
    assert_eq!(value_of(&m, "edit-av-primary-rod"), 500.0);
    assert_eq!(value_of(&m, "edit-av-profile-furniture"), 77000.0);
    assert_eq!(value_of(&m, "edit-yield-billet-profile"), 0.8);
    // Yields read as percent; sourced ranges and badges beside the figures.
    let field: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(m.find("edit-yield-primary-rod").unwrap()).unwrap();
    assert_eq!(field.value(), "98%");
    // The article's 500, against SMM's Shandong (300–450) and Henan (350–550) fees.
    assert_eq!(text_of(&m, "edit-av-primary-rod-range"), "range 300–550");
    assert!(text_of(&m, "step-primary-rod").contains("article"));
    assert_eq!(edit_count(&m), "0");
    m.unmount();
}

#[wasm_bindgen_test]
async fn typed_price_changes_the_state_and_is_marked() {
    let m = mount::<App>("?lang=en").await;
    type_into(&m, "edit-price", "15,000").await;
    assert_eq!(value_of(&m, "edit-price"), 15000.0);
    assert!(edited(&m, "edit-price"));
    assert!(m.find("edit-price-reset").is_some());
    assert_eq!(edit_count(&m), "1");
    let l = link().await;
    assert!(l.contains("price=15000"), "{l}");

    // Nonsense: an inline message, and the last valid value stays in force.
    for bad in [
        "abc",
        "NaN",
        "-5",
        "1e309",
        "123456789012345678901234567890",
        "1.2亿",
    ] {
        type_into(&m, "edit-price", bad).await;
        assert!(m.find("edit-price-error").is_some(), "no message for {bad}");
        assert_eq!(
            value_of(&m, "edit-price"),
            15000.0,
            "{bad} changed the price"
        );
    }
    // A valid value clears the message.
    type_into(&m, "edit-price", "1.6万").await;
    assert!(m.find("edit-price-error").is_none());
    assert_eq!(value_of(&m, "edit-price"), 16000.0);

    click(&m, "edit-price-reset").await;
    assert_eq!(value_of(&m, "edit-price"), 13900.0);
    assert!(!edited(&m, "edit-price"));
    let l = link().await;
    assert!(!l.contains("price="), "{l}");
    m.unmount();
}

#[wasm_bindgen_test]
async fn yields_in_percent_and_reset_all() {
    let m = mount::<App>("?lang=en").await;
    let id = "edit-yield-primary-rod";
    type_into(&m, id, "97%").await;
    assert_eq!(value_of(&m, id), 0.97);
    assert!(edited(&m, id));
    for bad in ["0", "101%", "-3%", "abc"] {
        type_into(&m, id, bad).await;
        assert!(
            m.find(&format!("{id}-error")).is_some(),
            "no message for {bad}"
        );
        assert_eq!(value_of(&m, id), 0.97, "{bad} changed the yield");
    }
    type_into(&m, "edit-av-primary-rod", "600").await;
    assert_eq!(edit_count(&m), "2");
    click(&m, "reset-all").await;
    assert_eq!(edit_count(&m), "0");
    assert_eq!(value_of(&m, id), 0.98);
    assert_eq!(value_of(&m, "edit-av-primary-rod"), 500.0);
    assert!(!edited(&m, id));
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_link_with_edits_shows_them_marked() {
    let m = mount::<App>("?lang=zh&av=primary.rod:650&yield=rod.lv-cable:0.95").await;
    assert_eq!(value_of(&m, "edit-av-primary-rod"), 650.0);
    assert!(edited(&m, "edit-av-primary-rod"));
    assert_eq!(value_of(&m, "edit-yield-rod-lv-cable"), 0.95);
    assert!(text_of(&m, "assumptions").contains("已修改 2 个数字"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn currency_code_and_rate_set_the_other_currency() {
    let m = mount::<App>("?lang=en").await;
    type_into(&m, "currency-code", "usd").await;
    let l = link().await;
    assert!(!l.contains("cur="), "a code without a rate sets nothing");
    type_into(&m, "currency-rate", "0.14").await;
    let l = link().await;
    assert!(l.contains("cur=USD"), "{l}");
    assert!(
        text_of(&m, "currency-preview").contains("1,400 USD"),
        "{}",
        text_of(&m, "currency-preview")
    );

    type_into(&m, "currency-code", "U5").await;
    assert!(m.find("currency-code-error").is_some());
    let l = link().await;
    assert!(
        l.contains("cur=USD"),
        "an invalid code keeps the last currency"
    );
    type_into(&m, "currency-rate", "-1").await;
    assert!(m.find("currency-rate-error").is_some());

    click(&m, "currency-clear").await;
    let l = link().await;
    assert!(!l.contains("cur="), "{l}");
    assert!(m.find("currency-code-error").is_none());
    m.unmount();
}

/// Once the app has started it asks for idle time to warm up an edit's code on a copy of
/// its state (`value_chain::warm`); running that changes nothing on the page: no figure,
/// no mark, not the link.
#[wasm_bindgen_test]
async fn the_warm_up_changes_nothing_on_the_page() {
    // Idle callbacks are kept instead of run, to run them when the test says.
    run_js(
        "const w = window; w.__idle = []; w.__ric = w.requestIdleCallback;
         w.requestIdleCallback = (f) => { w.__idle.push(f); return w.__idle.length; };",
    );
    let m = mount::<App>("?lang=en&product=furniture").await;
    web_support::settle().await;
    let page = m.find("app").unwrap().inner_html();
    let address = link().await;
    let asked = run_js(
        "const w = window; w.requestIdleCallback = w.__ric; const n = w.__idle.length;
         for (const f of w.__idle) f({ didTimeout: false, timeRemaining: () => 50 });
         return n;",
    )
    .as_f64()
    .unwrap();
    assert_eq!(asked, 1.0, "idle callbacks the app asked for");
    web_support::settle().await;
    assert_eq!(m.find("app").unwrap().inner_html(), page);
    assert_eq!(link().await, address);
    assert_eq!(edit_count(&m), "0");
    m.unmount();
}
