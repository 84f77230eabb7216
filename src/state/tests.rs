//! The reducer's tests, one behaviour each; `batch.rs` holds the batches' tables.
use std::collections::BTreeMap;
use std::rc::Rc;

use super::figures::apply_edits;
use super::*;
use crate::i18n::Lang;
use crate::model::{Dataset, Edit, Figure, Metric, ScrapFate, Target, MAX_YEARS};

fn state() -> AppState {
    AppState::with_default_dataset(Lang::En)
}

#[test]
fn starts_on_the_cable_path() {
    let s = state();
    assert_eq!(s.path, ["primary", "rod", "lv-cable"]);
    assert!(s.notices.is_empty());
}

#[test]
fn selects_products_and_paths() {
    let s = state().apply(Action::Path(PathAction::SelectProduct("furniture".into())));
    assert_eq!(s.path.last().map(String::as_str), Some("furniture"));
    let s = s.apply(Action::Path(PathAction::SelectPath(vec![
        "primary".into(),
        "rod".into(),
    ])));
    assert_eq!(s.path, ["primary", "rod"]);
    let s = s.apply(Action::Path(PathAction::SelectPath(vec![
        "primary".into(),
        "furniture".into(),
    ])));
    assert_eq!(s.path, ["primary", "rod"], "a path with no step is refused");
    assert_eq!(s.notices.len(), 1);
    let s = s.apply(Action::Path(PathAction::SelectProduct("nonsense".into())));
    assert_eq!(s.notices.len(), 2);
}

#[test]
fn edits_replace_each_other_and_reset() {
    let s = state()
        .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice {
            base: 15000.0,
        })))
        .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice {
            base: 16000.0,
        })));
    assert_eq!(s.edits.len(), 1);
    assert_eq!(s.dataset.metal_price().base, 16000.0);
    assert!(s.is_edited(&Figure::MetalPrice));
    let s = s.apply(Action::Figures(FigureAction::ResetFigure(
        Figure::MetalPrice,
    )));
    assert!(!s.is_edited(&Figure::MetalPrice));
    assert_eq!(s.dataset, s.reference);
}

#[track_caller]
fn shows_source_range(edit: Option<Edit>, figure: Figure, sourced: (f64, f64), yours: Option<f64>) {
    let query = format!("{edit:?}");
    let s = edit
        .map(FigureAction::Edit)
        .map(Action::Figures)
        .into_iter()
        .fold(state(), AppState::apply);
    assert!(s.notices.is_empty(), "{query}: {:?}", s.notices);
    let range = s.sourced_range(&figure).expect("a ranged figure");
    assert_eq!(
        (range.low, range.high),
        sourced,
        "{query}: the source's range"
    );
    assert_eq!(s.your_value(&figure), yours, "{query}: the visitor's value");
    // The model computes with a range that holds the value in force.
    let computed = s.dataset.range_of(&figure).expect("a ranged figure");
    let value = s
        .dataset
        .value_of(&figure)
        .expect("a figure of the dataset");
    assert!(
        computed.low <= value && value <= computed.high,
        "{query}: {computed:?} holds {value}"
    );
}

#[test]
fn an_edit_leaves_the_sources_range_and_is_shown_as_the_visitors_value() {
    let price = Figure::MetalPrice;
    let furniture = Figure::StepAddedValue {
        from: "profile".into(),
        to: "furniture".into(),
    };
    let rod_yield = Figure::StepYield {
        from: "primary".into(),
        to: "rod".into(),
    };
    let scrap = Figure::ScrapPrice;
    // (edit, figure, the source's low–high, the visitor's value)
    let cases = [
        (None, price.clone(), (13_500.0, 14_300.0), None),
        (
            Some(Edit::MetalPrice { base: 20_000.0 }),
            price.clone(),
            (13_500.0, 14_300.0),
            Some(20_000.0),
        ),
        (
            Some(Edit::MetalPrice { base: 1_000.0 }),
            price.clone(),
            (13_500.0, 14_300.0),
            Some(1_000.0),
        ),
        (
            Some(Edit::MetalPrice { base: 14_000.0 }),
            price,
            (13_500.0, 14_300.0),
            Some(14_000.0),
        ),
        (
            Some(Edit::StepAddedValue {
                from: "profile".into(),
                to: "furniture".into(),
                base: 123.0,
            }),
            furniture.clone(),
            (70_000.0, 84_000.0),
            Some(123.0),
        ),
        (
            Some(Edit::StepAddedValue {
                from: "profile".into(),
                to: "furniture".into(),
                base: 100_000.0,
            }),
            furniture,
            (70_000.0, 84_000.0),
            Some(100_000.0),
        ),
        (
            Some(Edit::StepYield {
                from: "primary".into(),
                to: "rod".into(),
                value: 0.5,
            }),
            rod_yield,
            (0.97, 0.99),
            Some(0.5),
        ),
        (
            Some(Edit::ScrapPrice { base: 20_000.0 }),
            scrap,
            (10_000.0, 12_000.0),
            Some(20_000.0),
        ),
    ];
    for (query, figure, sourced, yours) in cases {
        shows_source_range(query, figure, sourced, yours);
    }
}

