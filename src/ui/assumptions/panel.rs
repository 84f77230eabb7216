//! Assumptions and data, under every view: every figure of the dataset can be edited (metal
//! price; each step's added value and yield, the current path's steps first), edits are
//! marked and reset one by one or all together; another chain's dataset can be imported,
//! the current one exported; amounts can also be shown in another currency.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{Dataset, Figure, Step};
use crate::number::InputKind;
use crate::state::{Action, AppState, FigureAction};
use crate::ui::assumptions::currency_picker::CurrencyPicker;
use crate::ui::assumptions::dataset_import::DatasetImport;
use crate::ui::assumptions::figure_editor::FigureEditor;
use crate::ui::format;
use crate::ui::hooks::context::use_dispatch;
use crate::ui::widgets::definitions_panel::{panel_id, Term};
use crate::ui::widgets::term_link::{TermLink, TermWords};

#[derive(Properties, PartialEq)]
pub struct AssumptionsPanelProps {
    pub state: Rc<AppState>,
}

#[function_component(AssumptionsPanel)]
pub fn assumptions_panel(props: &AssumptionsPanelProps) -> Html {
    let dispatch = use_dispatch();
    let state = &props.state;
    let lang = state.lang;
    let ds = state.dataset();
    let disabled = state.locked;

    let on_path: Vec<&Step> = state
        .path()
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => ds.step(a, b),
            _ => None,
        })
        .collect();
    let others: Vec<&Step> = ds
        .steps()
        .iter()
        .filter(|s| !on_path.iter().any(|p| p.from == s.from && p.to == s.to))
        .collect();
    let others_edited = others.iter().filter(|s| step_edited(state, s)).count();

    let others_open = use_state(|| false);
    let on_toggle = {
        let others_open = others_open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                others_open.set(details.open());
            }
        })
    };

    let price = ds.metal_price();
    let dispatch = dispatch.clone();
    let price_editor = html! {
        <FigureEditor id="edit-price" label={metal::metal_price(Metal::of(ds), lang)}
            kind={InputKind::MetalPrice} value={price.base} unit={unit(lang)}
            edited={state.is_edited(&Figure::MetalPrice)} disabled={disabled}
            badge={Some(price.source.badge)} range={sourced_range(state, &Figure::MetalPrice)}
            figure={Figure::MetalPrice} />
    };

    let reset_all = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Figures(FigureAction::ResetEdits)))
    };
    let edit_count = state.edits().len();

    // Drawn from a deferred state (`shell::app`): its parts speak that state's language.
    html! {
        <ContextProvider<Lang> context={lang}>
        <section class="assumptions" data-testid="assumptions" aria-labelledby="assumptions-title">
            <h2 id="assumptions-title">{ Text::AssumptionsTitle.get(lang) }</h2>
            <p class="assumptions-intro">
                { Text::AssumptionsIntro.get(lang) }
            </p>
            <div class="assumptions-bar">
                <span class="edit-count" data-testid="edit-count" data-value={edit_count.to_string()}>
                    { texts::edits_made(edit_count, lang) }
                </span>
                <button type="button" class="button" data-testid="reset-all" onclick={reset_all}
                    disabled={edit_count == 0 || disabled}>
                    { Text::ResetAll.get(lang) }
                </button>
            </div>

            <div class="figure-group">
                <h3>{ Text::PriceHeading.get(lang) }</h3>
                { price_editor }
            </div>

            <div class="figure-group" data-testid="path-steps">
                <h3>{ Text::StepsOnPathHeading.get(lang) }</h3>
                if on_path.is_empty() {
                    <p class="muted">{ Text::NoStepsOnPath.get(lang) }</p>
                }
                <div class="step-list">
                    { for on_path.iter().map(|s| step_figures(state, ds, s, true)) }
                </div>
            </div>

            if !others.is_empty() {
                // The other steps' editors (most of the panel's elements) are built only
                // while this is open: a closed panel costs nothing to re-render.
                <details class="figure-group other-steps" data-testid="other-steps" open={*others_open} ontoggle={on_toggle}>
                    <summary>
                        { texts::other_steps(others.len(), lang) }
                        if others_edited > 0 {
                            <span class="edited-mark">
                                { texts::other_steps_edited(others_edited, lang) }
                            </span>
                        }
                    </summary>
                    if *others_open {
                        <div class="step-list">
                            { for others.iter().map(|s| step_figures(state, ds, s, false)) }
                        </div>
                    }
                </details>
            }

            <CurrencyPicker currency={state.currency.clone()} />
            <DatasetImport dataset={crate::ui::ByAddress(state.dataset().clone())} />
        </section>
        </ContextProvider<Lang>>
    }
}

/// The source's low and high for a figure's editor (an edit does not move them).
fn sourced_range(state: &AppState, figure: &Figure) -> Option<(f64, f64)> {
    state.sourced_range(figure).map(|r| (r.low, r.high))
}

fn unit(lang: Lang) -> AttrValue {
    AttrValue::from(Text::YuanPerTon.get(lang))
}

fn step_edited(state: &AppState, step: &Step) -> bool {
    let (from, to) = (step.from.clone(), step.to.clone());
    state.is_edited(&Figure::StepAddedValue {
        from: from.clone(),
        to: to.clone(),
    }) || state.is_edited(&Figure::StepYield { from, to })
}

use crate::i18n::product_name;

/// A step's two figures (added value and yield), keyed so that a draft typed into one
/// field stays with its step when the path, and so the order, changes.
fn step_figures(state: &AppState, ds: &Dataset, step: &Step, on_path: bool) -> Html {
    let lang = state.lang;
    let (from, to) = (step.from.clone(), step.to.clone());
    let title = format!(
        "{} → {}",
        product_name(ds, &from, lang),
        product_name(ds, &to, lang)
    );
    let av_figure = Figure::StepAddedValue {
        from: from.clone(),
        to: to.clone(),
    };
    let yield_figure = Figure::StepYield {
        from: from.clone(),
        to: to.clone(),
    };
    let av = step.added_value;
    let yield_badge = step.yield_source.as_ref().unwrap_or(&step.source).badge;
    html! {
        <fieldset key={format!("{from}>{to}")} class={classes!("step-figures", on_path.then_some("on-path"))}
            data-testid={format!("step-{from}-{to}")}>
            <legend>
                { title }
                if step.recycling { <span class="step-tag">{ Text::RecyclingTag.get(lang) }</span> }
            </legend>
            <FigureEditor id={format!("edit-av-{from}-{to}")} label={Text::AddedValuePerTon.get(lang)}
                kind={InputKind::AddedValue} value={av.base} unit={unit(lang)}
                edited={state.is_edited(&av_figure)} disabled={state.locked}
                badge={Some(step.source.badge)} range={sourced_range(state, &av_figure)}
                figure={av_figure} />
            <FigureEditor id={format!("edit-yield-{from}-{to}")} label={Text::MetalYield.get(lang)}
                kind={InputKind::Yield} value={step.yield_.base}
                display={Some(AttrValue::from(format::percent(step.yield_.base, lang)))}
                edited={state.is_edited(&yield_figure)} disabled={state.locked}
                badge={Some(yield_badge)} range={sourced_range(state, &yield_figure)}
                definition={Some(html! {
                    <TermLink term={Term::Yield} words={TermWords::of(Term::Yield, state.dataset(), lang)} panel={AttrValue::from(panel_id(state.view))} />
                })}
                figure={yield_figure} />
        </fieldset>
    }
}
