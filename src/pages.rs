//! The pre-rendered pages (`src/bin/prerender.rs` writes them at build time): their paths,
//! e.g. `en/furniture/`, and the link parameters a path stands for, so that opening
//! `/en/furniture/` in the browser gives the state of `?lang=en&product=furniture`. Pure:
//! the browser passes its `location.pathname` and `location.search` in.
//!
//! A page path is `<lang>/`, `<lang>/<product>/`, `<lang>/compare/`, `<lang>/scenario/`, or
//! one of those followed by `embed/` (the compact card); or, for a shipped region other
//! than the default one, `<lang>/<region>/<product>/` (`en/baotou/furniture/`, the link's
//! `region=baotou`; the default region's addresses have no region in them), at the end of
//! the app's own address (which may be any sub-path of a site: `/tools/aluminium/en/furniture/`).
//! Parameters in the query win over the path's, so every query link works as before, on
//! any page. Page paths are written in one place (`PagePath::segments`); `parse` reads
//! a path as the page whose segments it is, so the two cannot disagree. (yew-router's
//! `Routable` would add a dependency and its bytes to the wasm for the same small table.)
use crate::i18n::Lang;
use crate::state::View;

/// What a page path says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PagePath {
    pub lang: Lang,
    pub view: View,
    /// The product whose default path the page shows (path view only).
    pub product: Option<String>,
    /// The compact card (`embed=1`).
    pub embed: bool,
    /// A shipped region other than the default one (`region=`); only product pages have
    /// one (no compact card, no compare or scenario page per region).
    pub region: Option<String>,
}

impl PagePath {
    /// The page's path below the app's address, e.g. `en/furniture/embed/`.
    pub fn path(&self) -> String {
        self.segments().iter().map(|s| format!("{s}/")).collect()
    }

    /// The one definition of page paths, which `parse` reads back: the language, then the
    /// region (if not the default one), then the product (path view) or the view, then
    /// `embed` for the compact card.
    fn segments(&self) -> Vec<&str> {
        let mut out = vec![self.lang.code()];
        if let Some(region) = &self.region {
            out.push(region);
        }
        match (&self.product, self.view) {
            (Some(id), View::Path) => out.push(id),
            (_, View::Path) => {}
            (_, view) => out.push(view.code()),
        }
        if self.embed {
            out.push(EMBED);
        }
        out
    }

    /// The page whose `segments` are `tail`, if any.
    fn from_segments(tail: &[&str]) -> Option<PagePath> {
        let (lang, rest) = tail.split_first()?;
        let (embed, rest) = match rest.split_last() {
            Some((&EMBED, rest)) => (true, rest),
            _ => (false, rest),
        };
        let (region, view, product) = match rest {
            [] => (None, View::Path, None),
            [one] => match View::parse(one) {
                Some(View::Path) => return None,
                Some(view) => (None, view, None),
                None => (None, View::Path, Some(one.to_string())),
            },
            // A region's product page: a shipped region, not the default one.
            [region, product] if !embed && View::parse(product).is_none() => {
                let region = crate::regions::known(region).filter(|r| *r != DEFAULT_REGION)?;
                (
                    Some(region.to_string()),
                    View::Path,
                    Some(product.to_string()),
                )
            }
            _ => return None,
        };
        let page = PagePath {
            lang: lang_code(lang)?,
            view,
            product: product.filter(|id| is_product_id(id)),
            embed,
            region,
        };
        // Read back exactly as written, or not a page.
        (page.segments() == tail).then_some(page)
    }

    /// The home page of a language: the path view of the default product.
    pub fn home(lang: Lang) -> PagePath {
        PagePath {
            lang,
            view: View::Path,
            product: None,
            embed: false,
            region: None,
        }
    }

    /// The state the page shows: the state of its link.
    pub fn state(&self) -> crate::state::AppState {
        crate::link::from_query::<&str>(&crate::query::encode(&self.params()), &[])
    }

