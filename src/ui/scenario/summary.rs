//! Baseline and plan side by side (docs/model.md, "Scenario"): totals and rates, each cell
//! with its raw number in `data-value` for tests and host pages (tons per product:
//! `scenario_tons.rs`).
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::readings;
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{
    Badge as BadgeKind, Dataset, FirmBoundaries, NationalOutputWarning, ScenarioComparison,
    ScenarioResult,
};
use crate::state::Currency;
use crate::ui::format::{number, percent, signed, tons, yuan, Precision};
use crate::ui::hooks::context::use_lang;
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::definitions_panel::Term;
use crate::ui::widgets::term_link::{TermLink, TermWords};

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
}

/// The plan's gross output on each firm-boundary reading, least to most, the chosen one
/// marked.
pub fn gross_range(r: &ScenarioResult, lang: Lang) -> Html {
    let range = &r.gross_output_range;
    let items = [
        FirmBoundaries::Integrated,
        FirmBoundaries::CasthouseIntegrated,
        FirmBoundaries::Separate,
    ]
    .into_iter()
    .enumerate()
    .map(|(n, firms)| {
        let value = range.of(firms);
        let chosen = if firms == r.firms {
            readings::chosen_reading(lang)
        } else {
            ""
        };
        let text = format!(
            "{} ({}{chosen})",
            yuan(value, lang, Precision::Significant3),
            readings::firms_short(firms, lang)
        );
        let sep = if n > 0 { " … " } else { "" };
        html! {
            <>
                { sep }
                <span data-testid={format!("gross-range-{}", firms.code())} data-value={value.to_string()}
                    data-chosen={(firms == r.firms).to_string()}>
                    if firms == r.firms {
                        <strong>{ text }</strong>
                    } else {
                        { text }
                    }
                </span>
            </>
        }
    });
    html! {
        <p class="hint gross-range" data-testid="gross-output-range" data-firms={r.firms.code()}>
            { readings::gross_output_range_lead(lang) }{ for items }
        </p>
    }
}

/// A product the plan needs more of than the country can spare.
pub fn warning(ds: &Dataset, w: &NationalOutputWarning, lang: Lang) -> Html {
    let text = readings::national_output_warning(
        &percent(w.share, lang),
        &crate::i18n::product_name(ds, &w.product, lang),
        &tons(w.china_tonnes, lang, Precision::Significant3),
        w.year,
        lang,
    );
    html! {
        <p class="warning" role="note" data-testid={format!("national-output-warning-{}", w.product)}
            data-share={w.share.to_string()}>{ text }</p>
    }
}

/// The term a row's label names, for the rows that are ratios.
fn term_of(key: &str) -> Option<Term> {
    match key {
        "deep-rate" => Some(Term::DeepProcessingRate),
        "top-heavy" | "top-heavy-value" => Some(Term::TopHeaviness),
        "co2" => Some(Term::Co2),
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
        // The value-added estimate carries its range under its base.
        let range = |r: &ScenarioResult| {
            (key == "value-added" && std::ptr::eq(r, p))
                .then_some(r.value_added)
                .flatten()
                .map(|e| (e.low, e.high))
        };
        let cell = |v: Option<f64>, side: &str, r: &ScenarioResult| match v {
            Some(v) => html! {
                <td class="num" data-testid={format!("scenario-{key}-{side}")} data-value={v.to_string()}>
                    { show(v, unit, lang) }
                    if let Some((low, high)) = range(r) {
                        <span class="note range" data-testid={format!("scenario-{key}-range-{side}")}
                            data-low={low.to_string()} data-high={high.to_string()}>
                            { readings::estimate_range(&number(low, lang, Precision::Significant3), &show(high, unit, lang), lang) }
                        </span>
                    }
                </td>
            },
            None => {
                html! { <td class="num" data-testid={format!("scenario-{key}-{side}")}>{ "–" }</td> }
            }
        };
        let change = crate::model::change_of(vb, vp).unwrap_or(0.0);
        let label = match term_of(key) {
            _ if key == "value-added" => html! {
                <>{ label.to_string() }{ " " }<Badge kind={BadgeKind::Estimate} /></>
            },
            Some(term) => html! {
                <TermLink {term} words={TermWords::of(term, &props.dataset, lang)} panel={props.definitions.clone()}>
                    { label.to_string() }
                </TermLink>
            },
            None => html! { label.to_string() },
        };
        html! {
            <tr key={key.to_string()} class={classes!(KEY_ROWS.contains(&key).then_some("key-row"))}>
                <th scope="row">{ label }</th>
                { cell(vb, "baseline", b) }
                { cell(vp, "plan", p) }
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
            "value-added",
            readings::value_added_label(lang),
            Unit::Yuan,
            &|r| r.value_added.map(|v| v.base),
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
        row("co2", Text::TermCo2.get(lang), Unit::Tonnes, &|r| r.co2_t),
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

            <div class="table-scroll" tabindex="0" role="region" aria-label={Text::ComparisonTable.get(lang)}>
                <table class="scenario-table">
                    <thead>{ head.clone() }</thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>

        </section>
    }
}
