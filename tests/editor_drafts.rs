#![cfg(not(target_arch = "wasm32"))]
//! Drafts kept under names and discarded (src/editor/shelf.rs, session.rs), a chain from a
//! link shown read-only until a copy is edited (src/state/), and the tables as CSV
//! (src/export.rs): each through the one reducer or the pure functions the page calls.
mod common;

use std::rc::Rc;

use value_chain::catalog::editor::blank_chain_names;
use value_chain::editor::shelf::{self, Shelf, ShelfEntry, MAX_DRAFTS};
use value_chain::editor::{
    draft_from_json, draft_to_json, Cell, ChainColumn, Column, EditAction, EditRefusal, Editor,
    ProductColumn, RangePart, StepColumn, StepFigure, TableId, MAX_DRAFT_NAME_CHARS,
};
use value_chain::i18n::Lang;
use value_chain::model::Dataset;
use value_chain::state::{Action, AppState, DataAction, FrameAction, View};
use value_chain::stored_list::StoredListError;

fn minimal() -> Rc<Dataset> {
    Rc::new(Dataset::from_json(&common::minimal().to_string()).expect("the fixture loads"))
}

fn set(cell: Cell, text: &str) -> EditAction {
    EditAction::SetCell {
        cell,
        text: text.into(),
    }
}

fn chain_name() -> Cell {
    Cell::new(0, Column::Chain(ChainColumn::NameEn))
}

fn av_high() -> Cell {
    Cell::new(
        0,
        Column::Step(StepColumn::Range(StepFigure::AddedValue, RangePart::High)),
    )
}

#[test]
fn discarding_a_draft_returns_to_the_chain_it_started_from() {
    // (how the draft was made, whether the page's chain changed before discarding)
    #[track_caller]
    fn check(what: &str, before: Vec<EditAction>, edits: Vec<EditAction>) {
        let mut state = AppState::new(Lang::En, minimal())
            .apply(Action::Frame(FrameAction::SetView(View::Editor)));
        for edit in before {
            state = state.apply(Action::Editor(edit));
        }
        let origin = state.dataset().clone();
        for edit in edits {
            state = state.apply(Action::Editor(edit));
        }
        let state = state.apply(Action::Editor(EditAction::Discard));
        let editor = state.editor().expect("open");
        assert!(editor.is_valid(), "{what}: {:?}", editor.errors());
        assert_eq!(editor.file(), *origin.file(), "{what}: the editor");
        assert_eq!(
            state.dataset().file(),
            origin.file(),
            "{what}: the page's chain"
        );
        assert!(!editor.can_undo(), "{what}: discarding is not undone");
        assert_eq!(editor.draft().name(), "", "{what}");
    }
    let (chain, product) = blank_chain_names();
    check(
        "an edited chain",
        vec![],
        vec![set(chain_name(), "Mine"), set(av_high(), "999999")],
    );
    check("an invalid draft", vec![], vec![set(av_high(), "-1")]);
    check(
        "a blank chain, started after an edit and named: back to the edited chain",
        vec![set(chain_name(), "Mine")],
        vec![
            EditAction::StartBlank { chain, product },
            set(chain_name(), "Copper"),
            EditAction::NameDraft("copper".into()),
        ],
    );
    check("nothing changed", vec![], vec![]);
}

#[test]
fn a_draft_is_named_within_its_limits() {
    #[track_caller]
    fn check(name: &str, kept: Result<&str, EditRefusal>) {
        let mut editor = Editor::from_dataset(minimal());
        let result = editor.apply(EditAction::NameDraft(name.into()));
        match kept {
            Ok(expected) => {
                assert_eq!(result, Ok(()), "{name:?}");
                assert_eq!(editor.draft().name(), expected, "{name:?}");
                assert!(
                    !editor.can_undo(),
                    "{name:?}: naming is not an edit of the tables"
                );
            }
            Err(refusal) => {
                assert_eq!(result, Err(refusal), "{name:?}");
                assert_eq!(editor.draft().name(), "", "{name:?}: unchanged");
            }
        }
    }
    let refused = EditRefusal::DraftName {
        max: MAX_DRAFT_NAME_CHARS,
    };
    check("Copper 2026", Ok("Copper 2026"));
    check("  铜产业链草稿  ", Ok("铜产业链草稿"));
    check("", Ok(""));
    check(
        &"x".repeat(MAX_DRAFT_NAME_CHARS),
        Ok(&"x".repeat(MAX_DRAFT_NAME_CHARS)),
    );
    check(&"x".repeat(MAX_DRAFT_NAME_CHARS + 1), Err(refused.clone()));
    check("a\u{7}b", Err(refused.clone()));
    check("two\nlines", Err(refused));
}