#[test]
fn refused_edits_keep_the_last_valid_figures() {
    let s = state().apply(Action::Figures(FigureAction::Edit(Edit::StepYield {
        from: "primary".into(),
        to: "rod".into(),
        value: 1.5,
    })));
    assert!(s.edits.is_empty());
    assert_eq!(s.dataset, s.reference);
    assert_eq!(s.notices.len(), 1);
}

#[test]
fn locked_state_ignores_edits() {
    let mut s = state();
    s.locked = true;
    let s = s.apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice {
        base: 15000.0,
    })));
    assert!(s.edits.is_empty());
}

#[test]
fn shares_never_exceed_one() {
    let mut s = state();
    s.scenario.plan.shares.clear();
    let s = s
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Plan,
            product: "rod".into(),
            share: 0.7,
        }))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Plan,
            product: "furniture".into(),
            share: 0.6,
        }));
    assert_eq!(
        s.scenario.plan.shares["furniture"],
        0.30000000000000004_f64.min(1.0 - 0.7)
    );
    let total: f64 = s.scenario.plan.shares.values().sum();
    assert!(total <= 1.0 + 1e-12, "{total}");
    let s = s.apply(Action::Scenario(ScenarioAction::SetShare {
        side: Side::Plan,
        product: "rod".into(),
        share: f64::NAN,
    }));
    assert!(!s.scenario.plan.shares.contains_key("rod"));
}

#[test]
fn example_scenario_is_valid() {
    let s = state();
    let r = crate::model::evaluate_scenario(&s.dataset, &s.scenario.plan);
    assert!(r.is_ok(), "{r:?}");
    // The Shandong preset: about half the metal deep-processed, rod on top of it.
    let total: f64 = s.scenario.plan.shares.values().sum();
    assert!((total - 0.65).abs() < 1e-9, "{total}");
    assert!((r.unwrap().deep_processing_rate - 0.5).abs() < 1e-9);
    assert_eq!(
        s.scenario.target,
        Some(Target {
            metric: crate::model::Metric::DeepProcessingRate,
            value: 0.5
        })
    );
}

#[test]
fn edits_applied_one_by_one_equal_a_replay_of_all() {
    let edits = [
        Edit::MetalPrice { base: 15_000.0 },
        Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 90_000.0,
        },
        Edit::StepYield {
            from: "billet".into(),
            to: "profile".into(),
            value: 0.7,
        },
        Edit::MeltLoss { base: 0.03 },
        // Replaces the first: the replay path.
        Edit::MetalPrice { base: 12_000.0 },
        Edit::ScrapPrice { base: 9_000.0 },
    ];
    let mut s = state();
    for edit in &edits {
        s = s.apply(Action::Figures(FigureAction::Edit(edit.clone())));
        assert_eq!(
            *s.dataset,
            apply_edits(&s.reference, &s.edits).unwrap(),
            "after {edit:?}"
        );
    }
    assert_eq!(s.edits.len(), 5);
    assert_eq!(s.dataset.metal_price().base, 12_000.0);
}

#[test]
fn a_schema_1_import_says_what_it_assumed_in_both_languages() {
    let notice = Notice::of_import(&crate::model::ImportNotice::Schema1 {
        melt_loss: 0.02,
        scrap_price_share: 0.8,
        reference_product: Some("rod".into()),
    });
    let zh = notice.message(Lang::Zh);
    let en = notice.message(Lang::En);
    assert!(
        zh.contains("烧损 2%") && zh.contains("80%") && zh.contains("rod"),
        "{zh}"
    );
    assert!(
        en.contains("melt loss of 2 %") && en.contains("80 %") && en.contains("'rod'"),
        "{en}"
    );
    assert!(!zh.contains("melt"), "{zh}");
}

