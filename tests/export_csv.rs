#![cfg(not(target_arch = "wasm32"))]
//! The downloaded files' exact text: CSV of the comparison and of the scenario (BOM,
//! headers in the page's language, RFC 4180 quoting, formula injection neutralised) and
//! the assumptions JSON (re-importable, with the edits).
use std::collections::BTreeMap;

use serde_json::json;
use value_chain::export::{
    assumptions_json, comparison_csv, dataset_of_assumptions, number_cell, scenario_csv, text_cell,
    weakest_badge, BOM,
};
use value_chain::i18n::Lang;
use value_chain::model::{
    compare_scenarios, compare_scenarios_read, rank_end_products, Badge, Dataset, Edit, MoneyBasis,
    Reading, Scenario,
};

fn source(badge: &str) -> serde_json::Value {
    json!({ "citation": "test", "year": 2019, "badge": badge })
}

/// p → rod → c and p → x, with hostile labels: a comma and quotes, a formula, a minus.
fn tiny() -> Dataset {
    let v = json!({
        "schema": 1,
        "name": { "en": "Test", "zh": "测试" },
        "currency": "CNY",
        "start": "p",
        "metal_price": { "low": 90, "base": 100, "high": 120, "source": source("estimate") },
        "region": { "primary_tonnes_per_year": 1000, "source": source("published") },
        "products": [
            { "id": "p", "name": { "en": "P", "zh": "原铝" }, "kind": "smelting", "local": true },
            { "id": "rod", "name": { "en": "Rod, \"best\"", "zh": "杆" }, "kind": "semi-finished", "local": true },
            { "id": "c", "name": { "en": "=SUM(A1)", "zh": "电缆" }, "kind": "finished", "local": true },
            { "id": "x", "name": { "en": "-x", "zh": "@乙\n二" }, "kind": "finished", "local": true }
        ],
        "steps": [
            { "from": "p", "to": "rod", "added_value": { "low": 10, "base": 20, "high": 30 }, "yield": 0.5, "source": source("article") },
            { "from": "rod", "to": "c", "added_value": { "low": 1, "base": 2, "high": 3 }, "yield": 0.8, "source": source("estimate") },
            { "from": "p", "to": "x", "added_value": { "low": 5, "base": 5, "high": 5 }, "yield": 1.0, "source": source("published") }
        ]
    });
    Dataset::from_json(&v.to_string()).expect("test dataset is valid")
}

