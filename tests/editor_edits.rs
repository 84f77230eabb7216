#![cfg(not(target_arch = "wasm32"))]
//! Changing the chain in the editor (src/editor/): undo and redo across every table, the
//! history's limit, typing as one step, refusals, paste with and without a header row, a
//! blank chain; and the page's state following the editor through the one reducer.
mod common;

use std::rc::Rc;

use value_chain::catalog::editor::{blank_chain_names, column_header, table_title};
use value_chain::editor::{
    header_as_codes, Cell, ChainColumn, ChainFigure, Column, EditAction, EditRefusal, Editor,
    ProductColumn, RangePart, StepColumn, StepFigure, TableId, UNDO_LIMIT,
};
use value_chain::i18n::Lang;
use value_chain::model::Dataset;
use value_chain::state::{Action, AppState, FrameAction, View};

fn minimal() -> Rc<Dataset> {
    Rc::new(Dataset::from_json(&common::minimal().to_string()).expect("the fixture loads"))
}

#[test]
fn undo_and_redo_go_back_and_forth_across_every_table() {
    let start = minimal();
    let mut editor = Editor::from_dataset(start.clone());
    let cells = [
        Cell::new(0, Column::Chain(ChainColumn::NameEn)),
        Cell::new(1, Column::Product(ProductColumn::NameEn)),
        Cell::new(0, Column::Step(StepColumn::Kwh)),
    ];
    let mut snapshots = vec![editor.file()];
    for n in 0..150 {
        let cell = cells[n % cells.len()];
        let text = if cell.column == Column::Step(StepColumn::Kwh) {
            format!("{n}")
        } else {
            format!("Name {n}")
        };
        editor
            .apply(EditAction::SetCell { cell, text })
            .expect("applies");
        snapshots.push(editor.file());
        if n % 50 == 7 {
            editor
                .apply(EditAction::AddRow {
                    table: TableId::Presets,
                    at: 0,
                })
                .expect("adds");
            snapshots.push(editor.file());
            editor
                .apply(EditAction::RemoveRow {
                    table: TableId::Presets,
                    row: 0,
                })
                .expect("removes");
            snapshots.push(editor.file());
        }
    }
    assert!(editor.undo_depth() >= 100);
    for expected in snapshots.iter().rev().skip(1) {
        editor.apply(EditAction::Undo).expect("undoes");
        assert_eq!(&editor.file(), expected);
    }
    assert_eq!(&editor.file(), start.file());
    assert_eq!(
        editor.apply(EditAction::Undo),
        Err(EditRefusal::NothingToUndo)
    );
    assert!(editor.is_valid());
    for expected in snapshots.iter().skip(1) {
        editor.apply(EditAction::Redo).expect("redoes");
        assert_eq!(&editor.file(), expected);
    }
    assert_eq!(
        editor.apply(EditAction::Redo),
        Err(EditRefusal::NothingToRedo)
    );
    // A new edit after an undo drops what could be redone.
    editor.apply(EditAction::Undo).expect("undoes");
    editor
        .apply(EditAction::SetCell {
            cell: cells[0],
            text: "Other".into(),
        })
        .expect("applies");
    assert!(!editor.can_redo());
}

#[test]
fn the_history_keeps_its_limit() {
    let mut editor = Editor::from_dataset(minimal());
    let cell = Cell::new(0, Column::Chain(ChainColumn::NameEn));
    for n in 0..UNDO_LIMIT + 20 {
        editor
            .apply(EditAction::SetCell {
                cell,
                text: format!("N{n}"),
            })
            .expect("applies");
    }
    assert_eq!(editor.undo_depth(), UNDO_LIMIT);
    for _ in 0..UNDO_LIMIT {
        editor.apply(EditAction::Undo).expect("undoes");
    }
    assert_eq!(editor.cell(cell), "N19");
}

