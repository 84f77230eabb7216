//! No module cycle in any crate of the workspace: the modules of a crate (its top-level
//! files and folders under `src/`) and the `crate::…` / `super::…` paths between them form a
//! graph, and that graph must have no cycle. A cycle is how "one definition per contract"
//! erodes: two modules that need each other cannot be read, tested or moved apart.
//!
//! The graph is read from the source text (a few lines of parsing, no dependency): paths in
//! `use` and in code, `use crate::{a::…, b}` groups, and names the crate root re-exports
//! (`pub use dataset::{Dataset, …}` makes `crate::Dataset` an edge to `dataset`). Test code
//! (`#[cfg(test)]` items) is left out: a test may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// One source file: its path relative to `src/` and its text.
struct File {
    rel: String,
    text: String,
}

/// An edge's evidence: where the path that makes it was written.
#[derive(Clone, Debug)]
struct Site {
    file: String,
    line: usize,
}

type Graph = BTreeMap<String, BTreeMap<String, Site>>;

/// The module a file belongs to, and how deep it sits (`error.rs` and `dataset/mod.rs` are
/// depth 1, so their `super` is the crate root; `dataset/edit.rs` is depth 2).
fn module_of(rel: &str) -> Option<(String, usize)> {
    let parts: Vec<&str> = rel.split('/').collect();
    let first = parts.first()?;
    if parts.len() == 1 {
        let name = first.strip_suffix(".rs")?;
        return (!matches!(name, "lib" | "main")).then(|| (name.to_string(), 1));
    }
    if *first == "bin" {
        return None;
    }
    let depth = if parts.last() == Some(&"mod.rs") {
        parts.len() - 1
    } else {
        parts.len()
    };
    Some((first.to_string(), depth))
}

/// The text without comments and without `#[cfg(test)]` items (a test module is skipped to
/// its closing brace, any other item to its end).
fn code_of(text: &str) -> String {
    let no_comments: String = text
        .lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::new();
    let mut rest = no_comments.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        // Keep the line count: blank out what is skipped.
        let after = &rest[at..];
        let end = skip_item(after);
        out.extend(after[..end].chars().filter(|c| *c == '\n'));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The length of the item starting at `s` (an attribute, then a braced block or a `;`).
fn skip_item(s: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            ';' if depth == 0 => return i + 1,
            _ => {}
        }
    }
    s.len()
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The first segment of each path in a `{…}` group starting right after its `{`.
fn group_heads(s: &str) -> Vec<&str> {
    let mut heads = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                heads.push(s[start..i].trim());
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                heads.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    heads
        .into_iter()
        .map(|h| ident_at(h.trim_start_matches("self::")))
        .filter(|h| !h.is_empty())
        .collect()
}

/// The names a path prefix (`crate::`, or `super::` in a depth-1 file) reaches in `code`,
/// with their line numbers.
fn names_after(code: &str, prefix: &str) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        // `prefix` must start a path, not end a longer identifier (`my_crate::`).
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let line = code[..at].matches('\n').count() + 1;
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            found.extend(
                group_heads(group)
                    .into_iter()
                    .map(|h| (h.to_string(), line)),
            );
        } else {
            let name = ident_at(rest);
            if !name.is_empty() {
                found.push((name.to_string(), line));
            }
        }
    }
    found
}

/// Names the crate root re-exports from its modules: `pub use dataset::{Badge, migrate};`
/// maps `Badge` and `migrate` to `dataset`.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for (at, _) in lib.match_indices("pub use ") {
        let rest = &lib[at + "pub use ".len()..];
        let module = ident_at(rest);
        let Some(after) = rest[module.len()..].strip_prefix("::") else {
            continue;
        };
        let names: Vec<&str> = match after.strip_prefix('{') {
            Some(group) => group_heads(group),
            None => vec![ident_at(after)],
        };
        for name in names {
            map.insert(name.to_string(), module.to_string());
        }
    }
    map
}

fn graph_of(files: &[File]) -> Graph {
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|f| module_of(&f.rel))
        .map(|m| m.0)
        .collect();
    let lib = files
        .iter()
        .find(|f| f.rel == "lib.rs")
        .map(|f| f.text.as_str())
        .unwrap_or("");
    let reexported = reexports(&code_of(lib));
    let resolve = |name: &str| -> Option<String> {
        if modules.contains(name) {
            Some(name.to_string())
        } else {
            reexported
                .get(name)
                .filter(|m| modules.contains(*m))
                .cloned()
        }
    };
    let mut graph = Graph::new();
    for file in files {
        let Some((from, depth)) = module_of(&file.rel) else {
            continue;
        };
        let code = code_of(&file.text);
        let mut names = names_after(&code, "crate::");
        if depth == 1 {
            names.extend(names_after(&code, "super::"));
        }
        for (name, line) in names {
            let Some(to) = resolve(&name) else { continue };
            if to != from {
                graph
                    .entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert(Site {
                        file: file.rel.clone(),
                        line,
                    });
            }
        }
    }
    graph
}

