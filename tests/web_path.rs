//! Browser tests of the Path view: the article's figures on screen, picking products on the
//! chain map (click and keyboard), choosing among several paths, waterfall, sources, badges.
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::{click, click_now, run_js, text_of, tick, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(query: &str) -> Mounted {
    web_support::mount::<App>(query).await
}

fn value_of(m: &Mounted, test_id: &str) -> String {
    m.find(test_id)
        .and_then(|e| e.get_attribute("data-value"))
        .unwrap_or_else(|| panic!("no data-value on {test_id}"))
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// The URL is written by an effect after the render: waits (up to a second) for it.
async fn link_contains(part: &str) -> String {
    for _ in 0..50 {
        if search().contains(part) {
            break;
        }
        tick().await;
    }
    search()
}

/// Presses a key on an element (a bubbling keydown, as the browser sends it).
async fn press(m: &Mounted, test_id: &str, key: &str) {
    let el = m
        .find(test_id)
        .unwrap_or_else(|| panic!("no element with data-testid={test_id}"));
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    let ctor: js_sys::Function =
        js_sys::Reflect::get(&web_sys::window().unwrap(), &"KeyboardEvent".into())
            .unwrap()
            .dyn_into()
            .unwrap();
    let event: web_sys::Event =
        js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&"keydown".into(), &init))
            .unwrap()
            .dyn_into()
            .unwrap();
    el.dispatch_event(&event).unwrap();
    tick().await;
    tick().await;
}

#[wasm_bindgen_test]
async fn result_card_shows_output_multipliers_yield_and_range() {
    let m = mount("?lang=en&product=lv-cable").await;
    // 13,900 metal + 5,000 added.
    assert_eq!(value_of(&m, "output-value-per-ton"), "18900");
    assert_eq!(value_of(&m, "multiplier-vs-rod"), "10");
    let metal: f64 = value_of(&m, "metal-per-ton").parse().unwrap();
    assert!((metal - 1.0 / (0.98 * 0.97)).abs() < 1e-9, "{metal}");
    // Scrap goes round: a ton of cable consumes 1 + (M − 1) · 2 % melt loss of metal.
    let net: f64 = value_of(&m, "net-metal-per-ton").parse().unwrap();
    assert!((net - (1.0 + (metal - 1.0) * 0.02)).abs() < 1e-9, "{net}");
    let per_metal: f64 = value_of(&m, "added-value-per-metal").parse().unwrap();
    assert!((per_metal - 5000.0 / net).abs() < 1e-6, "{per_metal}");
    assert_eq!(text_of(&m, "price-basis").trim(), "2019 prices, incl. VAT");
    let range = m.find("added-value-range").expect("range");
    assert_eq!(range.get_attribute("data-low").as_deref(), Some("4300"));
    assert_eq!(range.get_attribute("data-high").as_deref(), Some("5550"));
    assert!(m.find("path-edited").is_none());
    m.unmount();
}

#[wasm_bindgen_test]
async fn clicking_a_product_changes_the_path_and_the_link() {
    let m = mount("?lang=en&product=rod").await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "500");
    click(&m, "product-furniture").await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "80000");
    assert!(text_of(&m, "result-path").contains("Aluminium furniture"));
    let link = link_contains("product=furniture").await;
    assert!(link.contains("product=furniture"), "{link}");
    let bars = m.find_all("[data-testid^=\"waterfall-stage-\"]");
    assert_eq!(bars.len(), 3, "one bar per stage");
    let increments: Vec<String> = bars
        .iter()
        .filter_map(|b| b.get_attribute("data-value"))
        .collect();
    assert_eq!(increments, ["300", "2700", "77000"]);
    // The path is lit up in both renderings.
    let lit = m
        .find("product-profile")
        .and_then(|e| e.get_attribute("class"))
        .unwrap_or_default();
    assert!(lit.contains("on-path"), "{lit}");
    let edge = m
        .find("map-edge-profile-furniture")
        .and_then(|e| e.get_attribute("class"))
        .unwrap_or_default();
    assert!(edge.contains("on-path"), "{edge}");
    m.unmount();
}

