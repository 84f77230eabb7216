//! The chain-extension scenario: a region's baseline year against its plan (docs/model.md,
//! "Scenario", "Trajectory and goal-seek", "Uncertainty"). Inputs on the left (stacked on
//! phones), results on the right; every model error is shown in place of its result.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::derived::Measure;
use crate::model::Metric;
use crate::state::View;
use crate::ui::charts::sankey::SankeyChart;
use crate::ui::charts::trajectory::TrajectoryChart;
use crate::ui::scenario::goal_seek_panel::GoalSeekPanel;
use crate::ui::scenario::inputs::ScenarioInputsPanel;
use crate::ui::scenario::mix_editor::MixEditor;
use crate::ui::scenario::presets::ScenarioPresets;
use crate::ui::scenario::results::{ResultTab, ScenarioResults};
use crate::ui::scenario::summary::{gross_range, warning, ScenarioSummary};
use crate::ui::scenario::text::error_text;
use crate::ui::scenario::tons::ScenarioTons;
use crate::ui::scenario::uncertainty_section::UncertaintySection;
use crate::ui::scenario::uplift_editor::UpliftEditor;
use crate::ui::widgets::basis_switch::{BasisSwitch, FirmsSwitch};
use crate::ui::widgets::definitions_panel::{panel_id, DefinitionsPanel};
use crate::ui::ViewProps;