#[test]
fn a_kept_draft_keeps_its_name_and_the_chain_it_started_from() {
    let mut editor = Editor::from_dataset(minimal());
    editor
        .apply(set(chain_name(), "Before blank"))
        .expect("applies");
    let (chain, product) = blank_chain_names();
    editor
        .apply(EditAction::StartBlank { chain, product })
        .expect("starts");
    editor
        .apply(EditAction::NameDraft("mine".into()))
        .expect("named");
    editor.apply(set(chain_name(), "Copper")).expect("applies");
    let json = draft_to_json(editor.draft()).expect("writes");
    let back = draft_from_json(&json).expect("reads back");
    assert_eq!(&back, editor.draft());
    assert_eq!(back.name(), "mine");
    // The chain a blank draft returns to is the one in force before it, as edited.
    assert_eq!(back.origin().name.en, "Before blank");
    assert_ne!(back.origin(), back.base());

    // What is read back is checked.
    #[track_caller]
    fn refused(what: &str, text: &str) {
        assert!(draft_from_json(text).is_none(), "{what}");
    }
    refused(
        "a name too long",
        &json.replacen(
            "\"name\":\"mine\"",
            &format!("\"name\":\"{}\"", "m".repeat(81)),
            1,
        ),
    );
    refused(
        "a name with a control character",
        &json.replacen("\"name\":\"mine\"", "\"name\":\"mi\\u0007ne\"", 1),
    );
    refused(
        "a name not trimmed",
        &json.replacen("\"name\":\"mine\"", "\"name\":\" mine\"", 1),
    );
    refused(
        "an origin that is not a valid chain",
        &json.replacen(
            "\"origin\":{\"schema\"",
            "\"origin\":{\"start\":\"nowhere\",\"schema\"",
            1,
        ),
    );
    assert!(
        json.contains("\"origin\":{\"schema\""),
        "the test above damages the origin"
    );
}

fn entry(name: &str, origin: &str) -> ShelfEntry {
    ShelfEntry {
        name: name.into(),
        chain: format!("{name}'s chain"),
        origin: origin.into(),
        saved_at: "2026-12-06T20:00:00.000Z".into(),
    }
}

#[test]
fn the_index_of_kept_drafts_is_read_only_when_it_could_have_been_written() {
    let good = shelf::serialize(&Shelf {
        entries: vec![
            entry("", "cbf29ce484222325"),
            entry("copper", "af63dc4c8601ec8c"),
        ],
    });
    #[track_caller]
    fn check(text: Option<&str>, expected: Result<usize, StoredListError>) {
        // What made it corrupt is the parser's to say; that it is corrupt is checked.
        let got = shelf::parse(text)
            .map(|s| s.entries.len())
            .map_err(|e| match e {
                StoredListError::Corrupt { .. } => StoredListError::Corrupt {
                    message: String::new(),
                },
                other => other,
            });
        assert_eq!(got, expected, "{text:?}");
    }
    let corrupt = || {
        Err(StoredListError::Corrupt {
            message: String::new(),
        })
    };
    check(None, Ok(0));
    check(Some(&good), Ok(2));
    check(Some("{"), corrupt());
    check(Some("[]"), corrupt());
    check(
        Some(&good.replacen("\"format\":1", "\"format\":7", 1)),
        Err(StoredListError::UnsupportedSchema { found: 7 }),
    );
    check(
        Some(&good.replacen("\"format\":1", "\"format\":1,\"extra\":0", 1)),
        corrupt(),
    );
    check(
        Some(&good.replace("copper", "")),
        corrupt(), // two drafts of one name
    );
    check(
        Some(&good.replacen("af63dc4c8601ec8c", "../../etc/passwd", 1)),
        corrupt(),
    );
    check(
        Some(&good.replacen("\"name\":\"copper\"", "\"name\":\" copper\"", 1)),
        corrupt(),
    );
    let big = " ".repeat(shelf::MAX_INDEX_BYTES + 1);
    check(
        Some(&big),
        Err(StoredListError::TooLarge {
            bytes: shelf::MAX_INDEX_BYTES + 1,
        }),
    );
    let many = shelf::serialize(&Shelf {
        entries: (0..=MAX_DRAFTS)
            .map(|n| entry(&format!("d{n}"), "cbf29ce484222325"))
            .collect(),
    });
    check(
        Some(&many),
        Err(StoredListError::TooMany {
            count: MAX_DRAFTS + 1,
            max: MAX_DRAFTS,
        }),
    );
}

