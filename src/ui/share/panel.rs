//! Share and export in one place (as Our World in Data does): the link to this exact view,
//! the iframe snippet, the downloads (CSV, JSON, each chart as SVG and PNG) and the named
//! views saved in this browser. A disclosure panel under the header: focus moves into it
//! when it opens, Escape closes it and the header returns focus to its button.
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::context::{use_dispatch, use_lang};

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::export;
use crate::i18n::Lang;
use crate::state::{Action, AppState, View};
use crate::ui::share::download;
use crate::ui::share::saved_views::SavedViews;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub view: View,
    /// The page's state: what the link, the snippet and the exports describe.
    pub state: Rc<AppState>,
    /// Its results: what the CSV exports write.
    pub derived: Rc<crate::derived::Derived>,
    pub on_close: Callback<()>,
}

fn browser_langs() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The state being shared, in the header's language and view.
fn current_state(props: &SharePanelProps, lang: Lang) -> AppState {
    let mut state = (*props.state).clone();
    state.lang = lang;
    state.view = props.view;
    state
}

/// `https://host/tools/aluminium/` — the app's address (without the page path of a
/// pre-rendered page, query or fragment).
fn app_base() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                crate::pages::app_base(&l.pathname().unwrap_or_default())
            )
        })
        .unwrap_or_default()
}

fn iframe_snippet(state: &AppState, title: &str) -> String {
    let mut embedded = state.clone();
    embedded.embed = true;
    // The product's pre-rendered card where there is one (`en/furniture/embed/`).
    let src = format!("{}{}", app_base(), crate::pages::link_for(&embedded));
    // Host-page markup: attribute values escaped; the style attribute runs on the host page.
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" style=\"border:0\"></iframe>",
        esc(&src),
        esc(title)
    )
}

/// Copies with the async Clipboard API; where it is missing or refused, selects the text so
/// the visitor can copy it by hand. Reports the outcome through `done`.
fn copy_text(text: &str, field: &NodeRef, done: Callback<bool>) {
    let select = {
        let field = field.clone();
        move || {
            if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                input.select();
            } else if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
                area.select();
            }
        }
    };
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|clipboard| {
            let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            write
                .call1(&clipboard, &JsValue::from_str(text))
                .ok()?
                .dyn_into::<js_sys::Promise>()
                .ok()
        });
    let Some(promise) = promise else {
        select();
        done.emit(false);
        return;
    };
    let ok = {
        let done = done.clone();
        wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| done.emit(true))
    };
    let failed = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| {
        select();
        done.emit(false);
    });
    if let Ok(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        then.call2(&promise, &ok, &failed).ok();
    }
}

/// A chart's name for the download buttons; unknown charts keep their `data-chart` name.
fn chart_label(name: &str, lang: Lang) -> String {
    let (base, number) = match name.rsplit_once('-') {
        Some((b, n)) if n.chars().all(|c| c.is_ascii_digit()) => (b, Some(n)),
        _ => (name, None),
    };
    let label = ChartKind::from_code(base).map_or(base, |kind| kind.name(lang));
    match number {
        Some(n) => format!("{label} {n}"),
        None => label.to_string(),
    }
}

