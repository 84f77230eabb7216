//! The link codec's tests: reading, writing, values, and README against the table.
use super::values::num;
use super::*;
use crate::model::{Edit, Metric, Ramp, Target};
use crate::state::{Currency, FigureAction, FrameAction, PathAction, ScenarioAction, Side, View};

const NO_LANGS: [&str; 0] = [];

#[test]
fn reads_links() {
    let s = from_query("?lang=en&view=compare&product=furniture", &["zh-CN"]);
    assert_eq!((s.lang, s.view), (Lang::En, View::Compare));
    assert_eq!(s.path(), ["primary", "billet", "profile", "furniture"]);
    assert!(s.notices.is_empty(), "{:?}", s.notices);

    let s = from_query("", &["zh-CN", "en"]);
    assert_eq!((s.lang, s.view), (Lang::Zh, View::Path));
    assert_eq!(s.path(), ["primary", "rod", "lv-cable"]);
}

#[test]
fn bad_values_fall_back_with_a_notice() {
    let cases = [
        "lang=xx",
        "view=%3Cscript%3E",
        "price=abc",
        "price=NaN",
        "av=primary.rod",
        "yield=primary.rod:2",
        "mix=rod:0.8,furniture:0.5",
        "mix=rod:-0.1",
        "years=0",
        "ramp=zigzag",
        "target=output:-5",
        "cur=usd:0.14",
        "embed=maybe",
        "theme=red;background:url(x)",
        "product=unobtainium",
        "path=primary,furniture",
        "nl=Furniture",
        "a=atlantis",
        "b=Baotou",
        "carbonprice=-1",
        "carbonprice=abc",
        "carbonprice=10001",
        "carbonprice=75:usd",
    ];
    for q in cases {
        let s = from_query(q, &NO_LANGS);
        assert_eq!(s.notices.len(), 1, "{q}: {:?}", s.notices);
        let fresh = AppState::with_default_dataset(Lang::En);
        assert_eq!(s.path(), fresh.path(), "{q}");
        assert_eq!(s.dataset(), fresh.dataset(), "{q}");
        assert_eq!(s.scenario(), fresh.scenario(), "{q}");
    }
}

#[test]
fn unknown_parameters_are_ignored() {
    let s = from_query(
        "utm_source=wechat&from=singlemessage&isappinstalled=0",
        &NO_LANGS,
    );
    assert!(s.notices.is_empty());
}

#[test]
fn huge_and_random_links_keep_the_page_alive() {
    let long = format!("path={}", "primary,".repeat(20_000));
    let s = from_query(&long, &NO_LANGS);
    assert_eq!(s.notices.len(), 1);
    let s = from_query("%00%FF%FE=%E2%80%AE&&==&=%&%%%", &NO_LANGS);
    assert_eq!(s.path(), ["primary", "rod", "lv-cable"]);
}

#[test]
fn a_link_and_the_same_clicks_give_the_same_state() {
    let clicks = AppState::with_default_dataset(Lang::En)
        .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice {
            base: 15_000.0,
        })))
        .apply(Action::Path(PathAction::SelectProduct("furniture".into())))
        .apply(Action::Scenario(ScenarioAction::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: 5.0,
        }))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Plan,
            product: "rod".into(),
            share: 0.1,
        }))
        .apply(Action::Scenario(ScenarioAction::SetYears(7)));
    // The parameters in another order than the clicks: the link orders its intents.
    let link = from_query(
        "years=7&up=billet.profile:5&product=furniture&lang=en&price=15000",
        &NO_LANGS,
    )
    .apply(Action::Scenario(ScenarioAction::SetShare {
        side: Side::Plan,
        product: "rod".into(),
        share: 0.1,
    }));
    assert_eq!(link, clicks);
}

