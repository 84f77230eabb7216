//! Horizontal bar chart of the ranked end products: a bar per product with its value,
//! low–high whiskers for estimates, the selected product highlighted (colour, weight and a
//! "current" label), on a linear axis (a log one on request). Bars are keyboard buttons.
//! Laid out for the width it is drawn at (`use_chart_width`): names wrap onto more lines
//! rather than shrink.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::chart_width::use_chart_width;
use crate::ui::hooks::context::use_lang;

use crate::catalog::texts::{self, Text};
use crate::chart_layout::{
    compare_rows, wrap, CompareScale as Scale, COMPARE_LEFT as LEFT, COMPARE_LINE as LINE,
};
use crate::model::{Dataset, RankedProduct};
use crate::ui::format::{number, Precision};

#[derive(Properties, PartialEq)]
pub struct CompareChartProps {
    pub ranked: Rc<Vec<RankedProduct>>,
    pub dataset: Rc<Dataset>,
    pub selected: Option<String>,
    pub log: bool,
    pub on_pick: Callback<String>,
}

/// Width laid out for before the chart is measured (and on the server).
const WIDTH: f64 = 480.0;
const AXIS: f64 = 30.0;
/// The names' size in px (styles/compare.css).
const FONT: f64 = 13.0;

#[function_component(CompareChart)]
pub fn compare_chart(props: &CompareChartProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let width = use_chart_width(node.clone(), WIDTH).max(200.0);
    let scale = Scale::new(&props.ranked, props.log, width);
    // Each row: its name on as many lines as the width needs, then the bar.
    let labels: Vec<Vec<String>> = props
        .ranked
        .iter()
        .map(|r| {
            let name = r.name.get(lang).to_string();
            let mut label = if props.selected.as_deref() == Some(r.product.as_str()) {
                texts::current_product(&name, lang)
            } else {
                name
            };
            // The source article's own figures (rod, cable, furniture in the default dataset).
            if r.from_article {
                label.push_str(Text::ArticleFigureSuffix.get(lang));
            }
            wrap(&label, (width - 2.0 * LEFT) / FONT, 4)
        })
        .collect();
    let counts: Vec<usize> = labels.iter().map(Vec::len).collect();
    let (rows, plot_bottom) = compare_rows(&counts);
    let height = plot_bottom + AXIS;
    let unit = Text::YuanPerTon.get(lang);
    // A bar's accessible name is its visible text (name and value; the unit is in the
    // title): a differing label would fail WCAG 2.5.3. Ranges are in the table.
    let title = if props.log {
        Text::CompareChartTitleLog
    } else {
        Text::CompareChartTitleLinear
    }
    .get(lang);

    let ticks = scale.ticks();
    let every = scale.label_every(ticks.len());
    let grid = ticks.into_iter().enumerate().map(|(i, t)| {
        let x = scale.x(t);
        // The first label starts at the axis, so it is not cut by the chart's edge.
        let anchor = if i == 0 { "start" } else { "middle" };
        html! {
            <g class="compare-tick">
                <line x1={fmt(x)} x2={fmt(x)} y1="0" y2={fmt(plot_bottom)} />
                if i % every == 0 {
                    <text x={fmt(x)} y={fmt(plot_bottom + 16.0)} text-anchor={anchor}>{ number(t, lang, Precision::Significant3) }</text>
                }
            </g>
        }
    });

    let bars = props.ranked.iter().zip(&rows).enumerate().map(|(i, (r, row))| {
        let id = r.product.clone();
        let selected = props.selected.as_deref() == Some(r.product.as_str());
        let weakest = crate::export::weakest_badge(&props.dataset, &r.path);
        let estimate = weakest == Some(crate::model::Badge::Estimate);
        let precision = if estimate { Precision::Significant3 } else { Precision::Exact };
        let value_text = number(r.added_value_per_t, lang, precision);
        let end = scale.x(r.added_value_per_t);
        let spread = r.added_value_per_t_low < r.added_value_per_t_high;
        let whisker_end = if spread { scale.x(r.added_value_per_t_high) } else { end };
        let lines = labels.get(i).cloned().unwrap_or_default();
        let onclick = {
            let pick = props.on_pick.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| pick.emit(id.clone()))
        };
        let onkeydown = {
            let pick = props.on_pick.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    pick.emit(id.clone());
                }
            })
        };
        let (y, bar_y, row_h) = (row.top, row.bar_y, row.height);
        html! {
            <g class={classes!("compare-bar", selected.then_some("selected"))} transform={format!("translate(0,{})", fmt(y))}
                tabindex="0" role="button" data-testid={format!("compare-bar-{}", r.product)}
                data-value={r.added_value_per_t.to_string()} {onclick} {onkeydown}>
                <rect class="hit" x="0" y="1" width={fmt(width)} height={fmt(row_h - 2.0)} />
                <text class="name" x={fmt(LEFT)} y="14">
                    { for lines.iter().enumerate().map(|(k, l)| html! {
                        <tspan x={fmt(LEFT)} dy={if k == 0 { "0".to_string() } else { fmt(LINE) }}>{ l.clone() }</tspan>
                    }) }
                </text>
                <rect class="bar" x={fmt(LEFT)} y={fmt(bar_y)} width={fmt((end - LEFT).max(1.0))} height="14" />
                if spread {
                    <g class="whisker">
                        <line x1={fmt(scale.x(r.added_value_per_t_low))} x2={fmt(whisker_end)} y1={fmt(bar_y + 7.0)} y2={fmt(bar_y + 7.0)} />
                        <line x1={fmt(scale.x(r.added_value_per_t_low))} x2={fmt(scale.x(r.added_value_per_t_low))} y1={fmt(bar_y + 2.0)} y2={fmt(bar_y + 12.0)} />
                        <line x1={fmt(whisker_end)} x2={fmt(whisker_end)} y1={fmt(bar_y + 2.0)} y2={fmt(bar_y + 12.0)} />
                    </g>
                }
                <text class="value" x={fmt(end.max(whisker_end) + 6.0)} y={fmt(bar_y + 12.0)}>{ value_text }</text>
            </g>
        }
    });

    html! {
        <svg ref={node} class="chart compare-chart" data-chart={ChartKind::Compare.code()} data-testid="compare-chart" viewBox={format!("0 0 {} {}", fmt(width), fmt(height))}
            width="100%" role="group" aria-labelledby="compare-chart-title" xmlns="http://www.w3.org/2000/svg">
            <title id="compare-chart-title">{ title }</title>
            { for grid }
            <text class="compare-unit" x={fmt(width - 2.0)} y={fmt(plot_bottom + 16.0)} text-anchor="end">{ unit }</text>
            { for bars }
        </svg>
    }
}

/// SVG numbers with at most two decimals.
fn fmt(x: f64) -> String {
    let s = format!("{:.2}", x);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
