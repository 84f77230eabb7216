//! The whole view in the URL, so a link is a citation. Pure: `to_query` writes the state,
//! `from_query` reads it back through the reducer, so everything a link says is validated
//! exactly like the same change made by hand. Public parameters are documented in README.
//!
//! | parameter | meaning |
//! |---|---|
//! | `lang=zh\|en`, `view=path\|compare\|scenario` | language and view |
//! | `product=<id>` / `path=<id>,<id>,…` | the default path to a product / an explicit path |
//! | `price=<yuan/t>` | metal price |
//! | `av=<from>.<to>:<yuan/t>,…`, `yield=<from>.<to>:<0..1>,…`, `local=<id>:0\|1,…` | edited figures |
//! | `q`, `qb` | plan and baseline tonnage |
//! | `mix=<id>:<share>,…`, `base=<id>:<share>,…` | plan and baseline shares (fractions of the tonnage) |
//! | `up=<from>.<to>:<percent>,…`, `nl=<id>,…` | plan R&D uplift per step; products not made locally in the plan |
//! | `years`, `ramp=linear\|s`, `target=<added\|output\|retained>:<yuan>\|none` | trajectory |
//! | `cur=<CODE>:<per yuan>` | also show amounts in another currency |
//! | `embed=1`, `lock=1`, `theme=<#hex>` | embedding (compact layout, read-only figures, accent colour) |
//! | `data=<path>` / `data=stored:<hash>` | a dataset file on the same site / a file imported in this browser |
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::{
    default_path, valid_id, Dataset, Edit, Metric, Ramp, ScrapFate, Target, MAX_YEARS,
};
use crate::query;
use crate::state::{Action, AppState, Currency, DataSource, Notice, ScenarioInputs, Side, View};

/// A longer value is refused whole: no sensible link needs it, and a hostile one must not
/// cost time.
const MAX_VALUE_CHARS: usize = 4000;
const MAX_LIST_ITEMS: usize = 500;

/// The state a link describes, on top of `base` (the default view of the dataset in use).
/// Unknown parameters are ignored (shared links pick up tracking parameters); a known one
/// with a bad value falls back to the default and leaves a notice.
pub fn from_query<S: AsRef<str>>(query_string: &str, browser_langs: &[S]) -> AppState {
    from_query_with(query_string, browser_langs, None)
}

/// The state a link describes, on top of the dataset its `data=` names once that is loaded
/// (`loaded`); without it, a `data=` link leaves the default chain in place and the state
/// `pending` until the page has fetched the file.
pub fn from_query_with<S: AsRef<str>>(
    query_string: &str,
    browser_langs: &[S],
    loaded: Option<(Rc<Dataset>, DataSource)>,
) -> AppState {
    let pairs = query::parse(query_string);
    let lang = pairs
        .iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::parse(v))
        .unwrap_or_else(|| Lang::from_preferences(browser_langs));
    let (mut actions, accepted, bad) = actions_of(&pairs);
    let mut state = match loaded {
        Some((dataset, source)) => {
            actions.retain(|a| !matches!(a, Action::RequestDataset(_)));
            let mut s = AppState::new(lang, dataset);
            s.source = source;
            actions.into_iter().fold(s, AppState::apply)
        }
        None if actions
            .iter()
            .any(|a| matches!(a, Action::RequestDataset(_))) =>
        {
            // The figures, path and scenario wait for the file (they may name its products);
            // the page's frame (view, embedding, theme) applies now.
            let frame = actions.into_iter().filter(|a| {
                matches!(
                    a,
                    Action::RequestDataset(_)
                        | Action::SetView(_)
                        | Action::SetEmbed(_)
                        | Action::SetLocked(_)
                        | Action::SetTheme(_)
                        | Action::SetCurrency(_)
                )
            });
            let mut s = frame.fold(AppState::with_default_dataset(lang), AppState::apply);
            s.pending = Some(
                accepted
                    .into_iter()
                    .filter(|(k, _)| k != "lang" && k != "view")
                    .collect(),
            );
            s
        }
        None => actions
            .into_iter()
            .fold(AppState::with_default_dataset(lang), AppState::apply),
    };
    state.notices.splice(0..0, bad);
    state
}

