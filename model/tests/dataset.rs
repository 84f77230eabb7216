#![cfg(not(target_arch = "wasm32"))]
//! The default dataset, loading, one test per validation error, edits and JSON output.

mod common;
use common::*;
use serde_json::json;
use value_chain_model::dataset::{MAX_INPUT_BYTES, MAX_PRODUCTS, MAX_STEPS};
use value_chain_model::*;

// ---------- the default dataset ----------

#[test]
fn default_dataset_is_valid_and_has_required_products() {
    let ds = binzhou();
    for id in [
        "alumina",
        "primary",
        "billet",
        "alloy-ingot",
        "rod",
        "lv-cable",
        "profile",
        "furniture",
        "sheet",
        "foil-packaging",
        "foil-battery",
        "auto-sheet",
        "wheels",
        "casings",
        "scrap",
        "recycled",
    ] {
        assert!(ds.product(id).is_some(), "missing product {id}");
    }
    assert_eq!(ds.start(), "primary");
    assert_eq!(ds.currency(), "CNY");
}

#[test]
fn article_figures_along_default_paths() {
    let ds = binzhou();
    // (product, default path, added value per ton from primary): the article's figures.
    let table: &[(&str, &[&str], f64)] = &[
        ("rod", &["primary", "rod"], 500.0),
        ("lv-cable", &["primary", "rod", "lv-cable"], 5_000.0),
        (
            "furniture",
            &["primary", "billet", "profile", "furniture"],
            80_000.0,
        ),
    ];
    for &(product, path, expected) in table {
        assert_eq!(
            default_path(&ds, product).unwrap(),
            strings(path),
            "{product}"
        );
        let evaluation = evaluate_default_path(&ds, product).unwrap();
        assert_eq!(evaluation.added_value_per_t, expected, "{product}");
    }
}

#[test]
fn other_defaults() {
    let ds = binzhou();
    let table: &[(&str, f64)] = &[
        ("profile", 3_000.0),
        ("alloy-ingot", 575.0),
        ("wheels", 11_575.0),
        ("sheet", 1_800.0),
        // The foil fee over metal, not the sheet fee on top of it (it was counted twice).
        ("foil-packaging", 6_000.0),
        ("foil-battery", 11_000.0),
        // Excluding VAT in its source, converted: 10,000 × 1.13.
        ("auto-sheet", 11_300.0),
        ("casings", 385_800.0),
        // Extrusion plus anodising midpoints: 3,000 + 2,500.
        ("pv-frame", 5_500.0),
        ("building-profile", 6_600.0),
        ("industrial-profile", 3_900.0),
        ("heat-sink", 5_250.0),
        ("auto-extrusion", 12_300.0),
        ("battery-tray", 67_300.0),
        ("formwork", 28_900.0),
        ("can-stock", 4_500.0),
        ("die-casting", 26_575.0),
        ("overhead-conductor", 3_000.0),
    ];
    for &(product, expected) in table {
        let a = evaluate_default_path(&ds, product)
            .unwrap()
            .added_value_per_t;
        assert!(close(a, expected), "{product}: {a} != {expected}");
    }
    assert_eq!(ds.metal_price().base, 13_900.0);
    assert_eq!(ds.metal_price().source.badge, Badge::Estimate);
    assert_eq!(ds.region().primary_tonnes_per_year, 6_460_000.0);
    assert_eq!(ds.region().source.badge, Badge::Published);
    let smelting = ds.step("alumina", "primary").unwrap();
    assert_eq!(smelting.kwh_per_t, Some(13_599.0));
    assert_eq!(
        smelting.kwh_source.as_ref().unwrap().badge,
        Badge::Published
    );
    assert!(ds.step("scrap", "recycled").unwrap().recycling);
    assert_eq!(ds.products().len(), 26);
    assert_eq!(ds.reference_product(), Some("rod"));
    assert_eq!(
        (ds.melt_loss().base, ds.scrap_price().base),
        (0.02, 11_000.0)
    );
    // Rod, billet and foundry ingot are first processing, not deep processing.
    for (id, level) in [
        ("rod", ProcessingLevel::PrimaryProcessing),
        ("billet", ProcessingLevel::PrimaryProcessing),
        ("alloy-ingot", ProcessingLevel::PrimaryProcessing),
        ("sheet", ProcessingLevel::DeepProcessing),
        ("furniture", ProcessingLevel::EndProduct),
    ] {
        assert_eq!(ds.product(id).unwrap().processing_level(), level, "{id}");
    }
}

#[test]
fn every_default_figure_is_sourced_and_estimates_have_ranges() {
    let ds = binzhou();
    for step in ds.steps() {
        assert!(!step.source.citation.is_blank());
        assert!(
            step.yield_source.is_some(),
            "{} → {} yield unsourced",
            step.from,
            step.to
        );
        assert_eq!(step.kwh_per_t.is_some(), step.kwh_source.is_some());
        if step.source.badge == Badge::Estimate {
            assert!(
                step.added_value.low < step.added_value.high,
                "{} → {}",
                step.from,
                step.to
            );
        }
        if step.source.badge == Badge::Article {
            let citation = step.source.citation.get(Language::En);
            assert!(citation.starts_with("Article"), "{citation}");
            let zh = step.source.citation.get(Language::Zh);
            assert!(zh.starts_with("报道"), "{zh}");
        }
    }
    for product in ds.products() {
        assert!(!product.name.zh.is_empty() && !product.name.en.is_empty());
    }
}