#[test]
fn text_cells_are_quoted_and_neutralised() {
    assert_eq!(text_cell("plain"), "plain");
    assert_eq!(text_cell("a,b"), "\"a,b\"");
    assert_eq!(text_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(text_cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(text_cell("=1+1"), "'=1+1");
    assert_eq!(text_cell("+1"), "'+1");
    assert_eq!(text_cell("-1"), "'-1");
    assert_eq!(text_cell("@cmd"), "'@cmd");
    assert_eq!(
        text_cell("=HYPERLINK(\"x\",\"y\")"),
        "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
    );
    assert_eq!(text_cell("全铝家具"), "全铝家具");
    assert_eq!(text_cell(""), "");
}

#[test]
fn numbers_are_plain_digits() {
    assert_eq!(number_cell(80000.0), "80000");
    assert_eq!(number_cell(385800.0), "385800");
    assert_eq!(number_cell(-2.5), "-2.5");
    assert_eq!(number_cell(1.0 / 3.0), "0.333333");
    assert_eq!(number_cell(f64::INFINITY), "");
}

#[test]
fn comparison_csv_in_english_exactly() {
    let ds = tiny();
    let ranked = rank_end_products(&ds).unwrap();
    let csv = comparison_csv(&ds, &ranked, MoneyBasis::Market, Lang::En);
    let want = concat!(
        "\u{FEFF}Product,Product id,Path,\"Added value per ton (yuan/t; 2019 prices, market, incl. VAT)\",\"Added value, low (yuan/t; 2019 prices, market, incl. VAT)\",\"Added value, high (yuan/t; 2019 prices, market, incl. VAT)\",",
        "\"Output value per ton (yuan/t; 2019 prices, market, incl. VAT)\",\"Added value per ton of metal consumed (yuan/t; 2019 prices, market, incl. VAT)\",Multiplier vs metal,\"Multiplier vs rod, \"\"best\"\"\",Weakest source\r\n",
        // c: M = 1 / (0.5 · 0.8) = 2.5, N = 1 + 1.5 · 0.02 = 1.03 (schema-1 file: 2 % melt
        // loss assumed), A / N = 22 / 1.03.
        "'=SUM(A1),c,\"P → Rod, \"\"best\"\" → =SUM(A1)\",22,11,33,122,21.359223,1.22,1.1,estimate\r\n",
        "'-x,x,P → -x,5,5,5,105,5,1.05,0.25,published\r\n",
        "Price basis,\"2019 prices, incl. VAT\"\r\n",
        "Years of the figures,metal price 2019; fees 2019\r\n",
    );
    assert_eq!(csv, want);
}

#[test]
fn comparison_csv_in_chinese_has_chinese_headers_and_names() {
    let ds = tiny();
    let ranked = rank_end_products(&ds).unwrap();
    let csv = comparison_csv(&ds, &ranked, MoneyBasis::Market, Lang::Zh);
    let want = concat!(
        "\u{FEFF}产品,产品代码,加工路径,每吨附加值（元/吨；2019年价格，市场价，含增值税）,附加值低值（元/吨；2019年价格，市场价，含增值税）,",
        "附加值高值（元/吨；2019年价格，市场价，含增值税）,每吨产值（元/吨；2019年价格，市场价，含增值税）,",
        "每吨耗金属附加值（元/吨；2019年价格，市场价，含增值税）,相对金属锭倍数,相对杆倍数,最弱来源\r\n",
        "电缆,c,原铝 → 杆 → 电缆,22,11,33,122,21.359223,1.22,1.1,估算\r\n",
        "\"'@乙\n二\",x,\"原铝 → @乙\n二\",5,5,5,105,5,1.05,0.25,公开数据\r\n",
        "价格口径,2019年价格，含增值税\r\n",
        "数据年份,金属价格 2019年；加工费 2019年\r\n",
    );
    assert_eq!(csv, want);
}

#[test]
fn comparison_csv_of_the_default_dataset_has_the_article_figures() {
    let ds = Dataset::binzhou().unwrap();
    let ranked = rank_end_products(&ds).unwrap();
    let csv = comparison_csv(&ds, &ranked, MoneyBasis::Market, Lang::Zh);
    assert!(csv.starts_with(BOM));
    assert!(csv.contains("每吨附加值（元/吨；2019年价格，市场价，含增值税）"));
    let furniture = csv
        .lines()
        .find(|l| l.starts_with("全铝家具,furniture,"))
        .expect("furniture row");
    assert!(furniture.contains(",80000,"), "{furniture}");
    let cable = csv
        .lines()
        .find(|l| l.contains(",lv-cable,"))
        .expect("cable row");
    assert!(cable.contains(",5000,"), "{cable}");
    // The chain gives a smelting CO₂: each row ends with its CO₂ per ton and range, as
    // `path_carbon` computes them for the row's path.
    let header = csv.lines().next().expect("header");
    assert!(
        header.ends_with("每吨二氧化碳排放（吨）,二氧化碳低值（吨）,二氧化碳高值（吨）"),
        "{header}"
    );
    let ev = value_chain::model::evaluate_default_path(&ds, "furniture").unwrap();
    let carbon = value_chain::model::path_carbon(&ds, &ev).unwrap().total;
    let cells: Vec<&str> = furniture.rsplit(',').take(3).collect();
    let cell = |s: &str| s.parse::<f64>().expect("a number");
    assert!((cell(cells[2]) - carbon.base).abs() < 1e-5, "{furniture}");
    assert!((cell(cells[1]) - carbon.low).abs() < 1e-5, "{furniture}");
    assert!((cell(cells[0]) - carbon.high).abs() < 1e-5, "{furniture}");
    // Ranked: the rows' added values never increase.
    let values: Vec<f64> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(3)?.parse().ok())
        .collect();
    assert_eq!(values.len(), ranked.len());
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
}

#[test]
fn weakest_badge_of_a_path() {
    let ds = tiny();
    assert_eq!(
        weakest_badge(&ds, &["p", "rod", "c"]),
        Some(Badge::Estimate)
    );
    assert_eq!(weakest_badge(&ds, &["p", "rod"]), Some(Badge::Article));
    assert_eq!(weakest_badge(&ds, &["p", "x"]), Some(Badge::Published));
    assert_eq!(weakest_badge(&ds, &["p"]), None);
}

#[test]
fn scenario_csv_side_by_side_exactly() {
    let ds = tiny();
    let baseline = Scenario::for_region(&ds);
    let mut plan = Scenario::for_region(&ds);
    plan.shares = BTreeMap::from([("c".to_string(), 0.4)]);
    let cmp = compare_scenarios(&ds, &baseline, &plan).unwrap();
    let csv = scenario_csv(&ds, &cmp, Lang::En);
    // 400 t of metal to c: T = 400 / N = 400 / 1.03 t of c (scrap remelted, 2 % melt loss);
    // gross output adds the rod made on the way, T / 0.8 t at 120.
    let want = concat!(
        "\u{FEFF}Product,Product id,Baseline share (0–1),Baseline tonnes (t),\"Baseline added value (yuan; 2019 prices, market, incl. VAT)\",",
        "\"Baseline output value (yuan; 2019 prices, market, incl. VAT)\",\"Baseline gross output (yuan; 2019 prices, market, incl. VAT)\",",
        "Plan share (0–1),Plan tonnes (t),\"Plan added value (yuan; 2019 prices, market, incl. VAT)\",",
        "\"Plan output value (yuan; 2019 prices, market, incl. VAT)\",\"Plan gross output (yuan; 2019 prices, market, incl. VAT)\"\r\n",
        "'=SUM(A1),c,0,0,0,0,0,0.4,388.349515,8543.68932,47378.640777,105631.067961\r\n",
        "P (sold unprocessed),p,1,1000,0,100000,100000,0.6,600,0,60000,60000\r\n",
        "Total (primary metal tonnes),,1,1000,0,100000,100000,1,1000,8543.68932,107378.640777,165631.067961\r\n",
        "Added value retained in the region,,,,0,,,,,8543.68932,,\r\n",
        "Price basis,\"2019 prices, incl. VAT\"\r\n",
        "Years of the figures,metal price 2019; fees 2019\r\n",
    );
    assert_eq!(csv, want);
}

#[test]
fn scenario_csv_in_chinese() {
    let ds = tiny();
    let cmp =
        compare_scenarios(&ds, &Scenario::for_region(&ds), &Scenario::for_region(&ds)).unwrap();
    let csv = scenario_csv(&ds, &cmp, Lang::Zh);
    let first = csv.lines().next().unwrap();
    assert_eq!(
        first,
        concat!(
            "\u{FEFF}产品,产品代码,现状份额（0–1）,现状吨数（吨）,现状附加值（元；2019年价格，市场价，含增值税）,",
            "现状产值（元；2019年价格，市场价，含增值税）,现状统计口径产值（元；2019年价格，市场价，含增值税）,",
            "规划份额（0–1）,规划吨数（吨）,规划附加值（元；2019年价格，市场价，含增值税）,",
            "规划产值（元；2019年价格，市场价，含增值税）,规划统计口径产值（元；2019年价格，市场价，含增值税）"
        )
    );
    assert!(
        csv.contains("原铝（直接出售）,p,1,1000,0,100000,100000,1,1000,0,100000,100000\r\n"),
        "{csv}"
    );
}

#[test]
fn assumptions_json_round_trips_with_the_edits() {
    let ds = Dataset::binzhou().unwrap();
    let edit = Edit::StepAddedValue {
        from: "profile".into(),
        to: "furniture".into(),
        base: 90000.0,
    };
    let edited = ds.with_edit(&edit).unwrap();
    let text = assumptions_json(&edited, std::slice::from_ref(&edit)).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        doc["edits"],
        json!([{ "edit": "step-added-value", "from": "profile", "to": "furniture", "base": 90000.0 }])
    );
    assert_eq!(doc["dataset"]["schema"], json!(3));
    // The dataset's own prices, whatever the page shows: the file is imported as it is.
    assert_eq!(
        doc["price_basis"],
        json!({ "basis": "market", "year": 2019, "vat_included": true })
    );
    let again = Dataset::from_json(&dataset_of_assumptions(&text).unwrap()).unwrap();
    assert_eq!(again, edited);
    assert_eq!(
        again.step("profile", "furniture").unwrap().added_value.base,
        90000.0
    );
}

