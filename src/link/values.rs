//! The forms a link's values take (numbers, lists, `<from>.<to>:<number>` pairs, codes), read
//! strictly and written short; the parameter table (`params`) says which key takes which.
use std::collections::BTreeMap;

use crate::model::{valid_id, CarbonCurrency, CarbonPrice, Metric, Target};
use crate::state::{Currency, DataSource};

/// A longer value is refused whole: no sensible link needs it, and a hostile one must not
/// cost time.
pub(super) const MAX_VALUE_CHARS: usize = 4000;
const MAX_LIST_ITEMS: usize = 500;

/// The dataset a link names, if it is one a link may name: `stored:<hash>` (a file imported
/// in this browser), or a path on the page's own site (no scheme, no host, no `..`; the
/// page checks the origin again when it fetches). Anything else is refused.
pub fn data_source(value: &str) -> Option<DataSource> {
    let value = value.trim();
    if let Some(hash) = value.strip_prefix("stored:") {
        return crate::stored::valid_hash(hash).then(|| DataSource::Stored(hash.to_string()));
    }
    let path_part = value.split(['?', '#']).next().unwrap_or_default();
    let plain = value
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'\\' && b != b'"' && b != b'<' && b != b'>');
    let ok = !value.is_empty()
        && value.len() <= MAX_DATA_URL_CHARS
        && plain
        && !value.starts_with("//")
        && !path_part.contains(':')
        && !path_part.split('/').any(|segment| segment == "..");
    ok.then(|| DataSource::Url(value.to_string()))
}

const MAX_DATA_URL_CHARS: usize = 500;

/// Plain notation while it is short (`80000`, readable), else the exponent form when that
/// is shorter (`5e-324` rather than 327 characters); both are exact, so a link reads back
/// to the same figures.
pub(super) fn num(x: f64) -> String {
    let plain = x.to_string();
    let exp = format!("{x:e}");
    if plain.len() > 16 && exp.len() < plain.len() {
        exp
    } else {
        plain
    }
}

pub(super) fn number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|x| x.is_finite())
}

pub(super) fn flag(s: &str) -> Option<bool> {
    match s.trim() {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

pub(super) fn id_key(s: &str) -> Option<String> {
    valid_id(s).then(|| s.to_string())
}

pub(super) fn step_key(s: &str) -> Option<(String, String)> {
    let (from, to) = s.split_once('.')?;
    (valid_id(from) && valid_id(to)).then(|| (from.to_string(), to.to_string()))
}

pub(super) fn list(s: &str) -> Option<Vec<String>> {
    let items: Vec<&str> = s
        .split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect();
    if items.len() > MAX_LIST_ITEMS {
        return None;
    }
    items.into_iter().map(id_key).collect()
}

/// `key:number,key:number`; None if any item is malformed (the whole parameter is refused,
/// rather than half of it applied).
pub(super) fn pairs_of<K>(s: &str, key: fn(&str) -> Option<K>) -> Option<Vec<(K, f64)>> {
    let items: Vec<&str> = s
        .split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect();
    if items.is_empty() || items.len() > MAX_LIST_ITEMS {
        return None;
    }
    items
        .into_iter()
        .map(|item| {
            let (k, v) = item.rsplit_once(':')?;
            Some((key(k)?, number(v)?))
        })
        .collect()
}

pub(super) fn shares(s: &str) -> Option<BTreeMap<String, f64>> {
    if s.trim().is_empty() {
        return Some(BTreeMap::new());
    }
    let items = pairs_of(s, id_key)?;
    let total: f64 = items.iter().map(|(_, v)| v).sum();
    if items.iter().any(|(_, v)| *v < 0.0) || total > 1.0 + 1e-9 {
        return None;
    }
    Some(items.into_iter().filter(|(_, v)| *v > 0.0).collect())
}

pub(super) fn share_list(shares: &BTreeMap<String, f64>) -> String {
    shares
        .iter()
        .map(|(id, s)| format!("{id}:{}", num(*s)))
        .collect::<Vec<_>>()
        .join(",")
}

pub(super) fn target(s: &str) -> Option<Option<Target>> {
    if s.trim() == "none" {
        return Some(None);
    }
    let (m, v) = s.split_once(':')?;
    let metric = Metric::from_code(m.trim())?;
    let max = if metric.is_rate() { 1.0 } else { 1e15 };
    let value = number(v).filter(|v| *v > 0.0 && *v <= max)?;
    Some(Some(Target { metric, value }))
}

pub(super) fn currency(s: &str) -> Option<Currency> {
    let (code, rate) = s.split_once(':')?;
    let code = code.trim();
    let per_yuan = number(rate).filter(|r| *r > 0.0 && *r <= 1e4)?;
    is_currency_code(code).then(|| Currency {
        code: code.into(),
        per_yuan,
    })
}

/// A currency code as links and the currency picker take it: exactly three letters A–Z
/// (the picker upper-cases what is typed first; a link must say it so).
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// `#abc` or `#aabbcc` (the `#` may be left out or written `%23`); anything else, which a
/// host page might use to inject CSS, is refused.
pub fn theme(s: &str) -> Option<String> {
    let hex = s.trim().trim_start_matches('#');
    ((hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// A carbon price: `<yuan>` per t CO₂, or `<amount>:<EUR|CNY>`; refused when negative, not
/// a number or above the model's `MAX_CARBON_PRICE`.
pub(super) fn carbon_price(s: &str) -> Option<CarbonPrice> {
    let (amount, currency) = match s.split_once(':') {
        Some((amount, code)) => (amount, CarbonCurrency::from_code(code)?),
        None => (s, CarbonCurrency::Yuan),
    };
    CarbonPrice::new(number(amount)?, currency)
}

/// A carbon price as a link writes it: yuan plain, another currency with its code.
pub(super) fn carbon_price_text(p: &CarbonPrice) -> String {
    match p.currency() {
        CarbonCurrency::Yuan => num(p.per_t_co2()),
        other => format!("{}:{}", num(p.per_t_co2()), other.code()),
    }
}
