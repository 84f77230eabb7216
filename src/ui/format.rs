//! Numbers for people, by the browser's Intl (no formatting tables in the bundle):
//! Chinese with 万 and 亿, English with thousands separators, units always shown.
use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::i18n::Lang;

/// How precise a figure may look: exact for sourced figures, three significant digits for
/// estimates and computed totals (no more precise than their data).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    Exact,
    Significant3,
}

/// The few formatter kinds the page uses; each is built once (building an
/// `Intl.NumberFormat` costs far more than using one, and pages format hundreds of numbers).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Style {
    lang: Lang,
    /// 万/亿 from 10,000 up in Chinese; below it compact notation would round 5,000 to 5千.
    compact: bool,
    precision: Precision,
}

fn options(style: Style) -> Object {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        Reflect::set(&o, &JsValue::from_str(k), &v).ok();
    };
    if style.compact {
        set("notation", "compact".into());
    }
    match style.precision {
        Precision::Exact => {
            set("maximumFractionDigits", JsValue::from(2));
            if style.compact {
                set("maximumSignificantDigits", JsValue::from(6));
            }
        }
        Precision::Significant3 => set("maximumSignificantDigits", JsValue::from(3)),
    }
    o
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<Style, Intl::NumberFormat>> = RefCell::new(HashMap::new());
}

/// `80,000` / `8万`; `–` for a value that is not finite (never "NaN" on screen).
pub fn number(value: f64, lang: Lang, precision: Precision) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let style = Style { lang, compact: lang == Lang::Zh && value.abs() >= 10_000.0, precision };
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

/// `80,000 yuan/t` / `8万 元/吨`.
pub fn yuan_per_ton(value: f64, lang: Lang, precision: Precision) -> String {
    match lang {
        Lang::Zh => format!("{} 元/吨", number(value, lang, precision)),
        Lang::En => format!("{} yuan/t", number(value, lang, precision)),
    }
}

/// `1.2亿 元` / `120,000,000 yuan`.
pub fn yuan(value: f64, lang: Lang, precision: Precision) -> String {
    match lang {
        Lang::Zh => format!("{} 元", number(value, lang, precision)),
        Lang::En => format!("{} yuan", number(value, lang, precision)),
    }
}

/// `646万 吨` / `6,460,000 t`.
pub fn tons(value: f64, lang: Lang, precision: Precision) -> String {
    match lang {
        Lang::Zh => format!("{} 吨", number(value, lang, precision)),
        Lang::En => format!("{} t", number(value, lang, precision)),
    }
}

/// `98%` in both languages, for shares and yields given as fractions.
pub fn percent(fraction: f64, lang: Lang) -> String {
    format!("{}%", number(fraction * 100.0, lang, Precision::Significant3))
}

/// `×5.7`: multipliers.
pub fn multiplier(value: f64, lang: Lang) -> String {
    format!("×{}", number(value, lang, Precision::Significant3))
}

/// The same amount in the visitor's other currency, e.g. `≈ 11,000 USD`; None without one.
pub fn in_currency(yuan_amount: f64, currency: Option<&crate::state::Currency>, lang: Lang) -> Option<String> {
    let c = currency?;
    Some(format!("≈ {} {}", number(yuan_amount * c.per_yuan, lang, Precision::Significant3), c.code))
}
