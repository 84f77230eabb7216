//! The whole view in the URL, so a link is a citation. Pure: `to_query` writes the state,
//! `from_query` reads it back through the reducer, so everything a link says is validated
//! exactly like the same change made by hand.
//!
//! The parameters, their values and how each reads and writes: `params::PARAMS`, one
//! entry per key, used in both directions (README's list of public parameters says the
//! same; a test checks it names every key). The forms of values: `values`.
use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::Dataset;
use crate::query;
use crate::state::{Action, AppState, DataAction, DataSource, Notice};

mod params;
mod values;

pub use params::{Param, PARAMS};
pub use values::{data_source, is_currency_code, theme};

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
    let (mut intents, accepted, bad) = params::read(&pairs);
    // A shipped region is at hand (`crate::regions`): resolved now, it never waits.
    let mut refused = None;
    let loaded = match (loaded, intents.dataset.take()) {
        (None, Some(DataSource::Builtin)) => None,
        (None, Some(DataSource::Region(id))) => match crate::regions::resolve(&id) {
            Some(Ok(dataset)) => Some((dataset, DataSource::Region(id))),
            _ => {
                refused = Some(Notice::BadLinkValue {
                    param: "region".into(),
                    value: id,
                });
                None
            }
        },
        (loaded, other) => {
            intents.dataset = other;
            loaded
        }
    };
    let mut state = match (loaded, intents.dataset.take()) {
        (Some((dataset, source)), _) => {
            let s = AppState::from_source(lang, dataset, source);
            intents.actions().into_iter().fold(s, AppState::apply)
        }
        (None, Some(source)) => {
            // The figures, path and scenario wait for the file (they may name its products);
            // the page's frame (view, embedding, theme) applies now.
            let frame = std::iter::once(Action::Data(DataAction::RequestDataset(source)))
                .chain(intents.frame.into_iter().map(Action::Frame));
            frame
                .fold(AppState::with_default_dataset(lang), AppState::apply)
                .awaiting(
                    accepted
                        .into_iter()
                        .filter(|(k, _)| k != "lang" && k != "view")
                        .collect(),
                )
        }
        (None, None) => intents
            .actions()
            .into_iter()
            .fold(AppState::with_default_dataset(lang), AppState::apply),
    };
    let bad = bad
        .into_iter()
        .map(|(param, value)| Notice::BadLinkValue { param, value })
        .chain(refused);
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
        Some((dataset, waiting.source().clone())),
    );
    state.notices.splice(0..0, waiting.notices.iter().cloned());
    state
}

/// What a link waiting for its dataset becomes when the dataset cannot be had: the link's
/// own product, figures and scenario applied to the default chain where they fit it (a
/// notice says where not), so the visitor sees the product the link was for and the
/// address keeps it; then the notice why.
pub fn fall_back(waiting: &AppState, notice: Notice) -> AppState {
    if waiting.pending().is_none() {
        return waiting
            .clone()
            .apply(Action::Data(DataAction::DatasetUnavailable(notice)));
    }
    let on_default = waiting.clone().on_builtin();
    let reference = on_default.reference().clone();
    resume(&on_default, reference).apply(Action::Data(DataAction::DatasetUnavailable(notice)))
}

/// The link to this exact view (without the leading `?`). Only what differs from the
/// defaults is written, so links stay short.
pub fn to_query(state: &AppState) -> String {
    if let Some(waiting) = state.pending() {
        // Still loading the link's dataset: the link keeps saying what it said.
        let mut out: Vec<(&str, String)> = vec![
            ("lang", state.lang.code().into()),
            ("view", state.view.code().into()),
        ];
        out.extend(waiting.iter().map(|(k, v)| (k.as_str(), v.clone())));
        return query::encode(&out);
    }
    query::encode(&params::write(state))
}

// Native only: its property test needs proptest, a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod golden;
#[cfg(test)]
mod tests;
