//! Reading numbers the way people type them: `80000`, `80,000`, 8 wan, 1.2 yi, full-width
//! `８００００`, `98%`, with spaces around. Pure, and total: every input gives a number or
//! an error a person can act on (never NaN, never infinity, never a panic).
use crate::i18n::Lang;

/// What a typed number is for; decides its unit and the range that makes sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// Added value of a step, yuan per ton (0 … 10 million).
    AddedValue,
    /// Metal price, yuan per ton (more than 0 … 1 million).
    MetalPrice,
    /// Share of metal reaching the product: `0.98`, `98%` or `98` (more than 0 … 1).
    Yield,
    /// Tons per year (0 … 10 billion).
    Tonnage,
    /// A share of the tonnage in percent (0 … 100).
    SharePercent,
    /// R&D uplift of a step in percent (−100 … the model's `MAX_UPLIFT_PERCENT`).
    UpliftPercent,
    /// Years to the target (1 … the model's `MAX_YEARS`, whole).
    Years,
    /// A target or other amount in yuan (0 … 10¹⁵).
    Yuan,
    /// A rate target typed in percent next to a `%` unit: `60%` and `60` both mean 0.6
    /// (0 … 100 %). Unlike a yield, `0.6` is 0.6 %: the field says "%".
    RatePercent,
    /// Units of another currency per yuan (more than 0 … 10,000).
    ExchangeRate,
    /// A carbon price per t CO₂, in yuan or euro (0 … the model's `MAX_CARBON_PRICE`).
    CarbonPrice,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NumberError {
    Empty,
    NotANumber,
    /// `1,5`: a comma that is not a thousands separator.
    AmbiguousComma,
    TooSmall {
        min: f64,
    },
    /// At or below a minimum the value must exceed (a price of 0).
    NotAbove {
        min: f64,
    },
    TooLarge {
        max: f64,
    },
    NotWhole,
    /// `60%` in a field that is not a percentage (an amount in yuan, tons).
    NotPercent,
}

impl InputKind {
    /// The kind of a scenario target's field: a rate in percent, an amount in yuan.
    pub fn for_target(metric: crate::model::Metric) -> InputKind {
        if metric.is_rate() {
            InputKind::RatePercent
        } else {
            InputKind::Yuan
        }
    }

    /// A `%` after the number makes sense.
    fn takes_percent(self) -> bool {
        self.is_fraction() || matches!(self, InputKind::SharePercent | InputKind::UpliftPercent)
    }

    /// Read as a fraction (`98%` → 0.98): limits are said in percent.
    fn is_fraction(self) -> bool {
        matches!(self, InputKind::Yield | InputKind::RatePercent)
    }

    /// The value must be above the minimum, not equal to it (a price or a yield of 0 makes
    /// no sense; an amount of 0 does).
    fn min_exclusive(self) -> bool {
        matches!(
            self,
            InputKind::MetalPrice | InputKind::Yield | InputKind::ExchangeRate
        )
    }
}

impl NumberError {
    /// The message for `lang` (worded in `catalog::numbers`); `write` writes a limit the
    /// way the page writes numbers (`ui::format::input_value`: `1,000,000`, 1 million), so
    /// this module stays pure.
    pub fn message(&self, lang: Lang, write: impl Fn(f64) -> String) -> String {
        use crate::catalog::numbers as words;
        match self {
            NumberError::Empty => words::enter_a_number(lang),
            NumberError::NotANumber => words::not_a_number(lang),
            NumberError::AmbiguousComma => words::ambiguous_comma(lang),
            NumberError::TooSmall { min } => words::at_least(&write(*min), lang),
            NumberError::NotAbove { min } => words::more_than(&write(*min), lang),
            NumberError::TooLarge { max } => words::at_most(&write(*max), lang),
            NumberError::NotWhole => words::enter_a_whole_number(lang),
            NumberError::NotPercent => words::not_a_percentage(lang),
        }
    }
}

/// Reads a number with optional sign, thousands separators, decimal point, exponent and a
/// qian / wan / yi or thousand / million / billion / trillion suffix (the words fields write
/// large figures with, `ui::format::input_value`). Full-width characters are read as their
/// ASCII forms.
pub fn parse_number(input: &str) -> Result<f64, NumberError> {
    let normalized: String = input.chars().filter_map(normalize_char).collect();
    let mut text = normalized.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let mut scale = 1.0;
    for (suffix, factor) in crate::catalog::numbers::NUMBER_SUFFIXES {
        // The English words in any case (`2.5 Million`); ASCII, so the lengths agree.
        let at = text.len().saturating_sub(suffix.len());
        let tail = text.get(at..).unwrap_or_default();
        if tail.eq_ignore_ascii_case(suffix) {
            scale = factor;
            text = text.get(..at).unwrap_or_default().trim_end();
            break;
        }
    }
    let digits = strip_thousands(text)?;
    if !is_plain_decimal(&digits) {
        return Err(NumberError::NotANumber);
    }
    let value: f64 = digits.parse().map_err(|_| NumberError::NotANumber)?;
    let value = value * scale;
    if !value.is_finite() {
        // Parsed, but beyond any sensible figure (`1e309`).
        return Err(NumberError::TooLarge { max: f64::MAX });
    }
    Ok(if value == 0.0 { 0.0 } else { value }) // no "-0"
}