/// The map's drawing (names, wrapped lines, labels) is computed once per graph and
/// language: switching the language must draw it again, and the path stays lit.
#[wasm_bindgen_test]
async fn chain_map_follows_the_language() {
    let m = mount("?lang=en&product=rod").await;
    assert!(text_of(&m, "map-node-furniture").contains("Aluminium furniture"));
    assert!(text_of(&m, "product-furniture").contains("Aluminium furniture"));
    click(&m, "lang-zh").await;
    let node = text_of(&m, "map-node-furniture");
    assert!(node.contains("全铝家具"), "{node}");
    assert!(!node.contains("Aluminium"), "{node}");
    assert!(text_of(&m, "product-furniture").contains("全铝家具"));
    let label = m
        .find("map-node-rod")
        .and_then(|n| n.get_attribute("aria-label"))
        .unwrap_or_default();
    assert!(
        label.contains("铝杆") && label.contains("当前路径"),
        "{label}"
    );
    // And the nodes still pick a product after the switch (their handlers were drawn again).
    press(&m, "map-node-furniture", "Enter").await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "80000");
    m.unmount();
}

#[wasm_bindgen_test]
async fn chain_map_nodes_answer_the_keyboard() {
    let m = mount("?lang=en&product=furniture").await;
    let node = m.find("map-node-rod").expect("svg node");
    assert_eq!(node.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(node.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(node
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("Aluminium rod"));
    press(&m, "map-node-rod", "Enter").await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "500");
    press(&m, "map-node-lv-cable", " ").await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "5000");
    press(&m, "map-node-furniture", "a").await;
    assert_eq!(
        value_of(&m, "added-value-per-ton"),
        "5000",
        "other keys do nothing"
    );
    // Alumina comes before primary metal and cannot be picked (no path from the start).
    assert!(m.find("product-alumina").is_some());
    assert!(m
        .find("map-node-alumina")
        .and_then(|n| n.get_attribute("role"))
        .is_none());
    m.unmount();
}

#[wasm_bindgen_test]
async fn path_chooser_switches_the_casings_path() {
    let m = mount("?lang=en&product=casings").await;
    let options = m.find_all("[data-testid^=\"path-option-\"]");
    let paths: Vec<String> = options
        .iter()
        .filter_map(|o| o.get_attribute("data-path"))
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths.contains(&"primary,sheet,casings".to_string()));
    assert!(paths.contains(&"primary,billet,profile,casings".to_string()));
    // Default: via sheet, 1,800 + 384,000.
    assert_eq!(value_of(&m, "added-value-per-ton"), "385800");
    let via_profile = options
        .iter()
        .find(|o| o.get_attribute("data-path").as_deref() == Some("primary,billet,profile,casings"))
        .and_then(|o| o.get_attribute("data-testid"))
        .unwrap();
    click(&m, &via_profile).await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "386000");
    let link = link_contains("path=primary,billet,profile,casings").await;
    assert!(
        link.contains("path=primary,billet,profile,casings"),
        "{link}"
    );
    let checked = m
        .find(&via_profile)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.checked());
    assert_eq!(checked, Some(true));
    // A product with one path offers no choice.
    click(&m, "product-rod").await;
    assert!(m.find("path-chooser").is_none());
    m.unmount();
}

#[wasm_bindgen_test]
async fn sources_cite_every_figure_with_badges_in_text() {
    let m = mount("?lang=en&product=rod").await;
    let sources = text_of(&m, "sources");
    assert!(sources.contains("Zouping party secretary"), "{sources}");
    for id in [
        "source-metal-price",
        "source-av-primary-rod",
        "source-yield-primary-rod",
    ] {
        assert!(m.find(id).is_some(), "missing {id}");
    }
    let article = m.find("source-av-primary-rod").unwrap();
    assert_eq!(
        article.get_attribute("data-badge").as_deref(),
        Some("article")
    );
    let badge = article.query_selector(".badge").unwrap().unwrap();
    assert!(badge.text_content().unwrap_or_default().contains("article"));
    // An estimate shows its range in the badge.
    let price_badge = m
        .find("source-metal-price")
        .unwrap()
        .query_selector(".badge")
        .unwrap()
        .unwrap();
    let text = price_badge.text_content().unwrap_or_default();
    assert!(
        text.contains("estimate") && text.contains("13,500") && text.contains("14,300"),
        "{text}"
    );
    m.unmount();

    let m = mount("?lang=zh&product=rod").await;
    let badges: Vec<String> = m
        .find_all(".sources .badge")
        .iter()
        .filter_map(|b| b.text_content())
        .collect();
    assert!(badges.iter().any(|b| b.contains("报道")), "{badges:?}");
    assert!(badges.iter().any(|b| b.contains("估算")), "{badges:?}");
    m.unmount();
}

