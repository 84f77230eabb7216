//! The chain map's diagram in viewBox units, from `chain_layout`'s columns and rows: each
//! box, its focus ring, its wrapped name and its numbered mark; each production step's curve
//! (through the gaps a long step keeps), its arrowhead and a recycling step's label; the
//! stage headers and the band of scrap and recycled metal. The component formats and draws
//! these.
use super::chain::{chain_layout, Placed};
use super::text::wrap;
use crate::model::Dataset;

// Diagram geometry (viewBox units): 716 wide for five stages, so it is drawn at 0.93–1.0 of
// its size where it is shown (the chain map's `WIDE_SCREEN`) and its 12-unit text is never
// below 11 CSS px.
pub const CHAIN_NODE_W: f64 = 116.0;
pub const CHAIN_NODE_H: f64 = 64.0;
const COL_PITCH: f64 = 144.0;
const ROW_PITCH: f64 = 74.0;
const MARGIN: f64 = 12.0;
const HEADER: f64 = 30.0;
const BAND_GAP: f64 = 40.0;
const FONT: f64 = 12.0;
const LINE: f64 = 14.0;
/// Lines of a name in a box: every name of the default chain fits whole (tests/chart_layout.rs).
pub const CHAIN_NAME_LINES: usize = 4;
/// The em a name's line may take in a box.
pub const CHAIN_NAME_EM: f64 = (CHAIN_NODE_W - 10.0) / FONT;

