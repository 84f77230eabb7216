//! Files the visitor downloads (CSV, JSON, SVG, PNG), made in the browser: a Blob and a
//! temporary link with `download`, which the CSP allows (no data: or blob: images needed).
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `content` as a file. Errors are returned as text for a notice, never panics.
pub fn save_text(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| format!("{e:?}"))?;
    save_blob(filename, &blob)
}

pub fn save_blob(filename: &str, blob: &Blob) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = Url::create_object_url_with_blob(blob).map_err(|e| format!("{e:?}"))?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_class_name("visually-hidden");
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor).map_err(|e| format!("{e:?}"))?;
    anchor.click();
    anchor.remove();
    Url::revoke_object_url(&url).ok();
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Charts as files. Every chart is an inline `<svg data-chart="…">` styled by CSS classes;
// a downloaded file has no stylesheet, so the computed colours and fonts are written onto
// a clone as attributes. PNG is drawn onto a canvas by a small renderer of the few SVG
// elements the charts use: the CSP forbids data:/blob: images, so an SVG cannot be
// loaded into an <img> and drawn from there.

use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, CssStyleDeclaration, Element, HtmlCanvasElement};

const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// Presentation properties written onto the exported clone.
const INLINED: [&str; 17] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "stroke-linecap",
    "stroke-linejoin",
    "paint-order",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "text-anchor",
    "dominant-baseline",
    "visibility",
];
/// PNG scale: sharp on high-density screens and in slides.
const PNG_SCALE: f64 = 2.0;
const MAX_CANVAS_SIDE: f64 = 8000.0;

/// The charts on the page now, by their `data-chart` name (numbered if repeated).
pub fn charts_on_page() -> Vec<(String, Element)> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = document.query_selector_all("svg[data-chart]") else {
        return Vec::new();
    };
    let mut out: Vec<(String, Element)> = Vec::new();
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let base: String = el
            .get_attribute("data-chart")
            .unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(40)
            .collect();
        let base = if base.is_empty() {
            "chart".to_string()
        } else {
            base
        };
        let taken = out
            .iter()
            .filter(|(n, _)| n == &base || n.starts_with(&format!("{base}-")))
            .count();
        let name = if taken == 0 {
            base
        } else {
            format!("{base}-{}", taken + 1)
        };
        out.push((name, el));
    }
    out
}

fn computed(el: &Element) -> Option<CssStyleDeclaration> {
    web_sys::window()?.get_computed_style(el).ok().flatten()
}

fn prop(style: &CssStyleDeclaration, name: &str) -> String {
    style
        .get_property_value(name)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The page's surface colour, so exported charts keep their contrast (also in dark mode).
fn surface_colour() -> String {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    root.as_ref()
        .and_then(computed)
        .map(|s| prop(&s, "--surface"))
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "#ffffff".into())
}

/// Width and height of the chart's coordinate system (its viewBox), else its size on screen.
fn view_box(svg: &Element) -> (f64, f64, f64, f64) {
    let parsed: Vec<f64> = svg
        .get_attribute("viewBox")
        .unwrap_or_default()
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    match parsed.as_slice() {
        [x, y, w, h] if *w > 0.0 && *h > 0.0 => (*x, *y, *w, *h),
        _ => {
            let r = svg.get_bounding_client_rect();
            (0.0, 0.0, r.width().max(1.0), r.height().max(1.0))
        }
    }
}

