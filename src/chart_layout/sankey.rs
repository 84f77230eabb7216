//! The Sankey of the plan's metal laid out for a width: nodes by column, bands stacked
//! in and out of them, the scrap loop round the sides.
use crate::model::{Flow, FlowKind};

/// A Sankey node's box: its key (a product id or one of `model::flows`' own nodes), the
/// metal (or value) through it, and where it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct SankeyNode {
    pub key: String,
    pub value: f64,
    pub x: f64,
    pub y: f64,
    pub h: f64,
}

/// A band between two nodes: its SVG path (the band's centre line) and stroke width.
#[derive(Clone, Debug, PartialEq)]
pub struct SankeyLink {
    pub d: String,
    pub width: f64,
    pub kind: FlowKind,
    pub from: String,
    pub to: String,
    pub value: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SankeyLayout {
    pub width: f64,
    pub height: f64,
    pub nodes: Vec<SankeyNode>,
    pub links: Vec<SankeyLink>,
}

/// A node's width: its number (the key under the chart names it) is drawn inside it.
pub const SANKEY_NODE_W: f64 = 24.0;
/// The least height of a node, so its number fits.
pub const SANKEY_MIN_H: f64 = 18.0;
const SANKEY_GAP: f64 = 10.0;
const SANKEY_TOP: f64 = 6.0;

/// The Sankey laid out for `width` CSS px: columns by the deepest position of a product on
/// any path (`paths`), the start in column 0; process scrap in a column of its own at the
/// right, below the others, fed along a channel under the products; remelted metal back to
/// the start around the left. No band runs across a node (so across a node's number): a
/// band from a product to scrap turns down in the gap after its column. `amounts` is each
/// flow's size in the unit drawn; `order` the products in display order.
pub fn sankey_layout(
    start: &str,
    order: &[String],
    paths: &[Vec<String>],
    flows: &[Flow],
    amounts: &[f64],
    width: f64,
) -> Option<SankeyLayout> {
    use crate::model::flows::{MELT_LOSS, REMELT, SCRAP, SCRAP_SOLD, SOLD};
    let amount = |i: usize| amounts.get(i).copied().unwrap_or(0.0).max(0.0);
    // Column of a product: its deepest position on any path (the start is column 0).
    let mut cols: Vec<(String, usize)> = vec![(start.to_string(), 0)];
    for path in paths {
        for (i, id) in path.iter().enumerate() {
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
            SCRAP | SCRAP_SOLD => depth + 1,
            REMELT => 0,
            id => cols.iter().find(|(k, _)| k == id).map_or(0, |(_, c)| *c),
        }
    };
    let lower = |key: &str| matches!(key, REMELT | MELT_LOSS | SCRAP_SOLD);
    let bottom = |key: &str| key == SCRAP || lower(key);
    // Nodes in display order: the start, "sold" (top of column 1), products in `order`.
    let mut keys: Vec<String> = vec![start.to_string(), SOLD.to_string()];
    keys.extend(order.iter().filter(|id| id.as_str() != start).cloned());
    keys.extend([SCRAP, REMELT, MELT_LOSS, SCRAP_SOLD].map(String::from));
    keys.retain(|k| flows.iter().any(|f| &f.from == k || &f.to == k));
    let size = |k: &str| -> f64 {
        let sum = |pick: &dyn Fn(&Flow) -> bool| -> f64 {
            flows
                .iter()
                .enumerate()
                .filter(|(_, f)| pick(f))
                .map(|(i, _)| amount(i))
                .sum()
        };
        sum(&|f| f.to == k).max(sum(&|f| f.from == k))
    };
    let mut col_totals = vec![0.0_f64; depth + 2];
    let mut col_counts = vec![0_usize; depth + 2];
    for k in keys.iter().filter(|k| !bottom(k)) {
        if let (Some(t), Some(n)) = (col_totals.get_mut(col_of(k)), col_counts.get_mut(col_of(k))) {
            *t += size(k);
            *n += 1;
        }
    }
    let max_total = col_totals.iter().copied().fold(0.0, f64::max);
    let max_count = col_counts.iter().copied().max().unwrap_or(1).max(1);
    if !(max_total > 0.0 && max_total.is_finite() && width.is_finite()) {
        return None;
    }
    // Narrower bands on a narrow screen, so the loops round the sides leave room.
    let main_h = (max_count as f64 * 44.0).max(260.0) * (width / 560.0).clamp(0.6, 1.0);
    let scale = (main_h - (max_count as f64 - 1.0) * SANKEY_GAP) / max_total;
    let band = |i: usize| amount(i) * scale;
    let of_kind = |kind: FlowKind| {
        flows
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == kind)
            .map(|(i, _)| band(i))
            .fold(0.0, f64::max)
    };
    // Room for the loop back to the start on the left, and for the turn down out of the
    // scrap node on the right.
    let left = 16.0 + 1.5 * of_kind(FlowKind::Return);
    let right = 24.0 + of_kind(FlowKind::Remelt).max(of_kind(FlowKind::ScrapSold));
    let width = width.max(left + right + (depth as f64 + 2.0) * SANKEY_NODE_W * 1.5);
    let step = (width - left - right - SANKEY_NODE_W) / (depth as f64 + 1.0);
    let col_x = |c: usize| left + c as f64 * step;

