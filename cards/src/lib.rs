//! Share cards: the picture a link preview shows (`og:image`), one per product and language,
//! 1200 × 630. The texts come in already worded and formatted by the app's own catalog and
//! number formatting (the pre-render step fills `Card`), so a card says exactly what the
//! page says; this crate lays them out as SVG and rasterises it with resvg.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
const MARGIN: f32 = 64.0;
/// The page's accent and ink (styles/app.css), so a card reads as the site.
const ACCENT: &str = "#2f6f9f";
const INK: &str = "#1d2730";
const MUTED: &str = "#55626e";
const PAPER: &str = "#ffffff";
/// Families tried in order: a CJK face the build machine has, then generic ones.
const FONTS: &str =
    "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/// What a card says, in the page's language and words.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// `zh` or `en`: the SVG's `xml:lang`, and how text is measured for wrapping.
    pub lang: String,
    /// The app's title (`铝产业链增值计算器`).
    pub title: String,
    pub product: String,
    /// The answer as the page writes it (`8万元/吨`).
    pub figure: String,
    /// What the figure is (`每吨产品附加值`), under it.
    pub caption: String,
    /// Product names along the path, start first.
    pub path: Vec<String>,
    /// The evidence badge's word (`报道`, `estimate`).
    pub badge: String,
    /// The source line (dataset name, price basis).
    pub source: String,
}

/// `&`, `<`, `>`, quotes: dataset names are not trusted to be XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// An estimate of a text's width at a font size: CJK and full-width characters are one em,
/// others about 0.56 em (sans-serif average). Only used to wrap and to shrink; a little
/// generous, so nothing runs off the card.
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.58 })
        .sum::<f32>()
        * size
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// The largest size from `max` down (step 2) at which `text` fits `width`, never below `min`.
fn fitting_size(text: &str, width: f32, max: f32, min: f32) -> f32 {
    let mut size = max;
    while size > min && text_width(text, size) > width {
        size -= 2.0;
    }
    size
}

/// The path's names joined by arrows, broken into lines that fit `width` (a name longer than
/// a line gets a line of its own); at most `max_lines`, the last ending in "…" if cut.
fn path_lines(path: &[String], size: f32, width: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (i, name) in path.iter().enumerate() {
        let piece = if i == 0 {
            name.clone()
        } else {
            format!(" → {name}")
        };
        if !line.is_empty() && text_width(&(line.clone() + &piece), size) > width {
            lines.push(std::mem::take(&mut line));
            line = piece.trim_start().to_string();
        } else {
            line.push_str(&piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push_str(" …");
        }
    }
    lines
}

/// The card as SVG, 1200 × 630.
pub fn svg(card: &Card) -> String {
    let width = WIDTH as f32 - 2.0 * MARGIN;
    let product_size = fitting_size(&card.product, width, 64.0, 36.0);
    let figure_size = fitting_size(&card.figure, width, 120.0, 64.0);
    let path_size = 30.0;
    let path = path_lines(&card.path, path_size, width, 3);
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" xml:lang="{lang}" font-family="{FONTS}">"#,
        lang = escape(&card.lang)
    );
    out.push_str(&format!(
        r#"<rect width="{WIDTH}" height="{HEIGHT}" fill="{PAPER}"/>"#
    ));
    out.push_str(&format!(
        r#"<rect width="{WIDTH}" height="16" fill="{ACCENT}"/>"#
    ));
    let mut y = MARGIN + 40.0;
    out.push_str(&format!(
        r#"<text x="{MARGIN}" y="{y}" font-size="30" fill="{MUTED}">{}</text>"#,
        escape(&card.title)
    ));
    y += 24.0 + product_size;
    out.push_str(&format!(
        r#"<text x="{MARGIN}" y="{y}" font-size="{product_size}" font-weight="bold" fill="{INK}">{}</text>"#,
        escape(&card.product)
    ));
    y += 24.0 + figure_size;
    out.push_str(&format!(
        r#"<text x="{MARGIN}" y="{y}" font-size="{figure_size}" font-weight="bold" fill="{ACCENT}" data-role="figure">{}</text>"#,
        escape(&card.figure)
    ));
    // Room for the figure's descenders (the y of "yuan").
    y += 62.0;
    out.push_str(&format!(
        r#"<text x="{MARGIN}" y="{y}" font-size="32" fill="{INK}">{}</text>"#,
        escape(&card.caption)
    ));
    y += 24.0;
    for line in &path {
        y += path_size + 10.0;
        out.push_str(&format!(
            r#"<text x="{MARGIN}" y="{y}" font-size="{path_size}" fill="{MUTED}">{}</text>"#,
            escape(line)
        ));
    }
    // The badge and the source along the bottom.
    let bottom = HEIGHT as f32 - MARGIN + 8.0;
    let badge_width = text_width(&card.badge, 26.0) + 28.0;
    out.push_str(&format!(
        r#"<rect x="{MARGIN}" y="{}" width="{badge_width}" height="42" rx="8" fill="{ACCENT}"/>"#,
        bottom - 31.0
    ));
    out.push_str(&format!(
        r#"<text x="{}" y="{bottom}" font-size="26" fill="{PAPER}">{}</text>"#,
        MARGIN + 14.0,
        escape(&card.badge)
    ));
    let source_x = MARGIN + badge_width + 20.0;
    let source_size = fitting_size(&card.source, WIDTH as f32 - MARGIN - source_x, 26.0, 16.0);
    out.push_str(&format!(
        r#"<text x="{source_x}" y="{bottom}" font-size="{source_size}" fill="{MUTED}">{}</text>"#,
        escape(&card.source)
    ));
    out.push_str("</svg>");
    out
}

