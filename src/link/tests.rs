//! The link codec's tests: reading, writing, and the golden table of links shared before.
use super::values::num;
use super::*;
use crate::model::{Edit, Metric, Ramp, ScrapFate, Target};
use crate::state::{Currency, Side, View};

const NO_LANGS: [&str; 0] = [];

#[test]
fn reads_links() {
    let s = from_query("?lang=en&view=compare&product=furniture", &["zh-CN"]);
    assert_eq!((s.lang, s.view), (Lang::En, View::Compare));
    assert_eq!(s.path, ["primary", "billet", "profile", "furniture"]);
    assert!(s.notices.is_empty(), "{:?}", s.notices);

    let s = from_query("", &["zh-CN", "en"]);
    assert_eq!((s.lang, s.view), (Lang::Zh, View::Path));
    assert_eq!(s.path, ["primary", "rod", "lv-cable"]);
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
    ];
    for q in cases {
        let s = from_query(q, &NO_LANGS);
        assert_eq!(s.notices.len(), 1, "{q}: {:?}", s.notices);
        let fresh = AppState::with_default_dataset(Lang::En);
        assert_eq!(s.path, fresh.path, "{q}");
        assert_eq!(s.dataset, fresh.dataset, "{q}");
        assert_eq!(s.scenario, fresh.scenario, "{q}");
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
    assert_eq!(s.path, ["primary", "rod", "lv-cable"]);
}

#[test]
fn a_link_and_the_same_clicks_give_the_same_state() {
    let clicks = AppState::with_default_dataset(Lang::En)
        .apply(Action::Edit(Edit::MetalPrice { base: 15_000.0 }))
        .apply(Action::SelectProduct("furniture".into()))
        .apply(Action::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: 5.0,
        })
        .apply(Action::SetShare {
            side: Side::Plan,
            product: "rod".into(),
            share: 0.1,
        })
        .apply(Action::SetYears(7));
    // The parameters in another order than the clicks: the link orders its intents.
    let link = from_query(
        "years=7&up=billet.profile:5&product=furniture&lang=en&price=15000",
        &NO_LANGS,
    )
    .apply(Action::SetShare {
        side: Side::Plan,
        product: "rod".into(),
        share: 0.1,
    });
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
        waiting.pending.is_some() && waiting.notices.is_empty(),
        "{:?}",
        waiting.notices
    );
    assert_eq!(
        waiting.source,
        DataSource::Url("/chains/zouping.json".into())
    );
    // Nothing is applied to the built-in chain meanwhile (its furniture is not the file's).
    assert_eq!(waiting.edits, []);
    assert_eq!(waiting.path, AppState::with_default_dataset(Lang::En).path);
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
    assert!(loaded.pending.is_none());
    assert_eq!(
        (loaded.source, loaded.dataset.metal_price().base),
        (source, 15_000.0)
    );
    assert_eq!(loaded.path.last().map(String::as_str), Some("furniture"));
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
    assert!(failed.pending.is_none(), "{query}");
    assert_eq!(failed.source, DataSource::Builtin, "{query}");
    assert_eq!(
        failed.path.last().map(String::as_str),
        Some(product),
        "{query}"
    );
    assert_eq!(failed.dataset.metal_price().base, price, "{query}");
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
    assert_eq!(a.scenario.baseline.tonnage, 3e6);
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
        crate::model::evaluate_path(&s.dataset, &s.path)
            .unwrap()
            .added_value_per_t,
        600.0
    );
}

#[test]
fn round_trip_of_a_full_view() {
    let s = from_query("lang=zh&view=scenario", &NO_LANGS)
        .apply(Action::SelectPath(vec![
            "primary".into(),
            "sheet".into(),
            "casings".into(),
        ]))
        .apply(Action::Edit(Edit::MetalPrice { base: 14_250.5 }))
        .apply(Action::Edit(Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 70_000.0,
        }))
        .apply(Action::Edit(Edit::StepYield {
            from: "primary".into(),
            to: "rod".into(),
            value: 0.955,
        }))
        .apply(Action::Edit(Edit::ProductLocal {
            id: "furniture".into(),
            local: false,
        }))
        .apply(Action::SetShare {
            side: Side::Plan,
            product: "casings".into(),
            share: 0.01,
        })
        .apply(Action::SetShare {
            side: Side::Baseline,
            product: "rod".into(),
            share: 0.2,
        })
        .apply(Action::SetCurrency(Some(Currency {
            code: "USD".into(),
            per_yuan: 0.138,
        })))
        .apply(Action::SetTonnage {
            side: Side::Plan,
            tonnes: 7e6,
        })
        .apply(Action::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: 12.5,
        })
        .apply(Action::SetLocal {
            product: "wheels".into(),
            local: false,
        })
        .apply(Action::SetYears(8))
        .apply(Action::SetRamp(Ramp::Linear))
        .apply(Action::SetTarget(Some(Target {
            metric: Metric::RetainedValue,
            value: 5e10,
        })))
        .apply(Action::SetEmbed(true))
        .apply(Action::SetLocked(true))
        .apply(Action::SetTheme(Some("#c0392b".into())));
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

