//! The charts' pure layout (src/chart_layout/): names wrapped into lines, Chinese only
//! between words; the chain map's crossings and its drawing; the Sankey laid out for a width.
use value_chain::chart_layout::{
    break_pieces, chain_drawing, chain_layout, chain_lines, crossings, sankey_layout, width_em,
    wrap, SankeyLayout, CHAIN_NAME_EM, CHAIN_NAME_LINES, SANKEY_MIN_H, SANKEY_NODE_W,
};
use value_chain::model::{evaluate_scenario, scenario_flows, Dataset};
use value_chain::state::ScenarioInputs;

#[track_caller]
fn check_wrap(name: &str, max_em: f64, max_lines: usize, expected: &[&str]) {
    let lines = wrap(name, max_em, max_lines);
    let shown: Vec<&str> = lines.iter().map(|l| l.trim_end()).collect();
    assert_eq!(shown, expected, "{name} at {max_em} em");
    // The lines joined are the name again (unless shortened with "…").
    if !lines.last().is_some_and(|l| l.ends_with('…')) {
        assert_eq!(lines.concat(), name, "{name}: the lines are the name");
    }
}

#[test]
fn names_wrap_between_words_in_both_languages() {
    // (name, line width in em, most lines, lines)
    let table: &[(&str, f64, usize, &[&str])] = &[
        // English: at spaces and after hyphens; the widest likely font's widths.
        ("Aluminium furniture", 8.83, 4, &["Aluminium", "furniture"]),
        ("Aluminium rod", 8.83, 4, &["Aluminium rod"]),
        (
            "Wire and low-voltage insulated cable",
            8.83,
            4,
            &["Wire and low-", "voltage", "insulated", "cable"],
        ),
        (
            "Automotive extrusions and EV battery trays",
            8.83,
            4,
            &["Automotive", "extrusions and", "EV battery", "trays"],
        ),
        ("Alumina", 8.83, 4, &["Alumina"]),
        // Too long for the lines allowed: shortened, never run out of its box.
        (
            "Automotive extrusions and EV battery trays",
            8.83,
            2,
            &["Automotive", "extrusions a…"],
        ),
        // Chinese: between the words of the list, never inside one.
        (
            "汽车铝型材及电池托盘",
            7.0,
            4,
            &["汽车铝型材及", "电池托盘"],
        ),
        (
            "汽车铝型材及电池托盘",
            4.0,
            4,
            &["汽车", "铝型材及", "电池托盘"],
        ),
        (
            "架空导线（钢芯铝绞线）",
            8.0,
            4,
            &["架空导线（钢芯", "铝绞线）"],
        ),
        (
            "架空导线（钢芯铝绞线）",
            5.0,
            4,
            &["架空导线", "（钢芯", "铝绞线）"],
        ),
        ("包装及家用铝箔", 4.0, 4, &["包装及", "家用铝箔"]),
        (
            "建筑铝型材（门窗、幕墙）",
            7.0,
            4,
            &["建筑铝型材", "（门窗、幕墙）"],
        ),
        (
            "铸造铝合金锭（A356、ADC12）",
            8.83,
            4,
            &["铸造铝合金锭", "（A356、", "ADC12）"],
        ),
        ("电子产品铝外壳", 5.0, 4, &["电子产品", "铝外壳"]),
        ("全铝家具", 3.0, 4, &["全铝", "家具"]),
        // A word longer than the line is the only thing split.
        ("易拉罐罐体料", 2.0, 4, &["易拉", "罐", "罐体", "料"]),
    ];
    for &(name, max_em, max_lines, expected) in table {
        check_wrap(name, max_em, max_lines, expected);
    }
}

#[track_caller]
fn check_pieces(name: &str, expected: &[&str]) {
    assert_eq!(break_pieces(name), expected, "{name}");
}

#[test]
fn chinese_names_break_into_words() {
    let table: &[(&str, &[&str])] = &[
        ("电池铝箔", &["电池", "铝箔"]),
        (
            "汽车铝型材及电池托盘",
            &["汽车", "铝型材", "及", "电池", "托盘"],
        ),
        (
            "架空导线（钢芯铝绞线）",
            &["架空", "导线", "（钢芯", "铝绞线）"],
        ),
        ("铝合金圆铸棒（6063）", &["铝合金", "圆铸棒", "（6063）"]),
        ("易拉罐罐体料", &["易拉罐", "罐体料"]),
        (
            "铝合金压铸件（汽车零部件）",
            &["铝合金", "压铸件", "（汽车", "零部件）"],
        ),
        (
            "Can stock (can-body sheet)",
            &["Can", " ", "stock", " ", "(can-", "body", " ", "sheet)"],
        ),
    ];
    for &(name, expected) in table {
        check_pieces(name, expected);
    }
}

