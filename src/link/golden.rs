//! Links as they were before the parameter table, read and written byte for byte the same
//! (a golden table and its state snapshot), and generated states' links read back.
use proptest::prelude::*;

use super::*;
use crate::model::{
    CarbonCurrency, CarbonPrice, Edit, FirmBoundaries, MoneyBasis, PerTon, Ramp, ScrapFate,
    MAX_YEARS,
};
use crate::state::{
    Currency, DataAction, FigureAction, FrameAction, PairSide, PathAction, ScenarioAction, Side,
    View,
};

const NO_LANGS: [&str; 0] = [];

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
        "lang=en&view=scenario&firms=integrated&basis=statistical",
        "lang=en&view=scenario&product=lv-cable&basis=statistical&firms=integrated",
    ),
    (
        "lang=en&basis=market&firms=separate",
        "lang=en&view=path&product=lv-cable",
    ),
    (
        "lang=zh&basis=net&firms=one&firms=casthouse-integrated",
        "lang=zh&view=path&product=lv-cable&firms=casthouse-integrated",
    ),
    (
        "lang=en&product=furniture&per=product&basis=statistical",
        "lang=en&view=path&product=furniture&basis=statistical&per=product",
    ),
    (
        "lang=zh&per=metal&per=kg",
        "lang=zh&view=path&product=lv-cable",
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
    (
        "region=baotou&lang=en&product=rod&av=primary.rod:420",
        "lang=en&view=path&product=rod&av=primary.rod%3A420&region=baotou",
    ),
    (
        "lang=zh&region=binzhou",
        "lang=zh&view=path&product=lv-cable",
    ),
    (
        "lang=en&region=atlantis",
        "lang=en&view=path&product=lv-cable",
    ),
    (
        "lang=en&data=%2Fchains%2Fzouping.json&region=wenshan&embed=1",
        "lang=en&view=path&product=lv-cable&embed=1&region=wenshan",
    ),
    // Issue 29: two regions side by side, and a carbon price.
    (
        "view=regions&a=baotou&b=wenshan&lang=en",
        "lang=en&view=regions&product=lv-cable&a=baotou",
    ),
    (
        "lang=zh&view=regions&a=atlantis&b=xinjiang&product=rod&embed=1",
        "lang=zh&view=regions&product=rod&embed=1&b=xinjiang",
    ),
    (
        "lang=en&carbonprice=75.36:eur&product=rod",
        "lang=en&view=path&product=rod&carbonprice=75.36%3AEUR",
    ),
    (
        "lang=en&carbonprice=600&view=regions",
        "lang=en&view=regions&product=lv-cable&carbonprice=600",
    ),
    (
        "lang=en&carbonprice=-5&b=Wenshan",
        "lang=en&view=path&product=lv-cable",
    ),
    (
        "lang=zh&carbonprice=1e9:EUR",
        "lang=zh&view=path&product=lv-cable",
    ),
    (
        "lang=en&carbonprice=abc:usd",
        "lang=en&view=path&product=lv-cable",
    ),
];

