//! The words of numbers: the large-number units the server renderer writes (`intl`) and
//! the number fields read back (`number`), and the number fields' messages. One text per
//! function, called by `NumberError::message` (the catalog does not import `number`, which
//! imports these words: no cycle).
use crate::i18n::Lang;

/// The power of ten a compact unit divides by, and its word, for a magnitude (the power of
/// ten of the leading digit); `(0, "")` below the first unit. ICU's units for `zh-CN` and
/// `en`, compact notation, long display.
pub fn compact_unit(lang: Lang, magnitude: i32) -> (i32, &'static str) {
    match lang {
        Lang::Zh => match magnitude {
            ..=3 => (0, ""),
            4..=7 => (4, "万"),
            8..=11 => (8, "亿"),
            _ => (12, "万亿"),
        },
        Lang::En => match magnitude {
            ..=2 => (0, ""),
            3..=5 => (3, " thousand"),
            6..=8 => (6, " million"),
            9..=11 => (9, " billion"),
            _ => (12, " trillion"),
        },
    }
}

/// The multipliers a typed number may end with, in either language, and their factors; a
/// longer word before any word it ends with. The English words are ASCII (read in any case).
pub const NUMBER_SUFFIXES: [(&str, f64); 7] = [
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
    ("trillion", 1e12),
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
];

/// An empty field.
pub fn enter_a_number(lang: Lang) -> String {
    match lang {
        Lang::Zh => "请输入一个数。".into(),
        Lang::En => "Enter a number.".into(),
    }
}

/// A field that does not read as a number.
pub fn not_a_number(lang: Lang) -> String {
    match lang {
        Lang::Zh => "无法识别为数字，例如 80000、8万 或 1.2亿。".into(),
        Lang::En => "Not a number. Examples: 80000, 80,000, 2.5 million, 8万.".into(),
    }
}

/// `1,5`: a comma that is not a thousands separator.
pub fn ambiguous_comma(lang: Lang) -> String {
    match lang {
        Lang::Zh => "逗号只用作千位分隔符；小数请用小数点。".into(),
        Lang::En => "Commas separate thousands only; use a point for decimals.".into(),
    }
}

/// Below the least allowed (`min` as the page writes numbers).
pub fn at_least(min: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("不能小于 {min}。"),
        Lang::En => format!("Must be at least {min}."),
    }
}

/// At or below a minimum the value must exceed.
pub fn more_than(min: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("必须大于 {min}。"),
        Lang::En => format!("Must be more than {min}."),
    }
}

/// Above the largest allowed.
pub fn at_most(max: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("不能大于 {max}。"),
        Lang::En => format!("Must be at most {max}."),
    }
}

/// A fraction where a whole number is needed.
pub fn enter_a_whole_number(lang: Lang) -> String {
    match lang {
        Lang::Zh => "请输入整数。".into(),
        Lang::En => "Enter a whole number.".into(),
    }
}

/// A `%` in a field that is not a percentage.
pub fn not_a_percentage(lang: Lang) -> String {
    match lang {
        Lang::Zh => "此处不是百分比，请去掉 %。".into(),
        Lang::En => "This field is not a percentage: leave out the %.".into(),
    }
}