/// A standalone SVG document of the chart, colours and fonts inlined.
pub fn svg_document(svg: &Element) -> Result<String, String> {
    let clone: Element = svg
        .clone_node_with_deep(true)
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an element".to_string())?;
    let originals = svg.query_selector_all("*").map_err(|e| format!("{e:?}"))?;
    let copies = clone
        .query_selector_all("*")
        .map_err(|e| format!("{e:?}"))?;
    let pairs = std::iter::once((svg.clone(), clone.clone())).chain(
        (0..originals.length().min(copies.length())).filter_map(|i| {
            let a = originals.item(i)?.dyn_into::<Element>().ok()?;
            let b = copies.item(i)?.dyn_into::<Element>().ok()?;
            Some((a, b))
        }),
    );
    for (original, copy) in pairs {
        let Some(style) = computed(&original) else {
            continue;
        };
        for name in INLINED {
            let value = prop(&style, name);
            if !value.is_empty() {
                copy.set_attribute(name, &value).ok();
            }
        }
        if prop(&style, "display") == "none" {
            copy.set_attribute("display", "none").ok();
        }
        // Interaction hooks mean nothing in a file.
        for attr in ["tabindex", "role", "data-testid"] {
            copy.remove_attribute(attr).ok();
        }
    }
    let (x, y, w, h) = view_box(svg);
    clone.set_attribute("xmlns", SVG_NS).ok();
    clone.set_attribute("width", &w.to_string()).ok();
    clone.set_attribute("height", &h.to_string()).ok();
    // A background, so the file reads the same on any viewer's background.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(bg) = document.create_element_ns(Some(SVG_NS), "rect") {
            for (k, v) in [
                ("x", x.to_string()),
                ("y", y.to_string()),
                ("width", w.to_string()),
                ("height", h.to_string()),
                ("fill", surface_colour()),
            ] {
                bg.set_attribute(k, &v).ok();
            }
            let title_end = clone
                .first_element_child()
                .filter(|c| c.tag_name().eq_ignore_ascii_case("title"))
                .and_then(|t| t.next_sibling());
            clone
                .insert_before(&bg, title_end.as_ref().or(clone.first_child().as_ref()))
                .ok();
        }
    }
    let text = web_sys::XmlSerializer::new()
        .map_err(|e| format!("{e:?}"))?
        .serialize_to_string(&clone)
        .map_err(|e| format!("{e:?}"))?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{text}"
    ))
}

pub fn save_svg(filename: &str, svg: &Element) -> Result<(), String> {
    save_text(filename, "image/svg+xml;charset=utf-8", &svg_document(svg)?)
}

/// Draws the chart onto a canvas at twice its size and offers it as a PNG (asynchronously:
/// the encoder calls back).
pub fn save_png(filename: &str, svg: &Element) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let (vx, vy, vw, vh) = view_box(svg);
    let scale = (PNG_SCALE)
        .min(MAX_CANVAS_SIDE / vw)
        .min(MAX_CANVAS_SIDE / vh);
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not a canvas".to_string())?;
    canvas.set_width((vw * scale).ceil() as u32);
    canvas.set_height((vh * scale).ceil() as u32);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| format!("{e:?}"))?
        .ok_or("no 2d context")?
        .dyn_into()
        .map_err(|_| "not a 2d context".to_string())?;
    ctx.set_fill_style_str(&surface_colour());
    ctx.fill_rect(0.0, 0.0, vw * scale, vh * scale);
    ctx.scale(scale, scale).map_err(|e| format!("{e:?}"))?;
    ctx.translate(-vx, -vy).map_err(|e| format!("{e:?}"))?;
    draw_children(&ctx, svg);
    let filename = filename.to_string();
    let callback = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
        let result = match blob.dyn_into::<Blob>() {
            Ok(blob) => save_blob(&filename, &blob),
            Err(_) => Err("the browser could not encode the PNG".into()),
        };
        if let Err(e) = result {
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "value-chain: PNG download failed: {e}"
            )));
        }
    });
    canvas
        .to_blob(callback.unchecked_ref())
        .map_err(|e| format!("{e:?}"))
}

fn num(el: &Element, name: &str) -> f64 {
    el.get_attribute(name)
        .and_then(|v| v.trim().trim_end_matches("px").parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}

fn css_number(value: &str) -> Option<f64> {
    value
        .trim()
        .trim_end_matches("px")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

fn paintable(colour: &str) -> bool {
    !colour.is_empty()
        && colour != "none"
        && !colour.starts_with("url(")
        && colour != "rgba(0, 0, 0, 0)"
        && colour != "transparent"
}

fn draw_children(ctx: &CanvasRenderingContext2d, parent: &Element) {
    let children = parent.children();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            draw(ctx, &child);
        }
    }
}

