//! The pages pre-rendered at build time (native only; `src/bin/prerender.rs` writes them
//! into `dist/`): the app rendered by Yew's server renderer from the same components, for
//! the state each page path stands for (`crate::pages`), put into the built `index.html`
//! where the app mounts, with the page's own head (title and description with its figure,
//! canonical address, language alternates, Open Graph and Twitter tags).
use std::rc::Rc;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::i18n::{product_name, Lang};
use crate::pages::PagePath;
use crate::state::{AppState, View};
use crate::ui::format::{yuan, Precision};
use crate::ui::{App, AppProps};

/// The inline script of every pre-rendered page, run in its `<head>` before anything is
/// painted; it reads the page it is on from the `value-chain-page` meta tag written just
/// before it (`page_meta`), so its bytes, hashed into the CSP, are the same on every page
/// (deploy/nginx.conf: change both together). It does two things:
/// - the home page's language redirect. The app's own rule (`Lang::from_preferences`): the
///   first of the browser's languages that is zh or en, English when none is; a link that
///   names its language (`?lang=`) stays in it.
/// - a query link whose state a pre-rendered page shows (`?lang=zh&product=furniture`, the
///   form host pages and older shares use; keys the app does not know, such as WeChat's
///   `from=`, are left out, as the app ignores them) goes to that page's address, so the
///   page never paints another product's figure; any other query or fragment marks the
///   page `data-pending` (its answer is not yet this link's: dimmed and announced until
///   the app has started, styles/app.css and scripts/start.template.js).
///
/// It hides the page while the browser leaves it. Addresses are absolute from the site's
/// base: the page's address less its own path. A home page whose base has a language in it
/// was served at an address that is not the base (a host answering every unknown address
/// with the home page): it then stays, since `en/` there would be another unknown address,
/// and so on forever.
pub const PAGE_SCRIPT: &str = include_str!("page_script.js").trim_ascii_end();

/// The meta tag `PAGE_SCRIPT` reads: the page's path below the site's base (empty for the
/// home page at the base), what it shows (its region: empty for the default one), the
/// products that have pages, the regions (the default one first, then those with pages of
/// their own) and the link keys the app reads (the rest it ignores).
pub fn page_meta(page: &PagePath, home: bool) -> String {
    let mut products: Vec<String> = crate::pages::prerendered()
        .into_iter()
        .filter_map(|p| p.product)
        .collect();
    products.sort();
    products.dedup();
    let regions: Vec<&str> = std::iter::once(crate::regions::DEFAULT)
        .chain(crate::pages::region_pages())
        .collect();
    let keys: Vec<&str> = crate::link::PARAMS.iter().map(|p| p.key).collect();
    format!(
        "<meta name=\"value-chain-page\" content=\"{}\"{} data-lang=\"{}\" data-view=\"{}\" data-product=\"{}\" data-region=\"{}\"{} data-products=\"{}\" data-regions=\"{}\" data-keys=\"{}\">",
        if home { String::new() } else { escape(&page.path()) },
        if home { " data-home" } else { "" },
        page.lang.code(),
        page.view.code(),
        escape(page.product.as_deref().unwrap_or("")),
        escape(page.region.as_deref().unwrap_or("")),
        if page.embed { " data-embed" } else { "" },
        escape(&products.join(" ")),
        escape(&regions.join(" ")),
        keys.join(" "),
    )
}

/// Whether the markup carries Yew's hydration marks: the wasm hydrates the pages (built
/// with the `hydration` feature: `data-cargo-features` in index.html; a native test checks
/// the two agree). See README, "Pre-rendered pages".
pub const HYDRATABLE: bool = true;

/// The app's markup (the inside of `#app`) for the state of `page`.
pub fn render(page: &PagePath) -> String {
    let page = page.clone();
    let renderer = yew::ServerRenderer::<App>::with_props(move || AppProps {
        initial: Some(Rc::new(page.state())),
    })
    .hydratable(HYDRATABLE);
    futures::executor::block_on(renderer.render())
}

/// Where the site is served (`https://example.org/tools/aluminium/`, ending in `/`): the
/// canonical addresses, alternates, Open Graph and the sitemap are absolute.
#[derive(Clone, Debug)]
pub struct Site {
    pub url: String,
}

impl Site {
    pub fn new(url: &str) -> Site {
        let mut url = url.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        Site { url }
    }

    /// The address of a page, `None` the home page.
    pub fn address(&self, page: Option<&PagePath>) -> String {
        match page {
            Some(p) => format!("{}{}", self.url, p.path()),
            None => self.url.clone(),
        }
    }
}

/// A page's words for its head.
pub struct Head {
    pub title: String,
    pub description: String,
    /// The share card of a product page, for `og:image`.
    pub card: Option<ShareCard>,
}

/// A product page's share card: its file under the build, what it shows and its alt text
/// (the page's answer, so a reader of the preview gets the figure too).
#[derive(Clone, Debug, PartialEq)]
pub struct ShareCard {
    /// `cards/zh-furniture.png` (`cards/zh-baotou-furniture.png` for a region's page),
    /// relative to the site's address.
    pub file: String,
    pub card: value_chain_cards::Card,
    pub alt: String,
}

