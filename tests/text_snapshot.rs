#![cfg(not(target_arch = "wasm32"))]
//! Every text of the catalog in both languages, written to `tests/snapshots/texts.txt`: a
//! changed wording shows in review as a diff of that file. Every fixed text (`Text::ALL`,
//! `Csv::ALL`), every text function with representative arguments, and every error variant
//! (model, dataset, saved views, number fields, notices), each with its model `Display`.
//! The test fails when the output differs from the file and prints the changed lines;
//! `UPDATE_SNAPSHOTS=1 cargo test --test text_snapshot` rewrites the file.
use std::fmt::Write as _;
use std::path::PathBuf;

use value_chain::catalog::editor as editor_words;
use value_chain::catalog::errors::{dataset_error, model_error, saved_views_error};
use value_chain::catalog::files::{self, Csv};
use value_chain::catalog::metal::{self, Metal};
use value_chain::catalog::notices::{figure_name, notice, problem, schema1_import};
use value_chain::catalog::numbers;
use value_chain::catalog::readings;
use value_chain::catalog::texts::{self, Text};
use value_chain::i18n::Lang;
use value_chain::model::{
    Badge, Dataset, DatasetError, Field, Figure, FirmBoundaries, ImportNotice, Item, Language,
    ModelError, MoneyBasis, Name, ProcessingLevel, Reference, SourceField, VerdictKind, YearSpan,
};
use value_chain::number::NumberError;
use value_chain::saved::SavedViewsError;
use value_chain::state::{DataProblem, DataSource, Notice, Problem, Subject};
use value_chain::stored_list::StoredListError;

/// The snapshot being written: one entry per text, its key then its Chinese and English.
#[derive(Default)]
struct Snapshot(String);

impl Snapshot {
    fn section(&mut self, name: &str) {
        let _ = writeln!(self.0, "\n## {name}\n");
    }

    /// A text in both languages.
    fn both(&mut self, key: &str, text: impl Fn(Lang) -> String) {
        let _ = writeln!(self.0, "{key}");
        for (tag, lang) in [("zh", Lang::Zh), ("en", Lang::En)] {
            let _ = writeln!(self.0, "  {tag}: {}", text(lang));
        }
    }

    /// A text with the model's own (English) `Display` of the same error.
    fn with_display(&mut self, key: &str, display: String, text: impl Fn(Lang) -> String) {
        self.both(key, text);
        let _ = writeln!(self.0, "  display: {display}");
    }
}

/// Spans of the years of a result's figures: fees over years (not indexed), and all of the
/// price year.
const SPAN_2013_2025: YearSpan = YearSpan {
    metal: 2019,
    fees_from: Some(2013),
    fees_to: Some(2025),
};
const SPAN_2019: YearSpan = YearSpan {
    metal: 2019,
    fees_from: Some(2019),
    fees_to: Some(2019),
};

fn s(v: &str) -> String {
    v.to_string()
}

fn model_errors() -> Vec<ModelError> {
    use ModelError as M;
    vec![
        M::UnknownPreset { id: s("base-plan") },
        M::UnknownProduct { id: s("foil") },
        M::EmptyPath,
        M::NoStep {
            from: s("rod"),
            to: s("lv-cable"),
        },
        M::RecyclingStepInPath {
            from: s("scrap"),
            to: s("ingot"),
        },
        M::NoDefaultPath { product: s("foil") },
        M::PathStart {
            product: s("lv-cable"),
            first: s("rod"),
            start: s("ingot"),
        },
        M::PathEnd {
            product: s("lv-cable"),
            last: s("rod"),
        },
        M::ShareForStart {
            product: s("ingot"),
        },
        M::InvalidTonnage {
            value: -5.0,
            max: 1e10,
        },
        M::InvalidTonnage {
            value: f64::NEG_INFINITY,
            max: 1e10,
        },
        M::InvalidShare {
            product: s("foil"),
            value: 1.5,
        },
        M::SharesExceedOne { total: 1.2 },
        M::SharesExceedOne {
            total: f64::INFINITY,
        },
        M::UnknownStep {
            from: s("rod"),
            to: s("foil"),
        },
        M::DuplicateUplift {
            from: s("rod"),
            to: s("lv-cable"),
        },
        M::InvalidUplift {
            from: s("rod"),
            to: s("lv-cable"),
            percent: 5000.0,
            max: 1000.0,
        },
        M::InvalidYears { years: 0, max: 50 },
        M::InvalidTarget { value: f64::NAN },
        M::NoValueAddedEstimate,
        M::TargetBasisStated {
            metric: s("gross"),
            stated: s("statistical"),
            asked: s("market"),
        },
        M::InvalidSamples {
            requested: 0,
            max: 1_000_000,
        },
        M::TooManyPaths { limit: 10_000 },
        M::NotFinite {
            what: s("added value per ton"),
        },
        M::NotFinite {
            what: s("metal per ton"),
        },
        M::NotFinite {
            what: s("total added value"),
        },
        M::NotFinite {
            what: s("total output value"),
        },
        M::NotFinite {
            what: s("gross output"),
        },
        M::NotFinite {
            what: s("retained value"),
        },
        M::NotFinite { what: s("tornado") },
        M::NotFinite {
            what: s("Monte Carlo sample"),
        },
        M::NotFinite {
            what: s("something new"),
        },
        M::Serialize {
            message: s("key must be a string"),
        },
    ]
}

