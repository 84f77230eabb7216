//! The scenario's results beside its inputs, one at a time: the metal's flows, the tons per
//! product, the way there year by year, the uncertainty. Tabs rather than one long column,
//! so the result a visitor is looking at stays next to the inputs they change (and the page
//! stays short). The tabs follow the WAI-ARIA tabs pattern: arrow keys, Home and End move
//! between them; every panel is in the page, but only the chosen one is built (the others
//! are empty and hidden), so a hidden result costs nothing.
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::ui::hooks::context::use_lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultTab {
    Flows,
    Products,
    Years,
    Uncertainty,
}

impl ResultTab {
    pub const ALL: [ResultTab; 4] = [
        ResultTab::Flows,
        ResultTab::Products,
        ResultTab::Years,
        ResultTab::Uncertainty,
    ];

    /// Test ids and element ids: `results-tab-<code>`, `results-panel-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            ResultTab::Flows => "flows",
            ResultTab::Products => "products",
            ResultTab::Years => "years",
            ResultTab::Uncertainty => "uncertainty",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            ResultTab::Flows => Text::TabFlows.get(lang),
            ResultTab::Products => Text::TabProducts.get(lang),
            ResultTab::Years => Text::TabYears.get(lang),
            ResultTab::Uncertainty => Text::TabUncertainty.get(lang),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ScenarioResultsProps {
    /// A tab's content; asked for the chosen tab only (a hidden tab computes nothing).
    pub render: Callback<ResultTab, Html>,
}

/// The tab a key moves to from `at`, if the key moves at all.
fn moved(at: ResultTab, key: &str) -> Option<ResultTab> {
    let all = ResultTab::ALL;
    let i = all.iter().position(|t| *t == at)?;
    let n = all.len();
    match key {
        "ArrowRight" | "ArrowDown" => all.get((i + 1) % n).copied(),
        "ArrowLeft" | "ArrowUp" => all.get((i + n - 1) % n).copied(),
        "Home" => all.first().copied(),
        "End" => all.last().copied(),
        _ => None,
    }
}

#[function_component(ScenarioResults)]
pub fn scenario_results(props: &ScenarioResultsProps) -> Html {
    let lang = use_lang();
    let active = use_state(|| ResultTab::Flows);
    let onkeydown = {
        let active = active.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(next) = moved(*active, &e.key()) else {
                return;
            };
            e.prevent_default();
            active.set(next);
            // Focus follows the choice (the pattern's automatic activation).
            let tab = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("results-tab-{}", next.code())))
                .and_then(|el| el.dyn_into::<HtmlElement>().ok());
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        })
    };
    let tabs = ResultTab::ALL.iter().map(|&tab| {
        let selected = tab == *active;
        let onclick = {
            let active = active.clone();
            Callback::from(move |_: MouseEvent| active.set(tab))
        };
        html! {
            <button type="button" role="tab" id={format!("results-tab-{}", tab.code())} data-testid={format!("results-tab-{}", tab.code())}
                aria-selected={selected.to_string()} aria-controls={format!("results-panel-{}", tab.code())}
                tabindex={if selected { "0" } else { "-1" }} {onclick}>
                { tab.label(lang) }
            </button>
        }
    });
    // Every panel is in the page (each tab controls one), empty and hidden unless chosen.
    let panel = |tab: ResultTab| {
        let shown = tab == *active;
        html! {
            <div role="tabpanel" id={format!("results-panel-{}", tab.code())} data-testid={format!("results-panel-{}", tab.code())}
                aria-labelledby={format!("results-tab-{}", tab.code())} hidden={!shown}>
                if shown { { props.render.emit(tab) } }
            </div>
        }
    };
    html! {
        <div class="scenario-results" data-testid="scenario-results">
            <div class="result-tabs" role="tablist" aria-label={Text::ScenarioResults.get(lang)} {onkeydown}>
                { for tabs }
            </div>
            { for ResultTab::ALL.iter().map(|&tab| panel(tab)) }
        </div>
    }
}
