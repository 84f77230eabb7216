#![cfg(not(target_arch = "wasm32"))]
//! Properties of the chain editor: any dataset opens in the editor as itself (every number
//! to the last bit, every citation in the form it was written), and a chain built or
//! edited in the editor, exported as JSON, imports back to the same chain.
use std::rc::Rc;

use proptest::prelude::*;
use serde_json::{json, Value};
use value_chain::editor::{Cell, Column, EditAction, Editor, RangePart, StepColumn, StepFigure};
use value_chain::model::Dataset;

/// A figure in [0, max], the awkward ones often (zero, subnormals, 17-digit decimals).
fn figure(max: f64) -> BoxedStrategy<f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        Just(5e-324),
        Just(max),
        (0.0..=max),
        (0u32..1000).prop_map(move |n| if f64::from(n) <= max {
            f64::from(n)
        } else {
            max * f64::from(n) / 1000.0
        }),
    ]
    .boxed()
}

fn range(max: f64) -> BoxedStrategy<Value> {
    [figure(max), figure(max), figure(max)]
        .prop_map(|mut v| {
            v.sort_by(f64::total_cmp);
            json!({ "low": v[0], "base": v[1], "high": v[2] })
        })
        .boxed()
}

fn text() -> BoxedStrategy<String> {
    prop_oneof![
        "[A-Za-z][A-Za-z ,.()-]{0,20}".prop_map(|s| s.trim_end().to_string()),
        Just("滨州市发展和改革委员会".to_string()),
        Just("Mysteel, 2024 \"quotes\"\ttabbed".to_string()),
    ]
    .prop_filter("non-blank", |s| !s.trim().is_empty() && s.trim() == s)
    .boxed()
}

/// A citation: one text, or a text per language (either or both).
fn citation() -> BoxedStrategy<Value> {
    prop_oneof![
        text().prop_map(Value::from),
        text().prop_map(|en| json!({ "en": en })),
        text().prop_map(|zh| json!({ "zh": zh })),
        (text(), text()).prop_map(|(en, zh)| json!({ "en": en, "zh": zh })),
    ]
    .boxed()
}

fn source() -> BoxedStrategy<Value> {
    (
        citation(),
        1900i32..=2100,
        prop::sample::select(vec!["article", "published", "derived", "estimate"]),
        prop::option::of(Just("https://example.org/a?b=1")),
    )
        .prop_map(|(citation, year, badge, url)| {
            let mut s = json!({ "citation": citation, "year": year, "badge": badge });
            if let Some(url) = url {
                s["url"] = json!(url);
            }
            s
        })
        .boxed()
}

fn sourced(max: f64) -> BoxedStrategy<Value> {
    (range(max), source())
        .prop_map(|(mut r, s)| {
            r["source"] = s;
            r
        })
        .boxed()
}

fn product(n: usize) -> BoxedStrategy<Value> {
    (
        (text(), text()),
        prop::sample::select(vec!["smelting", "casting", "semi-finished", "finished", "other"]),
        any::<bool>(),
        prop::option::of(prop::sample::select(vec!["smelting", "deep-processing", "end-product"])),
        prop::option::of(
            (range(1.0), source()).prop_map(|(mut r, s)| {
                // A metal content is above 0.
                for end in ["low", "base", "high"] {
                    if r[end].as_f64().is_some_and(|v| v <= 0.0) {
                        r[end] = json!(0.5);
                    }
                }
                let mut v = [r["low"].as_f64(), r["base"].as_f64(), r["high"].as_f64()].map(|x| x.unwrap_or(0.5));
                v.sort_by(f64::total_cmp);
                json!({ "low": v[0], "base": v[1], "high": v[2], "source": s })
            }),
        ),
        prop::option::of((1.0..1e9f64, 1900i32..=2100, source())),
        prop::option::of(figure(1e6)),
    )
        .prop_map(move |((en, zh), kind, local, level, content, output, article)| {
            let mut p = json!({ "id": format!("p{n}"), "name": { "en": en, "zh": zh }, "kind": kind, "local": local });
            if let Some(level) = level {
                p["level"] = json!(level);
            }
            if let Some(content) = content {
                p["metal_content"] = content;
            }
            if let Some((tonnes, year, source)) = output {
                p["china_output"] = json!({ "tonnes": tonnes, "year": year, "source": source });
            }
            if let Some(total) = article {
                p["article_total"] = json!(total);
            }
            p
        })
    .boxed()
}

