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
use crate::catalog::texts::{self, Text};
use crate::i18n::{product_name, Lang};
use crate::state::{AppState, View};
use crate::ui::shell::prerender::{escape, Site};
use crate::ui::shell::standalone_page::{self, Layout, StandalonePage};

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
    let base_attr = escape(base);
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
    let intro = format!(
        "<p class=\"not-found-suggestion\" role=\"status\" data-testid=\"offline-status\">{}</p>",
        escape(Text::OfflineLead.get(lang))
    );
    let list_heading = format!(
        "<h2 data-testid=\"offline-saved-heading\" hidden>{}</h2>",
        escape(Text::OfflineSaved.get(lang))
    );
    standalone_page::markup(
        lang,
        base,
        &Layout {
            class: " offline-page",
            testid: "offline-page",
            data: &[("named", &named)],
            title: Text::OfflineTitle.get(lang),
            intro: &intro,
            home_testid: "offline-home",
            list_heading: &list_heading,
            list_testid: "offline-saved",
            items: &items,
            after: "",
        },
    )
}

/// The offline page: its markup and `assets/offline.js`.
const PAGE: StandalonePage = StandalonePage {
    title: Text::OfflineTitle,
    description: Text::OfflineLead,
    script: "assets/offline.js",
    markup,
};

/// The offline page of `lang` (`StandalonePage::html`), from `template`, the built
/// `index.html`.
pub fn page_html(template: &str, lang: Lang, site: &Site) -> String {
    PAGE.html(template, lang, site)
}