/// States built by clicks, which no single link reads in the same order: figures edited
/// in another order than the link table's, edits a link cannot carry.
fn golden_clicks() -> Vec<(&'static str, AppState, &'static str)> {
    let en = || AppState::with_default_dataset(Lang::En);
    vec![
        (
            "melt, then price, then scrap price",
            en().apply(Action::Figures(FigureAction::Edit(Edit::MeltLoss { base: 0.025 })))
                .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice { base: 16_000.0 })))
                .apply(Action::Figures(FigureAction::Edit(Edit::ScrapPrice { base: 11_000.0 }))),
            "lang=en&view=path&product=lv-cable&melt=0.025&price=16000&scrapprice=11000",
        ),
        (
            "yield before added value, then price",
            en().apply(Action::Figures(FigureAction::Edit(Edit::StepYield {
                from: "primary".into(),
                to: "rod".into(),
                value: 0.9,
            })))
            .apply(Action::Figures(FigureAction::Edit(Edit::StepAddedValue {
                from: "rod".into(),
                to: "lv-cable".into(),
                base: 5_000.0,
            })))
            .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice { base: 17_000.0 }))),
            "lang=en&view=path&product=lv-cable&price=17000&av=rod.lv-cable%3A5000&yield=primary.rod%3A0.9",
        ),
        (
            "scenario by clicks",
            en().apply(Action::Frame(FrameAction::SetView(View::Scenario)))
                .apply(Action::Scenario(ScenarioAction::SetScrapFate(ScrapFate::Sold)))
                .apply(Action::Scenario(ScenarioAction::SetRamp(Ramp::Linear)))
                .apply(Action::Scenario(ScenarioAction::SetTarget(None)))
                .apply(Action::Scenario(ScenarioAction::SetLocal {
                    product: "wheels".into(),
                    local: false,
                }))
                .apply(Action::Frame(FrameAction::SetCurrency(Some(Currency {
                    code: "JPY".into(),
                    per_yuan: 20.5,
                })))),
            "lang=en&view=scenario&product=lv-cable&scrap=sold&nl=wheels&ramp=linear&target=none&cur=JPY%3A20.5",
        ),
        (
            "a region picked, then a product and its price",
            en().apply(Action::Data(DataAction::SelectRegion("gongyi".into())))
                .apply(Action::Path(PathAction::SelectProduct("furniture".into())))
                .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice { base: 16_000.0 }))),
            "lang=en&view=path&product=furniture&price=16000&region=gongyi",
        ),
        (
            "two regions picked, then the CBAM example",
            en().apply(Action::Frame(FrameAction::SetView(View::Regions)))
                .apply(Action::Data(DataAction::SelectPairRegion {
                    side: PairSide::B,
                    id: "xinjiang".into(),
                }))
                .apply(Action::Data(DataAction::SelectPairRegion {
                    side: PairSide::A,
                    id: "wenshan".into(),
                }))
                .apply(Action::Frame(FrameAction::SetCarbonPrice(Some(
                    CarbonPrice::cbam_example(),
                )))),
            "lang=en&view=regions&product=lv-cable&carbonprice=75.36%3AEUR&a=wenshan&b=xinjiang",
        ),
    ]
}

/// The link-visible part of a state, one field a line.
fn seen(s: &AppState) -> String {
    seen_with(s, s.edits().to_vec())
}

/// `seen` with the edits as a set (a link groups them by kind, so their order is lost).
fn seen_unordered(s: &AppState) -> String {
    let mut edits = s.edits().to_vec();
    edits.sort_by_cached_key(|e| format!("{e:?}"));
    seen_with(s, edits)
}

