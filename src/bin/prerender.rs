//! The pre-render step of `scripts/dist.sh`, after Trunk: writes every page of
//! `value_chain::pages::prerendered()` into the build, from the built `index.html`, with
//! the "page not found" pages (`404.html`, `en/404.html`) and the "not saved for offline
//! use" pages (`offline.html`, `en/offline.html`; neither in the sitemap), `sitemap.xml`
//! and `robots.txt`, and each product page's share card (`cards/<lang>-<id>.png`, and
//! `cards/<lang>-<region>-<id>.png` for a region's page; the page's `og:image`).
//!   prerender <dist> <site URL>     e.g. prerender dist https://example.org/tools/aluminium/
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use value_chain::i18n::Lang;
    use value_chain::pages::prerendered;
    use value_chain::ui::prerender::{head, page_html, robots, sitemap, Site};
    use value_chain::ui::{not_found, offline_page};

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, site] = args.as_slice() else {
        eprintln!("usage: prerender <dist> <site URL>");
        return std::process::ExitCode::from(2);
    };
    let dist = Path::new(dist);
    let site = Site::new(site);
    let index = dist.join("index.html");
    let template = match std::fs::read_to_string(&index) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", index.display());
            return std::process::ExitCode::FAILURE;
        }
    };
    let write = |path: &Path, text: &str| -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)
    };
    // How long the pages and the cards take, said at the end (the build's time grows with
    // the regions' pages and cards).
    let started = std::time::Instant::now();
    let mut written = 0;
    for page in prerendered() {
        let file = dist.join(page.path()).join("index.html");
        let result = write(&file, &page_html(&template, &page, &site, false)).and_then(|()| {
            // The Chinese home page is also the app's own index.html.
            let home = page.lang == Lang::Zh && page.path() == "zh/";
            if home {
                write(&index, &page_html(&template, &page, &site, true))?;
            }
            Ok(())
        });
        if let Err(e) = result {
            eprintln!("prerender: cannot write {}: {e}", file.display());
            return std::process::ExitCode::FAILURE;
        }
        written += 1;
    }
    // The "page not found" pages, one per language (`ui::not_found`).
    for lang in Lang::ALL {
        let file = dist.join(not_found::file(lang));
        if let Err(e) = write(&file, &not_found::page_html(&template, lang, &site)) {
            eprintln!("prerender: cannot write {}: {e}", file.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    // The "not saved for offline use" pages, one per language (`ui::offline_page`): the
    // service worker's answer offline for a page of the site it has not kept.
    for lang in Lang::ALL {
        let file = dist.join(offline_page::file(lang));
        if let Err(e) = write(&file, &offline_page::page_html(&template, lang, &site)) {
            eprintln!("prerender: cannot write {}: {e}", file.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    // The share cards, one per product and language, and per region (a product's card and
    // embed pages share it). Chinese needs a CJK font on the build machine: without one the cards
    // would be empty boxes, so the build stops and says which package to install.
    let pages_took = started.elapsed();
    let fonts = value_chain_cards::system_fonts();
    if !value_chain_cards::has_cjk_font(&fonts) {
        eprintln!("prerender: no CJK font for the share cards; install one (Debian: fonts-wqy-microhei, which scripts/setup.sh installs)");
        return std::process::ExitCode::FAILURE;
    }
    let mut cards = std::collections::BTreeMap::new();
    for page in prerendered() {
        if let Some(card) = head(&page).card {
            cards.entry(card.file.clone()).or_insert(card);
        }
    }
    for card in cards.values() {
        let png = match value_chain_cards::png(&value_chain_cards::svg(&card.card), fonts.clone()) {
            Ok(png) => png,
            Err(e) => {
                eprintln!("prerender: share card {}: {e}", card.file);
                return std::process::ExitCode::FAILURE;
            }
        };
        let file = dist.join(&card.file);
        if let Err(e) = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&file, png))
        {
            eprintln!("prerender: cannot write {}: {e}", file.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    if let Err(e) = write(&dist.join("sitemap.xml"), &sitemap(&site))
        .and_then(|()| write(&dist.join("robots.txt"), &robots(&site)))
    {
        eprintln!("prerender: cannot write sitemap.xml or robots.txt: {e}");
        return std::process::ExitCode::FAILURE;
    }
    println!(
        "prerender: {written} pages (and index.html; {} of them regions' pages) in {:.1} s, {} \"not found\" pages, {} share cards in {:.1} s, sitemap.xml, robots.txt for {}",
        prerendered().iter().filter(|p| p.region.is_some()).count(),
        pages_took.as_secs_f64(),
        Lang::ALL.len(),
        cards.len(),
        (started.elapsed() - pages_took).as_secs_f64(),
        site.url
    );
    std::process::ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
