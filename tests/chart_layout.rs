//! The charts' pure layout (src/chart_layout/): names wrapped into lines, Chinese only
//! between words; the chain map's crossings; the Sankey laid out for a width.
use value_chain::chart_layout::{
    break_pieces, chain_layout, chain_lines, crossings, sankey_layout, wrap, SANKEY_NODE_W,
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
            let lines = wrap(name, (116.0 - 10.0) / 12.0, 4);
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
