//! The pre-rendered pages (`ui::prerender`, the server renderer natively) carry the model's
//! answer: each product page's `added-value-per-ton` figure is the model's own figure for
//! that product's default path, in both languages, on the full page and the compact card.
#![cfg(not(target_arch = "wasm32"))]

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
    let plain = products.iter().filter(|p| p.region.is_none()).count();
    assert_eq!(
        plain,
        sold.len() * 2 * 2,
        "each product, both languages, page and card"
    );
    // And a page per product and language in each region but the default one, with the
    // region's own figure.
    let regions = value_chain::pages::region_pages();
    assert_eq!(regions.len(), value_chain::regions::list().len() - 1);
    assert_eq!(products.len() - plain, sold.len() * 2 * regions.len());
    for page in &products {
        match &page.region {
            None => check_product_page(page, &ds),
            Some(region) => {
                let Some(Ok(regional)) = value_chain::regions::resolve(region) else {
                    panic!("{region} resolves");
                };
                check_product_page(page, &regional);
            }
        }
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
        region: None,
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

/// What the head of `page` says of itself to the page script: the attributes of its
/// `value-chain-page` meta tag, which must come before the script, both in the head.
#[track_caller]
fn page_head(page: &PagePath, home: bool, want: &[(&str, Option<&str>)]) {
    use value_chain::ui::prerender::PAGE_SCRIPT;
    let template = "<html lang=\"zh-CN\">\n<head>\n</head>\n<body>\n<div id=\"app\"></div>\n</body>\n</html>\n";
    let html = page_html(template, page, &Site::new("https://example.org/"), home);
    let tag = format!("<script>{PAGE_SCRIPT}</script>");
    assert_eq!(html.matches(&tag).count(), 1, "{html}");
    let meta_at = html
        .find("<meta name=\"value-chain-page\"")
        .expect("the page's meta tag");
    assert!(
        meta_at < html.find(&tag).unwrap_or(0),
        "the meta tag before the script"
    );
    assert!(
        html.find(&tag) < html.find("</head>"),
        "in the head, before the body is parsed"
    );
    let meta = &html[meta_at..meta_at + html[meta_at..].find('>').unwrap_or(0)];
    for (attribute, value) in want {
        let found = meta.contains(&format!(" {attribute}"));
        match value {
            None => assert!(!found, "{attribute} in {meta}"),
            Some(value) => assert!(
                meta.contains(&format!(" {attribute}=\"{value}\"")) || (value.is_empty() && found),
                "{attribute}={value} not in {meta}"
            ),
        }
    }
}

#[test]
fn every_page_tells_its_script_what_it_shows() {
    let page = |lang, view, product: Option<&str>, embed| PagePath {
        lang,
        view,
        product: product.map(str::to_string),
        embed,
        region: None,
    };
    // The home page at the site's base: no path of its own, and the language redirect.
    page_head(
        &PagePath::home(Lang::Zh),
        true,
        &[
            ("content", Some("")),
            ("data-home", Some("")),
            ("data-lang", Some("zh")),
            ("data-embed", None),
        ],
    );
    page_head(
        &PagePath::home(Lang::Zh),
        false,
        &[("content", Some("zh/")), ("data-home", None)],
    );
    page_head(
        &PagePath::home(Lang::En),
        false,
        &[
            ("content", Some("en/")),
            ("data-lang", Some("en")),
            ("data-view", Some("path")),
            ("data-product", Some("")),
        ],
    );
    page_head(
        &page(Lang::En, View::Path, Some("furniture"), true),
        false,
        &[
            ("content", Some("en/furniture/embed/")),
            ("data-product", Some("furniture")),
            ("data-embed", Some("")),
        ],
    );
    page_head(
        &page(Lang::Zh, View::Compare, None, false),
        false,
        &[
            ("content", Some("zh/compare/")),
            ("data-view", Some("compare")),
            ("data-region", Some("")),
        ],
    );
    // A region's page says its region; the plain ones say none.
    page_head(
        &PagePath {
            region: Some("baotou".into()),
            ..page(Lang::En, View::Path, Some("furniture"), false)
        },
        false,
        &[
            ("content", Some("en/baotou/furniture/")),
            ("data-product", Some("furniture")),
            ("data-region", Some("baotou")),
            ("data-embed", None),
        ],
    );
    page_head(
        &page(Lang::Zh, View::Path, Some("rod"), false),
        false,
        &[("content", Some("zh/rod/")), ("data-region", Some(""))],
    );
}

#[test]
fn the_page_script_knows_every_page_and_every_key() {
    use value_chain::ui::prerender::{page_meta, PAGE_SCRIPT};
    let meta = page_meta(&PagePath::home(Lang::En), false);
    let list = |attribute: &str| -> Vec<String> {
        let at = meta
            .find(&format!("{attribute}=\""))
            .map(|i| i + attribute.len() + 2)
            .expect(attribute);
        meta[at..at + meta[at..].find('"').unwrap_or(0)]
            .split(' ')
            .map(str::to_string)
            .collect()
    };
    // A product page it does not know would never be redirected to; one it thinks exists
    // and does not would be a dead end.
    let mut pages: Vec<String> = value_chain::pages::prerendered()
        .into_iter()
        .filter_map(|p| p.product)
        .collect();
    pages.sort();
    pages.dedup();
    assert_eq!(list("data-products"), pages);
    let keys: Vec<String> = value_chain::link::PARAMS
        .iter()
        .map(|p| p.key.to_string())
        .collect();
    assert_eq!(list("data-keys"), keys);
    // The regions a query link may name: the default one first (its pages have no region in
    // their path), then every one with pages of its own.
    let mut regions = vec![value_chain::regions::DEFAULT.to_string()];
    regions.extend(
        value_chain::pages::region_pages()
            .into_iter()
            .map(str::to_string),
    );
    let shipped: Vec<String> = value_chain::regions::list()
        .into_iter()
        .map(|r| r.id.to_string())
        .collect();
    assert_eq!(list("data-regions"), regions);
    assert_eq!(regions.len(), shipped.len(), "{shipped:?}");
    // The script cannot end its own element (what it does is the e2e tests' in
    // prerender.spec.ts and not-found.spec.ts).
    assert!(!PAGE_SCRIPT.contains("</"));
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
        let file = match &page.region {
            Some(region) => format!("cards/{}-{region}-{id}.png", page.lang.code()),
            None => format!("cards/{}-{id}.png", page.lang.code()),
        };
        assert_eq!(card.file, file);
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

/// A template as Trunk writes it: the stylesheet, the wasm's preloads, the inline boot
/// script, the loading message and the `<noscript>` note.
const TRUNK_TEMPLATE: &str = "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<title>x</title>\n<meta name=\"description\" content=\"y\">\n<link rel=\"stylesheet\" href=\"./styles-0123456789abcdef.css\" integrity=\"sha384-x\">\n<link rel=\"modulepreload\" href=\"./value-chain-0123456789abcdef.js\" crossorigin=\"anonymous\">\n<link rel=\"preload\" href=\"./value-chain-0123456789abcdef_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\n<link rel=\"icon\" href=\"./assets/icon.svg\">\n<script type=\"module\">\nimport init from './value-chain-0123456789abcdef.js';\nawait init();\n</script>\n</head>\n<body>\n<div id=\"app\">\n<div class=\"boot\"><span>loading</span></div>\n</div>\n<noscript>z</noscript>\n</body>\n</html>\n";

#[track_caller]
fn check_site_path(url: &str, want: &str) {
    use value_chain::ui::standalone_page::site_path;
    assert_eq!(site_path(&Site::new(url)), want, "{url}");
}

#[test]
fn the_site_path_is_the_path_of_site_url() {
    check_site_path("http://127.0.0.1:8080/", "/");
    check_site_path("http://127.0.0.1:8080", "/");
    check_site_path("https://example.org/tools/aluminium/", "/tools/aluminium/");
    check_site_path("https://example.org/tools/aluminium", "/tools/aluminium/");
    check_site_path("https://example.org/al/?x=1#y", "/al/");
    check_site_path("/tools/aluminium/", "/tools/aluminium/");
    check_site_path("example.org", "/");
}

/// The 404 page of `lang` for a site at `https://example.org/tools/aluminium/`.
#[track_caller]
fn check_not_found_page(lang: Lang, home: &str, title: &str) {
    use value_chain::ui::not_found::{links, page_html};
    let html = page_html(
        TRUNK_TEMPLATE,
        lang,
        &Site::new("https://example.org/tools/aluminium/"),
    );
    let base = "/tools/aluminium/";
    assert!(
        html.contains(&format!("<html lang=\"{}\">", lang.tag())),
        "{html}"
    );
    assert!(html.contains(&format!("<title>{title} · ")), "{html}");
    assert!(html.contains(&format!("<h1>{title}</h1>")), "{html}");
    // Served at any depth: the app's styles and icon from the site's path, no app.
    assert!(html.contains(&format!(
        "<link rel=\"stylesheet\" href=\"{base}styles-0123456789abcdef.css\""
    )));
    assert!(html.contains(&format!("href=\"{base}assets/icon.svg\"")));
    assert!(
        !html.contains("=\"./"),
        "a relative address is left: {html}"
    );
    assert!(!html.contains("modulepreload") && !html.contains("rel=\"preload\""));
    assert!(
        !html.contains("init()") && !html.contains("loading"),
        "{html}"
    );
    assert!(!html.contains("<noscript>"), "{html}");
    // One script, a file the CSP allows by `'self'`.
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert!(html.contains(&format!(
        "<script src=\"{base}assets/not-found.js\" defer></script>"
    )));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    // Home, and every page of its language the nearest one is picked from.
    assert!(
        html.contains(&format!(
            "data-testid=\"not-found-home\" href=\"{base}{home}\""
        )),
        "{html}"
    );
    let links = links(lang);
    let ds = Dataset::binzhou().expect("the default dataset");
    assert_eq!(
        links.len(),
        value_chain::model::sold_products(&ds).len() + 2,
        "every product page, compare and scenario"
    );
    for link in &links {
        assert!(
            link.path.starts_with(&format!("{}/", lang.code())),
            "{link:?}"
        );
        assert!(!link.path.contains("embed"), "{link:?}");
        assert!(
            html.contains(&format!(
                "<a href=\"{base}{}\" data-slug=\"{}\">",
                link.path, link.slug
            )),
            "{link:?}"
        );
    }
    let furniture = links.iter().find(|l| l.slug == "furniture");
    assert_eq!(
        furniture.map(|l| (l.path.clone(), l.name.clone())),
        Some((
            format!("{}/furniture/", lang.code()),
            value_chain::i18n::product_name(&ds, "furniture", lang)
        ))
    );
    // The offer of the nearest page is there, hidden until the script fills it.
    assert!(html.contains("data-testid=\"not-found-suggestion\" hidden>"));
    // The regions' pages, hidden, for a mistyped region address: every product's page in
    // every region but the default one (whose pages are the plain ones), named region first.
    use value_chain::ui::not_found::region_links;
    let regions = value_chain::pages::region_pages();
    let region_links = region_links(lang);
    assert_eq!(
        region_links.len(),
        regions.len() * value_chain::model::sold_products(&ds).len()
    );
    assert!(html.contains("<ul data-testid=\"not-found-region-pages\" hidden>"));
    for link in &region_links {
        assert!(regions.contains(&link.region.as_str()), "{link:?}");
        assert_eq!(
            link.path,
            format!("{}/{}/{}/", lang.code(), link.region, link.slug)
        );
        assert!(
            html.contains(&format!(
                "<a href=\"{base}{}\" data-slug=\"{}\" data-region=\"{}\">",
                link.path, link.slug, link.region
            )),
            "{link:?}"
        );
    }
    let baotou = region_links
        .iter()
        .find(|l| l.region == "baotou" && l.slug == "furniture")
        .map(|l| l.name.clone())
        .unwrap_or_default();
    let baotou_name = region_name("baotou", lang);
    assert_eq!(
        baotou,
        format!(
            "{baotou_name} · {}",
            value_chain::i18n::product_name(&ds, "furniture", lang)
        )
    );
    // A typed default region means the plain pages; a region without its product, its page
    // of the home page's product.
    assert!(
        html.contains("data-default-region=\"binzhou\" data-default-product=\"lv-cable\""),
        "{html}"
    );
}

/// A shipped region's name in `lang`.
fn region_name(id: &str, lang: Lang) -> String {
    value_chain::regions::list()
        .into_iter()
        .find(|r| r.id == id)
        .map(|r| r.name.get(lang).to_string())
        .unwrap_or_default()
}

/// The "not saved for offline use" page of `lang` for a site at
/// `https://example.org/tools/aluminium/`: in its language, its files and links absolute
/// from the site's path, its one script a file, a live region saying what is missing, and
/// every page of its language (hidden until the script finds it saved), each named with its
/// region, the plain pages with the default one's.
#[track_caller]
fn check_offline_page(lang: Lang, home: &str, title: &str, named: &str) {
    use value_chain::ui::offline_page::{entries, page_html};
    let html = page_html(
        TRUNK_TEMPLATE,
        lang,
        &Site::new("https://example.org/tools/aluminium/"),
    );
    let base = "/tools/aluminium/";
    assert!(html.contains(&format!("<html lang=\"{}\">", lang.tag())));
    assert!(html.contains(&format!("<title>{title} · ")), "{html}");
    assert!(html.contains(&format!("<h1>{title}</h1>")), "{html}");
    assert!(html.contains(&format!(
        "<link rel=\"stylesheet\" href=\"{base}styles-0123456789abcdef.css\""
    )));
    assert!(
        !html.contains("=\"./"),
        "a relative address is left: {html}"
    );
    assert!(
        !html.contains("init()") && !html.contains("<noscript>"),
        "{html}"
    );
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert!(html.contains(&format!(
        "<script src=\"{base}assets/offline.js\" defer></script>"
    )));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    // Not the 404 page.
    assert!(!html.contains("data-testid=\"not-found\""), "{html}");
    assert!(html.contains(&format!(
        "data-testid=\"offline-home\" href=\"{base}{home}\""
    )));
    assert!(html.contains("role=\"status\" data-testid=\"offline-status\""));
    assert!(html.contains(&format!("data-named=\"{named}")), "{html}");
    let ds = Dataset::binzhou().expect("the default dataset");
    let products = value_chain::model::sold_products(&ds).len();
    let entries = entries(lang);
    assert_eq!(
        entries.len(),
        products * (value_chain::pages::region_pages().len() + 1) + 2,
        "every product page, plain and per region, compare and scenario"
    );
    for entry in &entries {
        assert!(
            entry.path.starts_with(&format!("{}/", lang.code())),
            "{entry:?}"
        );
        assert!(!entry.path.contains("embed"), "{entry:?}");
        assert!(
            html.contains(&format!(
                "<li data-path=\"{path}\" data-product=\"{}\" hidden><a href=\"{base}{path}\">",
                entry.product,
                path = entry.path
            )),
            "{entry:?}"
        );
    }
    let name_of = |path: String| {
        entries
            .iter()
            .find(|e| e.path == path)
            .map(|e| e.name.clone())
            .unwrap_or_default()
    };
    let furniture = value_chain::i18n::product_name(&ds, "furniture", lang);
    for (path, region) in [("furniture/", "binzhou"), ("wenshan/furniture/", "wenshan")] {
        assert_eq!(
            name_of(format!("{}/{path}", lang.code())),
            format!("{} · {furniture}", region_name(region, lang)),
            "{path}"
        );
    }
}

#[test]
fn the_offline_pages_are_in_their_language_and_list_every_page() {
    check_offline_page(
        Lang::Zh,
        "",
        "此页尚未保存，离线时无法查看",
        "您现在处于离线状态，“{page}”的数字还没有保存在本设备上",
    );
    check_offline_page(
        Lang::En,
        "en/",
        "This page is not saved for offline use",
        "You are offline, and the figures of “{page}” are not saved on this device",
    );
    use value_chain::ui::offline_page::file;
    assert_eq!(file(Lang::Zh), "offline.html");
    assert_eq!(file(Lang::En), "en/offline.html");
}

#[test]
fn the_not_found_pages_are_in_their_language_with_absolute_addresses() {
    check_not_found_page(Lang::Zh, "", "找不到这个页面");
    check_not_found_page(Lang::En, "en/", "Page not found");
    use value_chain::ui::not_found::file;
    assert_eq!(file(Lang::Zh), "404.html");
    assert_eq!(file(Lang::En), "en/404.html");
}

#[test]
fn the_sitemap_lists_no_not_found_page() {
    let sitemap = value_chain::ui::prerender::sitemap(&Site::new("https://example.org/al/"));
    assert!(sitemap.contains("https://example.org/al/en/furniture/"));
    assert!(!sitemap.contains("404"), "{sitemap}");
    assert!(!sitemap.contains("offline"), "{sitemap}");
}

/// A region's product page's head: its title names the region and gives the region's own
/// figure, as its share card does; canonical and alternates are the same region's page in
/// each language; the sitemap lists it.
#[track_caller]
fn check_region_page(lang: Lang, region: &str, product: &str) {
    use value_chain::ui::prerender::{head, sitemap};
    let template = "<html lang=\"zh-CN\">\n<head>\n<title>x</title>\n<link rel=\"stylesheet\" href=\"./styles.css\">\n</head>\n<body>\n<div id=\"app\"></div>\n</body>\n</html>\n";
    let site = Site::new("https://example.org/al/");
    let page = PagePath {
        lang,
        view: View::Path,
        product: Some(product.into()),
        embed: false,
        region: Some(region.into()),
    };
    let at = |lang: Lang| format!("https://example.org/al/{}/{region}/{product}/", lang.code());
    let Some(Ok(regional)) = value_chain::regions::resolve(region) else {
        panic!("{region} resolves");
    };
    let name = regional.name().get(lang).to_string();
    let plain = head(&PagePath {
        region: None,
        ..page.clone()
    });
    let head = head(&page);
    let card = head.card.clone().expect("a share card");
    // The title: the region's name, then the answer with the region's figure.
    assert!(
        head.title.starts_with(&format!("{name} · ")),
        "{}",
        head.title
    );
    assert!(
        head.title.starts_with(&card.alt),
        "{} / {}",
        head.title,
        card.alt
    );
    let number = card.card.figure.split(' ').next().unwrap_or_default();
    assert!(
        number.chars().any(|c| c.is_ascii_digit()) && head.title.contains(number),
        "{} / {:?}",
        head.title,
        card.card.figure
    );
    assert!(head.description.contains(&name), "{}", head.description);
    assert_ne!(head.title, plain.title);
    // The share card: the region's file, its name, its figure.
    assert_eq!(
        card.file,
        format!("cards/{}-{region}-{product}.png", lang.code())
    );
    assert_eq!(card.card.title, name);
    let html = page_html(template, &page, &site, false);
    assert!(html.contains("href=\"./../../../styles.css\""), "{html}");
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{}\">", at(lang))));
    for (tag, other) in [
        ("zh-CN", Lang::Zh),
        ("en", Lang::En),
        ("x-default", Lang::Zh),
    ] {
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\">",
                at(other)
            )),
            "{tag} in {html}"
        );
    }
    assert!(html.contains(&format!(
        "<meta property=\"og:image\" content=\"https://example.org/al/{}\">",
        card.file
    )));
    assert!(added_value(&html).is_some());
    assert!(sitemap(&site).contains(&format!("<loc>{}</loc>", at(lang))));
}

#[test]
fn a_regions_page_has_its_name_and_figure_in_its_head_and_is_in_the_sitemap() {
    check_region_page(Lang::En, "baotou", "furniture");
    check_region_page(Lang::Zh, "baotou", "furniture");
    check_region_page(Lang::En, "wenshan", "rod");
    check_region_page(Lang::Zh, "gongyi", "lv-cable");
    check_region_page(Lang::En, "xinjiang", "casings");
    check_region_page(Lang::Zh, "baise", "rod");
}

#[test]
fn the_sitemap_lists_every_page_but_the_compact_cards() {
    use value_chain::ui::prerender::sitemap;
    let sitemap = sitemap(&Site::new("https://example.org/al/"));
    let pages = prerendered();
    let listed = sitemap.matches("<loc>").count();
    // The Chinese home page is the site's own address, listed once.
    assert_eq!(listed, pages.iter().filter(|p| !p.embed).count());
    let regional = pages.iter().filter(|p| p.region.is_some()).count();
    assert!(regional > 0);
    assert_eq!(
        sitemap.matches("/baotou/").count(),
        regional / value_chain::pages::region_pages().len()
    );
}
