//! Tables of the fallible apply: a batch is all or nothing on its intents' results, a
//! refused action changes nothing and returns its notice, and each kind of nested action
//! reaches its sub-reducer.
use std::collections::BTreeMap;
use std::rc::Rc;

use super::*;
use crate::i18n::Lang;
use crate::model::{Dataset, Edit, Figure, Metric, ModelError, Ramp, ScrapFate, Target};

fn state() -> AppState {
    AppState::with_default_dataset(Lang::En)
}

fn years(y: u32) -> ScenarioAction {
    ScenarioAction::SetYears(y)
}

fn tonnage(tonnes: f64) -> ScenarioAction {
    ScenarioAction::SetTonnage {
        side: Side::Plan,
        tonnes,
    }
}

fn model(what: Subject, error: ModelError) -> Notice {
    Notice::Rejected {
        what,
        errors: vec![Problem::Model(error)],
    }
}

/// `try_apply` of a batch refuses it whole with `notice`; `apply` leaves out only the
/// refused intents, each with its notice, and keeps the others.
#[track_caller]
fn batch_refused(batch: Vec<ScenarioAction>, notice: Notice, kept: fn(&ScenarioInputs) -> bool) {
    let before = state();
    let mut tried = before.clone();
    let result = tried.try_apply(Action::ScenarioBatch(batch.clone()));
    assert_eq!(result, Err(notice), "{batch:?}");
    assert_eq!(tried, before, "{batch:?}: a refused batch changes nothing");
    let lenient = before.apply(Action::ScenarioBatch(batch.clone()));
    assert!(
        kept(lenient.scenario()),
        "{batch:?}: {:?}",
        lenient.scenario()
    );
    assert_eq!(lenient.notices.len(), 1, "{batch:?}: {:?}", lenient.notices);
}

#[test]
fn a_batch_with_one_refused_intent_changes_nothing_and_returns_its_notice() {
    let bad_years = model(
        Subject::Years,
        ModelError::InvalidYears {
            years: 0,
            max: crate::model::MAX_YEARS,
        },
    );
    batch_refused(
        vec![
            tonnage(3e6),
            years(0),
            ScenarioAction::SetRamp(Ramp::Linear),
        ],
        bad_years.clone(),
        |s| s.plan.tonnage == 3e6 && s.ramp == Ramp::Linear,
    );
    batch_refused(vec![years(0), years(7)], bad_years, |s| s.years == 7);
    batch_refused(
        vec![
            years(8),
            ScenarioAction::SetTarget(Some(Target {
                metric: Metric::AddedValue,
                value: -1.0,
            })),
        ],
        model(Subject::Target, ModelError::InvalidTarget { value: -1.0 }),
        |s| s.years == 8,
    );
    batch_refused(
        vec![ScenarioAction::ApplyPreset("nowhere".into()), years(2)],
        model(
            Subject::Preset("nowhere".into()),
            ModelError::UnknownPreset {
                id: "nowhere".into(),
            },
        ),
        |s| s.years == 2,
    );
}

