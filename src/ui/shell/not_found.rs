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
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::i18n::{product_name, Lang};
use crate::pages::PagePath;
use crate::state::{AppState, View};
use crate::ui::shell::prerender::{escape, replace_app, replace_between, Site};

/// The file of `lang`'s 404 page below the site's address: the Chinese one is the site's
/// `404.html`, the name static hosts look for.
pub fn file(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "404.html",
        Lang::En => "en/404.html",
    }
}

/// The path of the site's address (`/tools/aluminium/` for
/// `https://example.org/tools/aluminium/`), ending in `/`.
pub fn site_path(site: &Site) -> String {
    let url = site.url.as_str();
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None if url.starts_with('/') => url,
        None => "/",
    };
    // Without its query or fragment, if the URL had one.
    let path = path.split(['?', '#']).next().unwrap_or("/");
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
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

/// The home page of `lang` below the site's address: the Chinese one is the site itself.
pub(crate) fn home(lang: Lang) -> String {
    match lang {
        Lang::Zh => String::new(),
        Lang::En => PagePath::home(lang).path(),
    }
}

/// The app's markup of the 404 page of `lang`, its addresses under `base` (the site's path).
pub fn markup(lang: Lang, base: &str) -> String {
    let ds = AppState::with_default_dataset(lang).dataset().clone();
    let app = escape(&metal::app_title(Metal::of(&ds), lang));
    let base_attr = escape(base);
    let home = format!("{base_attr}{}", escape(&home(lang)));
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
    format!(
        "<div class=\"app not-found\" data-testid=\"not-found\" data-base=\"{base_attr}\" data-default-region=\"{region}\" data-default-product=\"{product}\">\
<header class=\"header\"><p class=\"not-found-app\"><a href=\"{home}\">{app}</a></p></header>\
<main class=\"main\">\
<h1>{title}</h1>\
<p>{lead}</p>\
<p class=\"not-found-suggestion\" data-testid=\"not-found-suggestion\" hidden>{suggestion} <a href=\"{home}\"></a></p>\
<p><a class=\"button\" data-testid=\"not-found-home\" href=\"{home}\">{home_text}</a></p>\
<h2>{pages}</h2>\
<ul class=\"not-found-pages\" data-testid=\"not-found-pages\">{items}</ul>\
<ul data-testid=\"not-found-region-pages\" hidden>{region_items}</ul>\
</main></div>",
        region = escape(crate::regions::DEFAULT),
        product = escape(&default_product),
        title = escape(Text::NotFoundTitle.get(lang)),
        lead = escape(Text::NotFoundLead.get(lang)),
        suggestion = escape(Text::NotFoundSuggestion.get(lang)),
        home_text = escape(Text::NotFoundHome.get(lang)),
        pages = escape(Text::NotFoundPages.get(lang)),
    )
}

/// The 404 page of `lang`: `template` (the built `index.html`) without the app's scripts,
/// its files named from the site's path, in the page's language, with the page's markup
/// where the app mounts and `assets/not-found.js` to offer the nearest page.
pub fn page_html(template: &str, lang: Lang, site: &Site) -> String {
    let base = site_path(site);
    standalone_page(
        template,
        lang,
        &base,
        Text::NotFoundTitle.get(lang),
        Text::NotFoundLead.get(lang),
        "assets/not-found.js",
        &markup(lang, &base),
    )
}

/// A page served at any address and depth with no app (the 404 page, the "not saved for
/// offline use" page, `offline_page`): `template` without the app's scripts, its files named
/// from `base` (the site's path), in `lang`, titled `title` (and the app's name), with
/// `markup` where the app mounts and `script` (below the site's address) deferred.
pub(crate) fn standalone_page(
    template: &str,
    lang: Lang,
    base: &str,
    title: &str,
    description: &str,
    script: &str,
    markup: &str,
) -> String {
    let mut html = strip_scripts(template);
    for attr in ["href", "src"] {
        html = html.replace(&format!("{attr}=\"./"), &format!("{attr}=\"{base}"));
    }
    html = replace_between(&html, "<html lang=\"", "\"", lang.tag());
    let title = format!(
        "{title} · {}",
        metal::app_title(
            Metal::of(AppState::with_default_dataset(lang).dataset()),
            lang
        )
    );
    html = replace_between(&html, "<title>", "</title>", &escape(&title));
    html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &escape(description),
    );
    // Nothing here needs JavaScript: the note would be wrong.
    html = remove_element(&html, "<noscript>", "</noscript>");
    let head = [
        "<meta name=\"robots\" content=\"noindex\">".to_string(),
        format!(
            "<script src=\"{}{}\" defer></script>",
            escape(base),
            escape(script)
        ),
    ];
    html = html.replacen("</head>", &format!("  {}\n</head>", head.join("\n  ")), 1);
    replace_app(&html, markup)
}

/// `html` without its scripts and the preloads of the app's files: a 404 page starts no app.
fn strip_scripts(html: &str) -> String {
    let mut out = html.to_string();
    while let Some(start) = out.find("<script") {
        let Some(end) = out[start..]
            .find("</script>")
            .map(|e| start + e + "</script>".len())
        else {
            break;
        };
        out.replace_range(start..end, "");
    }
    for rel in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(start) = out.find(rel) {
            let Some(end) = out[start..].find('>').map(|e| start + e + 1) else {
                break;
            };
            out.replace_range(start..end, "");
        }
    }
    // The blank lines the removed elements leave: one at most in a row.
    let mut joined = String::with_capacity(out.len());
    let mut blank_before = false;
    for line in out.lines() {
        let blank = line.trim().is_empty();
        if !(blank && blank_before) {
            joined.push_str(line);
            joined.push('\n');
        }
        blank_before = blank;
    }
    joined
}

/// `html` without the first element from `open` to `close`.
fn remove_element(html: &str, open: &str, close: &str) -> String {
    let Some(start) = html.find(open) else {
        return html.to_string();
    };
    let Some(end) = html[start..].find(close).map(|e| start + e + close.len()) else {
        return html.to_string();
    };
    format!("{}{}", &html[..start], &html[end..])
}