#[test]
fn presets_and_scrap_fate_are_intents() {
    let s = state().apply(Action::Scenario(ScenarioAction::ApplyPreset(
        "zouping-2020".into(),
    )));
    assert_eq!(
        (s.scenario.plan.tonnage, s.scenario.baseline.tonnage),
        (2e6, 2e6)
    );
    assert_eq!(s.scenario.years, 3);
    assert_eq!(
        s.scenario.target.map(|t| t.metric),
        Some(crate::model::Metric::GrossOutput)
    );
    // Two intents before a render both hold (nothing is rebuilt from a stale copy).
    let s = s
        .apply(Action::Scenario(ScenarioAction::SetScrapFate(
            ScrapFate::Sold,
        )))
        .apply(Action::Scenario(ScenarioAction::SetShare {
            side: Side::Plan,
            product: "rod".into(),
            share: 0.0,
        }));
    assert_eq!(
        (s.scenario.plan.scrap, s.scenario.baseline.scrap),
        (ScrapFate::Sold, ScrapFate::Sold)
    );
    assert_eq!(s.scenario.plan.tonnage, 2e6);
    let before = s.scenario.clone();
    let s = s.apply(Action::Scenario(ScenarioAction::ApplyPreset(
        "nowhere".into(),
    )));
    assert_eq!(s.scenario, before);
    assert!(matches!(s.notices.last(), Some(Notice::Rejected { .. })));
}

#[test]
fn scenario_intents_sent_before_a_render_all_hold() {
    // Each pair of intents is sent to the same state, as two events before a redraw
    // would be: the second must not undo the first.
    let s = state()
        .apply(Action::Scenario(ScenarioAction::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: 10.0,
        }))
        .apply(Action::Scenario(ScenarioAction::SetUplift {
            from: "profile".into(),
            to: "furniture".into(),
            percent: 20.0,
        }))
        .apply(Action::Scenario(ScenarioAction::SetLocal {
            product: "wheels".into(),
            local: false,
        }))
        .apply(Action::Scenario(ScenarioAction::SetLocal {
            product: "furniture".into(),
            local: false,
        }))
        .apply(Action::Scenario(ScenarioAction::SetTonnage {
            side: Side::Plan,
            tonnes: 7e6,
        }))
        .apply(Action::Scenario(ScenarioAction::SetTonnage {
            side: Side::Baseline,
            tonnes: 6e6,
        }))
        .apply(Action::Scenario(ScenarioAction::SetYears(8)))
        .apply(Action::Scenario(ScenarioAction::SetTargetMetric(Some(
            Metric::RetainedValue,
        ))))
        .apply(Action::Scenario(ScenarioAction::SetTargetValue(5e10)));
    let p = &s.scenario.plan;
    assert_eq!(p.uplift.len(), 2, "{:?}", p.uplift);
    assert_eq!(p.local.get("wheels"), Some(&false));
    assert_eq!(p.local.get("furniture"), Some(&false));
    assert_eq!(
        (p.tonnage, s.scenario.baseline.tonnage, s.scenario.years),
        (7e6, 6e6, 8)
    );
    assert_eq!(
        s.scenario.target,
        Some(Target {
            metric: Metric::RetainedValue,
            value: 5e10
        })
    );
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    // Back to the dataset's own flag: no entry left; 0 % uplift removes the step.
    let s = s
        .apply(Action::Scenario(ScenarioAction::SetLocal {
            product: "wheels".into(),
            local: true,
        }))
        .apply(Action::Scenario(ScenarioAction::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: 0.0,
        }));
    assert!(!s.scenario.plan.local.contains_key("wheels"));
    assert_eq!(s.scenario.plan.uplift.len(), 1);
}