#[test]
fn a_batch_whose_scenario_the_model_refuses_says_so_as_the_scenarios_notice() {
    // Each intent is taken on its own in a batch; the model refuses what they make.
    let batch = vec![years(4), tonnage(-1.0)];
    let mut s = state();
    let before = s.clone();
    match s.try_apply(Action::ScenarioBatch(batch.clone())) {
        Err(Notice::Rejected {
            what: Subject::Scenario,
            errors,
        }) => assert!(
            matches!(errors.as_slice(), [Problem::Model(_)]),
            "{errors:?}"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(s, before);
    // The page's apply keeps the years and leaves out the tonnage, with its own notice.
    let s = before.apply(Action::ScenarioBatch(batch));
    assert_eq!(s.scenario().years, 4);
    assert!(
        matches!(
            s.notices.as_slice(),
            [Notice::Rejected {
                what: Subject::Tonnage,
                ..
            }]
        ),
        "{:?}",
        s.notices
    );
}

#[test]
fn a_batch_of_edits_with_one_refused_changes_nothing_and_returns_its_notice() {
    let bad = Edit::StepYield {
        from: "primary".into(),
        to: "rod".into(),
        value: 1.5,
    };
    let batch = vec![Edit::MetalPrice { base: 15_000.0 }, bad.clone()];
    let mut s = state();
    let before = s.clone();
    match s.try_apply(Action::Figures(FigureAction::Edits(batch.clone()))) {
        Err(Notice::Rejected {
            what: Subject::Figure(figure),
            ..
        }) => assert_eq!(figure, bad.figure()),
        other => panic!("{other:?}"),
    }
    assert_eq!(s, before);
    let s = before.apply(Action::Figures(FigureAction::Edits(batch)));
    assert_eq!(s.edits(), [Edit::MetalPrice { base: 15_000.0 }]);
    assert_eq!(s.notices.len(), 1, "{:?}", s.notices);
}

/// One action of each kind: `try_apply` takes it (Ok), `apply` gives the same state, and
/// `changed` holds of it.
#[track_caller]
fn takes(action: Action, changed: fn(&AppState) -> bool) {
    let mut tried = state();
    assert_eq!(tried.try_apply(action.clone()), Ok(()), "{action:?}");
    assert!(changed(&tried), "{action:?}");
    assert_eq!(state().apply(action.clone()), tried, "{action:?}");
}

#[test]
fn each_kind_of_action_reaches_its_sub_reducer() {
    takes(Action::Frame(FrameAction::SetLang(Lang::Zh)), |s| {
        s.lang == Lang::Zh
    });
    takes(Action::Frame(FrameAction::SetView(View::Scenario)), |s| {
        s.view == View::Scenario
    });
    takes(Action::Frame(FrameAction::SetEmbed(true)), |s| s.embed);
    takes(
        Action::Path(PathAction::OpenProduct("furniture".into())),
        |s| s.path().last().map(String::as_str) == Some("furniture") && s.view == View::Path,
    );
    takes(
        Action::Figures(FigureAction::Edit(Edit::MetalPrice { base: 15_000.0 })),
        |s| s.is_edited(&Figure::MetalPrice) && s.dataset().metal_price().base == 15_000.0,
    );
    takes(
        Action::Figures(FigureAction::Edits(vec![Edit::MeltLoss { base: 0.03 }])),
        |s| s.is_edited(&Figure::MeltLoss),
    );
    takes(
        Action::Data(DataAction::RequestDataset(DataSource::Url(
            "/x.json".into(),
        ))),
        |s| *s.source() == DataSource::Url("/x.json".into()),
    );
    takes(
        Action::Data(DataAction::ImportDataset {
            dataset: Rc::new(Dataset::binzhou().unwrap()),
            source: DataSource::Stored("0123456789abcdef".into()),
            notices: Vec::new(),
        }),
        |s| matches!(s.source(), DataSource::Stored(_)),
    );
    takes(
        Action::Data(DataAction::SelectRegion("baotou".into())),
        |s| s.region() == Some("baotou"),
    );
    takes(Action::Scenario(ScenarioAction::SetYears(9)), |s| {
        s.scenario().years == 9
    });
    takes(
        Action::Scenario(ScenarioAction::SetScrapFate(ScrapFate::Sold)),
        |s| s.scenario().plan.scrap == ScrapFate::Sold,
    );
    takes(
        Action::ScenarioBatch(vec![
            ScenarioAction::SetShares {
                side: Side::Plan,
                shares: BTreeMap::from([("rod".into(), 0.9)]),
            },
            tonnage(4e6),
        ]),
        |s| s.scenario().plan.tonnage == 4e6 && s.scenario().plan.shares.len() == 1,
    );
    takes(
        Action::Notify(Notice::BadLinkValue {
            param: "q".into(),
            value: "x".into(),
        }),
        |s| s.notices.len() == 1,
    );
    takes(Action::DismissNotices, |s| s.notices.is_empty());
    let restored = state().apply(Action::Frame(FrameAction::SetView(View::Compare)));
    takes(Action::Restore(Box::new(restored)), |s| {
        s.view == View::Compare
    });
}

/// A refused single action: `Err` with a notice, and the state as it was.
#[track_caller]
fn refused(action: Action) {
    let mut s = state();
    let result = s.try_apply(action.clone());
    assert!(
        matches!(result, Err(Notice::Rejected { .. })),
        "{action:?}: {result:?}"
    );
    assert_eq!(s, state(), "{action:?}");
}

#[test]
fn a_refused_action_returns_its_notice_and_changes_nothing() {
    refused(Action::Path(PathAction::SelectProduct("nowhere".into())));
    refused(Action::Path(PathAction::OpenProduct("nowhere".into())));
    refused(Action::Path(PathAction::SelectPath(vec!["rod".into()])));
    refused(Action::Figures(FigureAction::Edit(Edit::MeltLoss {
        base: 2.0,
    })));
    refused(Action::Scenario(tonnage(f64::NAN)));
    refused(Action::Scenario(years(0)));
    refused(Action::Scenario(ScenarioAction::ApplyPreset("x".into())));
    refused(Action::ScenarioBatch(vec![years(3), tonnage(-5.0)]));
    refused(Action::Data(DataAction::SelectRegion("atlantis".into())));
}
