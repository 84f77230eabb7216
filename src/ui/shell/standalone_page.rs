//! What the pages served at any address and depth with no app share (native only): the 404
//! page (`not_found`) and the "not saved for offline use" page (`offline_page`). Their files
//! and links are absolute from the site's path, their template is the built `index.html`
//! without the app's scripts, and their markup one layout: the app's name linking home as
//! the header, the page's title, what it says, a button home and a list of pages.
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::pages::PagePath;
use crate::state::AppState;
use crate::ui::shell::prerender::{escape, replace_app, replace_between, Site};

/// One such page: its title (also the head's), its description, its script (below the
/// site's address, deferred) and its markup of a language under the site's path.
pub(crate) struct StandalonePage {
    pub title: Text,
    pub description: Text,
    pub script: &'static str,
    pub markup: fn(Lang, &str) -> String,
}

impl StandalonePage {
    /// The page of `lang`: `template` (the built `index.html`) without the app's scripts,
    /// its files named from the site's path, in the page's language, with the page's markup
    /// where the app mounts and its script.
    pub(crate) fn html(&self, template: &str, lang: Lang, site: &Site) -> String {
        let base = site_path(site);
        standalone_html(
            template,
            lang,
            &base,
            self.title.get(lang),
            self.description.get(lang),
            self.script,
            &(self.markup)(lang, &base),
        )
    }
}

/// The parts of the layout in which the pages differ; markup, escaped by the caller, but
/// for `data` (attribute names and values to escape) and `title` (text).
pub(crate) struct Layout<'a> {
    /// Classes of the page's root after `app not-found`, each with its leading space.
    pub class: &'a str,
    pub testid: &'a str,
    /// The root's `data-` attributes after `data-base`.
    pub data: &'a [(&'a str, &'a str)],
    pub title: &'a str,
    /// Between the title and the button home.
    pub intro: &'a str,
    pub home_testid: &'a str,
    /// The list's heading (its element).
    pub list_heading: &'a str,
    pub list_testid: &'a str,
    /// The list's `<li>` elements.
    pub items: &'a str,
    /// After the list, in `main`.
    pub after: &'a str,
}

/// The page's markup in `lang`, its addresses under `base` (the site's path).
pub(crate) fn markup(lang: Lang, base: &str, layout: &Layout) -> String {
    let app = escape(&metal::app_title(
        Metal::of(AppState::with_default_dataset(lang).dataset()),
        lang,
    ));
    let base_attr = escape(base);
    let home = home_href(lang, base);
    let data: String = layout
        .data
        .iter()
        .map(|(name, value)| format!(" data-{name}=\"{}\"", escape(value)))
        .collect();
    format!(
        "<div class=\"app not-found{class}\" data-testid=\"{testid}\" data-base=\"{base_attr}\"{data}>\
<header class=\"header\"><p class=\"not-found-app\"><a href=\"{home}\">{app}</a></p></header>\
<main class=\"main\">\
<h1>{title}</h1>\
{intro}\
<p><a class=\"button\" data-testid=\"{home_testid}\" href=\"{home}\">{home_text}</a></p>\
{list_heading}\
<ul class=\"not-found-pages\" data-testid=\"{list_testid}\">{items}</ul>\
{after}\
</main></div>",
        class = layout.class,
        testid = layout.testid,
        title = escape(layout.title),
        intro = layout.intro,
        home_testid = layout.home_testid,
        home_text = escape(Text::NotFoundHome.get(lang)),
        list_heading = layout.list_heading,
        list_testid = layout.list_testid,
        items = layout.items,
        after = layout.after,
    )
}

/// The address of `lang`'s home page under `base`, escaped for an attribute.
pub(crate) fn home_href(lang: Lang, base: &str) -> String {
    format!("{}{}", escape(base), escape(&home(lang)))
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

/// The home page of `lang` below the site's address: the Chinese one is the site itself.
fn home(lang: Lang) -> String {
    match lang {
        Lang::Zh => String::new(),
        Lang::En => PagePath::home(lang).path(),
    }
}

/// `template` without the app's scripts, its files named from `base` (the site's path), in
/// `lang`, titled `title` (and the app's name), with `markup` where the app mounts and
/// `script` (below the site's address) deferred.
fn standalone_html(
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