/// `translate(x,y)`, `translate(x y)`, `scale(s)` — the transforms the charts use.
fn apply_transform(ctx: &CanvasRenderingContext2d, transform: &str) {
    let mut rest = transform;
    while let Some(open) = rest.find('(') {
        let name = rest[..open].trim().trim_start_matches(',').trim();
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        let args: Vec<f64> = rest[open + 1..open + close]
            .split([' ', ','])
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        match (name, args.as_slice()) {
            ("translate", [x]) => ctx.translate(*x, 0.0).ok(),
            ("translate", [x, y]) => ctx.translate(*x, *y).ok(),
            ("scale", [s]) => ctx.scale(*s, *s).ok(),
            ("scale", [x, y]) => ctx.scale(*x, *y).ok(),
            ("rotate", [deg]) => ctx.rotate(deg.to_radians()).ok(),
            _ => None,
        };
        rest = &rest[open + close + 1..];
    }
}

fn points(el: &Element) -> Vec<(f64, f64)> {
    let values: Vec<f64> = el
        .get_attribute("points")
        .unwrap_or_default()
        .split([' ', ',', '\n', '\t'])
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    values
        .chunks_exact(2)
        .filter_map(|p| match p {
            [x, y] => Some((*x, *y)),
            _ => None,
        })
        .collect()
}

/// Calls a canvas method with a Path2D (built from an SVG `d`), which web-sys exposes only
/// behind a feature this crate does not enable.
fn with_path2d(ctx: &CanvasRenderingContext2d, d: &str, method: &str) {
    let Ok(ctor) = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Path2D")) else {
        return;
    };
    let Ok(ctor) = ctor.dyn_into::<js_sys::Function>() else {
        return;
    };
    let Ok(path) = js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&JsValue::from_str(d)))
    else {
        return;
    };
    if let Ok(f) = js_sys::Reflect::get(ctx, &JsValue::from_str(method))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        f.call1(ctx, &path).ok();
    }
}

