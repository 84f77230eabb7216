//! Baseline and plan side by side (docs/model.md, "Scenario"): totals and rates, each cell
//! with its raw number in `data-value` for tests and host pages (tons per product:
//! `scenario_tons.rs`).
use std::rc::Rc;

use yew::prelude::*;

use super::format::{number, percent, signed, tons, yuan, Precision};
use crate::i18n::Lang;
use crate::model::{Dataset, ScenarioComparison, ScenarioResult};
use crate::state::Currency;

#[derive(Properties, PartialEq)]
pub struct ScenarioSummaryProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub comparison: Rc<ScenarioComparison>,
    #[prop_or_default]
    pub currency: Option<Currency>,
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

/// Difference plan − baseline with its sign (`+1.2亿 元`, `−3%` in points).
fn show_change(change: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Share => signed(change, |v| {
            format!(
                "{} {}",
                number(v * 100.0, lang, Precision::Significant3),
                lang.pick("个百分点", "pts")
            )
        }),
        _ => signed(change, |v| show(v, unit, lang)),
    }
}

/// The rows a compact card (an embed) keeps: the answer's figures.
const KEY_ROWS: [&str; 4] = ["added", "output", "retained", "deep-rate"];

#[function_component(ScenarioSummary)]
pub fn scenario_summary(props: &ScenarioSummaryProps) -> Html {
    let lang = props.lang;
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
            lang.pick("附加值", "Added value"),
            Unit::Yuan,
            &|r| Some(r.added_value),
        ),
        row(
            "output",
            lang.pick("产值", "Output value"),
            Unit::Yuan,
            &|r| Some(r.output_value),
        ),
        row(
            "gross",
            lang.pick("统计口径产值", "Gross output (as statistics count it)"),
            Unit::Yuan,
            &|r| Some(r.gross_output),
        ),
        row(
            "retained",
            lang.pick("留在本地的附加值", "Value retained in the region"),
            Unit::Yuan,
            &|r| Some(r.retained_value),
        ),
        row(
            "leaked",
            lang.pick("流出本地的附加值", "Value leaking out"),
            Unit::Yuan,
            &|r| Some(r.leaked_value),
        ),
        row(
            "deep-rate",
            lang.pick("精深加工率", "Deep-processing rate"),
            Unit::Share,
            &|r| Some(r.deep_processing_rate),
        ),
        row(
            "top-heavy",
            lang.pick("“铝头”比重（吨）", "Top-heaviness (tonnes)"),
            Unit::Share,
            &|r| Some(r.top_heaviness_tonnage),
        ),
        row(
            "top-heavy-value",
            lang.pick("“铝头”比重（产值）", "Top-heaviness (value)"),
            Unit::Share,
            &|r| Some(r.top_heaviness_value),
        ),
        row(
            "electricity",
            lang.pick("用电量", "Electricity"),
            Unit::Kwh,
            &|r| r.electricity_kwh,
        ),
        row(
            "jobs",
            lang.pick("就业岗位", "Jobs"),
            Unit::Jobs,
            &|r| r.jobs,
        ),
        row(
            "sold",
            lang.pick("以原铝外销", "Sold as primary metal"),
            Unit::Tonnes,
            &|r| Some(r.metal_sold_tonnes),
        ),
        row(
            "metal-consumed",
            lang.pick("加工耗用的金属", "Metal consumed by processing"),
            Unit::Tonnes,
            &|r| Some(r.metal_consumed),
        ),
        row(
            "scrap",
            lang.pick("加工废料（循环回炉）", "Process scrap (goes round)"),
            Unit::Tonnes,
            &|r| Some(r.scrap_tonnes),
        ),
        row(
            "melt-loss",
            lang.pick("熔炼烧损", "Melt loss"),
            Unit::Tonnes,
            &|r| Some(r.melt_loss_tonnes),
        ),
        row(
            "scrap-sold",
            lang.pick("废料外售", "Scrap sold"),
            Unit::Tonnes,
            &|r| (r.scrap_sold_tonnes > 0.0).then_some(r.scrap_sold_tonnes),
        ),
        row(
            "co2",
            lang.pick("二氧化碳排放（吨）", "CO₂ (tonnes)"),
            Unit::Tonnes,
            &|r| r.co2_t,
        ),
    ];

    let gain = props.comparison.change.added_value;
    let amount = yuan(gain.abs(), lang, Precision::Significant3);
    let headline = match (lang, gain >= 0.0) {
        (Lang::Zh, true) => format!("规划每年比基准年多创造附加值 {amount}"),
        (Lang::Zh, false) => format!("规划每年比基准年少创造附加值 {amount}"),
        (Lang::En, true) => format!("The plan adds {amount} more value per year than the baseline"),
        (Lang::En, false) => {
            format!("The plan adds {amount} less value per year than the baseline")
        }
    };
    let other = props
        .currency
        .as_ref()
        .and_then(|c| super::format::in_currency(gain.abs(), Some(c), lang));
    let head = html! {
        <tr>
            <th scope="col">{ lang.pick("指标（每年）", "Figure (per year)") }</th>
            <th scope="col" class="num">{ lang.pick("基准年", "Baseline") }</th>
            <th scope="col" class="num">{ lang.pick("规划", "Plan") }</th>
            <th scope="col" class="num">{ lang.pick("变化", "Change") }</th>
        </tr>
    };
    html! {
        <section class="scenario-summary" data-testid="scenario-summary" aria-labelledby="scenario-summary-heading">
            <h3 id="scenario-summary-heading">{ lang.pick("基准年与规划对比", "Baseline and plan side by side") }</h3>
            <p class="scenario-headline" data-testid="scenario-headline" data-value={gain.to_string()}>
                { headline }
                if let Some(o) = other { <span class="other-currency">{ format!(" ({o})") }</span> }
            </p>
            <p class="price-basis" data-testid="price-basis">{ crate::export::price_basis_label(&props.dataset, lang) }</p>
            <p class="hint" data-testid="gross-output-note">{ lang.pick(
                "统计口径产值把每家企业的销售额相加：同一吨铝先作为铝棒、再作为型材、再作为家具出售，会被计算三次，所以它大于产值。园区和县里的产值目标通常按这一口径表述。",
                "Gross output adds up every firm's sales: a ton sold as billet, then as profile, then as furniture is counted three times, so it is larger than output value. Parks' and counties' output targets are usually stated this way.") }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.pick("对比表", "Comparison table")}>
                <table class="scenario-table">
                    <thead>{ head.clone() }</thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
