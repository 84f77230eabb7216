//! Layout of the charts that is pure arithmetic (no web dependency), so it is tested natively
//! (`tests/chart_layout.rs`): names wrapped into lines without measuring text, Chinese only
//! between words; the chain map's columns and rows with few crossing edges.
use std::collections::HashMap;

use crate::model::{Dataset, Flow, FlowKind, ProductKind};

/// Approximate advance of a character in em, on the wide side (bold DejaVu Sans, the widest
/// font a visitor's system is likely to draw the page in), so a wrapped line fits its box.
pub fn char_em(c: char) -> f64 {
    if u32::from(c) >= 0x2E80 {
        1.0
    } else if c == ' ' {
        0.35
    } else if "il.,'|!:;".contains(c) {
        0.36
    } else if "()-[]".contains(c) {
        0.46
    } else if "ftrj".contains(c) {
        0.5
    } else if "mwMW".contains(c) {
        1.05
    } else if c.is_ascii_uppercase() {
        0.78
    } else {
        0.7
    }
}

/// The width of `s` in em (`char_em`).
pub fn width_em(s: &str) -> f64 {
    s.chars().map(char_em).sum()
}

fn is_cjk(c: char) -> bool {
    u32::from(c) >= 0x2E80
}

/// Never starts a line.
fn is_closing(c: char) -> bool {
    "）)，、。:：；;,.!！?？".contains(c)
}

/// Never ends a line.
fn is_opening(c: char) -> bool {
    "（(《“".contains(c)
}

/// The longest word of `crate::catalog::words::WORDS` at the start of `chars`, in characters
/// (1 where none is).
fn word_at(chars: &[char]) -> usize {
    crate::catalog::words::WORDS
        .iter()
        .map(|w| w.chars().collect::<Vec<char>>())
        .filter(|w| chars.starts_with(w))
        .map(|w| w.len())
        .max()
        .unwrap_or(1)
}

/// The pieces a line may break between: Latin words (a hyphen ends one, a space is a piece
/// of its own), Chinese words (`word_at`), punctuation kept with the word it belongs to.
pub fn break_pieces(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut pieces: Vec<String> = Vec::new();
    let mut word = String::new();
    // An opening bracket waits for the piece after it.
    let mut opening = String::new();
    let flush = |word: &mut String, opening: &mut String, pieces: &mut Vec<String>| {
        if !word.is_empty() {
            pieces.push(format!(
                "{}{}",
                std::mem::take(opening),
                std::mem::take(word)
            ));
        }
    };
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if is_closing(c) {
            if word.is_empty() {
                match pieces.last_mut() {
                    Some(last) if opening.is_empty() => last.push(c),
                    _ => word.push(c),
                }
            } else {
                word.push(c);
            }
            i += 1;
            // A line may break after Chinese punctuation ("A356、" | "ADC12").
            if is_cjk(c) {
                flush(&mut word, &mut opening, &mut pieces);
            }
        } else if is_opening(c) {
            flush(&mut word, &mut opening, &mut pieces);
            opening.push(c);
            i += 1;
        } else if c == ' ' {
            flush(&mut word, &mut opening, &mut pieces);
            pieces.push(" ".to_string());
            i += 1;
        } else if is_cjk(c) {
            flush(&mut word, &mut opening, &mut pieces);
            let n = word_at(chars.get(i..).unwrap_or_default());
            word.extend(chars.get(i..i + n).unwrap_or_default());
            i += n;
            // Closing punctuation right after joins this word, so flush only before the next.
            while let Some(&p) = chars.get(i).filter(|p| is_closing(**p)) {
                word.push(p);
                i += 1;
            }
            flush(&mut word, &mut opening, &mut pieces);
        } else {
            word.push(c);
            i += 1;
            if c == '-' {
                flush(&mut word, &mut opening, &mut pieces);
            }
        }
    }
    if !opening.is_empty() {
        word.insert_str(0, &opening);
        opening.clear();
    }
    flush(&mut word, &mut opening, &mut pieces);
    pieces
}

/// Breaks a name into at most `max_lines` lines of `max_em`, between the pieces of
/// `break_pieces` (a piece longer than a line alone is split between its characters); an
/// overlong name ends in "…". The lines joined are the name again (a line keeps the space it
/// broke at, which SVG does not draw), so an accessible name can contain the visible text.
pub fn wrap(name: &str, max_em: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in break_pieces(name) {
        if piece == " " && line.is_empty() {
            continue;
        }
        if width_em(&line) + width_em(&piece) <= max_em {
            line.push_str(&piece);
            continue;
        }
        if piece == " " {
            line.push(' ');
        }
        if !line.trim().is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        line = String::new();
        if piece == " " {
            continue;
        }
        for c in piece.chars() {
            if width_em(&line) + char_em(c) > max_em && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && width_em(last) + 1.0 > max_em {
                last.pop();
            }
            last.push('…');
        }
    }
    lines
}

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
