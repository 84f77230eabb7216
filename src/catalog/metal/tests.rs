//! The metal's words in both languages, for a named metal, an unnamed one and a copper chain.
use super::*;

fn binzhou() -> Dataset {
    Dataset::binzhou().unwrap()
}

/// The e2e tests' copper chain, which has no `metal`.
fn generic() -> Dataset {
    Dataset::from_json(include_str!("../../../e2e/fixtures/copper-chain.json")).unwrap()
}

/// The same, naming its metal.
fn copper() -> Dataset {
    let mut file = generic().file().clone();
    file.metal = Some(Name {
        en: "copper".into(),
        zh: "铜".into(),
    });
    Dataset::try_from(file).unwrap()
}

/// Every text of this module for a dataset, in a language.
fn all(ds: &Dataset, lang: Lang) -> Vec<String> {
    let m = Metal::of(ds);
    vec![
        app_title(m, lang),
        app_subtitle(m, lang),
        metal_price(m, lang),
        edited_metal_price(m, lang),
        metal_price_note(m, "1", lang),
        waterfall_metal_price(m, lang),
        start_from_metal_price(m, lang),
        against_selling_metal(m, lang),
        sold_as_primary_metal(m, lang),
        left_as_primary_metal(m, "1", lang),
        primary_metal(m, lang),
        mix_legend(m, lang),
        plan_tonnage(m, lang),
        baseline_tonnage(m, lang),
        scenario_lead(m, lang),
        baseline_hypothetical(m, lang),
        top_heaviness(m, false, lang),
        top_heaviness(m, true, lang),
        sankey_hint_yuan(m, lang),
        per_ton_of_metal_label(m, lang),
        basis_note(m, "2%", "1.02", lang),
        term_per_ton(m, lang),
        definition_added_value(m, lang),
        definition_output_value(m, lang),
        definition_gross_output(ds, lang),
    ]
}

#[track_caller]
fn check_words(ds: &Dataset, lang: Lang, must: &[&str], must_not: &[&str]) {
    let texts = all(ds, lang);
    for text in &texts {
        for word in must_not {
            assert!(!text.contains(word), "{word:?} in {text:?}");
        }
    }
    for word in must {
        assert!(
            texts.iter().any(|t| t.contains(word)),
            "no text says {word:?}"
        );
    }
}

#[test]
fn texts_use_the_datasets_words_only() {
    check_words(
        &binzhou(),
        Lang::Zh,
        &["铝价", "原铝", "每吨耗铝", "“铝头”"],
        &["铜", "金属价格"],
    );
    check_words(
        &binzhou(),
        Lang::En,
        &["Aluminium value-chain", "ton of aluminium"],
        &["copper"],
    );
    check_words(&copper(), Lang::Zh, &["铜价", "原铜", "铜产业链"], &["铝"]);
    check_words(
        &copper(),
        Lang::En,
        &["Copper value-chain", "ton of copper"],
        &["luminium"],
    );
    check_words(
        &generic(),
        Lang::Zh,
        &["金属价格", "原生金属", "上游比重", "产业链增值计算器"],
        &["铝", "铜价", "原铜"],
    );
    check_words(
        &generic(),
        Lang::En,
        &["Value-chain calculator", "ton of metal"],
        &["luminium", "ton of copper"],
    );
}

#[test]
fn the_default_dataset_keeps_its_wording() {
    let ds = binzhou();
    let m = Metal::of(&ds);
    assert_eq!(app_title(m, Lang::Zh), "铝产业链增值计算器");
    assert_eq!(app_title(m, Lang::En), "Aluminium value-chain calculator");
    assert_eq!(metal_price(m, Lang::Zh), "铝价");
    assert_eq!(waterfall_metal_price(m, Lang::Zh), "铝价（原铝）");
    assert_eq!(plan_tonnage(m, Lang::Zh), "规划：原铝年产量");
    assert_eq!(term_per_ton(m, Lang::Zh), "产品中每吨铝 / 每吨耗铝");
}

#[test]
fn gross_output_counts_the_longest_path_of_the_dataset() {
    let ds = binzhou();
    let zh = definition_gross_output(&ds, Lang::Zh);
    let en = definition_gross_output(&ds, Lang::En);
    // The longest default path of the default dataset, in sales after the start.
    let longest = ds
        .products()
        .iter()
        .filter_map(|p| default_path(&ds, &p.id).ok())
        .map(|p| p.len() - 1)
        .max()
        .unwrap();
    assert!(longest >= 3, "{longest}");
    assert!(zh.contains(&format!("会被计算 {longest} 次")), "{zh}");
    assert!(en.contains(&format!("is counted {longest} times")), "{en}");
    assert!(zh.contains("同一吨铝先作为"), "{zh}");
}

#[test]
fn processing_levels_come_from_the_dataset() {
    let ds = binzhou();
    let zh = definition_processing(&ds, Lang::Zh);
    let en = definition_processing(&ds, Lang::En);
    for p in ds.products() {
        let (zh_name, en_name) = (p.name.get(Lang::Zh), p.name.get(Lang::En));
        if p.processing_level() == ProcessingLevel::PrimaryProcessing {
            assert!(
                zh.contains(zh_name) && en.contains(en_name),
                "{zh_name} missing: {zh} / {en}"
            );
        }
        if p.processing_level() == ProcessingLevel::Smelting {
            assert!(
                !zh.contains(&format!("{zh_name}、")) && !zh.contains(&format!("{zh_name}是")),
                "{zh_name} listed: {zh}"
            );
        }
    }
    assert!(zh.contains("精深加工"), "{zh}");
}

/// The span of the years of a result's figures, in words.
#[track_caller]
fn check_figure_years(ds: &Dataset, fees: &[i32], zh: &str, en: &str) {
    let mut span = YearSpan::new(2019);
    for &y in fees {
        span.include(y);
    }
    let m = Metal::of(ds);
    assert_eq!(figure_years(m, &span, Lang::Zh), zh, "{fees:?}");
    assert_eq!(figure_years(m, &span, Lang::En), en, "{fees:?}");
}

#[test]
fn the_years_of_the_figures_in_words() {
    let (ds, other) = (binzhou(), generic());
    check_figure_years(
        &ds,
        &[2013, 2025, 2019],
        "铝价 2019年；加工费 2013–2025年，未按价格指数调整",
        "metal price 2019; fees 2013–2025, not indexed",
    );
    check_figure_years(
        &other,
        &[2025, 2013],
        "金属价格 2019年；加工费 2013–2025年，未按价格指数调整",
        "metal price 2019; fees 2013–2025, not indexed",
    );
    // One year, not the price year: still not indexed.
    check_figure_years(
        &ds,
        &[2024],
        "铝价 2019年；加工费 2024年，未按价格指数调整",
        "metal price 2019; fees 2024, not indexed",
    );
    // Every fee of the price year: nothing to index.
    check_figure_years(
        &ds,
        &[2019, 2019],
        "铝价 2019年；加工费 2019年",
        "metal price 2019; fees 2019",
    );
    check_figure_years(&ds, &[], "铝价 2019年", "metal price 2019");
}
