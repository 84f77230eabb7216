//! The bad-input catalogue (docs/bad-inputs.md), natively: typed numbers, share links and
//! dataset imports. Each case asserts the typed error or the fallback a person sees, and
//! that the page's state stays usable (the default view, or the figures in force before).
//! Time is bounded by construction (every case must simply return); no test measures it.
#![cfg(not(target_arch = "wasm32"))]

// The app tests' own dataset builders (tests/common/mod.rs).
mod common;

use common::{minimal, source};
use serde_json::{json, Value};
use value_chain::i18n::Lang;
use value_chain::link::{from_query, to_query};
use value_chain::model::dataset::{MAX_INPUT_BYTES, MAX_PRODUCTS};
use value_chain::model::{evaluate_path, Dataset, DatasetError, Edit, Item, Language};
use value_chain::number::{parse_input, parse_number, InputKind, NumberError};
use value_chain::state::{Action, AppState, FigureAction, Notice, ScenarioAction, Side};

const EN: [&str; 1] = ["en"];

fn fresh() -> AppState {
    AppState::with_default_dataset(Lang::En)
}

/// What the person sees computed: the added value per ton along the path shown.
fn added_value(s: &AppState) -> f64 {
    evaluate_path(s.dataset(), s.path())
        .map(|e| e.added_value_per_t)
        .unwrap_or(f64::NAN)
}

/// The link left the default view in place, with exactly `notices` notices.
fn assert_default_view(s: &AppState, notices: usize, what: &str) {
    let d = fresh();
    assert_eq!(s.path(), ["primary", "rod", "lv-cable"], "{what}");
    assert_eq!(s.dataset(), d.dataset(), "{what}");
    assert_eq!(s.scenario(), d.scenario(), "{what}");
    assert_eq!(added_value(s), 5000.0, "{what}");
    assert_eq!(s.notices.len(), notices, "{what}: {:?}", s.notices);
    for n in &s.notices {
        assert!(!n.message(Lang::En).is_empty() && !n.message(Lang::Zh).is_empty());
        assert!(
            n.message(Lang::En).chars().count() < 400,
            "a notice stays readable: {}",
            n.message(Lang::En)
        );
    }
}

// ---------------------------------------------------------------- typed numbers

/// Limits as the number field writes them (`ui::format::input_value`).
fn write(lang: Lang) -> impl Fn(f64) -> String {
    move |x| value_chain::ui::format::input_value(x, lang)
}

#[test]
fn number_empty_asks_for_a_number() {
    for kind in [InputKind::AddedValue, InputKind::Yield, InputKind::Tonnage] {
        assert_eq!(parse_input("", kind), Err(NumberError::Empty));
        assert_eq!(parse_input("  \u{3000} ", kind), Err(NumberError::Empty));
    }
    assert_eq!(
        NumberError::Empty.message(Lang::En, write(Lang::En)),
        "Enter a number."
    );
}

#[test]
fn number_lone_minus_and_letters_are_not_numbers() {
    for text in ["-", "abc", "--5", "5-", "1.2.3", "万", "e5", "0x10"] {
        assert_eq!(
            parse_input(text, InputKind::AddedValue),
            Err(NumberError::NotANumber),
            "{text:?}"
        );
    }
    assert!(
        NumberError::NotANumber
            .message(Lang::En, write(Lang::En))
            .contains("8万"),
        "the message shows what works"
    );
}

#[test]
fn number_nan_and_infinity_are_refused() {
    for text in ["NaN", "nan", "Infinity", "-Infinity", "inf", "∞"] {
        assert_eq!(parse_number(text), Err(NumberError::NotANumber), "{text:?}");
    }
}

#[test]
fn number_1e309_is_too_large_for_the_field() {
    assert_eq!(
        parse_input("1e309", InputKind::AddedValue),
        Err(NumberError::TooLarge { max: 1e7 })
    );
    assert_eq!(
        parse_input("-1e309", InputKind::UpliftPercent),
        Err(NumberError::TooLarge { max: 1000.0 })
    );
    // Limits are written like every other number on the page.
    assert_eq!(
        NumberError::TooLarge { max: 1e7 }.message(Lang::En, write(Lang::En)),
        "Must be at most 10 million."
    );
    assert_eq!(
        NumberError::TooLarge { max: 1e7 }.message(Lang::Zh, write(Lang::Zh)),
        "不能大于 1000万。"
    );
}