#[test]
fn refusals_change_nothing() {
    let mut editor = Editor::from_dataset(minimal());
    let before = editor.clone();
    let outside = Cell::new(9, Column::Product(ProductColumn::Id));
    assert_eq!(
        editor.apply(EditAction::SetCell {
            cell: outside,
            text: "x".into()
        }),
        Err(EditRefusal::NoSuchCell)
    );
    assert_eq!(
        editor.apply(EditAction::AddRow {
            table: TableId::Chain,
            at: 0
        }),
        Err(EditRefusal::OneRowOnly)
    );
    assert_eq!(
        editor.apply(EditAction::RemoveRow {
            table: TableId::Steps,
            row: 9
        }),
        Err(EditRefusal::NoSuchCell)
    );
    assert!(matches!(
        editor.apply(EditAction::Paste {
            at: Cell::new(0, Column::Step(StepColumn::From)),
            text: "\n \n".into()
        }),
        Err(EditRefusal::Paste(_))
    ));
    assert_eq!(editor, before);
}

#[test]
fn pasted_rows_fill_the_table_with_or_without_a_header() {
    let mut editor = Editor::from_dataset(minimal());
    let at = Cell::new(2, Column::Product(ProductColumn::Id));
    let rows = "d\tD\t丁\tfinished\t\tyes\ne\tE\t戊\tfinished\t\tno\n";
    editor
        .apply(EditAction::Paste {
            at,
            text: rows.into(),
        })
        .expect("pastes");
    // Row 2 ("c") is overwritten, one row is appended.
    let products = editor.rows(TableId::Products);
    assert_eq!(products.len(), 4);
    assert_eq!(products[2].get(Column::Product(ProductColumn::Id)), "d");
    assert_eq!(
        products[3].get(Column::Product(ProductColumn::NameZh)),
        "戊"
    );
    // The step b → c now names a missing product, at its cell.
    assert!(
        editor
            .errors_at(Cell::new(1, Column::Step(StepColumn::To)))
            .count()
            > 0
    );
    editor.apply(EditAction::Undo).expect("one undo step");
    assert_eq!(editor.file(), *minimal().file());

    // Ten steps with a header row in the visitor's language (columns in any order).
    let mut editor = Editor::from_dataset(minimal());
    let header = [
        "to",
        "from",
        "added_value.base",
        "yield.base",
        "source.citation.en",
        "source.year",
        "source.badge",
    ];
    let header_zh: Vec<String> = header
        .iter()
        .map(|code| {
            let column = TableId::Steps
                .columns()
                .into_iter()
                .find(|c| c.code() == *code)
                .expect("a column");
            column_header(column, Lang::Zh)
        })
        .collect();
    let mut text = header_zh.join("\t") + "\n";
    let mut products = String::new();
    for n in 0..10 {
        text.push_str(&format!(
            "p{n}\tc\t{}\t0.9\tTest\t2024\testimate\r\n",
            100 * n
        ));
        products.push_str(&format!("p{n}\tP{n}\t品{n}\tfinished\t\tyes\n"));
    }
    let steps_end = Cell::new(2, Column::Step(StepColumn::From));
    // The page turns the headers it shows into the columns' codes before pasting.
    let names = |column| Lang::ALL.map(|lang| column_header(column, lang)).to_vec();
    let text = header_as_codes(TableId::Steps, &text, names);
    assert!(text.starts_with("to\tfrom\tadded_value.base\t"), "{text}");
    editor
        .apply(EditAction::Paste {
            at: steps_end,
            text,
        })
        .expect("pastes steps");
    let products_end = Cell::new(3, Column::Product(ProductColumn::Id));
    editor
        .apply(EditAction::Paste {
            at: products_end,
            text: products,
        })
        .expect("pastes products");
    assert!(editor.is_valid(), "{:?}", editor.errors());
    let dataset = editor.dataset().expect("valid");
    assert_eq!(dataset.steps().len(), 12);
    assert_eq!(
        dataset.step("c", "p9").expect("pasted").added_value.base,
        900.0
    );
    assert_eq!(dataset.product("p3").expect("pasted").name.zh, "品3");
}

