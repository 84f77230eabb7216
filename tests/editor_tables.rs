#![cfg(not(target_arch = "wasm32"))]
//! The chain editor's tables (src/editor/): each table's edits and the problems they bring,
//! each at its cell, in both languages; the last valid dataset kept while the draft is
//! invalid. Undo, redo and paste are `editor_edits.rs`'s.
mod common;

use std::rc::Rc;

use value_chain::catalog::editor::problem_text;
use value_chain::editor::{
    Cell, CellProblem, ChainColumn, ChainFigure, Column, EditAction, Editor, PresetColumn,
    ProductColumn, RangePart, SourcePart, StepColumn, StepFigure, TableId,
};
use value_chain::i18n::Lang;
use value_chain::model::Dataset;

fn minimal() -> Rc<Dataset> {
    Rc::new(Dataset::from_json(&common::minimal().to_string()).expect("the fixture loads"))
}

fn binzhou() -> Rc<Dataset> {
    Rc::new(Dataset::binzhou().expect("the default dataset loads"))
}

/// A problem's short name: the model error's tag in the file format, or the cell's own.
fn code(problem: &CellProblem) -> String {
    match problem {
        CellProblem::Blank | CellProblem::NotANumber => "number".into(),
        CellProblem::Year => "year".into(),
        CellProblem::Choice { .. } => "choice".into(),
        CellProblem::Shares => "shares".into(),
        CellProblem::Targets => "targets".into(),
        CellProblem::Model(error) => serde_json::to_value(error).expect("serialises")["error"]
            .as_str()
            .expect("tagged")
            .to_string(),
    }
}

/// Sets the cells in order on `editor`, then checks the problems: exactly `expected`, each
/// (row, column, code), in any order; every problem's text in both languages is non-empty
/// and the English is not the Chinese.
#[track_caller]
fn check_edits(
    editor: &mut Editor,
    edits: &[(usize, Column, &str)],
    expected: &[(usize, Column, &str)],
) {
    for (row, column, text) in edits {
        let action = EditAction::SetCell {
            cell: Cell::new(*row, *column),
            text: text.to_string(),
        };
        editor.apply(action).expect("the edit applies");
    }
    let mut got: Vec<(usize, Column, String)> = editor
        .errors()
        .iter()
        .map(|e| {
            let at = e.at.expect("a problem at a cell");
            (at.row, at.column, code(&e.problem))
        })
        .collect();
    let mut want: Vec<(usize, Column, String)> = expected
        .iter()
        .map(|(r, c, code)| (*r, *c, code.to_string()))
        .collect();
    got.sort();
    want.sort();
    assert_eq!(got, want, "problems after {edits:?}");
    for error in editor.errors() {
        let (zh, en) = (
            problem_text(&error.problem, Lang::Zh),
            problem_text(&error.problem, Lang::En),
        );
        assert!(
            !zh.is_empty() && !en.is_empty() && zh != en,
            "{error:?}: {zh} / {en}"
        );
    }
    assert_eq!(editor.is_valid(), expected.is_empty());
}

/// One table's case: edits of a fresh editor on the minimal chain and the problems.
#[track_caller]
fn check_chain(edits: &[(ChainColumn, &str)], expected: &[(ChainColumn, &str)]) {
    let mut editor = Editor::from_dataset(minimal());
    let edits: Vec<_> = edits
        .iter()
        .map(|(c, t)| (0, Column::Chain(*c), *t))
        .collect();
    let expected: Vec<_> = expected
        .iter()
        .map(|(c, t)| (0, Column::Chain(*c), *t))
        .collect();
    check_edits(&mut editor, &edits, &expected);
}

/// Columns of the other tables, for problems an edit brings there.
fn p(column: ProductColumn) -> Column {
    Column::Product(column)
}

fn s(column: StepColumn) -> Column {
    Column::Step(column)
}

#[track_caller]
fn check_products(edits: &[(usize, ProductColumn, &str)], expected: &[(usize, Column, &str)]) {
    let mut editor = Editor::from_dataset(minimal());
    let edits: Vec<_> = edits
        .iter()
        .map(|(r, c, t)| (*r, Column::Product(*c), *t))
        .collect();
    check_edits(&mut editor, &edits, expected);
}

#[track_caller]
fn check_steps(edits: &[(usize, StepColumn, &str)], expected: &[(usize, Column, &str)]) {
    let mut editor = Editor::from_dataset(minimal());
    let edits: Vec<_> = edits
        .iter()
        .map(|(r, c, t)| (*r, Column::Step(*c), *t))
        .collect();
    check_edits(&mut editor, &edits, expected);
}

