//! The chain map: the dataset's products by stage, the production steps between them, and
//! the current path lit up. Two renderings of one layout: an SVG diagram on wide screens
//! (left to right) and a list of stages with a row of product buttons each, which is the
//! phone layout (top to bottom) and the diagram's text alternative. The buttons carry
//! `product-<id>`; the diagram's nodes carry `map-node-<id>`.
use yew::prelude::*;

use crate::ui::charts::kind::ChartKind;
use crate::ui::charts::map_button::MapButton;
use crate::ui::charts::map_node::MapNode;
use crate::ui::hooks::context::use_lang;

use crate::catalog::metal;
use crate::catalog::texts::{self, Text};
use crate::chart_layout::chain_drawing;
use crate::i18n::Lang;
use crate::model::{default_path, Dataset};

#[derive(Properties, PartialEq)]
pub struct ChainMapProps {
    /// Compared as a graph: figures alone do not redraw this view.
    pub graph: crate::ui::Graph,
    pub path: Vec<String>,
    /// A product picked: the caller shows the default path to it.
    pub on_select: Callback<String>,
}

fn stage_label(stage: i64, lang: Lang) -> String {
    texts::stage(stage, lang)
}

fn band_label(lang: Lang) -> &'static str {
    Text::ScrapBand.get(lang)
}

fn activate(
    on_select: &Callback<String>,
    id: &str,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let click = {
        let (on_select, id) = (on_select.clone(), id.to_string());
        Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))
    };
    let key = {
        let (on_select, id) = (on_select.clone(), id.to_string());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                // Space would otherwise scroll the page.
                e.prevent_default();
                on_select.emit(id.clone());
            }
        })
    };
    (click, key)
}

/// Where the diagram is shown: where its box is at least 668 px wide (its 716 units at 0.93
/// or more). The box is the screen less 58 px in one column, and the path view puts the map
/// beside the answer only from 70.75rem, where its column is still that wide (styles/path.css).
/// The same width as `.chain-map-figure`'s media query; below it the list of stages is the map.
const WIDE_SCREEN: &str = "(min-width: 45.5rem)";

