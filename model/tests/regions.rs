#![cfg(not(target_arch = "wasm32"))]
//! Regional files: every shipped region's figures are sourced, its overrides name the
//! chain's steps and products, it resolves onto its chain as a valid dataset that exports
//! and imports back unchanged; Binzhou's article figures stay exact; reported figures set
//! nothing; each rule of the format is an error naming its item.

mod common;
use common::*;
use proptest::prelude::*;
use serde_json::{json, Value};
use value_chain_model::region::{self, RegionFile, REGIONS};
use value_chain_model::*;

const CHAIN: &str = "binzhou-aluminium";

fn region_text(id: &str) -> &'static str {
    REGIONS
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, text)| *text)
        .unwrap_or_else(|| panic!("no shipped region '{id}'"))
}

fn region_file(id: &str) -> RegionFile {
    RegionFile::from_json(region_text(id)).unwrap_or_else(|e| panic!("{id}: {e}"))
}

fn resolved(id: &str) -> Dataset {
    region::builtin(id)
        .unwrap_or_else(|| panic!("no shipped region '{id}'"))
        .unwrap_or_else(|e| panic!("{id} does not resolve:\n{e}"))
}

fn ids() -> Vec<&'static str> {
    region::builtin_ids().collect()
}

// ---------- every figure has a citation and a badge ----------

/// Each figure of a region, named, with its source.
fn sources(region: &RegionFile) -> Vec<(String, &Source)> {
    let mut all = vec![("capacity".to_string(), &region.capacity.source)];
    if let Some(price) = &region.metal_price {
        all.push(("metal_price".into(), &price.source));
    }
    if let Some(power) = &region.power {
        all.push(("power".into(), &power.source));
    }
    if let Some(price) = &region.electricity_price {
        all.push(("electricity_price".into(), &price.source));
    }
    if let Some(co2) = &region.co2_primary {
        all.push(("co2_primary".into(), &co2.source));
    }
    for fee in &region.fees {
        all.push((format!("fee {} → {}", fee.from, fee.to), &fee.source));
    }
    for product in &region.products {
        all.push((format!("product {}", product.id), &product.source));
    }
    for preset in &region.presets {
        all.push((format!("preset {}", preset.id), &preset.source));
        for target in &preset.targets {
            if let Some(source) = &target.source {
                all.push((format!("preset {} target", preset.id), source));
            }
        }
    }
    for reported in &region.reported {
        all.push((
            format!("reported {} {}", reported.metric.code(), reported.year),
            &reported.source,
        ));
    }
    all
}

#[track_caller]
fn check_sourced(id: &str, min_figures: usize) {
    let region = region_file(id);
    let all = sources(&region);
    assert!(
        all.len() >= min_figures,
        "{id}: {} sourced figures, expected at least {min_figures}",
        all.len()
    );
    for (figure, source) in &all {
        for lang in [Language::En, Language::Zh] {
            let text = source.citation.get(lang);
            assert!(
                !text.trim().is_empty(),
                "{id} {figure}: no {lang:?} citation"
            );
        }
        // Both languages have their own text (the Chinese names the Chinese source).
        assert!(
            source.citation.has(Language::En) && source.citation.has(Language::Zh),
            "{id} {figure}: the citation is not in both languages"
        );
        assert!((1900..=2100).contains(&source.year), "{id} {figure}: year");
        // The badge is one of the four (the type guarantees it); an estimate says so.
        if source.badge == Badge::Estimate {
            assert!(
                source.citation.get(Language::En).starts_with("Estimate"),
                "{id} {figure}: an estimate's citation says it is one"
            );
        }
    }
    // Every figure the region may give is given or declared national, never both.
    for figure in RegionalFigure::ALL {
        let noted = region
            .national
            .iter()
            .filter(|n| n.figure == figure)
            .count();
        assert_eq!(
            noted + usize::from(region.gives(figure)),
            1,
            "{id}: '{}' must be given or declared national, once",
            figure.code()
        );
    }
    for note in &region.national {
        assert!(
            note.citation.has(Language::En) && note.citation.has(Language::Zh),
            "{id}: the national note on '{}' is not in both languages",
            note.figure.code()
        );
    }
}