#[test]
fn scenario_intents_the_model_refuses_leave_a_notice_and_change_nothing() {
    #[track_caller]
    fn refused(action: Action) {
        let before = state();
        let after = before.clone().apply(action.clone());
        assert_eq!(after.scenario, before.scenario, "{action:?}");
        assert_eq!(after.notices.len(), 1, "{action:?}: {:?}", after.notices);
    }
    refused(Action::Scenario(ScenarioAction::SetUplift {
        from: "rod".into(),
        to: "furniture".into(),
        percent: 5.0,
    }));
    refused(Action::Scenario(ScenarioAction::SetUplift {
        from: "billet".into(),
        to: "profile".into(),
        percent: f64::NAN,
    }));
    refused(Action::Scenario(ScenarioAction::SetUplift {
        from: "billet".into(),
        to: "profile".into(),
        percent: 1e6,
    }));
    refused(Action::Scenario(ScenarioAction::SetLocal {
        product: "unobtainium".into(),
        local: false,
    }));
    refused(Action::Scenario(ScenarioAction::SetTonnage {
        side: Side::Plan,
        tonnes: -1.0,
    }));
    refused(Action::Scenario(ScenarioAction::SetTonnage {
        side: Side::Baseline,
        tonnes: f64::INFINITY,
    }));
    // Found by the link fuzzer: a tonnage the model refuses must not be taken either.
    refused(Action::Scenario(ScenarioAction::SetTonnage {
        side: Side::Baseline,
        tonnes: 3e10,
    }));
    refused(Action::Scenario(ScenarioAction::SetYears(0)));
    refused(Action::Scenario(ScenarioAction::SetYears(MAX_YEARS + 1)));
    refused(Action::Scenario(ScenarioAction::SetTargetValue(f64::NAN)));
    refused(Action::Scenario(ScenarioAction::SetTarget(Some(Target {
        metric: Metric::AddedValue,
        value: -5.0,
    }))));
    refused(Action::Scenario(ScenarioAction::SetShares {
        side: Side::Plan,
        shares: BTreeMap::from([("rod".into(), 0.8), ("furniture".into(), 0.5)]),
    }));
    refused(Action::Scenario(ScenarioAction::SetShares {
        side: Side::Baseline,
        shares: BTreeMap::from([("nowhere".into(), 0.1)]),
    }));
}

#[test]
fn goal_seek_is_applied_from_the_state_in_force() {
    // The target is set after the panel rendered: the applied mix meets the new one.
    let s = state()
        .apply(Action::Scenario(ScenarioAction::SetTarget(Some(Target {
            metric: Metric::DeepProcessingRate,
            value: 0.3,
        }))))
        .apply(Action::Scenario(ScenarioAction::ApplyGoalSeek));
    let r = crate::model::evaluate_scenario(&s.dataset, &s.scenario.plan).unwrap();
    assert!(
        (r.deep_processing_rate - 0.3).abs() < 1e-6,
        "{}",
        r.deep_processing_rate
    );
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    // Without a target there is nothing to seek.
    let s = state().apply(Action::Scenario(ScenarioAction::SetTarget(None)));
    assert_eq!(
        s.clone()
            .apply(Action::Scenario(ScenarioAction::ApplyGoalSeek))
            .scenario,
        s.scenario
    );
}

#[test]
fn open_product_shows_its_path() {
    let s = state()
        .apply(Action::Frame(FrameAction::SetView(View::Compare)))
        .apply(Action::Path(PathAction::OpenProduct("furniture".into())));
    assert_eq!(
        (s.view, s.path.last().map(String::as_str)),
        (View::Path, Some("furniture"))
    );
}

#[test]
fn a_batch_of_edits_equals_the_same_edits_one_by_one() {
    #[track_caller]
    fn same(batch: Vec<Edit>, refused: usize) {
        let one_by_one = batch
            .iter()
            .cloned()
            .map(|e| Action::Figures(FigureAction::Edit(e)))
            .fold(state(), AppState::apply);
        let at_once = state().apply(Action::Figures(FigureAction::Edits(batch)));
        assert_eq!(at_once.dataset, one_by_one.dataset);
        assert_eq!(at_once.edits, one_by_one.edits);
        assert_eq!(at_once.notices.len(), refused, "{:?}", at_once.notices);
    }
    let price = Edit::MetalPrice { base: 15_000.0 };
    let av = Edit::StepAddedValue {
        from: "profile".into(),
        to: "furniture".into(),
        base: 90_000.0,
    };
    let bad_yield = Edit::StepYield {
        from: "primary".into(),
        to: "rod".into(),
        value: 1.5,
    };
    let no_step = Edit::StepAddedValue {
        from: "rod".into(),
        to: "furniture".into(),
        base: 1.0,
    };
    same(vec![price.clone(), av.clone()], 0);
    same(vec![price.clone(), bad_yield, av.clone()], 1);
    same(
        vec![no_step, price.clone(), Edit::MetalPrice { base: 16_000.0 }],
        1,
    );
    same(Vec::new(), 0);
}

#[test]
fn import_keeps_language_and_resets_edits() {
    // Chinese and the compare view before the import: both must survive it (this
    // test's state starts in English on the path view, so a reset would show).
    let s = state()
        .apply(Action::Frame(FrameAction::SetLang(Lang::Zh)))
        .apply(Action::Frame(FrameAction::SetView(View::Compare)))
        .apply(Action::Figures(FigureAction::Edit(Edit::MetalPrice {
            base: 15000.0,
        })));
    assert_eq!(s.edits.len(), 1);
    let ds = Rc::new(Dataset::binzhou().unwrap());
    let s = s.apply(Action::Data(DataAction::ImportDataset {
        dataset: ds,
        source: DataSource::Stored("0123456789abcdef".into()),
        notices: Vec::new(),
    }));
    assert!(s.edits.is_empty());
    assert_eq!((s.lang, s.view), (Lang::Zh, View::Compare));
}

