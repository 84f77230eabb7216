//! Every variant in both languages, known answers, and the parser's messages.
use super::words::*;
use super::*;
use crate::model::Dataset;
use crate::model::{DatasetError, Field, Item, Language, Reference, SourceField};
use std::collections::BTreeSet;

/// One error of either kind.
#[derive(Clone)]
enum Case {
    Model(ModelError),
    Dataset(DatasetError),
}

impl Case {
    fn text(&self, lang: Lang) -> String {
        match self {
            Case::Model(error) => model_error(error, lang),
            Case::Dataset(error) => dataset_error(error, lang),
        }
    }
}

const MODEL_VARIANTS: usize = 24;
const DATASET_VARIANTS: usize = 36;

/// The variant's name: exhaustive, so a new variant fails to compile here too, and the
/// test below counts the distinct tags of the cases it checks.
fn tag(case: &Case) -> &'static str {
    match case {
        Case::Model(error) => match error {
            ModelError::UnknownPreset { .. } => "m:UnknownPreset",
            ModelError::UnknownProduct { .. } => "m:UnknownProduct",
            ModelError::EmptyPath => "m:EmptyPath",
            ModelError::NoStep { .. } => "m:NoStep",
            ModelError::RecyclingStepInPath { .. } => "m:RecyclingStepInPath",
            ModelError::NoDefaultPath { .. } => "m:NoDefaultPath",
            ModelError::PathStart { .. } => "m:PathStart",
            ModelError::PathEnd { .. } => "m:PathEnd",
            ModelError::ShareForStart { .. } => "m:ShareForStart",
            ModelError::InvalidTonnage { .. } => "m:InvalidTonnage",
            ModelError::InvalidShare { .. } => "m:InvalidShare",
            ModelError::SharesExceedOne { .. } => "m:SharesExceedOne",
            ModelError::UnknownStep { .. } => "m:UnknownStep",
            ModelError::DuplicateUplift { .. } => "m:DuplicateUplift",
            ModelError::InvalidUplift { .. } => "m:InvalidUplift",
            ModelError::InvalidYears { .. } => "m:InvalidYears",
            ModelError::InvalidTarget { .. } => "m:InvalidTarget",
            ModelError::InvalidSamples { .. } => "m:InvalidSamples",
            ModelError::TooManyPaths { .. } => "m:TooManyPaths",
            ModelError::NoValueAddedEstimate => "m:NoValueAddedEstimate",
            ModelError::NoCarbonFigure => "m:NoCarbonFigure",
            ModelError::TargetBasisStated { .. } => "m:TargetBasisStated",
            ModelError::NotFinite { .. } => "m:NotFinite",
            ModelError::Serialize { .. } => "m:Serialize",
        },
        Case::Dataset(error) => match error {
            DatasetError::TooLarge { .. } => "d:TooLarge",
            DatasetError::Syntax { .. } => "d:Syntax",
            DatasetError::WrongType { .. } => "d:WrongType",
            DatasetError::UnsupportedSchema { .. } => "d:UnsupportedSchema",
            DatasetError::TooManyProducts { .. } => "d:TooManyProducts",
            DatasetError::TooManySteps { .. } => "d:TooManySteps",
            DatasetError::InvalidId { .. } => "d:InvalidId",
            DatasetError::DuplicateProduct { .. } => "d:DuplicateProduct",
            DatasetError::DuplicatePreset { .. } => "d:DuplicatePreset",
            DatasetError::MissingFigure { .. } => "d:MissingFigure",
            DatasetError::TooManyPresets { .. } => "d:TooManyPresets",
            DatasetError::InvalidPresetYears { .. } => "d:InvalidPresetYears",
            DatasetError::SharesExceedOne { .. } => "d:SharesExceedOne",
            DatasetError::DuplicateStep { .. } => "d:DuplicateStep",
            DatasetError::UnknownProduct { .. } => "d:UnknownProduct",
            DatasetError::UnknownStep { .. } => "d:UnknownStep",
            DatasetError::NoValueAddedShare { .. } => "d:NoValueAddedShare",
            DatasetError::UnknownChain { .. } => "d:UnknownChain",
            DatasetError::UnknownPreset { .. } => "d:UnknownPreset",
            DatasetError::RegionalFigure { .. } => "d:RegionalFigure",
            DatasetError::InvalidUrl { .. } => "d:InvalidUrl",
            DatasetError::MissingName { .. } => "d:MissingName",
            DatasetError::EmptyCurrency => "d:EmptyCurrency",
            DatasetError::EmptyCitation { .. } => "d:EmptyCitation",
            DatasetError::InvalidYear { .. } => "d:InvalidYear",
            DatasetError::NotFinite { .. } => "d:NotFinite",
            DatasetError::Negative { .. } => "d:Negative",
            DatasetError::NotPositive { .. } => "d:NotPositive",
            DatasetError::ValueTooLarge { .. } => "d:ValueTooLarge",
            DatasetError::RangeOrder { .. } => "d:RangeOrder",
            DatasetError::YieldOutOfRange { .. } => "d:YieldOutOfRange",
            DatasetError::Cycle { .. } => "d:Cycle",
            DatasetError::DefaultPathStart { .. } => "d:DefaultPathStart",
            DatasetError::DefaultPathEnd { .. } => "d:DefaultPathEnd",
            DatasetError::DefaultPathNoStep { .. } => "d:DefaultPathNoStep",
            DatasetError::AmbiguousPath { .. } => "d:AmbiguousPath",
        },
    }
}