#[test]
fn every_regional_figure_has_a_citation_and_a_badge() {
    // (region, sourced figures at least): capacity, power and so on as each region has them.
    let table: &[(&str, usize)] = &[
        ("binzhou", 3),
        ("baotou", 6),
        ("baise", 7),
        ("gongyi", 5),
        ("xinjiang", 4),
        ("wenshan", 8),
    ];
    assert_eq!(
        table.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        ids(),
        "the table lists every shipped region"
    );
    for &(id, min) in table {
        check_sourced(id, min);
    }
}

// ---------- overrides name the chain's steps, products and presets ----------

#[track_caller]
fn check_overrides(id: &str) {
    let region = region_file(id);
    let chain = binzhou();
    let ds = resolved(id);
    assert_eq!(region.extends, CHAIN, "{id}");
    for fee in &region.fees {
        assert!(
            chain.step(&fee.from, &fee.to).is_some(),
            "{id}: fee {} → {} names no step of the chain",
            fee.from,
            fee.to
        );
        let step = ds.step(&fee.from, &fee.to).expect("resolved step");
        assert_eq!(step.added_value, fee.added_value, "{id}: fee written");
        assert_eq!(step.source, fee.source, "{id}: fee's source written");
    }
    for product in &region.products {
        assert!(chain.product(&product.id).is_some(), "{id}: {}", product.id);
        assert_eq!(
            ds.product(&product.id).map(|p| p.local),
            Some(product.local)
        );
    }
    for preset in &region.chain_presets {
        assert!(
            chain.preset(preset).is_some(),
            "{id}: chain preset {preset}"
        );
    }
    // No product or step is added or removed: the region is the chain's graph.
    assert!(ds.same_graph(&chain) || !region.products.is_empty(), "{id}");
    assert_eq!(ds.steps().len(), chain.steps().len(), "{id}");
    assert_eq!(ds.products().len(), chain.products().len(), "{id}");
    // Steps the region does not change keep the chain's figures and sources.
    for step in chain.steps() {
        let changed = region
            .fees
            .iter()
            .any(|f| f.from == step.from && f.to == step.to);
        let to_start = step.to == chain.start() && !step.recycling;
        let mine = ds.step(&step.from, &step.to).expect("same steps");
        if !changed && (!to_start || region.co2_primary.is_none()) {
            assert_eq!(mine, step, "{id}: {} → {} changed", step.from, step.to);
        }
    }
}

#[test]
fn overrides_name_existing_steps_products_and_presets() {
    for id in ids() {
        check_overrides(id);
    }
}

// ---------- Binzhou's article figures stay exact ----------

#[track_caller]
fn check_article_figure(ds: &Dataset, product: &str, expected: f64) {
    let evaluation = evaluate_default_path(ds, product).expect("evaluates");
    assert_eq!(evaluation.added_value_per_t, expected, "{product}");
    let ranked = rank_products(ds).expect("ranks");
    let row = ranked
        .iter()
        .find(|r| r.product == product)
        .expect("ranked");
    assert!(
        row.from_article,
        "{product} is marked as the article's figure"
    );
}

#[test]
fn binzhous_article_figures_are_exact() {
    let ds = resolved("binzhou");
    for (product, expected) in [
        ("rod", 500.0),
        ("lv-cable", 5_000.0),
        ("furniture", 80_000.0),
    ] {
        check_article_figure(&ds, product, expected);
    }
}

