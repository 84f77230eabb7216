//! Sankey diagram of the plan's metal through the chain, as the model's `scenario_flows`
//! gives it: the start product → each path's products, ingot sold, process scrap going
//! round (scrap → remelt → back to the start), the melt loss, and scrap sold when it is.
//! This component draws the flows, in tonnes or in yuan, laid out for the width it is drawn
//! at (`crate::chart_layout::sankey_layout`). The nodes carry numbers and the key under the
//! chart names them: names beside the nodes were 4–7 px, cut short and drawn over the bands.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::charts::card::ChartCard;
use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::chart_width::use_chart_width;
use crate::ui::hooks::context::use_lang;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::chart_layout::{sankey_layout, SankeyLayout, SANKEY_NODE_W};
use crate::derived::Derivation;
use crate::i18n::Lang;
use crate::model::flows::{MELT_LOSS, REMELT, SCRAP, SCRAP_SOLD, SOLD};
use crate::model::{Dataset, Flow, FlowKind, ScenarioResult};
use crate::ui::format::{tons, yuan, Precision};
use crate::ui::scenario::text::product_name;

/// Width laid out for before the chart is measured (and on the server).
const W: f64 = 640.0;

fn class_of(kind: FlowKind) -> &'static str {
    match kind {
        FlowKind::Product => "sankey-link sankey-link-product",
        FlowKind::Sold | FlowKind::ScrapSold | FlowKind::Loss => "sankey-link sankey-link-sold",
        FlowKind::Scrap => "sankey-link sankey-link-scrap",
        FlowKind::Remelt | FlowKind::Return => "sankey-link sankey-link-recycle",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Tonnes,
    Yuan,
}

fn label_of(ds: &Dataset, key: &str, lang: Lang) -> String {
    match key {
        SOLD => metal::sold_as_primary_metal(Metal::of(ds), lang),
        SCRAP => Text::ProcessScrap.get(lang).to_string(),
        REMELT => Text::Remelted.get(lang).to_string(),
        MELT_LOSS => Text::MeltLoss.get(lang).to_string(),
        SCRAP_SOLD => Text::ScrapSold.get(lang).to_string(),
        id => product_name(ds, id, lang),
    }
}

fn layout(
    ds: &Dataset,
    r: &ScenarioResult,
    flows: &[Flow],
    unit: Unit,
    width: f64,
) -> Option<SankeyLayout> {
    let amounts: Vec<f64> = flows
        .iter()
        .map(|f| match unit {
            Unit::Tonnes => f.tonnes,
            Unit::Yuan => f.yuan,
        })
        .collect();
    let order: Vec<String> = ds.products().iter().map(|p| p.id.clone()).collect();
    let paths: Vec<Vec<String>> = r.products.iter().map(|o| o.path.clone()).collect();
    sankey_layout(ds.start(), &order, &paths, flows, &amounts, width)
}

#[derive(Properties, PartialEq)]
pub struct SankeyChartProps {
    pub dataset: Rc<Dataset>,
    pub result: Rc<ScenarioResult>,
    /// The plan's metal, step by step (crate::derived).
    pub flows: Derivation<Vec<Flow>>,
    /// The embed's card: the key beside the chart, scrolling in a box of the chart's height.
    #[prop_or_default]
    pub compact: bool,
}