/// The state a link waiting for its dataset (`pending`) describes, once the dataset is
/// loaded: the link applied to it, with the language and view the visitor has now.
pub fn resume(waiting: &AppState, dataset: Rc<Dataset>) -> AppState {
    let query = to_query(waiting);
    let mut state = from_query_with(
        &query,
        &[waiting.lang.code()],
        Some((dataset, waiting.source.clone())),
    );
    state.notices.splice(0..0, waiting.notices.iter().cloned());
    state
}

/// What a link waiting for its dataset becomes when the dataset cannot be had: the link's
/// own product, figures and scenario applied to the default chain where they fit it (a
/// notice says where not), so the visitor sees the product the link was for and the
/// address keeps it; then the notice why.
pub fn fall_back(waiting: &AppState, notice: Notice) -> AppState {
    if waiting.pending.is_none() {
        return waiting.clone().apply(Action::DatasetUnavailable(notice));
    }
    let mut on_default = waiting.clone();
    on_default.source = DataSource::Builtin;
    let reference = on_default.reference.clone();
    resume(&on_default, reference).apply(Action::DatasetUnavailable(notice))
}

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

/// What a link asks for, as the intents a visitor would send, in the order that makes them
/// independent of the order of the parameters: figures first (the scenario is checked
/// against them), then the path and the scenario, then the lock (a locked link's own edits
/// still apply). A value that cannot be read is a notice, not an intent.
/// Also returns the pairs that were understood, in order (what a link waiting for its
/// dataset keeps).
fn actions_of(pairs: &[(String, String)]) -> (Vec<Action>, Vec<(String, String)>, Vec<Notice>) {
    let mut accepted = Vec::new();
    let mut edits: Vec<Edit> = Vec::new();
    let (mut path, mut scenario, mut rest) = (Vec::new(), Vec::new(), Vec::new());
    let mut dataset = Vec::new();
    let mut bad: Vec<Notice> = Vec::new();
    for (key, value) in pairs {
        let mut refuse = || {
            bad.push(Notice::BadLinkValue {
                param: key.clone(),
                value: value.clone(),
            })
        };
        if value.chars().count() > MAX_VALUE_CHARS {
            refuse();
            continue;
        }
        let ok = match key.as_str() {
            "lang" => Lang::parse(value).is_some(),
            "view" => View::parse(value)
                .map(|v| rest.push(Action::SetView(v)))
                .is_some(),
            "product" => {
                path = vec![Action::SelectProduct(value.trim().to_string())];
                true
            }
            "path" => {
                path = vec![Action::SelectPath(
                    value.split(',').map(|s| s.trim().to_string()).collect(),
                )];
                true
            }
            "price" => number(value)
                .map(|base| edits.push(Edit::MetalPrice { base }))
                .is_some(),
            "scrapprice" => number(value)
                .map(|base| edits.push(Edit::ScrapPrice { base }))
                .is_some(),
            "melt" => number(value)
                .map(|base| edits.push(Edit::MeltLoss { base }))
                .is_some(),
            "scrap" => match value.trim() {
                "sold" => Some(ScrapFate::Sold),
                "remelted" => Some(ScrapFate::Remelted),
                _ => None,
            }
            .map(|fate| scenario.push(Action::SetScrapFate(fate)))
            .is_some(),
            "av" => pairs_of(value, step_key)
                .map(|items| {
                    edits.extend(
                        items
                            .into_iter()
                            .map(|((from, to), base)| Edit::StepAddedValue { from, to, base }),
                    )
                })
                .is_some(),
            "yield" => pairs_of(value, step_key)
                .map(|items| {
                    edits.extend(
                        items
                            .into_iter()
                            .map(|((from, to), value)| Edit::StepYield { from, to, value }),
                    )
                })
                .is_some(),
            "local" => pairs_of(value, id_key)
                .map(|items| {
                    edits.extend(items.into_iter().map(|(id, flag)| Edit::ProductLocal {
                        id,
                        local: flag != 0.0,
                    }))
                })
                .is_some(),
            "q" | "qb" => number(value)
                .filter(|q| *q >= 0.0)
                .map(|tonnes| {
                    scenario.push(Action::SetTonnage {
                        side: side_of(key),
                        tonnes,
                    })
                })
                .is_some(),
            "mix" | "base" => shares(value)
                .map(|shares| {
                    scenario.push(Action::SetShares {
                        side: side_of(key),
                        shares,
                    })
                })
                .is_some(),
            "up" => pairs_of(value, step_key)
                .map(|items| {
                    scenario.extend(
                        items
                            .into_iter()
                            .map(|((from, to), percent)| Action::SetUplift { from, to, percent }),
                    );
                })
                .is_some(),
            "nl" => list(value)
                .map(|ids| {
                    scenario.extend(ids.into_iter().map(|product| Action::SetLocal {
                        product,
                        local: false,
                    }))
                })
                .is_some(),
            "years" => value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|y| (1..=MAX_YEARS).contains(y))
                .map(|y| scenario.push(Action::SetYears(y)))
                .is_some(),
            "ramp" => match value.trim() {
                "linear" => Some(Ramp::Linear),
                "s" => Some(Ramp::SCurve),
                _ => None,
            }
            .map(|r| scenario.push(Action::SetRamp(r)))
            .is_some(),
            "target" => target(value)
                .map(|t| scenario.push(Action::SetTarget(t)))
                .is_some(),
            "cur" => currency(value)
                .map(|c| rest.push(Action::SetCurrency(Some(c))))
                .is_some(),
            "embed" => flag(value)
                .map(|f| rest.push(Action::SetEmbed(f)))
                .is_some(),
            "lock" => flag(value)
                .map(|f| rest.push(Action::SetLocked(f)))
                .is_some(),
            "theme" => theme(value)
                .map(|t| rest.push(Action::SetTheme(Some(t))))
                .is_some(),
            "data" => data_source(value)
                .map(|source| dataset = vec![Action::RequestDataset(source)])
                .is_some(),
            _ => true,
        };
        if ok {
            accepted.push((key.clone(), value.clone()));
        } else {
            refuse();
        }
    }
    let mut actions = dataset;
    if !edits.is_empty() {
        actions.push(Action::Edits(edits));
    }
    actions.extend(path);
    if !scenario.is_empty() {
        actions.push(Action::ScenarioBatch(scenario));
    }
    actions.extend(rest);
    (actions, accepted, bad)
}