/// Which source of a step a badge row checks.
#[derive(Clone, Copy)]
enum Of {
    Value,
    Yield,
    Kwh,
}

#[track_caller]
fn check_badge(ds: &Dataset, from: &str, to: &str, of: Of, badge: Badge, says: &[&str]) {
    let step = ds
        .step(from, to)
        .unwrap_or_else(|| panic!("no step {from} → {to}"));
    let source = match of {
        Of::Value => Some(&step.source),
        Of::Yield => step.yield_source.as_ref(),
        Of::Kwh => step.kwh_source.as_ref(),
    }
    .unwrap_or_else(|| panic!("{from} → {to}: source missing"));
    assert_eq!(source.badge, badge, "{from} → {to}");
    let en = source.citation.get(Language::En);
    for word in says {
        assert!(en.contains(word), "{from} → {to}: {en:?} lacks {word:?}");
    }
    if badge == Badge::Estimate && matches!(of, Of::Value) {
        assert!(
            step.added_value.low < step.added_value.high,
            "{from} → {to}"
        );
    }
}

#[test]
fn badges_say_how_each_figure_was_obtained() {
    let ds = binzhou();
    use Of::*;
    let table: &[(&str, &str, Of, Badge, &[&str])] = &[
        // The article's total minus another source's profile figure.
        (
            "profile",
            "furniture",
            Value,
            Badge::Derived,
            &["Derived", "80,000"],
        ),
        ("rod", "lv-cable", Value, Badge::Article, &["Article"]),
        // Midpoints of published ranges.
        (
            "primary",
            "alloy-ingot",
            Value,
            Badge::Derived,
            &["midpoint", "450-700"],
        ),
        (
            "primary",
            "auto-sheet",
            Value,
            Badge::Derived,
            &["excluding VAT", "x 1.13", "2025 figures"],
        ),
        ("alumina", "primary", Yield, Badge::Derived, &["Derived"]),
        ("scrap", "recycled", Kwh, Badge::Derived, &["Derived"]),
        (
            "primary",
            "sheet",
            Value,
            Badge::Published,
            &["gives no date", "low reliability"],
        ),
        (
            "billet",
            "pv-frame",
            Value,
            Badge::Derived,
            &["anodising", "2025 figure"],
        ),
        (
            "billet",
            "heat-sink",
            Value,
            Badge::Derived,
            &["4,500-6,000"],
        ),
        (
            "sheet",
            "foil-battery",
            Value,
            Badge::Estimate,
            &["2025 figures"],
        ),
        (
            "sheet",
            "foil-packaging",
            Yield,
            Badge::Estimate,
            &["whole chain"],
        ),
        (
            "auto-extrusion",
            "battery-tray",
            Value,
            Badge::Estimate,
            &["no public source found"],
        ),
        (
            "alloy-ingot",
            "die-casting",
            Value,
            Badge::Estimate,
            &["2025 figures"],
        ),
        (
            "recycled",
            "die-casting",
            Value,
            Badge::Estimate,
            &["ADC12"],
        ),
    ];
    for &(from, to, of, badge, says) in table {
        check_badge(&ds, from, to, of, badge, says);
    }
    // No step of the default dataset is the article's but the one derived from its
    // figures only; furniture's total is declared instead.
    let articles: Vec<String> = ds
        .products()
        .iter()
        .filter_map(|p| p.article_total.map(|t| format!("{}={t}", p.id)))
        .collect();
    assert_eq!(articles, ["rod=500", "lv-cable=5000", "furniture=80000"]);
}

#[test]
fn default_dataset_round_trips() {
    let ds = binzhou();
    let json = ds.to_json().unwrap();
    assert_eq!(Dataset::from_json(&json).unwrap(), ds);
    // serde also validates when deserialising a Dataset directly.
    let direct: Dataset = serde_json::from_str(&json).unwrap();
    assert_eq!(direct, ds);
}

#[test]
fn deserialising_invalid_dataset_directly_fails() {
    let mut v = minimal();
    v["steps"][0]["yield"] = json!(0);
    let error = serde_json::from_str::<Dataset>(&v.to_string()).unwrap_err();
    assert!(error.to_string().contains("yield"), "{error}");
}

// ---------- one test per validation error ----------

fn errors_of(v: &serde_json::Value) -> Vec<DatasetError> {
    load(v).expect_err("should be rejected")
}

#[test]
fn minimal_is_valid() {
    load(&minimal()).unwrap();
}

#[test]
fn err_too_large() {
    let text = " ".repeat(MAX_INPUT_BYTES + 1);
    let e = Dataset::from_json(&text).unwrap_err().0;
    assert_eq!(
        e,
        vec![DatasetError::TooLarge {
            bytes: MAX_INPUT_BYTES + 1,
            limit: MAX_INPUT_BYTES
        }]
    );
}

