//! Numbers for people, by the browser's Intl (no formatting tables in the bundle): large
//! amounts the way readers read them, wan and yi in Chinese, million and billion in English
//! (Intl's compact notation); full figures, with separators, in data tables. Units always
//! shown. On the server (the pre-render, natively) `crate::intl` writes the same strings
//! for the same options, so the page the wasm takes over shows the same figures.
use crate::catalog::texts;
use crate::i18n::Lang;

/// How precise a figure may look: exact for sourced figures, three significant digits for
/// estimates and computed totals (no more precise than their data); each either compact
/// (1.69 yi, `169 million`) or written out in full for a data table (`169,000,000`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    Exact,
    Significant3,
    /// `Exact`, never compact: data tables.
    ExactFull,
    /// `Significant3`, never compact: data tables.
    Significant3Full,
}

impl Precision {
    /// The same precision written out in full, for a data table.
    pub fn full(self) -> Precision {
        match self {
            Precision::Exact | Precision::ExactFull => Precision::ExactFull,
            Precision::Significant3 | Precision::Significant3Full => Precision::Significant3Full,
        }
    }

    fn three_digits(self) -> bool {
        matches!(self, Precision::Significant3 | Precision::Significant3Full)
    }

    fn may_compact(self) -> bool {
        matches!(self, Precision::Exact | Precision::Significant3)
    }
}

/// Where compact notation starts: wan from 10,000 (below it Intl would write 5 qian for 5,000);
/// million from 1,000,000, so no figure outside a table has more than 7 digits.
fn compact_from(lang: Lang) -> f64 {
    match lang {
        Lang::Zh => 1e4,
        Lang::En => 1e6,
    }
}

/// The few formatter kinds the page uses; each is built once (building an
/// `Intl.NumberFormat` costs far more than using one, and pages format hundreds of numbers).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Style {
    lang: Lang,
    /// wan/yi from 10,000 up in Chinese; below it compact notation would round 5,000 to 5 qian.
    compact: bool,
    precision: Precision,
}

#[cfg(target_arch = "wasm32")]
fn options(style: Style) -> js_sys::Object {
    use wasm_bindgen::JsValue;
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), &v).ok();
    };
    if style.compact {
        set("notation", "compact".into());
        // "16.9 billion", not "16.9B": the word is what an English reader expects.
        set("compactDisplay", "long".into());
    }
    if style.precision.three_digits() {
        set("maximumSignificantDigits", JsValue::from(3));
    } else {
        set("maximumFractionDigits", JsValue::from(2));
        if style.compact {
            set("maximumSignificantDigits", JsValue::from(6));
        }
    }
    o
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static FORMATTERS: std::cell::RefCell<std::collections::HashMap<Style, js_sys::Intl::NumberFormat>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The same options for the server's formatter (`options` above, for Intl): when both
/// are set, Intl's significant digits win over its fraction digits.
#[cfg(not(target_arch = "wasm32"))]
fn server_options(style: Style) -> crate::intl::Options {
    use crate::intl::Rounding;
    crate::intl::Options {
        compact: style.compact,
        rounding: if style.precision.three_digits() {
            Rounding::SignificantDigits(3)
        } else if style.compact {
            Rounding::SignificantDigits(6)
        } else {
            Rounding::FractionDigits(2)
        },
    }
}

/// `80,000` / 8 wan, `16.9 billion` / 169 yi; `–` for a value that is not finite (never
/// "NaN" on screen).
pub fn number(value: f64, lang: Lang, precision: Precision) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let style = Style {
        lang,
        compact: precision.may_compact() && value.abs() >= compact_from(lang),
        precision,
    };
    format_with(value, style)
}

#[cfg(not(target_arch = "wasm32"))]
fn format_with(value: f64, style: Style) -> String {
    crate::intl::format(value, style.lang, server_options(style))
}

#[cfg(target_arch = "wasm32")]
fn format_with(value: f64, style: Style) -> String {
    use js_sys::{Array, Intl};
    use wasm_bindgen::JsValue;
    let lang = style.lang;
    let formatter = FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(style)
            .or_insert_with(|| {
                let locales = Array::of1(&JsValue::from_str(lang.tag()));
                Intl::NumberFormat::new(&locales, &options(style))
            })
            .clone()
    });
    formatter
        .format()
        .call1(&formatter, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value}"))
}

/// A value in a field the visitor can type over, written as readers read it and as the
/// number parser reads it back: wan/yi in Chinese, million/billion in English.
pub fn input_value(value: f64, lang: Lang) -> String {
    // Compact as everywhere outside tables (646 wan, `6.46 million`): `parse_number` reads
    // both forms back.
    number(value, lang, Precision::Exact)
}

/// A target in its field: a rate in percent (`50`, the field's unit says `%`), an amount
/// as `input_value` writes it.
pub fn target_input_value(metric: Option<crate::model::Metric>, value: f64, lang: Lang) -> String {
    match metric {
        Some(m) if m.is_rate() => number(value * 100.0, lang, Precision::ExactFull),
        _ => input_value(value, lang),
    }
}

/// `80,000 yuan/t`, or 8 wan with the Chinese unit.
pub fn yuan_per_ton(value: f64, lang: Lang, precision: Precision) -> String {
    texts::yuan_per_ton(&number(value, lang, precision), lang)
}

/// `120 million yuan`, or 1.2 yi with the Chinese unit.
pub fn yuan(value: f64, lang: Lang, precision: Precision) -> String {
    texts::yuan(&number(value, lang, precision), lang)
}

/// `6.46 million t`, or 646 wan with the Chinese unit.
pub fn tons(value: f64, lang: Lang, precision: Precision) -> String {
    texts::tonnes(&number(value, lang, precision), lang)
}

/// `98%` in both languages, for shares and yields given as fractions.
/// A difference with its sign before the written magnitude (`+120 million yuan`, `−300 t`); `write`
/// writes the absolute value.
pub fn signed(change: f64, write: impl Fn(f64) -> String) -> String {
    let sign = if change > 0.0 {
        "+"
    } else if change < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}", write(change.abs()))
}

pub fn percent(fraction: f64, lang: Lang) -> String {
    format!(
        "{}%",
        number(fraction * 100.0, lang, Precision::Significant3)
    )
}

/// `×5.7`: multipliers.
pub fn multiplier(value: f64, lang: Lang) -> String {
    format!("×{}", number(value, lang, Precision::Significant3))
}

/// The same amount in the visitor's other currency, e.g. `≈ 11,000 USD`; None without one.
pub fn in_currency(
    yuan_amount: f64,
    currency: Option<&crate::state::Currency>,
    lang: Lang,
) -> Option<String> {
    let c = currency?;
    Some(format!(
        "≈ {} {}",
        number(yuan_amount * c.per_yuan, lang, Precision::Significant3),
        c.code
    ))
}