/// The share card of the path view of `product` in `lang`, in the page's words and
/// numbers: the figure as the page writes it, the path, the weakest source's badge, the
/// dataset and its price basis; a region's card has the region's name as its title (the
/// app's own is the site's, in the page's head).
fn share_card(state: &AppState, region: Option<&str>, answer: &str, figure: &str) -> ShareCard {
    let (lang, ds) = (state.lang, state.dataset());
    let id = state.path().last().cloned().unwrap_or_default();
    let badge = crate::model::weakest_badge(ds, state.path())
        .map(|b| crate::catalog::files::badge_label(b, lang).to_string())
        .unwrap_or_default();
    let card = value_chain_cards::Card {
        lang: lang.tag().to_string(),
        title: match region {
            Some(_) => ds.name().get(lang).to_string(),
            None => metal::app_title(Metal::of(ds), lang),
        },
        product: product_name(ds, &id, lang),
        figure: figure.to_string(),
        caption: Text::AddedValuePerTon.get(lang).to_string(),
        path: state
            .path()
            .iter()
            .map(|p| product_name(ds, p, lang))
            .collect(),
        badge,
        source: format!(
            "{} · {}",
            ds.name().get(lang),
            crate::catalog::files::price_basis_label(ds, lang)
        ),
    };
    let file = match region {
        Some(region) => format!("cards/{}-{region}-{id}.png", lang.code()),
        None => format!("cards/{}-{id}.png", lang.code()),
    };
    ShareCard {
        file,
        card,
        alt: answer.to_string(),
    }
}

/// The title and description of a page, with its figure where it has one
/// ("All-aluminium furniture: about 80,000 yuan added per ton"), a region's page with the
/// region's name first, as the app's title names it.
pub fn head(page: &PagePath) -> Head {
    let state = page.state();
    let lang = page.lang;
    let ds = state.dataset();
    let app = metal::app_title(Metal::of(ds), lang);
    let subtitle = metal::app_subtitle(Metal::of(ds), lang);
    match page.view {
        View::Path => {
            let id = state.path().last().cloned().unwrap_or_default();
            let name = product_name(ds, &id, lang);
            let derived = crate::derived::Derived::new(&state);
            let Ok(ev) = derived.path() else {
                return Head {
                    title: app,
                    description: subtitle,
                    card: None,
                };
            };
            let figure = yuan(ev.added_value_per_t, lang, Precision::Significant3);
            let path = state
                .path()
                .iter()
                .map(|p| product_name(ds, p, lang))
                .collect::<Vec<_>>()
                .join(" → ");
            let answer = texts::path_answer(&name, &figure, lang);
            let answer = match &page.region {
                Some(_) => texts::region_title(ds.name().get(lang), &answer, lang),
                None => answer,
            };
            let description = texts::path_description(&answer, &path, &subtitle, lang);
            let per_ton = crate::ui::format::yuan_per_ton(
                ev.added_value_per_t,
                lang,
                Precision::Significant3,
            );
            Head {
                title: format!("{answer} · {app}"),
                description,
                card: Some(share_card(
                    &state,
                    page.region.as_deref(),
                    &answer,
                    &per_ton,
                )),
            }
        }
        View::Compare | View::Scenario | View::Editor | View::Regions => {
            let view = match page.view {
                View::Compare => Text::ViewCompare,
                View::Editor => Text::ViewEditor,
                View::Regions => Text::ViewRegions,
                _ => Text::ViewScenario,
            };
            Head {
                title: format!("{} · {app}", view.get(lang)),
                description: subtitle,
                card: None,
            }
        }
    }
}