#[test]
fn binzhou_resolved_computes_as_the_default_dataset() {
    let chain = binzhou();
    let ds = resolved("binzhou");
    assert_eq!(ds.name(), chain.name());
    assert_eq!(ds.presets(), chain.presets());
    assert_eq!(ds.steps(), chain.steps());
    assert_eq!(ds.products(), chain.products());
    assert_eq!(rank_products(&ds).unwrap(), rank_products(&chain).unwrap());
}

#[test]
fn a_regional_fee_replaces_the_articles_mark() {
    // Baotou's own rod fee: the rod is no longer the article's figure there.
    let ds = resolved("baotou");
    let rod = evaluate_default_path(&ds, "rod").unwrap();
    assert_eq!(rod.added_value_per_t, 350.0);
    let ranked = rank_products(&ds).unwrap();
    let row = ranked.iter().find(|r| r.product == "rod").unwrap();
    assert!(!row.from_article);
}

// ---------- a resolved region validates, exports and imports back ----------

#[track_caller]
fn check_round_trip(ds: &Dataset) {
    let text = ds.to_json().expect("serialises");
    let again = Dataset::from_json(&text).unwrap_or_else(|e| panic!("re-import: {e}"));
    assert!(
        again == *ds,
        "the exported region imports as a different dataset"
    );
    assert_eq!(again.to_json().unwrap(), text, "a second export differs");
    // `load_any` takes the export as a dataset, the region file as a region.
    let (any, notices) = region::load_any(&text).expect("loads as a dataset");
    assert!(any == *ds && notices.is_empty());
    assert!(!region::is_region(&text));
}

#[test]
fn every_region_resolves_validates_and_round_trips() {
    for id in ids() {
        let ds = resolved(id);
        let profile = ds
            .region()
            .profile
            .as_ref()
            .expect("a resolved region has a profile");
        assert_eq!(profile.id, id);
        assert_eq!(profile.extends, CHAIN);
        assert!(region::is_region(region_text(id)), "{id}");
        let (any, _) = region::load_any(region_text(id)).expect("loads as a region");
        assert!(any == ds, "{id}: load_any resolves the region");
        check_round_trip(&ds);
        // Every default path and every preset evaluates.
        assert!(!rank_products(&ds).unwrap().is_empty(), "{id}");
        for preset in ds.presets() {
            let scenario = Scenario::from_preset(&ds, &preset.id).unwrap();
            evaluate_scenario(&ds, &scenario).unwrap_or_else(|e| panic!("{id} {}: {e}", preset.id));
        }
    }
}

#[test]
fn the_regions_co2_is_on_the_smelting_step() {
    for id in ids() {
        let region = region_file(id);
        let ds = resolved(id);
        let smelting = ds.step("alumina", "primary").expect("smelting step");
        match &region.co2_primary {
            Some(co2) => {
                assert_eq!(smelting.co2_t_per_t, Some(co2.base), "{id}");
                assert!(co2.low <= co2.base && co2.base <= co2.high && co2.low < co2.high);
            }
            None => assert_eq!(
                smelting.co2_t_per_t,
                binzhou().step("alumina", "primary").unwrap().co2_t_per_t,
                "{id}: the national figure"
            ),
        }
    }
}

// ---------- reported figures set nothing ----------

/// Everything the model computes from a dataset that a reported figure could reach.
fn results(ds: &Dataset) -> String {
    let mut out = serde_json::to_string(&rank_products(ds).unwrap()).unwrap();
    for product in ds.end_product_ids() {
        for level in [Level::Low, Level::Base, Level::High] {
            let path = default_path(ds, &product).unwrap();
            let e = evaluate_path_at(ds, &path, level).unwrap();
            out += &serde_json::to_string(&e).unwrap();
        }
    }
    let (baseline, _) = Scenario::baseline(ds);
    for scenario in [Scenario::for_region(ds), baseline] {
        out += &serde_json::to_string(&evaluate_scenario(ds, &scenario).unwrap()).unwrap();
    }
    // Every figure of the dataset but the reported ones (the profile without them).
    let mut file = ds.file().clone();
    if let Some(profile) = file.region.profile.as_mut() {
        profile.reported.clear();
    }
    out += &serde_json::to_string(&file).unwrap();
    for preset in ds.presets() {
        let scenario = Scenario::from_preset(ds, &preset.id).unwrap();
        out += &serde_json::to_string(&evaluate_scenario(ds, &scenario).unwrap()).unwrap();
        let verdicts = target_verdicts(ds, &preset.id).unwrap();
        out += &format!("{verdicts:?}");
    }
    out
}