#[test]
fn number_negative_is_too_small_where_it_makes_no_sense() {
    for kind in [InputKind::AddedValue, InputKind::Tonnage, InputKind::Yuan] {
        assert_eq!(
            parse_input("-500", kind),
            Err(NumberError::TooSmall { min: 0.0 }),
            "{kind:?}"
        );
    }
    // A price must be above 0, and says so (not "at least 0" for a 0 it refuses).
    assert_eq!(
        parse_input("-500", InputKind::MetalPrice),
        Err(NumberError::NotAbove { min: 0.0 })
    );
    // An R&D uplift may be negative, down to −100 %.
    assert_eq!(parse_input("-20", InputKind::UpliftPercent), Ok(-20.0));
    assert_eq!(
        parse_input("-101", InputKind::UpliftPercent),
        Err(NumberError::TooSmall { min: -100.0 })
    );
}

#[test]
fn number_yield_zero_and_over_one_are_refused() {
    assert_eq!(
        parse_input("0", InputKind::Yield),
        Err(NumberError::NotAbove { min: 0.0 })
    );
    assert_eq!(
        parse_input("0%", InputKind::Yield),
        Err(NumberError::NotAbove { min: 0.0 })
    );
    assert_eq!(
        parse_input("101%", InputKind::Yield),
        Err(NumberError::TooLarge { max: 100.0 })
    );
    assert_eq!(
        parse_input("150", InputKind::Yield),
        Err(NumberError::TooLarge { max: 100.0 })
    );
    assert_eq!(parse_input("100%", InputKind::Yield), Ok(1.0));
    // Reached the reducer anyway (a host page, an old link): refused, figures unchanged.
    let s = fresh().apply(Action::Figures(FigureAction::Edit(Edit::StepYield {
        from: "primary".into(),
        to: "rod".into(),
        value: 1.5,
    })));
    assert!(s.edits().is_empty());
    assert_eq!(s.dataset(), s.reference());
    assert!(
        matches!(s.notices.as_slice(), [Notice::Rejected { .. }]),
        "{:?}",
        s.notices
    );
    let s = fresh().apply(Action::Figures(FigureAction::Edit(Edit::StepYield {
        from: "primary".into(),
        to: "rod".into(),
        value: 0.0,
    })));
    assert!(s.edits().is_empty() && s.notices.len() == 1);
}

#[test]
fn number_shares_over_100_percent_are_clamped_or_refused() {
    assert_eq!(
        parse_input("120", InputKind::SharePercent),
        Err(NumberError::TooLarge { max: 100.0 })
    );
    // Each share is clamped so the mix never exceeds 100 %.
    let s = fresh()
        .apply(Action::Scenario(ScenarioAction::SetShares {
            side: Side::Plan,
            shares: Default::default(),
        }))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Plan,
            product: "rod".into(),
            share: 0.7,
        }))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Plan,
            product: "furniture".into(),
            share: 0.6,
        }))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Baseline,
            product: "rod".into(),
            share: 5.0,
        }));
    let plan: f64 = s.scenario().plan.shares.values().sum();
    assert!((plan - 1.0).abs() < 1e-12, "{plan}");
    assert_eq!(s.scenario().baseline.shares.values().sum::<f64>(), 1.0);
    // A link whose shares add up to more than 100 % is refused whole.
    let s = from_query("lang=en&mix=rod:0.8,furniture:0.5", &EN);
    assert_default_view(&s, 1, "mix over 100 %");
}

#[test]
fn number_thirty_digits_is_too_large_not_garbled() {
    let thirty = "123456789012345678901234567890";
    assert_eq!(parse_number(thirty), Ok(1.2345678901234568e29));
    for kind in [
        InputKind::AddedValue,
        InputKind::Tonnage,
        InputKind::Yuan,
        InputKind::Years,
    ] {
        assert!(
            matches!(parse_input(thirty, kind), Err(NumberError::TooLarge { .. })),
            "{kind:?}"
        );
    }
    assert_eq!(
        parse_input(&"9".repeat(400), InputKind::Tonnage),
        Err(NumberError::TooLarge { max: 1e10 })
    );
}

#[test]
fn number_mixed_full_width_digits_are_read() {
    assert_eq!(parse_input("8０000", InputKind::AddedValue), Ok(80000.0));
    assert_eq!(parse_input("１2，３45", InputKind::AddedValue), Ok(12345.0));
    assert_eq!(parse_input("９8％", InputKind::Yield), Ok(0.98));
    assert_eq!(parse_input("－５", InputKind::UpliftPercent), Ok(-5.0));
    assert_eq!(parse_input("８万", InputKind::AddedValue), Ok(80000.0));
    // Full-width but ambiguous stays ambiguous.
    assert_eq!(
        parse_input("１，５", InputKind::AddedValue),
        Err(NumberError::AmbiguousComma)
    );
}