/// `page`'s HTML file: `template` (the built `index.html`) with the page's head, its
/// markup where the app mounts, and relative addresses that still reach the build's files
/// from the page's folder. `home`: the site's own `index.html` (the Chinese home page at
/// the app's address).
pub fn page_html(template: &str, page: &PagePath, site: &Site, home: bool) -> String {
    let head = head(page);
    let lang = page.lang;
    let depth = if home {
        0
    } else {
        page.path().matches('/').count()
    };
    let up = "../".repeat(depth);
    let mut html = template.to_string();
    if depth > 0 {
        for attr in ["href", "src"] {
            html = html.replace(&format!("{attr}=\"./"), &format!("{attr}=\"./{up}"));
        }
    }
    html = replace_between(&html, "<html lang=\"", "\"", lang.tag());
    html = replace_between(&html, "<title>", "</title>", &escape(&head.title));
    // Without JavaScript the page still has its answer; the note says what needs the app,
    // in the page's language.
    html = replace_between(
        &html,
        "<noscript>",
        "</noscript>",
        &format!(
            "<p class=\"boot\">{}</p>",
            escape(Text::NoScriptNote.get(lang))
        ),
    );
    html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &escape(&head.description),
    );
    // The page's addresses: the home page is the Chinese one at the app's address.
    let address = |p: &PagePath| {
        if is_home(p) && p.lang == Lang::Zh {
            site.address(None)
        } else {
            site.address(Some(p))
        }
    };
    let full = PagePath {
        embed: false,
        ..page.clone()
    };
    let canonical = address(&full);
    let alternates = Lang::ALL
        .into_iter()
        .map(|l| {
            let other = PagePath {
                lang: l,
                ..full.clone()
            };
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                l.tag(),
                escape(&address(&other))
            )
        })
        .chain(std::iter::once(format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
            escape(&address(&PagePath {
                lang: Lang::Zh,
                ..full.clone()
            }))
        )))
        .collect::<Vec<_>>()
        .join("\n  ");
    let locale = match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    };
    let site_name = metal::app_title(
        Metal::of(AppState::with_default_dataset(lang).dataset()),
        lang,
    );
    let (title, description) = (escape(&head.title), escape(&head.description));
    let mut meta = vec![
        format!("<link rel=\"canonical\" href=\"{}\">", escape(&canonical)),
        alternates,
        format!("<meta property=\"og:type\" content=\"website\">"),
        format!(
            "<meta property=\"og:site_name\" content=\"{}\">",
            escape(&site_name)
        ),
        format!("<meta property=\"og:title\" content=\"{title}\">"),
        format!("<meta property=\"og:description\" content=\"{description}\">"),
        format!(
            "<meta property=\"og:url\" content=\"{}\">",
            escape(&canonical)
        ),
        format!("<meta property=\"og:locale\" content=\"{locale}\">"),
        format!(
            "<meta name=\"twitter:card\" content=\"{}\">",
            if head.card.is_some() {
                "summary_large_image"
            } else {
                "summary"
            }
        ),
        format!("<meta name=\"twitter:title\" content=\"{title}\">"),
        format!("<meta name=\"twitter:description\" content=\"{description}\">"),
    ];
    if let Some(card) = &head.card {
        let (image, alt) = (
            escape(&format!("{}{}", site.url, card.file)),
            escape(&card.alt),
        );
        meta.extend([
            format!("<meta property=\"og:image\" content=\"{image}\">"),
            "<meta property=\"og:image:type\" content=\"image/png\">".to_string(),
            format!(
                "<meta property=\"og:image:width\" content=\"{}\">",
                value_chain_cards::WIDTH
            ),
            format!(
                "<meta property=\"og:image:height\" content=\"{}\">",
                value_chain_cards::HEIGHT
            ),
            format!("<meta property=\"og:image:alt\" content=\"{alt}\">"),
            format!("<meta name=\"twitter:image\" content=\"{image}\">"),
            format!("<meta name=\"twitter:image:alt\" content=\"{alt}\">"),
        ]);
    }
    if page.embed {
        // The compact card is for iframes; search engines get the full page.
        meta.push("<meta name=\"robots\" content=\"noindex\">".to_string());
    }
    // Inline, so the page waits for no other file first (a round trip less on a phone);
    // the CSP allows it by its hash (deploy/nginx.conf, checked by scripts/postbuild.mjs).
    meta.push(page_meta(page, home));
    meta.push(format!("<script>{PAGE_SCRIPT}</script>"));
    html = html.replacen("</head>", &format!("  {}\n</head>", meta.join("\n  ")), 1);
    let markup = render(page);
    replace_app(&html, &markup)
}

/// The home page of a language: the path view of the default product.
fn is_home(page: &PagePath) -> bool {
    page.view == View::Path && page.product.is_none() && !page.embed
}

/// `text` with what lies between the first `start` and the next `end` replaced.
pub(crate) fn replace_between(text: &str, start: &str, end: &str, with: &str) -> String {
    let Some(i) = text.find(start).map(|i| i + start.len()) else {
        return text.to_string();
    };
    let Some(j) = text[i..].find(end).map(|j| i + j) else {
        return text.to_string();
    };
    format!("{}{with}{}", &text[..i], &text[j..])
}

/// The template with the inside of `<div id="app">` (the loading message) replaced.
pub(crate) fn replace_app(template: &str, markup: &str) -> String {
    const OPEN: &str = "<div id=\"app\">";
    let Some(start) = template.find(OPEN).map(|i| i + OPEN.len()) else {
        return template.to_string();
    };
    // The `</div>` that closes it: count the divs opened inside.
    let mut depth = 1usize;
    let mut at = start;
    while depth > 0 {
        let rest = &template[at..];
        let (open, close) = (rest.find("<div"), rest.find("</div>"));
        match (open, close) {
            (Some(o), Some(c)) if o < c => {
                depth += 1;
                at += o + 4;
            }
            (_, Some(c)) => {
                depth -= 1;
                at += c + if depth == 0 { 0 } else { 6 };
            }
            _ => return template.to_string(),
        }
    }
    format!("{}{markup}{}", &template[..start], &template[at..])
}

/// Text for an HTML attribute or element.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `sitemap.xml`: every page but the compact cards.
pub fn sitemap(site: &Site) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    out.push_str(&format!(
        "  <url><loc>{}</loc></url>\n",
        escape(&site.address(None))
    ));
    for page in crate::pages::prerendered().iter().filter(|p| !p.embed) {
        if is_home(page) && page.lang == Lang::Zh {
            continue;
        }
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&site.address(Some(page)))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be read; where the sitemap is.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
        site.url
    )
}