/// Every product of the default chain fits the chain map's box whole (4 lines of 8.83 em),
/// in both languages, and no line ends inside a word.
#[test]
fn every_default_name_fits_the_chain_map_box_whole() {
    let ds = Dataset::binzhou().expect("the default dataset");
    for p in ds.products() {
        for name in [p.name.en.as_str(), p.name.zh.as_str()] {
            let lines = wrap(name, CHAIN_NAME_EM, CHAIN_NAME_LINES);
            assert!(!lines.iter().any(|l| l.ends_with('…')), "{name}: {lines:?}");
            assert_eq!(lines.concat(), name);
            // Each line is made of whole pieces.
            let pieces = break_pieces(name);
            let mut at = 0;
            let ends: Vec<usize> = pieces
                .iter()
                .map(|p| {
                    at += p.len();
                    at
                })
                .collect();
            let mut end = 0;
            for l in &lines[..lines.len() - 1] {
                end += l.len();
                assert!(
                    ends.contains(&end),
                    "{name}: {lines:?} breaks inside a word"
                );
            }
        }
    }
}

/// The chain map's production steps do not cross: with rows that followed only what feeds a
/// product and a step over two columns drawn straight across the boxes between (the layout
/// of commit 3dc415d), the default chain's steps crossed 7 times, counted the same way.
#[test]
fn the_chain_map_untangles_the_default_chain() {
    let ds = Dataset::binzhou().expect("the default dataset");
    let layout = chain_layout(&ds);
    let count = crossings(&chain_lines(&ds, &layout));
    assert_eq!(count, 0, "crossings");
    // No two boxes of a column overlap, and a long step's way keeps clear of the boxes.
    for a in layout.placed.iter().filter(|p| !p.apart) {
        for b in layout
            .placed
            .iter()
            .filter(|p| !p.apart && p.col == a.col && p.index != a.index)
        {
            assert!(
                (a.row - b.row).abs() >= 1.0,
                "{} and {} overlap",
                a.index,
                b.index
            );
        }
        for r in &layout.routes {
            for &(c, row) in &r.via {
                if c == a.col {
                    // The line's centre is half a box below its row; the box is 0.86 of a row.
                    let centre = row + 0.43;
                    assert!(
                        centre < a.row - 0.05 || centre > a.row + 0.91,
                        "a step runs across box {}",
                        a.index
                    );
                }
            }
        }
    }
}

/// The Sankey at a phone's, a desktop column's and a tablet's width: inside its width, no
/// node on another, no band's corner inside a node it does not start or end at.
#[test]
fn the_sankey_fits_its_width_and_keeps_bands_off_nodes() {
    let ds = Dataset::binzhou().expect("the default dataset");
    let plan = ScenarioInputs::example(&ds).plan;
    let flows = scenario_flows(&ds, &plan).expect("flows");
    let result = evaluate_scenario(&ds, &plan).expect("result");
    let paths: Vec<Vec<String>> = result.products.iter().map(|o| o.path.clone()).collect();
    let order: Vec<String> = ds.products().iter().map(|p| p.id.clone()).collect();
    let amounts: Vec<f64> = flows.iter().map(|f| f.tonnes).collect();
    for width in [300.0, 469.0, 710.0] {
        let l = sankey_layout(ds.start(), &order, &paths, &flows, &amounts, width).expect("layout");
        assert!(l.width <= width.max(300.0), "{width}: laid out {}", l.width);
        for n in &l.nodes {
            assert!(
                n.x >= 0.0 && n.x + SANKEY_NODE_W <= l.width && n.y >= 0.0 && n.y + n.h <= l.height,
                "{width}: {} outside",
                n.key
            );
            for m in l.nodes.iter().filter(|m| m.key != n.key) {
                let apart = n.x + SANKEY_NODE_W <= m.x
                    || m.x + SANKEY_NODE_W <= n.x
                    || n.y + n.h <= m.y
                    || m.y + m.h <= n.y;
                assert!(apart, "{width}: {} on {}", n.key, m.key);
            }
        }
        for k in &l.links {
            let numbers: Vec<f64> =
                k.d.split(|c: char| c.is_ascii_alphabetic() || c == ',' || c == ' ')
                    .filter(|s| !s.is_empty())
                    .filter_map(|s| s.parse().ok())
                    .collect();
            for p in numbers.chunks(2) {
                let [x, y] = [p[0], p[1]];
                for n in l.nodes.iter().filter(|n| n.key != k.from && n.key != k.to) {
                    let inside = x > n.x && x < n.x + SANKEY_NODE_W && y > n.y && y < n.y + n.h;
                    assert!(
                        !inside,
                        "{width}: the band {} → {} runs through {}",
                        k.from, k.to, n.key
                    );
                }
            }
        }
    }
}