#[test]
fn a_blank_chain_lists_what_to_fill_in() {
    let (chain, product) = blank_chain_names();
    let editor = Editor::blank(chain, product);
    assert_eq!(editor.rows(TableId::Products).len(), 1);
    assert!(editor.dataset().is_none());
    let cells: Vec<Cell> = editor.errors().iter().filter_map(|e| e.at).collect();
    let price = Cell::new(
        0,
        Column::Chain(ChainColumn::Range(ChainFigure::MetalPrice, RangePart::Base)),
    );
    assert!(cells.contains(&price), "{cells:?}");
    assert!(
        editor.errors().iter().all(|e| e.at.is_some()),
        "{:?}",
        editor.errors()
    );
    for table in TableId::ALL {
        assert_ne!(table_title(table, Lang::Zh), table_title(table, Lang::En));
    }
}

#[test]
fn typing_on_in_one_cell_is_one_undo_step() {
    let start = minimal();
    let mut editor = Editor::from_dataset(start.clone());
    let name = Cell::new(1, Column::Product(ProductColumn::NameEn));
    let kwh = Cell::new(0, Column::Step(StepColumn::Kwh));
    for text in ["B", "Bi", "Bil", "Bill"] {
        editor
            .apply(EditAction::Type {
                cell: name,
                text: text.into(),
            })
            .expect("types");
    }
    for text in ["1", "12"] {
        editor
            .apply(EditAction::Type {
                cell: kwh,
                text: text.into(),
            })
            .expect("types");
    }
    editor
        .apply(EditAction::Type {
            cell: name,
            text: "Billet".into(),
        })
        .expect("types");
    assert_eq!(editor.undo_depth(), 3);
    editor.apply(EditAction::Undo).expect("undoes");
    assert_eq!(editor.cell(name), "Bill");
    editor.apply(EditAction::Undo).expect("undoes");
    assert_eq!(editor.cell(kwh), "100");
    editor.apply(EditAction::Undo).expect("undoes");
    assert_eq!(editor.file(), *start.file());
    // Typing after an undo starts a new step.
    editor.apply(EditAction::Redo).expect("redoes");
    editor
        .apply(EditAction::Type {
            cell: name,
            text: "Bx".into(),
        })
        .expect("types");
    editor.apply(EditAction::Undo).expect("undoes");
    assert_eq!(editor.cell(name), "Bill");
}

#[test]
fn the_page_follows_the_editor_while_the_chain_is_valid() {
    let state = AppState::with_default_dataset(Lang::En)
        .apply(Action::Frame(FrameAction::SetView(View::Editor)));
    let editor = state.editor().expect("the view opens the editor").clone();
    assert!(Rc::ptr_eq(
        editor.dataset().expect("valid"),
        state.dataset()
    ));
    let first = state.dataset().steps()[0].clone();
    let av = |part| {
        Cell::new(
            0,
            Column::Step(StepColumn::Range(StepFigure::AddedValue, part)),
        )
    };
    let set = |state: AppState, cell, text: &str| {
        state.apply(Action::Editor(EditAction::SetCell {
            cell,
            text: text.into(),
        }))
    };
    let high = first.added_value.high + 100.0;
    let state = set(state, av(RangePart::High), &high.to_string());
    assert_eq!(
        state.dataset().steps()[0].added_value.high,
        high,
        "the result follows"
    );
    assert_eq!(state.reference(), state.dataset());
    // An invalid edit stays in the table; the page keeps the last valid chain.
    let state = set(state, av(RangePart::High), "-1");
    assert_eq!(state.dataset().steps()[0].added_value.high, high);
    assert!(!state.editor().expect("open").is_valid());
    assert!(
        state.notices.is_empty(),
        "the problem is at its cell, not a notice"
    );
    // Undo twice: back to the chain the editor opened on.
    let state = state
        .apply(Action::Editor(EditAction::Undo))
        .apply(Action::Editor(EditAction::Undo));
    assert_eq!(state.dataset().steps()[0], first);
    // Undo with nothing left changes nothing.
    let before = state.clone();
    assert_eq!(
        before.clone().apply(Action::Editor(EditAction::Undo)),
        before
    );
}