// Nested enums, listed in full; the matches prove the lists complete.
fn items() -> Vec<Item> {
    let all = vec![
        Item::Dataset,
        Item::Metal,
        Item::MetalPrice,
        Item::MeltLoss,
        Item::ScrapPrice,
        Item::Region,
        Item::Baseline,
        Item::Preset {
            id: "base-plan".into(),
        },
        Item::Product { id: "ingot".into() },
        Item::Step {
            from: "rod".into(),
            to: "lv-cable".into(),
        },
        Item::Vat,
        Item::ValueAddedShare {
            level: "deep-processing".into(),
        },
        Item::StepMeltLoss {
            from: "rod".into(),
            to: "lv-cable".into(),
        },
        Item::StepValueAddedShare {
            from: "rod".into(),
            to: "lv-cable".into(),
        },
        Item::MetalContent { id: "ingot".into() },
        Item::ChinaOutput { id: "ingot".into() },
        Item::Power,
        Item::ElectricityPrice,
        Item::Co2Primary,
        Item::Reported {
            metric: "revenue".into(),
            year: 2022,
        },
        Item::National {
            figure: "fees".into(),
        },
    ];
    for item in &all {
        match item {
            Item::Dataset
            | Item::Metal
            | Item::MetalPrice
            | Item::MeltLoss
            | Item::ScrapPrice
            | Item::Region
            | Item::Baseline
            | Item::Preset { .. }
            | Item::Product { .. }
            | Item::Step { .. }
            | Item::Vat
            | Item::ValueAddedShare { .. }
            | Item::StepMeltLoss { .. }
            | Item::StepValueAddedShare { .. }
            | Item::MetalContent { .. }
            | Item::ChinaOutput { .. }
            | Item::Power
            | Item::ElectricityPrice
            | Item::Co2Primary
            | Item::Reported { .. }
            | Item::National { .. } => {}
        }
    }
    assert_eq!(all.len(), 21);
    all
}

const FIELDS: [Field; 11] = [
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
];

const SOURCES: [SourceField; 5] = [
    SourceField::Source,
    SourceField::YieldSource,
    SourceField::KwhSource,
    SourceField::JobsSource,
    SourceField::Co2Source,
];

const LANGUAGES: [Language; 2] = [Language::En, Language::Zh];