/// The Sankey's nodes are numbered as read: column by column, top to bottom, then the
/// scrap loop's below.
#[test]
fn the_sankey_numbers_its_nodes_as_read() {
    let ds = Dataset::binzhou().expect("the default dataset");
    let plan = ScenarioInputs::example(&ds).plan;
    let flows = scenario_flows(&ds, &plan).expect("flows");
    let result = evaluate_scenario(&ds, &plan).expect("result");
    let paths: Vec<Vec<String>> = result.products.iter().map(|o| o.path.clone()).collect();
    let order: Vec<String> = ds.products().iter().map(|p| p.id.clone()).collect();
    let amounts: Vec<f64> = flows.iter().map(|f| f.tonnes).collect();
    let l = sankey_layout(ds.start(), &order, &paths, &flows, &amounts, 469.0).expect("layout");
    let main: Vec<(f64, f64)> = l
        .nodes
        .iter()
        .filter(|n| !n.key.starts_with('#') || n.key == "#sold")
        .map(|n| (n.x, n.y))
        .collect();
    assert!(
        main.windows(2)
            .all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)),
        "{main:?}"
    );
    let first_loop = l
        .nodes
        .iter()
        .position(|n| n.key.starts_with('#') && n.key != "#sold")
        .expect("the scrap loop");
    assert_eq!(first_loop, main.len(), "the loop's nodes come last");
}

/// The numbers of an SVG path, as (x, y) pairs.
fn path_points(d: &str) -> Vec<(f64, f64)> {
    let numbers: Vec<f64> = d
        .split(|c: char| c.is_ascii_alphabetic() || c == ',' || c == ' ')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect("a number"))
        .collect();
    numbers.chunks(2).map(|p| (p[0], p[1])).collect()
}

#[track_caller]
fn check_chain_drawing(ds: &Dataset, names: &[String]) {
    let d = chain_drawing(ds, names);
    let products = ds.products();
    let boxes: Vec<[f64; 4]> = d.nodes.iter().map(|n| n.body).collect();
    for (k, [x, y, w, h]) in boxes.iter().copied().enumerate() {
        // Inside the viewBox; on no other box (rings included: focus outlines do not touch).
        assert!(
            x >= 0.0 && y >= 0.0 && x + w <= d.width && y + h <= d.height,
            "box {k} outside"
        );
        for (j, [x2, y2, w2, h2]) in boxes.iter().copied().enumerate().skip(k + 1) {
            let apart = x + w + 10.0 <= x2
                || x2 + w2 + 10.0 <= x
                || y + h + 10.0 <= y2
                || y2 + h2 + 10.0 <= y;
            assert!(apart, "boxes {k} and {j} overlap");
        }
        // The name's lines inside the box: each as wide as it may be, the block within its height.
        let n = &d.nodes[k];
        for (lx, ly, text) in &n.lines {
            assert!(
                (lx - (x + w / 2.0)).abs() < 1e-9,
                "box {k}: a line off centre"
            );
            assert!(
                width_em(text.trim_end()) <= CHAIN_NAME_EM + 1e-9,
                "box {k}: {text:?} too wide"
            );
            assert!(
                *ly - 12.0 >= y && *ly + 3.0 <= y + h,
                "box {k}: {text:?} outside the box"
            );
        }
        let name = names[n.index].as_str();
        assert!(
            !n.lines.is_empty() || name.is_empty(),
            "box {k} has no name"
        );
    }
    // Every step starts on its source's right edge and ends on its target's left edge,
    // level with their middles; its arrowhead points at the target.
    let body_of = |id: &str| {
        let i = products.iter().position(|p| p.id == id).expect("a product");
        d.nodes.iter().find(|n| n.index == i).expect("placed").body
    };
    for e in &d.edges {
        let points = path_points(&e.d);
        let (first, last) = (points[0], *points.last().expect("a point"));
        let [sx, sy, sw, sh] = body_of(&e.from);
        let [tx, ty, _, th] = body_of(&e.to);
        assert_eq!(
            first,
            (
                ((sx + sw) * 10.0).round() / 10.0,
                ((sy + sh / 2.0) * 10.0).round() / 10.0
            ),
            "{} → {} starts off its box",
            e.from,
            e.to
        );
        assert_eq!(
            last,
            (
                (tx * 10.0).round() / 10.0,
                ((ty + th / 2.0) * 10.0).round() / 10.0
            ),
            "{} → {} ends off its box",
            e.from,
            e.to
        );
        assert!(
            e.arrow.starts_with(&format!("{:.1},{:.1}", last.0, last.1)),
            "{} → {}: arrow",
            e.from,
            e.to
        );
        assert_eq!(
            e.label.is_some(),
            e.recycling,
            "{} → {}: label",
            e.from,
            e.to
        );
    }
    // The list shows every node once, each stage's top to bottom.
    let mut listed: Vec<usize> = d
        .groups
        .iter()
        .flat_map(|(_, m)| m.iter().copied())
        .collect();
    for (_, members) in &d.groups {
        assert!(
            members
                .windows(2)
                .all(|w| d.nodes[w[0]].body[1] <= d.nodes[w[1]].body[1]),
            "a stage listed out of order"
        );
    }
    listed.sort_unstable();
    assert_eq!(
        listed,
        (0..d.nodes.len()).collect::<Vec<_>>(),
        "the list is not the nodes"
    );
}