/// Fonts for every card: the system's, loaded once.
pub fn system_fonts() -> Arc<usvg::fontdb::Database> {
    let mut db = usvg::fontdb::Database::new();
    db.load_system_fonts();
    Arc::new(db)
}

/// Whether the fonts can write Chinese: without a CJK face a Chinese card would be blank
/// boxes, so the build says so instead of shipping one.
pub fn has_cjk_font(fonts: &usvg::fontdb::Database) -> bool {
    fonts.faces().any(|face| {
        face.families.iter().any(|(name, _)| {
            ["WenQuanYi", "Noto Sans CJK", "Noto Sans SC", "Source Han"]
                .iter()
                .any(|f| name.contains(f))
        })
    })
}

/// The SVG as a PNG of `WIDTH` × `HEIGHT`.
pub fn png(svg: &str, fonts: Arc<usvg::fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        fontdb: fonts,
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("card SVG: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("card size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("card PNG: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(lang: &str) -> Card {
        match lang {
            "zh" => Card {
                lang: "zh".into(),
                title: "铝产业链增值计算器".into(),
                product: "全铝家具".into(),
                figure: "8万元/吨".into(),
                caption: "每吨产品附加值".into(),
                path: vec![
                    "电解铝".into(),
                    "铝合金圆铸棒（6063）".into(),
                    "铝挤压型材".into(),
                    "全铝家具".into(),
                ],
                badge: "报道".into(),
                source: "滨州铝产业链（山东邹平）· 2019年价格，含增值税".into(),
            },
            _ => Card {
                lang: "en".into(),
                title: "Aluminium value-chain calculator".into(),
                product: "Aluminium furniture".into(),
                figure: "80,000 yuan/t".into(),
                caption: "added value per ton of product".into(),
                path: vec![
                    "Primary (electrolytic) aluminium".into(),
                    "Alloy billet (6063)".into(),
                    "Extrusion profiles".into(),
                    "Aluminium furniture".into(),
                ],
                badge: "article".into(),
                source: "Binzhou aluminium chain (Zouping, Shandong) · 2019 prices, incl. VAT"
                    .into(),
            },
        }
    }

    /// (width, height) from a PNG's IHDR chunk.
    fn png_size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let be = |i: usize| u32::from_be_bytes([png[i], png[i + 1], png[i + 2], png[i + 3]]);
        (be(16), be(20))
    }

    #[track_caller]
    fn check_wrap(path: &[&str], size: f32, width: f32, max_lines: usize, want: &[&str]) {
        let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
        assert_eq!(path_lines(&path, size, width, max_lines), want);
    }

    #[test]
    fn paths_wrap_between_names() {
        check_wrap(&["a", "b", "c"], 10.0, 1000.0, 3, &["a → b → c"]);
        // "a → b" is 5 narrow characters, 29 px at 10 px: a 30 px line holds it, not "→ c".
        check_wrap(&["a", "b", "c"], 10.0, 30.0, 3, &["a → b", "→ c"]);
        check_wrap(&["电解铝", "铝杆"], 30.0, 150.0, 3, &["电解铝", "→ 铝杆"]);
        check_wrap(&["a", "b", "c", "d"], 10.0, 5.0, 2, &["a", "→ b …"]);
        check_wrap(&[], 10.0, 100.0, 3, &[]);
    }

    #[test]
    fn untrusted_names_cannot_break_the_svg() {
        let mut c = card("en");
        c.product = "<script>alert('x')</script> & \"co\"\u{1}".into();
        let svg = svg(&c);
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(
            svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;co&quot; ")
        );
        usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
    }

    #[test]
    fn long_texts_shrink_to_fit() {
        let mut c = card("en");
        c.product = "A very long product name that would run off the right edge of the card".into();
        let svg = svg(&c);
        let size = fitting_size(&c.product, WIDTH as f32 - 2.0 * MARGIN, 64.0, 36.0);
        assert!((36.0..64.0).contains(&size), "{size}");
        assert!(
            svg.contains(&format!(
                r#"font-size="{size}" font-weight="bold" fill="{INK}""#
            )),
            "{svg}"
        );
    }

    #[test]
    fn both_cards_draw_at_1200_by_630_with_ink_where_the_text_is() {
        let fonts = system_fonts();
        if !has_cjk_font(&fonts) {
            // The build refuses to run without one (see the pre-render step); here, say so.
            eprintln!("no CJK font on this machine: the Chinese card is not checked for ink");
        }
        for lang in ["zh", "en"] {
            let png_bytes = png(&svg(&card(lang)), fonts.clone()).unwrap();
            if let Some(dir) = std::env::var_os("CARDS_OUT") {
                std::fs::write(
                    std::path::Path::new(&dir).join(format!("card-{lang}.png")),
                    &png_bytes,
                )
                .unwrap();
            }
            assert_eq!(png_size(&png_bytes), (WIDTH, HEIGHT));
            let pixmap = tiny_skia::Pixmap::decode_png(&png_bytes).unwrap();
            // The figure's band (y 200–330) has accent-coloured ink when its glyphs drew.
            let inked = (200..330)
                .flat_map(|y| (64..700).map(move |x| (x, y)))
                .filter(|&(x, y)| {
                    let p = pixmap.pixel(x, y).unwrap();
                    u16::from(p.blue()) > u16::from(p.red()) + 40
                })
                .count();
            if lang == "en" || has_cjk_font(&fonts) {
                assert!(
                    inked > 2_000,
                    "{lang}: {inked} inked pixels in the figure's band"
                );
            }
        }
    }
}