// ---------------------------------------------------------------- share links

#[test]
fn link_truncated_falls_back_with_a_notice() {
    // Cut inside a product id, inside a list and inside a percent escape.
    let s = from_query("lang=en&view=compare&product=furnit", &EN);
    assert_default_view(&s, 1, "truncated id");
    assert!(
        s.notices[0].message(Lang::En).contains("furnit"),
        "{:?}",
        s.notices
    );
    let s = from_query("lang=en&path=primary,billet,prof", &EN);
    assert_default_view(&s, 1, "truncated path");
    let s = from_query("lang=en&av=profile.furniture:70", &EN);
    assert_eq!(
        s.edits().len(),
        1,
        "a cut number is still a number: it is applied"
    );
    let s = from_query("lang=en&theme=%2", &EN);
    assert_default_view(&s, 1, "cut escape");
    let s = from_query("lang=en&mix=rod:0.2,furn", &EN);
    assert_default_view(&s, 1, "truncated list");
}

#[test]
fn link_tampered_values_are_refused_figures_stay() {
    let cases = [
        "av=profile.furniture:-5",
        "av=profile.furniture:1e12",
        "price=0",
        "yield=primary.rod:1.01",
        "q=-1",
        "years=51",
        "cur=USD:0",
        "target=output:1e16",
        "lock=yes",
    ];
    for q in cases {
        let s = from_query(&format!("lang=en&{q}"), &EN);
        assert_default_view(&s, 1, q);
        assert!(s.edits().is_empty(), "{q}");
    }
    // A valid edit beside a tampered one is kept; the tampered one is named.
    let s = from_query(
        "lang=en&product=furniture&av=profile.furniture:70000&yield=profile.furniture:7",
        &EN,
    );
    assert_eq!(
        s.edits(),
        [Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 70000.0
        }]
    );
    assert_eq!(s.notices.len(), 1);
    assert!(
        s.notices[0].message(Lang::En).contains("yield"),
        "{:?}",
        s.notices
    );
}

/// A small deterministic generator: the same "random" links on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn link_random_bytes_keep_the_page_alive() {
    let mut rng = Lcg(7);
    for _ in 0..200 {
        let len = (rng.next() % 200) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let s = from_query(&text, &EN);
        // Whatever it said, the state is one the views can compute with.
        assert!(evaluate_path(s.dataset(), s.path()).is_ok(), "{text:?}");
        assert!(
            value_chain::model::evaluate_scenario(s.dataset(), &s.scenario().plan).is_ok(),
            "{text:?}"
        );
        let link = to_query(&s);
        assert!(from_query(&link, &EN).notices.is_empty(), "{link}");
    }
    // And pieces of real links shuffled together.
    let parts = [
        "lang=", "en", "view=", "product=", "path=", "primary", ",", "rod", "&", "=", "%",
        "%E4%B8", "av=", ":", ".", "1e9", "mix=",
    ];
    for _ in 0..200 {
        let text: String = (0..12)
            .map(|_| parts[(rng.next() as usize) % parts.len()])
            .collect();
        let s = from_query(&text, &EN);
        assert!(evaluate_path(s.dataset(), s.path()).is_ok(), "{text:?}");
    }
}

#[test]
fn link_of_another_schema_version_keeps_what_it_can() {
    // Links carry no version number: a parameter from a later version is unknown and
    // ignored, a known one whose values changed meaning is validated like any other.
    let s = from_query(
        "v=2&schema=2&lang=en&product=rod&chart=sankey&mode=pro",
        &EN,
    );
    assert_eq!(s.path(), ["primary", "rod"]);
    assert_eq!(added_value(&s), 500.0);
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    let s = from_query("lang=en&view=table&ramp=exp&product=furniture", &EN);
    assert_eq!(s.path().last().map(String::as_str), Some("furniture"));
    assert_eq!(added_value(&s), 80000.0);
    assert_eq!(s.notices.len(), 2, "{:?}", s.notices);
}