#[track_caller]
fn check_reported_unread(id: &str, scale: f64) {
    let mut value: Value = serde_json::from_str(region_text(id)).unwrap();
    let Some(reported) = value.get_mut("reported").and_then(Value::as_array_mut) else {
        return;
    };
    for entry in reported.iter_mut() {
        let v = entry["value"].as_f64().unwrap();
        entry["value"] = json!(v * scale + 1.0);
        entry["year"] = json!(2000);
    }
    let changed = region::resolve_json(&value.to_string()).unwrap();
    let original = resolved(id);
    assert_ne!(
        changed.region(),
        original.region(),
        "{id}: the change is real"
    );
    assert_eq!(
        results(&changed),
        results(&original),
        "{id}: a reported figure was read"
    );
}

#[test]
fn reported_figures_are_not_read_by_any_computation() {
    let mut with_reports = 0;
    for id in ids() {
        with_reports += usize::from(!region_file(id).reported.is_empty());
        for scale in [0.0, 10.0] {
            check_reported_unread(id, scale);
        }
    }
    assert!(
        with_reports >= 4,
        "most regions report something to check against"
    );
}

// ---------- the rules of a region file, one error each ----------

/// An edit of a region file as JSON.
type EditValue = fn(&mut Value);

fn baotou_value() -> Value {
    serde_json::from_str(region_text("baotou")).unwrap()
}

#[track_caller]
fn check_region_error(edit: EditValue, expected: DatasetError) {
    let mut value = baotou_value();
    edit(&mut value);
    let errors = region::resolve_json(&value.to_string())
        .expect_err("the edited region must not resolve")
        .0;
    assert!(
        errors.contains(&expected),
        "expected {expected:?} among {errors:#?}"
    );
    // Each message names what to fix (English here; the app's catalog adds Chinese).
    assert!(!expected.to_string().is_empty());
}