#[test]
fn err_syntax_with_line_and_column() {
    let e = Dataset::from_json("{\n  \"schema\": 1,\n  oops\n}")
        .unwrap_err()
        .0;
    match &e[..] {
        [DatasetError::Syntax { line, column, .. }] => {
            assert_eq!(*line, 3);
            assert_eq!(*column, 3);
        }
        other => panic!("{other:?}"),
    }
    assert!(e[0].to_string().starts_with("line 3, column 3"));
}

#[test]
fn err_wrong_type() {
    let mut v = minimal();
    v["steps"][0]["yield"] = json!("high");
    match &errors_of(&v)[..] {
        [DatasetError::WrongType { line, message, .. }] => {
            assert_eq!(*line, 1);
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn err_wrong_type_unknown_field_and_kind() {
    let mut v = minimal();
    v["products"][0]["colour"] = json!("red");
    assert!(matches!(
        &errors_of(&v)[..],
        [DatasetError::WrongType { .. }]
    ));
    let mut v = minimal();
    v["products"][0]["kind"] = json!("mystery");
    assert!(matches!(
        &errors_of(&v)[..],
        [DatasetError::WrongType { .. }]
    ));
}

#[test]
fn err_unsupported_schema() {
    let mut v = minimal();
    v["schema"] = json!(4);
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::UnsupportedSchema {
            found: "4".into(),
            oldest: 1,
            supported: 3
        }]
    );
}

#[test]
fn schema_1_files_migrate_with_a_notice() {
    // The default dataset as it was in schema 1 (no melt loss, no scrap price).
    let mut v = minimal();
    v["schema"] = json!(1);
    let object = v.as_object_mut().unwrap();
    object.remove("melt_loss");
    object.remove("scrap_price");
    object.remove("vat");
    v["products"][1]["id"] = json!("rod");
    v["steps"][0]["to"] = json!("rod");
    v["steps"][1]["from"] = json!("rod");
    let (ds, notices) = Dataset::from_json_with_notices(&v.to_string()).unwrap();
    assert_eq!(
        notices,
        vec![
            ImportNotice::Schema1 {
                melt_loss: 0.02,
                scrap_price_share: 0.8,
                reference_product: Some("rod".into())
            },
            ImportNotice::AssumedVat {
                schema: 1,
                rate: 0.13,
                year: 2019
            }
        ]
    );
    assert_eq!(ds.file().schema, 3);
    assert_eq!(
        (ds.melt_loss().low, ds.melt_loss().base, ds.melt_loss().high),
        (0.01, 0.02, 0.05)
    );
    assert_eq!(
        (
            ds.scrap_price().low,
            ds.scrap_price().base,
            ds.scrap_price().high
        ),
        (72.0, 80.0, 96.0)
    );
    assert_eq!(ds.melt_loss().source.badge, Badge::Estimate);
    assert!(ds
        .melt_loss()
        .source
        .citation
        .get(Language::En)
        .contains("schema-1"));
    assert!(ds
        .melt_loss()
        .source
        .citation
        .get(Language::Zh)
        .contains("旧版"));
    assert_eq!(ds.reference_product(), Some("rod"));
    // A schema-3 file needs no notice; one without the figures of its schema is refused.
    assert_eq!(
        Dataset::from_json_with_notices(&minimal().to_string())
            .unwrap()
            .1,
        vec![]
    );
    let mut v2 = minimal();
    v2.as_object_mut().unwrap().remove("melt_loss");
    assert_eq!(
        errors_of(&v2),
        vec![DatasetError::MissingFigure {
            field: "melt_loss".into()
        }]
    );
    let mut v3 = minimal();
    v3.as_object_mut().unwrap().remove("vat");
    assert_eq!(
        errors_of(&v3),
        vec![DatasetError::MissingFigure {
            field: "vat".into()
        }]
    );
}

/// A schema-2 file has no VAT statement: its prices are taken to include VAT at the rate
/// of its price year, and the import says so.
#[track_caller]
fn check_vat_migration(year: i32, vat_included: Option<bool>, rate: f64, included: bool) {
    let mut v = minimal();
    v["schema"] = json!(2);
    v.as_object_mut().unwrap().remove("vat");
    v["metal_price"]["source"]["year"] = json!(year);
    if let Some(stated) = vat_included {
        v["metal_price"]["vat_included"] = json!(stated);
    }
    let (ds, notices) = Dataset::from_json_with_notices(&v.to_string()).unwrap();
    assert_eq!(
        notices,
        vec![ImportNotice::AssumedVat {
            schema: 2,
            rate,
            year
        }]
    );
    assert_eq!(ds.file().schema, 3);
    assert_eq!(
        (ds.vat().rate, ds.vat().prices_include_vat),
        (rate, included)
    );
    assert_eq!(ds.vat().source.badge, Badge::Estimate);
    assert!(ds
        .vat()
        .source
        .citation
        .get(Language::En)
        .contains("schema-2"));
    assert!(ds
        .vat()
        .source
        .citation
        .get(Language::Zh)
        .contains("增值税"));
}

#[test]
fn schema_2_files_migrate_with_the_vat_of_their_price_year() {
    check_vat_migration(2019, None, 0.13, true);
    check_vat_migration(2024, Some(true), 0.13, true);
    check_vat_migration(2018, None, 0.16, true);
    check_vat_migration(2015, None, 0.17, true);
    // A file that said its prices exclude VAT keeps saying so.
    check_vat_migration(2019, Some(false), 0.13, false);
}

/// Each schema-3 figure outside its limits is refused with an error that names the limit.
#[track_caller]
fn check_schema3_limit(edit: impl Fn(&mut serde_json::Value), expected: DatasetError) {
    let mut v = minimal();
    edit(&mut v);
    let errors = errors_of(&v);
    assert!(errors.contains(&expected), "{errors:?}");
    let text = expected.to_string();
    assert!(!text.is_empty());
}

#[test]
fn schema_3_figures_have_limits() {
    use value_chain_model::{Field, Item};
    let range = |low: f64, base: f64, high: f64| json!({ "low": low, "base": base, "high": high, "source": { "citation": "x", "year": 2020, "badge": "estimate" } });
    check_schema3_limit(
        |v| v["vat"]["rate"] = json!(0.6),
        DatasetError::ValueTooLarge {
            item: Item::Vat,
            field: Field::Rate,
            value: 0.6,
            max: 0.5,
        },
    );
    check_schema3_limit(
        |v| v["vat"]["rate"] = json!(-0.1),
        DatasetError::Negative {
            item: Item::Vat,
            field: Field::Rate,
            value: -0.1,
        },
    );
    check_schema3_limit(
        |v| v["value_added_shares"] = json!({ "deep-processing": range(0.2, 0.4, 1.5) }),
        DatasetError::ValueTooLarge {
            item: Item::ValueAddedShare {
                level: "deep-processing".into(),
            },
            field: Field::High,
            value: 1.5,
            max: 1.0,
        },
    );
    check_schema3_limit(
        |v| v["steps"][0]["melt_loss"] = range(0.1, 0.2, 0.6),
        DatasetError::ValueTooLarge {
            item: Item::StepMeltLoss {
                from: "a".into(),
                to: "b".into(),
            },
            field: Field::High,
            value: 0.6,
            max: 0.5,
        },
    );
    check_schema3_limit(
        |v| v["steps"][0]["value_added_share"] = range(0.5, 0.4, 0.6),
        DatasetError::RangeOrder {
            item: Item::StepValueAddedShare {
                from: "a".into(),
                to: "b".into(),
            },
            low: 0.5,
            base: 0.4,
            high: 0.6,
        },
    );
    check_schema3_limit(
        |v| v["products"][2]["metal_content"] = range(0.0, 0.7, 0.9),
        DatasetError::NotPositive {
            item: Item::MetalContent { id: "c".into() },
            field: Field::Low,
            value: 0.0,
        },
    );
    check_schema3_limit(
        |v| v["products"][2]["china_output"] = json!({ "tonnes": -1, "year": 2024, "source": { "citation": "x", "year": 2024, "badge": "published" } }),
        DatasetError::NotPositive {
            item: Item::ChinaOutput { id: "c".into() },
            field: Field::Tonnage,
            value: -1.0,
        },
    );
}

#[test]
fn err_too_many_products_and_steps() {
    let mut v = minimal();
    let product = v["products"][1].clone();
    let step = v["steps"][1].clone();
    v["products"] = json!(vec![product; MAX_PRODUCTS + 1]);
    v["steps"] = json!(vec![step; MAX_STEPS + 1]);
    let e = errors_of(&v);
    assert!(e.contains(&DatasetError::TooManyProducts {
        count: MAX_PRODUCTS + 1,
        limit: MAX_PRODUCTS
    }));
    assert!(e.contains(&DatasetError::TooManySteps {
        count: MAX_STEPS + 1,
        limit: MAX_STEPS
    }));
}

#[test]
fn err_invalid_id() {
    let mut v = minimal();
    v["products"][2]["id"] = json!("Big C");
    v["steps"][1]["to"] = json!("Big C");
    assert!(errors_of(&v).contains(&DatasetError::InvalidId {
        id: "Big C".into(),
        max_len: 64,
    }));
}

#[test]
fn err_duplicate_product() {
    let mut v = minimal();
    v["products"][2]["id"] = json!("b");
    assert!(errors_of(&v).contains(&DatasetError::DuplicateProduct { id: "b".into() }));
}

#[test]
fn err_duplicate_step() {
    let mut v = minimal();
    let step = v["steps"][0].clone();
    v["steps"].as_array_mut().unwrap().push(step);
    assert!(errors_of(&v).contains(&DatasetError::DuplicateStep {
        from: "a".into(),
        to: "b".into()
    }));
}

#[test]
fn err_unknown_product_everywhere() {
    let mut v = minimal();
    v["start"] = json!("zz");
    v["steps"][0]["from"] = json!("x");
    v["steps"][1]["to"] = json!("y");
    v["products"][2]["default_path"] = json!(["a", "w", "c"]);
    let e = errors_of(&v);
    let refs = [
        ("zz", Reference::Start),
        (
            "x",
            Reference::StepFrom {
                from: "x".into(),
                to: "b".into(),
            },
        ),
        (
            "y",
            Reference::StepTo {
                from: "b".into(),
                to: "y".into(),
            },
        ),
        (
            "w",
            Reference::DefaultPath {
                product: "c".into(),
            },
        ),
    ];
    for (id, referenced_by) in refs {
        let expected = DatasetError::UnknownProduct {
            id: id.into(),
            referenced_by,
        };
        assert!(e.contains(&expected), "{expected:?} not in {e:?}");
    }
    // Every problem is reported at once, each naming its item.
    assert_eq!(e.len(), 4, "{e:?}");
    assert!(e[1].to_string().contains("step 'x' → 'b'"), "{}", e[1]);
}

#[test]
fn err_missing_name() {
    let mut v = minimal();
    v["products"][1]["name"]["zh"] = json!(" ");
    v["name"]["en"] = json!("");
    v["metal"] = json!({ "en": "copper", "zh": "" });
    let e = errors_of(&v);
    assert!(e.contains(&DatasetError::MissingName {
        item: Item::Product { id: "b".into() },
        language: Language::Zh
    }));
    assert!(e.contains(&DatasetError::MissingName {
        item: Item::Dataset,
        language: Language::En
    }));
    assert!(e.contains(&DatasetError::MissingName {
        item: Item::Metal,
        language: Language::Zh
    }));
    assert_eq!(e.len(), 3, "{e:?}");
}

#[test]
fn the_metal_is_optional_and_kept() {
    let v = minimal();
    let ds = Dataset::from_json(&v.to_string()).unwrap();
    assert_eq!(ds.metal(), None);
    assert!(!ds.to_json().unwrap().contains("\"metal\""));
    let mut v = minimal();
    v["metal"] = json!({ "en": "copper", "zh": "铜" });
    let ds = Dataset::from_json(&v.to_string()).unwrap();
    assert_eq!(ds.metal().map(|m| m.zh.as_str()), Some("铜"));
    let again = Dataset::from_json(&ds.to_json().unwrap()).unwrap();
    assert_eq!(again, ds);
    assert_eq!(
        Dataset::binzhou().unwrap().metal().map(|m| m.en.as_str()),
        Some("aluminium")
    );
}

#[test]
fn err_empty_currency() {
    let mut v = minimal();
    v["currency"] = json!("");
    assert_eq!(errors_of(&v), vec![DatasetError::EmptyCurrency]);
}

#[test]
fn err_empty_citation() {
    let mut v = minimal();
    v["steps"][1]["source"]["citation"] = json!("");
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::EmptyCitation {
            item: Item::Step {
                from: "b".into(),
                to: "c".into()
            },
            source: SourceField::Source
        }]
    );
}