#[test]
fn a_blank_chain_starts_again_while_the_page_keeps_its_chain() {
    let state = AppState::with_default_dataset(Lang::Zh)
        .apply(Action::Frame(FrameAction::SetView(View::Editor)));
    let before = state.dataset().clone();
    let (chain, product) = blank_chain_names();
    let state = state.apply(Action::Editor(EditAction::StartBlank { chain, product }));
    let editor = state.editor().expect("open");
    assert_eq!(editor.rows(TableId::Products).len(), 1);
    assert!(!editor.is_valid() && editor.dataset().is_none());
    // The results keep the chain in force until the blank one is valid.
    assert!(Rc::ptr_eq(state.dataset(), &before));
}

#[test]
fn a_figure_changed_in_the_assumptions_reopens_the_editor_on_it() {
    use value_chain::model::Edit;
    use value_chain::state::FigureAction;
    let state = AppState::with_default_dataset(Lang::En)
        .apply(Action::Frame(FrameAction::SetView(View::Editor)));
    let price = Cell::new(
        0,
        Column::Chain(ChainColumn::Range(ChainFigure::MetalPrice, RangePart::Base)),
    );
    let state = state.apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice {
        base: 15000.0,
    })));
    let editor = state.editor().expect("open");
    assert!(Rc::ptr_eq(
        editor.dataset().expect("valid"),
        state.dataset()
    ));
    assert_eq!(editor.cell(price), "15000");
    // An edit in the editor keeps the figure changed in the assumptions.
    let name = Cell::new(0, Column::Chain(ChainColumn::NameEn));
    let state = state.apply(Action::Editor(EditAction::SetCell {
        cell: name,
        text: "Mine".into(),
    }));
    assert_eq!(state.dataset().metal_price().base, 15000.0);
    assert_eq!(state.dataset().name().en, "Mine");
}

#[test]
fn a_kept_draft_reads_back_as_typed() {
    use value_chain::editor::{draft_from_json, draft_to_json};
    let mut editor = Editor::from_dataset(Rc::new(Dataset::binzhou().expect("loads")));
    let cells = [
        (
            Cell::new(
                0,
                Column::Step(StepColumn::Range(StepFigure::Yield, RangePart::High)),
            ),
            "1.5",
        ),
        (
            Cell::new(1, Column::Product(ProductColumn::NameZh)),
            "新名字",
        ),
        (Cell::new(0, Column::Chain(ChainColumn::NameEn)), "Mine"),
    ];
    for (cell, text) in cells {
        editor
            .apply(EditAction::SetCell {
                cell,
                text: text.into(),
            })
            .expect("applies");
    }
    editor
        .apply(EditAction::AddRow {
            table: TableId::Presets,
            at: 0,
        })
        .expect("adds");
    let json = draft_to_json(editor.draft()).expect("writes");
    let back = draft_from_json(&json).expect("reads back");
    assert_eq!(&back, editor.draft());
    let resumed = Editor::from_draft(back);
    assert_eq!(resumed.errors(), editor.errors());
    assert_eq!(resumed.file(), editor.file());
    // Another format, an unknown column, damage: not read.
    assert!(draft_from_json(&json.replacen("\"format\":1", "\"format\":2", 1)).is_none());
    assert!(draft_from_json(&json.replacen("\"name.en\"", "\"name.xx\"", 1)).is_none());
    assert!(draft_from_json(&json[..json.len() / 2]).is_none());
}
