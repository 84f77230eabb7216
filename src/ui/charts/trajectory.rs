//! The year-by-year way from baseline to plan (docs/model.md, "Trajectory") against the target
//! line, with the first year that meets the target, and the same figures as a table.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::charts::card::ChartCard;
use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::chart_width::use_chart_width;
use crate::ui::hooks::context::use_lang;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::chart_layout::{target_label_place, trajectory_layout};
use crate::derived::Derivation;
use crate::model::{Dataset, Metric, Trajectory, TrajectoryYear};
use crate::state::ScenarioInputs;
use crate::ui::format::{number, percent, tons, Precision};
use crate::ui::scenario::text::{
    amount_unit, error_text, metric_name, metric_value, metric_value_full,
};

/// Width laid out for before the chart is measured (and on the server); then the measured
/// width, one unit per CSS px, so the labels are drawn at their size.
const W: f64 = 640.0;

#[derive(Properties, PartialEq)]
pub struct TrajectoryChartProps {
    pub dataset: Rc<Dataset>,
    pub inputs: ScenarioInputs,
    /// Baseline to plan, year by year (crate::derived).
    pub trajectory: Derivation<Trajectory>,
}

fn metric_of(year: &TrajectoryYear, metric: Metric) -> f64 {
    match metric {
        Metric::AddedValue => year.added_value,
        Metric::OutputValue => year.output_value,
        Metric::GrossOutput => year.gross_output,
        Metric::RetainedValue => year.retained_value,
        // A value-added target on a plan without the estimate is refused by the model, so
        // no trajectory reaches here without it.
        Metric::ValueAdded => year.value_added.unwrap_or(f64::NAN),
        Metric::DeepProcessingRate => year.deep_processing_rate,
    }
}

#[function_component(TrajectoryChart)]
pub fn trajectory_chart(props: &TrajectoryChartProps) -> Html {
    let lang = use_lang();
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
            let years: Vec<u32> = t.years.iter().map(|y| y.year).collect();
            let layout = trajectory_layout(&years, &values, target, w);
            let (left, right, bottom, h) = (
                layout.plot_left,
                layout.plot_right,
                layout.plot_bottom,
                layout.height,
            );
            let y_max = layout.y_max;
            // A rate is drawn in percent, an amount in wan/yi or million/billion yuan.
            let (divisor, unit) = if metric.is_rate() {
                (0.01, "%")
            } else {
                amount_unit(y_max, lang)
            };
            let points: Vec<String> = layout
                .points
                .iter()
                .map(|(px, py)| format!("{px:.1},{py:.1}"))
                .collect();
            let ticks = layout.ticks.iter().map(|&(v, ty)| {
                html! {
                    <g class="axis-tick">
                        <line x1={left.to_string()} x2={right.to_string()} y1={format!("{ty:.1}")} y2={format!("{ty:.1}")} class="grid-line" />
                        <text x={(left - 6.0).to_string()} y={format!("{ty:.1}")} text-anchor="end" dominant-baseline="middle" class="axis-label">
                            { number(v / divisor, lang, Precision::Significant3) }
                        </text>
                    </g>
                }
            });
            let year_labels = layout.year_labels.iter().map(|&(year, yx)| html! {
                <text x={format!("{yx:.1}")} y={(bottom + 18.0).to_string()} text-anchor="middle" class="axis-label">
                    { year.to_string() }
                </text>
            });
            let first = t.first_year_meeting_target;
            let dots = t.years.iter().zip(&values).zip(&layout.points).map(|((yr, v), (px, py))| {
                let met = yr.meets_target == Some(true);
                let amount = metric_value(metric, *v, lang);
                let label = texts::year_value(yr.year, &amount, lang);
                html! {
                    <circle class={classes!("trajectory-dot", met.then_some("met"), (first == Some(yr.year)).then_some("first"))}
                        cx={format!("{px:.1}")} cy={format!("{py:.1}")} r={if first == Some(yr.year) { "6" } else { "4" }}
                        tabindex="0" role="img" aria-label={label} />
                }
            });
            let target_line = target.zip(layout.target_y).map(|(v, ty)| {
                let text = texts::target_label(&metric_value(metric, v, lang), lang);
                // CJK characters are about twice as wide as the estimate per char.
                let chars = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
                let (lx, ly, anchor) = target_label_place(&layout.points, ty, chars, w);
                html! {
                    <g class="target">
                        <line class="target-line" x1={left.to_string()} x2={right.to_string()} y1={format!("{ty:.1}")} y2={format!("{ty:.1}")} />
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
                    <svg ref={node.clone()} class="chart trajectory" data-chart={ChartKind::Trajectory.code()} viewBox={format!("0 0 {w:.0} {h}")} width="100%"
                        role="group" aria-labelledby="trajectory-title">
                        <title id="trajectory-title">{ title.clone() }</title>
                        { for ticks }
                        <line class="axis-line" x1={left.to_string()} x2={right.to_string()} y1={bottom.to_string()} y2={bottom.to_string()} />
                        { for year_labels }
                        <text class="axis-title" x={((left + right) / 2.0).to_string()} y={(h - 4.0).to_string()} text-anchor="middle">
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
        <ChartCard kind={ChartKind::Trajectory} testid="trajectory" title={title} class="trajectory-section"
            {error} {hint} {chart} {table} />
    }
}
