//! The pre-rendered pages (`ui::prerender`, the server renderer natively) carry the model's
//! answer: each product page's `added-value-per-ton` figure is the model's own figure for
//! that product's default path, in both languages, on the full page and the compact card.
#![cfg(not(target_arch = "wasm32"))]
// Tests may unwrap and index: a failure here is a failed test, not a dead page.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use value_chain::i18n::Lang;
use value_chain::model::{evaluate_default_path, Dataset};
use value_chain::pages::prerendered;
use value_chain::pages::PagePath;
use value_chain::state::View;
use value_chain::ui::prerender::{page_html, render, Site};

/// The `data-value` of the element with `data-testid="added-value-per-ton"`.
fn added_value(markup: &str) -> Option<f64> {
    let at = markup.find("data-testid=\"added-value-per-ton\"")?;
    let tag_start = markup[..at].rfind('<')?;
    let tag = &markup[tag_start..tag_start + markup[tag_start..].find('>')?];
    let value = tag.split("data-value=\"").nth(1)?.split('"').next()?;
    value.parse().ok()
}

#[track_caller]
fn check_product_page(page: &PagePath, ds: &Dataset) {
    let id = page.product.as_deref().expect("a product page");
    let model = evaluate_default_path(ds, id).expect("a product with a page has a default path");
    let markup = render(page);
    assert_eq!(
        added_value(&markup),
        Some(model.added_value_per_t),
        "{}: the page's figure is the model's",
        page.path()
    );
}

#[test]
fn every_product_page_shows_the_models_figure() {
    let ds = Dataset::binzhou().expect("the default dataset");
    let products: Vec<PagePath> = prerendered()
        .into_iter()
        .filter(|p| p.product.is_some())
        .collect();
    // Every product the picker offers (rod and the other sold intermediates too).
    let sold = value_chain::model::sold_products(&ds);
    assert!(sold.len() > ds.end_product_ids().len(), "{sold:?}");
    assert_eq!(
        products.len(),
        sold.len() * 2 * 2,
        "each product, both languages, page and card"
    );
    for page in &products {
        check_product_page(page, &ds);
    }
}

#[test]
fn a_page_file_has_its_head_and_the_app_where_it_mounts() {
    let template = "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<title>x</title>\n<meta name=\"description\" content=\"y\">\n<link rel=\"stylesheet\" href=\"./styles.css\">\n</head>\n<body>\n<div id=\"app\">\n<div class=\"boot\"><span>loading</span></div>\n</div>\n<noscript>z</noscript>\n</body>\n</html>\n";
    let page = PagePath {
        lang: Lang::En,
        view: View::Path,
        product: Some("furniture".into()),
        embed: false,
    };
    let html = page_html(template, &page, &Site::new("https://example.org/al"), false);
    assert!(html.contains("<html lang=\"en\">"));
    assert!(
        html.contains("<title>Aluminium furniture: about 80,000 yuan added per ton"),
        "{html}"
    );
    assert!(html.contains("href=\"./../../styles.css\""));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/al/en/furniture/\">"));
    assert!(html.contains("hreflang=\"zh-CN\" href=\"https://example.org/al/zh/furniture/\""));
    assert!(html.contains("hreflang=\"x-default\""));
    assert!(html.contains("property=\"og:title\""));
    assert!(!html.contains("loading"), "the loading message is replaced");
    assert!(
        html.contains("</div>\n<noscript><p class=\"boot\">This page shows the results for the default figures."),
        "the app's div is closed where it was, the note says what needs JavaScript: {html}"
    );
    // The share card: og:image at the site's address, its size, and the answer as alt text.
    assert!(html.contains("<meta property=\"og:image\" content=\"https://example.org/al/cards/en-furniture.png\">"), "{html}");
    assert!(html.contains("<meta property=\"og:image:width\" content=\"1200\">"));
    assert!(html.contains("<meta property=\"og:image:alt\" content=\"Aluminium furniture: about 80,000 yuan added per ton\">"), "{html}");
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(added_value(&html).is_some());
}

#[test]
fn only_the_home_page_carries_the_language_redirect_in_its_head() {
    use value_chain::ui::prerender::LANG_REDIRECT;
    let template = "<html lang=\"zh-CN\">\n<head>\n</head>\n<body>\n<div id=\"app\"></div>\n</body>\n</html>\n";
    let site = Site::new("https://example.org/");
    let tag = format!("<script>{LANG_REDIRECT}</script>");
    let home = page_html(template, &PagePath::home(Lang::Zh), &site, true);
    assert_eq!(home.matches(&tag).count(), 1, "{home}");
    assert!(
        home.find(&tag) < home.find("</head>"),
        "in the head, before the body is parsed"
    );
    let en = page_html(template, &PagePath::home(Lang::En), &site, false);
    assert!(!en.contains("<script>"), "{en}");
    // The script cannot end its own element (what it does is the e2e redirect test's).
    assert!(!LANG_REDIRECT.contains("</"));
}

#[test]
fn the_markup_is_hydratable_exactly_when_the_wasm_hydrates() {
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .expect("Cargo.toml");
    // Trunk builds the crate's default features unless index.html names its own.
    let hydrating_wasm = match index.split("data-cargo-features=\"").nth(1) {
        Some(rest) => rest.split('"').next().unwrap_or("").contains("hydration"),
        None => manifest
            .lines()
            .find(|l| l.starts_with("default = "))
            .expect("a default feature list")
            .contains("\"hydration\""),
    };
    assert_eq!(value_chain::ui::prerender::HYDRATABLE, hydrating_wasm);
}

#[test]
fn every_product_page_has_a_share_card_with_its_figure() {
    use value_chain::ui::prerender::head;
    let ds = Dataset::binzhou().expect("the default dataset");
    for page in prerendered().into_iter().filter(|p| p.product.is_some()) {
        let id = page.product.clone().unwrap_or_default();
        let head = head(&page);
        let card = head
            .card
            .unwrap_or_else(|| panic!("{}: no share card", page.path()));
        assert_eq!(card.file, format!("cards/{}-{id}.png", page.lang.code()));
        // The alt text is the page's answer, the first part of its title.
        assert!(
            head.title.starts_with(&card.alt),
            "{} / {}",
            head.title,
            card.alt
        );
        assert_eq!(
            card.card.product,
            value_chain::i18n::product_name(&ds, &id, page.lang)
        );
        assert!(
            card.card.figure.chars().any(|c| c.is_ascii_digit()),
            "{:?}",
            card.card.figure
        );
        // The figure as the page writes it ("8万", "80,000"), before its unit.
        let number = card.card.figure.split(' ').next().unwrap_or_default();
        assert!(
            !number.is_empty() && card.alt.contains(number),
            "{:?} / {:?}",
            card.alt,
            card.card.figure
        );
        assert!(!card.card.badge.is_empty() && card.card.path.len() >= 2);
    }
    // Compare and scenario pages have no card of their own.
    for page in prerendered().into_iter().filter(|p| p.view != View::Path) {
        assert!(head(&page).card.is_none());
    }
}