#[test]
fn data_links_name_same_site_files_or_stored_imports_only() {
    #[track_caller]
    fn reads(value: &str, expected: Option<DataSource>) {
        assert_eq!(data_source(value), expected, "{value:?}");
    }
    reads(
        "/data/zouping.json",
        Some(DataSource::Url("/data/zouping.json".into())),
    );
    reads(
        "chains/zouping.json?v=2",
        Some(DataSource::Url("chains/zouping.json?v=2".into())),
    );
    reads(
        "stored:0123456789abcdef",
        Some(DataSource::Stored("0123456789abcdef".into())),
    );
    for bad in [
        "https://evil.example/x.json",
        "//evil.example/x.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "/a/../../etc/passwd",
        "/a b.json",
        "/x\\y.json",
        "stored:xyz",
        "stored:0123456789ABCDEF",
        "",
    ] {
        reads(bad, None);
    }
}

#[test]
fn a_data_link_waits_for_its_dataset_then_applies_its_edits_to_it() {
    let q = "lang=en&data=%2Fchains%2Fzouping.json&price=15000&product=furniture";
    let waiting = from_query(q, &NO_LANGS);
    assert!(
        waiting.pending().is_some() && waiting.notices.is_empty(),
        "{:?}",
        waiting.notices
    );
    assert_eq!(
        waiting.source(),
        &DataSource::Url("/chains/zouping.json".into())
    );
    // Nothing is applied to the built-in chain meanwhile (its furniture is not the file's).
    assert_eq!(waiting.edits(), []);
    assert_eq!(
        waiting.path(),
        AppState::with_default_dataset(Lang::En).path()
    );
    // The link written while waiting says what the link said: nothing is lost on reload.
    let written = to_query(&waiting);
    assert_eq!(
        written,
        "lang=en&view=path&data=%2Fchains%2Fzouping.json&price=15000&product=furniture"
    );
    assert_eq!(from_query(&written, &NO_LANGS), waiting);
    // Loaded (here the default chain stands in for the file): the edits apply to it.
    let ds = Rc::new(Dataset::binzhou().unwrap());
    let source = DataSource::Url("/chains/zouping.json".into());
    let loaded = from_query_with(q, &NO_LANGS, Some((ds.clone(), source.clone())));
    assert_eq!(resume(&waiting, ds), loaded);
    assert!(loaded.pending().is_none());
    assert_eq!(
        (loaded.source(), loaded.dataset().metal_price().base),
        (&source, 15_000.0)
    );
    assert_eq!(loaded.path().last().map(String::as_str), Some("furniture"));
}

#[track_caller]
fn falls_back_to(query: &str, product: &str, price: f64, written: &str) {
    let waiting = from_query(query, &NO_LANGS);
    let failed = fall_back(
        &waiting,
        Notice::DataUnavailable {
            source: DataSource::Url("./broken.json".into()),
            why: crate::state::DataProblem::Fetch { status: Some(404) },
        },
    );
    assert!(failed.pending().is_none(), "{query}");
    assert_eq!(failed.source(), &DataSource::Builtin, "{query}");
    assert_eq!(
        failed.path().last().map(String::as_str),
        Some(product),
        "{query}"
    );
    assert_eq!(failed.dataset().metal_price().base, price, "{query}");
    assert!(
        matches!(failed.notices.last(), Some(Notice::DataUnavailable { .. })),
        "{query}: {:?}",
        failed.notices
    );
    assert_eq!(to_query(&failed), written, "{query}");
}

#[test]
fn a_data_link_that_fails_keeps_what_fits_the_default_chain() {
    let default_price = Dataset::binzhou().unwrap().metal_price().base;
    // (link, product shown, metal price, the address written after the fallback)
    let cases = [
        (
            "lang=en&product=furniture&data=./broken.json",
            "furniture",
            default_price,
            "lang=en&view=path&product=furniture",
        ),
        (
            "lang=zh&view=compare&data=./broken.json&price=15000&product=casings",
            "casings",
            15_000.0,
            "lang=zh&view=compare&product=casings&price=15000",
        ),
        // A product the default chain lacks: its default path, as without a product.
        (
            "lang=en&data=./broken.json&product=copper-wire",
            "lv-cable",
            default_price,
            "lang=en&view=path&product=lv-cable",
        ),
    ];
    for (query, product, price, written) in cases {
        falls_back_to(query, product, price, written);
    }
}

