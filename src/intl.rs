//! Numbers written exactly as the browser's `Intl.NumberFormat` writes them, for the few
//! options the page uses (`ui::format`), without a browser: the server renderer's half of
//! `ui::format`. Native only; the wasm keeps asking Intl (no float formatting, no tables
//! in the bundle). Checked against ICU's output (Node and Chromium) by `tests/intl.rs`.
//!
//! What it reproduces (ICU's number formatter, locales `zh-CN` and `en`):
//! - the value's shortest round-trip decimal digits, rounded half away from zero
//!   (`halfExpand`), trailing zeros dropped (`minimumFractionDigits` 0);
//! - `maximumSignificantDigits` winning over `maximumFractionDigits` when both are set
//!   (`roundingPriority: "auto"`);
//! - compact notation, long display: wan/yi/wan-yi in Chinese, thousand/million/billion/
//!   trillion in English (the words are `catalog::numbers`'s), the unit chosen after
//!   rounding (99,999,999 → 1 yi), numbers past the largest unit written in it
//!   (1000 wan-yi);
//! - grouping with `,` from 4 integer digits, from 5 in compact notation (`1000 trillion`,
//!   `10,000 trillion`); `.` as the decimal point; `-` before negative values, `-0` too.
use crate::i18n::Lang;

/// How a number is rounded: Intl's `maximumSignificantDigits` or `maximumFractionDigits`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rounding {
    SignificantDigits(u8),
    FractionDigits(u8),
}

/// The options of one `Intl.NumberFormat` the page builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Options {
    /// `notation: "compact", compactDisplay: "long"`.
    pub compact: bool,
    pub rounding: Rounding,
}

/// `Intl.NumberFormat(lang.tag(), options).format(value)` for a finite value (the caller
/// writes non-finite values its own way); `NaN`/`∞` as Intl writes them otherwise.
pub fn format(value: f64, lang: Lang, options: Options) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}∞");
    }
    let mut d = Decimal::of(value.abs());
    let mut suffix = "";
    if options.compact && !d.is_zero() {
        // ICU's chooseMultiplierAndApply: the unit of the unrounded magnitude; if rounding
        // carries into the next magnitude and that has another unit, the next unit.
        let magnitude = d.magnitude;
        let (shift, unit) = crate::catalog::numbers::compact_unit(lang, magnitude);
        d.magnitude -= shift;
        d.round(options.rounding);
        suffix = unit;
        if !d.is_zero() && d.magnitude + shift != magnitude {
            let (next_shift, next_unit) =
                crate::catalog::numbers::compact_unit(lang, magnitude + 1);
            if next_shift != shift {
                d.magnitude -= next_shift - shift;
                d.round(options.rounding);
                suffix = next_unit;
            }
        }
    } else {
        d.round(options.rounding);
    }
    let min_grouping = if options.compact { 2 } else { 1 };
    format!("{sign}{}{suffix}", d.write(min_grouping))
}

/// A non-negative decimal: `0.d₀d₁d₂… × 10^(magnitude+1)`, i.e. `digits[0]` is the digit of
/// `10^magnitude`; no leading or trailing zero digits; zero has no digits.
#[derive(Debug)]
struct Decimal {
    digits: Vec<u8>,
    magnitude: i32,
}

impl Decimal {
    /// The shortest decimal that reads back as `value` (what ICU starts from, through
    /// double-conversion), so `1.005` rounds to `1.01` as in the browser.
    fn of(value: f64) -> Decimal {
        let text = format!("{value:e}");
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let magnitude = exponent.parse::<i32>().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Decimal { digits, magnitude }
    }

    fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Rounds half away from zero and drops trailing zeros.
    fn round(&mut self, rounding: Rounding) {
        if self.is_zero() {
            return;
        }
        // The lowest power of ten kept.
        let lowest = match rounding {
            Rounding::SignificantDigits(n) => self.magnitude - i32::from(n.max(1)) + 1,
            Rounding::FractionDigits(n) => -i32::from(n),
        };
        let keep = self.magnitude - lowest + 1;
        if keep < 0 {
            self.digits.clear();
            return;
        }
        let keep = keep as usize;
        if keep >= self.digits.len() {
            return;
        }
        let up = self.digits.get(keep).is_some_and(|&d| d >= 5);
        self.digits.truncate(keep);
        if up {
            let mut carry = true;
            for d in self.digits.iter_mut().rev() {
                if *d == 9 {
                    *d = 0;
                } else {
                    *d += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                // 9.99 → 10.0 (or 0.5 at keep 0 → 1 at the kept power).
                self.digits.insert(0, 1);
                self.magnitude += 1;
            }
            if keep == 0 {
                // Only the carried 1 is left, at the lowest kept power.
                self.magnitude = lowest;
            }
        }
        while self.digits.last() == Some(&0) {
            self.digits.pop();
        }
    }

    /// `12,345.67`; integer digits grouped by three from `min_grouping + 3` digits on.
    fn write(&self, min_grouping: usize) -> String {
        let digit = |power: i32| -> char {
            let index = self.magnitude - power;
            let d = if index >= 0 {
                self.digits.get(index as usize).copied().unwrap_or(0)
            } else {
                0
            };
            char::from(b'0' + d)
        };
        let int_digits = if self.is_zero() || self.magnitude < 0 {
            1
        } else {
            self.magnitude as usize + 1
        };
        let group = int_digits >= 3 + min_grouping;
        let mut out = String::new();
        for k in (0..int_digits).rev() {
            out.push(digit(k as i32));
            if group && k > 0 && k % 3 == 0 {
                out.push(',');
            }
        }
        let lowest = self.magnitude + 1 - self.digits.len() as i32;
        if !self.is_zero() && lowest < 0 {
            out.push('.');
            for power in (lowest..0).rev() {
                out.push(digit(power));
            }
        }
        out
    }
}