/// `tiny()` with each step's added value of its own year (p → rod, rod → c, p → x).
fn tiny_of_years(years: [i32; 3]) -> Dataset {
    let mut file = tiny().file().clone();
    for (step, year) in file.steps.iter_mut().zip(years) {
        step.source.year = year;
    }
    Dataset::try_from(file).unwrap()
}

/// The files' row of the years of the figures they hold: the comparison's over every ranked
/// path, the scenario's over the paths of baseline and plan, the assumptions' over the
/// whole dataset.
#[track_caller]
fn check_years_rows(years: [i32; 3], plan_to: &str, compare: &str, scenario: &str) {
    let ds = tiny_of_years(years);
    let last = |csv: &str| {
        csv.trim_end()
            .lines()
            .last()
            .unwrap_or_default()
            .to_string()
    };
    let ranked = rank_end_products(&ds).unwrap();
    assert_eq!(
        last(&comparison_csv(&ds, &ranked, MoneyBasis::Market, Lang::En)),
        compare,
        "{years:?}"
    );
    let mut plan = Scenario::for_region(&ds);
    plan.shares = BTreeMap::from([(plan_to.to_string(), 0.4)]);
    let cmp = compare_scenarios(&ds, &Scenario::for_region(&ds), &plan).unwrap();
    assert_eq!(
        last(&scenario_csv(&ds, &cmp, Lang::En)),
        scenario,
        "{years:?}"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&assumptions_json(&ds, &[]).unwrap()).unwrap();
    let (from, to) = (years.iter().min(), years.iter().max());
    assert_eq!(
        doc["years"],
        json!({ "metal": 2019, "fees_from": from, "fees_to": to, "indexed": false })
    );
}

