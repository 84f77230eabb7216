#![cfg(not(target_arch = "wasm32"))]
//! Regions in the page (issue 29): the `region=` link parameter both ways, the reducer's
//! `SelectRegion`, the pages' links and the exports naming the region. The regions' own
//! figures are the model's tests' (`model/tests/regions.rs`).
use value_chain::export::{assumptions_json, comparison_csv};
use value_chain::i18n::Lang;
use value_chain::link::{from_query, to_query};
use value_chain::model::{rank_products, region, MoneyBasis};
use value_chain::regions;
use value_chain::state::{
    Action, AppState, DataAction, DataSource, FigureAction, FrameAction, Notice, PathAction,
    Problem, Subject, View,
};

const NO_LANGS: [&str; 0] = [];

/// Rod's added value per ton in the state's dataset.
fn rod(s: &AppState) -> f64 {
    s.dataset()
        .step("primary", "rod")
        .map(|step| step.added_value.base)
        .unwrap_or(f64::NAN)
}

/// A link read: the region in force, the link it writes, and the notices' link keys.
#[track_caller]
fn check_link(query: &str, region: &str, written: &str, bad: &[&str]) {
    let s = from_query(query, &NO_LANGS);
    assert_eq!(s.region(), Some(region), "{query}: region");
    assert_eq!(to_query(&s), written, "{query}: written");
    let keys: Vec<&str> = s
        .notices
        .iter()
        .filter_map(|n| match n {
            Notice::BadLinkValue { param, .. } => Some(param.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(keys, bad, "{query}: notices {:?}", s.notices);
    assert_eq!(s.notices.len(), bad.len(), "{query}: {:?}", s.notices);
    assert!(s.pending().is_none(), "{query}: a region never waits");
    // The region's own figures, resolved.
    let want = regions::resolve(region).expect("known").expect("resolves");
    assert_eq!(**s.reference(), *want, "{query}: dataset");
    // The written link reads back as the same state.
    let back = from_query(&to_query(&s), &NO_LANGS);
    assert_eq!(back.region(), Some(region), "{query}: read back");
    assert_eq!(to_query(&back), written, "{query}: written back");
}

#[test]
fn the_region_parameter_reads_and_writes() {
    check_link(
        "lang=en",
        "binzhou",
        "lang=en&view=path&product=lv-cable",
        &[],
    );
    check_link(
        "lang=en&region=baotou&product=rod",
        "baotou",
        "lang=en&view=path&product=rod&region=baotou",
        &[],
    );
    check_link(
        "region=%20wenshan%20&lang=zh&view=compare",
        "wenshan",
        "lang=zh&view=compare&product=lv-cable&region=wenshan",
        &[],
    );
    // The default region is the built-in chain: its links leave it out.
    check_link(
        "lang=en&region=binzhou",
        "binzhou",
        "lang=en&view=path&product=lv-cable",
        &[],
    );
    // Unknown ids and other spellings: a notice, the default region.
    for bad in ["atlantis", "Baotou", "", "../baotou", "stored:baotou"] {
        check_link(
            &format!("lang=en&region={bad}"),
            "binzhou",
            "lang=en&view=path&product=lv-cable",
            &["region"],
        );
    }
    // A region and a file: the last named wins.
    check_link(
        "lang=en&data=%2Fchains%2Fzouping.json&region=gongyi",
        "gongyi",
        "lang=en&view=path&product=lv-cable&region=gongyi",
        &[],
    );
    let file_last = from_query("lang=en&region=gongyi&data=%2Fx.json", &NO_LANGS);
    assert_eq!(*file_last.source(), DataSource::Url("/x.json".into()));
    assert_eq!(file_last.region(), None);
    // The link's figures apply to the region's: an edit of Baotou's rod fee.
    let edited = from_query("lang=en&region=baotou&av=primary.rod:999", &NO_LANGS);
    assert_eq!(edited.region(), Some("baotou"));
    assert_eq!(rod(&edited), 999.0);
    assert!(to_query(&edited).ends_with("&region=baotou"));
}

#[test]
fn a_unknown_region_notice_is_worded_in_both_languages() {
    let s = from_query("lang=zh&region=atlantis", &NO_LANGS);
    let zh = s.notices[0].message(Lang::Zh);
    let en = s.notices[0].message(Lang::En);
    assert!(
        zh.contains("region=atlantis") && zh.contains("默认"),
        "{zh}"
    );
    assert!(
        en.contains("region=atlantis") && en.contains("default"),
        "{en}"
    );
}

/// A region picked on a state: the region (none: refused), the path, the view and the
/// language after it.
#[track_caller]
fn check_pick(start: &AppState, id: &str, region: Option<&str>, path_kept: bool) {
    let after = start
        .clone()
        .apply(Action::Data(DataAction::SelectRegion(id.into())));
    // Refused (`region` none): the region in force stays.
    assert_eq!(after.region(), region.or(start.region()), "{id}: region");
    assert_eq!(after.lang, start.lang, "{id}: language");
    assert_eq!(after.view, start.view, "{id}: view");
    assert_eq!(after.path() == start.path(), path_kept, "{id}: path");
    match region {
        Some(region) => {
            assert!(after.notices.is_empty(), "{id}: {:?}", after.notices);
            assert!(after.edits().is_empty(), "{id}: edits go");
            let want = regions::resolve(region).expect("known").expect("resolves");
            assert_eq!(**after.dataset(), *want, "{id}: dataset");
        }
        None => {
            // Refused: the state as it was, with a notice naming the region.
            let mut same = after.clone();
            same.notices.clear();
            let mut before = start.clone();
            before.notices.clear();
            assert_eq!(same, before, "{id}: unchanged");
            assert!(
                matches!(
                    after.notices.last(),
                    Some(Notice::Rejected { what: Subject::Region(r), errors })
                        if r == id && matches!(errors.first(), Some(Problem::UnknownRegion { .. }))
                ),
                "{id}: {:?}",
                after.notices
            );
        }
    }
}

#[test]
fn picking_a_region_goes_through_the_reducer() {
    let furniture = AppState::with_default_dataset(Lang::En)
        .apply(Action::Path(PathAction::SelectProduct("furniture".into())))
        .apply(Action::Frame(FrameAction::SetView(View::Compare)))
        .apply(Action::Figures(FigureAction::Edit(
            value_chain::model::Edit::MetalPrice { base: 15_000.0 },
        )));
    for id in region::builtin_ids() {
        check_pick(&furniture, id, Some(id), true);
    }
    check_pick(&furniture, "atlantis", None, true);
    check_pick(&furniture, "", None, true);
    // Back to the default region: the built-in dataset, as a fresh page has it.
    let baotou = furniture
        .clone()
        .apply(Action::Data(DataAction::SelectRegion("baotou".into())));
    let back = baotou.apply(Action::Data(DataAction::SelectRegion("binzhou".into())));
    assert_eq!(*back.source(), DataSource::Builtin);
    assert_eq!(
        back.dataset(),
        AppState::with_default_dataset(Lang::En).dataset()
    );
}

#[test]
fn the_default_dataset_is_the_default_region_with_the_chains_figures() {
    let s = AppState::with_default_dataset(Lang::Zh);
    assert_eq!(s.region(), Some(regions::DEFAULT));
    let profile = s.dataset().region().profile.as_ref().expect("profile");
    assert_eq!(profile.id, regions::DEFAULT);
    // Nothing but the profile differs from the chain.
    let chain = value_chain::model::Dataset::binzhou().expect("chain");
    let mut file = s.dataset().file().clone();
    file.region.profile = None;
    assert_eq!(&file, chain.file());
}

#[test]
fn the_share_link_of_a_region_is_its_products_page_with_the_region() {
    // The region's own page of the product; its compact card is the plain one's with the
    // region in the query (no region has cards of its own).
    let s = from_query("lang=en&product=furniture&region=baotou", &NO_LANGS);
    assert_eq!(value_chain::pages::link_for(&s), "en/baotou/furniture/");
    let embed = s.apply(Action::Frame(FrameAction::SetEmbed(true)));
    assert_eq!(
        value_chain::pages::link_for(&embed),
        "en/furniture/embed/?region=baotou"
    );
}

#[test]
fn exports_name_the_region() {
    for lang in [Lang::En, Lang::Zh] {
        let s = from_query(&format!("lang={}&region=wenshan", lang.code()), &NO_LANGS);
        let ds = s.dataset();
        let ranked = rank_products(ds).expect("ranked");
        let csv = comparison_csv(ds, &ranked, MoneyBasis::Market, lang);
        let last = csv.trim_end().lines().last().unwrap_or_default();
        let label = if lang == Lang::En { "Region" } else { "地区" };
        assert!(last.starts_with(label), "{last}");
        let id = if lang == Lang::En {
            "(wenshan)"
        } else {
            "（wenshan）"
        };
        assert!(
            last.contains(ds.name().get(lang)) && last.contains(id),
            "{last}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&assumptions_json(ds, s.edits()).expect("json")).expect("parses");
        assert_eq!(json["region"]["id"], "wenshan");
        assert_eq!(json["dataset"]["region"]["profile"]["id"], "wenshan");
    }
}
