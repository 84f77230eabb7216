#![cfg(not(target_arch = "wasm32"))]
//! Every text the visitor reads is in `src/catalog`, in both languages: no Chinese character
//! and no `lang.pick` / `.pick(` anywhere else under `src/`. Comments too: a comment that
//! needs to show a Chinese unit writes it in pinyin (wan, yi).
//!
//! What is left out, and why (each exclusion as narrow as it can be):
//! - `#[cfg(test)]` items: tests pin Chinese input and output;
//! - the language switch's own name for Chinese (`Lang::Zh => "中文"` in `src/i18n.rs`),
//!   which is written in its own language whatever the page's;
//! - CJK punctuation and full-width forms (`。`, `、`, `８`): not words but typography the
//!   number reader (`number.rs`) and the line breaker (`chart_layout.rs`) must know.
//!   "Chinese character" here means a Han ideograph.

use std::fs;
use std::path::{Path, PathBuf};

/// A Han ideograph: the CJK Unified Ideographs, their extensions and the compatibility
/// ideographs.
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}')
}

/// The one line outside the catalog that may hold Chinese: the language's own name.
const LANGUAGE_NAME: (&str, &str) = ("i18n.rs", "Lang::Zh => \"中文\",");

/// The lines of `text` (file `rel`, relative to `src/`) that break the rule, as
/// `rel:line: text`. `#[cfg(test)]` items are skipped: from the attribute to the end of
/// the item that follows (its braces balanced, or its `;`).
fn offences(rel: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_test = false;
    let mut depth: i64 = 0;
    let mut opened = false;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if !in_test && trimmed.starts_with("#[cfg(test)]") {
            in_test = true;
            depth = 0;
            opened = false;
            continue;
        }
        if in_test {
            depth += line.matches('{').count() as i64 - line.matches('}').count() as i64;
            opened |= line.contains('{');
            let ended = (opened && depth <= 0) || (!opened && trimmed.ends_with(';'));
            if ended {
                in_test = false;
            }
            continue;
        }
        if (rel, trimmed) == LANGUAGE_NAME {
            continue;
        }
        if line.chars().any(is_han) || line.contains(".pick(") {
            found.push(format!("src/{rel}:{}: {trimmed}", n + 1));
        }
    }
    found
}

/// The files that `text` (file `rel`, relative to `src/`) declares as test modules with
/// `#[cfg(test)] mod name;`: `name.rs` or `name/mod.rs` beside it (for `mod.rs` and
/// `lib.rs`) or in the folder named after it. Such a file is a `#[cfg(test)]` item as a
/// whole.
fn test_modules(rel: &str, text: &str) -> Vec<String> {
    let (dir, stem) = match rel.rsplit_once('/') {
        Some((dir, file)) => (format!("{dir}/"), file.trim_end_matches(".rs")),
        None => (String::new(), rel.trim_end_matches(".rs")),
    };
    let base = if matches!(stem, "mod" | "lib" | "main") {
        dir
    } else {
        format!("{dir}{stem}/")
    };
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter(|pair| pair[0] == "#[cfg(test)]")
        .filter_map(|pair| pair[1].strip_prefix("mod ")?.strip_suffix(';'))
        .flat_map(|name| [format!("{base}{name}.rs"), format!("{base}{name}/mod.rs")])
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_text_outside_the_catalog() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(
        files.len() > 20,
        "found only {} files under src/",
        files.len()
    );
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|file| {
            let rel = file
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read_to_string(file).unwrap())
        })
        .collect();
    let tests: Vec<String> = texts
        .iter()
        .flat_map(|(rel, text)| test_modules(rel, text))
        .collect();
    let mut found = Vec::new();
    for (rel, text) in &texts {
        if rel.starts_with("catalog/") || tests.contains(rel) {
            continue;
        }
        found.extend(offences(rel, text));
    }
    assert!(
        found.is_empty(),
        "Chinese or lang.pick outside src/catalog (move the text to the catalog; write \
         units in comments as wan/yi):\n{}",
        found.join("\n")
    );
}

#[track_caller]
fn check(rel: &str, text: &str, expected: &[&str]) {
    assert_eq!(offences(rel, text), expected, "{text}");
}

#[test]
fn the_scanner_finds_what_it_should_and_only_that() {
    check("a.rs", "let x = 1;\n// 8万\n", &["src/a.rs:2: // 8万"]);
    check(
        "a.rs",
        "let t = lang.pick(\"a\", \"b\");",
        &["src/a.rs:1: let t = lang.pick(\"a\", \"b\");"],
    );
    check("a.rs", "let end = [\"；\", \"。\"]; // ８", &[]);
    check(
        "a.rs",
        "#[cfg(test)]\nmod tests {\n    fn f() { \"铝\"; }\n}\nconst X: &str = \"铝\";\n",
        &["src/a.rs:5: const X: &str = \"铝\";"],
    );
    check(
        "a.rs",
        "#[cfg(test)]\nuse x::y;\n// 铝\n",
        &["src/a.rs:3: // 铝"],
    );
    check("i18n.rs", "            Lang::Zh => \"中文\",", &[]);
    check(
        "other.rs",
        "            Lang::Zh => \"中文\",",
        &["src/other.rs:1: Lang::Zh => \"中文\","],
    );
}

#[track_caller]
fn check_tests(rel: &str, text: &str, expected: &[&str]) {
    assert_eq!(test_modules(rel, text), expected, "{text}");
}

#[test]
fn test_modules_are_found_where_rust_looks_for_them() {
    check_tests(
        "state/mod.rs",
        "#[cfg(test)]\nmod tests;\nmod view;\n",
        &["state/tests.rs", "state/tests/mod.rs"],
    );
    check_tests(
        "link.rs",
        "#[cfg(test)]\n  mod golden;\n",
        &["link/golden.rs", "link/golden/mod.rs"],
    );
    check_tests("lib.rs", "#[cfg(test)]\nmod t;", &["t.rs", "t/mod.rs"]);
    // Only a declaration right under the attribute, and not an inline module.
    check_tests("a.rs", "mod tests;\n#[cfg(test)]\nmod inline {}\n", &[]);
}