fn references() -> Vec<Reference> {
    let all = vec![
        Reference::Start,
        Reference::StepFrom {
            from: "rod".into(),
            to: "lv-cable".into(),
        },
        Reference::StepTo {
            from: "rod".into(),
            to: "lv-cable".into(),
        },
        Reference::DefaultPath {
            product: "lv-cable".into(),
        },
        Reference::Edit,
        Reference::ReferenceProduct,
        Reference::Baseline,
        Reference::Preset {
            id: "base-plan".into(),
        },
        Reference::Region,
    ];
    for reference in &all {
        match reference {
            Reference::Start
            | Reference::StepFrom { .. }
            | Reference::StepTo { .. }
            | Reference::DefaultPath { .. }
            | Reference::Edit
            | Reference::ReferenceProduct
            | Reference::Baseline
            | Reference::Preset { .. }
            | Reference::Region => {}
        }
    }
    assert_eq!(all.len(), 9);
    all
}

fn exhaustive_enums(field: Field, source: SourceField, language: Language) {
    match field {
        Field::Low
        | Field::Base
        | Field::High
        | Field::Yield
        | Field::KwhPerT
        | Field::JobsPer10kt
        | Field::Co2PerT
        | Field::PrimaryTonnesPerYear
        | Field::Tonnage
        | Field::Share
        | Field::Target
        | Field::Rate => {}
    }
    match source {
        SourceField::Source
        | SourceField::YieldSource
        | SourceField::KwhSource
        | SourceField::JobsSource
        | SourceField::Co2Source => {}
    }
    match language {
        Language::En | Language::Zh => {}
    }
}

fn cases() -> Vec<Case> {
    use DatasetError as D;
    use ModelError as M;
    let s = |v: &str| v.to_string();
    let mut cases: Vec<Case> = [
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
        M::SharesExceedOne {
            total: f64::INFINITY,
        },
        M::InvalidShare {
            product: s("foil"),
            value: 1.5,
        },
        M::SharesExceedOne { total: 1.2 },
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
        M::InvalidSamples {
            requested: 0,
            max: 1_000_000,
        },
        M::TooManyPaths { limit: 10_000 },
        M::NoValueAddedEstimate,
        M::NoCarbonFigure,
        M::TargetBasisStated {
            metric: s("gross"),
            stated: s("market"),
            asked: s("statistical"),
        },
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
    .into_iter()
    .map(Case::Model)
    .collect();
    let dataset = [
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
        D::SharesExceedOne {
            item: Item::Baseline,
            total: 1.25,
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
            item: Item::ValueAddedShare {
                level: s("smelting"),
            },
        },
        D::UnknownChain {
            found: s("copper"),
            known: vec![s("binzhou-aluminium")],
        },
        D::UnknownPreset { id: s("base-plan") },
        D::RegionalFigure {
            figure: s("fees"),
            given: true,
        },
        D::RegionalFigure {
            figure: s("fees"),
            given: false,
        },
        D::InvalidUrl {
            item: Item::Power,
            source: SourceField::Source,
            url: s("ftp://x"),
        },
        D::EmptyCurrency,
        D::RangeOrder {
            item: Item::MetalPrice,
            low: 20000.0,
            base: 19000.0,
            high: 21000.0,
        },
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
        D::YieldOutOfRange {
            from: s("rod"),
            to: s("lv-cable"),
            value: f64::INFINITY,
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
    cases.extend(dataset.into_iter().map(Case::Dataset));
    // Every item, field, source, language and reference, inside the errors that carry them.
    for reference in references() {
        cases.push(Case::Dataset(D::UnknownProduct {
            id: s("foil"),
            referenced_by: reference,
        }));
    }
    for item in items() {
        for field in FIELDS {
            exhaustive_enums(field, SourceField::Source, Language::En);
            let (item, value) = (item.clone(), -3.5);
            cases.push(Case::Dataset(D::NotFinite {
                item: item.clone(),
                field,
            }));
            cases.push(Case::Dataset(D::Negative {
                item: item.clone(),
                field,
                value,
            }));
            cases.push(Case::Dataset(D::NotPositive {
                item: item.clone(),
                field,
                value,
            }));
            cases.push(Case::Dataset(D::ValueTooLarge {
                item,
                field,
                value: 2e9,
                max: 1e9,
            }));
        }
        for source in SOURCES {
            cases.push(Case::Dataset(D::EmptyCitation {
                item: item.clone(),
                source,
            }));
            cases.push(Case::Dataset(D::InvalidYear {
                item: item.clone(),
                source,
                year: 1850,
                min: 1900,
                max: 2100,
            }));
        }
        for language in LANGUAGES {
            cases.push(Case::Dataset(D::MissingName {
                item: item.clone(),
                language,
            }));
        }
        cases.push(Case::Dataset(D::RangeOrder {
            item: item.clone(),
            low: 3.0,
            base: 2.0,
            high: 1.0,
        }));
        cases.push(Case::Dataset(D::SharesExceedOne { item, total: 1.5 }));
    }
    cases
}

/// Ids and codes of the test values, and the ASCII words Chinese texts may contain.
/// Words between backticks (JSON field names and tokens) are not checked.
const ALLOWED: &[&str] = &[
    "base",
    "plan",
    "foil",
    "ingot",
    "rod",
    "cable",
    "scrap",
    "Rod",
    "JSON",
    "UTF",
    "kWh",
    "CNY",
    "copper",
    "binzhou",
    "aluminium",
    "https",
    "http",
    "ftp",
    "fees",
    "revenue",
];

fn has_cjk(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c))
}

/// Runs of 3 or more ASCII letters outside backticks that are not allowed.
fn stray_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for (n, part) in text.split('`').enumerate() {
        if n % 2 == 1 {
            continue;
        }
        for word in part.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() >= 3 && !ALLOWED.contains(&word) {
                words.push(word.to_string());
            }
        }
    }
    words
}