fn seen_with(s: &AppState, edits: Vec<Edit>) -> String {
    [
        format!("lang {:?} view {:?}", s.lang, s.view),
        format!("path {:?}", s.path()),
        format!("edits {edits:?}"),
        format!("metal price {}", s.dataset().metal_price().base),
        format!("scenario {:?}", s.scenario()),
        format!("currency {:?}", s.currency),
        format!(
            "basis {:?} firms {:?} per {:?}",
            s.basis, s.firms, s.per_ton
        ),
        format!("embed {} locked {} theme {:?}", s.embed, s.locked, s.theme),
        format!("carbon price {:?} pair {:?}", s.carbon_price, s.pair()),
        format!("source {:?} pending {:?}", s.source(), s.pending()),
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
        let back = from_query(&to_query(&state), &NO_LANGS);
        assert_eq!(seen_unordered(&back), seen_unordered(&state), "{what}");
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

const PRODUCTS: [&str; 5] = ["lv-cable", "furniture", "casings", "rod", "wheels"];

const REGIONS: [&str; 6] = [
    "binzhou", "baotou", "baise", "gongyi", "xinjiang", "wenshan",
];

/// A state made by clicks a link can carry.
fn state() -> impl Strategy<Value = AppState> {
    (
        (
            any::<bool>(),
            0..4_usize,
            0..PRODUCTS.len(),
            10_000.0..30_000.0_f64,
        ),
        (any::<bool>(), 1..=MAX_YEARS, any::<bool>(), 0.0..0.3_f64),
        (any::<bool>(), any::<bool>(), any::<bool>(), 0.01..10.0_f64),
        (0..3_usize, 1e5..1e7_f64, 0..PRODUCTS.len()),
        (any::<bool>(), 0..3_usize, any::<bool>(), 0..REGIONS.len()),
        (
            0..REGIONS.len(),
            0..REGIONS.len(),
            prop::option::of(0.0..2000.0_f64),
            any::<bool>(),
        ),
    )
        .prop_map(|(a, b, c, d, e, f)| {
            let (pair_a, pair_b, carbon, euro) = f;
            let (zh, view, product, price) = a;
            let (sold, years, linear, melt) = b;
            let (embed, lock, themed, rate) = c;
            let (order, tonnes, not_local) = d;
            let (statistical, firms, per_product, region) = e;
            let per = if per_product {
                PerTon::Product
            } else {
                PerTon::Metal
            };
            let basis = if statistical {
                MoneyBasis::Statistical
            } else {
                MoneyBasis::Market
            };
            let lang = if zh { Lang::Zh } else { Lang::En };
            let view = [View::Path, View::Compare, View::Scenario, View::Regions][view];
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
                .apply(Action::Data(DataAction::SelectRegion(
                    REGIONS[region].into(),
                )))
                .apply(Action::Frame(FrameAction::SetView(view)))
                .apply(Action::Path(PathAction::SelectProduct(
                    PRODUCTS[product].into(),
                )))
                .apply(Action::Scenario(ScenarioAction::SetScrapFate(fate)))
                .apply(Action::Scenario(ScenarioAction::SetYears(years)))
                .apply(Action::Scenario(ScenarioAction::SetRamp(ramp)))
                .apply(Action::Scenario(ScenarioAction::SetTonnage {
                    side: Side::Plan,
                    tonnes,
                }))
                .apply(Action::Scenario(ScenarioAction::SetLocal {
                    product: PRODUCTS[not_local].into(),
                    local: false,
                }))
                .apply(Action::Frame(FrameAction::SetCurrency(Some(Currency {
                    code: "USD".into(),
                    per_yuan: rate,
                }))))
                .apply(Action::Frame(FrameAction::SetBasis(basis)))
                .apply(Action::Frame(FrameAction::SetFirms(
                    FirmBoundaries::ALL[firms],
                )))
                .apply(Action::Frame(FrameAction::SetPerTon(per)))
                .apply(Action::Frame(FrameAction::SetEmbed(embed)))
                .apply(Action::Frame(FrameAction::SetLocked(lock)));
            for edit in figures {
                s = s.apply(Action::Figures(FigureAction::Edit(edit)));
            }
            let currency = if euro {
                CarbonCurrency::Euro
            } else {
                CarbonCurrency::Yuan
            };
            s = s
                .apply(Action::Data(DataAction::SelectPairRegion {
                    side: PairSide::A,
                    id: REGIONS[pair_a].into(),
                }))
                .apply(Action::Data(DataAction::SelectPairRegion {
                    side: PairSide::B,
                    id: REGIONS[pair_b].into(),
                }))
                .apply(Action::Frame(FrameAction::SetCarbonPrice(
                    carbon.and_then(|p| CarbonPrice::new(p, currency)),
                )));
            if themed {
                s = s.apply(Action::Frame(FrameAction::SetTheme(Some("#c0392b".into()))));
            }
            s
        })
}

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
        prop_assert_eq!(seen_unordered(&back), seen_unordered(&s), "{}", link);
    }
}