    let mut nodes: Vec<SankeyNode> = Vec::with_capacity(keys.len());
    let mut next_y = vec![SANKEY_TOP; depth + 2];
    for k in keys.iter().filter(|k| !bottom(k)) {
        let h = (size(k) * scale).max(SANKEY_MIN_H);
        let c = col_of(k);
        let y = next_y.get(c).copied().unwrap_or(SANKEY_TOP);
        if let Some(slot) = next_y.get_mut(c) {
            *slot = y + h + SANKEY_GAP;
        }
        nodes.push(SankeyNode {
            key: k.clone(),
            value: size(k),
            x: col_x(c),
            y,
            h,
        });
    }
    // Numbered as read: column by column, top to bottom (the key under the chart follows).
    crate::model::sort::sort_by(&mut nodes, |a, b| {
        a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
    });
    let main_bottom = next_y.iter().copied().fold(SANKEY_TOP, f64::max);
    let mut y = main_bottom + SANKEY_GAP;
    if keys.iter().any(|k| k == SCRAP) {
        let h = (size(SCRAP) * scale).max(SANKEY_MIN_H);
        nodes.push(SankeyNode {
            key: SCRAP.to_string(),
            value: size(SCRAP),
            x: col_x(depth + 1),
            y,
            h,
        });
        y += h + 2.0 * SANKEY_GAP;
    }
    // The remelt and sold scrap level, the loop arriving at their right; the melt loss below
    // the loop's line into the remelt.
    let mut lowest = y;
    for k in keys
        .iter()
        .filter(|k| matches!(k.as_str(), REMELT | SCRAP_SOLD))
    {
        let h = (size(k) * scale).max(SANKEY_MIN_H);
        nodes.push(SankeyNode {
            key: k.clone(),
            value: size(k),
            x: col_x(col_of(k)),
            y,
            h,
        });
        lowest = lowest.max(y + h + SANKEY_GAP);
    }
    if keys.iter().any(|k| k == MELT_LOSS) {
        let h = (size(MELT_LOSS) * scale).max(SANKEY_MIN_H);
        nodes.push(SankeyNode {
            key: MELT_LOSS.to_string(),
            value: size(MELT_LOSS),
            x: col_x(1),
            y: lowest,
            h,
        });
        lowest += h + SANKEY_GAP;
    }
    let node = |k: &str| nodes.iter().find(|n| n.key == k);
    let node_y = |k: &str| node(k).map_or(0.0, |n| n.y);
    let stack = |order: Vec<usize>, end: &dyn Fn(&Flow) -> &str| -> Vec<f64> {
        let mut used: Vec<(String, f64)> = Vec::new();
        let mut at = vec![0.0_f64; flows.len()];
        for i in order {
            let (Some(f), Some(slot)) = (flows.get(i), at.get_mut(i)) else {
                continue;
            };
            let key = end(f);
            let w = band(i);
            let before = match used.iter_mut().find(|(k, _)| k == key) {
                Some((_, u)) => {
                    let b = *u;
                    *u += w;
                    b
                }
                None => {
                    used.push((key.to_string(), w));
                    0.0
                }
            };
            *slot = node_y(key) + before + w / 2.0;
        }
        at
    };
    // Leaving a node in the order of the targets' heights, arriving in the order of the
    // sources' (into scrap: later columns higher, so the channel's bands do not cross).
    let mut by_target: Vec<usize> = (0..flows.len()).collect();
    crate::model::sort::sort_by(&mut by_target, |&a, &b| {
        let key = |i: usize| flows.get(i).map_or(0.0, |f| node_y(&f.to));
        key(a).total_cmp(&key(b))
    });
    let y0 = stack(by_target, &|f: &Flow| f.from.as_str());
    let mut by_source: Vec<usize> = (0..flows.len()).collect();
    let source_key = |i: usize| {
        flows.get(i).map_or((0, 0.0), |f| {
            let col = if f.to == SCRAP {
                depth + 1 - col_of(&f.from)
            } else {
                0
            };
            (col, node_y(&f.from))
        })
    };
    crate::model::sort::sort_by(&mut by_source, |&a, &b| {
        let (ka, kb) = (source_key(a), source_key(b));
        ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
    });
    let y1 = stack(by_source, &|f: &Flow| f.to.as_str());
    // Scrap bands turn down in the gap after their column: the topmost on the right.
    let mut turn_x = vec![0.0_f64; flows.len()];
    for c in 0..=depth {
        let mut out: Vec<usize> = (0..flows.len())
            .filter(|&i| {
                flows
                    .get(i)
                    .is_some_and(|f| f.to == SCRAP && col_of(&f.from) == c)
            })
            .collect();
        crate::model::sort::sort_by(&mut out, |&a, &b| {
            y0.get(a)
                .copied()
                .unwrap_or(0.0)
                .total_cmp(&y0.get(b).copied().unwrap_or(0.0))
        });
        let total: f64 = out.iter().map(|&i| band(i)).sum();
        let gap_mid = col_x(c) + SANKEY_NODE_W + (step - SANKEY_NODE_W) / 2.0;
        let mut edge = gap_mid + total / 2.0;
        for i in out {
            if let Some(slot) = turn_x.get_mut(i) {
                *slot = edge - band(i) / 2.0;
            }
            edge -= band(i);
        }
    }
    let mut links = Vec::with_capacity(flows.len());
    for (i, f) in flows.iter().enumerate() {
        let (Some(src), Some(tgt)) = (node(&f.from), node(&f.to)) else {
            continue;
        };
        let w = band(i);
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
                let bow = left - 8.0 - w / 2.0;
                format!(
                    "M{x0:.1},{a:.1} C{:.1},{a:.1} {:.1},{b:.1} {x1:.1},{b:.1}",
                    x0 - bow,
                    x1 - bow
                )
            }
            // Out of the scrap node's right side, down, and back left under the chart.
            FlowKind::Remelt | FlowKind::ScrapSold => {
                let x0 = src.x + SANKEY_NODE_W;
                let a = src.y + src.h - w / 2.0;
                let b = tgt.y + tgt.h / 2.0;
                let turn = w / 2.0 + 10.0;
                format!(
                    "M{x0:.1},{a:.1} C{:.1},{a:.1} {:.1},{b:.1} {:.1},{b:.1} L{:.1},{b:.1}",
                    x0 + turn * 1.4,
                    x0 + turn * 1.4,
                    src.x,
                    tgt.x + SANKEY_NODE_W
                )
            }
            // Right, down the gap after the column, along the channel into scrap.
            FlowKind::Scrap => {
                let x0 = src.x + SANKEY_NODE_W;
                let xg = turn_x.get(i).copied().unwrap_or(x0);
                let r = (w / 2.0 + 2.0).min((xg - x0).max(0.0));
                format!(
                    "M{x0:.1},{a:.1} L{:.1},{a:.1} Q{xg:.1},{a:.1} {xg:.1},{:.1} L{xg:.1},{:.1} Q{xg:.1},{b:.1} {:.1},{b:.1} L{:.1},{b:.1}",
                    xg - r,
                    a + r,
                    b - r,
                    xg + r,
                    tgt.x
                )
            }
            _ => {
                let (x0, x1) = (src.x + SANKEY_NODE_W, tgt.x);
                let xm = (x0 + x1) / 2.0;
                format!("M{x0:.1},{a:.1} C{xm:.1},{a:.1} {xm:.1},{b:.1} {x1:.1},{b:.1}")
            }
        };
        links.push(SankeyLink {
            d,
            width: w.max(1.0),
            kind: f.kind,
            from: f.from.clone(),
            to: f.to.clone(),
            value: amount(i),
        });
    }
    Some(SankeyLayout {
        width,
        height: lowest + SANKEY_TOP,
        nodes,
        links,
    })
}