/// The one check of a case: both texts present, the Chinese Chinese, the English not.
#[track_caller]
fn check(case: &Case) {
    let zh = case.text(Lang::Zh);
    let en = case.text(Lang::En);
    assert!(
        !zh.trim().is_empty(),
        "empty Chinese text for {}",
        tag(case)
    );
    assert!(
        !en.trim().is_empty(),
        "empty English text for {}",
        tag(case)
    );
    assert_ne!(zh, en, "Chinese same as English: {en}");
    assert!(has_cjk(&zh), "no Chinese in: {zh}");
    assert!(!has_cjk(&en), "Chinese in the English: {en}");
    let stray = stray_words(&zh);
    assert!(stray.is_empty(), "English words {stray:?} in: {zh}");
    assert_eq!(zh.matches('`').count() % 2, 0, "unpaired backtick in: {zh}");
    assert_eq!(en.matches('`').count() % 2, 0, "unpaired backtick in: {en}");
}

#[test]
fn every_variant_has_chinese_and_english() {
    let cases = cases();
    let mut tags = BTreeSet::new();
    for case in &cases {
        check(case);
        tags.insert(tag(case));
    }
    assert_eq!(tags.len(), MODEL_VARIANTS + DATASET_VARIANTS, "{tags:?}");
}

#[test]
fn item_field_and_reference_texts_differ() {
    // Distinct items, fields, sources, languages and references read differently: in
    // Chinese (the words here) and in English (the model's `Display` of the errors).
    let step = Item::Step {
        from: "rod".into(),
        to: "lv-cable".into(),
    };
    let zh: BTreeSet<String> = items().iter().map(item_words).collect();
    let en: BTreeSet<String> = items().iter().map(ToString::to_string).collect();
    assert_eq!((zh.len(), en.len()), (21, 21));
    let zh: BTreeSet<String> = FIELDS.iter().map(|&f| field_words(&step, f)).collect();
    let en: BTreeSet<String> = FIELDS
        .iter()
        .map(|&field| {
            let item = step.clone();
            DatasetError::NotFinite { item, field }.to_string()
        })
        .collect();
    assert_eq!((zh.len(), en.len()), (FIELDS.len(), FIELDS.len()));
    let zh: BTreeSet<&str> = SOURCES.iter().map(|&s| source_words(s)).collect();
    let en: BTreeSet<String> = SOURCES
        .iter()
        .map(|&source| {
            let item = Item::Dataset;
            DatasetError::EmptyCitation { item, source }.to_string()
        })
        .collect();
    assert_eq!((zh.len(), en.len()), (SOURCES.len(), SOURCES.len()));
    let zh: BTreeSet<&str> = LANGUAGES.iter().map(|&l| language_words(l)).collect();
    let en: BTreeSet<String> = LANGUAGES
        .iter()
        .map(|&language| {
            let item = Item::Dataset;
            DatasetError::MissingName { item, language }.to_string()
        })
        .collect();
    assert_eq!((zh.len(), en.len()), (2, 2));
    let zh: BTreeSet<String> = references().iter().map(reference_words).collect();
    let en: BTreeSet<String> = references().iter().map(ToString::to_string).collect();
    assert_eq!((zh.len(), en.len()), (9, 9));
}