#[test]
fn scenario_parameters_mean_the_same_in_any_order() {
    // Found by the fuzzer: with a yield that makes the preset's plan overflow, `qb`
    // before `mix=` was refused and after it taken. The link's scenario is checked whole.
    let y = "yield=rod.lv-cable:5e-324,primary.billet:5e-324,primary.sheet:5e-324,sheet.foil-packaging:5e-324";
    let a = from_query(&format!("{y}&qb=3000000&mix="), &NO_LANGS);
    let b = from_query(&format!("{y}&mix=&qb=3000000"), &NO_LANGS);
    assert_eq!(a, b);
    assert!(a.notices.is_empty(), "{:?}", a.notices);
    assert_eq!(a.scenario().baseline.tonnage, 3e6);
    let back = from_query(&to_query(&a), &NO_LANGS);
    assert_eq!(back, a);
}

#[test]
fn the_example_dataset_for_data_links_is_valid() {
    // Served as examples/small-chain.json beside the app (the e2e test of `data=`).
    let ds = Dataset::from_json(include_str!("../../examples/small-chain.json")).unwrap();
    let s = from_query_with(
        "product=rod",
        &NO_LANGS,
        Some((
            Rc::new(ds),
            DataSource::Url("examples/small-chain.json".into()),
        )),
    );
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    assert_eq!(
        crate::model::evaluate_path(s.dataset(), s.path())
            .unwrap()
            .added_value_per_t,
        600.0
    );
}

#[test]
fn round_trip_of_a_full_view() {
    let s = from_query("lang=zh&view=scenario", &NO_LANGS)
        .apply(Action::Path(PathAction::SelectPath(vec![
            "primary".into(),
            "sheet".into(),
            "casings".into(),
        ])))
        .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice {
            base: 14_250.5,
        })))
        .apply(Action::Figures(FigureAction::Edit(Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 70_000.0,
        })))
        .apply(Action::Figures(FigureAction::Edit(Edit::StepYield {
            from: "primary".into(),
            to: "rod".into(),
            value: 0.955,
        })))
        .apply(Action::Figures(FigureAction::Edit(Edit::ProductLocal {
            id: "furniture".into(),
            local: false,
        })))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Plan,
            product: "casings".into(),
            share: 0.01,
        }))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Baseline,
            product: "rod".into(),
            share: 0.2,
        }))
        .apply(Action::Frame(FrameAction::SetCurrency(Some(Currency {
            code: "USD".into(),
            per_yuan: 0.138,
        }))))
        .apply(Action::Scenario(ScenarioAction::SetTonnage {
            side: Side::Plan,
            tonnes: 7e6,
        }))
        .apply(Action::Scenario(ScenarioAction::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: 12.5,
        }))
        .apply(Action::Scenario(ScenarioAction::SetLocal {
            product: "wheels".into(),
            local: false,
        }))
        .apply(Action::Scenario(ScenarioAction::SetYears(8)))
        .apply(Action::Scenario(ScenarioAction::SetRamp(Ramp::Linear)))
        .apply(Action::Scenario(ScenarioAction::SetTarget(Some(Target {
            metric: Metric::RetainedValue,
            value: 5e10,
        }))))
        .apply(Action::Frame(FrameAction::SetEmbed(true)))
        .apply(Action::Frame(FrameAction::SetLocked(true)))
        .apply(Action::Frame(FrameAction::SetTheme(Some("#c0392b".into()))));
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    let link = to_query(&s);
    let back = from_query(&link, &NO_LANGS);
    assert!(back.notices.is_empty(), "{link}: {:?}", back.notices);
    assert_eq!(back, s, "{link}");
}

#[test]
fn extreme_numbers_keep_links_short_and_exact() {
    for x in [5e-324, 1e-7, 123456.789, 6.46e6, 1e300, 0.1 + 0.2] {
        assert_eq!(num(x).parse::<f64>(), Ok(x));
        assert!(num(x).len() <= 24, "{x}: {}", num(x));
    }
    assert_eq!(num(80000.0), "80000");
    assert_eq!(num(6.46e6), "6460000");
}

#[test]
fn default_view_has_a_short_link() {
    let s = AppState::with_default_dataset(Lang::En);
    assert_eq!(to_query(&s), "lang=en&view=path&product=lv-cable");
}

