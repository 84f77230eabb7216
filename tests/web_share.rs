//! Browser tests of the Share and export panel: link, embed snippet, focus handling and
//! named views in localStorage (including unreadable stored data, which is kept).
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::saved::STORAGE_KEY;
use value_chain::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{click, mount, type_into, written_search, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn field_value(m: &Mounted, id: &str) -> String {
    let el = m.find(id).unwrap_or_else(|| panic!("no {id}"));
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else {
        el.dyn_ref::<web_sys::HtmlTextAreaElement>()
            .map(|t| t.value())
            .unwrap_or_default()
    }
}

#[wasm_bindgen_test]
async fn link_and_embed_snippet_describe_this_view() {
    storage().remove_item(STORAGE_KEY).unwrap();
    let m = mount::<App>("?lang=en&view=compare&product=furniture").await;
    click(&m, "share-open").await;
    assert!(m.find("share-panel").is_some());
    written_search().await;
    // The compare view's pre-rendered page, with the chosen product as its query.
    let location = web_sys::window().unwrap().location();
    let base = value_chain::pages::app_base(&location.pathname().unwrap());
    assert_eq!(
        field_value(&m, "share-link"),
        format!(
            "{}{base}en/compare/?product=furniture",
            location.origin().unwrap()
        )
    );
    let snippet = field_value(&m, "share-embed");
    assert!(snippet.starts_with("<iframe src=\""), "{snippet}");
    assert!(
        snippet.contains("product=furniture") && snippet.contains("embed=1"),
        "{snippet}"
    );
    assert!(
        snippet.contains("title=\"Aluminium value-chain calculator\""),
        "{snippet}"
    );
    assert!(snippet.contains("loading=\"lazy\""), "{snippet}");
    // The compare chart is on the page, so it is offered for download.
    assert!(m.find("download-svg-compare").is_some());
    assert!(m.find("download-png-compare").is_some());
    m.unmount();
}

#[wasm_bindgen_test]
async fn escape_closes_the_panel_and_focus_returns() {
    let m = mount::<App>("?lang=en").await;
    click(&m, "share-open").await;
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(active.id(), "share-heading", "focus moves into the panel");
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &"Escape".into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"KeyboardEvent".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let event: web_sys::Event =
        js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&"keydown".into(), &init))
            .unwrap()
            .dyn_into()
            .unwrap();
    active.dispatch_event(&event).unwrap();
    web_support::tick().await;
    assert!(m.find("share-panel").is_none());
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(
        active.get_attribute("data-testid").as_deref(),
        Some("share-open")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn saves_lists_opens_and_deletes_named_views() {
    storage().remove_item(STORAGE_KEY).unwrap();
    let m = mount::<App>("?lang=en&view=compare&product=furniture").await;
    click(&m, "share-open").await;
    assert!(m.find("saved-views-empty").is_some());
    type_into(&m, "saved-name", "Furniture comparison").await;
    click(&m, "saved-save").await;
    let stored = storage().get_item(STORAGE_KEY).unwrap().expect("stored");
    let list = value_chain::saved::parse(Some(&stored)).unwrap();
    assert_eq!(list.views.len(), 1);
    assert_eq!(list.views[0].name, "Furniture comparison");
    assert!(
        list.views[0].query.contains("product=furniture")
            && list.views[0].query.contains("view=compare")
    );
    assert!(m
        .find("saved-view-0")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Furniture comparison"));

    // Go elsewhere, then open the saved view.
    click(&m, "share-close").await;
    click(&m, "tab-scenario").await;
    assert!(m.find("view-scenario").is_some());
    click(&m, "share-open").await;
    click(&m, "saved-open-0").await;
    assert!(m.find("view-compare").is_some());
    let search = written_search().await;
    assert!(search.contains("product=furniture"), "{search}");

    click(&m, "share-open").await;
    click(&m, "saved-delete-0").await;
    assert!(m.find("saved-views-empty").is_some());
    let stored = storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert_eq!(
        value_chain::saved::parse(Some(&stored))
            .unwrap()
            .views
            .len(),
        0
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn unreadable_saved_views_are_reported_and_kept() {
    let corrupt = "{\"schema\":1,\"views\":[{\"name\":";
    storage().set_item(STORAGE_KEY, corrupt).unwrap();
    let m = mount::<App>("?lang=en").await;
    click(&m, "share-open").await;
    let message = m
        .find("saved-views-error")
        .expect("message")
        .text_content()
        .unwrap_or_default();
    assert!(message.contains("could not be read"), "{message}");
    assert!(m.find("saved-save").unwrap().has_attribute("disabled"));
    assert_eq!(
        storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(corrupt),
        "left untouched"
    );
    // Only the visitor's explicit choice replaces it.
    click(&m, "saved-views-start-over").await;
    assert!(m.find("saved-views-empty").is_some());
    assert_eq!(
        storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some("{\"schema\":1,\"views\":[]}")
    );
    storage().remove_item(STORAGE_KEY).unwrap();
    m.unmount();
}

#[wasm_bindgen_test]
async fn another_schema_version_is_reported() {
    storage()
        .set_item(STORAGE_KEY, "{\"schema\":7,\"views\":[]}")
        .unwrap();
    let m = mount::<App>("?lang=zh").await;
    click(&m, "share-open").await;
    let message = m
        .find("saved-views-error")
        .expect("message")
        .text_content()
        .unwrap_or_default();
    assert!(message.contains("另一版本"), "{message}");
    storage().remove_item(STORAGE_KEY).unwrap();
    m.unmount();
}
