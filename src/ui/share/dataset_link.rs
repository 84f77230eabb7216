//! A link's own dataset (`data=`): read from this browser's storage or fetched from the
//! page's own site, validated exactly like an import, and then the link is applied to it.
//! Whatever goes wrong leaves the built-in chain with a notice that says what.
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::model::dataset::MAX_INPUT_BYTES;
use crate::model::Dataset;
use crate::state::{Action, AppState, DataProblem, DataSource, Notice};

/// Loads `source` and sends the state the waiting link describes on top of it.
pub fn load(source: DataSource, state: Rc<AppState>, dispatch: Callback<Action>) {
    // The link still applies to the default chain (`link::fall_back`), with the notice.
    let unavailable = {
        let (dispatch, state) = (dispatch.clone(), state.clone());
        move |notice: Notice| {
            let next = crate::link::fall_back(&state, notice);
            dispatch.emit(Action::Restore(Box::new(next)))
        }
    };
    let fail = {
        let (unavailable, source) = (unavailable.clone(), source.clone());
        move |why: DataProblem| {
            unavailable(Notice::DataUnavailable {
                source: source.clone(),
                why,
            })
        }
    };
    let apply = move |text: String| match Dataset::from_json_with_notices(&text) {
        Ok((dataset, assumed)) => {
            let mut next = crate::link::resume(&state, Rc::new(dataset));
            next.notices.extend(assumed.iter().map(Notice::of_import));
            dispatch.emit(Action::Restore(Box::new(next)));
        }
        Err(errors) => unavailable(Notice::DataUnavailable {
            source: state.source().clone(),
            why: DataProblem::Invalid(errors.0),
        }),
    };
    match source.clone() {
        // A shipped region is resolved when the link is read: it never waits.
        DataSource::Builtin | DataSource::Region(_) => {}
        DataSource::Stored(hash) => match crate::ui::assumptions::stored_datasets::read(&hash) {
            Some(text) => apply(text),
            None => fail(DataProblem::NotInThisBrowser),
        },
        DataSource::Url(path) => {
            let Some(url) = same_origin(&path) else {
                return fail(DataProblem::OtherOrigin);
            };
            wasm_bindgen_futures::spawn_local(async move {
                match fetch_text(&url).await {
                    Ok(text) => apply(text),
                    Err(why) => fail(why),
                }
            });
        }
    }
}

/// The path resolved against the app's address (the same from a pre-rendered page such as
/// `en/furniture/` as from the app's own), if it stays on the page's origin (the link
/// checked the text; this checks what the browser makes of it).
fn same_origin(path: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let base = format!(
        "{}{}",
        location.origin().ok()?,
        crate::pages::app_base(&location.pathname().ok()?)
    );
    let url = web_sys::Url::new_with_base(path, &base).ok()?;
    (url.origin() == location.origin().ok()?).then(|| url.href())
}

async fn fetch_text(url: &str) -> Result<String, DataProblem> {
    let offline = DataProblem::Fetch { status: None };
    let window = web_sys::window().ok_or(offline.clone())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(offline.clone())?;
    if !response.ok() {
        return Err(DataProblem::Fetch {
            status: Some(response.status()),
        });
    }
    let text = JsFuture::from(response.text().map_err(|_| offline.clone())?)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(offline)?;
    if text.len() > MAX_INPUT_BYTES {
        return Err(DataProblem::Invalid(vec![
            crate::model::DatasetError::TooLarge {
                bytes: text.len(),
                limit: MAX_INPUT_BYTES,
            },
        ]));
    }
    Ok(text)
}