#[derive(Clone, PartialEq)]
enum Status {
    None,
    Ok(String),
    Error(String),
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let state = current_state(props, lang);
    let query = crate::link::to_query(&state);
    // The pre-rendered page's address where there is one (`en/furniture/`), with only
    // what it does not show as a query.
    let link = format!("{}{}", app_base(), crate::pages::link_for(&state));
    let title = metal::app_title(Metal::of(state.dataset()), lang);
    let snippet = iframe_snippet(&state, &title);
    let status = use_state(|| Status::None);
    let charts = use_state(Vec::<String>::new);
    let heading = use_node_ref();
    let link_field = use_node_ref();
    let snippet_field = use_node_ref();

    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                h.focus().ok();
            }
        });
    }
    {
        // The charts of the view now on screen, looked up again when the view changes.
        let charts = charts.clone();
        use_effect_with(props.view, move |_| {
            charts.set(
                download::charts_on_page()
                    .into_iter()
                    .map(|(name, _)| name)
                    .collect(),
            );
        });
    }

    let onkeydown = {
        let close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            }
        })
    };
    let report = {
        let status = status.clone();
        move |result: Result<(), String>, what: String| match result {
            Ok(()) => status.set(Status::Ok(texts::downloaded(&what, lang))),
            Err(e) => status.set(Status::Error(texts::download_failed(&what, &e, lang))),
        }
    };
    let copy = |text: String, field: NodeRef, what: &'static str| {
        let status = status.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let done = Callback::from(move |copied: bool| {
                status.set(if copied {
                    Status::Ok(texts::copied(what, lang))
                } else {
                    Status::Ok(Text::CopySelected.get(lang).into())
                })
            });
            copy_text(&text, &field, done);
        })
    };

    let download_compare = {
        let report = report.clone();
        let (state, derived) = (state.clone(), props.derived.clone());
        Callback::from(move |_| {
            let result = derived
                .ranking()
                .map_err(|e| crate::catalog::errors::model_error(&e, state.lang))
                .and_then(|ranked| {
                    let csv = export::comparison_csv(
                        state.dataset(),
                        &ranked,
                        derived.basis(),
                        state.lang,
                    );
                    let csv =
                        export::with_carbon_price(csv, state.carbon_price.as_ref(), state.lang);
                    download::save_text(export::COMPARE_CSV_FILE, "text/csv;charset=utf-8", &csv)
                });
            report(result, export::COMPARE_CSV_FILE.into());
        })
    };
    let download_scenario = {
        let report = report.clone();
        let (state, derived) = (state.clone(), props.derived.clone());
        Callback::from(move |_| {
            let result = derived
                .comparison()
                .map_err(|e| crate::catalog::errors::model_error(&e, state.lang))
                .and_then(|cmp| {
                    let csv = export::scenario_csv(state.dataset(), &cmp, state.lang);
                    let csv =
                        export::with_carbon_price(csv, state.carbon_price.as_ref(), state.lang);
                    download::save_text(export::SCENARIO_CSV_FILE, "text/csv;charset=utf-8", &csv)
                });
            report(result, export::SCENARIO_CSV_FILE.into());
        })
    };
    let download_json = {
        let report = report.clone();
        let state = state.clone();
        Callback::from(move |_| {
            let result = export::assumptions_json_with(
                state.dataset(),
                state.edits(),
                state.carbon_price.as_ref(),
            )
            .map_err(|e| crate::catalog::errors::model_error(&e, state.lang))
            .and_then(|json| {
                download::save_text(
                    export::ASSUMPTIONS_JSON_FILE,
                    "application/json;charset=utf-8",
                    &json,
                )
            });
            report(result, export::ASSUMPTIONS_JSON_FILE.into());
        })
    };
    let chart_button = |name: &str, png: bool| {
        let report = report.clone();
        let name = name.to_string();
        let ext = if png { "png" } else { "svg" };
        let testid = format!("download-{ext}-{name}");
        let label = format!("{} ({})", chart_label(&name, lang), ext.to_uppercase());
        let onclick = Callback::from(move |_| {
            let filename = format!("value-chain-{name}.{ext}");
            // Found again at click time: the chart may have been redrawn since.
            let result = match download::charts_on_page()
                .into_iter()
                .find(|(n, _)| *n == name)
            {
                Some((_, svg)) if png => download::save_png(&filename, &svg),
                Some((_, svg)) => download::save_svg(&filename, &svg),
                None => Err(Text::ChartGone.get(lang).into()),
            };
            report(result, filename);
        });
        html! { <button type="button" class="button" data-testid={testid} {onclick}>{ label }</button> }
    };

    let open_saved = {
        let dispatch = dispatch.clone();
        let close = props.on_close.clone();
        Callback::from(move |query: String| {
            dispatch.emit(Action::Restore(Box::new(crate::link::from_query(
                &query,
                &browser_langs(),
            ))));
            close.emit(());
        })
    };

    html! {
        <section id="share-panel" class="share-panel" data-testid="share-panel" aria-labelledby="share-heading" {onkeydown}>
            <div class="share-panel-head">
                <h2 id="share-heading" tabindex="-1" ref={heading}>{ Text::ShareTitle.get(lang) }</h2>
                <button type="button" class="button" data-testid="share-close" onclick={props.on_close.reform(|_| ())}
                    aria-label={Text::CloseShare.get(lang)}>{ Text::Close.get(lang) }</button>
            </div>

            <div class="share-block">
                <label for="share-link">{ Text::LinkToView.get(lang) }</label>
                <div class="share-row">
                    <input id="share-link" type="text" readonly=true value={link.clone()} ref={link_field.clone()} data-testid="share-link" />
                    <button type="button" class="button" data-testid="share-copy-link"
                        onclick={copy(link, link_field, Text::LinkWhat.get(lang))}>{ Text::Copy.get(lang) }</button>
                </div>
            </div>

            <div class="share-block">
                <label for="share-embed">{ Text::EmbedCodeLabel.get(lang) }</label>
                <div class="share-row">
                    <textarea id="share-embed" readonly=true rows="3" value={snippet.clone()} ref={snippet_field.clone()} data-testid="share-embed" />
                    <button type="button" class="button" data-testid="share-copy-embed"
                        onclick={copy(snippet, snippet_field, Text::EmbedWhat.get(lang))}>{ Text::Copy.get(lang) }</button>
                </div>
            </div>

            <div class="share-block">
                <h3>{ Text::Downloads.get(lang) }</h3>
                <p class="share-hint">{ Text::CsvHint.get(lang) }</p>
                <div class="share-downloads">
                    <button type="button" class="button" data-testid="download-compare-csv" onclick={download_compare}>{ Text::DownloadCompareCsv.get(lang) }</button>
                    <button type="button" class="button" data-testid="download-scenario-csv" onclick={download_scenario}>{ Text::DownloadScenarioCsv.get(lang) }</button>
                    <button type="button" class="button" data-testid="download-assumptions-json" onclick={download_json}>{ Text::DownloadAssumptionsJson.get(lang) }</button>
                </div>
                if charts.is_empty() {
                    <p class="share-hint">{ Text::NoCharts.get(lang) }</p>
                } else {
                    <div class="share-downloads" role="group" aria-label={Text::Charts.get(lang)}>
                        { for charts.iter().map(|name| html! { <>{ chart_button(name, false) }{ chart_button(name, true) }</> }) }
                    </div>
                }
                <p class="share-status" role="status" data-testid="share-status">
                    { match &*status {
                        Status::None => html! {},
                        Status::Ok(text) => html! { { text.clone() } },
                        Status::Error(text) => html! { <span class="share-error">{ text.clone() }</span> },
                    } }
                </p>
            </div>

            <SavedViews query={query} on_open={open_saved} />
        </section>
    }
}