#[function_component(SankeyChart)]
pub fn sankey_chart(props: &SankeyChartProps) -> Html {
    let lang = use_lang();
    let unit = use_state(|| Unit::Tonnes);
    // An invalid plan has no result to draw either: the summary says why.
    let no_flows = Vec::new();
    let flows = props.flows.as_deref().unwrap_or(&no_flows);
    let node_ref = use_node_ref();
    let width = use_chart_width(node_ref.clone(), W);
    let shape = layout(&props.dataset, &props.result, flows, *unit, width);
    let show = |v: f64| match *unit {
        Unit::Tonnes => tons(v, lang, Precision::Significant3),
        Unit::Yuan => yuan(v, lang, Precision::Significant3),
    };
    // The table beside the chart: full figures.
    let cell = |v: f64| match *unit {
        Unit::Tonnes => tons(v, lang, Precision::Significant3Full),
        Unit::Yuan => yuan(v, lang, Precision::Significant3Full),
    };
    let toggle = {
        let unit = unit.clone();
        Callback::from(move |_: MouseEvent| {
            unit.set(if *unit == Unit::Tonnes {
                Unit::Yuan
            } else {
                Unit::Tonnes
            })
        })
    };
    let unit_code = if *unit == Unit::Tonnes { "t" } else { "yuan" };
    let title = Text::SankeyTitle.get(lang);
    // The key: each node's number, name and amount, in the page's own text.
    let key = match &shape {
        None => html! {},
        Some(l) => html! {
            <ol class="sankey-key" data-testid="sankey-key">
                { for l.nodes.iter().enumerate().map(|(k, n)| html! {
                    <li data-node={n.key.clone()}>
                        <span class="sankey-key-number">{ (k + 1).to_string() }</span>
                        <span class="sankey-key-name">{ label_of(&props.dataset, &n.key, lang) }</span>
                        <span class="sankey-key-value">{ show(n.value) }</span>
                    </li>
                }) }
            </ol>
        },
    };
    let chart = match &shape {
        None => {
            html! { <p class="chart-empty">{ Text::SankeyEmpty.get(lang) }</p> }
        }
        Some(l) => {
            let drawing = html! {
                <svg ref={node_ref.clone()} class="chart sankey" data-chart={ChartKind::Sankey.code()} data-unit={unit_code} viewBox={format!("0 0 {:.0} {:.0}", l.width, l.height)}
                    width="100%" role="group" aria-labelledby="sankey-title">
                    <title id="sankey-title">{ title }</title>
                    <g class="sankey-links">
                        { for l.links.iter().map(|k| html! {
                            <path class={class_of(k.kind)} d={k.d.clone()} stroke-width={format!("{:.1}", k.width)} fill="none" />
                        }) }
                    </g>
                    <g class="sankey-nodes">
                        { for l.nodes.iter().enumerate().map(|(k, n)| {
                            let label = label_of(&props.dataset, &n.key, lang);
                            html! {
                                <g class="sankey-node" tabindex="0" role="img" aria-label={format!("{}: {}", label, show(n.value))} data-node={n.key.clone()}>
                                    <rect x={format!("{:.1}", n.x)} y={format!("{:.1}", n.y)} width={SANKEY_NODE_W.to_string()} height={format!("{:.1}", n.h)} />
                                    <text class="sankey-number" x={format!("{:.1}", n.x + SANKEY_NODE_W / 2.0)} y={format!("{:.1}", n.y + n.h / 2.0)}
                                        text-anchor="middle" dominant-baseline="central">{ (k + 1).to_string() }</text>
                                </g>
                            }
                        }) }
                    </g>
                </svg>
            };
            html! {
                <>
                // In an embed the flows keep their drawn size (numbers at 12 px) and scroll inside
                // the card, like the key beside them, instead of shrinking to fit its height.
                if props.compact {
                    <div class="sankey-scroll" tabindex="0" role="region" aria-labelledby="sankey-title">{ drawing }</div>
                } else {
                    { drawing }
                }
                // In an embed the key scrolls inside the card, so it is a focusable region (the
                // keys scroll it); in the page it is a plain list under the chart.
                if props.compact {
                    <div class="sankey-key-scroll" tabindex="0" role="region" aria-label={Text::SankeyKeyLabel.get(lang)}>
                        { key.clone() }
                    </div>
                } else {
                    { key.clone() }
                }
                <ul class="chart-legend" data-testid="sankey-legend">
                    <li><span class="legend-swatch sankey-swatch-product"></span>{ Text::SankeyLegendProduct.get(lang) }</li>
                    <li><span class="legend-swatch sankey-swatch-sold"></span>{ Text::SankeyLegendSold.get(lang) }</li>
                    <li><span class="legend-swatch sankey-swatch-scrap"></span>{ Text::ProcessScrap.get(lang) }</li>
                    <li><span class="legend-swatch sankey-swatch-recycle"></span>{ Text::SankeyLegendRecycle.get(lang) }</li>
                </ul>
                </>
            }
        }
    };
    let rows = shape.iter().flat_map(|l| l.links.iter()).map(|k| {
        let name = |key: &str| label_of(&props.dataset, key, lang);
        html! {
            <tr>
                <td>{ name(&k.from) }</td>
                <td>{ name(&k.to) }</td>
                <td class="num" data-value={k.value.to_string()}>{ cell(k.value) }</td>
            </tr>
        }
    });
    let controls = html! {
        <button type="button" class="button" data-testid="sankey-unit" aria-pressed={(*unit == Unit::Yuan).to_string()} onclick={toggle}>
            { Text::ShowInYuan.get(lang) }
        </button>
    };
    let hint = html! {
        <p class="hint">{ match *unit {
            Unit::Tonnes => Text::SankeyHintTonnes.get(lang).to_string(),
            Unit::Yuan => metal::sankey_hint_yuan(Metal::of(&props.dataset), lang),
        } }</p>
    };
    let table = html! {
        <table data-testid="sankey-table">
            <caption>{ Text::FlowsTableCaption.get(lang) }</caption>
            <thead><tr>
                <th scope="col">{ Text::From.get(lang) }</th>
                <th scope="col">{ Text::To.get(lang) }</th>
                <th scope="col" class="num">{ if *unit == Unit::Tonnes { Text::TonsPerYear.get(lang) } else { Text::YuanPerYear.get(lang) } }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    };
    html! {
        <ChartCard kind={ChartKind::Sankey} testid="sankey" title={title} class="sankey-section"
            {controls} {hint} {chart} {table} />
    }
}