#[test]
fn the_shelf_keeps_the_newest_drafts_by_name() {
    let mut shelf = Shelf::default();
    let mut dropped_all = Vec::new();
    for n in 0..MAX_DRAFTS + 2 {
        let (next, dropped) = shelf.with(entry(&format!("d{n}"), "cbf29ce484222325"));
        shelf = next;
        dropped_all.extend(dropped);
    }
    assert_eq!(shelf.entries.len(), MAX_DRAFTS);
    assert_eq!(
        dropped_all,
        vec![shelf::draft_key("d0"), shelf::draft_key("d1")],
        "the oldest go, with their keys"
    );
    // Keeping a draft of a name already kept replaces it, as the newest.
    let (shelf, dropped) = shelf.with(entry("d5", "af63dc4c8601ec8c"));
    assert!(dropped.is_empty());
    assert_eq!(shelf.entries.len(), MAX_DRAFTS);
    assert_eq!(shelf.entries.last().map(|e| e.name.as_str()), Some("d5"));
    assert_eq!(
        shelf
            .newest_from("af63dc4c8601ec8c")
            .map(|e| e.name.as_str()),
        Some("d5")
    );
    assert_eq!(
        shelf
            .newest_from("cbf29ce484222325")
            .map(|e| e.name.as_str()),
        Some(format!("d{}", MAX_DRAFTS + 1).as_str())
    );
    let shelf = shelf.without("d5");
    assert!(shelf.newest_from("af63dc4c8601ec8c").is_none());
    assert_ne!(shelf::draft_key(""), shelf::draft_key("d5"));
    // What is written reads back.
    assert_eq!(shelf::parse(Some(&shelf::serialize(&shelf))), Ok(shelf));
}

#[test]
fn an_entry_names_the_chain_a_draft_started_from() {
    let mut editor = Editor::from_dataset(minimal());
    let origin = shelf::origin_hash(editor.draft());
    editor.apply(set(chain_name(), "Mine")).expect("applies");
    let entry = shelf::entry_for(editor.draft(), false, "2026-12-06T20:00:00.000Z");
    assert_eq!(entry.origin, origin, "an edit does not change the origin");
    assert_eq!(entry.chain, "Mine");
    let (chain, product) = blank_chain_names();
    editor
        .apply(EditAction::StartBlank { chain, product })
        .expect("starts");
    // A blank chain's draft returns to the chain in force when it was started: the edited one.
    assert_eq!(editor.draft().origin().name.en, "Mine");
    assert_ne!(shelf::origin_hash(editor.draft()), origin);
    let zh = shelf::entry_for(editor.draft(), true, "2026");
    assert_eq!(zh.chain, "新产业链");
}

#[test]
fn a_chain_from_a_link_is_read_only_until_a_copy_is_edited() {
    let state = AppState::new(Lang::Zh, minimal())
        .apply(Action::Data(DataAction::MarkShared))
        .apply(Action::Frame(FrameAction::SetView(View::Editor)));
    assert!(state.shared_chain());
    let before = state.dataset().clone();
    let state = state.apply(Action::Editor(set(chain_name(), "Changed")));
    assert!(
        Rc::ptr_eq(state.dataset(), &before),
        "no edit while read-only"
    );
    assert_eq!(
        state.editor().map(|e| e.cell(chain_name()).to_string()),
        Some(before.name().en.clone())
    );
    let state = state
        .apply(Action::Frame(FrameAction::SetView(View::Path)))
        .apply(Action::Data(DataAction::EditCopy));
    assert!(!state.shared_chain());
    assert_eq!(state.view, View::Editor);
    let state = state.apply(Action::Editor(set(chain_name(), "Changed")));
    assert_eq!(state.dataset().name().en, "Changed");
    // Another chain brought in is not read-only.
    let state = AppState::new(Lang::En, minimal())
        .apply(Action::Data(DataAction::MarkShared))
        .apply(Action::Data(DataAction::ResetDataset));
    assert!(!state.shared_chain());
}

