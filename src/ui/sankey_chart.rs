//! Sankey diagram of the plan's metal through the chain, as the model's `scenario_flows`
//! gives it: the start product → each path's products, ingot sold, process scrap going
//! round (scrap → remelt → back to the start), the melt loss, and scrap sold when it is.
//! This component only lays the flows out and draws them, in tonnes or in yuan.
use std::rc::Rc;

use yew::prelude::*;

use super::chart_card::ChartCard;
use super::chart_kind::ChartKind;

use super::format::{tons, yuan, Precision};
use super::scenario_text::{product_name, short_label};
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::derived::Derivation;
use crate::i18n::Lang;
use crate::model::flows::{MELT_LOSS, REMELT, SCRAP, SCRAP_SOLD, SOLD};
use crate::model::{Dataset, Flow, FlowKind, ScenarioResult};

const W: f64 = 900.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 190.0;
const TOP: f64 = 24.0;
const NODE_W: f64 = 12.0;
/// Room between nodes of a column: a two-line label fits.
const GAP: f64 = 32.0;
/// Longest name drawn in the chart; the full name is in the aria-label and the table.
const LABEL_CHARS: usize = 24;

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

#[derive(Clone, Debug, PartialEq)]
struct NodeBox {
    key: String,
    label: String,
    value: f64,
    x: f64,
    y: f64,
    h: f64,
}

#[derive(Clone, Debug, PartialEq)]
struct LinkPath {
    d: String,
    width: f64,
    kind: FlowKind,
    from: String,
    to: String,
    value: f64,
}