/// Links as they read and write before the parameter table: every key at least once, in
/// the orders and combinations that have shaped the code (figures in edit order, a path
/// that is not a product's default, a dataset link still loading, bad values beside good
/// ones). `to_query` of the state a link reads must stay byte for byte what it was (shared
/// links and pre-rendered pages depend on it); the state itself is pinned by
/// `golden_states.txt` below.
const GOLDEN: &[(&str, &str)] = &[
    ("", "lang=en&view=path&product=lv-cable"),
    ("lang=en", "lang=en&view=path&product=lv-cable"),
    (
        "lang=en&view=compare",
        "lang=en&view=compare&product=lv-cable",
    ),
    (
        "lang=en&view=scenario&product=furniture",
        "lang=en&view=scenario&product=furniture",
    ),
    (
        "lang=en&path=primary,billet,profile,casings",
        "lang=en&view=path&path=primary,billet,profile,casings",
    ),
    (
        "lang=en&path=primary,billet,profile,furniture",
        "lang=en&view=path&product=furniture",
    ),
    (
        "lang=en&price=15000",
        "lang=en&view=path&product=lv-cable&price=15000",
    ),
    (
        "lang=en&melt=0.03&price=15000",
        "lang=en&view=path&product=lv-cable&melt=0.03&price=15000",
    ),
    (
        "lang=en&scrapprice=12000&melt=0.02",
        "lang=en&view=path&product=lv-cable&scrapprice=12000&melt=0.02",
    ),
    (
        "lang=en&scrap=sold",
        "lang=en&view=path&product=lv-cable&scrap=sold",
    ),
    (
        "lang=en&scrap=remelted",
        "lang=en&view=path&product=lv-cable",
    ),
    (
        "lang=en&av=profile.furniture:70000,primary.rod:900",
        "lang=en&view=path&product=lv-cable&av=profile.furniture%3A70000,primary.rod%3A900",
    ),
    (
        "lang=en&yield=primary.rod:0.955",
        "lang=en&view=path&product=lv-cable&yield=primary.rod%3A0.955",
    ),
    (
        "lang=en&local=furniture:0,rod:1",
        "lang=en&view=path&product=lv-cable&local=furniture%3A0,rod%3A1",
    ),
    (
        "lang=en&q=7000000&qb=3000000",
        "lang=en&view=path&product=lv-cable&q=7000000&qb=3000000",
    ),
    (
        "lang=en&mix=casings:0.01,rod:0.3&base=rod:0.2",
        "lang=en&view=path&product=lv-cable&mix=casings%3A0.01,rod%3A0.3&base=rod%3A0.2",
    ),
    ("lang=en&mix=", "lang=en&view=path&product=lv-cable&mix="),
    (
        "lang=en&up=billet.profile:12.5,primary.rod:1",
        "lang=en&view=path&product=lv-cable&up=billet.profile%3A12.5,primary.rod%3A1",
    ),
    (
        "lang=en&nl=wheels,furniture",
        "lang=en&view=path&product=lv-cable&nl=furniture,wheels",
    ),
    (
        "lang=en&years=8&ramp=linear",
        "lang=en&view=path&product=lv-cable&years=8&ramp=linear",
    ),
    ("lang=en&ramp=s", "lang=en&view=path&product=lv-cable"),
    (
        "lang=en&target=retained:5e10",
        "lang=en&view=path&product=lv-cable&target=retained%3A50000000000",
    ),
    (
        "lang=en&target=rate:0.4",
        "lang=en&view=path&product=lv-cable&target=rate%3A0.4",
    ),
    (
        "lang=en&target=none",
        "lang=en&view=path&product=lv-cable&target=none",
    ),
    (
        "lang=en&cur=USD:0.138",
        "lang=en&view=path&product=lv-cable&cur=USD%3A0.138",
    ),
    (
        "lang=en&embed=1&lock=true&theme=%23C0392B",
        "lang=en&view=path&product=lv-cable&embed=1&lock=1&theme=%23c0392b",
    ),
    (
        "lang=en&embed=0&lock=0&theme=abc",
        "lang=en&view=path&product=lv-cable&theme=%23abc",
    ),
    (
        "lang=en&data=%2Fchains%2Fzouping.json&price=15000&product=furniture",
        "lang=en&view=path&data=%2Fchains%2Fzouping.json&price=15000&product=furniture",
    ),
    (
        "lang=zh&view=compare&data=stored:0123456789abcdef&embed=1&cur=EUR:0.13",
        "lang=zh&view=compare&data=stored%3A0123456789abcdef&embed=1&cur=EUR%3A0.13",
    ),
    (
        "lang=en&price=abc&years=0&ramp=zigzag&cur=usd:1&embed=maybe&theme=red&q=-1",
        "lang=en&view=path&product=lv-cable",
    ),
    (
        "lang=xx&view=nowhere&product=unobtainium&scrap=lost&melt=x&scrapprice=",
        "lang=en&view=path&product=lv-cable",
    ),
    (
        "utm_source=wechat&lang=en&product=rod&product=furniture&path=primary,rod",
        "lang=en&view=path&product=rod",
    ),
    (
        "lang=en&q=1e-7&price=5e-324&av=primary.rod:123456.789",
        "lang=en&view=path&product=lv-cable&price=5e-324&av=primary.rod%3A123456.789&q=0.0000001",
    ),
];