#[test]
fn link_100_kb_long_is_refused_in_parts_and_returns() {
    let cases = [
        format!(
            "lang=en&product=furniture&path={}",
            "primary,".repeat(12_800)
        ),
        format!("lang=en&product=furniture&theme={}", "a".repeat(100_000)),
        format!("lang=en&product=furniture&{}", "utm=x&".repeat(17_000)),
        format!(
            "lang=en&product=furniture&av={}",
            "profile.furniture:70000,".repeat(4_200)
        ),
        format!("lang=en&product=furniture&x={}", "%E4%B8%87".repeat(11_200)),
        format!("lang=en&product=furniture&{}", "lang=zh&".repeat(12_500)),
    ];
    for q in &cases {
        assert!(q.len() >= 100_000, "{}", q.len());
        let s = from_query(q, &EN);
        assert_eq!(
            s.path(),
            ["primary", "billet", "profile", "furniture"],
            "{}",
            &q[..60]
        );
        assert_eq!(added_value(&s), 80000.0);
        assert!(s.notices.len() <= 1, "{:?}", s.notices.len());
        for n in &s.notices {
            assert!(
                n.message(Lang::En).chars().count() < 200,
                "the value is shortened in the notice"
            );
        }
        assert!(to_query(&s).len() < 200);
    }
}

#[test]
fn link_unknown_ids_are_named_in_a_notice() {
    for q in [
        "product=unobtainium",
        "path=primary,rod,zzz",
        "av=zz.yy:5",
        "yield=primary.zzz:0.9",
        "local=zzz:0",
        "nl=zzz",
        "mix=zzz:0.1",
    ] {
        let s = from_query(&format!("lang=en&{q}"), &EN);
        assert_default_view(&s, 1, q);
        assert!(
            s.notices[0].message(Lang::En).contains("zz")
                || s.notices[0].message(Lang::En).contains("unobtainium"),
            "{q}: {:?}",
            s.notices
        );
    }
    // Ids with characters no id has (markup, quotes) are refused before any lookup.
    let s = from_query("lang=en&nl=%3Cimg%20src%3Dx%3E", &EN);
    assert_default_view(&s, 1, "markup id");
}

#[test]
fn link_unknown_parameters_are_ignored() {
    let s = from_query("lang=en&product=furniture&utm_source=wechat&fbclid=x&from=singlemessage&%F0%9F%98%80=%00&=&&", &EN);
    assert_eq!(added_value(&s), 80000.0);
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    assert_eq!(
        to_query(&s),
        "lang=en&view=path&product=furniture",
        "unknown parameters are not carried on"
    );
}

// ---------------------------------------------------------------- dataset imports

fn errors(text: &str) -> Vec<DatasetError> {
    match Dataset::from_json(text) {
        Ok(_) => panic!("accepted: {}", &text[..text.len().min(200)]),
        Err(e) => {
            assert!(!e.0.is_empty());
            for error in &e.0 {
                let message = error.to_string();
                assert!(
                    !message.is_empty() && message.chars().count() < 1000,
                    "{message}"
                );
            }
            e.0
        }
    }
}

#[test]
fn dataset_malformed_json_is_a_syntax_error_with_a_place() {
    let cases = [
        "",
        "{",
        "{\"schema\": 1,",
        "not json",
        "{\"schema\": 1}}",
        "\u{feff}{}",
        "[1,2",
        "{\"a\":\"\\ud800\"}",
    ];
    for text in cases {
        let e = errors(text);
        assert!(
            matches!(
                e.as_slice(),
                [DatasetError::Syntax { .. }] | [DatasetError::WrongType { .. }]
            ),
            "{text:?}: {e:?}"
        );
    }
    let e = errors("{\n  \"schema\": 1,\n  \"name\": ");
    assert!(
        matches!(e.as_slice(), [DatasetError::Syntax { line: 3, .. }]),
        "{e:?}"
    );
    // Nesting deeper than the parser's limit is an error, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        errors(&deep).as_slice(),
        [DatasetError::Syntax { .. }]
    ));
}

#[test]
fn dataset_cycle_is_named() {
    let mut v = minimal();
    v["steps"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "from": "c", "to": "a",
        "added_value": { "low": 1, "base": 1, "high": 1 }, "yield": 0.9, "source": source() }));
    let e = errors(&v.to_string());
    assert!(
        e.iter()
            .any(|e| matches!(e, DatasetError::Cycle { products } if products == &["a", "b", "c"])),
        "{e:?}"
    );
    assert!(e
        .iter()
        .find(|e| matches!(e, DatasetError::Cycle { .. }))
        .unwrap()
        .to_string()
        .contains("'a'"));
}

#[test]
fn dataset_10000_products_are_too_many() {
    let mut v = minimal();
    let products: Vec<Value> = (0..10_000)
        .map(|i| json!({ "id": format!("p{i}"), "name": { "en": "P", "zh": "产" }, "kind": "finished", "local": true }))
        .collect();
    v["products"] = Value::Array(products);
    let text = v.to_string();
    assert!(
        text.len() < MAX_INPUT_BYTES,
        "the count, not the size, refuses it"
    );
    let e = errors(&text);
    assert!(
        e.contains(&DatasetError::TooManyProducts {
            count: 10_000,
            limit: MAX_PRODUCTS
        }),
        "{:?}",
        &e[..e.len().min(3)]
    );
}

