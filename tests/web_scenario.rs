//! Browser tests of the scenario view: the figures on screen are the model's, a share
//! moves the plan, and the mix never passes 100 %.
#![cfg(target_arch = "wasm32")]

mod web_support;

use value_chain::model::{compare_scenarios, ScenarioResult};
use value_chain::ui::App;
use wasm_bindgen_test::*;
use web_support::{click, mount, text_of, type_into, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

const QUERY: &str = "?lang=en&view=scenario";

fn data_value(m: &Mounted, id: &str) -> f64 {
    let raw = m
        .find(id)
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
        .get_attribute("data-value")
        .unwrap_or_else(|| panic!("{id} has no data-value"));
    raw.parse()
        .unwrap_or_else(|_| panic!("{id}: data-value {raw:?} is not a number"))
}

fn figures(r: &ScenarioResult) -> [(&'static str, f64); 6] {
    [
        ("added", r.added_value),
        ("output", r.output_value),
        ("retained", r.retained_value),
        ("leaked", r.leaked_value),
        ("deep-rate", r.deep_processing_rate),
        ("top-heavy", r.top_heaviness_tonnage),
    ]
}

#[wasm_bindgen_test]
async fn shows_the_models_figures_for_baseline_and_plan() {
    let m = mount::<App>(QUERY).await;
    let state = value_chain::link::from_query(QUERY, &["en"]);
    let c = compare_scenarios(
        state.dataset(),
        &state.scenario().baseline,
        &state.scenario().plan,
    )
    .unwrap();
    for (side, result) in [("baseline", &c.baseline), ("plan", &c.plan)] {
        for (key, want) in figures(result) {
            assert_eq!(
                data_value(&m, &format!("scenario-{key}-{side}")),
                want,
                "scenario-{key}-{side}"
            );
        }
    }
    // The example plan (Shandong's preset): 65 % of the metal processed, worth far more than the baseline (none).
    assert_eq!(c.baseline.added_value, 0.0);
    assert!(c.plan.added_value > 1e10, "{}", c.plan.added_value);
    click(&m, "results-tab-products").await;
    for p in &c.plan.products {
        assert_eq!(
            data_value(&m, &format!("tons-{}-plan", p.product)),
            p.tonnes,
            "{}",
            p.product
        );
    }
    assert!(
        text_of(&m, "scenario-added-plan").ends_with("yuan"),
        "{}",
        text_of(&m, "scenario-added-plan")
    );
    // The results are tabs, built when shown: one tab's charts at a time.
    click(&m, "results-tab-flows").await;
    assert!(m.find_all("svg[data-chart=\"sankey\"]").len() == 1);
    assert!(m.find_all("svg[data-chart=\"trajectory\"]").is_empty());
    click(&m, "results-tab-years").await;
    assert!(m.find_all("svg[data-chart=\"trajectory\"]").len() == 1);
    assert!(m.find_all("svg[data-chart=\"sankey\"]").is_empty());
    click(&m, "results-tab-uncertainty").await;
    assert!(m.find_all("svg[data-chart=\"tornado\"]").len() == 1);
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_mix_never_passes_100_percent() {
    let m = mount::<App>(QUERY).await;
    // The example is the Shandong preset: 65 % of the metal processed.
    assert!((data_value(&m, "mix-total") - 0.65).abs() < 1e-12);
    type_into(&m, "mix-plan-furniture", "90").await;
    let total = data_value(&m, "mix-total");
    assert!(total <= 1.0 + 1e-12 && total > 1.0 - 1e-9, "{total}");
    assert!(
        text_of(&m, "mix-total").contains("100%"),
        "{}",
        text_of(&m, "mix-total")
    );
    // Every other product's slider is now capped at its own share.
    let rod_max = m
        .find("mix-plan-rod-slider")
        .and_then(|e| e.get_attribute("max"));
    assert_eq!(rod_max.as_deref(), Some("15"));
    // The slider of a product with no share has no room left.
    type_into(&m, "mix-plan-casings-slider", "40").await;
    assert!(data_value(&m, "mix-total") <= 1.0 + 1e-12);
    // The tons table lists what the plan makes (and furniture's 90 % is there to see).
    click(&m, "results-tab-products").await;
    assert!(m.find("tons-furniture-plan").is_some());
    assert!(
        m.find("tons-casings-plan").is_none(),
        "casings got metal although nothing was left"
    );
    // The baseline has its own mix, clamped alike.
    type_into(&m, "mix-baseline-rod", "70").await;
    type_into(&m, "mix-baseline-profile", "60").await;
    assert!((data_value(&m, "mix-total-baseline") - 1.0).abs() < 1e-9);
    // Rod is first processing: only the profile's 30 % is deep processing.
    assert!((data_value(&m, "scenario-deep-rate-baseline") - 0.3).abs() < 1e-9);
    m.unmount();
}

#[wasm_bindgen_test]
async fn sankey_toggles_units_band_is_ordered_and_zero_tonnage_renders() {
    let m = mount::<App>(QUERY).await;
    let label = |m: &Mounted| {
        // The key under the chart names each numbered node with its amount.
        m.find_all("[data-testid=\"sankey-key\"] [data-node=\"furniture\"] .sankey-key-value")
            .first()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert!(label(&m).ends_with(" t"), "{}", label(&m));
    click(&m, "sankey-unit").await;
    assert!(label(&m).ends_with(" yuan"), "{}", label(&m));
    // P10 ≤ P50 ≤ P90 from the seeded Monte Carlo run (its tab builds it).
    click(&m, "results-tab-uncertainty").await;
    let (p10, p50, p90) = (
        data_value(&m, "p10"),
        data_value(&m, "p50"),
        data_value(&m, "p90"),
    );
    assert!(p10 <= p50 && p50 <= p90 && p10 < p90, "{p10} {p50} {p90}");
    // Tonnage 0 is valid: nothing to draw, no panic.
    type_into(&m, "scenario-tonnage", "0").await;
    assert_eq!(data_value(&m, "scenario-added-plan"), 0.0);
    assert!(m.find("view-scenario").is_some());
    m.unmount();
}
