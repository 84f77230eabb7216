//! The chain map's columns and rows: stages by longest distance from the start product,
//! rows by barycentre sweeps so few production steps cross, a gap kept in each column a
//! long step runs through.
use std::collections::HashMap;

use crate::model::{Dataset, ProductKind};

/// One product placed on the chain map.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index in the dataset's products.
    pub index: usize,
    /// Column from the left (0 = the leftmost stage); for the band, its position in it.
    pub col: usize,
    /// Row within the column (the top of its box); fractional rows centre a product on what
    /// it feeds.
    pub row: f64,
    /// Scrap and recycled metal (and anything off the production graph) sit apart.
    pub apart: bool,
}

/// A production step spanning more than one column, through the columns between (column,
/// row of the line's centre as a box's row): it runs in a gap of those columns, not across
/// their boxes.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub from: usize,
    pub to: usize,
    pub via: Vec<(usize, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChainLayout {
    pub placed: Vec<Placed>,
    /// Stage of each column relative to the start product (negative = upstream).
    pub stages: Vec<i64>,
    /// Rows of the main graph (the band below not counted).
    pub rows: f64,
    pub routes: Vec<Route>,
}

/// Room a row of boxes takes; a line between boxes (a long step's way through a column)
/// takes `PASS` of a row beside a box and `PASS_PAIR` beside another such line.
const PASS: f64 = 0.6;
const PASS_PAIR: f64 = 0.2;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Item {
    Node(usize),
    /// The `k`-th long edge's way through a column.
    Pass(usize),
}

/// Column = longest distance from the start product along production steps (products the
/// start is made from get negative stages, so alumina stands before primary metal). The
/// order within each column is the barycentre of its neighbours' (sweeps down and up the
/// columns, the order with the fewest crossings kept), a step spanning columns runs through
/// a gap kept for it in each, and rows follow what feeds a product, so few lines cross.
pub fn chain_layout(ds: &Dataset) -> ChainLayout {
    let products = ds.products();
    let n = products.len();
    let index: HashMap<&str, usize> = products
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let start = index.get(ds.start()).copied();
    let edges: Vec<(usize, usize)> = ds
        .steps()
        .iter()
        .filter(|s| !s.recycling)
        .filter_map(|s| Some((*index.get(s.from.as_str())?, *index.get(s.to.as_str())?)))
        .collect();
    let apart: Vec<bool> = products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            matches!(p.kind, ProductKind::Scrap | ProductKind::Recycled)
                || (Some(i) != start && !edges.iter().any(|&(a, b)| a == i || b == i))
        })
        .collect();
    let is_apart = |i: usize| apart.get(i).copied().unwrap_or(true);
    let main_edges: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|&(a, b)| !is_apart(a) && !is_apart(b))
        .collect();

    // Longest distances by relaxation: the production graph is acyclic (validated), so
    // n rounds suffice; the bound also keeps a bad graph from looping.
    let mut stage: Vec<Option<i64>> = vec![None; n];
    if let Some(s) = start.and_then(|s| stage.get_mut(s)) {
        *s = Some(0);
    }
    relax(&mut stage, &main_edges, n, |stage, a, b| {
        let d = stage.get(a).copied().flatten()? + 1;
        let slot = stage.get_mut(b)?;
        (slot.is_none_or(|x| x < d)).then(|| *slot = Some(d))
    });
    // Upstream of the start: as many stages before it as its longest way to it.
    let mut upstream: Vec<Option<i64>> = vec![None; n];
    if let Some(s) = start.and_then(|s| upstream.get_mut(s)) {
        *s = Some(0);
    }
    relax(&mut upstream, &main_edges, n, |up, a, b| {
        let d = up.get(b).copied().flatten()? + 1;
        let slot = up.get_mut(a)?;
        (slot.is_none_or(|x| x < d)).then(|| *slot = Some(d))
    });
    for (s, up) in stage.iter_mut().zip(&upstream) {
        if s.is_none() {
            *s = up.map(|d| -d);
        }
    }
    // Side branches (made from an upstream product but not leading to the start).
    relax(&mut stage, &main_edges, n, |stage, a, b| {
        let d = stage.get(a).copied().flatten()? + 1;
        let slot = stage.get_mut(b)?;
        slot.is_none().then(|| *slot = Some(d))
    });

    let min = stage.iter().flatten().copied().min().unwrap_or(0);
    let max = stage.iter().flatten().copied().max().unwrap_or(0);
    let stages: Vec<i64> = (min..=max).collect();
    let col_of = |i: usize| -> Option<usize> {
        if is_apart(i) {
            return None;
        }
        let s = stage.get(i).copied().flatten()?;
        usize::try_from(s - min).ok()
    };
    // Steps between placed products, each as its chain of items column by column.
    let steps: Vec<(usize, usize, usize, usize)> = main_edges
        .iter()
        .filter_map(|&(a, b)| {
            let (ca, cb) = (col_of(a)?, col_of(b)?);
            (cb > ca).then_some((a, b, ca, cb))
        })
        .collect();
    let mut columns: Vec<Vec<Item>> = vec![Vec::new(); stages.len()];
    for i in 0..n {
        if let Some(col) = col_of(i).and_then(|c| columns.get_mut(c)) {
            col.push(Item::Node(i));
        }
    }
    for (k, &(_, _, ca, cb)) in steps.iter().enumerate() {
        for c in ca + 1..cb {
            if let Some(col) = columns.get_mut(c) {
                col.push(Item::Pass(k));
            }
        }
    }
    // Segments between adjacent columns, as (item on the left, item on the right).
    let mut links: Vec<(usize, Item, Item)> = Vec::new();
    for (k, &(a, b, ca, cb)) in steps.iter().enumerate() {
        let item = |c: usize| {
            if c == ca {
                Item::Node(a)
            } else if c == cb {
                Item::Node(b)
            } else {
                Item::Pass(k)
            }
        };
        for c in ca..cb {
            links.push((c, item(c), item(c + 1)));
        }
    }
    let position = |columns: &[Vec<Item>], c: usize, item: Item| -> Option<f64> {
        columns
            .get(c)?
            .iter()
            .position(|x| *x == item)
            .map(|p| p as f64)
    };
    let crossings_of = |columns: &[Vec<Item>]| -> usize {
        let segs: Vec<(usize, f64, f64)> = links
            .iter()
            .filter_map(|&(c, l, r)| {
                Some((c, position(columns, c, l)?, position(columns, c + 1, r)?))
            })
            .collect();
        let mut count = 0;
        for (k, a) in segs.iter().enumerate() {
            for b in segs.iter().skip(k + 1) {
                if a.0 == b.0 && (a.1 - b.1) * (a.2 - b.2) < 0.0 {
                    count += 1;
                }
            }
        }
        count
    };
    // Barycentre sweeps: each column ordered by the mean position of its neighbours in the
    // column before (down) or after (up); an item with none keeps its place.
    let mut best = columns.clone();
    let mut best_count = crossings_of(&best);
    for round in 0..8 {
        let down = round % 2 == 0;
        let order: Vec<usize> = if down {
            (1..columns.len()).collect()
        } else {
            (0..columns.len().saturating_sub(1)).rev().collect()
        };
        for c in order {
            let Some(items) = columns.get(c).cloned() else {
                continue;
            };
            let mut keyed: Vec<(f64, usize, Item)> = items
                .iter()
                .enumerate()
                .map(|(p, &item)| {
                    let neighbours: Vec<f64> = links
                        .iter()
                        .filter_map(|&(lc, l, r)| match down {
                            true if lc + 1 == c && r == item => position(&columns, lc, l),
                            false if lc == c && l == item => position(&columns, c + 1, r),
                            _ => None,
                        })
                        .collect();
                    let key = if neighbours.is_empty() {
                        p as f64
                    } else {
                        neighbours.iter().sum::<f64>() / neighbours.len() as f64
                    };
                    (key, p, item)
                })
                .collect();
            crate::model::sort::sort_by(&mut keyed, |x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
            if let Some(col) = columns.get_mut(c) {
                *col = keyed.into_iter().map(|(_, _, item)| item).collect();
            }
        }
        let count = crossings_of(&columns);
        if count < best_count {
            best_count = count;
            best = columns.clone();
        }
    }
    let columns = best;

    // Rows, column by column: level with the mean row of what feeds an item, never closer
    // to the item above than a box (or a line's way) needs.
    let mut row_of: HashMap<(usize, u8, usize), f64> = HashMap::new();
    let key_of = |c: usize, item: Item| match item {
        Item::Node(i) => (c, 0, i),
        Item::Pass(k) => (c, 1, k),
    };
    for (c, items) in columns.iter().enumerate() {
        let mut last: Option<(f64, Item)> = None;
        for &item in items {
            let feeders: Vec<f64> = links
                .iter()
                .filter(|&&(lc, _, r)| lc + 1 == c && r == item)
                .filter_map(|&(lc, l, _)| row_of.get(&key_of(lc, l)))
                .copied()
                .collect();
            let wanted = if feeders.is_empty() {
                0.0
            } else {
                (feeders.iter().sum::<f64>() / feeders.len() as f64 * 5.0).round() / 5.0
            };
            let row = match last {
                None => wanted.max(0.0),
                Some((prev, before)) => {
                    let room = match (before, item) {
                        (Item::Node(_), Item::Node(_)) => 1.0,
                        (Item::Pass(_), Item::Pass(_)) => PASS_PAIR,
                        _ => PASS,
                    };
                    wanted.max(prev + room)
                }
            };
            last = Some((row, item));
            row_of.insert(key_of(c, item), row);
        }
    }
    let row_at = |c: usize, item: Item| row_of.get(&key_of(c, item)).copied().unwrap_or(0.0);
    let mut placed: Vec<Placed> = Vec::new();
    for (c, items) in columns.iter().enumerate() {
        for &item in items {
            if let Item::Node(i) = item {
                placed.push(Placed {
                    index: i,
                    col: c,
                    row: row_at(c, item),
                    apart: false,
                });
            }
        }
    }
    // A stage with a single product sits level with the middle of what it feeds, right to
    // left, so the start product is centred on its branches.
    for col in (0..stages.len()).rev() {
        let in_col: Vec<usize> = placed
            .iter()
            .enumerate()
            .filter(|(_, p)| p.col == col)
            .map(|(k, _)| k)
            .collect();
        let [only] = in_col.as_slice() else { continue };
        let alone = columns.get(col).is_some_and(|items| items.len() == 1);
        let Some(i) = placed.get(*only).map(|p| p.index).filter(|_| alone) else {
            continue;
        };
        let fed: Vec<f64> = main_edges
            .iter()
            .filter(|&&(a, _)| a == i)
            .filter_map(|&(_, b)| placed.iter().find(|p| p.index == b && p.col == col + 1))
            .map(|p| p.row)
            .collect();
        if !fed.is_empty() {
            let centre = fed.iter().sum::<f64>() / fed.len() as f64;
            if let Some(p) = placed.get_mut(*only) {
                p.row = centre;
            }
        }
    }
    let routes: Vec<Route> = steps
        .iter()
        .enumerate()
        .filter(|(_, &(_, _, ca, cb))| cb > ca + 1)
        .map(|(k, &(a, b, ca, cb))| Route {
            from: a,
            to: b,
            via: (ca + 1..cb)
                .map(|c| (c, row_at(c, Item::Pass(k))))
                .collect(),
        })
        .collect();
    let rows = placed
        .iter()
        .map(|p| p.row + 1.0)
        .chain(
            routes
                .iter()
                .flat_map(|r| r.via.iter().map(|&(_, row)| row + 1.0)),
        )
        .fold(1.0, f64::max);
    let off_graph = (0..n).filter(|&i| is_apart(i) || stage.get(i).copied().flatten().is_none());
    for (band, i) in off_graph.enumerate() {
        // Every other column, so the recycling step between them has room for its label.
        placed.push(Placed {
            index: i,
            col: band * 2,
            row: 0.0,
            apart: true,
        });
    }
    ChainLayout {
        placed,
        stages,
        rows,
        routes,
    }
}