#[track_caller]
fn reads_citation(written: serde_json::Value, en: &str, zh: &str) {
    let mut v = minimal();
    v["steps"][1]["source"]["citation"] = written.clone();
    let ds = Dataset::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{written}: {:?}", e.0));
    let citation = &ds.step("b", "c").unwrap().source.citation;
    assert_eq!(citation.get(Language::En), en, "{written}: English");
    assert_eq!(citation.get(Language::Zh), zh, "{written}: Chinese");
    // Written back in the form it was read.
    let again = Dataset::from_json(&ds.to_json().unwrap()).unwrap();
    assert_eq!(again, ds, "{written}: round trip");
}

#[test]
fn a_citation_is_one_text_or_one_per_language_and_a_missing_one_falls_back() {
    // (as written, what an English page shows, what a Chinese page shows)
    let cases = [
        (json!("SMM, 2019"), "SMM, 2019", "SMM, 2019"),
        (
            json!({ "en": "SMM, 2019", "zh": "上海有色网，2019年" }),
            "SMM, 2019",
            "上海有色网，2019年",
        ),
        (json!({ "en": "SMM, 2019" }), "SMM, 2019", "SMM, 2019"),
        (
            json!({ "zh": "上海有色网，2019年" }),
            "上海有色网，2019年",
            "上海有色网，2019年",
        ),
    ];
    for (written, en, zh) in cases {
        reads_citation(written, en, zh);
    }
}

