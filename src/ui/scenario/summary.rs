//! Baseline and plan side by side (docs/model.md, "Scenario"): totals and rates, each cell
//! with its raw number in `data-value` for tests and host pages (tons per product:
//! `scenario_tons.rs`).
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{Dataset, ScenarioComparison, ScenarioResult};
use crate::state::Currency;
use crate::ui::format::{number, percent, signed, tons, yuan, Precision};
use crate::ui::hooks::context::use_lang;
use crate::ui::widgets::basis_switch::BasisSwitch;
use crate::ui::widgets::definitions_panel::Term;
use crate::ui::widgets::term_link::TermLink;

#[derive(Properties, PartialEq)]
pub struct ScenarioSummaryProps {
    pub dataset: Rc<Dataset>,
    pub comparison: Rc<ScenarioComparison>,
    #[prop_or_default]
    pub currency: Option<Currency>,
    /// The id of the page's definitions panel, which the ratios' labels link to; None in a
    /// compact card, which has none.
    #[prop_or_default]
    pub definitions: Option<AttrValue>,
    /// Shows the price-basis switch (not in a compact card: a link sets its basis).
    #[prop_or_default]
    pub switch: bool,
}

/// The term a row's label names, for the rows that are ratios.
fn term_of(key: &str) -> Option<Term> {
    match key {
        "deep-rate" => Some(Term::DeepProcessingRate),
        "top-heavy" | "top-heavy-value" => Some(Term::TopHeaviness),
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum Unit {
    Yuan,
    Share,
    Kwh,
    Jobs,
    Tonnes,
}

fn show(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Yuan => yuan(value, lang, Precision::Significant3),
        Unit::Share => percent(value, lang),
        Unit::Kwh => format!("{} kWh", number(value, lang, Precision::Significant3)),
        Unit::Jobs => number(value, lang, Precision::Significant3),
        Unit::Tonnes => tons(value, lang, Precision::Significant3),
    }
}

/// Difference plan − baseline with its sign (`+120 million yuan`, `−3%` in points).
fn show_change(change: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Share => signed(change, |v| {
            texts::percentage_points(&number(v * 100.0, lang, Precision::Significant3), lang)
        }),
        _ => signed(change, |v| show(v, unit, lang)),
    }
}

/// The rows a compact card (an embed) keeps: the answer's figures.
const KEY_ROWS: [&str; 4] = ["added", "output", "retained", "deep-rate"];