/// Every cycle's shortest witness, one per strongly connected group, as
/// "a → b → a (a: src/a.rs:3, b: src/b.rs:9)".
fn cycles(graph: &Graph) -> Vec<String> {
    let nodes: Vec<&String> = graph.keys().collect();
    let mut reported: BTreeSet<BTreeSet<String>> = BTreeSet::new();
    let mut out = Vec::new();
    for start in nodes {
        // Breadth-first from start's successors back to start: the shortest cycle through it.
        let mut prev: BTreeMap<String, String> = BTreeMap::new();
        let mut queue: std::collections::VecDeque<String> = std::collections::VecDeque::new();
        for next in graph.get(start).into_iter().flat_map(|m| m.keys()) {
            if !prev.contains_key(next) {
                prev.insert(next.clone(), start.clone());
                queue.push_back(next.clone());
            }
        }
        let mut closed = false;
        while let Some(at) = queue.pop_front() {
            if &at == start {
                closed = true;
                break;
            }
            for next in graph.get(&at).into_iter().flat_map(|m| m.keys()) {
                if !prev.contains_key(next) {
                    prev.insert(next.clone(), at.clone());
                    queue.push_back(next.clone());
                }
            }
        }
        if !closed {
            continue;
        }
        let mut path = vec![start.clone()];
        let mut at = prev[start].clone();
        while &at != start {
            path.push(at.clone());
            at = prev[&at].clone();
        }
        path.push(start.clone());
        path.reverse();
        let members: BTreeSet<String> = path.iter().cloned().collect();
        if !reported.insert(members) {
            continue;
        }
        let sites: Vec<String> = path
            .windows(2)
            .map(|w| {
                let s = &graph[&w[0]][&w[1]];
                format!("{} → {} at {}:{}", w[0], w[1], s.file, s.line)
            })
            .collect();
        out.push(format!("{} ({})", path.join(" → "), sites.join("; ")));
    }
    out
}

fn read_crate(src: &Path) -> Vec<File> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<File>) {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(File {
                    rel,
                    text: fs::read_to_string(&path).unwrap(),
                });
            }
        }
    }
    let mut out = Vec::new();
    walk(src, src, &mut out);
    out
}

fn files(list: &[(&str, &str)]) -> Vec<File> {
    list.iter()
        .map(|(rel, text)| File {
            rel: rel.to_string(),
            text: text.to_string(),
        })
        .collect()
}

/// The cycles the checker finds in a made-up crate.
#[track_caller]
fn check_fixture(list: &[(&str, &str)], expected: &[&str]) {
    let found = cycles(&graph_of(&files(list)));
    let heads: Vec<String> = found
        .iter()
        .map(|c| c.split(" (").next().unwrap_or("").to_string())
        .collect();
    assert_eq!(heads, expected, "cycles found: {found:#?}");
}

#[test]
fn the_checker_finds_what_it_should() {
    let lib = "pub mod a; pub mod b; pub mod c;\npub use a::{Alpha, helper};\npub use c::Gamma;";
    // A deliberately introduced cycle, written each way a path can be.
    check_fixture(
        &[
            ("lib.rs", lib),
            ("a.rs", "use crate::b::Beta;"),
            ("b.rs", "use crate::a::Alpha;"),
        ],
        &["a → b → a"],
    );
    check_fixture(
        &[
            ("lib.rs", lib),
            ("a.rs", "use super::b;"),
            ("b.rs", "fn f() { crate::Alpha::new(); }"),
        ],
        &["a → b → a"],
    );
    check_fixture(
        &[
            ("lib.rs", lib),
            ("a.rs", "use crate::{b::Beta, c};"),
            ("b.rs", ""),
            ("c.rs", "use crate::helper;"),
        ],
        &["a → c → a"],
    );
    check_fixture(
        &[
            ("lib.rs", lib),
            ("a/mod.rs", "mod x;"),
            ("a/x.rs", "use crate::b::B;"),
            ("b.rs", "use crate::c::C;"),
            ("c.rs", "use crate::a::A;"),
        ],
        &["a → b → c → a"],
    );
    // No cycle: one direction only; a submodule's `super` is its own module; test code,
    // comments and other crates' paths are not edges.
    check_fixture(
        &[
            ("lib.rs", lib),
            ("a.rs", "use crate::b::Beta;"),
            ("b.rs", ""),
        ],
        &[],
    );
    check_fixture(
        &[
            ("lib.rs", lib),
            ("a/mod.rs", ""),
            ("a/x.rs", "use super::Alpha;"),
            ("b.rs", "use crate::a::Alpha;"),
        ],
        &[],
    );
    check_fixture(
        &[
            ("lib.rs", lib),
            ("a.rs", "use crate::b::Beta;"),
            ("b.rs", "// crate::a::Alpha\nfn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::a::Alpha;\n}\nuse other_crate::a;"),
        ],
        &[],
    );
}

/// Checks one crate of the workspace.
#[track_caller]
fn check_crate(src: &str) {
    // MODULE_CYCLES_ROOT checks another tree (an older commit, unpacked) the same way.
    let base = std::env::var_os("MODULE_CYCLES_ROOT").map(PathBuf::from);
    let root = base
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .join(src);
    let files = read_crate(&root);
    assert!(
        !files.is_empty(),
        "no source files under {}",
        root.display()
    );
    let found = cycles(&graph_of(&files));
    assert!(
        found.is_empty(),
        "module cycles in {src}:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_model_has_no_module_cycle() {
    check_crate("model/src");
}

#[test]
fn the_host_page_api_has_no_module_cycle() {
    check_crate("api/src");
}

#[test]
fn the_share_cards_have_no_module_cycle() {
    check_crate("cards/src");
}

#[test]
fn the_app_has_no_module_cycle() {
    check_crate("src");
}