/// How a citation is refused.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Refused {
    /// No text to show: `empty-citation`, naming the item.
    Empty,
    /// Not the format (a number, an unknown field): `wrong-type`, with its line.
    WrongType,
}

#[track_caller]
fn refuses_citation(written: serde_json::Value, want: Refused) {
    let mut v = minimal();
    v["steps"][1]["source"]["citation"] = written.clone();
    let errors = errors_of(&v);
    let got = match errors.as_slice() {
        [DatasetError::EmptyCitation { .. }] => Some(Refused::Empty),
        [DatasetError::WrongType { .. }] => Some(Refused::WrongType),
        _ => None,
    };
    assert_eq!(got, Some(want), "{written}: {errors:?}");
}

#[test]
fn a_citation_without_text_or_with_another_field_is_refused() {
    let cases = [
        (json!(""), Refused::Empty),
        (json!("  "), Refused::Empty),
        (json!({}), Refused::Empty),
        (json!({ "en": "SMM", "zh": " " }), Refused::Empty),
        (json!({ "en": "" }), Refused::Empty),
        (json!({ "en": "SMM", "fr": "SMM" }), Refused::WrongType),
        (json!(12), Refused::WrongType),
    ];
    for (written, want) in cases {
        refuses_citation(written, want);
    }
}