fn relax<T>(
    values: &mut [T],
    edges: &[(usize, usize)],
    rounds: usize,
    step: impl Fn(&mut [T], usize, usize) -> Option<()>,
) {
    for _ in 0..=rounds {
        let mut changed = false;
        for &(a, b) in edges {
            changed |= step(values, a, b).is_some();
        }
        if !changed {
            break;
        }
    }
}

/// The chain map's production steps as lines in (column, row) space, through their ways
/// between columns: what `crossings` counts.
pub fn chain_lines(ds: &Dataset, layout: &ChainLayout) -> Vec<Vec<(f64, f64)>> {
    let products = ds.products();
    let at = |i: usize| {
        layout
            .placed
            .iter()
            .find(|p| p.index == i && !p.apart)
            .map(|p| (p.col as f64, p.row))
    };
    ds.steps()
        .iter()
        .filter(|s| !s.recycling)
        .filter_map(|s| {
            let a = products.iter().position(|p| p.id == s.from)?;
            let b = products.iter().position(|p| p.id == s.to)?;
            let mut line = vec![at(a)?];
            if let Some(r) = layout.routes.iter().find(|r| r.from == a && r.to == b) {
                line.extend(r.via.iter().map(|&(c, row)| (c as f64, row)));
            }
            line.push(at(b)?);
            Some(line)
        })
        .collect()
}

/// How many times the polylines `lines` cross each other (a shared end is not a crossing).
pub fn crossings(lines: &[Vec<(f64, f64)>]) -> usize {
    type Segment = (usize, (f64, f64), (f64, f64));
    let segments: Vec<Segment> = lines
        .iter()
        .enumerate()
        .flat_map(|(k, l)| {
            l.windows(2)
                .filter_map(move |w| Some((k, *w.first()?, *w.get(1)?)))
        })
        .collect();
    let cross = |(p1, p2): ((f64, f64), (f64, f64)), (q1, q2): ((f64, f64), (f64, f64))| {
        let side = |a: (f64, f64), b: (f64, f64), c: (f64, f64)| {
            (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
        };
        let (d1, d2) = (side(q1, q2, p1), side(q1, q2, p2));
        let (d3, d4) = (side(p1, p2, q1), side(p1, p2, q2));
        d1 * d2 < -1e-9 && d3 * d4 < -1e-9
    };
    let mut count = 0;
    for (k, a) in segments.iter().enumerate() {
        for b in segments.iter().skip(k + 1) {
            if a.0 != b.0 && cross((a.1, a.2), (b.1, b.2)) {
                count += 1;
            }
        }
    }
    count
}