/// States built by clicks, which no single link reads in the same order: figures edited
/// in another order than the link table's, edits a link cannot carry.
fn golden_clicks() -> Vec<(&'static str, AppState, &'static str)> {
    let en = || AppState::with_default_dataset(Lang::En);
    vec![
        (
            "melt, then price, then scrap price",
            en().apply(Action::Edit(Edit::MeltLoss { base: 0.025 }))
                .apply(Action::Edit(Edit::MetalPrice { base: 16_000.0 }))
                .apply(Action::Edit(Edit::ScrapPrice { base: 11_000.0 })),
            "lang=en&view=path&product=lv-cable&melt=0.025&price=16000&scrapprice=11000",
        ),
        (
            "yield before added value, then price",
            en().apply(Action::Edit(Edit::StepYield {
                from: "primary".into(),
                to: "rod".into(),
                value: 0.9,
            }))
            .apply(Action::Edit(Edit::StepAddedValue {
                from: "rod".into(),
                to: "lv-cable".into(),
                base: 5_000.0,
            }))
            .apply(Action::Edit(Edit::MetalPrice { base: 17_000.0 })),
            "lang=en&view=path&product=lv-cable&price=17000&av=rod.lv-cable%3A5000&yield=primary.rod%3A0.9",
        ),
        (
            "scenario by clicks",
            en().apply(Action::SetView(View::Scenario))
                .apply(Action::SetScrapFate(ScrapFate::Sold))
                .apply(Action::SetRamp(Ramp::Linear))
                .apply(Action::SetTarget(None))
                .apply(Action::SetLocal {
                    product: "wheels".into(),
                    local: false,
                })
                .apply(Action::SetCurrency(Some(Currency {
                    code: "JPY".into(),
                    per_yuan: 20.5,
                }))),
            "lang=en&view=scenario&product=lv-cable&scrap=sold&nl=wheels&ramp=linear&target=none&cur=JPY%3A20.5",
        ),
    ]
}

/// The link-visible part of a state, one field a line.
fn seen(s: &AppState) -> String {
    [
        format!("lang {:?} view {:?}", s.lang, s.view),
        format!("path {:?}", s.path),
        format!("edits {:?}", s.edits),
        format!("metal price {}", s.dataset.metal_price().base),
        format!("scenario {:?}", s.scenario),
        format!("currency {:?}", s.currency),
        format!("embed {} locked {} theme {:?}", s.embed, s.locked, s.theme),
        format!("source {:?} pending {:?}", s.source, s.pending),
        format!("notices {:?}", s.notices),
    ]
    .join("\n")
}

#[track_caller]
fn golden_link(what: &str, state: &AppState, want: &str, snapshot: &mut String) {
    let written = to_query(state);
    assert_eq!(written, want, "{what}");
    snapshot.push_str(&format!("## {what}\n{written}\n{}\n\n", seen(state)));
}