#[wasm_bindgen_test]
async fn edited_figures_are_marked_and_other_currency_shown() {
    let m = mount("?lang=en&product=rod&av=primary.rod:600&cur=USD:0.14").await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "600");
    assert!(text_of(&m, "path-edited").contains("added value"));
    assert!(text_of(&m, "source-av-primary-rod").contains("sourced value 500 yuan/t"));
    assert!(
        text_of(&m, "added-value-other-currency").contains("84 USD"),
        "{}",
        text_of(&m, "added-value-other-currency")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn waterfall_has_a_table_and_an_optional_metal_bar() {
    let m = mount("?lang=en&product=lv-cable").await;
    let chart = m.find_all("svg[data-chart=\"waterfall\"]");
    assert_eq!(chart.len(), 1);
    assert!(chart[0].query_selector("title").unwrap().is_some());
    assert_eq!(value_of(&m, "waterfall-row-rod-lv-cable"), "4500");
    assert_eq!(value_of(&m, "waterfall-total"), "5000");
    assert!(m.find("waterfall-metal").is_none());
    click(&m, "waterfall-metal-toggle").await;
    assert_eq!(value_of(&m, "waterfall-metal"), "13900");
    assert_eq!(value_of(&m, "waterfall-total"), "18900");
    click(&m, "waterfall-table-toggle").await;
    let cls = m
        .find("waterfall-table")
        .and_then(|t| t.parent_element())
        .and_then(|p| p.get_attribute("class"))
        .unwrap_or_default();
    assert!(!cls.contains("visually-hidden"), "{cls}");
    m.unmount();
}

/// Lets the microtasks queued so far run (Yew's render of a click), but no frame.
async fn microtasks() {
    for _ in 0..2 {
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
            &wasm_bindgen::JsValue::NULL,
        ))
        .await
        .unwrap();
    }
}

/// The frame that answers a click carries the answer (the figure, its path, its range and
/// the picker); the card's rows follow after that frame's paint, and then agree with it.
#[wasm_bindgen_test]
async fn a_click_answers_first_and_the_rows_follow_after_the_paint() {
    let m = mount("?lang=en&product=rod").await;
    assert_eq!(value_of(&m, "output-value-per-ton"), "14400");
    click_now(&m, "product-furniture");
    microtasks().await;
    assert_eq!(value_of(&m, "added-value-per-ton"), "80000");
    assert!(text_of(&m, "result-path").contains("Aluminium furniture"));
    let picker: web_sys::HtmlSelectElement = m.find("product-picker").unwrap().dyn_into().unwrap();
    assert_eq!(picker.value(), "furniture");
    assert_eq!(
        value_of(&m, "output-value-per-ton"),
        "14400",
        "the rows come a frame later"
    );
    web_support::settle().await;
    assert_eq!(value_of(&m, "output-value-per-ton"), "93900");
    assert_eq!(value_of(&m, "multiplier-vs-rod"), "160");
    m.unmount();
}

/// The parts that follow a click by one frame (the card's rows, the map, the chooser, the
/// stages, the sources, the assumptions) join one batch: the click asks for one animation
/// frame, not one per part, so the frame that answers it runs one callback. All of them
/// then follow.
#[wasm_bindgen_test]
async fn the_parts_that_follow_a_click_ask_for_one_frame() {
    let m = mount("?lang=en&product=rod").await;
    web_support::settle().await;
    run_js(
        "const w = window; w.__frames = 0; w.__raf = w.requestAnimationFrame;
         w.requestAnimationFrame = (f) => { w.__frames += 1; return w.__raf.call(w, f); };",
    );
    click_now(&m, "product-furniture");
    microtasks().await;
    let frames = run_js("const w = window; w.requestAnimationFrame = w.__raf; return w.__frames;")
        .as_f64()
        .unwrap();
    assert_eq!(frames, 1.0, "animation frames asked for by one click");
    web_support::settle().await;
    assert_eq!(value_of(&m, "output-value-per-ton"), "93900");
    let button = m.find("product-furniture").unwrap();
    assert_eq!(
        button.get_attribute("aria-current").as_deref(),
        Some("true"),
        "the map followed"
    );
    m.unmount();
}