#[test]
fn the_chain_map_draws_boxes_apart_and_steps_from_box_to_box() {
    let binzhou = Dataset::binzhou().expect("the default dataset");
    let small =
        Dataset::from_json(include_str!("../examples/small-chain.json")).expect("the example");
    let names = |ds: &Dataset, zh: bool| -> Vec<String> {
        ds.products()
            .iter()
            .map(|p| {
                if zh {
                    p.name.zh.clone()
                } else {
                    p.name.en.clone()
                }
            })
            .collect()
    };
    // (dataset, names)
    let table: Vec<(&Dataset, Vec<String>)> = vec![
        (&binzhou, names(&binzhou, false)),
        (&binzhou, names(&binzhou, true)),
        (&small, names(&small, false)),
        (&small, names(&small, true)),
        // Overlong names are cut, never run out of their box.
        (
            &binzhou,
            binzhou
                .products()
                .iter()
                .map(|_| "Extraordinarily long product name that goes on and on".to_string())
                .collect(),
        ),
    ];
    for (ds, names) in &table {
        check_chain_drawing(ds, names);
    }
}

/// The Sankey's bands are as wide as their flows (one scale for all, at least 1 unit), each
/// node as tall as what runs through it (at least `SANKEY_MIN_H`), all within the height.
#[test]
fn the_sankey_draws_flows_to_one_scale() {
    let ds = Dataset::binzhou().expect("the default dataset");
    let plan = ScenarioInputs::example(&ds).plan;
    let flows = scenario_flows(&ds, &plan).expect("flows");
    let result = evaluate_scenario(&ds, &plan).expect("result");
    let paths: Vec<Vec<String>> = result.products.iter().map(|o| o.path.clone()).collect();
    let order: Vec<String> = ds.products().iter().map(|p| p.id.clone()).collect();
    // (amount of each flow, width)
    let tonnes: Vec<f64> = flows.iter().map(|f| f.tonnes).collect();
    let yuan: Vec<f64> = flows.iter().map(|f| f.yuan).collect();
    let table: &[(&[f64], f64)] = &[
        (&tonnes, 300.0),
        (&tonnes, 640.0),
        (&yuan, 469.0),
        (&yuan, 900.0),
    ];
    for &(amounts, width) in table {
        let l = sankey_layout(ds.start(), &order, &paths, &flows, amounts, width).expect("layout");
        check_sankey_scale(&l, amounts, width);
    }
}

#[track_caller]
fn check_sankey_scale(l: &SankeyLayout, amounts: &[f64], width: f64) {
    let scale = l
        .links
        .iter()
        .filter(|k| k.width > 1.0)
        .map(|k| k.width / k.value)
        .next()
        .expect("a band wider than 1");
    for k in &l.links {
        let expected = (k.value * scale).max(1.0);
        assert!(
            (k.width - expected).abs() < 1e-6,
            "{width}: {} → {} is {} wide, {expected} at scale",
            k.from,
            k.to,
            k.width
        );
    }
    assert_eq!(
        l.links.iter().map(|k| k.value).sum::<f64>(),
        amounts.iter().map(|a| a.max(0.0)).sum::<f64>()
    );
    for n in &l.nodes {
        let expected = (n.value * scale).max(SANKEY_MIN_H);
        assert!(
            (n.h - expected).abs() < 1e-6,
            "{width}: node {} is {} tall, {expected} at scale",
            n.key,
            n.h
        );
        assert!(
            n.y >= 0.0 && n.y + n.h <= l.height,
            "{width}: node {} outside the height",
            n.key
        );
    }
}