/// Fails when a link's meaning or its written form changes. `GOLDEN_UPDATE=1` rewrites the
/// state snapshot (then review its diff: every change there is a changed link).
#[test]
fn golden_links_read_and_write_as_before() {
    let mut snapshot = String::new();
    for (query, want) in GOLDEN {
        golden_link(query, &from_query(query, &NO_LANGS), want, &mut snapshot);
    }
    for (what, state, want) in golden_clicks() {
        golden_link(what, &state, want, &mut snapshot);
        // The link of a state made by clicks reads back as that state (edits aside, which
        // a link groups by kind).
        let mut back = from_query(&to_query(&state), &NO_LANGS);
        let mut state = state;
        back.edits.sort_by_cached_key(|e| format!("{e:?}"));
        state.edits.sort_by_cached_key(|e| format!("{e:?}"));
        assert_eq!(seen(&back), seen(&state), "{what}");
    }
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/src/link/golden_states.txt");
    if std::env::var_os("GOLDEN_UPDATE").is_some() {
        std::fs::write(file, &snapshot).unwrap();
    }
    let kept = std::fs::read_to_string(file).unwrap_or_default();
    assert!(
        kept == snapshot,
        "link states differ from {file}; GOLDEN_UPDATE=1 rewrites it, then diff it"
    );
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

mod round_trip {
    use super::*;
    use proptest::prelude::*;

    const PRODUCTS: [&str; 5] = ["lv-cable", "furniture", "casings", "rod", "wheels"];

    /// A state made by clicks a link can carry.
    fn state() -> impl Strategy<Value = AppState> {
        (
            (
                any::<bool>(),
                0..3_usize,
                0..PRODUCTS.len(),
                10_000.0..30_000.0_f64,
            ),
            (
                any::<bool>(),
                1..=MAX_YEARS_FOR_TEST,
                any::<bool>(),
                0.0..0.3_f64,
            ),
            (any::<bool>(), any::<bool>(), any::<bool>(), 0.01..10.0_f64),
            (0..3_usize, 1e5..1e7_f64, 0..PRODUCTS.len()),
        )
            .prop_map(|(a, b, c, d)| {
                let (zh, view, product, price) = a;
                let (sold, years, linear, melt) = b;
                let (embed, lock, themed, rate) = c;
                let (order, tonnes, not_local) = d;
                let lang = if zh { Lang::Zh } else { Lang::En };
                let view = [View::Path, View::Compare, View::Scenario][view];
                let fate = if sold {
                    ScrapFate::Sold
                } else {
                    ScrapFate::Remelted
                };
                let ramp = if linear { Ramp::Linear } else { Ramp::SCurve };
                let mut figures = vec![
                    Edit::MetalPrice { base: price },
                    Edit::MeltLoss { base: melt },
                    Edit::ScrapPrice { base: price * 0.8 },
                ];
                figures.rotate_left(order);
                let mut s = AppState::with_default_dataset(lang)
                    .apply(Action::SetView(view))
                    .apply(Action::SelectProduct(PRODUCTS[product].into()))
                    .apply(Action::SetScrapFate(fate))
                    .apply(Action::SetYears(years))
                    .apply(Action::SetRamp(ramp))
                    .apply(Action::SetTonnage {
                        side: Side::Plan,
                        tonnes,
                    })
                    .apply(Action::SetLocal {
                        product: PRODUCTS[not_local].into(),
                        local: false,
                    })
                    .apply(Action::SetCurrency(Some(Currency {
                        code: "USD".into(),
                        per_yuan: rate,
                    })))
                    .apply(Action::SetEmbed(embed))
                    .apply(Action::SetLocked(lock));
                for edit in figures {
                    s = s.apply(Action::Edit(edit));
                }
                if themed {
                    s = s.apply(Action::SetTheme(Some("#c0392b".into())));
                }
                s
            })
    }

    const MAX_YEARS_FOR_TEST: u32 = crate::model::MAX_YEARS;

    proptest! {
        /// A state's link reads back as that state (what a link can say of it: edits are
        /// grouped by kind in a link, so only their set counts), and writes the same link.
        #[test]
        fn a_link_reads_back_as_its_state(s in state()) {
            prop_assume!(s.notices.is_empty());
            let link = to_query(&s);
            let back = from_query(&link, &NO_LANGS);
            prop_assert!(back.notices.is_empty(), "{link}: {:?}", back.notices);
            prop_assert_eq!(to_query(&back), link.clone());
            let sorted = |s: &AppState| {
                let mut s = s.clone();
                s.edits.sort_by_cached_key(|e| format!("{e:?}"));
                seen(&s)
            };
            prop_assert_eq!(sorted(&back), sorted(&s), "{}", link);
        }
    }
}