#[function_component(ScenarioSummary)]
pub fn scenario_summary(props: &ScenarioSummaryProps) -> Html {
    let lang = use_lang();
    let m = Metal::of(&props.dataset);
    let (b, p) = (&props.comparison.baseline, &props.comparison.plan);
    let row = |key: &str,
               label: &str,
               unit: Unit,
               get: &dyn Fn(&ScenarioResult) -> Option<f64>|
     -> Html {
        let (vb, vp) = (get(b), get(p));
        if vb.is_none() && vp.is_none() {
            return html! {};
        }
        let cell = |v: Option<f64>, side: &str| match v {
            Some(v) => html! {
                <td class="num" data-testid={format!("scenario-{key}-{side}")} data-value={v.to_string()}>{ show(v, unit, lang) }</td>
            },
            None => {
                html! { <td class="num" data-testid={format!("scenario-{key}-{side}")}>{ "–" }</td> }
            }
        };
        let change = crate::model::change_of(vb, vp).unwrap_or(0.0);
        let label = match term_of(key) {
            Some(term) => html! {
                <TermLink {term} dataset={props.dataset.clone()} panel={props.definitions.clone()}>
                    { label.to_string() }
                </TermLink>
            },
            None => html! { label.to_string() },
        };
        html! {
            <tr key={key.to_string()} class={classes!(KEY_ROWS.contains(&key).then_some("key-row"))}>
                <th scope="row">{ label }</th>
                { cell(vb, "baseline") }
                { cell(vp, "plan") }
                <td class={classes!("num", "change", (change > 0.0).then_some("up"), (change < 0.0).then_some("down"))}
                    data-testid={format!("scenario-{key}-change")} data-value={change.to_string()}>
                    { show_change(change, unit, lang) }
                </td>
            </tr>
        }
    };
    let rows = [
        row(
            "added",
            Text::MetricAddedValue.get(lang),
            Unit::Yuan,
            &|r| Some(r.added_value),
        ),
        row(
            "output",
            Text::MetricOutputValue.get(lang),
            Unit::Yuan,
            &|r| Some(r.output_value),
        ),
        row(
            "gross",
            Text::MetricGrossOutput.get(lang),
            Unit::Yuan,
            &|r| Some(r.gross_output),
        ),
        row(
            "retained",
            Text::MetricRetainedValue.get(lang),
            Unit::Yuan,
            &|r| Some(r.retained_value),
        ),
        row("leaked", Text::LeakedValue.get(lang), Unit::Yuan, &|r| {
            Some(r.leaked_value)
        }),
        row(
            "deep-rate",
            Text::MetricDeepProcessingRate.get(lang),
            Unit::Share,
            &|r| Some(r.deep_processing_rate),
        ),
        row(
            "top-heavy",
            &metal::top_heaviness(m, false, lang),
            Unit::Share,
            &|r| Some(r.top_heaviness_tonnage),
        ),
        row(
            "top-heavy-value",
            &metal::top_heaviness(m, true, lang),
            Unit::Share,
            &|r| Some(r.top_heaviness_value),
        ),
        row(
            "electricity",
            Text::Electricity.get(lang),
            Unit::Kwh,
            &|r| r.electricity_kwh,
        ),
        row("jobs", Text::Jobs.get(lang), Unit::Jobs, &|r| r.jobs),
        row(
            "sold",
            &metal::sold_as_primary_metal(m, lang),
            Unit::Tonnes,
            &|r| Some(r.metal_sold_tonnes),
        ),
        row(
            "metal-consumed",
            Text::MetalConsumed.get(lang),
            Unit::Tonnes,
            &|r| Some(r.metal_consumed),
        ),
        row(
            "scrap",
            Text::ProcessScrapRound.get(lang),
            Unit::Tonnes,
            &|r| Some(r.scrap_tonnes),
        ),
        row("melt-loss", Text::MeltLoss.get(lang), Unit::Tonnes, &|r| {
            Some(r.melt_loss_tonnes)
        }),
        row(
            "scrap-sold",
            Text::ScrapSold.get(lang),
            Unit::Tonnes,
            &|r| (r.scrap_sold_tonnes > 0.0).then_some(r.scrap_sold_tonnes),
        ),
        row("co2", Text::Co2Tonnes.get(lang), Unit::Tonnes, &|r| r.co2_t),
    ];

    let gain = props.comparison.change.added_value;
    let amount = yuan(gain.abs(), lang, Precision::Significant3);
    let headline = texts::scenario_headline(&amount, gain >= 0.0, lang);
    let other = props
        .currency
        .as_ref()
        .and_then(|c| crate::ui::format::in_currency(gain.abs(), Some(c), lang));
    let head = html! {
        <tr>
            <th scope="col">{ Text::FigurePerYear.get(lang) }</th>
            <th scope="col" class="num">{ Text::Baseline.get(lang) }</th>
            <th scope="col" class="num">{ Text::Plan.get(lang) }</th>
            <th scope="col" class="num">{ Text::Change.get(lang) }</th>
        </tr>
    };
    html! {
        <section class="scenario-summary" data-testid="scenario-summary" aria-labelledby="scenario-summary-heading">
            <h3 id="scenario-summary-heading">{ Text::SummaryTitle.get(lang) }</h3>
            <p class="scenario-headline" data-testid="scenario-headline" data-value={gain.to_string()}>
                { headline }
                if let Some(o) = other { <span class="other-currency">{ format!(" ({o})") }</span> }
            </p>
            <p class="price-basis" data-testid="price-basis" data-basis={p.basis.code()}>
                { crate::catalog::files::price_basis_label_on(&props.dataset, p.basis, lang) }
            </p>
            if props.switch {
                <BasisSwitch basis={p.basis} name="basis-scenario" />
            }
            <p class="hint" data-testid="gross-output-note">{ metal::gross_output_note(&props.dataset, lang) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={Text::ComparisonTable.get(lang)}>
                <table class="scenario-table">
                    <thead>{ head.clone() }</thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