#[test]
fn known_answers() {
    let cases = [
        (
            Case::Dataset(DatasetError::NotFinite {
                item: Item::Step {
                    from: "rod".into(),
                    to: "lv-cable".into(),
                },
                field: Field::Base,
            }),
            "工序“rod”→“lv-cable”：附加值基准值不是有限数值",
            "step 'rod' → 'lv-cable': the base added value is not a finite number",
        ),
        (
            Case::Dataset(DatasetError::Negative {
                item: Item::MetalPrice,
                field: Field::Low,
                value: -3.5,
            }),
            "金属价格：低值为 -3.5，不能为负数",
            "the metal price: the low value is -3.5; it must not be negative",
        ),
        (
            Case::Model(ModelError::UnknownProduct { id: "foil".into() }),
            "数据集中没有产品“foil”",
            "there is no product 'foil' in the dataset",
        ),
        (
            Case::Dataset(DatasetError::UnknownProduct {
                id: "foil".into(),
                referenced_by: Reference::Preset {
                    id: "base-plan".into(),
                },
            }),
            "预设“base-plan”的份额（`shares`）指向产品“foil”，但数据集的产品列表（`products`）中没有它",
            "the shares (`shares`) of preset 'base-plan' names product 'foil', which is not among the dataset's products (`products`)",
        ),
        (
            Case::Model(ModelError::SharesExceedOne { total: 1.2 }),
            "各份额合计为 120.00%，不能超过 100%",
            "shares add up to 120.00 %; they must not exceed 100 %",
        ),
        (
            Case::Dataset(DatasetError::SharesExceedOne {
                item: Item::Baseline,
                total: 1.25,
            }),
            "基准年：各份额合计为 1.25，合计最多为 1（即全部金属）",
            "the baseline: the shares add up to 1.25; together they can be at most 1 (the whole metal)",
        ),
        (
            Case::Dataset(DatasetError::MissingFigure {
                field: "melt_loss".into(),
            }),
            "缺少 `melt_loss`：第 2 版及以后格式的文件须给出熔炼烧损率和废料价格，第 3 版还须给出增值税（`vat`），并各自注明来源",
            "`melt_loss` is missing: a file of schema 2 or later gives the melt loss and the scrap price, and one of schema 3 the VAT (`vat`), each with its source",
        ),
        (
            Case::Dataset(DatasetError::Syntax {
                line: 3,
                column: 5,
                message: "expected value".into(),
            }),
            "第 3 行第 5 列：不是有效的 JSON（此处应为一个值）",
            "line 3, column 5: not valid JSON (expected value)",
        ),
        (
            Case::Dataset(DatasetError::EmptyCitation {
                item: Item::Step {
                    from: "rod".into(),
                    to: "lv-cable".into(),
                },
                source: SourceField::YieldSource,
            }),
            "工序“rod”→“lv-cable”：成材率来源的出处（`yield_source.citation`）为空，请写明数据出自哪里",
            "step 'rod' → 'lv-cable': the citation of the yield source (`yield_source.citation`) is empty — say where the figure comes from",
        ),
        (
            Case::Model(ModelError::InvalidUplift {
                from: "rod".into(),
                to: "lv-cable".into(),
                percent: 5000.0,
                max: 1000.0,
            }),
            "工序“rod”→“lv-cable”的研发提升 5000% 无效：请填写 -100% 到 1000% 之间的数",
            "R&D uplift 5000 % on step 'rod' → 'lv-cable' is not allowed: give -100 to 1000 %",
        ),
        (
            Case::Dataset(DatasetError::Cycle {
                products: vec!["foil".into(), "rod".into()],
            }),
            "生产工序形成了循环，经过“foil”、“rod”：请把闭合循环的那道工序标为 `\"recycling\": true`，或删除它",
            "production steps form a cycle through 'foil', 'rod'; mark the step that closes it `\"recycling\": true` or remove it",
        ),
        (
            Case::Model(ModelError::InvalidTarget { value: f64::NAN }),
            "目标值 非数值 无效：请填写不小于 0 的有限数值",
            "target NaN is not allowed: give a finite number of at least 0",
        ),
    ];
    for (case, zh, en) in cases {
        assert_eq!(case.text(Lang::Zh), zh);
        assert_eq!(case.text(Lang::En), en);
    }
}