#[function_component(ScenarioView)]
pub fn scenario_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let ds = state.dataset().clone();
    let inputs = state.scenario().clone();
    let derived = &props.derived;
    let comparison = derived.comparison();
    // The figure the uncertainty section looks at: the target's, until the visitor picks one.
    let chosen_measure = use_state(|| None::<Measure>);
    // A rate target (the deep-processing rate) depends on no uncertain figure: the section
    // then starts on added value. A chosen CO₂ falls back there too when the dataset in force
    // has no CO₂ figure.
    let metric = inputs
        .target
        .map(|t| t.metric)
        .filter(|m| !m.is_rate())
        .unwrap_or(Metric::AddedValue);
    let metric = (*chosen_measure)
        .filter(|m| Measure::offered(&ds).contains(m))
        .unwrap_or(Measure::Metric(metric));

    let on_metric = {
        let chosen = chosen_measure.clone();
        Callback::from(move |m: Measure| chosen.set(Some(m)))
    };

    let plan_result = comparison.as_ref().ok().map(|c| Rc::new(c.plan.clone()));
    // The model's refusal is said once, in the summary; the results it blocks stay empty.
    let summary = match &comparison {
        Err(e) => {
            html! { <p class="model-error" role="alert" data-testid="scenario-error">{ error_text(e, lang) }</p> }
        }
        Ok(c) => {
            // A compact card has no definitions panel: its ratios carry their definition as
            // a title instead.
            let definitions = (!state.embed).then(|| AttrValue::from(panel_id(View::Scenario)));
            html! { <ScenarioSummary dataset={ds.clone()} comparison={c.clone()} currency={state.currency.clone()} {definitions} /> }
        }
    };
    // A result tab's content, built only when it is shown: crate::derived computes on first
    // use, so a hidden tab's Monte Carlo and tornado cost nothing while shares are typed.
    let render = {
        let (derived, ds, inputs, comparison) = (
            props.derived.clone(),
            ds.clone(),
            inputs.clone(),
            comparison.clone(),
        );
        let on_metric = on_metric.clone();
        let embed = state.embed;
        Callback::from(move |tab: ResultTab| -> Html {
            match (tab, &comparison) {
                (ResultTab::Flows | ResultTab::Products, Err(_)) => html! {},
                (ResultTab::Flows, Ok(c)) => html! {
                    <SankeyChart dataset={ds.clone()} result={Rc::new(c.plan.clone())} flows={derived.flows()} compact={embed} />
                },
                (ResultTab::Products, Ok(c)) => {
                    html! { <ScenarioTons dataset={ds.clone()} comparison={c.clone()} /> }
                }
                (ResultTab::Years, _) => html! {
                    <>
                        <TrajectoryChart dataset={ds.clone()} inputs={inputs.clone()} trajectory={derived.trajectory()} />
                        <GoalSeekPanel dataset={ds.clone()} target={inputs.target} found={derived.goal_seek()}
                            verdict={derived.target_verdict().and_then(Result::ok)} />
                    </>
                },
                (ResultTab::Uncertainty, _) => html! {
                    <UncertaintySection dataset={ds.clone()} metric={metric} derived={derived.clone()} on_metric={on_metric.clone()} />
                },
            }
        })
    };
    // On wide screens the groups start open beside the charts; on a phone folded, so the
    // summary and the presets come first. Either way the visitor opens and folds them.
    // On the server (the pre-rendered page): open, so the page without the app shows them.
    let wide = crate::ui::hooks::media_query::use_media_query("(min-width: 56rem)", true);
    // An input group: its fieldset keeps the legend for screen readers, the summary shows it.
    let group = |title: &str, testid: &str, open: bool, body: Html| {
        html! {
            <details class="input-group" data-testid={testid.to_string()} {open}>
                <summary>{ title.to_string() }</summary>
                { body }
            </details>
        }
    };

    // An embed shows the answer only: the summary and the flows (the full calculator has
    // the rest, one link away).
    if state.embed {
        return html! {
            <section class="view scenario-view compact" data-testid="view-scenario" aria-labelledby="scenario-heading">
                <h2 id="scenario-heading" class="visually-hidden">{ Text::ScenarioTitle.get(lang) }</h2>
                { summary }
                { render.emit(ResultTab::Flows) }
            </section>
        };
    }

    html! {
        <section class="view scenario-view" data-testid="view-scenario" aria-labelledby="scenario-heading">
            <h2 id="scenario-heading">{ Text::ScenarioTitle.get(lang) }</h2>
            <p class="scenario-intro">{ metal::scenario_lead(Metal::of(&ds), lang) }</p>

            // The answer first: the summary, with the presets it can start from beside it.
            <div class="scenario-top">
                <div class="scenario-answer">
                    { summary }
                    // The readings the figures are on, and what the plan's figures mean on
                    // each: under the summary they qualify.
                    <section class="scenario-readings" data-testid="scenario-readings" aria-label={Text::ScenarioReadings.get(lang)}>
                        <div class="reading-switches">
                            <BasisSwitch basis={state.basis} name="basis-scenario" />
                            <FirmsSwitch firms={state.firms} />
                        </div>
                        if let Ok(c) = &comparison {
                            { gross_range(&c.plan, lang) }
                            { for c.plan.warnings.iter().map(|w| warning(&ds, w, lang)) }
                        }
                    </section>
                </div>
                <ScenarioPresets dataset={ds.clone()} inputs={inputs.clone()} plan={plan_result}
                    verdicts={derived.preset_verdicts().ok()} />
            </div>
            <div class="scenario-layout">
                <div class="scenario-inputs-column">
                    { group(Text::InputsTitle.get(lang), "group-inputs", wide, html! {
                        <ScenarioInputsPanel inputs={inputs.clone()} region_tonnes={ds.region().primary_tonnes_per_year} metal={ds.metal().cloned()}
                            />
                    }) }
                    { group(Text::MixTitle.get(lang), "group-mix", wide, html! {
                        <MixEditor dataset={ds.clone()} baseline={inputs.baseline.clone()} plan={inputs.plan.clone()}
                            />
                    }) }
                    // The R&D uplifts, a finer input, start folded: open, their long table
                    // made the view 3,300 px at 1280 px, twice the results beside it.
                    { group(Text::UpliftTitle.get(lang), "group-uplift", false, html! {
                        <UpliftEditor dataset={ds.clone()} plan={inputs.plan.clone()} />
                    }) }
                </div>
                <div class="scenario-results-column">
                    <ScenarioResults {render} />
                    <DefinitionsPanel dataset={crate::ui::ByAddress(ds.clone())} view={View::Scenario} />
                </div>
            </div>
        </section>
    }
}