#[test]
fn the_default_dataset_gives_every_citation_in_both_languages() {
    let ds = binzhou();
    let mut sources: Vec<(String, &Source)> = vec![
        ("metal price".into(), &ds.metal_price().source),
        ("melt loss".into(), &ds.melt_loss().source),
        ("scrap price".into(), &ds.scrap_price().source),
        ("region".into(), &ds.region().source),
    ];
    sources.extend(ds.baseline().map(|b| ("baseline".to_string(), &b.source)));
    for preset in ds.presets() {
        sources.push((format!("preset {}", preset.id), &preset.source));
    }
    for step in ds.steps() {
        let name = format!("{} → {}", step.from, step.to);
        sources.push((name.clone(), &step.source));
        for (field, source) in [
            ("yield", &step.yield_source),
            ("kWh", &step.kwh_source),
            ("jobs", &step.jobs_source),
            ("CO2", &step.co2_source),
        ] {
            sources.extend(source.iter().map(|s| (format!("{name} {field}"), s)));
        }
    }
    assert!(sources.len() > 50, "{}", sources.len());
    for (what, source) in sources {
        let citation = &source.citation;
        assert!(
            citation.has(Language::En) && citation.has(Language::Zh),
            "{what}: {citation:?}"
        );
        let (en, zh) = (citation.get(Language::En), citation.get(Language::Zh));
        // Chinese in the Chinese text, none in the English one.
        let cjk = |text: &str| text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
        assert!(cjk(zh) && !cjk(en), "{what}: {en} / {zh}");
        // The figures are the same: every number of the English text is in the Chinese one,
        // but for amounts in millions and billions, which Chinese writes in 万 and 亿.
        let zh_numbers = numbers(zh);
        for (number, unit) in numbers(en) {
            if ["m", "bn", "Mt", "million", "billion"].contains(&unit.as_str()) {
                continue;
            }
            assert!(
                zh_numbers.iter().any(|(n, _)| *n == number),
                "{what}: {number} of {en:?} is not in {zh:?}"
            );
        }
    }
}

/// The numbers a text writes (`13,900`, `0.95`, `04` of a date), each with the word after
/// it; digits that are part of a name (`CO2`, `A356`, `H1`) are not numbers.
fn numbers(text: &str) -> Vec<(f64, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_name = false;
    let chars: Vec<char> = text.chars().chain([' ']).collect();
    for (i, &c) in chars.iter().enumerate() {
        let digit_follows = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        let after_letter = i > 0 && chars[i - 1].is_ascii_alphabetic();
        in_name = c.is_ascii_digit() && (in_name || (after_letter && current.is_empty()));
        if in_name {
            continue;
        }
        if c.is_ascii_digit() || (!current.is_empty() && c == '.' && digit_follows) {
            current.push(c);
        } else if !current.is_empty() && c == ',' && digit_follows {
            // A thousands separator.
        } else if !current.is_empty() {
            let unit: String = chars[i..]
                .iter()
                .skip_while(|c| c.is_whitespace())
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            let number = std::mem::take(&mut current);
            out.extend(number.parse::<f64>().ok().map(|n| (n, unit)));
        }
    }
    out
}

#[test]
fn err_invalid_year() {
    let mut v = minimal();
    v["region"]["source"]["year"] = json!(19);
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::InvalidYear {
            item: Item::Region,
            source: SourceField::Source,
            year: 19,
            min: 1900,
            max: 2100
        }]
    );
}

#[test]
fn err_not_finite() {
    // JSON cannot hold NaN or infinity (1e999 is a syntax error), so a file built in code.
    let ds = load(&minimal()).unwrap();
    let mut file = ds.file().clone();
    file.steps[0].added_value.high = f64::INFINITY;
    file.metal_price.low = f64::NAN;
    let e = Dataset::try_from(file).unwrap_err().0;
    assert!(e.contains(&DatasetError::NotFinite {
        item: Item::Step {
            from: "a".into(),
            to: "b".into()
        },
        field: Field::High
    }));
    assert!(e.contains(&DatasetError::NotFinite {
        item: Item::MetalPrice,
        field: Field::Low
    }));
    let mut v = minimal();
    v["metal_price"]["high"] = json!(1);
    let text = v.to_string().replace("\"high\":1,", "\"high\":1e999,");
    assert!(matches!(
        &Dataset::from_json(&text).unwrap_err().0[..],
        [DatasetError::Syntax { .. }]
    ));
}

#[test]
fn err_negative() {
    let mut v = minimal();
    v["steps"][0]["kwh_per_t"] = json!(-5);
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::Negative {
            item: Item::Step {
                from: "a".into(),
                to: "b".into()
            },
            field: Field::KwhPerT,
            value: -5.0
        }]
    );
}

#[test]
fn err_not_positive_metal_price() {
    let mut v = minimal();
    v["metal_price"]["low"] = json!(0);
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::NotPositive {
            item: Item::MetalPrice,
            field: Field::Low,
            value: 0.0
        }]
    );
}

#[test]
fn err_value_too_large() {
    let mut v = minimal();
    v["region"]["primary_tonnes_per_year"] = json!(1e11);
    assert!(matches!(
        &errors_of(&v)[..],
        [DatasetError::ValueTooLarge {
            item: Item::Region,
            field: Field::PrimaryTonnesPerYear,
            ..
        }]
    ));
}