/// Reads a number for a given purpose: applies its unit (percent) and its range.
pub fn parse_input(input: &str, kind: InputKind) -> Result<f64, NumberError> {
    let trimmed = input.trim().trim_end_matches(['%', '％']).trim_end();
    let percent_sign = trimmed.len() != input.trim().len();
    if percent_sign && !kind.takes_percent() {
        // `60%` as 60 yuan would be a silent misreading.
        return Err(NumberError::NotPercent);
    }
    let mut value = parse_number(trimmed).map_err(|e| match e {
        NumberError::TooLarge { .. } => NumberError::TooLarge {
            max: if kind.is_fraction() {
                range(kind).1 * 100.0
            } else {
                range(kind).1
            },
        },
        other => other,
    })?;
    if (kind == InputKind::Yield && (percent_sign || value > 1.0)) || kind == InputKind::RatePercent
    {
        // `98%` and `98` both mean 0.98: nobody means a yield of 98. A rate's field says
        // "%", so whatever is typed there is percent.
        value /= 100.0;
    }
    let (min, max) = range(kind);
    // Limits as the field reads them: a fraction's in percent.
    let shown = |limit: f64| {
        if kind.is_fraction() {
            limit * 100.0
        } else {
            limit
        }
    };
    if kind.min_exclusive() && value <= min {
        return Err(NumberError::NotAbove { min: shown(min) });
    }
    if value < min {
        return Err(NumberError::TooSmall { min: shown(min) });
    }
    if value > max {
        return Err(NumberError::TooLarge { max: shown(max) });
    }
    if kind == InputKind::Years && value.fract() != 0.0 {
        return Err(NumberError::NotWhole);
    }
    Ok(value)
}

/// The range of values that make sense for an input (inclusive unless noted in `InputKind`).
pub fn range(kind: InputKind) -> (f64, f64) {
    match kind {
        InputKind::AddedValue => (0.0, 1e7),
        InputKind::MetalPrice => (0.0, 1e6),
        InputKind::Yield => (0.0, 1.0),
        InputKind::Tonnage => (0.0, 1e10),
        InputKind::SharePercent => (0.0, 100.0),
        InputKind::UpliftPercent => (-100.0, crate::model::MAX_UPLIFT_PERCENT),
        InputKind::Years => (1.0, f64::from(crate::model::MAX_YEARS)),
        InputKind::Yuan => (0.0, 1e15),
        InputKind::RatePercent => (0.0, 1.0),
        InputKind::ExchangeRate => (0.0, 1e4),
        InputKind::CarbonPrice => (0.0, crate::model::MAX_CARBON_PRICE),
    }
}

fn normalize_char(c: char) -> Option<char> {
    Some(match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' | '。' => '.',
        '，' | '、' => ',',
        '－' | '−' | '—' => '-',
        '＋' => '+',
        'ｅ' | 'Ｅ' => 'e',
        '\u{3000}' | '\u{00A0}' | '\u{202F}' | '\t' => ' ',
        // Thin spaces and apostrophes some locales use as thousands separators.
        '\u{2009}' | '\'' | '_' => return None,
        other => other,
    })
}

/// Removes thousands separators (`,` or spaces between digit groups of three); rejects a
/// comma anywhere else, because `1,5` may mean 1.5 to the person who typed it.
fn strip_thousands(text: &str) -> Result<String, NumberError> {
    let has_sep = text.contains(',') || text.trim().contains(' ');
    if !has_sep {
        return Ok(text.to_string());
    }
    let (int_part, rest) = match text.find(['.', 'e', 'E']) {
        Some(i) => text.split_at(i),
        None => (text, ""),
    };
    if rest.contains(',') || rest.contains(' ') {
        return Err(NumberError::AmbiguousComma);
    }
    let (sign, body) = match int_part.strip_prefix(['-', '+']) {
        Some(b) => (&int_part[..1], b),
        None => ("", int_part),
    };
    let groups: Vec<&str> = body.split([',', ' ']).collect();
    let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
    let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
    if !first_ok || !rest_ok || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
        return Err(if text.contains(',') {
            NumberError::AmbiguousComma
        } else {
            NumberError::NotANumber
        });
    }
    Ok(format!("{sign}{}{rest}", groups.concat()))
}

