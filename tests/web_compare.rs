//! Browser tests of the Compare view: ranking, table, chart, picking a product, and the
//! chart's SVG export.
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{click, mount, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

/// The page's query once it satisfies `ok`, or after two seconds (the Path view's first
/// render in a debug build can take a while; the link follows it).
async fn link_once(ok: impl Fn(&str) -> bool) -> String {
    let mut search = String::new();
    for _ in 0..100 {
        web_support::tick().await;
        search = web_sys::window().unwrap().location().search().unwrap();
        if ok(&search) {
            break;
        }
    }
    search
}

fn value(e: &web_sys::Element) -> f64 {
    e.get_attribute("data-value")
        .and_then(|v| v.parse().ok())
        .expect("data-value")
}

#[wasm_bindgen_test]
async fn table_rows_are_ranked_with_the_article_figures() {
    let m: Mounted = mount::<App>("?lang=en&view=compare").await;
    click(&m, "compare-show-table").await;
    let rows = m.find_all("[data-testid^=\"compare-row-\"]");
    // Every product sold: 16 end products and 6 intermediates (rod, billet, profile, sheet,
    // foundry ingot, automotive extrusions).
    assert_eq!(rows.len(), 22, "every product the start reaches");
    let values: Vec<f64> = rows.iter().map(value).collect();
    assert!(
        values.windows(2).all(|w| w[0] >= w[1]),
        "not descending: {values:?}"
    );
    assert_eq!(
        m.find("compare-row-furniture").map(|e| value(&e)),
        Some(80000.0)
    );
    assert_eq!(
        m.find("compare-row-lv-cable").map(|e| value(&e)),
        Some(5000.0)
    );
    // Rod is an intermediate, sold too: the article compares it with cable and furniture.
    assert_eq!(m.find("compare-row-rod").map(|e| value(&e)), Some(500.0));
    assert!(m.find("article-mark-rod").is_some() && m.find("article-mark-furniture").is_some());
    assert!(m.find("article-mark-billet").is_none());
    click(&m, "compare-end-only").await;
    assert_eq!(m.find_all("[data-testid^=\"compare-row-\"]").len(), 16);
    assert!(m.find("compare-row-rod").is_none());
    let furniture = m
        .find("compare-row-furniture")
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert!(furniture.contains("80,000 yuan/t"), "{furniture}");
    assert!(furniture.contains("Primary (electrolytic) aluminium → Alloy billet (6063) → Extrusion profiles → Aluminium furniture"), "{furniture}");
    assert!(
        furniture.contains("×160"),
        "multiplier vs rod 80,000 / 500: {furniture}"
    );
    // Eight columns and the CO₂ per ton along each path (the chain gives a smelting figure).
    let headers = m.find_all(".compare-table thead th[scope=\"col\"]");
    assert_eq!(headers.len(), 9);
    let co2 = m
        .find("compare-co2-furniture")
        .map(|e| value(&e))
        .unwrap_or(0.0);
    assert!(co2 > 10.0, "furniture's CO₂ per ton: {co2}");
    assert!(m.find_all(".compare-table caption").len() == 1);
    m.unmount();
}

#[wasm_bindgen_test]
async fn chart_has_a_bar_per_product_and_highlights_the_current_one() {
    let m = mount::<App>("?lang=en&view=compare&product=furniture").await;
    let svg = m.find_all("svg[data-chart=\"compare\"]");
    assert_eq!(svg.len(), 1);
    let bars = m.find_all("[data-testid^=\"compare-bar-\"]");
    click(&m, "compare-show-table").await;
    let rows = m.find_all("[data-testid^=\"compare-row-\"]");
    assert_eq!(bars.len(), rows.len());
    click(&m, "compare-show-chart").await;
    let selected = m.find_all(".compare-bar.selected");
    assert_eq!(selected.len(), 1);
    assert_eq!(
        selected[0].get_attribute("data-testid").as_deref(),
        Some("compare-bar-furniture")
    );
    assert!(selected[0]
        .text_content()
        .unwrap_or_default()
        .contains("(current)"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_bar_is_a_keyboard_button() {
    let m = mount::<App>("?lang=en&view=compare").await;
    let bar = m.find("compare-bar-wheels").expect("wheels bar");
    assert_eq!(bar.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(bar.get_attribute("role").as_deref(), Some("button"));
    // KeyboardEventInit is not among the crate's web-sys features: build it through JS.
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &"Enter".into()).unwrap();
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
    bar.dispatch_event(&event).unwrap();
    let search = link_once(|s| s.contains("product=wheels") && s.contains("view=path")).await;
    assert!(
        search.contains("product=wheels") && search.contains("view=path"),
        "{search}"
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_chart_exports_as_standalone_svg() {
    let m = mount::<App>("?lang=en&view=compare").await;
    let svg = m
        .find_all("svg[data-chart=\"compare\"]")
        .pop()
        .expect("chart");
    let text = value_chain::ui::download::svg_document(&svg).expect("svg text");
    assert!(text.starts_with("<?xml"), "{}", &text[..60]);
    assert!(text.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(text.contains("fill=\"rgb("), "computed colours inlined");
    assert!(text.contains("Aluminium furniture"));
    assert!(!text.contains("tabindex"));
    // The page's own chart is left as it was.
    assert!(svg.get_attribute("width").as_deref() == Some("100%"));
    m.unmount();
}