#[test]
fn the_tables_as_csv() {
    let mut editor = Editor::from_dataset(minimal());
    let name = Cell::new(1, Column::Product(ProductColumn::NameEn));
    editor
        .apply(set(name, "=HYPERLINK(\"x\")"))
        .expect("applies");
    editor.apply(set(av_high(), "-5")).expect("applies");
    #[track_caller]
    fn check(csv: &str, line: &str) {
        assert!(
            csv.trim_start_matches('\u{feff}')
                .split("\r\n")
                .any(|l| l == line || l.starts_with(&format!("{line},"))),
            "no line {line:?} in\n{csv}"
        );
    }
    let en = value_chain::export::editor_csv(editor.draft(), Lang::En);
    let zh = value_chain::export::editor_csv(editor.draft(), Lang::Zh);
    assert!(en.starts_with('\u{feff}'));
    for (csv, lang) in [(&en, Lang::En), (&zh, Lang::Zh)] {
        for table in TableId::ALL {
            check(csv, value_chain::catalog::editor::table_title(table, lang));
        }
    }
    check(
        &en,
        "Id,\"Product name, English\",\"Product name, Chinese\"",
    );
    // Text that a spreadsheet would run as a formula is neutralised; a typed number stays.
    assert!(en.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{en}");
    assert!(en.contains(",-5,"), "{en}");
    // As many lines as rows: per table a title, a header and its rows, a blank line between.
    let rows: usize = TableId::ALL.iter().map(|&t| editor.rows(t).len()).sum();
    assert_eq!(en.matches("\r\n").count(), rows + 2 * 4 + 3);
}

#[test]
fn a_chain_built_from_blank_shows_a_path_once_it_has_one() {
    let (chain, product) = blank_chain_names();
    let mut state = AppState::new(Lang::En, minimal())
        .apply(Action::Frame(FrameAction::SetView(View::Editor)))
        .apply(Action::Editor(EditAction::StartBlank { chain, product }));
    // Every figure of the chain's own, pasted as one row under its codes.
    let mut header = vec!["currency".to_string()];
    let mut row = vec!["CNY".to_string()];
    for (figure, base) in [
        ("metal_price", "70000"),
        ("melt_loss", "0.02"),
        ("scrap_price", "60000"),
    ] {
        header.push(format!("{figure}.base"));
        row.push(base.into());
    }
    header.extend(["vat.rate".into(), "region.primary_tonnes_per_year".into()]);
    row.extend(["0.13".into(), "100000".into()]);
    for figure in ["metal_price", "melt_loss", "scrap_price", "vat", "region"] {
        for (part, text) in [
            ("citation.en", "Test figure"),
            ("year", "2024"),
            ("badge", "estimate"),
        ] {
            header.push(format!("{figure}.source.{part}"));
            row.push(text.into());
        }
    }
    let paste = |at: Cell, lines: &[Vec<String>]| {
        Action::Editor(EditAction::Paste {
            at,
            text: lines
                .iter()
                .map(|l| l.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
        })
    };
    state = state.apply(paste(chain_name(), &[header, row]));
    let editor = state.editor().expect("open");
    assert!(editor.is_valid(), "{:?}", editor.errors());
    // Valid with its start product alone: the path is that product.
    assert_eq!(state.path(), ["metal".to_string()]);
    let product = |id: &str| {
        vec![
            id.to_string(),
            format!("{id} en"),
            format!("{id} zh"),
            "finished".into(),
        ]
    };
    let products = Cell::new(1, Column::Product(ProductColumn::Id));
    state = state.apply(paste(products, &[product("rod")]));
    let line = |fields: &[&str]| fields.iter().map(|f| f.to_string()).collect::<Vec<_>>();
    let step = [
        line(&[
            "from",
            "to",
            "added_value.base",
            "yield.base",
            "source.citation.en",
            "source.year",
            "source.badge",
        ]),
        line(&[
            "metal",
            "rod",
            "1000",
            "1",
            "Test figure",
            "2024",
            "estimate",
        ]),
    ];
    state = state.apply(paste(Cell::new(0, Column::Step(StepColumn::From)), &step));
    let editor = state.editor().expect("open");
    assert!(editor.is_valid(), "{:?}", editor.errors());
    assert_eq!(
        state.path(),
        ["metal".to_string(), "rod".to_string()],
        "the start alone gives way to the chain's first end product"
    );
}

#[test]
fn a_notice_of_a_missing_product_goes_once_the_editor_brings_a_chain_that_has_it() {
    use value_chain::state::{Notice, PathAction, Subject};
    let rejected = |s: &AppState, id: &str| {
        s.notices
            .iter()
            .any(|n| matches!(n, Notice::Rejected { what: Subject::Product(p), .. } if p == id))
    };
    // A link's product the chain in force does not have (a reload before the draft).
    let state = AppState::new(Lang::En, minimal())
        .apply(Action::Frame(FrameAction::SetView(View::Editor)))
        .apply(Action::Path(PathAction::SelectProduct("wire".into())))
        .apply(Action::Path(PathAction::SelectProduct("gold".into())));
    assert!(rejected(&state, "wire") && rejected(&state, "gold"));
    // The editor's chain gets a product "wire": that notice goes, the other stays.
    let rows = state.editor().expect("open").rows(TableId::Products).len();
    let state = state.apply(Action::Editor(EditAction::Paste {
        at: Cell::new(rows, Column::Product(ProductColumn::Id)),
        text: "id\tname.en\tname.zh\tkind\nwire\tWire\tWire zh\tfinished".into(),
    }));
    let editor = state.editor().expect("open");
    assert!(editor.is_valid(), "{:?}", editor.errors());
    assert!(!rejected(&state, "wire"), "{:?}", state.notices);
    assert!(rejected(&state, "gold"));
}