#[derive(Clone, Debug, PartialEq)]
pub struct ChainEdge {
    pub from: String,
    pub to: String,
    pub recycling: bool,
    /// The curve's SVG path, from the source box's right edge to the target's left edge.
    pub d: String,
    /// The arrowhead's points.
    pub arrow: String,
    /// A recycling step's label position.
    pub label: Option<(f64, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChainNode {
    /// Index in the dataset's products.
    pub index: usize,
    pub apart: bool,
    /// The focus ring's and the box's x, y, width, height.
    pub focus: [f64; 4],
    pub body: [f64; 4],
    /// The name's lines: x, baseline y, text.
    pub lines: Vec<(f64, f64, String)>,
    /// The numbered mark's centre and its text's baseline.
    pub mark: [f64; 3],
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChainDrawing {
    pub width: f64,
    pub height: f64,
    /// Each stage's header: its centre x and the stage.
    pub headers: Vec<(f64, i64)>,
    /// The band's rule (x1, x2, y) and its label's y.
    pub band: Option<([f64; 3], f64)>,
    pub edges: Vec<ChainEdge>,
    pub nodes: Vec<ChainNode>,
    /// The list: one group per stage (the diagram's columns, top to bottom), then the apart
    /// band (`None`); indices into `nodes`.
    pub groups: Vec<(Option<i64>, Vec<usize>)>,
}

/// The chain map of `ds`, the products named by `names` (in the dataset's order, in the
/// page's language).
pub fn chain_drawing(ds: &Dataset, names: &[String]) -> ChainDrawing {
    let layout = chain_layout(ds);
    let products = ds.products();
    let main_bottom = HEADER + layout.rows * ROW_PITCH;
    let band_count = layout.placed.iter().filter(|p| p.apart).count();
    let band_cols = layout
        .placed
        .iter()
        .filter(|p| p.apart)
        .map(|p| p.col + 1)
        .max()
        .unwrap_or(0);
    let cols = layout.stages.len().max(band_cols).max(1) as f64;
    let width = MARGIN * 2.0 + cols * COL_PITCH - (COL_PITCH - CHAIN_NODE_W);
    let height = if band_count > 0 {
        main_bottom + BAND_GAP + ROW_PITCH
    } else {
        main_bottom
    };
    let pos = |p: &Placed| -> (f64, f64) {
        let x = MARGIN + p.col as f64 * COL_PITCH;
        let y = if p.apart {
            main_bottom + BAND_GAP
        } else {
            HEADER + p.row * ROW_PITCH
        };
        (x, y)
    };
    let find = |id: &str| {
        layout
            .placed
            .iter()
            .find(|p| products.get(p.index).is_some_and(|q| q.id == id))
    };

    let edges = ds
        .steps()
        .iter()
        .filter_map(|s| {
            let (a, b) = (find(&s.from)?, find(&s.to)?);
            let ((ax, ay), (bx, by)) = (pos(a), pos(b));
            let (x1, y1, x2, y2) = (
                ax + CHAIN_NODE_W,
                ay + CHAIN_NODE_H / 2.0,
                bx,
                by + CHAIN_NODE_H / 2.0,
            );
            // A step over several columns runs through the gaps kept for it in each.
            let via: Vec<(f64, f64)> = layout
                .routes
                .iter()
                .find(|r| r.from == a.index && r.to == b.index)
                .map(|r| {
                    r.via
                        .iter()
                        .map(|&(c, row)| {
                            (
                                MARGIN + c as f64 * COL_PITCH,
                                HEADER + row * ROW_PITCH + CHAIN_NODE_H / 2.0,
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut d = format!("M{x1:.1},{y1:.1}");
            let mut from = (x1, y1);
            let curve = |d: &mut String, (fx, fy): (f64, f64), (tx, ty): (f64, f64)| {
                let dx = ((tx - fx) / 2.0).max(16.0);
                d.push_str(&format!(
                    " C{:.1},{fy:.1} {:.1},{ty:.1} {tx:.1},{ty:.1}",
                    fx + dx,
                    tx - dx
                ));
            };
            for &(vx, vy) in &via {
                curve(&mut d, from, (vx, vy));
                d.push_str(&format!(" L{:.1},{vy:.1}", vx + CHAIN_NODE_W));
                from = (vx + CHAIN_NODE_W, vy);
            }
            curve(&mut d, from, (x2, y2));
            Some(ChainEdge {
                from: s.from.clone(),
                to: s.to.clone(),
                recycling: s.recycling,
                d,
                arrow: format!(
                    "{x2:.1},{y2:.1} {:.1},{:.1} {:.1},{:.1}",
                    x2 - 8.0,
                    y2 - 4.5,
                    x2 - 8.0,
                    y2 + 4.5
                ),
                label: s.recycling.then(|| ((x1 + x2) / 2.0, y1 - 8.0)),
            })
        })
        .collect();

    let nodes = layout
        .placed
        .iter()
        .map(|p| {
            let (x, y) = pos(p);
            let name = names.get(p.index).map(String::as_str).unwrap_or_default();
            let lines = wrap(name, CHAIN_NAME_EM, CHAIN_NAME_LINES);
            let first_y =
                y + CHAIN_NODE_H / 2.0 - (lines.len() as f64 - 1.0) * LINE / 2.0 + FONT * 0.35;
            let lines = lines
                .into_iter()
                .enumerate()
                .map(|(k, l)| (x + CHAIN_NODE_W / 2.0, first_y + k as f64 * LINE, l))
                .collect();
            ChainNode {
                index: p.index,
                apart: p.apart,
                focus: [x - 5.0, y - 5.0, CHAIN_NODE_W + 10.0, CHAIN_NODE_H + 10.0],
                body: [x, y, CHAIN_NODE_W, CHAIN_NODE_H],
                lines,
                mark: [x, y, y + 4.0],
            }
        })
        .collect();

    let headers = layout
        .stages
        .iter()
        .enumerate()
        .map(|(col, &st)| (MARGIN + col as f64 * COL_PITCH + CHAIN_NODE_W / 2.0, st))
        .collect();
    let band = (band_count > 0).then_some((
        [MARGIN, width - MARGIN, main_bottom + 4.0],
        main_bottom + 24.0,
    ));

    let mut groups: Vec<(Option<i64>, Vec<usize>)> = layout
        .stages
        .iter()
        .enumerate()
        .map(|(col, &st)| {
            // (index, row) pairs: sorting by row needs no second lookup by index.
            let mut members: Vec<(usize, f64)> = layout
                .placed
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.apart && p.col == col)
                .map(|(i, p)| (i, p.row))
                .collect();
            crate::model::sort::sort_by(&mut members, |a, b| a.1.total_cmp(&b.1));
            let members: Vec<usize> = members.into_iter().map(|(i, _)| i).collect();
            (Some(st), members)
        })
        .filter(|(_, m)| !m.is_empty())
        .collect();
    let apart: Vec<usize> = layout
        .placed
        .iter()
        .enumerate()
        .filter(|(_, p)| p.apart)
        .map(|(i, _)| i)
        .collect();
    if !apart.is_empty() {
        groups.push((None, apart));
    }

    ChainDrawing {
        width,
        height,
        headers,
        band,
        edges,
        nodes,
        groups,
    }
}