/// What the map draws for one graph and language, computed once: every coordinate
/// formatted, every name wrapped, what can be picked and its handlers. A click then
/// changes only classes, labels and marks; formatting and wrapping it all again on each
/// click cost about 1.4 of its 7 ms of script at 1× (bench/README.md, "Input → paint").
pub(crate) struct Drawing {
    view_box: AttrValue,
    headers: Vec<(AttrValue, String)>,
    /// The band's rule (x1, x2, y), its label's y and text.
    band: Option<([AttrValue; 3], AttrValue, &'static str)>,
    edges: Vec<EdgeDrawing>,
    pub(crate) nodes: Vec<NodeDrawing>,
    /// The list: one group per stage (the diagram's columns), then the apart band; indices
    /// into `nodes`.
    groups: Vec<(String, Vec<usize>)>,
}

struct EdgeDrawing {
    from: String,
    to: String,
    recycling: bool,
    test_id: AttrValue,
    d: AttrValue,
    arrow: AttrValue,
    /// A recycling edge's label position.
    label: Option<(AttrValue, AttrValue)>,
}

pub(crate) struct NodeDrawing {
    pub(crate) id: String,
    pub(crate) name: AttrValue,
    /// `map-node-<id>` and `product-<id>`.
    pub(crate) test_ids: [AttrValue; 2],
    pub(crate) apart: bool,
    /// Reached from the start product by production steps (with its handlers), or shown
    /// for the picture only.
    pub(crate) handlers: Option<(Callback<MouseEvent>, Callback<KeyboardEvent>)>,
    /// The focus ring's and the box's x, y, width, height.
    pub(crate) focus: [AttrValue; 4],
    pub(crate) body: [AttrValue; 4],
    pub(crate) lines: Vec<(AttrValue, AttrValue, String)>,
    /// The numbered mark's centre and its text's baseline.
    mark: [AttrValue; 3],
}

/// One drawing as its nodes' components see it: the same drawing when it is the same one
/// (`use_memo` makes a new one only for a new graph, language or handler), so that a click
/// re-renders the nodes whose place on the path changed, not all of them.
pub(crate) type SharedDrawing = crate::ui::ByAddress<Drawing>;

fn num(x: f64) -> AttrValue {
    AttrValue::from(format!("{x:.1}"))
}

impl Drawing {
    fn new(ds: &Dataset, lang: Lang, on_select: &Callback<String>) -> Drawing {
        let products = ds.products();
        let names: Vec<String> = products
            .iter()
            .map(|q| q.name.get(lang).to_string())
            .collect();
        let drawing = chain_drawing(ds, &names);
        let edges = drawing
            .edges
            .into_iter()
            .map(|e| EdgeDrawing {
                test_id: AttrValue::from(format!("map-edge-{}-{}", e.from, e.to)),
                from: e.from,
                to: e.to,
                recycling: e.recycling,
                d: AttrValue::from(e.d),
                arrow: AttrValue::from(e.arrow),
                label: e.label.map(|(x, y)| (num(x), num(y))),
            })
            .collect();
        let nodes = drawing
            .nodes
            .into_iter()
            .map(|n| {
                let (id, name) = products
                    .get(n.index)
                    .map(|q| (q.id.clone(), q.name.get(lang).to_string()))
                    .unwrap_or_default();
                NodeDrawing {
                    handlers: default_path(ds, &id)
                        .is_ok()
                        .then(|| activate(on_select, &id)),
                    test_ids: [
                        AttrValue::from(format!("map-node-{id}")),
                        AttrValue::from(format!("product-{id}")),
                    ],
                    id,
                    name: AttrValue::from(name),
                    apart: n.apart,
                    focus: n.focus.map(num),
                    body: n.body.map(num),
                    lines: n
                        .lines
                        .into_iter()
                        .map(|(x, y, l)| (num(x), num(y), l))
                        .collect(),
                    mark: n.mark.map(num),
                }
            })
            .collect();
        let headers = drawing
            .headers
            .iter()
            .map(|&(x, st)| (num(x), stage_label(st, lang)))
            .collect();
        let band = drawing
            .band
            .map(|(rule, text_y)| (rule.map(num), num(text_y), band_label(lang)));
        let groups = drawing
            .groups
            .into_iter()
            .map(|(stage, members)| {
                let label = match stage {
                    Some(st) => stage_label(st, lang),
                    None => band_label(lang).to_string(),
                };
                (label, members)
            })
            .collect();
        Drawing {
            view_box: AttrValue::from(format!("0 0 {:.0} {:.0}", drawing.width, drawing.height)),
            headers,
            band,
            edges,
            nodes,
            groups,
        }
    }
}

#[function_component(ChainMap)]
pub fn chain_map(props: &ChainMapProps) -> Html {
    let lang = use_lang();
    let ds: &Dataset = &props.graph;
    let drawing = use_memo(
        (props.graph.clone(), lang, props.on_select.clone()),
        |(graph, lang, on_select)| Drawing::new(graph, *lang, on_select),
    );
    // On the server, built: the stylesheet hides it on phones.
    let wide = crate::ui::hooks::media_query::use_media_query(WIDE_SCREEN, true);
    // Position on the path (1-based), shown as a numbered mark: the non-colour cue.
    let on_path = |id: &str| props.path.iter().position(|p| p == id).map(|k| k + 1);
    let selected = props.path.last().map(String::as_str).unwrap_or_default();

    let edges = drawing.edges.iter().map(|e| {
        let lit = props
            .path
            .windows(2)
            .any(|w| matches!(w, [f, t] if *f == e.from && *t == e.to));
        let class = classes!(
            "edge",
            lit.then_some("on-path"),
            e.recycling.then_some("recycling")
        );
        let label = e.label.as_ref().map(|(x, y)| {
            html! {
                <text class="edge-label" x={x.clone()} y={y.clone()} text-anchor="middle">
                    { Text::RecyclingLabel.get(lang) }
                </text>
            }
        });
        html! {
            <g class={class} data-testid={e.test_id.clone()}>
                <path d={e.d.clone()} />
                <polygon points={e.arrow.clone()} />
                { for label }
            </g>
        }
    });

    let shared = crate::ui::ByAddress(drawing.clone());
    let nodes = drawing.nodes.iter().enumerate().map(|(index, n)| {
        html! {
            <MapNode drawing={shared.clone()} {index} step={on_path(&n.id)} selected={n.id == selected} />
        }
    });

    // Numbered marks on the path's products, drawn over the nodes but outside them, so a
    // node's accessible name is just its product's name.
    let marks = drawing.nodes.iter().filter_map(|n| {
        let k = on_path(&n.id)?;
        let [cx, cy, ty] = n.mark.clone();
        Some(html! {
            <g class="node-step">
                <circle cx={cx.clone()} {cy} r="10" />
                <text x={cx} y={ty} text-anchor="middle">{ k.to_string() }</text>
            </g>
        })
    });

    let headers = drawing.headers.iter().map(|(x, label)| {
        html! {
            <text class="stage-header" x={x.clone()} y="18" text-anchor="middle">
                { label.clone() }
            </text>
        }
    });
    let band_header = drawing.band.as_ref().map(|([x1, x2, y], text_y, label)| {
        html! {
            <>
                <line class="band-rule" x1={x1.clone()} x2={x2.clone()} y1={y.clone()} y2={y.clone()} />
                <text class="stage-header band" x={x1.clone()} y={text_y.clone()}>{ *label }</text>
            </>
        }
    });
    let title = Text::ChainMapTitle.get(lang);

    let list = drawing.groups.iter().map(|(label, members)| {
        html! {
            <li class="stage">
                <span class="stage-label">{ label.clone() }</span>
                <ul class="stage-products">
                    { for members.iter().filter_map(|&i| drawing.nodes.get(i).map(|n| (i, n))).map(|(index, n)| html! {
                        <MapButton drawing={shared.clone()} {index} step={on_path(&n.id)} selected={n.id == selected} />
                    }) }
                </ul>
            </li>
        }
    });

    html! {
        <section class="chain-map" data-testid="chain-map" aria-labelledby="chain-map-heading">
            <h2 id="chain-map-heading" class="path-heading">{ Text::ChainMap.get(lang) }</h2>
            <p class="path-hint">{ metal::chain_map_hint(&crate::i18n::product_name(ds, ds.start(), lang), lang) }</p>
            // The diagram shows only on wide screens (styles/path.css); on a phone it is not
            // built at all: 140 fewer elements and ~100 ms less script at 4× CPU on a phone.
            if wide {
                <div class="chain-map-figure">
                    <svg data-chart={ChartKind::ChainMap.code()} viewBox={drawing.view_box.clone()} width="100%"
                        preserveAspectRatio="xMinYMin meet" role="group" aria-labelledby="chain-map-title">
                        <title id="chain-map-title">{ title }</title>
                        <g class="stage-headers" aria-hidden="true">{ for headers }{ band_header }</g>
                        <g class="edges" aria-hidden="true">{ for edges }</g>
                        <g class="nodes">{ for nodes }</g>
                        <g class="node-steps" aria-hidden="true">{ for marks }</g>
                    </svg>
                </div>
            }
            <ol class="stage-list" data-testid="stage-list" aria-label={Text::ProductsByStage.get(lang)}>
                { for list }
            </ol>
        </section>
    }
}