#[test]
fn err_range_order() {
    let mut v = minimal();
    v["steps"][0]["added_value"] = json!({ "low": 30, "base": 20, "high": 25 });
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::RangeOrder {
            item: Item::Step {
                from: "a".into(),
                to: "b".into()
            },
            low: 30.0,
            base: 20.0,
            high: 25.0
        }]
    );
}

#[test]
fn err_yield_out_of_range() {
    for bad in [0.0, -0.5, 1.01] {
        let mut v = minimal();
        v["steps"][1]["yield"] = json!(bad);
        assert_eq!(
            errors_of(&v),
            vec![DatasetError::YieldOutOfRange {
                from: "b".into(),
                to: "c".into(),
                value: bad
            }]
        );
    }
    let mut v = minimal();
    v["steps"][1]["yield"] = json!(1.0);
    load(&v).unwrap();
}

#[test]
fn err_cycle_but_recycling_allowed() {
    let back = json!({ "from": "c", "to": "a", "added_value": { "low": 1, "base": 1, "high": 1 },
        "yield": 0.9, "source": source() });
    let mut v = minimal();
    v["steps"].as_array_mut().unwrap().push(back.clone());
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::Cycle {
            products: strings(&["a", "b", "c"])
        }]
    );
    let mut recycling = back;
    recycling["recycling"] = json!(true);
    let mut v = minimal();
    v["steps"].as_array_mut().unwrap().push(recycling);
    let ds = load(&v).unwrap();
    assert_eq!(
        all_paths(&ds, "a").unwrap(),
        vec![strings(&["a", "b", "c"])]
    );
}

#[test]
fn err_self_loop_is_a_cycle() {
    let mut v = minimal();
    v["steps"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "from": "b", "to": "b",
        "added_value": { "low": 1, "base": 1, "high": 1 }, "yield": 0.9, "source": source() }));
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::Cycle {
            products: strings(&["b"])
        }]
    );
}

fn diamond() -> serde_json::Value {
    // a → b → c and a → c: two paths reach c.
    let mut v = minimal();
    v["steps"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "from": "a", "to": "c",
        "added_value": { "low": 5, "base": 5, "high": 5 }, "yield": 0.9, "source": source() }));
    v
}

#[test]
fn err_ambiguous_path_and_default_path_resolves_it() {
    assert_eq!(
        errors_of(&diamond()),
        vec![DatasetError::AmbiguousPath {
            product: "c".into(),
            predecessors: strings(&["b", "a"])
        }]
    );
    let mut v = diamond();
    v["products"][2]["default_path"] = json!(["a", "c"]);
    let ds = load(&v).unwrap();
    assert_eq!(default_path(&ds, "c").unwrap(), strings(&["a", "c"]));
    assert_eq!(paths_to(&ds, "a", "c").unwrap().len(), 2);
}

#[test]
fn err_default_path_start() {
    let mut v = diamond();
    v["products"][2]["default_path"] = json!(["b", "c"]);
    assert!(errors_of(&v).contains(&DatasetError::DefaultPathStart {
        product: "c".into(),
        first: Some("b".into()),
        start: "a".into()
    }));
    let mut v = diamond();
    v["products"][2]["default_path"] = json!([]);
    assert!(errors_of(&v).contains(&DatasetError::DefaultPathStart {
        product: "c".into(),
        first: None,
        start: "a".into()
    }));
}

#[test]
fn err_default_path_end() {
    let mut v = diamond();
    v["products"][2]["default_path"] = json!(["a", "b"]);
    assert!(errors_of(&v).contains(&DatasetError::DefaultPathEnd {
        product: "c".into(),
        last: Some("b".into())
    }));
}

#[test]
fn err_default_path_no_step() {
    let mut v = minimal();
    v["products"][2]["default_path"] = json!(["a", "c"]);
    assert_eq!(
        errors_of(&v),
        vec![DatasetError::DefaultPathNoStep {
            product: "c".into(),
            from: "a".into(),
            to: "c".into()
        }]
    );
}

#[test]
fn err_unknown_step_in_edit() {
    let ds = load(&minimal()).unwrap();
    let e = ds
        .with_edit(&Edit::StepYield {
            from: "a".into(),
            to: "c".into(),
            value: 0.5,
        })
        .unwrap_err()
        .0;
    assert_eq!(
        e,
        vec![DatasetError::UnknownStep {
            from: "a".into(),
            to: "c".into()
        }]
    );
}

#[test]
fn every_error_message_names_its_item() {
    let mut v = minimal();
    v["steps"][0]["added_value"]["low"] = json!(-1);
    let e = errors_of(&v);
    let text = e[0].to_string();
    assert!(
        text.contains("'a' → 'b'") && text.contains("low") && text.contains("-1"),
        "{text}"
    );
}

// ---------- edits ----------