#[derive(Clone, Debug, PartialEq)]
struct Layout {
    height: f64,
    nodes: Vec<NodeBox>,
    links: Vec<LinkPath>,
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
    lang: Lang,
) -> Option<Layout> {
    let amount = |f: &Flow| match unit {
        Unit::Tonnes => f.tonnes,
        Unit::Yuan => f.yuan,
    };
    let start = ds.start();
    // Column of a product: its deepest position on any path (the start is column 0).
    let mut cols: Vec<(String, usize)> = vec![(start.to_string(), 0)];
    for o in &r.products {
        for (i, id) in o.path.iter().enumerate() {
            match cols.iter_mut().find(|(k, _)| k == id) {
                Some((_, c)) => *c = (*c).max(i),
                None => cols.push((id.clone(), i)),
            }
        }
    }
    let depth = cols.iter().map(|(_, c)| *c).max().unwrap_or(0).max(1);
    let col_of = |key: &str| -> usize {
        match key {
            SOLD | MELT_LOSS => 1,
            SCRAP | SCRAP_SOLD => depth,
            REMELT => 0,
            id => cols.iter().find(|(k, _)| k == id).map_or(0, |(_, c)| *c),
        }
    };
    // Scrap in a row under the main rows; the remelt, the melt loss and sold scrap lower
    // still, so the loop from scrap can turn down on the right and run back left.
    let lower = |key: &str| matches!(key, REMELT | MELT_LOSS | SCRAP_SOLD);
    let bottom = |key: &str| key == SCRAP || lower(key);
    // Nodes in display order: the start, "sold" (top of column 1), products in dataset order.
    let mut keys: Vec<String> = vec![start.to_string(), SOLD.to_string()];
    keys.extend(
        ds.products()
            .iter()
            .map(|p| p.id.clone())
            .filter(|id| id != start),
    );
    keys.extend([SCRAP, REMELT, MELT_LOSS, SCRAP_SOLD].map(String::from));
    keys.retain(|k| flows.iter().any(|f| &f.from == k || &f.to == k));
    let size = |k: &str| -> f64 {
        let inflow: f64 = flows.iter().filter(|f| f.to == k).map(amount).sum();
        let outflow: f64 = flows.iter().filter(|f| f.from == k).map(amount).sum();
        inflow.max(outflow)
    };
    let mut col_totals = vec![0.0_f64; depth + 1];
    let mut col_counts = vec![0_usize; depth + 1];
    for k in keys.iter().filter(|k| !bottom(k)) {
        if let (Some(t), Some(n)) = (col_totals.get_mut(col_of(k)), col_counts.get_mut(col_of(k))) {
            *t += size(k);
            *n += 1;
        }
    }
    let max_total = col_totals.iter().copied().fold(0.0, f64::max);
    let max_count = col_counts.iter().copied().max().unwrap_or(1).max(1);
    if !(max_total > 0.0 && max_total.is_finite()) {
        return None;
    }
    let main_h = (max_count as f64 * GAP * 2.5).max(300.0);
    let scale = (main_h - (max_count as f64 - 1.0) * GAP) / max_total;
    let col_x = |c: usize| LEFT + c as f64 * (W - LEFT - RIGHT - NODE_W) / depth as f64;

    let mut nodes = Vec::with_capacity(keys.len());
    let mut next_y = vec![TOP; depth + 1];
    let scrap_y = TOP + main_h + GAP;
    let scrap_h = if keys.iter().any(|k| k == SCRAP) {
        (size(SCRAP) * scale).max(1.0)
    } else {
        0.0
    };
    let lower_h = keys
        .iter()
        .filter(|k| lower(k))
        .map(|k| (size(k) * scale).max(1.0))
        .fold(1.0, f64::max);
    let lower_y = scrap_y + scrap_h + GAP * 0.75;
    for k in &keys {
        let h = (size(k) * scale).max(1.0);
        let c = col_of(k);
        let y = match k.as_str() {
            SCRAP => scrap_y,
            key if lower(key) => lower_y,
            _ => {
                let y = next_y.get(c).copied().unwrap_or(TOP);
                if let Some(slot) = next_y.get_mut(c) {
                    *slot = y + h + GAP;
                }
                y
            }
        };
        nodes.push(NodeBox {
            key: k.clone(),
            label: label_of(ds, k, lang),
            value: size(k),
            x: col_x(c),
            y,
            h,
        });
    }
    let node = |k: &str| nodes.iter().find(|n| n.key == k);
    let node_y = |k: &str| node(k).map_or(0.0, |n| n.y);
    let widths: Vec<f64> = flows.iter().map(|f| amount(f) * scale).collect();
    let width = |i: usize| widths.get(i).copied().unwrap_or(0.0);
    // Source offsets in the order of the targets' heights, target offsets in the order of
    // the sources' heights: fewer crossings.
    let mut y0 = vec![0.0_f64; flows.len()];
    let mut y1 = vec![0.0_f64; flows.len()];
    let mut by_target: Vec<usize> = (0..flows.len()).collect();
    crate::model::sort::sort_by(&mut by_target, |&a, &b| {
        let key = |i: usize| flows.get(i).map_or(0.0, |f| node_y(&f.to));
        key(a).total_cmp(&key(b))
    });
    let mut used: Vec<(String, f64)> = Vec::new();
    let take = |used: &mut Vec<(String, f64)>, key: &str, w: f64| -> f64 {
        match used.iter_mut().find(|(k, _)| k == key) {
            Some((_, u)) => {
                let before = *u;
                *u += w;
                before
            }
            None => {
                used.push((key.to_string(), w));
                0.0
            }
        }
    };
    for i in by_target {
        let (Some(f), Some(slot)) = (flows.get(i), y0.get_mut(i)) else {
            continue;
        };
        let w = widths.get(i).copied().unwrap_or(0.0);
        *slot = node_y(&f.from) + take(&mut used, &f.from, w) + w / 2.0;
    }
    let mut by_source: Vec<usize> = (0..flows.len()).collect();
    crate::model::sort::sort_by(&mut by_source, |&a, &b| {
        let key = |i: usize| flows.get(i).map_or(0.0, |f| node_y(&f.from));
        key(a).total_cmp(&key(b))
    });
    let mut used_in: Vec<(String, f64)> = Vec::new();
    for i in by_source {
        let (Some(f), Some(slot)) = (flows.get(i), y1.get_mut(i)) else {
            continue;
        };
        let w = width(i);
        *slot = node_y(&f.to) + take(&mut used_in, &f.to, w) + w / 2.0;
    }
    let mut links = Vec::with_capacity(flows.len());
    for (i, f) in flows.iter().enumerate() {
        let (Some(src), Some(tgt)) = (node(&f.from), node(&f.to)) else {
            continue;
        };
        let w = width(i);
        let (a, b) = (
            y0.get(i).copied().unwrap_or(src.y),
            y1.get(i).copied().unwrap_or(tgt.y),
        );
        let d = match f.kind {
            // From the remelt node's left edge, bowing out left and up into the start.
            FlowKind::Return => {
                let (x0, x1) = (src.x, tgt.x);
                let a = src.y + src.h / 2.0;
                let b = tgt.y + tgt.h - w / 2.0;
                let bow = LEFT - 8.0 - w / 2.0;
                format!(
                    "M{x0:.1},{a:.1} C{:.1},{a:.1} {:.1},{b:.1} {x1:.1},{b:.1}",
                    x0 - bow,
                    x1 - bow
                )
            }
            // Out of the scrap node's right side, down, and back left under the chart.
            FlowKind::Remelt | FlowKind::ScrapSold => {
                let x0 = src.x + NODE_W;
                let a = src.y + src.h - w / 2.0;
                let b = tgt.y + tgt.h / 2.0;
                let turn = w / 2.0 + 14.0;
                format!(
                    "M{x0:.1},{a:.1} C{:.1},{a:.1} {:.1},{b:.1} {:.1},{b:.1} L{:.1},{b:.1}",
                    x0 + turn * 1.4,
                    x0 + turn * 1.4,
                    src.x,
                    tgt.x + NODE_W
                )
            }
            _ => {
                let (x0, x1) = (src.x + NODE_W, tgt.x);
                let xm = (x0 + x1) / 2.0;
                format!("M{x0:.1},{a:.1} C{xm:.1},{a:.1} {xm:.1},{b:.1} {x1:.1},{b:.1}")
            }
        };
        links.push(LinkPath {
            d,
            width: w.max(1.0),
            kind: f.kind,
            from: f.from.clone(),
            to: f.to.clone(),
            value: amount(f),
        });
    }
    Some(Layout {
        height: lower_y + lower_h + 28.0,
        nodes,
        links,
    })
}