    /// The link parameters the path stands for, in link order.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("lang", self.lang.code().to_string()),
            ("view", self.view.code().to_string()),
        ];
        if let Some(id) = &self.product {
            out.push(("product", id.clone()));
        }
        if self.embed {
            out.push(("embed", "1".to_string()));
        }
        if let Some(region) = &self.region {
            out.push(("region", region.clone()));
        }
        out
    }
}

/// Every page: each language's home, compare and scenario views; each end product's path
/// view and its compact card; and each product's path view in every shipped region other
/// than the default one (the regions share the chain's products: a native test checks that
/// each region sells the same ones).
pub fn prerendered() -> Vec<PagePath> {
    let ds = crate::state::AppState::with_default_dataset(Lang::Zh)
        .dataset()
        .clone();
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let page = |view, product: Option<&str>, embed| PagePath {
            lang,
            view,
            product: product.map(str::to_string),
            embed,
            region: None,
        };
        out.push(page(View::Path, None, false));
        out.push(page(View::Compare, None, false));
        out.push(page(View::Scenario, None, false));
        // Every product the picker offers: end products and those sold on the way (rod).
        let sold = crate::model::sold_products(&ds);
        for id in &sold {
            out.push(page(View::Path, Some(id), false));
            out.push(page(View::Path, Some(id), true));
        }
        for region in region_pages() {
            for id in &sold {
                out.push(PagePath {
                    region: Some(region.to_string()),
                    ..page(View::Path, Some(id), false)
                });
            }
        }
    }
    out
}

/// The shipped regions that have pages of their own: all but the default one, whose pages
/// are the plain ones.
pub fn region_pages() -> Vec<&'static str> {
    crate::regions::list()
        .into_iter()
        .map(|r| r.id)
        .filter(|id| *id != DEFAULT_REGION)
        .collect()
}

/// Where a state is shared (the share panel's link, the embed snippet), below the app's
/// address: its pre-rendered page with only what that page does not show as a query
/// (`en/furniture/`, `en/furniture/?price=15000`, `zh/compare/embed/`), or `?<query>` when no
/// page shows its view (a product without a page, another dataset's link). Checked by
/// reading it back: the address always gives the same state as the query link.
pub fn link_for(state: &crate::state::AppState) -> String {
    let query = crate::link::to_query(state);
    let params = crate::query::parse(&query);
    let product = (state.view == View::Path)
        .then(|| {
            params
                .iter()
                .find(|(k, _)| k == "product")
                .map(|(_, v)| v.clone())
        })
        .flatten();
    let page = PagePath {
        lang: state.lang,
        view: state.view,
        product,
        embed: state.embed,
        region: state
            .source()
            .region()
            .filter(|r| *r != DEFAULT_REGION)
            .map(str::to_string),
    };
    // The region's own page; else the plain page of the view, the region in the query
    // (`en/furniture/embed/?region=baotou`: no region has compact cards or views of its own).
    let pages = prerendered();
    let plain = PagePath {
        region: None,
        ..page.clone()
    };
    let Some(page) = [page, plain].into_iter().find(|p| pages.contains(p)) else {
        return format!("?{query}");
    };
    // What the page shows already, its own link's parameters (the default product too).
    let implied = crate::query::parse(&crate::link::to_query(&page.state()));
    let rest: Vec<(String, String)> = params
        .into_iter()
        .filter(|(k, v)| !implied.iter().any(|(ik, iv)| ik == k && iv == v))
        .collect();
    let rest: Vec<(&str, String)> = rest.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let rest = crate::query::encode(&rest);
    let path = page.path();
    let mut back =
        crate::link::from_query::<&str>(&query_with_path(&format!("/{path}"), &rest), &[]);
    let mut want = state.clone();
    back.notices.clear();
    want.notices.clear();
    if back != want {
        return format!("?{query}");
    }
    if rest.is_empty() {
        path
    } else {
        format!("{path}?{rest}")
    }
}