fn draw(ctx: &CanvasRenderingContext2d, el: &Element) {
    let tag = el.tag_name().to_ascii_lowercase();
    if matches!(
        tag.as_str(),
        "title" | "desc" | "defs" | "style" | "metadata"
    ) {
        return;
    }
    let Some(style) = computed(el) else { return };
    if prop(&style, "display") == "none" || prop(&style, "visibility") == "hidden" {
        return;
    }
    let opacity = css_number(&prop(&style, "opacity")).unwrap_or(1.0);
    let fill = prop(&style, "fill");
    let stroke = prop(&style, "stroke");
    let fill_opacity = css_number(&prop(&style, "fill-opacity")).unwrap_or(1.0);
    let stroke_opacity = css_number(&prop(&style, "stroke-opacity")).unwrap_or(1.0);
    let stroke_width = css_number(&prop(&style, "stroke-width")).unwrap_or(1.0);
    ctx.save();
    ctx.set_global_alpha(ctx.global_alpha() * opacity);
    if let Some(t) = el.get_attribute("transform") {
        apply_transform(ctx, &t);
    }
    let base_alpha = ctx.global_alpha();
    let dashes: Vec<f64> = prop(&style, "stroke-dasharray")
        .split([' ', ','])
        .filter_map(css_number)
        .collect();
    let cap = prop(&style, "stroke-linecap");
    let join = prop(&style, "stroke-linejoin");
    // `paint-order: stroke` draws a halo under the text (labels over bands).
    let stroke_first = prop(&style, "paint-order")
        .trim_start_matches("markers")
        .trim()
        .starts_with("stroke");
    let paint = |ctx: &CanvasRenderingContext2d, fill_shape: &dyn Fn(), stroke_shape: &dyn Fn()| {
        let do_fill = || {
            if paintable(&fill) {
                ctx.set_global_alpha(base_alpha * fill_opacity);
                ctx.set_fill_style_str(&fill);
                fill_shape();
            }
        };
        let do_stroke = || {
            if paintable(&stroke) && stroke_width > 0.0 {
                ctx.set_global_alpha(base_alpha * stroke_opacity);
                ctx.set_stroke_style_str(&stroke);
                ctx.set_line_width(stroke_width);
                if matches!(cap.as_str(), "round" | "square" | "butt") {
                    ctx.set_line_cap(&cap);
                }
                if matches!(join.as_str(), "round" | "bevel" | "miter") {
                    ctx.set_line_join(&join);
                }
                let list = js_sys::Array::new();
                for d in &dashes {
                    list.push(&JsValue::from_f64(*d));
                }
                ctx.set_line_dash(&list).ok();
                stroke_shape();
            }
        };
        if stroke_first {
            do_stroke();
            do_fill();
        } else {
            do_fill();
            do_stroke();
        }
    };
    match tag.as_str() {
        "svg" | "g" | "a" => draw_children(ctx, el),
        "rect" => {
            let (x, y, w, h) = (
                num(el, "x"),
                num(el, "y"),
                num(el, "width"),
                num(el, "height"),
            );
            paint(ctx, &|| ctx.fill_rect(x, y, w, h), &|| {
                ctx.stroke_rect(x, y, w, h)
            });
        }
        "line" => {
            let (x1, y1, x2, y2) = (num(el, "x1"), num(el, "y1"), num(el, "x2"), num(el, "y2"));
            let shape = || {
                ctx.begin_path();
                ctx.move_to(x1, y1);
                ctx.line_to(x2, y2);
            };
            shape();
            paint(ctx, &|| {}, &|| ctx.stroke());
        }
        "circle" => {
            let (cx, cy, r) = (num(el, "cx"), num(el, "cy"), num(el, "r"));
            ctx.begin_path();
            ctx.arc(cx, cy, r.max(0.0), 0.0, std::f64::consts::TAU).ok();
            paint(ctx, &|| ctx.fill(), &|| ctx.stroke());
        }
        "polyline" | "polygon" => {
            let pts = points(el);
            ctx.begin_path();
            for (i, (x, y)) in pts.iter().enumerate() {
                if i == 0 {
                    ctx.move_to(*x, *y);
                } else {
                    ctx.line_to(*x, *y);
                }
            }
            if tag == "polygon" {
                ctx.close_path();
            }
            paint(ctx, &|| ctx.fill(), &|| ctx.stroke());
        }
        "path" => {
            let d = el.get_attribute("d").unwrap_or_default();
            paint(ctx, &|| with_path2d(ctx, &d, "fill"), &|| {
                with_path2d(ctx, &d, "stroke")
            });
        }
        "text" => {
            let font = format!(
                "{} {} {} {}",
                prop(&style, "font-style"),
                prop(&style, "font-weight"),
                prop(&style, "font-size"),
                prop(&style, "font-family")
            );
            ctx.set_font(font.trim());
            ctx.set_text_align(match prop(&style, "text-anchor").as_str() {
                "middle" => "center",
                "end" => "right",
                _ => "left",
            });
            ctx.set_text_baseline(match prop(&style, "dominant-baseline").as_str() {
                "middle" | "central" => "middle",
                "hanging" | "text-before-edge" => "top",
                _ => "alphabetic",
            });
            let (x, y) = (num(el, "x"), num(el, "y"));
            let text = el.text_content().unwrap_or_default();
            paint(
                ctx,
                &|| {
                    ctx.fill_text(&text, x, y).ok();
                },
                &|| {
                    ctx.stroke_text(&text, x, y).ok();
                },
            );
        }
        _ => {}
    }
    ctx.restore();
}