#[test]
fn themes_are_validated() {
    assert_eq!(theme("#C0392B").as_deref(), Some("#c0392b"));
    assert_eq!(theme("abc").as_deref(), Some("#abc"));
    for bad in ["", "#12345", "#ggg", "red", "#123;x", "#1234567"] {
        assert_eq!(theme(bad), None, "{bad}");
    }
}

/// README's list of public parameters names every key of the table, and no other.
#[test]
fn readme_lists_every_parameter() {
    let readme = include_str!("../../README.md");
    let start = readme.find("| parameter | values |").unwrap();
    let table: Vec<&str> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    let listed: Vec<&str> = table
        .iter()
        .filter_map(|row| row.split('|').nth(1))
        .flat_map(|cell| cell.split(','))
        .map(|key| key.trim().trim_matches('`'))
        .collect();
    let mut keys: Vec<&str> = PARAMS.iter().map(|p| p.key).collect();
    let mut listed_sorted = listed.clone();
    keys.sort_unstable();
    listed_sorted.sort_unstable();
    assert_eq!(
        listed_sorted, keys,
        "README's parameters against link::PARAMS"
    );
}

/// A two-regions or carbon-price link: what it reads to, and the link it writes back.
#[track_caller]
fn check_round_trip(query: &str, pair: (&str, &str), price: Option<(f64, &str)>, written: &str) {
    let s = from_query(query, &NO_LANGS);
    assert!(s.notices.is_empty(), "{query}: {:?}", s.notices);
    assert_eq!((s.pair().a.as_str(), s.pair().b.as_str()), pair, "{query}");
    let got = s.carbon_price.map(|p| (p.per_t_co2(), p.currency().code()));
    assert_eq!(got, price, "{query}");
    assert_eq!(to_query(&s), written, "{query}");
    // The written link reads back to the same state.
    let back = from_query(&to_query(&s), &NO_LANGS);
    assert_eq!(back, s, "{query}");
}

#[test]
fn two_regions_and_a_carbon_price_round_trip() {
    check_round_trip(
        "lang=en&view=regions&a=baotou&b=wenshan",
        ("baotou", "wenshan"),
        None,
        "lang=en&view=regions&product=lv-cable&a=baotou",
    );
    check_round_trip(
        "lang=zh&view=regions&b=xinjiang&product=rod",
        ("binzhou", "xinjiang"),
        None,
        "lang=zh&view=regions&product=rod&b=xinjiang",
    );
    check_round_trip(
        "lang=en&carbonprice=75.36:EUR",
        ("binzhou", "wenshan"),
        Some((75.36, "EUR")),
        "lang=en&view=path&product=lv-cable&carbonprice=75.36%3AEUR",
    );
    check_round_trip(
        "lang=en&carbonprice=550:cny&view=regions&a=gongyi&b=baise",
        ("gongyi", "baise"),
        Some((550.0, "CNY")),
        "lang=en&view=regions&product=lv-cable&carbonprice=550&a=gongyi&b=baise",
    );
    // The region in force is another matter: the pair stays where the link put it.
    check_round_trip(
        "lang=en&region=baotou&view=regions&a=wenshan&b=xinjiang",
        ("wenshan", "xinjiang"),
        None,
        "lang=en&view=regions&product=lv-cable&region=baotou&a=wenshan&b=xinjiang",
    );
}

/// An unknown region falls back to that side's default, with a notice in the visitor's
/// language naming the parameter.
#[test]
fn an_unknown_region_falls_back_with_a_notice_in_the_visitors_language() {
    for (lang, words) in [("en", "not understood"), ("zh", "无法识别")] {
        let s = from_query(
            &format!("lang={lang}&view=regions&a=atlantis&b=baotou"),
            &NO_LANGS,
        );
        assert_eq!(s.pair().a, crate::regions::DEFAULT);
        assert_eq!(s.pair().b, "baotou");
        assert_eq!(s.notices.len(), 1, "{:?}", s.notices);
        let text = crate::catalog::notices::notice(&s.notices[0], s.lang);
        assert!(
            text.contains("a=atlantis") && text.contains(words),
            "{text}"
        );
    }
}