#[track_caller]
fn check_presets(edits: &[(usize, PresetColumn, &str)], expected: &[(usize, Column, &str)]) {
    let mut editor = Editor::from_dataset(binzhou());
    let edits: Vec<_> = edits
        .iter()
        .map(|(r, c, t)| (*r, Column::Preset(*c), *t))
        .collect();
    check_edits(&mut editor, &edits, expected);
}

#[test]
fn a_dataset_opens_as_itself_and_valid() {
    for dataset in [minimal(), binzhou()] {
        let editor = Editor::from_dataset(dataset.clone());
        assert!(editor.is_valid(), "{:?}", editor.errors());
        assert_eq!(&editor.file(), dataset.file());
        assert_eq!(
            editor.rows(TableId::Products).len(),
            dataset.products().len()
        );
        assert_eq!(editor.rows(TableId::Steps).len(), dataset.steps().len());
        assert_eq!(editor.rows(TableId::Presets).len(), dataset.presets().len());
        assert_eq!(editor.rows(TableId::Chain).len(), 1);
    }
}

#[test]
fn the_chain_table() {
    use ChainColumn::*;
    let price = |p| Range(ChainFigure::MetalPrice, p);
    let region = |p| Source(ChainFigure::Region, p);
    let price_range =
        [RangePart::Low, RangePart::Base, RangePart::High].map(|p| (price(p), "range-order"));
    check_chain(&[(price(RangePart::Base), "95")], &[]);
    check_chain(&[(price(RangePart::Base), "1,000")], &price_range);
    check_chain(
        &[(price(RangePart::Low), "0")],
        &[(price(RangePart::Low), "not-positive")],
    );
    check_chain(
        &[(price(RangePart::Low), "abc")],
        &[(price(RangePart::Low), "number")],
    );
    check_chain(&[(NameZh, " ")], &[(NameZh, "missing-name")]);
    check_chain(&[(Currency, "")], &[(Currency, "empty-currency")]);
    check_chain(&[(Start, "x")], &[(Start, "unknown-product")]);
    check_chain(&[(ReferenceProduct, "c")], &[]);
    check_chain(
        &[(ReferenceProduct, "zz")],
        &[(ReferenceProduct, "unknown-product")],
    );
    check_chain(&[(VatRate, "0.6")], &[(VatRate, "value-too-large")]);
    check_chain(
        &[(PricesIncludeVat, "maybe")],
        &[(PricesIncludeVat, "choice")],
    );
    check_chain(&[(PricesIncludeVat, "No")], &[]);
    check_chain(&[(RegionTonnes, "6,460,000")], &[]);
    check_chain(&[(RegionTonnes, "646万")], &[(RegionTonnes, "number")]);
    check_chain(
        &[
            (region(SourcePart::CitationEn), ""),
            (region(SourcePart::CitationZh), ""),
        ],
        &[
            (region(SourcePart::CitationEn), "empty-citation"),
            (region(SourcePart::CitationZh), "empty-citation"),
        ],
    );
    check_chain(
        &[(region(SourcePart::Year), "1800")],
        &[(region(SourcePart::Year), "invalid-year")],
    );
    check_chain(
        &[(region(SourcePart::Year), "2019.5")],
        &[(region(SourcePart::Year), "year")],
    );
    check_chain(
        &[(region(SourcePart::Badge), "rumour")],
        &[(region(SourcePart::Badge), "choice")],
    );
    check_chain(
        &[(region(SourcePart::Link), "javascript:x")],
        &[(region(SourcePart::Link), "invalid-url")],
    );
    check_chain(&[(region(SourcePart::Link), "https://example.org/")], &[]);
    check_chain(&[(MetalZh, "铜")], &[(MetalEn, "missing-name")]);
}