/// A path's own page, and the app's address before it (`/tools/aluminium/` for
/// `/tools/aluminium/en/furniture/`); None where the path names no page (`/`, any other
/// address the app is served at), which keeps the app's behaviour there unchanged.
pub fn parse(pathname: &str) -> Option<(PagePath, String)> {
    let trimmed = pathname
        .strip_suffix("index.html")
        .unwrap_or(pathname)
        .trim_end_matches('/');
    let segments: Vec<&str> = trimmed.split('/').collect();
    // The page is the last one to three segments; the shortest reading wins
    // (`/en/zh/` is the Chinese home page of an app at `/en/`).
    (1..=3).find_map(|len| {
        let at = segments.len().checked_sub(len)?;
        let (before, tail) = segments.split_at_checked(at)?;
        let page = PagePath::from_segments(tail)?;
        Some((page, format!("{}/", before.join("/"))))
    })
}

/// The query the app reads at `pathname` with `search`: the page path's parameters for
/// the keys the query does not set (a query `path=` replaces the page's `product`), then
/// the query itself.
pub fn query_with_path(pathname: &str, search: &str) -> String {
    let Some((page, _)) = parse(pathname) else {
        return search.trim_start_matches('?').to_string();
    };
    let given = crate::query::parse(search);
    let has = |key: &str| given.iter().any(|(k, _)| k == key);
    let from_path: Vec<(&str, String)> = page
        .params()
        .into_iter()
        .filter(|(k, _)| {
            let replaced = *k == "product" && has("path");
            !(has(k) || replaced)
        })
        .collect();
    let mut out = crate::query::encode(&from_path);
    let search = search.trim_start_matches('?');
    if !out.is_empty() && !search.is_empty() {
        out.push('&');
    }
    out.push_str(search);
    out
}

/// The way back to the app's address from the page at `link` (a `link_for` address, below
/// the app's address): `../` for each of its segments, `./` at the app's address itself.
/// For the pre-render, which knows each page's depth but not where the site is served.
pub fn relative_base(link: &str) -> String {
    let path = link.split('?').next().unwrap_or_default();
    match path.matches('/').count() {
        0 => "./".into(),
        depth => "../".repeat(depth),
    }
}

/// The app's address: `pathname` without its page path (`/` at the site's root).
pub fn app_base(pathname: &str) -> String {
    match parse(pathname) {
        Some((_, base)) => base,
        None => match pathname.rfind('/') {
            Some(i) => pathname[..=i].to_string(),
            None => "/".into(),
        },
    }
}

/// The last segment of a compact card's page path.
const EMBED: &str = "embed";

/// The region whose pages have no region in their path.
const DEFAULT_REGION: &str = crate::regions::DEFAULT;

fn lang_code(s: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.code() == s)
}

