//! The scenario's target field (issue 25, "Targets"): what a visitor types is read in the
//! measure's own unit (percent for a rate, yuan for an amount), and choosing another
//! measure starts its field from that measure's default, never from the old number.
#![cfg(not(target_arch = "wasm32"))]

use value_chain::i18n::Lang;
use value_chain::model::{evaluate_scenario, Metric};
use value_chain::number::{parse_input, InputKind, NumberError};
use value_chain::state::{Action, AppState, ScenarioAction};
use value_chain::ui::format::target_input_value;

use Metric::*;
use NumberError::*;

/// What the target field of `metric` reads from `typed`.
#[track_caller]
fn reads(metric: Metric, typed: &str, want: Result<f64, NumberError>) {
    let got = parse_input(typed, InputKind::for_target(metric));
    match (&got, &want) {
        (Ok(g), Ok(w)) => assert!(
            (g - w).abs() <= 1e-12 * w.abs().max(1.0),
            "{metric:?} {typed:?}: {g} ≠ {w}"
        ),
        _ => assert_eq!(got, want, "{metric:?} {typed:?}"),
    }
}

#[test]
fn each_measure_reads_its_own_unit() {
    // A rate: whatever is typed is percent (the field says "%").
    reads(DeepProcessingRate, "60%", Ok(0.6));
    reads(DeepProcessingRate, "60", Ok(0.6));
    reads(DeepProcessingRate, "６０％", Ok(0.6));
    reads(DeepProcessingRate, " 60 % ", Ok(0.6));
    reads(DeepProcessingRate, "12.5", Ok(0.125));
    reads(DeepProcessingRate, "0.5", Ok(0.005));
    reads(DeepProcessingRate, "0", Ok(0.0));
    reads(DeepProcessingRate, "100%", Ok(1.0));
    reads(DeepProcessingRate, "101", Err(TooLarge { max: 100.0 }));
    reads(DeepProcessingRate, "6000%", Err(TooLarge { max: 100.0 }));
    reads(DeepProcessingRate, "-5%", Err(TooSmall { min: 0.0 }));
    reads(DeepProcessingRate, "abc", Err(NotANumber));
    // An amount: yuan, in 万/亿 or with separators; a percent sign is not taken as yuan.
    for metric in [AddedValue, OutputValue, GrossOutput, RetainedValue] {
        reads(metric, "600亿", Ok(6e10));
        reads(metric, "60,000,000,000", Ok(6e10));
        reads(metric, "1.2亿", Ok(1.2e8));
        reads(metric, "8万", Ok(8e4));
        reads(metric, "0", Ok(0.0));
        reads(metric, "60%", Err(NotPercent));
        reads(metric, "-5", Err(TooSmall { min: 0.0 }));
        reads(metric, "2e15", Err(TooLarge { max: 1e15 }));
        reads(metric, "", Err(Empty));
    }
}

/// After choosing `to` (from the default plan's target, a rate of 50 %), the target is
/// that measure's own default: the plan's figure rounded down to two significant digits
/// (a rate to a whole percent), and its field shows it in a form that reads back.
#[track_caller]
fn switches_to(from: Metric, to: Metric) {
    let s = AppState::with_default_dataset(Lang::En)
        .apply(Action::Scenario(ScenarioAction::SetTargetMetric(Some(
            from,
        ))))
        .apply(Action::Scenario(ScenarioAction::SetTargetMetric(Some(to))));
    let target = s.scenario().target.expect("a target");
    assert_eq!(target.metric, to);
    let plan = to.of(&evaluate_scenario(s.dataset(), &s.scenario().plan).unwrap());
    assert!(plan > 0.0, "{to:?}: the default plan has some of it");
    let (low, high) = if to.is_rate() {
        (plan - 0.01, plan + 1e-9)
    } else {
        (plan * 0.9, plan * (1.0 + 1e-9))
    };
    assert!(
        (low..=high).contains(&target.value),
        "{from:?} → {to:?}: {} for a plan at {plan}",
        target.value
    );
    for lang in [Lang::En, Lang::Zh] {
        let shown = target_input_value(Some(to), target.value, lang);
        let back = parse_input(&shown, InputKind::for_target(to)).unwrap();
        assert!(
            (back - target.value).abs() <= 1e-9 * target.value.max(1.0),
            "{to:?} shown as {shown:?} reads back as {back}"
        );
    }
    assert!(s.notices.is_empty(), "{:?}", s.notices);
}

#[test]
fn another_measure_starts_from_its_own_default() {
    for from in Metric::ALL {
        for to in Metric::ALL {
            if from != to {
                switches_to(from, to);
            }
        }
    }
    // The rate's default for the Shandong plan is its 50 %, not 49 %.
    let s = AppState::with_default_dataset(Lang::En)
        .apply(Action::Scenario(ScenarioAction::SetTargetMetric(Some(
            AddedValue,
        ))))
        .apply(Action::Scenario(ScenarioAction::SetTargetMetric(Some(
            DeepProcessingRate,
        ))));
    assert_eq!(s.scenario().target.map(|t| t.value), Some(0.5));
    // The same measure again keeps the value typed for it.
    let s = s
        .apply(Action::Scenario(ScenarioAction::SetTargetValue(0.6)))
        .apply(Action::Scenario(ScenarioAction::SetTargetMetric(Some(
            DeepProcessingRate,
        ))));
    assert_eq!(s.scenario().target.map(|t| t.value), Some(0.6));
}
