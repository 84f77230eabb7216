//! The pre-render step of `scripts/dist.sh`, after Trunk: writes every page of
//! `value_chain::ui::prerender::pages()` into the build, from the built `index.html`, with
//! `sitemap.xml` and `robots.txt`.
//!   prerender <dist> <site URL>     e.g. prerender dist https://example.org/tools/aluminium/
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use value_chain::i18n::Lang;
    use value_chain::ui::prerender::{page_html, pages, robots, sitemap, Site};

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
    let mut written = 0;
    for page in pages() {
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
    if let Err(e) = write(&dist.join("sitemap.xml"), &sitemap(&site))
        .and_then(|()| write(&dist.join("robots.txt"), &robots(&site)))
    {
        eprintln!("prerender: cannot write sitemap.xml or robots.txt: {e}");
        return std::process::ExitCode::FAILURE;
    }
    println!(
        "prerender: {written} pages (and index.html), sitemap.xml, robots.txt for {}",
        site.url
    );
    std::process::ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
