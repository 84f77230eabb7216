//! Tornado chart (docs/model.md, "Uncertainty"): the plan's figure with each ranged input at its
//! low and at its high, all others at base; largest swing first. One row per figure: its
//! name and both results as text, the bar under it, so labels fit on a phone.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::charts::card::ChartCard;
use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::context::use_lang;

use crate::catalog::texts::{self, Text};
use crate::chart_layout::{width_em, wrap};
use crate::derived::Derivation;
use crate::i18n::Lang;
use crate::model::{Dataset, Figure, Metric, Tornado};
use crate::ui::format::{number, yuan, Precision};
use crate::ui::hooks::chart_width::use_chart_width;
use crate::ui::scenario::text::{amount_unit, error_text, figure_name, metric_name, product_name};

/// Width laid out for before the chart is measured (and on the server); then the measured
/// width, one unit per CSS px, so the labels are drawn at their size.
const W: f64 = 640.0;
const PAD: f64 = 8.0;
const BAR_H: f64 = 14.0;
/// The names' size (styles/scenario.css), their line pitch, the values' size.
const FONT: f64 = 13.0;
const LINE: f64 = 16.0;
const VALUES_FONT: f64 = 12.0;
/// More bars than this say nothing more (the table lists them).
const MAX_BARS: usize = 12;
/// The chart draws the largest swings only, so that at 12 px per label the scenario view
/// stays within its height on a desktop; the table below gives all `MAX_BARS`.
const CHART_BARS: usize = 8;

/// The bar's name: a step by its two ends, in full (it wraps rather than being cut).
fn bar_label(ds: &Dataset, figure: &Figure, lang: Lang) -> String {
    match figure {
        Figure::StepAddedValue { from, to } => format!(
            "{} → {}",
            product_name(ds, from, lang),
            product_name(ds, to, lang)
        ),
        other => figure_name(ds, other, lang),
    }
}

#[derive(Properties, PartialEq)]
pub struct TornadoChartProps {
    pub dataset: Rc<Dataset>,
    pub metric: Metric,
    /// The plan's `metric` with each ranged figure at its low and its high (crate::derived).
    pub tornado: Derivation<Tornado>,
}