fn side_of(key: &str) -> Side {
    if matches!(key, "qb" | "base") {
        Side::Baseline
    } else {
        Side::Plan
    }
}

/// The link to this exact view (without the leading `?`). Only what differs from the
/// defaults is written, so links stay short.
pub fn to_query(state: &AppState) -> String {
    if let Some(waiting) = &state.pending {
        // Still loading the link's dataset: the link keeps saying what it said.
        let mut out: Vec<(&str, String)> = vec![
            ("lang", state.lang.code().into()),
            ("view", state.view.code().into()),
        ];
        out.extend(waiting.iter().map(|(k, v)| (k.as_str(), v.clone())));
        return query::encode(&out);
    }
    let mut out: Vec<(&str, String)> = vec![
        ("lang", state.lang.code().into()),
        ("view", state.view.code().into()),
    ];
    match state.path.last() {
        Some(last) if default_path(&state.dataset, last).ok().as_ref() == Some(&state.path) => {
            out.push(("product", last.clone()))
        }
        _ => out.push(("path", state.path.join(","))),
    }
    let mut av = Vec::new();
    let mut yields = Vec::new();
    let mut local = Vec::new();
    for edit in &state.edits {
        match edit {
            Edit::MetalPrice { base } => out.push(("price", num(*base))),
            Edit::ScrapPrice { base } => out.push(("scrapprice", num(*base))),
            Edit::MeltLoss { base } => out.push(("melt", num(*base))),
            Edit::StepAddedValue { from, to, base } => {
                av.push(format!("{from}.{to}:{}", num(*base)))
            }
            Edit::StepYield { from, to, value } => {
                yields.push(format!("{from}.{to}:{}", num(*value)))
            }
            Edit::ProductLocal { id, local: l } => local.push(format!("{id}:{}", u8::from(*l))),
            // Range and tonnage edits have no editor in the page, so no link parameter.
            Edit::MetalPriceRange { .. }
            | Edit::StepAddedValueRange { .. }
            | Edit::RegionTonnes { .. } => {}
        }
    }
    for (key, items) in [("av", av), ("yield", yields), ("local", local)] {
        if !items.is_empty() {
            out.push((key, items.join(",")));
        }
    }

    let defaults = ScenarioInputs::example(&state.dataset);
    let s = &state.scenario;
    if s.plan.scrap != defaults.plan.scrap {
        out.push((
            "scrap",
            if s.plan.scrap == ScrapFate::Sold {
                "sold"
            } else {
                "remelted"
            }
            .into(),
        ));
    }
    if s.plan.tonnage != defaults.plan.tonnage {
        out.push(("q", num(s.plan.tonnage)));
    }
    if s.baseline.tonnage != defaults.baseline.tonnage {
        out.push(("qb", num(s.baseline.tonnage)));
    }
    if s.plan.shares != defaults.plan.shares {
        out.push(("mix", share_list(&s.plan.shares)));
    }
    if s.baseline.shares != defaults.baseline.shares {
        out.push(("base", share_list(&s.baseline.shares)));
    }
    if !s.plan.uplift.is_empty() {
        let items: Vec<String> = s
            .plan
            .uplift
            .iter()
            .map(|u| format!("{}.{}:{}", u.from, u.to, num(u.percent)))
            .collect();
        out.push(("up", items.join(",")));
    }
    let non_local: Vec<&str> = s
        .plan
        .local
        .iter()
        .filter(|(_, l)| !**l)
        .map(|(id, _)| id.as_str())
        .collect();
    if !non_local.is_empty() {
        out.push(("nl", non_local.join(",")));
    }
    if s.years != defaults.years {
        out.push(("years", s.years.to_string()));
    }
    if s.ramp != defaults.ramp {
        out.push((
            "ramp",
            if s.ramp == Ramp::Linear {
                "linear"
            } else {
                "s"
            }
            .into(),
        ));
    }
    if s.target != defaults.target {
        out.push((
            "target",
            match &s.target {
                None => "none".into(),
                Some(t) => format!("{}:{}", t.metric.code(), num(t.value)),
            },
        ));
    }
    if let Some(c) = &state.currency {
        out.push(("cur", format!("{}:{}", c.code, num(c.per_yuan))));
    }
    if state.embed {
        out.push(("embed", "1".into()));
    }
    if state.locked {
        out.push(("lock", "1".into()));
    }
    if let Some(t) = &state.theme {
        out.push(("theme", t.clone()));
    }
    match &state.source {
        DataSource::Builtin => {}
        DataSource::Url(url) => out.push(("data", url.clone())),
        DataSource::Stored(hash) => out.push(("data", format!("stored:{hash}"))),
    }
    query::encode(&out)
}