/// A pick of one side of the two-regions view: the pair after it, and whether it was refused.
#[track_caller]
fn check_pair(picks: &[(PairSide, &str)], want: (&str, &str), refused: usize) {
    let mut s = state();
    for (side, id) in picks {
        s = s.apply(Action::Data(DataAction::SelectPairRegion {
            side: *side,
            id: (*id).into(),
        }));
    }
    assert_eq!(
        (s.pair().a.as_str(), s.pair().b.as_str()),
        want,
        "{picks:?}"
    );
    assert_eq!(s.notices.len(), refused, "{picks:?}: {:?}", s.notices);
    // The dataset in force is not the pair's business.
    assert_eq!(s.region(), Some(crate::regions::DEFAULT), "{picks:?}");
}

#[test]
fn the_two_regions_are_picked_one_side_at_a_time() {
    use PairSide::{A, B};
    check_pair(&[], ("binzhou", "wenshan"), 0);
    check_pair(&[(A, "baotou")], ("baotou", "wenshan"), 0);
    check_pair(&[(B, "xinjiang"), (A, "gongyi")], ("gongyi", "xinjiang"), 0);
    check_pair(&[(A, "baotou"), (A, "atlantis")], ("baotou", "wenshan"), 1);
    check_pair(&[(B, "Wenshan"), (B, "")], ("binzhou", "wenshan"), 2);
}

#[test]
fn another_region_in_force_keeps_the_pair_and_the_carbon_price() {
    let price = crate::model::CarbonPrice::cbam_example();
    let s = state()
        .apply(Action::Data(DataAction::SelectPairRegion {
            side: PairSide::A,
            id: "baotou".into(),
        }))
        .apply(Action::Frame(FrameAction::SetCarbonPrice(Some(price))))
        .apply(Action::Data(DataAction::SelectRegion("xinjiang".into())));
    assert_eq!(s.region(), Some("xinjiang"));
    assert_eq!(s.pair().a, "baotou");
    assert_eq!(s.carbon_price, Some(price));
    let s = s.apply(Action::Frame(FrameAction::SetCarbonPrice(None)));
    assert_eq!(s.carbon_price, None);
}

/// Whether two runs of actions end in equal states, and, when they do, that their datasets
/// in force are equal figure by figure (states compare their reference and edits, not the
/// dataset derived from them).
#[track_caller]
fn states_compare(a: &[Action], b: &[Action], equal: bool) {
    let run = |actions: &[Action]| actions.iter().cloned().fold(state(), AppState::apply);
    let (x, y) = (run(a), run(b));
    assert_eq!(x == y, equal, "{a:?} against {b:?}");
    if equal {
        assert_eq!(*x.dataset, *y.dataset);
    }
}

#[test]
fn states_compare_by_reference_and_edits() {
    let edit = |base: f64| Action::Figures(FigureAction::Edit(Edit::MetalPrice { base }));
    let av = Action::Figures(FigureAction::Edit(Edit::StepAddedValue {
        from: "profile".into(),
        to: "furniture".into(),
        base: 90_000.0,
    }));
    let reset = Action::Figures(FigureAction::ResetFigure(Figure::MetalPrice));
    let furniture = Action::Path(PathAction::SelectProduct("furniture".into()));
    // The same edit made twice over: two datasets built apart, equal.
    states_compare(&[edit(15_000.0)], &[edit(15_000.0)], true);
    states_compare(&[edit(15_000.0)], &[edit(16_000.0)], false);
    states_compare(&[edit(15_000.0)], &[], false);
    // An edit taken back: no edits, the reference's figures.
    states_compare(&[edit(15_000.0), reset.clone()], &[], true);
    // The same figure edited twice: the last value counts.
    states_compare(&[edit(12_000.0), edit(15_000.0)], &[edit(15_000.0)], true);
    states_compare(
        &[edit(15_000.0), av.clone()],
        &[edit(15_000.0), av.clone()],
        true,
    );
    // The edits in another order: the same figures, but not the same list of edits.
    states_compare(&[edit(15_000.0), av.clone()], &[av, edit(15_000.0)], false);
    states_compare(&[edit(15_000.0), furniture], &[edit(15_000.0)], false);
}
