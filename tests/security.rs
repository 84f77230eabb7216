//! No HTML is built from strings anywhere the app or its host-page scripts run: dataset
//! labels and link values are untrusted, and render as text only if nothing turns text
//! into markup. A source scan, so a new `inner_html` fails the build's tests, not a review.
#![cfg(not(target_arch = "wasm32"))]
use std::path::{Path, PathBuf};

/// Rust APIs that parse a string as HTML or code.
const RUST_FORBIDDEN: &[&str] = &[
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "from_html_unchecked",
    "dangerously",
    "js_sys::eval",
    "Function::new",
    "srcdoc",
    "document_write",
    ".write_with_str",
];

/// The same for the JavaScript served beside the app (host-page script, service worker,
/// example host page). Matched case-insensitively.
const JS_FORBIDDEN: &[&str] = &[
    "innerhtml",
    "outerhtml",
    "insertadjacenthtml",
    "document.write",
    "eval(",
    "new function",
    "srcdoc",
    "javascript:",
    "createcontextualfragment",
];

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every line of the given files containing one of the patterns, as `path:line: text`.
fn hits(paths: &[PathBuf], patterns: &[&str], lowercase: bool) -> Vec<String> {
    let mut found = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            let hay = if lowercase {
                line.to_lowercase()
            } else {
                line.to_string()
            };
            for p in patterns {
                if hay.contains(p) {
                    found.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn no_html_from_strings_in_rust_sources() {
    let mut paths = Vec::new();
    files(&root().join("src"), "rs", &mut paths);
    files(&root().join("api/src"), "rs", &mut paths);
    assert!(
        paths.len() > 20,
        "the scan must see the sources: {} files",
        paths.len()
    );
    let found = hits(&paths, RUST_FORBIDDEN, false);
    assert!(
        found.is_empty(),
        "HTML or code built from strings:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_html_from_strings_in_served_javascript() {
    let mut paths = Vec::new();
    for dir in ["assets", "examples"] {
        files(&root().join(dir), "js", &mut paths);
        files(&root().join(dir), "html", &mut paths);
    }
    paths.push(root().join("scripts/sw.template.js"));
    paths.push(root().join("index.html"));
    paths.retain(|p| p.exists());
    assert!(
        paths.iter().any(|p| p.ends_with("assets/embed.js")),
        "{paths:?}"
    );
    let found = hits(&paths, JS_FORBIDDEN, true);
    assert!(
        found.is_empty(),
        "HTML or code built from strings:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    // The scanner itself must be able to fail.
    let dir = std::env::temp_dir().join(format!("value-chain-security-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.rs");
    std::fs::write(&bad, "fn f(e: &Element) { e.set_inner_html(label); }\n").unwrap();
    let js = dir.join("bad.js");
    std::fs::write(&js, "el.innerHTML = label;\n").unwrap();
    let found_rs = hits(&[bad], RUST_FORBIDDEN, false);
    let found_js = hits(&[js], JS_FORBIDDEN, true);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(found_rs.len(), 1, "{found_rs:?}");
    assert_eq!(found_js.len(), 1, "{found_js:?}");
}

#[test]
fn postmessage_handlers_check_origin_and_source() {
    // The host-page resizer acts only on messages from its own iframes' windows and origins.
    let embed = std::fs::read_to_string(root().join("assets/embed.js")).unwrap();
    assert!(
        embed.contains("event.source"),
        "embed.js must check the message's source window"
    );
    assert!(
        embed.contains("event.origin"),
        "embed.js must check the message's origin"
    );
    // The app itself listens to no window messages: nothing a host page posts can reach it.
    let mut paths = Vec::new();
    files(&root().join("src"), "rs", &mut paths);
    let listeners = hits(&paths, &["set_onmessage", "(\"message\""], false);
    assert!(
        listeners.is_empty(),
        "a message listener in the app needs origin checks and a test: {listeners:?}"
    );
}