/// Plain notation while it is short (`80000`, readable), else the exponent form when that
/// is shorter (`5e-324` rather than 327 characters); both are exact, so a link reads back
/// to the same figures.
fn num(x: f64) -> String {
    let plain = x.to_string();
    let exp = format!("{x:e}");
    if plain.len() > 16 && exp.len() < plain.len() {
        exp
    } else {
        plain
    }
}

fn number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|x| x.is_finite())
}

fn flag(s: &str) -> Option<bool> {
    match s.trim() {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

fn id_key(s: &str) -> Option<String> {
    valid_id(s).then(|| s.to_string())
}

fn step_key(s: &str) -> Option<(String, String)> {
    let (from, to) = s.split_once('.')?;
    (valid_id(from) && valid_id(to)).then(|| (from.to_string(), to.to_string()))
}

fn list(s: &str) -> Option<Vec<String>> {
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
fn pairs_of<K>(s: &str, key: fn(&str) -> Option<K>) -> Option<Vec<(K, f64)>> {
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

fn shares(s: &str) -> Option<BTreeMap<String, f64>> {
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

fn share_list(shares: &BTreeMap<String, f64>) -> String {
    shares
        .iter()
        .map(|(id, s)| format!("{id}:{}", num(*s)))
        .collect::<Vec<_>>()
        .join(",")
}

fn target(s: &str) -> Option<Option<Target>> {
    if s.trim() == "none" {
        return Some(None);
    }
    let (m, v) = s.split_once(':')?;
    let metric = Metric::from_code(m.trim())?;
    let max = if metric.is_rate() { 1.0 } else { 1e15 };
    let value = number(v).filter(|v| *v > 0.0 && *v <= max)?;
    Some(Some(Target { metric, value }))
}

fn currency(s: &str) -> Option<Currency> {
    let (code, rate) = s.split_once(':')?;
    let code = code.trim();
    let per_yuan = number(rate).filter(|r| *r > 0.0 && *r <= 1e4)?;
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())).then(|| Currency {
        code: code.into(),
        per_yuan,
    })
}

/// `#abc` or `#aabbcc` (the `#` may be left out or written `%23`); anything else, which a
/// host page might use to inject CSS, is refused.
pub fn theme(s: &str) -> Option<String> {
    let hex = s.trim().trim_start_matches('#');
    ((hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("#{}", hex.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests;