#[test]
fn edits_apply_validate_and_are_marked() {
    let default = binzhou();
    let ds = default
        .with_edit(&Edit::StepAddedValue {
            from: "primary".into(),
            to: "rod".into(),
            base: 900.0,
        })
        .unwrap();
    let step = ds.step("primary", "rod").unwrap();
    // The base left the range, so the range widened to keep low ≤ base ≤ high.
    assert_eq!(
        step.added_value,
        ValueRange {
            low: 300.0,
            base: 900.0,
            high: 900.0
        }
    );
    assert_eq!(
        evaluate_default_path(&ds, "lv-cable")
            .unwrap()
            .added_value_per_t,
        5_400.0
    );
    let ds = ds.with_edit(&Edit::MetalPrice { base: 15_000.0 }).unwrap();
    let ds = ds
        .with_edit(&Edit::StepYield {
            from: "billet".into(),
            to: "profile".into(),
            value: 0.9,
        })
        .unwrap();
    let ds = ds
        .with_edit(&Edit::ProductLocal {
            id: "furniture".into(),
            local: false,
        })
        .unwrap();
    assert_eq!(
        ds.edited_figures(&default),
        vec![
            Figure::MetalPrice,
            Figure::StepAddedValue {
                from: "primary".into(),
                to: "rod".into()
            },
            Figure::StepYield {
                from: "billet".into(),
                to: "profile".into()
            },
            Figure::ProductLocal {
                id: "furniture".into()
            },
        ]
    );
    assert!(default.edited_figures(&default).is_empty());
}

#[test]
fn invalid_edits_are_rejected() {
    let ds = binzhou();
    let rod = |base| Edit::StepAddedValue {
        from: "primary".into(),
        to: "rod".into(),
        base,
    };
    assert!(ds.with_edit(&rod(-1.0)).is_err());
    assert!(ds.with_edit(&rod(f64::NAN)).is_err());
    assert!(ds.with_edit(&Edit::MetalPrice { base: 0.0 }).is_err());
    assert!(ds
        .with_edit(&Edit::MetalPrice {
            base: f64::INFINITY
        })
        .is_err());
    let yield_edit = |value| Edit::StepYield {
        from: "primary".into(),
        to: "rod".into(),
        value,
    };
    assert!(ds.with_edit(&yield_edit(0.0)).is_err());
    assert!(ds.with_edit(&yield_edit(1.5)).is_err());
    let range = ValueRange {
        low: 600.0,
        base: 500.0,
        high: 700.0,
    };
    let e = ds
        .with_edit(&Edit::StepAddedValueRange {
            from: "primary".into(),
            to: "rod".into(),
            range,
        })
        .unwrap_err();
    assert!(matches!(&e.0[..], [DatasetError::RangeOrder { .. }]));
    assert!(ds.with_edit(&Edit::RegionTonnes { value: -1.0 }).is_err());
}

#[test]
fn placeholder_is_what_validation_would_build() {
    let p = value_chain_model::Dataset::placeholder();
    let revalidated =
        value_chain_model::Dataset::try_from(p.file().clone()).expect("placeholder validates");
    assert_eq!(revalidated, p);
}

#[test]
fn a_figure_set_to_a_value_is_the_edit_of_that_figure() {
    let ds = binzhou();
    // Furniture is local by default, so 0 (not local) is the change there.
    let figures = [
        (Figure::MetalPrice, 0.5),
        (
            Figure::StepAddedValue {
                from: "profile".into(),
                to: "furniture".into(),
            },
            0.5,
        ),
        (
            Figure::StepYield {
                from: "billet".into(),
                to: "profile".into(),
            },
            0.5,
        ),
        (
            Figure::ProductLocal {
                id: "furniture".into(),
            },
            0.0,
        ),
    ];
    for (figure, value) in figures {
        let edit = figure.set_to(value);
        assert_eq!(edit.figure(), figure);
        let edited = ds.with_edit(&edit).unwrap();
        assert_eq!(
            edited.edited_figures(&ds),
            vec![figure.clone()],
            "{figure:?}"
        );
    }
    assert_eq!(
        Figure::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into()
        }
        .set_to(87_000.0),
        Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 87_000.0
        }
    );
}

#[test]
fn same_graph_ignores_figures_but_not_products_or_steps() {
    let ds = binzhou();
    let edited = ds
        .with_edit(&Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 1.0,
        })
        .unwrap()
        .with_edit(&Edit::MetalPrice { base: 20_000.0 })
        .unwrap();
    assert!(ds.same_graph(&edited));
    let not_local = ds
        .with_edit(&Edit::ProductLocal {
            id: "furniture".into(),
            local: false,
        })
        .unwrap();
    assert!(!ds.same_graph(&not_local), "products differ");
    let mut file: serde_json::Value = serde_json::from_str(&ds.to_json().unwrap()).unwrap();
    file["steps"].as_array_mut().unwrap().pop();
    let fewer = Dataset::from_json(&file.to_string()).unwrap();
    assert!(!ds.same_graph(&fewer), "a step less");
}

#[test]
fn the_documented_example_loads() {
    // docs/dataset-format.md's example must stay a valid dataset.
    let doc = include_str!("../../docs/dataset-format.md");
    let start = doc.find("```json\n").expect("an example") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("its end");
    let ds = Dataset::from_json(&doc[start..end]).expect("the example loads");
    assert_eq!(ds.presets().len(), 1);
    assert_eq!(ds.step("primary", "rod").unwrap().yield_.low, 0.97);
}
