//! The year-by-year way from baseline to plan (docs/model.md, "Trajectory") against the target
//! line, with the first year that meets the target, and the same figures as a table.
use std::rc::Rc;

use yew::prelude::*;

use super::chart_card::ChartCard;
use super::chart_kind::ChartKind;
use super::chart_width::use_chart_width;

use super::format::{number, percent, tons, Precision};
use super::scenario_text::{amount_unit, error_text, metric_name, metric_value, metric_value_full};
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::derived::Derivation;
use crate::i18n::Lang;
use crate::model::{Dataset, Metric, Trajectory, TrajectoryYear};
use crate::state::ScenarioInputs;

/// Width laid out for before the chart is measured (and on the server); then the measured
/// width, one unit per CSS px, so the labels are drawn at their size.
const W: f64 = 640.0;
const H: f64 = 280.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
// Room above the plot for the axis title, clear of the top tick's label.
const TOP: f64 = 28.0;
const BOTTOM: f64 = 36.0;

#[derive(Properties, PartialEq)]
pub struct TrajectoryChartProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub inputs: ScenarioInputs,
    /// Baseline to plan, year by year (crate::derived).
    pub trajectory: Derivation<Trajectory>,
}

/// Where the target's label goes: of the four places beside the target line (left or right
/// end, above or below it), the first whose box no segment of the data line crosses, so the
/// label never sits on the line. Returns (x, y of the baseline, text-anchor).
fn target_label_place(
    line: &[(f64, f64)],
    target_y: f64,
    chars: usize,
    w: f64,
) -> (f64, f64, &'static str) {
    const FONT: f64 = 12.0;
    let width = chars as f64 * FONT * 0.62 + 4.0;
    let candidates = [
        (LEFT + 4.0, target_y - 6.0, "start"),
        (w - RIGHT, target_y - 6.0, "end"),
        (LEFT + 4.0, target_y + FONT + 4.0, "start"),
        (w - RIGHT, target_y + FONT + 4.0, "end"),
    ];
    let clear = |(x, y, anchor): (f64, f64, &str)| {
        let (x0, x1) = if anchor == "start" {
            (x - 2.0, x + width)
        } else {
            (x - width, x + 2.0)
        };
        let (y0, y1) = (y - FONT - 2.0, y + 4.0);
        // Sampled along each segment: enough for a line this size (a step per 2 units).
        line.windows(2).all(|pair| {
            let [(ax, ay), (bx, by)] = pair else {
                return true;
            };
            let (ax, ay, bx, by) = (*ax, *ay, *bx, *by);
            let steps = (((bx - ax).abs() + (by - ay).abs()) / 2.0).ceil().max(1.0) as usize;
            (0..=steps).all(|k| {
                let t = k as f64 / steps as f64;
                let (px, py) = (ax + t * (bx - ax), ay + t * (by - ay));
                !(px >= x0 && px <= x1 && py >= y0 && py <= y1)
            })
        })
    };
    candidates
        .into_iter()
        .find(|c| clear(*c))
        .unwrap_or(candidates[0])
}

fn metric_of(year: &TrajectoryYear, metric: Metric) -> f64 {
    match metric {
        Metric::AddedValue => year.added_value,
        Metric::OutputValue => year.output_value,
        Metric::GrossOutput => year.gross_output,
        Metric::RetainedValue => year.retained_value,
        Metric::DeepProcessingRate => year.deep_processing_rate,
    }
}

/// A round step for about four axis ticks (1, 2 or 5 × a power of ten).
fn tick_step(max: f64) -> f64 {
    let raw = max / 4.0;
    let power = 10f64.powf(raw.log10().floor());
    let m = raw / power;
    power
        * if m <= 1.0 {
            1.0
        } else if m <= 2.0 {
            2.0
        } else if m <= 5.0 {
            5.0
        } else {
            10.0
        }
}