fn step(n: usize) -> BoxedStrategy<Value> {
    let yields = [0.01..=1.0f64, 0.01..=1.0f64, 0.01..=1.0f64];
    (
        range(1e9),
        (yields, any::<bool>()),
        source(),
        prop::option::of(figure(1e6)),
        prop::option::of(figure(1e3)),
        prop::option::of(source()),
        prop::option::of(sourced(0.5)),
        prop::option::of(sourced(1.0)),
    )
        .prop_map(
            move |(av, (mut y, certain), source, kwh, co2, yield_source, melt, share)| {
                y.sort_by(f64::total_cmp);
                let yield_ = if certain {
                    json!(y[1])
                } else {
                    json!({ "low": y[0], "base": y[1], "high": y[2] })
                };
                let mut s = json!({
                    "from": format!("p{n}"), "to": format!("p{}", n + 1), "added_value": av,
                    "yield": yield_, "kwh_per_t": kwh, "jobs_per_10kt": null, "source": source,
                });
                if let Some(co2) = co2 {
                    s["co2_t_per_t"] = json!(co2);
                }
                if let Some(ys) = yield_source {
                    s["yield_source"] = ys;
                }
                if let Some(melt) = melt {
                    s["melt_loss"] = melt;
                }
                if let Some(share) = share {
                    s["value_added_share"] = share;
                }
                s
            },
        )
        .boxed()
}

fn dataset() -> BoxedStrategy<Dataset> {
    (1usize..5)
        .prop_flat_map(|steps| {
            (
                (0..=steps).map(product).collect::<Vec<_>>(),
                (0..steps).map(step).collect::<Vec<_>>(),
                source(),
                prop::option::of((1e6..1e9f64, 0.0..=1.0f64)),
            )
        })
        .prop_map(|(products, steps, source, preset)| {
            let last = format!("p{}", steps.len());
            let mut file = json!({
                "schema": 3,
                "name": { "en": "Generated", "zh": "生成" },
                "currency": "CNY",
                "start": "p0",
                "metal_price": { "low": 90, "base": 100, "high": 120, "source": source, "vat_included": true },
                "melt_loss": { "low": 0.01, "base": 0.02, "high": 0.05, "source": { "citation": "x", "year": 2024, "badge": "estimate" } },
                "scrap_price": { "low": 80, "base": 80, "high": 80, "source": { "citation": { "en": "y" }, "year": 2024, "badge": "derived" } },
                "vat": { "rate": 0.13, "prices_include_vat": true, "source": { "citation": "z", "year": 2019, "badge": "published" } },
                "region": { "primary_tonnes_per_year": 1000, "source": { "citation": "r", "year": 2018, "badge": "published" } },
                "products": products,
                "steps": steps,
            });
            if let Some((tonnage, share)) = preset {
                let mut shares = serde_json::Map::new();
                shares.insert(last, json!(share));
                file["presets"] = json!([{
                    "id": "plan", "name": { "en": "Plan", "zh": "规划" }, "tonnage": tonnage,
                    "shares": shares, "years": 3,
                    "targets": [{ "metric": "gross-output", "value": 6e10, "basis": { "vat_included": true, "price_year": 2019 } },
                                { "metric": "deep-processing-rate", "value": 0.6,
                                  "source": { "citation": "t", "year": 2020, "badge": "article" } }],
                    "source": { "citation": "p", "year": 2019, "badge": "article" }
                }]);
            }
            Dataset::from_json(&file.to_string()).expect("a generated dataset is valid")
        })
    .boxed()
}

/// Exports the editor's dataset as JSON and imports it into a fresh editor.
fn exported_and_imported(editor: &Editor) -> Editor {
    let dataset = editor.dataset().expect("the draft is valid");
    let json = dataset.to_json().expect("serialises");
    Editor::from_dataset(Rc::new(
        Dataset::from_json(&json).expect("the export imports"),
    ))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_dataset_opens_as_itself(ds in dataset()) {
        let editor = Editor::from_dataset(Rc::new(ds.clone()));
        prop_assert!(editor.is_valid(), "{:?}", editor.errors());
        prop_assert_eq!(&editor.file(), ds.file());
        let again = exported_and_imported(&editor);
        prop_assert_eq!(again.file(), editor.file());
    }

    #[test]
    fn an_edited_chain_exports_and_imports_as_the_same_chain(
        ds in dataset(),
        edits in prop::collection::vec((0usize..8, 0usize..3, 0.0..1e6f64), 1..6),
    ) {
        let mut editor = Editor::from_dataset(Rc::new(ds));
        let steps = editor.rows(value_chain::editor::TableId::Steps).len();
        for (row, part, value) in edits {
            // Set a whole added-value range to a certain figure, in a form people type.
            let text = match part { 0 => format!("{value}"), 1 => format!("{value:e}"), _ => format!("{}", value.round()) };
            for end in RangePart::ALL {
                let cell = Cell::new(row % steps, Column::Step(StepColumn::Range(StepFigure::AddedValue, end)));
                editor.apply(EditAction::SetCell { cell, text: text.clone() }).expect("applies");
            }
        }
        prop_assert!(editor.is_valid(), "{:?}", editor.errors());
        let again = exported_and_imported(&editor);
        prop_assert_eq!(again.file(), editor.file());
        prop_assert_eq!(again.dataset(), editor.dataset());
    }
}
