//! A whole chain in a link's fragment (`#chain=`): the chain's JSON compressed by the
//! browser's own `CompressionStream('deflate-raw')` (the wasm carries no compressor) and
//! written as base64url (`editor::fragment`); opened, it is decompressed the same way and
//! read like an import within the link's limits. A link that cannot be read leaves the
//! chain in force, with a notice that says why.
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::editor::fragment::{self, FragmentError};
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::state::{Action, Notice};

/// `bytes` through a `CompressionStream` (or, `inflate`, a `DecompressionStream`) of the
/// raw deflate format; None where the browser has none or the bytes are not deflate. At
/// most `limit` + 1 bytes are read out: a link of 64 K characters could otherwise inflate
/// to tens of megabytes before the chain's size is checked (a decompression bomb); the
/// byte over the limit lets that check refuse it as too large.
async fn deflate(bytes: &[u8], inflate: bool, limit: usize) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let get = |target: &JsValue, name: &str| js_sys::Reflect::get(target, &name.into()).ok();
    let call = |target: &JsValue, name: &str| -> Option<JsValue> {
        get(target, name)?
            .dyn_ref::<js_sys::Function>()?
            .call0(target)
            .ok()
    };
    let class = get(
        &window,
        if inflate {
            "DecompressionStream"
        } else {
            "CompressionStream"
        },
    )?;
    let stream = js_sys::Reflect::construct(
        class.dyn_ref::<js_sys::Function>()?,
        &js_sys::Array::of1(&"deflate-raw".into()),
    )
    .ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let source = call(&blob, "stream")?;
    let piped = get(&source, "pipeThrough")?
        .dyn_ref::<js_sys::Function>()?
        .call1(&source, &stream)
        .ok()?;
    let reader = call(&piped, "getReader")?;
    let mut out = Vec::new();
    loop {
        let chunk = call(&reader, "read")?.dyn_into::<js_sys::Promise>().ok()?;
        let chunk = JsFuture::from(chunk).await.ok()?;
        if get(&chunk, "done")?.as_bool().unwrap_or(true) {
            return Some(out);
        }
        out.extend(js_sys::Uint8Array::new(&get(&chunk, "value")?).to_vec());
        if out.len() > limit {
            // The rest is not wanted: the stream stops inflating.
            call(&reader, "cancel");
            out.truncate(limit + 1);
            return Some(out);
        }
    }
}

/// The link that carries `dataset` whole, in `lang`: this page's address, the language,
/// and the chain in the fragment.
pub async fn link_for(dataset: Rc<Dataset>, lang: Lang) -> Option<String> {
    let json = fragment::chain_json(&dataset).ok()?;
    let packed = deflate(json.as_bytes(), false, usize::MAX - 1).await?;
    let location = web_sys::window()?.location();
    let (origin, path) = (location.origin().ok()?, location.pathname().ok()?);
    Some(format!(
        "{origin}{path}?lang={}#{}{}",
        lang.code(),
        fragment::KEY,
        fragment::encode(&packed)
    ))
}

/// Reads a `#chain=` fragment of the page's address, if it has one, and brings its chain
/// into force (kept in this browser's storage like an import), or says why it cannot.
pub fn open_from_address(dispatch: Callback<Action>) {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return;
    };
    if !hash.starts_with(&format!("#{}", fragment::KEY)) {
        return;
    }
    let refuse = {
        let dispatch = dispatch.clone();
        move |error: FragmentError| dispatch.emit(Action::Notify(Notice::ChainLink(error)))
    };
    let packed = match fragment::decode(&hash) {
        Ok(packed) => packed,
        Err(error) => return refuse(error),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Some(json) = deflate(&packed, true, fragment::MAX_CHAIN_BYTES).await else {
            return refuse(FragmentError::NotCompressed);
        };
        match fragment::read_chain(&json) {
            Ok(dataset) => {
                let text = String::from_utf8_lossy(&json);
                let notices = vec![Notice::DatasetImported(dataset.name().clone())];
                crate::ui::assumptions::stored_datasets::bring_in(
                    dataset, &text, notices, &dispatch,
                );
                // Shown read-only until the visitor asks to edit a copy.
                dispatch.emit(Action::Data(crate::state::DataAction::MarkShared));
            }
            Err(error) => refuse(error),
        }
    });
}