#[test]
fn the_products_table() {
    use value_chain::editor::ProductFigure::{ChinaOutput, MetalContent as Content};
    use ProductColumn::*;
    // Renaming a product leaves the steps naming the old id: the steps say so.
    check_products(
        &[(1, Id, "Big B")],
        &[
            (1, p(Id), "invalid-id"),
            (0, s(StepColumn::To), "unknown-product"),
            (1, s(StepColumn::From), "unknown-product"),
        ],
    );
    check_products(
        &[(2, Id, "b")],
        &[
            (2, p(Id), "duplicate-product"),
            (1, s(StepColumn::To), "unknown-product"),
        ],
    );
    check_products(&[(1, NameEn, "")], &[(1, p(NameEn), "missing-name")]);
    check_products(&[(1, Kind, "widget")], &[(1, p(Kind), "choice")]);
    check_products(&[(1, Kind, "Finished")], &[]);
    check_products(&[(1, Level, "deep-processing")], &[]);
    check_products(&[(1, Level, "deep")], &[(1, p(Level), "choice")]);
    check_products(&[(2, Local, "yes")], &[]);
    check_products(
        &[(2, DefaultPath, "b c")],
        &[(2, p(DefaultPath), "default-path-start")],
    );
    check_products(&[(2, DefaultPath, "a, b, c")], &[]);
    check_products(
        &[(2, DefaultPath, "a x c")],
        &[(2, p(DefaultPath), "unknown-product")],
    );
    check_products(
        &[(2, MetalContent(RangePart::Base), "0.9")],
        &[
            (
                2,
                p(Source(Content, SourcePart::CitationEn)),
                "empty-citation",
            ),
            (
                2,
                p(Source(Content, SourcePart::CitationZh)),
                "empty-citation",
            ),
            (2, p(Source(Content, SourcePart::Year)), "number"),
            (2, p(Source(Content, SourcePart::Badge)), "choice"),
        ],
    );
    check_products(
        &[(2, MetalContent(RangePart::Base), "1.2")],
        &[
            (2, p(MetalContent(RangePart::Low)), "value-too-large"),
            (2, p(MetalContent(RangePart::Base)), "value-too-large"),
            (2, p(MetalContent(RangePart::High)), "value-too-large"),
            (
                2,
                p(Source(Content, SourcePart::CitationEn)),
                "empty-citation",
            ),
            (
                2,
                p(Source(Content, SourcePart::CitationZh)),
                "empty-citation",
            ),
            (2, p(Source(Content, SourcePart::Year)), "number"),
            (2, p(Source(Content, SourcePart::Badge)), "choice"),
        ],
    );
    check_products(
        &[
            (2, ChinaOutputTonnes, "1000"),
            (2, ChinaOutputYear, "1066"),
            (2, Source(ChinaOutput, SourcePart::CitationEn), "NBS"),
            (2, Source(ChinaOutput, SourcePart::Year), "2024"),
            (2, Source(ChinaOutput, SourcePart::Badge), "published"),
        ],
        &[(2, p(ChinaOutputYear), "invalid-year")],
    );
}

#[test]
fn the_steps_table() {
    use StepColumn::*;
    let av = |p| Range(StepFigure::AddedValue, p);
    let y = |p| Range(StepFigure::Yield, p);
    let all =
        |column: fn(RangePart) -> StepColumn, code| RangePart::ALL.map(|p| (0, s(column(p)), code));
    check_steps(&[(0, av(RangePart::Base), "25")], &[]);
    check_steps(&[(0, av(RangePart::Base), "35")], &all(av, "range-order"));
    check_steps(
        &[(0, av(RangePart::High), "-3")],
        &[(0, s(av(RangePart::High)), "negative")],
    );
    // A yield of 1.5 at its cells; a certain yield is one figure, reported once.
    check_steps(
        &[
            (0, y(RangePart::Low), ""),
            (0, y(RangePart::Base), "1.5"),
            (0, y(RangePart::High), ""),
        ],
        &all(y, "yield-out-of-range"),
    );
    check_steps(
        &[(0, y(RangePart::High), "1.5")],
        &[(0, s(y(RangePart::High)), "yield-out-of-range")],
    );
    check_steps(&[(0, y(RangePart::Low), "0.9")], &all(y, "range-order"));
    check_steps(&[(1, From, "x")], &[(1, s(From), "unknown-product")]);
    check_steps(
        &[(1, From, "a"), (1, To, "b")],
        &[(1, s(To), "duplicate-step")],
    );
    // A cycle: b → a closes a → b; marked as recycling, it is allowed.
    check_steps(&[(1, To, "a")], &[(0, s(To), "cycle"), (1, s(To), "cycle")]);
    check_steps(&[(1, To, "a"), (1, Recycling, "yes")], &[]);
    check_steps(&[(0, Kwh, "-1")], &[(0, s(Kwh), "negative")]);
    check_steps(&[(0, Kwh, "")], &[]);
    check_steps(&[(0, Co2, "2000")], &[(0, s(Co2), "value-too-large")]);
    check_steps(&[(0, Jobs, "many")], &[(0, s(Jobs), "number")]);
    let ml = |p| Range(StepFigure::MeltLoss, p);
    let ml_source = |p| Source(StepFigure::MeltLoss, p);
    check_steps(
        &[
            (0, ml(RangePart::Base), "0.6"),
            (0, ml_source(SourcePart::CitationEn), "Estimate"),
            (0, ml_source(SourcePart::Year), "2024"),
            (0, ml_source(SourcePart::Badge), "estimate"),
        ],
        &all(ml, "value-too-large"),
    );
    let ys = |p| Source(StepFigure::Yield, p);
    check_steps(
        &[
            (0, ys(SourcePart::CitationZh), "估计"),
            (0, ys(SourcePart::Year), "2024"),
            (0, ys(SourcePart::Badge), "estimate"),
        ],
        &[],
    );
    check_steps(
        &[(0, ys(SourcePart::Year), "2024")],
        &[
            (0, s(ys(SourcePart::CitationEn)), "empty-citation"),
            (0, s(ys(SourcePart::CitationZh)), "empty-citation"),
            (0, s(ys(SourcePart::Badge)), "choice"),
        ],
    );
    check_steps(
        &[(
            0,
            Source(StepFigure::AddedValue, SourcePart::Link),
            "ftp://x",
        )],
        &[(
            0,
            s(Source(StepFigure::AddedValue, SourcePart::Link)),
            "invalid-url",
        )],
    );
}