#[test]
fn dataset_10_mb_is_refused_before_parsing() {
    let mut v = minimal();
    v["products"][0]["name"]["en"] = json!("x".repeat(10 * 1024 * 1024));
    let e = errors(&v.to_string());
    assert!(
        matches!(e.as_slice(), [DatasetError::TooLarge { limit, .. }] if *limit == MAX_INPUT_BYTES),
        "{e:?}"
    );
    assert!(
        e[0].to_string().contains("MiB") || e[0].to_string().contains("bytes"),
        "{}",
        e[0]
    );
    // Just under the limit, a long string is a name like any other: it loads.
    let mut v = minimal();
    v["products"][2]["name"]["en"] = json!("y".repeat(MAX_INPUT_BYTES - 2000));
    assert!(Dataset::from_json(&v.to_string()).is_ok());
}

#[test]
fn dataset_duplicate_ids_are_named() {
    let mut v = minimal();
    v["products"].as_array_mut().unwrap().push(json!({ "id": "b", "name": { "en": "B2", "zh": "乙2" }, "kind": "finished", "local": true }));
    let step = v["steps"][0].clone();
    v["steps"].as_array_mut().unwrap().push(step);
    let e = errors(&v.to_string());
    assert!(
        e.contains(&DatasetError::DuplicateProduct { id: "b".into() }),
        "{e:?}"
    );
    assert!(
        e.contains(&DatasetError::DuplicateStep {
            from: "a".into(),
            to: "b".into()
        }),
        "{e:?}"
    );
}

#[test]
fn dataset_missing_names_are_named() {
    let mut v = minimal();
    v["products"][1]["name"]["zh"] = json!("");
    v["products"][2]["name"]["en"] = json!("   ");
    let e = errors(&v.to_string());
    assert!(
        e.contains(&DatasetError::MissingName {
            item: Item::Product { id: "b".into() },
            language: Language::Zh
        }),
        "{e:?}"
    );
    assert!(
        e.contains(&DatasetError::MissingName {
            item: Item::Product { id: "c".into() },
            language: Language::En
        }),
        "{e:?}"
    );
    // No name object at all: the format's own error, with the place.
    let mut v = minimal();
    v["products"][1].as_object_mut().unwrap().remove("name");
    let e = errors(&v.to_string());
    assert!(
        matches!(e.as_slice(), [DatasetError::WrongType { message, .. }] if message.contains("name")),
        "{e:?}"
    );
}

#[test]
fn dataset_wrong_types_are_named_with_their_place() {
    let cases: [(&str, Value); 6] = [
        ("/steps/0/yield", json!("0.5")),
        ("/region/primary_tonnes_per_year", json!(true)),
        ("/products", json!({})),
        ("/products/0/local", json!("yes")),
        ("/schema", json!("1")),
        ("/metal_price/base", json!(null)),
    ];
    for (pointer, bad) in cases {
        let mut v = minimal();
        *v.pointer_mut(pointer).unwrap() = bad;
        let e = errors(&v.to_string());
        assert!(
            matches!(
                e.as_slice(),
                [DatasetError::WrongType { .. }] | [DatasetError::UnsupportedSchema { .. }]
            ),
            "{pointer}: {e:?}"
        );
    }
    for text in ["[]", "null", "42", "\"dataset\""] {
        assert!(
            matches!(errors(text).as_slice(), [DatasetError::WrongType { .. }]),
            "{text}"
        );
    }
}

#[test]
fn dataset_of_another_schema_version_says_so() {
    let mut v = minimal();
    v["schema"] = json!(4);
    v["new_field"] = json!("from the future");
    assert_eq!(
        errors(&v.to_string()),
        [DatasetError::UnsupportedSchema {
            found: "4".into(),
            oldest: 1,
            supported: 3
        }]
    );
}

#[test]
fn dataset_labels_with_markup_load_as_plain_text() {
    let mut v = minimal();
    v["products"][2]["name"] =
        json!({ "en": "<img src=x onerror=alert(1)>", "zh": "</script><script>alert(1)</script>" });
    let ds = Dataset::from_json(&v.to_string()).expect("markup in a name is just text");
    assert_eq!(
        ds.product("c").unwrap().name.en,
        "<img src=x onerror=alert(1)>"
    );
    let again = Dataset::from_json(&ds.to_json().unwrap()).unwrap();
    assert_eq!(again, ds);
}
