//! Browser tests of the two-regions view: both regions from the link, the product and a
//! region changed by their selects, the carbon price's example giving a carbon cost beside
//! (never inside) added value, a bad price refused at the field, and the compact card.
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{click, fire, settle, text_of, type_into, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(query: &str) -> Mounted {
    web_support::mount::<App>(query).await
}

fn attr(m: &Mounted, test_id: &str, name: &str) -> String {
    m.find(test_id)
        .and_then(|e| e.get_attribute(name))
        .unwrap_or_else(|| panic!("no {name} on {test_id}"))
}

fn value(m: &Mounted, test_id: &str) -> f64 {
    attr(m, test_id, "data-value").parse().unwrap()
}

/// Picks an option of a select and fires `change`, as the browser does.
async fn select(m: &Mounted, test_id: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = m
        .find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
        .dyn_into()
        .unwrap();
    select.set_value(value);
    fire(&select, "change");
    settle().await;
}

#[wasm_bindgen_test]
async fn both_regions_from_the_link_hydropower_lower() {
    let m = mount("?lang=en&view=regions&a=baotou&b=wenshan&product=rod").await;
    assert!(m.find("view-regions").is_some());
    assert_eq!(attr(&m, "region-column-a", "data-region"), "baotou");
    assert_eq!(attr(&m, "region-column-b", "data-region"), "wenshan");
    assert!(value(&m, "region-co2-b") < value(&m, "region-co2-a"));
    assert_eq!(attr(&m, "regions-lower", "data-lower"), "b");
    assert_eq!(attr(&m, "tab-regions", "aria-selected"), "true");
    // The other region on side a, then another product: both columns follow.
    select(&m, "region-a", "xinjiang").await;
    assert_eq!(attr(&m, "region-column-a", "data-region"), "xinjiang");
    let rod = (value(&m, "region-av-a"), value(&m, "region-av-b"));
    let heading = text_of(&m, "regions-heading");
    select(&m, "product-picker", "furniture").await;
    let furniture = (value(&m, "region-av-a"), value(&m, "region-av-b"));
    assert!(
        furniture.0 > rod.0 && furniture.1 > rod.1,
        "{rod:?} {furniture:?}"
    );
    assert_ne!(text_of(&m, "regions-heading"), heading);
}

#[wasm_bindgen_test]
async fn the_carbon_price_example_is_a_line_of_its_own() {
    let m = mount("?lang=zh&view=regions&a=baotou&b=wenshan").await;
    assert!(m.find("region-carbon-cost-a").is_none());
    assert!(m.find("carbon-price-off").is_some());
    let av = value(&m, "region-av-a");
    click(&m, "carbon-price-example").await;
    let cost = value(&m, "region-carbon-cost-a");
    let co2 = value(&m, "region-co2-a");
    assert!((cost - co2 * 75.36).abs() < 1e-6, "{cost} vs {co2} × 75.36");
    assert_eq!(attr(&m, "region-carbon-cost-b", "data-currency"), "EUR");
    assert!(text_of(&m, "carbon-price-source").contains("2026"));
    // Added value is as it was.
    assert_eq!(value(&m, "region-av-a"), av);
    // A negative price is refused at the field, in Chinese; the example stays in force.
    type_into(&m, "carbon-price", "-5").await;
    assert!(m.find("carbon-price-error").is_some());
    assert_eq!(value(&m, "region-carbon-cost-a"), cost);
    click(&m, "carbon-price-clear").await;
    assert!(m.find("region-carbon-cost-a").is_none());
}

#[wasm_bindgen_test]
async fn the_compact_card_has_the_answers_alone() {
    let m = mount("?lang=en&view=regions&a=baotou&b=wenshan&embed=1").await;
    assert!(m.find("region-co2-a").is_some() && m.find("region-co2-b").is_some());
    assert!(m.find("region-a").is_none(), "no region picker in the card");
    assert!(m.find("carbon-price-field").is_none());
    assert!(m.find("plans-a").is_none() && m.find("plans-a-none").is_none());
}