/// A dataset's product id as a path segment can carry it (the ids of the default dataset
/// are all lower-case words with `-`).
fn is_product_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The state of a query link and the address the share panel gives it.
    #[track_caller]
    fn check_link(query: &str, want: &str) {
        let state = crate::link::from_query::<&str>(query, &[]);
        let link = link_for(&state);
        assert_eq!(link, want, "{query}");
        // The address reads back as the same state.
        let (path, search) = link.split_once('?').unwrap_or((link.as_str(), ""));
        let mut back =
            crate::link::from_query::<&str>(&query_with_path(&format!("/{path}"), search), &[]);
        let mut state = state;
        back.notices.clear();
        state.notices.clear();
        assert!(back == state, "{link} reads back as another state");
    }

    #[test]
    fn shared_links_use_the_pre_rendered_page_where_there_is_one() {
        check_link("lang=en&product=furniture", "en/furniture/");
        check_link("lang=zh&product=furniture&embed=1", "zh/furniture/embed/");
        check_link("lang=zh&view=compare", "zh/compare/");
        check_link("lang=en&view=scenario", "en/scenario/");
        // Only product pages have a pre-rendered compact card.
        check_link(
            "lang=en&view=scenario&embed=1",
            "?lang=en&view=scenario&product=lv-cable&embed=1",
        );
        // What the page does not show stays in the query.
        check_link(
            "lang=en&product=furniture&price=15000",
            "en/furniture/?price=15000",
        );
        // Rod is sold on the way to cable: it has its page too.
        check_link("lang=en&product=rod", "en/rod/");
        // A region's product page, in both languages; what it does not show stays a query.
        check_link(
            "lang=en&region=baotou&product=furniture",
            "en/baotou/furniture/",
        );
        check_link("lang=zh&product=rod&region=wenshan", "zh/wenshan/rod/");
        check_link(
            "lang=en&region=baotou&product=furniture&price=15000",
            "en/baotou/furniture/?price=15000",
        );
        // The default region's pages are the plain ones.
        check_link("lang=en&region=binzhou&product=furniture", "en/furniture/");
        // No region page for the views or the compact card: the plain one, the region in
        // the query.
        check_link(
            "lang=en&region=baotou&view=compare",
            "en/compare/?region=baotou",
        );
        check_link(
            "lang=zh&region=baotou&product=furniture&embed=1",
            "zh/furniture/embed/?region=baotou",
        );
        check_link(
            "lang=en&region=wenshan&view=scenario&embed=1",
            "?lang=en&view=scenario&product=lv-cable&embed=1&region=wenshan",
        );
        // Another dataset's link keeps its query on the app's address.
        check_link(
            "lang=en&data=%2Fchains%2Fx.json&product=furniture",
            "?lang=en&view=path&data=%2Fchains%2Fx.json&product=furniture",
        );
    }

    #[track_caller]
    fn check_relative_base(link: &str, want: &str) {
        assert_eq!(relative_base(link), want, "{link}");
    }

    #[test]
    fn the_way_back_to_the_app_counts_the_page_depth() {
        check_relative_base("en/furniture/embed/", "../../../");
        check_relative_base("zh/casings/", "../../");
        check_relative_base("en/", "../");
        check_relative_base("en/furniture/?price=15000", "../../");
        check_relative_base("?lang=en&view=scenario&embed=1", "./");
        check_relative_base("", "./");
    }

    #[track_caller]
    fn check(pathname: &str, search: &str, query: &str, base: &str) {
        assert_eq!(
            query_with_path(pathname, search),
            query,
            "query of {pathname}{search}"
        );
        assert_eq!(app_base(pathname), base, "base of {pathname}");
    }

    #[test]
    fn page_paths_stand_for_their_link_parameters() {
        check("/", "", "", "/");
        check("/", "?lang=en&product=rod", "lang=en&product=rod", "/");
        check("/index.html", "?lang=en", "lang=en", "/");
        check("/en/", "", "lang=en&view=path", "/");
        check("/zh/index.html", "", "lang=zh&view=path", "/");
        check(
            "/en/furniture/",
            "",
            "lang=en&view=path&product=furniture",
            "/",
        );
        check(
            "/en/furniture",
            "",
            "lang=en&view=path&product=furniture",
            "/",
        );
        check("/zh/compare/", "", "lang=zh&view=compare", "/");
        check("/en/scenario/", "", "lang=en&view=scenario", "/");
        check(
            "/en/furniture/embed/",
            "",
            "lang=en&view=path&product=furniture&embed=1",
            "/",
        );
        check(
            "/tools/aluminium/zh/lv-cable/",
            "",
            "lang=zh&view=path&product=lv-cable",
            "/tools/aluminium/",
        );
        check("/tools/aluminium/", "", "", "/tools/aluminium/");
        // The query wins: a link made on the page keeps its meaning.
        check(
            "/en/furniture/",
            "?lang=zh&view=path&product=rod",
            "lang=zh&view=path&product=rod",
            "/",
        );
        check(
            "/en/furniture/",
            "?path=primary,rod",
            "lang=en&view=path&path=primary,rod",
            "/",
        );
        check(
            "/en/furniture/",
            "?price=20000",
            "lang=en&view=path&product=furniture&price=20000",
            "/",
        );
        // Not a page: left alone.
        check("/de/furniture/", "?x=1", "x=1", "/de/furniture/");
        check("/examples/host-page.html", "", "", "/examples/");
        check("/en/path/", "", "", "/en/path/");
        check("/en/compare/furniture/", "", "", "/en/compare/furniture/");
        // A region's page: its region is a link parameter too; the query wins again (the
        // default region named in the query takes the path's region back).
        check(
            "/en/baotou/furniture/",
            "",
            "lang=en&view=path&product=furniture&region=baotou",
            "/",
        );
        check(
            "/tools/aluminium/zh/wenshan/rod/index.html",
            "",
            "lang=zh&view=path&product=rod&region=wenshan",
            "/tools/aluminium/",
        );
        check(
            "/en/baotou/furniture/",
            "?region=binzhou&price=1",
            "lang=en&view=path&product=furniture&region=binzhou&price=1",
            "/",
        );
        // No page: an unknown region, the default region (its pages have none in the path),
        // a region with a view or a compact card.
        check("/en/atlantis/furniture/", "", "", "/en/atlantis/furniture/");
        check("/en/binzhou/furniture/", "", "", "/en/binzhou/furniture/");
        check("/en/baotou/compare/", "", "", "/en/baotou/compare/");
        check(
            "/en/baotou/furniture/embed/",
            "",
            "",
            "/en/baotou/furniture/embed/",
        );
        // The shortest reading: the Chinese home page of an app served at `/en/`.
        check("/en/zh/", "", "lang=zh&view=path", "/en/");
    }

    /// Every page `prerendered` lists reads back from its path as itself (the regions'
    /// pages too), and stands for a state that is shared as that page.
    #[test]
    fn every_prerendered_page_reads_back_and_is_its_states_page() {
        let pages = prerendered();
        for page in &pages {
            let path = format!("/{}", page.path());
            assert_eq!(
                parse(&path),
                Some((page.clone(), "/".to_string())),
                "{path}"
            );
            // (A home page's state names its product, whose page it is shared as.)
            if page.product.is_some() || page.view != View::Path {
                assert_eq!(link_for(&page.state()), page.path(), "{path}");
            }
        }
        // Each region but the default one has a page per product and language.
        let products = pages
            .iter()
            .filter(|p| p.region.is_none() && p.product.is_some() && !p.embed)
            .count();
        let regions = region_pages();
        assert!(!regions.is_empty() && !regions.contains(&crate::regions::DEFAULT));
        assert_eq!(
            pages.iter().filter(|p| p.region.is_some()).count(),
            products * regions.len()
        );
    }

    /// The regions share the chain's products: each sells the products the default one does,
    /// the ones `prerendered` gives pages.
    #[test]
    fn every_region_sells_the_chains_products() {
        let ds = crate::state::AppState::with_default_dataset(Lang::Zh)
            .dataset()
            .clone();
        let sold = crate::model::sold_products(&ds);
        for region in region_pages() {
            let Some(Ok(regional)) = crate::regions::resolve(region) else {
                panic!("{region} resolves");
            };
            assert_eq!(crate::model::sold_products(&regional), sold, "{region}");
        }
    }

    #[test]
    fn a_page_path_reads_back() {
        for page in [
            PagePath {
                lang: Lang::Zh,
                view: View::Path,
                product: None,
                embed: false,
                region: None,
            },
            PagePath {
                lang: Lang::En,
                view: View::Path,
                product: Some("furniture".into()),
                embed: false,
                region: None,
            },
            PagePath {
                lang: Lang::En,
                view: View::Path,
                product: Some("furniture".into()),
                embed: true,
                region: None,
            },
            PagePath {
                lang: Lang::Zh,
                view: View::Compare,
                product: None,
                embed: false,
                region: None,
            },
            PagePath {
                lang: Lang::En,
                view: View::Scenario,
                product: None,
                embed: false,
                region: None,
            },
            PagePath {
                lang: Lang::En,
                view: View::Path,
                product: Some("furniture".into()),
                embed: false,
                region: Some("baotou".into()),
            },
            PagePath {
                lang: Lang::Zh,
                view: View::Path,
                product: Some("rod".into()),
                embed: false,
                region: Some("xinjiang".into()),
            },
        ] {
            let path = format!("/site/{}", page.path());
            assert_eq!(parse(&path), Some((page, "/site/".to_string())), "{path}");
        }
    }
}