#[function_component(TornadoChart)]
pub fn tornado_chart(props: &TornadoChartProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let w = use_chart_width(node.clone(), W).max(200.0);
    let title = texts::tornado_title(metric_name(props.metric, lang), lang);
    let (error, hint, chart, table) = match &props.tornado {
        Err(e) => (
            Some(AttrValue::from(error_text(e, lang))),
            html! {},
            html! {},
            html! {},
        ),
        Ok(t) if t.bars.is_empty() => (
            None,
            html! {},
            html! {
                <p data-testid="tornado-empty">{ Text::TornadoEmpty.get(lang) }</p>
            },
            html! {},
        ),
        Ok(t) => {
            let listed: Vec<_> = t.bars.iter().take(MAX_BARS).collect();
            let bars: Vec<_> = t.bars.iter().take(CHART_BARS).collect();
            let lo = bars
                .iter()
                .map(|b| b.value_at_low.min(b.value_at_high))
                .fold(t.base_value, f64::min);
            let hi = bars
                .iter()
                .map(|b| b.value_at_low.max(b.value_at_high))
                .fold(t.base_value, f64::max);
            let span = if hi > lo { hi - lo } else { 1.0 };
            let x = |v: f64| PAD + (v - lo) / span * (w - 2.0 * PAD);
            let show = |v: f64| yuan(v, lang, Precision::Significant3);
            // The table: full figures.
            let cell = |v: f64| yuan(v, lang, Precision::Significant3Full);
            let (divisor, unit) = amount_unit(hi, lang);
            let short = |v: f64| number(v / divisor, lang, Precision::Significant3);
            // Each row: the name wrapped beside its values (right), then the bar.
            let rows_text: Vec<(Vec<String>, String)> = bars
                .iter()
                .map(|b| {
                    let values = format!("{} → {}", short(b.value_at_low), short(b.value_at_high));
                    let room = w - 2.0 * PAD - width_em(&values) * VALUES_FONT - 12.0;
                    let name = bar_label(&props.dataset, &b.figure, lang);
                    (wrap(&name, (room / FONT).max(4.0), 6), values)
                })
                .collect();
            let row_h = |lines: usize| lines.max(1) as f64 * LINE + 6.0 + BAR_H + 8.0;
            let tops: Vec<f64> = rows_text
                .iter()
                .scan(0.0, |top, (lines, _)| {
                    let this = *top;
                    *top += row_h(lines.len());
                    Some(this)
                })
                .collect();
            let height = rows_text.iter().map(|(l, _)| row_h(l.len())).sum::<f64>() + 28.0;
            let rows = bars.iter().enumerate().map(|(k, b)| {
                let top = tops.get(k).copied().unwrap_or(0.0);
                let (lines, values) = rows_text.get(k).cloned().unwrap_or_default();
                let bar_y = top + lines.len().max(1) as f64 * LINE + 6.0;
                let name = figure_name(&props.dataset, &b.figure, lang);
                let text = format!("{name}: {} → {}", show(b.value_at_low), show(b.value_at_high));
                let segment = |v: f64, class: &'static str| {
                    let (a, c) = (x(t.base_value.min(v)), x(t.base_value.max(v)));
                    html! {
                        <rect class={class} x={format!("{a:.1}")} y={format!("{bar_y:.1}")}
                            width={format!("{:.1}", (c - a).max(1.0))} height={BAR_H.to_string()} />
                    }
                };
                html! {
                    <g class="tornado-bar" tabindex="0" role="img" aria-label={texts::bar_swing(&text, &show(b.swing), lang)}
                        data-swing={b.swing.to_string()}>
                        <text class="tornado-label" x={PAD.to_string()} y={format!("{:.1}", top + 14.0)}>
                            { for lines.iter().enumerate().map(|(j, l)| html! {
                                <tspan x={PAD.to_string()} dy={if j == 0 { "0".to_string() } else { LINE.to_string() }}>{ l.clone() }</tspan>
                            }) }
                        </text>
                        <text class="tornado-values" x={format!("{:.1}", w - PAD)} y={format!("{:.1}", top + 14.0)} text-anchor="end">{ values }</text>
                        { segment(b.value_at_low, "tornado-low") }
                        { segment(b.value_at_high, "tornado-high") }
                    </g>
                }
            });
            let base_x = x(t.base_value);
            // The base's label centred on its line, or against the side it would run past.
            let base_text = texts::base_value(&show(t.base_value), lang);
            let half = width_em(&base_text) * VALUES_FONT / 2.0;
            let (base_lx, base_anchor) = if base_x - half < PAD {
                (PAD, "start")
            } else if base_x + half > w - PAD {
                (w - PAD, "end")
            } else {
                (base_x, "middle")
            };
            let table_rows = listed.iter().map(|b| html! {
                <tr>
                    <th scope="row">{ figure_name(&props.dataset, &b.figure, lang) }</th>
                    <td class="num">{ format!("{} – {}", number(b.input_low, lang, Precision::ExactFull), number(b.input_high, lang, Precision::ExactFull)) }</td>
                    <td class="num">{ cell(b.value_at_low) }</td>
                    <td class="num">{ cell(b.value_at_high) }</td>
                    <td class="num">{ cell(b.swing) }</td>
                </tr>
            });
            let hint = html! {
                    <p class="hint">{ Text::TornadoHint.get(lang) }
                        { texts::unit_note(unit, lang) }</p>
            };
            let chart = html! {
                    <svg ref={node.clone()} class="chart tornado" data-chart={ChartKind::Tornado.code()} viewBox={format!("0 0 {w:.0} {height:.0}")} width="100%"
                        role="group" aria-labelledby="tornado-title">
                        <title id="tornado-title">{ title.clone() }</title>
                        { for rows }
                        <line class="tornado-base" x1={format!("{base_x:.1}")} x2={format!("{base_x:.1}")} y1="18" y2={format!("{:.1}", height - 22.0)} />
                        <text class="axis-label" x={format!("{base_lx:.1}")} y={format!("{:.1}", height - 6.0)} text-anchor={base_anchor}>
                            { base_text }
                        </text>
                    </svg>
            };
            let table = html! {
                            <table data-testid="tornado-table">
                                <caption>{ Text::TornadoTableCaption.get(lang) }</caption>
                                <thead><tr>
                                    <th scope="col">{ Text::FigureColumn.get(lang) }</th>
                                    <th scope="col" class="num">{ Text::TornadoRange.get(lang) }</th>
                                    <th scope="col" class="num">{ Text::AtLow.get(lang) }</th>
                                    <th scope="col" class="num">{ Text::AtHigh.get(lang) }</th>
                                    <th scope="col" class="num">{ Text::Swing.get(lang) }</th>
                                </tr></thead>
                                <tbody>{ for table_rows }</tbody>
                            </table>
            };
            (None, hint, chart, table)
        }
    };
    html! {
        <ChartCard kind={ChartKind::Tornado} testid="tornado" title={title} level={4} class="tornado-section"
            {error} {hint} {chart} {table} />
    }
}