#[derive(Properties, PartialEq)]
pub struct SankeyChartProps {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub result: Rc<ScenarioResult>,
    /// The plan's metal, step by step (crate::derived).
    pub flows: Derivation<Vec<Flow>>,
}

#[function_component(SankeyChart)]
pub fn sankey_chart(props: &SankeyChartProps) -> Html {
    let lang = props.lang;
    let unit = use_state(|| Unit::Tonnes);
    // An invalid plan has no result to draw either: the summary says why.
    let no_flows = Vec::new();
    let flows = props.flows.as_deref().unwrap_or(&no_flows);
    let shape = layout(&props.dataset, &props.result, flows, *unit, lang);
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
    let chart = match &shape {
        None => {
            html! { <p class="chart-empty">{ Text::SankeyEmpty.get(lang) }</p> }
        }
        Some(l) => html! {
            <svg class="chart sankey" data-chart={ChartKind::Sankey.code()} data-unit={unit_code} viewBox={format!("0 0 {W} {:.0}", l.height)}
                width="100%" role="group" aria-labelledby="sankey-title">
                <title id="sankey-title">{ title }</title>
                <g class="sankey-links">
                    { for l.links.iter().map(|k| html! {
                        <path class={class_of(k.kind)} d={k.d.clone()} stroke-width={format!("{:.1}", k.width)} fill="none" />
                    }) }
                </g>
                <g class="sankey-nodes">
                    { for l.nodes.iter().map(|n| {
                        let value = show(n.value);
                        // Scrap's label sits above it (the loop leaves on its right), the
                        // remelt's and sold scrap's below them (the loop arrives on the right).
                        let (lx, ly, anchor) = match n.key.as_str() {
                            SCRAP => (n.x + NODE_W, n.y - 24.0, "end"),
                            REMELT | SCRAP_SOLD => (n.x, n.y + n.h + 14.0, "start"),
                            _ => (n.x + NODE_W + 4.0, n.y + n.h / 2.0 - 7.0, "start"),
                        };
                        html! {
                            <g class="sankey-node" tabindex="0" role="img" aria-label={format!("{}: {value}", n.label)} data-node={n.key.clone()}>
                                <rect x={format!("{:.1}", n.x)} y={format!("{:.1}", n.y)} width={NODE_W.to_string()} height={format!("{:.1}", n.h)} />
                                <text x={format!("{lx:.1}")} y={format!("{ly:.1}")} text-anchor={anchor} dominant-baseline="middle"
                                    class="sankey-label">{ short_label(&n.label, LABEL_CHARS) }</text>
                                <text x={format!("{lx:.1}")} y={format!("{:.1}", ly + 15.0)} text-anchor={anchor} dominant-baseline="middle"
                                    class="sankey-label sankey-value">{ value }</text>
                            </g>
                        }
                    }) }
                </g>
            </svg>
        },
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
        <ChartCard {lang} kind={ChartKind::Sankey} testid="sankey" title={title} class="sankey-section"
            {controls} {hint} {chart} {table} />
    }
}