#[test]
fn each_rule_of_a_region_file_is_an_error_naming_its_item() {
    let s = |v: &str| v.to_string();
    let table: Vec<(EditValue, DatasetError)> = vec![
        (
            |v| v["fees"][0]["to"] = json!("wire"),
            DatasetError::UnknownStep {
                from: s("primary"),
                to: s("wire"),
            },
        ),
        (
            |v| v["fees"][0]["from"] = json!("rod"),
            DatasetError::UnknownStep {
                from: s("rod"),
                to: s("rod"),
            },
        ),
        (
            |v| {
                let fee = v["fees"][0].clone();
                v["fees"].as_array_mut().unwrap().push(fee);
            },
            DatasetError::DuplicateStep {
                from: s("primary"),
                to: s("rod"),
            },
        ),
        (
            |v| v["products"] = json!([{ "id": "ingot", "local": false, "source": source() }]),
            DatasetError::UnknownProduct {
                id: s("ingot"),
                referenced_by: Reference::Region,
            },
        ),
        (
            |v| v["chain_presets"] = json!(["baotou-2030"]),
            DatasetError::UnknownPreset {
                id: s("baotou-2030"),
            },
        ),
        (
            |v| {
                v["national"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({ "figure": "fees", "citation": "none" }))
            },
            DatasetError::RegionalFigure {
                figure: s("fees"),
                given: true,
            },
        ),
        (
            |v| v["national"] = json!([]),
            DatasetError::RegionalFigure {
                figure: s("metal-price"),
                given: false,
            },
        ),
        (
            |v| v["extends"] = json!("copper-chain"),
            DatasetError::UnknownChain {
                found: s("copper-chain"),
                known: vec![s(CHAIN)],
            },
        ),
        (
            |v| v["id"] = json!("Bao Tou"),
            DatasetError::InvalidId {
                id: s("Bao Tou"),
                max_len: 64,
            },
        ),
        (
            |v| v["name"]["zh"] = json!(" "),
            DatasetError::MissingName {
                item: Item::Dataset,
                language: Language::Zh,
            },
        ),
        (
            |v| v["covers"]["en"] = json!(""),
            DatasetError::MissingName {
                item: Item::Region,
                language: Language::En,
            },
        ),
        (
            |v| v["co2_primary"]["low"] = json!(-1),
            DatasetError::Negative {
                item: Item::Co2Primary,
                field: Field::Low,
                value: -1.0,
            },
        ),
        (
            |v| v["co2_primary"]["base"] = json!(30),
            DatasetError::RangeOrder {
                item: Item::Co2Primary,
                low: 12.7,
                base: 30.0,
                high: 22.0,
            },
        ),
        (
            |v| {
                v["electricity_price"] =
                    json!({ "low": 0, "base": 0.3, "high": 0.4, "source": source() })
            },
            DatasetError::NotPositive {
                item: Item::ElectricityPrice,
                field: Field::Low,
                value: 0.0,
            },
        ),
        (
            |v| {
                v["electricity_price"] =
                    json!({ "low": 0.3, "base": 0.3, "high": 500, "source": source() })
            },
            DatasetError::ValueTooLarge {
                item: Item::ElectricityPrice,
                field: Field::High,
                value: 500.0,
                max: 100.0,
            },
        ),
        (
            |v| v["reported"][0]["value"] = json!(1e16),
            DatasetError::ValueTooLarge {
                item: Item::Reported {
                    metric: s("output-value"),
                    year: 2024,
                },
                field: Field::Target,
                value: 1e16,
                max: 1e15,
            },
        ),
        (
            |v| v["reported"][0]["source"]["citation"] = json!(""),
            DatasetError::EmptyCitation {
                item: Item::Reported {
                    metric: s("output-value"),
                    year: 2024,
                },
                source: SourceField::Source,
            },
        ),
        (
            |v| v["national"][0]["citation"] = json!({ "en": " " }),
            DatasetError::EmptyCitation {
                item: Item::National {
                    figure: s("metal-price"),
                },
                source: SourceField::Source,
            },
        ),
        (
            |v| v["power"]["source"]["year"] = json!(1850),
            DatasetError::InvalidYear {
                item: Item::Power,
                source: SourceField::Source,
                year: 1850,
                min: 1900,
                max: 2100,
            },
        ),
        (
            |v| v["co2_primary"]["source"]["url"] = json!("javascript:alert(1)"),
            DatasetError::InvalidUrl {
                item: Item::Co2Primary,
                source: SourceField::Source,
                url: s("javascript:alert(1)"),
            },
        ),
        (
            |v| v["fees"][0]["added_value"]["high"] = json!(2e9),
            DatasetError::ValueTooLarge {
                item: Item::Step {
                    from: s("primary"),
                    to: s("rod"),
                },
                field: Field::High,
                value: 2e9,
                max: 1e9,
            },
        ),
        (
            |v| v["presets"][0]["shares"]["wire"] = json!(0.1),
            DatasetError::UnknownProduct {
                id: s("wire"),
                referenced_by: Reference::Preset {
                    id: s("baotou-2024"),
                },
            },
        ),
        (
            |v| v["capacity"]["primary_tonnes_per_year"] = json!(-5),
            DatasetError::Negative {
                item: Item::Region,
                field: Field::PrimaryTonnesPerYear,
                value: -5.0,
            },
        ),
    ];
    for (edit, expected) in table {
        check_region_error(edit, expected);
    }
}

