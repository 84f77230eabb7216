//! The "not saved for offline use" pages (native only; `src/bin/prerender.rs` writes them
//! into `dist/`): one per language, `offline.html` (Chinese) and `en/offline.html`, which the
//! service worker (`scripts/sw.template.js`) precaches and answers with, status 503, for an
//! address of the site's own pages that it has not kept when the network cannot be reached:
//! for instance a region's page after a visit in which the app never started (no wasm to
//! compute it offline). Not the "page not found" page: the address exists. Nor the plain page
//! of the same product under the region's address: its figure is the default region's, and
//! would stand in the address's title, history entry and bookmark as the region's.
//!
//! Like the 404 page it is served at any address and depth, so its files and links are
//! absolute from the site's path, and it carries no app. It says what is missing, links
//! home, and lists every page of its language, each named with its region (the plain
//! pages' is the default one), hidden: `assets/offline.js` names the page asked for in the
//! page's live region, shows those of the list this device has saved (the same product's
//! first) and reloads the page when the network is back.
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::i18n::{product_name, Lang};
use crate::state::{AppState, View};
use crate::ui::shell::not_found::{home, site_path, standalone_page};
use crate::ui::shell::prerender::{escape, Site};

/// The file of `lang`'s page below the site's address (the Chinese one at the root, as the
/// Chinese home and 404 pages are).
pub fn file(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "offline.html",
        Lang::En => "en/offline.html",
    }
}

/// A page the offline page may list: its path below the site's address, its product (empty
/// for a view), and its name with its region first ("Baotou · Aluminium furniture",
/// "Binzhou · Aluminium furniture" for the plain page, whose figures are the default
/// region's).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub path: String,
    pub product: String,
    pub name: String,
}

/// Every page of `lang` but its home page (linked on its own, and always saved) and the
/// compact cards (opened in host pages' frames): the product pages, plain and per region,
/// then the compare and scenario views.
pub fn entries(lang: Lang) -> Vec<Entry> {
    let ds = AppState::with_default_dataset(lang).dataset().clone();
    let regions = crate::regions::list();
    let region_name = |id: &str| {
        regions
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.name.get(lang).to_string())
    };
    let default = region_name(crate::regions::DEFAULT).unwrap_or_default();
    crate::pages::prerendered()
        .into_iter()
        .filter(|p| p.lang == lang && !p.embed)
        .filter_map(|p| {
            let name = match (&p.product, p.view) {
                (Some(id), View::Path) => {
                    let region = match &p.region {
                        Some(r) => region_name(r)?,
                        None => default.clone(),
                    };
                    texts::region_title(&region, &product_name(&ds, id, lang), lang)
                }
                (_, View::Path) => return None,
                (_, View::Compare) => Text::ViewCompare.get(lang).to_string(),
                (_, _) => Text::ViewScenario.get(lang).to_string(),
            };
            Some(Entry {
                path: p.path(),
                product: p.product.clone().unwrap_or_default(),
                name,
            })
        })
        .collect()
}

/// The app's markup of the offline page of `lang`, its addresses under `base`.
pub fn markup(lang: Lang, base: &str) -> String {
    let ds = AppState::with_default_dataset(lang).dataset().clone();
    let app = escape(&metal::app_title(Metal::of(&ds), lang));
    let base_attr = escape(base);
    let home = format!("{base_attr}{}", escape(&home(lang)));
    let items = entries(lang)
        .iter()
        .map(|e| {
            format!(
                "<li data-path=\"{path}\" data-product=\"{product}\" hidden><a href=\"{base_attr}{path}\">{name}</a></li>",
                path = escape(&e.path),
                product = escape(&e.product),
                name = escape(&e.name)
            )
        })
        .collect::<Vec<_>>()
        .join("");
    // The message naming the page asked for, `{page}` filled by the script.
    let named = texts::offline_not_saved("{page}", lang);
    format!(
        "<div class=\"app not-found offline-page\" data-testid=\"offline-page\" data-base=\"{base_attr}\" data-named=\"{named}\">\
<header class=\"header\"><p class=\"not-found-app\"><a href=\"{home}\">{app}</a></p></header>\
<main class=\"main\">\
<h1>{title}</h1>\
<p class=\"not-found-suggestion\" role=\"status\" data-testid=\"offline-status\">{lead}</p>\
<p><a class=\"button\" data-testid=\"offline-home\" href=\"{home}\">{home_text}</a></p>\
<h2 data-testid=\"offline-saved-heading\" hidden>{saved}</h2>\
<ul class=\"not-found-pages\" data-testid=\"offline-saved\">{items}</ul>\
</main></div>",
        named = escape(&named),
        title = escape(Text::OfflineTitle.get(lang)),
        lead = escape(Text::OfflineLead.get(lang)),
        home_text = escape(Text::NotFoundHome.get(lang)),
        saved = escape(Text::OfflineSaved.get(lang)),
    )
}

/// The offline page of `lang`: `template` (the built `index.html`) as the 404 page makes it,
/// with this page's markup and `assets/offline.js`.
pub fn page_html(template: &str, lang: Lang, site: &Site) -> String {
    let base = site_path(site);
    standalone_page(
        template,
        lang,
        &base,
        Text::OfflineTitle.get(lang),
        Text::OfflineLead.get(lang),
        "assets/offline.js",
        &markup(lang, &base),
    )
}