#[test]
fn english_keeps_the_models_text_where_it_names_no_item() {
    // Where the model's text names no item or field, the English is the model's text.
    for error in [
        ModelError::UnknownPreset {
            id: "base-plan".into(),
        },
        ModelError::EmptyPath,
        ModelError::InvalidTonnage {
            value: -1.0,
            max: 1e10,
        },
        ModelError::InvalidYears { years: 0, max: 50 },
        ModelError::TooManyPaths { limit: 10 },
    ] {
        assert_eq!(model_error(&error, Lang::En), error.to_string());
    }
    for error in [
        DatasetError::TooLarge { bytes: 3, limit: 2 },
        DatasetError::UnsupportedSchema {
            found: "3".into(),
            oldest: 1,
            supported: 2,
        },
        DatasetError::DuplicateStep {
            from: "rod".into(),
            to: "lv-cable".into(),
        },
    ] {
        assert_eq!(dataset_error(&error, Lang::En), error.to_string());
    }
}

/// Files that the parser refuses, and the messages it gives for them, come out in
/// Chinese (not marked as the parser's own words).
#[test]
fn the_parsers_messages_are_translated() {
    let valid = include_str!("../../../data/binzhou-aluminium.json");
    let files = [
        "",
        "{",
        "{\"schema\": 2,",
        "[1, 2",
        "{\"a\" 1}",
        "{\"schema\": 2 \"x\": 1}",
        "{\"name\": \"abc",
        "{\"schema\": tru}",
        "{\"schema\": 2} x",
        "{\"schema\": 2, }",
        "{\"schema\": 01}",
        "{\"name\": \"\\q\"}",
        "{1: 2}",
        "{\"schema\": 2}",
        "{\"schema\": 2, \"name\": 5}",
        "{\"schema\": 2, \"colour\": 5}",
        "{\"schema\": 2, \"schema\": 2}",
    ];
    let mut texts: Vec<String> = files
        .iter()
        .map(|file| file.to_string())
        .chain([
            valid.replacen("\"kind\": \"", "\"kind\": \"x", 1),
            valid.replacen("\"local\": ", "\"local\": 7, \"x\": ", 1),
            valid.replacen("\"yield\": ", "\"yield\": \"a\", \"q\": ", 1),
            valid.replacen("\"years\": ", "\"years\": -1, \"q\": ", 1),
            valid.replacen("\"year\": ", "\"year\": 1.5, \"q\": ", 1),
        ])
        .map(|file| match Dataset::from_json(&file) {
            Ok(_) => panic!("accepted: {file}"),
            Err(errors) => errors.0,
        })
        .flat_map(|errors| errors.into_iter())
        .map(|error| {
            let case = Case::Dataset(error);
            check(&case);
            case.text(Lang::Zh)
        })
        .collect();
    texts.dedup();
    for text in &texts {
        assert!(!text.contains("解析器原文"), "untranslated: {text}");
    }
    // A message it does not know is shown, marked as the parser's.
    let unknown = parser_words("something else");
    assert_eq!(unknown, "解析器原文：something else");
}