fn items() -> Vec<Item> {
    vec![
        Item::Dataset,
        Item::Metal,
        Item::MetalPrice,
        Item::MeltLoss,
        Item::ScrapPrice,
        Item::Region,
        Item::Baseline,
        Item::Preset { id: s("base-plan") },
        Item::Product { id: s("ingot") },
        Item::Step {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Item::Vat,
        Item::ValueAddedShare {
            level: s("deep-processing"),
        },
        Item::StepMeltLoss {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Item::StepValueAddedShare {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Item::MetalContent { id: s("lv-cable") },
        Item::ChinaOutput {
            id: s("auto-sheet"),
        },
    ]
}

const FIELDS: [Field; 12] = [
    Field::Low,
    Field::Base,
    Field::High,
    Field::Yield,
    Field::KwhPerT,
    Field::JobsPer10kt,
    Field::Co2PerT,
    Field::PrimaryTonnesPerYear,
    Field::Tonnage,
    Field::Share,
    Field::Target,
    Field::Rate,
];

const SOURCES: [SourceField; 5] = [
    SourceField::Source,
    SourceField::YieldSource,
    SourceField::KwhSource,
    SourceField::JobsSource,
    SourceField::Co2Source,
];

fn references() -> Vec<Reference> {
    vec![
        Reference::Start,
        Reference::StepFrom {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Reference::StepTo {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Reference::DefaultPath {
            product: s("lv-cable"),
        },
        Reference::Edit,
        Reference::ReferenceProduct,
        Reference::Baseline,
        Reference::Preset { id: s("base-plan") },
    ]
}

fn dataset_errors() -> Vec<DatasetError> {
    use DatasetError as D;
    let mut errors = vec![
        D::TooLarge {
            bytes: 3_000_000,
            limit: 2_097_152,
        },
        D::Syntax {
            line: 3,
            column: 5,
            message: s("expected value"),
        },
        D::Syntax {
            line: 9,
            column: 1,
            message: s("EOF while parsing an object"),
        },
        D::WrongType {
            line: 12,
            column: 4,
            message: s("missing field `melt_loss`"),
        },
        D::WrongType {
            line: 12,
            column: 4,
            message: s("invalid type: string \"abc\", expected f64"),
        },
        D::UnsupportedSchema {
            found: s("3"),
            oldest: 1,
            supported: 2,
        },
        D::TooManyProducts {
            count: 1001,
            limit: 1000,
        },
        D::TooManySteps {
            count: 5001,
            limit: 5000,
        },
        D::InvalidId {
            id: s("Rod"),
            max_len: 64,
        },
        D::DuplicateProduct { id: s("rod") },
        D::DuplicatePreset { id: s("base-plan") },
        D::MissingFigure {
            field: s("melt_loss"),
        },
        D::TooManyPresets {
            count: 51,
            limit: 50,
        },
        D::InvalidPresetYears {
            id: s("base-plan"),
            years: 0,
            max: 50,
        },
        D::DuplicateStep {
            from: s("rod"),
            to: s("lv-cable"),
        },
        D::UnknownStep {
            from: s("rod"),
            to: s("foil"),
        },
        D::NoValueAddedShare {
            item: Item::StepValueAddedShare {
                from: s("rod"),
                to: s("foil"),
            },
        },
        D::EmptyCurrency,
        D::YieldOutOfRange {
            from: s("rod"),
            to: s("lv-cable"),
            value: 1.2,
        },
        D::YieldOutOfRange {
            from: s("rod"),
            to: s("lv-cable"),
            value: f64::NAN,
        },
        D::Cycle {
            products: vec![s("foil"), s("rod")],
        },
        D::DefaultPathStart {
            product: s("lv-cable"),
            first: Some(s("rod")),
            start: s("ingot"),
        },
        D::DefaultPathStart {
            product: s("lv-cable"),
            first: None,
            start: s("ingot"),
        },
        D::DefaultPathEnd {
            product: s("lv-cable"),
            last: Some(s("rod")),
        },
        D::DefaultPathEnd {
            product: s("lv-cable"),
            last: None,
        },
        D::DefaultPathNoStep {
            product: s("lv-cable"),
            from: s("ingot"),
            to: s("lv-cable"),
        },
        D::AmbiguousPath {
            product: s("lv-cable"),
            predecessors: vec![s("rod"), s("foil")],
        },
    ];
    for referenced_by in references() {
        errors.push(D::UnknownProduct {
            id: s("foil"),
            referenced_by,
        });
    }
    // Every item once (with the field `low`), every field once (of a step and of a product).
    for item in items() {
        errors.push(D::NotFinite {
            item: item.clone(),
            field: Field::Low,
        });
        errors.push(D::RangeOrder {
            item: item.clone(),
            low: 3.0,
            base: 2.0,
            high: 1.0,
        });
        errors.push(D::SharesExceedOne { item, total: 1.5 });
    }
    for field in FIELDS {
        for item in [
            Item::Product { id: s("ingot") },
            Item::Step {
                from: s("rod"),
                to: s("lv-cable"),
            },
        ] {
            errors.push(D::Negative {
                item: item.clone(),
                field,
                value: -3.5,
            });
            errors.push(D::NotPositive {
                item: item.clone(),
                field,
                value: 0.0,
            });
            errors.push(D::ValueTooLarge {
                item,
                field,
                value: 2e9,
                max: 1e9,
            });
        }
    }
    for source in SOURCES {
        errors.push(D::EmptyCitation {
            item: Item::Product { id: s("ingot") },
            source,
        });
        errors.push(D::InvalidYear {
            item: Item::MetalPrice,
            source,
            year: 1850,
            min: 1900,
            max: 2100,
        });
    }
    for language in [Language::En, Language::Zh] {
        for item in [Item::Metal, Item::Product { id: s("ingot") }] {
            errors.push(D::MissingName { item, language });
        }
    }
    errors
}

fn saved_errors() -> Vec<SavedViewsError> {
    let list = |e| SavedViewsError::List(e);
    vec![
        list(StoredListError::Corrupt {
            message: s("expected value"),
        }),
        list(StoredListError::UnsupportedSchema { found: 9 }),
        list(StoredListError::TooLarge { bytes: 1_000_000 }),
        list(StoredListError::TooMany { count: 51, max: 50 }),
        SavedViewsError::EmptyName,
        SavedViewsError::NameTooLong { chars: 81, max: 80 },
        SavedViewsError::QueryTooLong { chars: 5000 },
    ]
}

/// A saved views' error's key in the snapshot: the list's error by its own name, as the
/// view's are (`Corrupt { .. }`, not `List(Corrupt { .. })`).
fn saved_error_key(error: &SavedViewsError) -> String {
    match error {
        SavedViewsError::List(e) => format!("{e:?}"),
        e => format!("{e:?}"),
    }
}

fn number_errors() -> Vec<NumberError> {
    vec![
        NumberError::Empty,
        NumberError::NotANumber,
        NumberError::AmbiguousComma,
        NumberError::TooSmall { min: -100.0 },
        NumberError::NotAbove { min: 0.0 },
        NumberError::TooLarge { max: 1e6 },
        NumberError::NotWhole,
        NumberError::NotPercent,
    ]
}

fn notices() -> Vec<Notice> {
    let subjects = vec![
        Subject::Product(s("foil")),
        Subject::Path(vec![s("ingot"), s("rod")]),
        Subject::Figure(Figure::MeltLoss),
        Subject::Shares,
        Subject::Uplift {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Subject::Local(s("foil")),
        Subject::Tonnage,
        Subject::Years,
        Subject::Scenario,
        Subject::Target,
        Subject::GoalSeek,
        Subject::Preset(s("base-plan")),
        Subject::DefaultDataset,
        Subject::Export,
        Subject::Region(s("atlantis")),
    ];
    let mut all: Vec<Notice> = subjects
        .into_iter()
        .map(|what| Notice::Rejected {
            what,
            errors: vec![Problem::NoFileReader],
        })
        .collect();
    all.push(Notice::Rejected {
        what: Subject::Tonnage,
        errors: vec![
            Problem::Model(ModelError::InvalidTonnage {
                value: -1.0,
                max: 1e10,
            }),
            Problem::FileUnreadable,
        ],
    });
    all.push(Notice::BadLinkValue {
        param: s("years"),
        value: s("abc"),
    });
    for source in [
        DataSource::Builtin,
        DataSource::Url(s("https://example.org/chain.json")),
        DataSource::Stored(s("ab12cd")),
        DataSource::Region(s("baotou")),
    ] {
        for why in [
            DataProblem::NotInThisBrowser,
            DataProblem::OtherOrigin,
            DataProblem::Fetch { status: Some(404) },
            DataProblem::Fetch { status: None },
            DataProblem::Invalid(vec![DatasetError::EmptyCurrency]),
        ] {
            all.push(Notice::DataUnavailable {
                source: source.clone(),
                why,
            });
        }
    }
    all.push(Notice::DatasetImported(value_chain::model::Name {
        en: s("Baotou chain"),
        zh: s("包头产业链"),
    }));
    all.push(Notice::ImportNotKept);
    all.push(Notice::ChainLink(
        value_chain::editor::fragment::FragmentError::NotBase64,
    ));
    all.push(Notice::Imported(ImportNotice::AssumedVat {
        schema: 2,
        rate: 0.13,
        year: 2019,
    }));
    for reference_product in [None, Some(s("rod"))] {
        all.push(Notice::Imported(ImportNotice::Schema1 {
            melt_loss: 0.03,
            scrap_price_share: 0.8,
            reference_product,
        }));
    }
    all
}

fn problems() -> Vec<Problem> {
    vec![
        Problem::Model(ModelError::EmptyPath),
        Problem::Dataset(DatasetError::EmptyCurrency),
        Problem::PathNotFromStart { start: s("ingot") },
        Problem::Browser(s("QuotaExceededError")),
        Problem::NoFileReader,
        Problem::FileUnreadable,
        Problem::UnknownRegion {
            known: vec![s("binzhou"), s("baotou")],
        },
    ]
}

fn figures() -> Vec<Figure> {
    vec![
        Figure::MetalPrice,
        Figure::ScrapPrice,
        Figure::MeltLoss,
        Figure::RegionTonnes,
        Figure::StepAddedValue {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Figure::StepYield {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Figure::ProductLocal { id: s("foil") },
        Figure::StepMeltLoss {
            from: s("rod"),
            to: s("lv-cable"),
        },
        Figure::ValueAddedShare {
            level: ProcessingLevel::DeepProcessing,
        },
        Figure::StepValueAddedShare {
            from: s("rod"),
            to: s("lv-cable"),
        },
    ]
}

/// The texts with arguments, called with representative arguments (a macro so that each
/// call's own source text is its key).
macro_rules! calls {
    ($snap:expr; $($f:ident ( $($arg:expr),* );)*) => {
        $( $snap.both(concat!(stringify!($f), "(", stringify!($($arg),*), ")"), |lang| {
            texts::$f($($arg,)* lang)
        }); )*
    };
}

macro_rules! metal_calls {
    ($snap:expr, $m:expr; $($f:ident ( $($arg:expr),* );)*) => {
        $( $snap.both(concat!(stringify!($f), "(", stringify!($($arg),*), ")"), |lang| {
            metal::$f($m, $($arg,)* lang)
        }); )*
    };
}

fn snapshot() -> String {
    let mut snap = Snapshot::default();

    // By name, not declaration order: moving a text between views changes no line here.
    snap.section("Text (fixed texts, by name)");
    let mut fixed: Vec<(String, Text)> = Text::ALL.iter().map(|t| (format!("{t:?}"), *t)).collect();
    fixed.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, text) in fixed {
        snap.both(&name, |lang| text.get(lang).to_string());
    }

    snap.section("texts: texts with arguments");
    calls! { snap;
        edits_made(0);
        edits_made(1);
        edits_made(3);
        other_steps(4);
        other_steps_edited(2);
        stage(-1);
        stage(0);
        stage(2);
        on_current_path("Foil");
        stale_figure("Alloy ingot → Wheels", 2025, 2019, 5);
        current_product("Foil");
        open_its_path("Foil");
        dataset_imported("Copper chain");
        reading_file("chain.json");
        import_refused("chain.json", 1);
        import_refused("chain.json", 3);
        yuan_per_ton("80,000");
        yuan("1.2 million");
        tonnes("646万");
        goal_scaled("50%", "30%", "Added value", "1.2 billion yuan");
        goal_one_product("40%", "Foil", "Added value", "1.2 billion yuan");
        goal_met_as_is("Added value", "1.2 billion yuan");
        goal_best_scaled("150%", "90%", "Added value", "1.2 billion yuan");
        goal_best_one_product("100%", "Foil", "Added value", "1.2 billion yuan");
        goal_at_best("Added value", "1.2 billion yuan");
        plan_share("Foil");
        baseline_share("Foil");
        shares_total("95%");
        made_in_region("Foil");
        reset_field("Metal price");
        paths_to("Foil", 3);
        first_paths_listed(20);
        per_ton("80,000");
        step_added_value("Rod → Cable");
        definition_of("Yield");
        step_yield("Rod → Cable");
        versus("Rod");
        reset_dataset("Binzhou aluminium");
        against_reference_path("Rod");
        circulating_scrap("1,200");
        per_ton_contained("aluminium", "Foil");
        per_ton_of_metal("aluminium");
        per_ton_of_product("Furniture", "aluminium", "70%");
        product_per_ton_of_metal("aluminium");
        metal_content_note("aluminium", "70%");
        of_which_melt_loss("30");
        view_saved("My view");
        open_view("My view");
        delete_view("My view");
        percentage_points("+3");
        scenario_headline("1.2 billion yuan", true);
        scenario_headline("1.2 billion yuan", false);
        yield_of("Rod → Cable");
        melt_loss_of("Sheet → Foil");
        value_added_share_of("Deep processing");
        cannot_compute("the path is empty");
        downloaded("chain.csv");
        download_failed("chain.csv", "quota exceeded");
        copied("The link");
        step_added_value_per_ton("Rod → Cable");
        source_range("1–2");
        edited_sourced_value("80,000");
        tornado_title("Added value");
        bar_swing("Yield Rod → Cable", "1.2 billion yuan");
        unit_note("billion yuan");
        base_value("3.4");
        trajectory_title("Added value");
        year_value(3, "1.2 billion yuan");
        target_label("2 billion yuan");
        first_met_in_year(4);
        not_met_by_year(10);
        per_year("billion yuan");
        band_title("Added value");
        band_hint("2,000");
        band_summary("Added value", "1", "2", "3");
        path_answer("Foil", "80,000 yuan/t");
        path_description("Foil: about 80,000 yuan/t added per ton", "Ingot → Foil", "Subtitle.");
        region_title("Baotou", "Aluminium value-chain calculator");
        offline_not_saved("Baotou · Aluminium furniture");
        region_panel_title("Baotou");
        capacity_value("2.8 million t", 2024);
        co2_per_ton("18");
        computed_for_plan("82.7 billion yuan", "2.8 million t", "2019 prices");
        national_figure("no public source found");
        path_co2_note(None, "18");
        path_co2_note(Some("4.8–9.8"), "7");
    }
    for kind in [
        value_chain::model::PowerKind::CaptiveCoal,
        value_chain::model::PowerKind::GridCoal,
        value_chain::model::PowerKind::Hydro,
        value_chain::model::PowerKind::Mixed,
    ] {
        snap.both(&format!("power_kind({kind:?})"), |lang| {
            texts::power_kind(kind, lang).to_string()
        });
    }
    for metric in [
        value_chain::model::ReportedMetric::OutputValue,
        value_chain::model::ReportedMetric::ValueAdded,
        value_chain::model::ReportedMetric::Revenue,
        value_chain::model::ReportedMetric::OutputTonnes,
    ] {
        snap.both(&format!("reported_label({metric:?}, 2024)"), |lang| {
            texts::reported_label(metric, 2024, lang)
        });
    }
    for max in [0.0, 5e4, 5e6, 5e8, 5e9] {
        snap.both(&format!("amount_unit({max})"), |lang| {
            let (divisor, unit) = texts::amount_unit(max, lang);
            format!("{divisor} {unit}")
        });
    }
    snap.both(
        "CRASH_MESSAGE, CRASH_RESTART (both languages at once)",
        |lang| match lang {
            Lang::Zh => texts::CRASH_MESSAGE.to_string(),
            Lang::En => texts::CRASH_RESTART.to_string(),
        },
    );

    let aluminium = Name {
        zh: s("铝"),
        en: s("aluminium"),
    };
    for (label, m) in [
        ("metal named", Metal::named(Some(&aluminium))),
        ("metal unnamed", Metal::named(None)),
    ] {
        snap.section(&format!("metal: texts naming the metal ({label})"));
        snap.both("word()", |lang| m.word(lang).to_string());
        metal_calls! { snap, m;
            app_title();
            app_subtitle();
            metal_price();
            edited_metal_price();
            metal_price_note("19,000");
            waterfall_metal_price();
            start_from_metal_price();
            against_selling_metal();
            sold_as_primary_metal();
            left_as_primary_metal("40%");
            primary_metal();
            mix_legend();
            plan_tonnage();
            baseline_tonnage();
            scenario_lead();
            baseline_hypothetical();
            top_heaviness(true);
            top_heaviness(false);
            top_heaviness_term();
            definition_top_heaviness();
            definition_multipliers(Some("Rod"));
            definition_multipliers(None);
            sankey_hint_yuan();
            per_ton_of_metal_label();
            basis_note("3%", "0.97");
            added_value_per_ton_of_metal();
            multiplier_vs_metal();
            total_primary_tonnes();
            term_per_ton();
            definition_added_value();
            definition_output_value();
            figure_years(&SPAN_2013_2025);
            figure_years(&SPAN_2019);
        }
    }
    snap.section("metal: texts of the dataset");
    snap.both("chain_map_hint(\"Ingot\")", |lang| {
        metal::chain_map_hint("Ingot", lang)
    });
    for reference in [Some("Rod"), None] {
        snap.both(&format!("multiplier_vs_reference({reference:?})"), |lang| {
            metal::multiplier_vs_reference(reference, lang)
        });
    }
    match Dataset::binzhou() {
        Ok(ds) => {
            snap.both("definition_gross_output(binzhou)", |lang| {
                metal::definition_gross_output(&ds, lang)
            });
            snap.both("definition_processing(binzhou)", |lang| {
                metal::definition_processing(&ds, lang)
            });
            snap.both("price_basis_label(binzhou)", |lang| {
                files::price_basis_label(&ds, lang)
            });
            for basis in MoneyBasis::ALL {
                snap.both(&format!("price_basis_short(binzhou, {basis:?})"), |lang| {
                    files::price_basis_short(&ds, basis, lang)
                });
            }
        }
        Err(e) => panic!("the built-in dataset: {e}"),
    }

    snap.section("files: the downloaded files' texts");
    for csv in Csv::ALL {
        snap.both(&format!("Csv::{csv:?}"), |lang| csv.get(lang).to_string());
    }
    snap.both("with_unit(\"Added value\", \"yuan/t\")", |lang| {
        files::with_unit("Added value", "yuan/t", lang)
    });
    snap.both(
        "with_unit_on(\"Added value\", \"yuan/t\", \"2019 prices\")",
        |lang| files::with_unit_on("Added value", "yuan/t", "2019 prices", lang),
    );
    snap.both("region_cell(\"Baotou\", \"baotou\")", |lang| {
        files::region_cell("Baotou", "baotou", lang)
    });
    snap.both("side_column(\"Plan\", \"added value\")", |lang| {
        files::side_column("Plan", "added value", lang)
    });
    for currency in ["CNY", "USD"] {
        snap.both(&format!("per_ton_unit({currency})"), |lang| {
            files::per_ton_unit(currency, lang)
        });
        snap.both(&format!("money_unit({currency})"), |lang| {
            files::money_unit(currency, lang)
        });
    }
    for badge in [
        Badge::Article,
        Badge::Published,
        Badge::Derived,
        Badge::Estimate,
    ] {
        snap.both(&format!("badge_label({badge:?})"), |lang| {
            files::badge_label(badge, lang).to_string()
        });
    }

    snap.section("errors: the model's errors");
    for error in model_errors() {
        snap.with_display(&format!("{error:?}"), error.to_string(), |lang| {
            model_error(&error, lang)
        });
    }
    snap.section("errors: the dataset's errors");
    for error in dataset_errors() {
        snap.with_display(&format!("{error:?}"), error.to_string(), |lang| {
            dataset_error(&error, lang)
        });
    }
    snap.section("errors: the saved views' errors");
    for error in saved_errors() {
        snap.both(&saved_error_key(&error), |lang| {
            saved_views_error(&error, lang)
        });
    }
    snap.section("errors: a number field's errors (limits written plainly)");
    for error in number_errors() {
        snap.both(&format!("{error:?}"), |lang| {
            error.message(lang, |v| format!("{v}"))
        });
    }

    snap.section("numbers: the words of large numbers");
    for magnitude in [3, 4, 6, 8, 9, 12] {
        snap.both(&format!("compact_unit({magnitude})"), |lang| {
            format!("{:?}", numbers::compact_unit(lang, magnitude))
        });
    }
    snap.both("NUMBER_SUFFIXES (both languages at once)", |_| {
        format!("{:?}", numbers::NUMBER_SUFFIXES)
    });

    snap.section("notices");
    for n in notices() {
        snap.both(&format!("{n:?}"), |lang| notice(&n, lang));
    }
    for p in problems() {
        snap.both(&format!("{p:?}"), |lang| problem(&p, lang));
    }
    for f in figures() {
        snap.both(&format!("{f:?}"), |lang| figure_name(&f, lang));
    }
    snap.both("schema1_import(3, 80, Some(\"rod\"))", |lang| {
        schema1_import(3.0, 80.0, Some("rod"), lang)
    });

    snap.section("readings: firm boundaries, value added, verdicts, warnings");
    for firms in FirmBoundaries::ALL {
        snap.both(&format!("firms_label({firms:?})"), |lang| {
            readings::firms_label(firms, lang).to_string()
        });
        snap.both(&format!("firms_short({firms:?})"), |lang| {
            readings::firms_short(firms, lang).to_string()
        });
    }
    for (key, text) in [
        (
            "firms_legend",
            readings::firms_legend as fn(Lang) -> &'static str,
        ),
        ("gross_output_range_lead", readings::gross_output_range_lead),
        ("chosen_reading", readings::chosen_reading),
        ("value_added_label", readings::value_added_label),
        (
            "value_added_per_ton_label",
            readings::value_added_per_ton_label,
        ),
    ] {
        snap.both(key, |lang| text(lang).to_string());
    }
    snap.both("estimate_range(\"8.1\", \"16.3 billion yuan\")", |lang| {
        readings::estimate_range("8.1", "16.3 billion yuan", lang)
    });
    snap.both("target_of(\"Gross output\", \"60 billion yuan\")", |lang| {
        readings::target_of("Gross output", "60 billion yuan", lang)
    });
    for kind in VerdictKind::ALL {
        snap.both(&format!("verdict_kind({kind:?})"), |lang| {
            readings::verdict_kind(kind, lang).to_string()
        });
        snap.both(&format!("verdict_sentence({kind:?})"), |lang| {
            readings::verdict_sentence(kind, "T", "C", "1 billion yuan", "2 billion yuan", lang)
        });
    }
    snap.both(
        "national_output_warning(\"39.1%\", \"Automotive body sheet\")",
        |lang| {
            readings::national_output_warning(
                "39.1%",
                "Automotive body sheet",
                "492,000 t",
                2024,
                lang,
            )
        },
    );
    editor_texts(&mut snap);
    snap.0
}

#[test]
fn every_text_matches_the_snapshot() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/texts.txt");
    let actual = format!(
        "# Every text of the catalog, in both languages: written by tests/text_snapshot.rs\n\
         # (UPDATE_SNAPSHOTS=1 cargo test --test text_snapshot rewrites it). Review its diff.\n{}",
        snapshot()
    );
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if actual != expected {
        let diff = line_diff(&expected, &actual);
        panic!(
            "the texts differ from {} (- snapshot, + now); if the change is meant, rerun with \
             UPDATE_SNAPSHOTS=1 and review the file's diff:\n{diff}",
            path.display()
        );
    }
}

/// The changed lines, each with its line number, after a common prefix and before a
/// common suffix (enough to read a changed wording; not a minimal diff).
fn line_diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    if old.len() == new.len() {
        // Reworded lines only: each pair as it stands.
        for (i, (a, b)) in old
            .iter()
            .zip(&new)
            .enumerate()
            .filter(|(_, (a, b))| a != b)
        {
            let _ = writeln!(out, "{:>5} - {a}\n{:>5} + {b}", i + 1, i + 1);
        }
        return out;
    }
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    for (i, line) in old[prefix..old.len() - suffix].iter().enumerate() {
        let _ = writeln!(out, "{:>5} - {line}", prefix + i + 1);
    }
    for (i, line) in new[prefix..new.len() - suffix].iter().enumerate() {
        let _ = writeln!(out, "{:>5} + {line}", prefix + i + 1);
    }
    out
}

#[test]
fn the_diff_names_the_changed_lines() {
    assert_eq!(line_diff("a\nb\nc", "a\nB\nc"), "    2 - b\n    2 + B\n");
    assert_eq!(line_diff("a", "a\nb"), "    2 + b\n");
}

/// The chain editor's texts: tables, every column's header, a cell's problems, refusals,
/// a `#chain=` link's errors.
fn editor_texts(snap: &mut Snapshot) {
    use editor_words::{column_header, fragment_text, problem_text, refusal_text, table_title};
    use value_chain::editor::fragment::FragmentError;
    use value_chain::editor::{CellProblem, EditRefusal, PasteError, TableId};
    snap.section("editor: tables and column headers");
    for table in TableId::ALL {
        snap.both(&format!("table_title({table:?})"), |lang| {
            table_title(table, lang).to_string()
        });
        for column in table.columns() {
            snap.both(&format!("column_header({})", column.code()), |lang| {
                column_header(column, lang)
            });
        }
    }
    snap.section("editor: buttons and states");
    for (key, text) in [
        ("undo", editor_words::undo as fn(Lang) -> &'static str),
        ("redo", editor_words::redo),
        ("add_row", editor_words::add_row),
        ("remove_row", editor_words::remove_row),
        ("start_blank", editor_words::start_blank),
        ("copy_chain_link", editor_words::copy_chain_link),
        ("chain_link_label", editor_words::chain_link_label),
        ("chain_link_copied", editor_words::chain_link_copied),
        ("draft_valid", editor_words::draft_valid),
        ("chain_problems", editor_words::chain_problems),
        ("drafts_title", editor_words::drafts_title),
        ("draft_name_label", editor_words::draft_name_label),
        ("keep_draft_as", editor_words::keep_draft_as),
        ("open", editor_words::open),
        ("delete", editor_words::delete),
        ("discard_draft", editor_words::discard_draft),
        ("no_drafts", editor_words::no_drafts),
        ("draft_not_kept", editor_words::draft_not_kept),
        ("drafts_unreadable", editor_words::drafts_unreadable),
        ("shared_read_only", editor_words::shared_read_only),
        ("edit_a_copy", editor_words::edit_a_copy),
        ("download_tables_csv", editor_words::download_tables_csv),
        ("download_chain_json", editor_words::download_chain_json),
        ("columns_shown", editor_words::columns_shown),
    ] {
        snap.both(key, |lang| text(lang).to_string());
    }
    for group in [
        editor_words::ColumnGroup::Main,
        editor_words::ColumnGroup::Sources,
        editor_words::ColumnGroup::LossAndShare,
        editor_words::ColumnGroup::ContentAndOutput,
    ] {
        snap.both(&format!("column_group({group:?})"), |lang| {
            editor_words::column_group(group, lang).to_string()
        });
    }
    snap.both("unnamed_draft(Copper)", |lang| {
        editor_words::unnamed_draft("Copper", lang)
    });
    snap.both("open_draft(Plan A)", |lang| {
        editor_words::open_draft("Plan A", lang)
    });
    snap.both("delete_draft(Plan A)", |lang| {
        editor_words::delete_draft("Plan A", lang)
    });
    snap.both("draft_invalid(1)", |lang| {
        editor_words::draft_invalid(1, lang)
    });
    snap.both("draft_invalid(3)", |lang| {
        editor_words::draft_invalid(3, lang)
    });
    snap.both("link_too_long_to_share(5000)", |lang| {
        editor_words::link_too_long_to_share(5000, lang)
    });
    snap.section("editor: a cell's problems");
    let problems = [
        CellProblem::Blank,
        CellProblem::NotANumber,
        CellProblem::Year,
        CellProblem::Choice {
            allowed: vec!["yes".into(), "no".into()],
        },
        CellProblem::Shares,
        CellProblem::Targets,
        CellProblem::Model(DatasetError::EmptyCurrency),
    ];
    for problem in problems {
        snap.both(&format!("{problem:?}"), |lang| problem_text(&problem, lang));
    }
    snap.section("editor: refusals");
    for refusal in [
        EditRefusal::NoSuchCell,
        EditRefusal::OneRowOnly,
        EditRefusal::TooManyRows { max: 50 },
        EditRefusal::NothingToUndo,
        EditRefusal::NothingToRedo,
        EditRefusal::Paste(PasteError::Empty),
        EditRefusal::DraftName { max: 80 },
    ] {
        snap.both(&format!("{refusal:?}"), |lang| refusal_text(&refusal, lang));
    }
    snap.section("editor: a #chain= link's errors");
    for error in [
        FragmentError::TooLong {
            chars: 70000,
            max: 65536,
        },
        FragmentError::NotBase64,
        FragmentError::TooLarge {
            bytes: 600000,
            max: 524288,
        },
        FragmentError::Dataset(value_chain::model::DatasetErrors(vec![
            DatasetError::EmptyCurrency,
        ])),
        FragmentError::TooManyProducts {
            count: 201,
            max: 200,
        },
        FragmentError::TooManySteps {
            count: 1001,
            max: 1000,
        },
        FragmentError::TextTooLong {
            what: "rod".into(),
            max: 120,
        },
        FragmentError::Markup { what: "rod".into() },
    ] {
        snap.both(&format!("{error:?}"), |lang| fragment_text(&error, lang));
    }
}
