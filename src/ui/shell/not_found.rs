//! The "page not found" pages (native only; `src/bin/prerender.rs` writes them into `dist/`):
//! one per language, `404.html` (Chinese) and `en/404.html`, answered with status 404 by the
//! server (`deploy/nginx.conf`, `error_page`) and by the service worker
//! (`scripts/sw.template.js`) for an address the site has no page for. Never the home page
//! instead: its language redirect, at another address, would lead on to another unknown one.
//!
//! A 404 page is served at any address and depth (`/en/nope/deeper/`), so its files and links
//! are absolute from the site's path (the path of `SITE_URL`), not relative like the other
//! pages'. It carries no app: the app's styles, a link home, and a link to every plain page
//! of its language, with the regions' pages in a hidden list; `assets/not-found.js` picks the
//! one whose address is closest to the one asked for (`/en/furnture/` → furniture; in a
//! region's address that region's page, `/en/baotou/furnture/` → `en/baotou/furniture/`) and
//! offers it first. Without JavaScript the plain list is still there.
use crate::catalog::texts::{self, Text};
use crate::i18n::{product_name, Lang};
use crate::state::{AppState, View};
use crate::ui::shell::prerender::{escape, Site};
use crate::ui::shell::standalone_page::{self, home_href, Layout, StandalonePage};

/// The file of `lang`'s 404 page below the site's address: the Chinese one is the site's
/// `404.html`, the name static hosts look for.
pub fn file(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "404.html",
        Lang::En => "en/404.html",
    }
}

/// A page the 404 page links to: its path below the site's address, the word of the path
/// an address is compared with (`furniture`), its region (empty for the default one, whose
/// pages are the plain ones) and its name in the page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub path: String,
    pub slug: String,
    pub region: String,
    pub name: String,
}

/// The pages of `lang` a mistyped address may have meant: every product page, then the
/// compare and scenario views (not the compact cards, which are for frames, nor the
/// regions' pages: the page lists each product once, and is precached).
pub fn links(lang: Lang) -> Vec<Link> {
    let ds = AppState::with_default_dataset(lang).dataset().clone();
    let pages = crate::pages::prerendered();
    let products = pages
        .iter()
        .filter(|p| p.lang == lang && !p.embed && p.view == View::Path && p.region.is_none())
        .filter_map(|p| {
            let id = p.product.clone()?;
            Some(Link {
                path: p.path(),
                name: product_name(&ds, &id, lang),
                slug: id,
                region: String::new(),
            })
        });
    let views = pages
        .iter()
        .filter(|p| p.lang == lang && !p.embed && p.view != View::Path)
        .map(|p| Link {
            path: p.path(),
            slug: p.view.code().to_string(),
            region: String::new(),
            name: match p.view {
                View::Compare => Text::ViewCompare,
                _ => Text::ViewScenario,
            }
            .get(lang)
            .to_string(),
        });
    products.chain(views).collect()
}

/// The regions' product pages of `lang` (`en/baotou/furniture/`), each named with its region
/// first ("Baotou · Aluminium furniture"), as its title names it: what a mistyped region
/// address (`/en/baotou/furnture/`, `/en/baotuo/furniture/`) may have meant. Not listed on
/// the page, which lists each product once, but there for `assets/not-found.js`.
pub fn region_links(lang: Lang) -> Vec<Link> {
    let ds = AppState::with_default_dataset(lang).dataset().clone();
    let regions = crate::regions::list();
    crate::pages::prerendered()
        .into_iter()
        .filter(|p| p.lang == lang && !p.embed && p.view == View::Path)
        .filter_map(|p| {
            let region = p.region.clone()?;
            let id = p.product.clone()?;
            let entry = regions.iter().find(|r| r.id == region)?;
            Some(Link {
                path: p.path(),
                name: texts::region_title(
                    entry.name.get(lang),
                    &product_name(&ds, &id, lang),
                    lang,
                ),
                slug: id,
                region,
            })
        })
        .collect()
}

/// The app's markup of the 404 page of `lang`, its addresses under `base` (the site's path).
pub fn markup(lang: Lang, base: &str) -> String {
    let base_attr = escape(base);
    let item = |l: &Link| {
        let region = if l.region.is_empty() {
            String::new()
        } else {
            format!(" data-region=\"{}\"", escape(&l.region))
        };
        format!(
            "<li><a href=\"{base_attr}{}\" data-slug=\"{}\"{region}>{}</a></li>",
            escape(&l.path),
            escape(&l.slug),
            escape(&l.name)
        )
    };
    let items = links(lang).iter().map(item).collect::<Vec<_>>().join("");
    let region_items = region_links(lang)
        .iter()
        .map(item)
        .collect::<Vec<_>>()
        .join("");
    // The default region's and product's ids: a typed `binzhou` means the plain pages, and a
    // region's address without its product (`en/baotou/`) the region's page of the product
    // the home page shows.
    let default_product = AppState::with_default_dataset(lang)
        .path()
        .last()
        .cloned()
        .unwrap_or_default();
    let intro = format!(
        "<p>{lead}</p>\
<p class=\"not-found-suggestion\" data-testid=\"not-found-suggestion\" hidden>{suggestion} <a href=\"{home}\"></a></p>",
        lead = escape(Text::NotFoundLead.get(lang)),
        suggestion = escape(Text::NotFoundSuggestion.get(lang)),
        home = home_href(lang, base),
    );
    let list_heading = format!("<h2>{}</h2>", escape(Text::NotFoundPages.get(lang)));
    let after = format!("<ul data-testid=\"not-found-region-pages\" hidden>{region_items}</ul>");
    standalone_page::markup(
        lang,
        base,
        &Layout {
            class: "",
            testid: "not-found",
            data: &[
                ("default-region", crate::regions::DEFAULT),
                ("default-product", &default_product),
            ],
            title: Text::NotFoundTitle.get(lang),
            intro: &intro,
            home_testid: "not-found-home",
            list_heading: &list_heading,
            list_testid: "not-found-pages",
            items: &items,
            after: &after,
        },
    )
}

/// The 404 page: its markup and `assets/not-found.js`, which offers the nearest page.
const PAGE: StandalonePage = StandalonePage {
    title: Text::NotFoundTitle,
    description: Text::NotFoundLead,
    script: "assets/not-found.js",
    markup,
};

/// The 404 page of `lang` (`StandalonePage::html`), from `template`, the built `index.html`.
pub fn page_html(template: &str, lang: Lang, site: &Site) -> String {
    PAGE.html(template, lang, site)
}