/// Digits with optional sign, point and exponent; no `inf`, `NaN` or hex that `str::parse`
/// would otherwise accept.
fn is_plain_decimal(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (s, None),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(whole) && digits(frac) && !(whole.is_empty() && frac.is_empty());
    let exponent_ok = match exponent {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            !e.is_empty() && e.len() <= 4 && digits(e)
        }
    };
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputKind::*;
    use NumberError::*;

    #[test]
    fn reads_what_people_type() {
        let cases: &[(&str, f64)] = &[
            ("80000", 80000.0),
            ("80,000", 80000.0),
            ("  80000  ", 80000.0),
            ("8万", 80000.0),
            ("8 万", 80000.0),
            ("1.2亿", 120_000_000.0),
            ("2.5 million", 2_500_000.0),
            ("60 billion", 6e10),
            ("6.46 Million", 6_460_000.0),
            ("3 thousand", 3000.0),
            ("1 trillion", 1e12),
            ("５千", 5000.0),
            ("８００００", 80000.0),
            ("８０，０００", 80000.0),
            ("8０000", 80000.0),
            ("1,234,567.5", 1234567.5),
            ("80 000", 80000.0),
            ("0.98", 0.98),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e3", 1000.0),
            ("-500", -500.0),
            ("－500", -500.0),
            ("+7", 7.0),
            ("-0", 0.0),
            ("\u{3000}500\u{3000}", 500.0),
        ];
        for (input, want) in cases {
            assert_eq!(parse_number(input), Ok(*want), "{input:?}");
        }
    }

    #[test]
    fn rejects_what_makes_no_sense() {
        let cases: &[(&str, NumberError)] = &[
            ("", Empty),
            ("   ", Empty),
            ("-", NotANumber),
            ("abc", NotANumber),
            ("NaN", NotANumber),
            ("nan", NotANumber),
            ("Infinity", NotANumber),
            ("inf", NotANumber),
            ("0x10", NotANumber),
            ("1.2.3", NotANumber),
            ("万", NotANumber),
            ("million", NotANumber),
            ("2 millions", NotANumber),
            ("1,5", AmbiguousComma),
            ("12,34,567", AmbiguousComma),
            ("1.000,5", AmbiguousComma),
            ("1e", NotANumber),
            ("1e99999", NotANumber),
            ("1e309", TooLarge { max: f64::MAX }),
            ("5 5", NotANumber),
        ];
        for (input, want) in cases {
            assert_eq!(parse_number(input).as_ref(), Err(want), "{input:?}");
        }
    }

    #[test]
    fn applies_units_and_ranges() {
        let cases: &[(&str, InputKind, Result<f64, NumberError>)] = &[
            ("98%", Yield, Ok(0.98)),
            ("98", Yield, Ok(0.98)),
            ("0.98", Yield, Ok(0.98)),
            ("1", Yield, Ok(1.0)),
            ("0", Yield, Err(NotAbove { min: 0.0 })),
            ("101%", Yield, Err(TooLarge { max: 100.0 })),
            ("-5", AddedValue, Err(TooSmall { min: 0.0 })),
            ("0", AddedValue, Ok(0.0)),
            ("0", MetalPrice, Err(NotAbove { min: 0.0 })),
            ("-5", MetalPrice, Err(NotAbove { min: 0.0 })),
            (
                "123456789012345678901234567890",
                AddedValue,
                Err(TooLarge { max: 1e7 }),
            ),
            ("1e309", Tonnage, Err(TooLarge { max: 1e10 })),
            ("20%", SharePercent, Ok(20.0)),
            ("120", SharePercent, Err(TooLarge { max: 100.0 })),
            ("5", Years, Ok(5.0)),
            ("2.5", Years, Err(NotWhole)),
            ("600亿", Yuan, Ok(6e10)),
            ("-100", UpliftPercent, Ok(-100.0)),
        ];
        for (input, kind, want) in cases {
            assert_eq!(&parse_input(input, *kind), want, "{input:?} as {kind:?}");
        }
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        for e in [
            Empty,
            NotANumber,
            AmbiguousComma,
            TooSmall { min: 0.0 },
            NotAbove { min: 0.0 },
            TooLarge { max: 1e7 },
            NotWhole,
            NotPercent,
        ] {
            let write = |x: f64| x.to_string();
            assert!(
                !e.message(Lang::Zh, write).is_empty() && !e.message(Lang::En, write).is_empty()
            );
        }
        // The limit as the caller writes it.
        assert_eq!(
            TooLarge { max: 1e7 }.message(Lang::En, |_| "10,000,000".into()),
            "Must be at most 10,000,000."
        );
    }
}