#[track_caller]
fn check_region_parse_error(edit: EditValue, tag: &str) {
    let mut value = baotou_value();
    edit(&mut value);
    let errors = region::resolve_json(&value.to_string())
        .expect_err("must not parse")
        .0;
    let got = serde_json::to_value(&errors[0]).unwrap();
    assert_eq!(got["error"], tag, "{errors:?}");
}

#[test]
fn a_region_file_of_another_shape_is_refused_before_resolution() {
    let table: &[(EditValue, &str)] = &[
        (|v| v["schema"] = json!(2), "unsupported-schema"),
        (|v| v["steps"] = json!([]), "wrong-type"),
        (|v| v["power"]["kind"] = json!("nuclear"), "wrong-type"),
        (|v| v["reported"][0]["metric"] = json!("gdp"), "wrong-type"),
        (|v| v["national"][0]["figure"] = json!("jobs"), "wrong-type"),
    ];
    for &(edit, tag) in table {
        check_region_parse_error(edit, tag);
    }
    let too_large = " ".repeat(dataset::MAX_INPUT_BYTES + 1);
    assert!(matches!(
        RegionFile::from_json(&too_large).unwrap_err().0[..],
        [DatasetError::TooLarge { .. }]
    ));
    assert!(matches!(
        region::resolve_json("{").unwrap_err().0[..],
        [DatasetError::Syntax { .. }]
    ));
    // Resolving onto a chain the region does not name.
    let region = region_file("baotou");
    let err = region
        .resolve_onto("other-chain", &binzhou())
        .unwrap_err()
        .0;
    assert_eq!(
        err,
        vec![DatasetError::UnknownChain {
            found: CHAIN.into(),
            known: vec!["other-chain".into()]
        }]
    );
}

// ---------- the round trip holds for any figures a region may give ----------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_valid_region_exports_and_imports_back(
        fee in prop::array::uniform3(0u32..2_000_000),
        co2 in prop::array::uniform3(0u32..100_000),
        price in prop::array::uniform3(1u32..10_000),
        tonnes in 0u32..100_000_000,
        reported in prop::collection::vec((0u64..1_000_000_000_000, 1950i32..2090), 0..5),
        local in any::<bool>(),
    ) {
        let sorted = |mut v: [u32; 3]| { v.sort_unstable(); v };
        let [fl, fb, fh] = sorted(fee);
        let [cl, cb, ch] = sorted(co2);
        let [pl, pb, ph] = sorted(price);
        let mut v = baotou_value();
        v["fees"][0]["added_value"] = json!({ "low": f64::from(fl) / 7.0, "base": f64::from(fb) / 7.0, "high": f64::from(fh) / 7.0 });
        v["co2_primary"]["low"] = json!(f64::from(cl) / 1000.0);
        v["co2_primary"]["base"] = json!(f64::from(cb) / 1000.0);
        v["co2_primary"]["high"] = json!(f64::from(ch) / 1000.0);
        v["national"].as_array_mut().unwrap().retain(|n| n["figure"] != "electricity-price");
        v["electricity_price"] = json!({ "low": f64::from(pl) / 1e4, "base": f64::from(pb) / 1e4, "high": f64::from(ph) / 1e4, "source": source() });
        v["capacity"]["primary_tonnes_per_year"] = json!(tonnes);
        v["products"] = json!([{ "id": "alumina", "local": local, "source": source() }]);
        v["reported"] = reported.iter().map(|&(value, year)| json!({
            "metric": "revenue", "value": value as f64 * 1.5, "year": year, "source": source()
        })).collect();
        let ds = region::resolve_json(&v.to_string()).unwrap();
        check_round_trip(&ds);
        let step = ds.step("primary", "rod").unwrap();
        prop_assert_eq!(step.added_value.base, f64::from(fb) / 7.0);
        prop_assert_eq!(ds.region().primary_tonnes_per_year, f64::from(tonnes));
    }
}