#[test]
fn files_say_the_years_of_their_figures() {
    check_years_rows(
        [2013, 2025, 2019],
        "c",
        "Years of the figures,\"metal price 2019; fees 2013–2025, not indexed\"",
        "Years of the figures,\"metal price 2019; fees 2013–2025, not indexed\"",
    );
    // The plan's path leaves out rod → c: its file does not span that year.
    check_years_rows(
        [2013, 2025, 2019],
        "x",
        "Years of the figures,\"metal price 2019; fees 2013–2025, not indexed\"",
        "Years of the figures,metal price 2019; fees 2019",
    );
    check_years_rows(
        [2019, 2019, 2024],
        "c",
        "Years of the figures,\"metal price 2019; fees 2019–2024, not indexed\"",
        "Years of the figures,metal price 2019; fees 2019",
    );
}

/// The files on the statistical basis: every money column says so, the price-basis row too,
/// and every amount is the market one divided by the dataset's divisor (1 + the VAT rate);
/// shares, tonnes and multipliers stay as they are.
#[track_caller]
fn check_statistical_file(market: &str, statistical: &str, money_columns: &[usize], divisor: f64) {
    let rows = |csv: &str| -> Vec<Vec<String>> {
        csv.trim_start_matches(BOM)
            .split("\r\n")
            .filter(|l| !l.is_empty())
            // A quoted cell may hold a comma: such rows are left out of the comparison
            // (split on commas, their cells would not line up with the header's).
            .map(|l| match l.contains('"') {
                true => Vec::new(),
                false => l.split(',').map(str::to_string).collect(),
            })
            .collect()
    };
    let (m, st) = (rows(market), rows(statistical));
    assert_eq!(m.len(), st.len());
    let header = statistical.lines().next().unwrap_or_default();
    assert!(!header.contains("market"), "{header}");
    assert_eq!(
        header
            .matches("2019 prices, statistical, excl. VAT")
            .count(),
        money_columns.len(),
        "{header}"
    );
    assert!(
        statistical.contains("Price basis,\"2019 prices, excl. VAT (statistical basis)\""),
        "{statistical}"
    );
    // The data rows (not the header, not the two rows of basis and years).
    let mut compared = 0;
    for (rm, rs) in m.iter().zip(&st).skip(1).take(m.len().saturating_sub(3)) {
        for (k, (a, b)) in rm.iter().zip(rs).enumerate() {
            let (Ok(a), Ok(b)) = (a.parse::<f64>(), b.parse::<f64>()) else {
                assert_eq!(a, b, "text cell {k}");
                continue;
            };
            let want = if money_columns.contains(&k) {
                a / divisor
            } else {
                a
            };
            assert!(
                (b - want).abs() <= 1e-6 * want.abs().max(1.0),
                "cell {k}: {b} vs {want}"
            );
            compared += 1;
        }
    }
    assert!(compared > 0);
}

