//! Rules of the components in `src/ui` that the compiler does not enforce: the language and
//! the dispatcher reach components through Yew contexts (`ui::hooks::context`), never as a
//! prop, so no `Properties` struct has a `lang` or `dispatch` field. Read from the source
//! text (each `#[derive(… Properties …)]` struct's fields), so the failure names file and
//! line.

use std::fs;
use std::path::{Path, PathBuf};

/// Fields that must come from a context, not a prop.
const CONTEXT_FIELDS: [&str; 2] = ["lang", "dispatch"];

/// `(line, field)` of every context field declared in a `Properties` struct of `text`
/// (lines counted from 1).
fn context_props(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    // Properties derive seen, then inside its struct's braces.
    let (mut derive, mut inside) = (false, false);
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if inside {
            if t.starts_with('}') {
                inside = false;
                continue;
            }
            let field = t
                .strip_prefix("pub(crate) ")
                .or_else(|| t.strip_prefix("pub "));
            let name = field.unwrap_or(t).split(':').next().unwrap_or("").trim();
            if t.contains(':') && !t.starts_with("//") && CONTEXT_FIELDS.contains(&name) {
                found.push((i + 1, name.to_string()));
            }
        } else if t.starts_with("#[derive(") && t.contains("Properties") {
            derive = true;
        } else if derive && t.contains("struct ") {
            derive = false;
            inside = t.ends_with('{');
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[track_caller]
fn check(text: &str, want: &[(usize, &str)]) {
    let got = context_props(text);
    let want: Vec<(usize, String)> = want.iter().map(|(l, f)| (*l, f.to_string())).collect();
    assert_eq!(got, want, "in:\n{text}");
}

#[test]
fn the_detector_finds_context_fields_in_properties_structs_only() {
    check(
        "#[derive(Properties, PartialEq)]\npub struct P {\n    pub lang: Lang,\n    pub view: View,\n    pub dispatch: Callback<Action>,\n}\n",
        &[(3, "lang"), (5, "dispatch")],
    );
    check(
        "#[derive(PartialEq, Properties)]\npub struct P {\n    lang: Lang,\n}\n",
        &[(3, "lang")],
    );
    // Other structs and function parameters may carry a language.
    check(
        "#[derive(Clone)]\nstruct Style {\n    lang: Lang,\n}\n",
        &[],
    );
    check(
        "fn label(lang: Lang) -> String {\n    lang.tag().into()\n}\n",
        &[],
    );
    // Fields that only begin with the name, and comments, are not the field.
    check(
        "#[derive(Properties, PartialEq)]\npub struct P {\n    /// lang: from the context\n    pub lang_switch: bool,\n    pub on_dispatch: Callback<()>,\n}\n",
        &[],
    );
    check(
        "#[derive(Properties, PartialEq)]\npub struct Empty {}\n\nstruct After {\n    lang: Lang,\n}\n",
        &[],
    );
}

#[test]
fn no_component_takes_the_language_or_the_dispatcher_as_a_prop() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(
        files.len() > 40,
        "src/ui should hold the components: {files:?}"
    );
    let mut findings = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("source file");
        for (line, field) in context_props(&text) {
            findings.push(format!(
                "{}:{line}: prop `{field}` (use ui::hooks::context::use_{field} instead)",
                file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap_or(file)
                    .display()
            ));
        }
    }
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}