#[test]
fn the_presets_table() {
    use PresetColumn::*;
    let q = Column::Preset;
    check_presets(&[(0, Shares, "rod:0.5, lv-cable:0.2")], &[]);
    check_presets(
        &[(0, Shares, "rod:0.7, lv-cable:0.6")],
        &[(0, q(Shares), "shares-exceed-one")],
    );
    check_presets(&[(0, Shares, "rod 0.5")], &[(0, q(Shares), "shares")]);
    check_presets(
        &[(0, Shares, "copper:0.5")],
        &[(0, q(Shares), "unknown-product")],
    );
    check_presets(&[(0, Years, "0")], &[(0, q(Years), "invalid-preset-years")]);
    check_presets(&[(0, Years, "three")], &[(0, q(Years), "year")]);
    check_presets(&[(0, Tonnage, "-5")], &[(0, q(Tonnage), "negative")]);
    check_presets(&[(0, Targets, "gross:6e10:vat:2019; rate:0.6")], &[]);
    check_presets(&[(0, Targets, "gross-output:6e10:no-vat")], &[]);
    check_presets(&[(0, Targets, "profit:5")], &[(0, q(Targets), "targets")]);
    check_presets(&[(0, Id, "Park")], &[(0, q(Id), "invalid-id")]);
    check_presets(&[(0, NameZh, "")], &[(0, q(NameZh), "missing-name")]);
    check_presets(
        &[(0, Source(SourcePart::Badge), "")],
        &[(0, q(Source(SourcePart::Badge)), "choice")],
    );
}

#[test]
fn the_last_valid_dataset_stays_while_the_draft_is_invalid() {
    let start = minimal();
    let mut editor = Editor::from_dataset(start.clone());
    let yield_base = Cell::new(
        0,
        Column::Step(StepColumn::Range(StepFigure::Yield, RangePart::Base)),
    );
    for part in [RangePart::Low, RangePart::High] {
        let cell = Cell::new(0, Column::Step(StepColumn::Range(StepFigure::Yield, part)));
        editor
            .apply(EditAction::SetCell {
                cell,
                text: String::new(),
            })
            .expect("applies");
    }
    editor
        .apply(EditAction::SetCell {
            cell: yield_base,
            text: "0.6".into(),
        })
        .expect("applies");
    assert!(editor.is_valid());
    let valid = editor.dataset().expect("valid").clone();
    assert_eq!(valid.steps()[0].yield_.base, 0.6);
    editor
        .apply(EditAction::SetCell {
            cell: yield_base,
            text: "1.5".into(),
        })
        .expect("applies");
    assert!(!editor.is_valid());
    // The results keep the last valid chain; the table keeps what was typed.
    assert_eq!(editor.dataset(), Some(&valid));
    assert_eq!(editor.cell(yield_base), "1.5");
    assert!(editor.errors_at(yield_base).count() > 0);
}