#[test]
fn files_on_the_statistical_basis_say_so_and_hold_its_amounts() {
    let ds = Dataset::binzhou().unwrap();
    let divisor = ds.divisor(MoneyBasis::Statistical) / ds.divisor(MoneyBasis::Market);
    assert!(divisor > 1.0, "the default dataset's prices include VAT");
    let ranked = rank_end_products(&ds).unwrap();
    let on = |basis| -> Vec<_> {
        ranked
            .iter()
            .map(|r| r.on_basis(&ds, MoneyBasis::Market, basis))
            .collect()
    };
    check_statistical_file(
        &comparison_csv(&ds, &on(MoneyBasis::Market), MoneyBasis::Market, Lang::En),
        &comparison_csv(
            &ds,
            &on(MoneyBasis::Statistical),
            MoneyBasis::Statistical,
            Lang::En,
        ),
        &[3, 4, 5, 6, 7],
        divisor,
    );
    let baseline = Scenario::for_region(&ds);
    let mut plan = Scenario::for_region(&ds);
    plan.shares = BTreeMap::from([
        ("furniture".to_string(), 0.1),
        ("lv-cable".to_string(), 0.2),
    ]);
    let file = |basis| {
        let reading = Reading {
            basis,
            ..Reading::default()
        };
        scenario_csv(
            &ds,
            &compare_scenarios_read(&ds, &baseline, &plan, reading).unwrap(),
            Lang::En,
        )
    };
    check_statistical_file(
        &file(MoneyBasis::Market),
        &file(MoneyBasis::Statistical),
        &[4, 5, 6, 9, 10, 11],
        divisor,
    );
    // In Chinese, the same words as the page's.
    let zh = comparison_csv(
        &ds,
        &on(MoneyBasis::Statistical),
        MoneyBasis::Statistical,
        Lang::Zh,
    );
    assert!(
        zh.contains("每吨附加值（元/吨；2019年价格，统计口径，不含增值税）"),
        "{zh}"
    );
    assert!(
        zh.contains("价格口径,2019年价格，不含增值税（统计口径）"),
        "{zh}"
    );
}

/// The carbon price the page showed a cost at: the CSV's last row, exactly.
#[track_caller]
fn check_carbon_row(price: Option<value_chain::model::CarbonPrice>, lang: Lang, want: &str) {
    let ds = tiny();
    let ranked = rank_end_products(&ds).unwrap();
    let plain = comparison_csv(&ds, &ranked, MoneyBasis::Market, lang);
    let csv = value_chain::export::with_carbon_price(plain.clone(), price.as_ref(), lang);
    let added = csv.strip_prefix(plain.as_str()).expect("appended");
    assert_eq!(added, want, "{price:?} {lang:?}");
}

#[test]
fn a_carbon_price_is_a_row_of_its_own() {
    use value_chain::model::{CarbonCurrency, CarbonPrice};
    check_carbon_row(None, Lang::En, "");
    check_carbon_row(
        CarbonPrice::new(600.0, CarbonCurrency::Yuan),
        Lang::En,
        "\"Carbon price on exports, per t CO₂ (not in added value)\",600,yuan/t CO₂\r\n",
    );
    check_carbon_row(
        Some(CarbonPrice::cbam_example()),
        Lang::Zh,
        "出口碳价（每吨CO₂，不计入附加值）,75.36,欧元/吨CO₂,示例：欧盟CBAM 2026年第一季度证书价格，欧盟委员会2026年4月7日公布\r\n",
    );
}

#[test]
fn the_assumptions_file_names_the_carbon_price_and_its_source() {
    use value_chain::export::assumptions_json_with;
    use value_chain::model::{CarbonCurrency, CarbonPrice};
    let ds = tiny();
    assert_eq!(
        assumptions_json_with(&ds, &[], None).unwrap(),
        assumptions_json(&ds, &[]).unwrap()
    );
    let text = assumptions_json_with(&ds, &[], Some(&CarbonPrice::cbam_example())).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let price = &doc["carbon_price"];
    assert_eq!(price["per_t_co2"], json!(75.36));
    assert_eq!(price["currency"], json!("EUR"));
    assert_eq!(price["example"], json!(true));
    assert_eq!(price["in_added_value"], json!(false));
    assert_eq!(price["source"]["year"], json!(2026));
    assert_eq!(price["source"]["badge"], json!("published"));
    // Still a file the page imports: the dataset part is unchanged.
    assert_eq!(
        dataset_of_assumptions(&text),
        dataset_of_assumptions(&assumptions_json(&ds, &[]).unwrap())
    );
    let yuan = CarbonPrice::new(600.0, CarbonCurrency::Yuan).unwrap();
    let doc: serde_json::Value =
        serde_json::from_str(&assumptions_json_with(&ds, &[], Some(&yuan)).unwrap()).unwrap();
    assert_eq!(doc["carbon_price"]["currency"], json!("CNY"));
    assert_eq!(doc["carbon_price"]["source"], json!(null));
}
