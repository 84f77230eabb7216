//! Tornado chart (docs/model.md, "Uncertainty"): the plan's figure with each ranged input at its
//! low and at its high, all others at base; largest swing first. One row per figure: its
//! name and both results as text, the bar under it, so labels fit on a phone.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::charts::card::ChartCard;
use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::context::use_lang;

use crate::catalog::texts::{self, Text};
use crate::chart_layout::{
    tornado_layout, tornado_span, TORNADO_BAR_H as BAR_H, TORNADO_LINE as LINE, TORNADO_PAD as PAD,
};
use crate::derived::{Derivation, Measure};
use crate::i18n::Lang;
use crate::model::{Dataset, Figure, Tornado};
use crate::ui::format::{number, Precision};
use crate::ui::hooks::chart_width::use_chart_width;
use crate::ui::scenario::text::{
    error_text, figure_name, measure_name, measure_unit, measure_value, product_name,
};

/// Width laid out for before the chart is measured (and on the server); then the measured
/// width, one unit per CSS px, so the labels are drawn at their size.
const W: f64 = 640.0;
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
    pub metric: Measure,
    /// The plan's `metric` with each ranged figure at its low and its high (crate::derived).
    pub tornado: Derivation<Tornado>,
}

#[function_component(TornadoChart)]
pub fn tornado_chart(props: &TornadoChartProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let w = use_chart_width(node.clone(), W).max(200.0);
    let title = texts::tornado_title(measure_name(props.metric, lang), lang);
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
            let spans: Vec<(f64, f64)> = bars
                .iter()
                .map(|b| (b.value_at_low, b.value_at_high))
                .collect();
            let (_, hi) = tornado_span(t.base_value, &spans);
            let measure = props.metric;
            let show = |v: f64| measure_value(measure, v, false, lang);
            // The table: full figures.
            let cell = |v: f64| measure_value(measure, v, true, lang);
            let (divisor, unit) = measure_unit(measure, hi, lang);
            let short = |v: f64| number(v / divisor, lang, Precision::Significant3);
            let rows_text: Vec<(String, String, f64, f64)> = bars
                .iter()
                .map(|b| {
                    let values = format!("{} → {}", short(b.value_at_low), short(b.value_at_high));
                    let name = bar_label(&props.dataset, &b.figure, lang);
                    (name, values, b.value_at_low, b.value_at_high)
                })
                .collect();
            let base_text = texts::base_value(&show(t.base_value), lang);
            let layout = tornado_layout(t.base_value, &rows_text, &base_text, w);
            let height = layout.height;
            let rows = bars.iter().zip(&layout.rows).zip(rows_text).map(|((b, row), (_, values, _, _))| {
                let name = figure_name(&props.dataset, &b.figure, lang);
                let text = format!("{name}: {} → {}", show(b.value_at_low), show(b.value_at_high));
                let segment = |(a, width): (f64, f64), class: &'static str| {
                    html! {
                        <rect class={class} x={format!("{a:.1}")} y={format!("{:.1}", row.bar_y)}
                            width={format!("{width:.1}")} height={BAR_H.to_string()} />
                    }
                };
                html! {
                    <g class="tornado-bar" tabindex="0" role="img" aria-label={texts::bar_swing(&text, &show(b.swing), lang)}
                        data-swing={b.swing.to_string()}>
                        <text class="tornado-label" x={PAD.to_string()} y={format!("{:.1}", row.label_y)}>
                            { for row.lines.iter().enumerate().map(|(j, l)| html! {
                                <tspan x={PAD.to_string()} dy={if j == 0 { "0".to_string() } else { LINE.to_string() }}>{ l.clone() }</tspan>
                            }) }
                        </text>
                        <text class="tornado-values" x={format!("{:.1}", w - PAD)} y={format!("{:.1}", row.label_y)} text-anchor="end">{ values }</text>
                        { segment(row.low, "tornado-low") }
                        { segment(row.high, "tornado-high") }
                    </g>
                }
            });
            let base_x = layout.base_x;
            let (base_lx, base_anchor) = layout.base_label;
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