#[function_component(TrajectoryChart)]
pub fn trajectory_chart(props: &TrajectoryChartProps) -> Html {
    let lang = props.lang;
    let node = use_node_ref();
    let w = use_chart_width(node.clone(), W).max(240.0);
    let i = &props.inputs;
    let metric = i.target.map_or(Metric::AddedValue, |t| t.metric);
    let title = texts::trajectory_title(metric_name(metric, lang), lang);
    let (error, hint, chart, table) = match &props.trajectory {
        Err(e) => (
            Some(AttrValue::from(error_text(e, lang))),
            html! {},
            html! {},
            html! {},
        ),
        Ok(t) => {
            let values: Vec<f64> = t.years.iter().map(|y| metric_of(y, metric)).collect();
            let target = t.target.map(|t| t.value);
            let top = values.iter().copied().chain(target).fold(0.0_f64, f64::max);
            let step = if top > 0.0 {
                tick_step(top * 1.05)
            } else {
                1.0
            };
            let y_max = if top > 0.0 {
                (top * 1.05 / step).ceil() * step
            } else {
                1.0
            };
            let n = t.years.len().saturating_sub(1).max(1) as f64;
            // A rate is drawn in percent, an amount in wan/yi or million/billion yuan.
            let (divisor, unit) = if metric.is_rate() {
                (0.01, "%")
            } else {
                amount_unit(y_max, lang)
            };
            let x = |year: u32| LEFT + f64::from(year) / n * (w - LEFT - RIGHT);
            let y = |v: f64| TOP + (1.0 - v / y_max) * (H - TOP - BOTTOM);
            let points: Vec<String> = t
                .years
                .iter()
                .zip(&values)
                .map(|(yr, v)| format!("{:.1},{:.1}", x(yr.year), y(*v)))
                .collect();
            let ticks = (0..=((y_max / step).round() as u32)).map(|k| {
                let v = f64::from(k) * step;
                html! {
                    <g class="axis-tick">
                        <line x1={LEFT.to_string()} x2={(w - RIGHT).to_string()} y1={format!("{:.1}", y(v))} y2={format!("{:.1}", y(v))} class="grid-line" />
                        <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", y(v))} text-anchor="end" dominant-baseline="middle" class="axis-label">
                            { number(v / divisor, lang, Precision::Significant3) }
                        </text>
                    </g>
                }
            });
            // A year label ("2030" at 12 px) every 40 px at most.
            let room = (w - LEFT - RIGHT) / 40.0;
            let label_every = ((t.years.len() as f64 / room.max(1.0)).ceil() as usize)
                .max(t.years.len() / 10)
                .max(1);
            let year_labels = t.years.iter().enumerate().filter(|(k, _)| k % label_every == 0).map(|(_, yr)| html! {
                <text x={format!("{:.1}", x(yr.year))} y={(H - BOTTOM + 18.0).to_string()} text-anchor="middle" class="axis-label">
                    { yr.year.to_string() }
                </text>
            });
            let first = t.first_year_meeting_target;
            let dots = t.years.iter().zip(&values).map(|(yr, v)| {
                let met = yr.meets_target == Some(true);
                let amount = metric_value(metric, *v, lang);
                let label = texts::year_value(yr.year, &amount, lang);
                html! {
                    <circle class={classes!("trajectory-dot", met.then_some("met"), (first == Some(yr.year)).then_some("first"))}
                        cx={format!("{:.1}", x(yr.year))} cy={format!("{:.1}", y(*v))} r={if first == Some(yr.year) { "6" } else { "4" }}
                        tabindex="0" role="img" aria-label={label} />
                }
            });
            let line: Vec<(f64, f64)> = t
                .years
                .iter()
                .zip(&values)
                .map(|(yr, v)| (x(yr.year), y(*v)))
                .collect();
            let target_line = target.map(|v| {
                let text = texts::target_label(&metric_value(metric, v, lang), lang);
                // CJK characters are about twice as wide as the estimate per char.
                let chars = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
                let (lx, ly, anchor) = target_label_place(&line, y(v), chars, w);
                html! {
                    <g class="target">
                        <line class="target-line" x1={LEFT.to_string()} x2={(w - RIGHT).to_string()} y1={format!("{:.1}", y(v))} y2={format!("{:.1}", y(v))} />
                        <text class="target-label" data-testid="target-label" x={format!("{lx:.1}")} y={format!("{ly:.1}")} text-anchor={anchor}>{ text }</text>
                    </g>
                }
            });
            let status = match (t.target, first) {
                (None, _) => Text::NoTargetSet.get(lang).to_string(),
                (Some(_), Some(0)) => Text::BaselineMeetsTarget.get(lang).to_string(),
                (Some(_), Some(year)) => texts::first_met_in_year(year, lang),
                (Some(_), None) => texts::not_met_by_year(i.years, lang),
            };
            let rows = t.years.iter().zip(&values).map(|(yr, v)| html! {
                <tr>
                    <th scope="row" class="num">{ yr.year.to_string() }</th>
                    <td class="num">{ tons(yr.tonnage, lang, Precision::Significant3Full) }</td>
                    <td class="num">{ percent(yr.allocated_share, lang) }</td>
                    <td class="num" data-value={v.to_string()}>{ metric_value_full(metric, *v, lang) }</td>
                    <td>{ match yr.meets_target { Some(true) => Text::Yes.get(lang), Some(false) => Text::No.get(lang), None => "–" } }</td>
                </tr>
            });
            let hint = html! {
                    <p class="trajectory-status" data-testid="trajectory-first-year"
                        data-value={first.map(|f| f.to_string()).unwrap_or_default()}>{ status }</p>
            };
            let chart = html! {
                    <svg ref={node.clone()} class="chart trajectory" data-chart={ChartKind::Trajectory.code()} viewBox={format!("0 0 {w:.0} {H}")} width="100%"
                        role="group" aria-labelledby="trajectory-title">
                        <title id="trajectory-title">{ title.clone() }</title>
                        { for ticks }
                        <line class="axis-line" x1={LEFT.to_string()} x2={(w - RIGHT).to_string()} y1={(H - BOTTOM).to_string()} y2={(H - BOTTOM).to_string()} />
                        { for year_labels }
                        <text class="axis-title" x={((LEFT + w - RIGHT) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">
                            { Text::YearAxis.get(lang) }
                        </text>
                        <text class="axis-title" x="4" y="10">{ texts::per_year(unit, lang) }</text>
                        { for target_line }
                        <polyline class="trajectory-line" points={points.join(" ")} fill="none" />
                        { for dots }
                    </svg>
            };
            let table = html! {
                            <table data-testid="trajectory-table">
                                <caption>{ Text::YearsTableCaption.get(lang) }</caption>
                                <thead><tr>
                                    <th scope="col" class="num">{ Text::Year.get(lang) }</th>
                                    <th scope="col" class="num">{ metal::primary_metal(Metal::of(&props.dataset), lang) }</th>
                                    <th scope="col" class="num">{ Text::ShareProcessed.get(lang) }</th>
                                    <th scope="col" class="num">{ metric_name(metric, lang) }</th>
                                    <th scope="col">{ Text::MeetsTarget.get(lang) }</th>
                                </tr></thead>
                                <tbody>{ for rows }</tbody>
                            </table>
            };
            (None, hint, chart, table)
        }
    };
    html! {
        <ChartCard {lang} kind={ChartKind::Trajectory} testid="trajectory" title={title} class="trajectory-section"
            {error} {hint} {chart} {table} />
    }
}
