//! "What these figures mean": the definitions behind every result, in the interface's
//! language, reachable from the path, compare and scenario results. The words are the
//! project's definitions (docs/model.md); added value here is not GDP value added. Every
//! ratio shown on a page links to its entry here (`term_link.rs`), so each entry has an id.
use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::state::View;
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct DefinitionsPanelProps {
    /// The chain the examples and the metal's words come from.
    /// Compared by address (`ByAddress`): not figure by figure on every edit.
    pub dataset: crate::ui::ByAddress<Dataset>,
    /// The view the panel explains: it names the panel (`panel_id`) and chooses its entries.
    pub view: View,
}

/// A defined term that a label elsewhere on the page links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    Yield,
    MeltLoss,
    DeepProcessingRate,
    TopHeaviness,
    Multipliers,
    /// A scenario's CO₂: what it counts (the metal smelted and the steps' own).
    Co2,
}

impl Term {
    /// The entry's id within its panel, and the label's `data-term`.
    pub fn code(self) -> &'static str {
        match self {
            Term::Yield => "yield",
            Term::MeltLoss => "melt-loss",
            Term::DeepProcessingRate => "deep-processing-rate",
            Term::TopHeaviness => "top-heaviness",
            Term::Multipliers => "multipliers",
            Term::Co2 => "co2",
        }
    }

    /// The term as its entry names it.
    pub fn name(self, ds: &Dataset, lang: Lang) -> String {
        match self {
            Term::Yield => Text::MetalYield.get(lang).into(),
            Term::MeltLoss => Text::MeltLoss.get(lang).into(),
            Term::DeepProcessingRate => Text::MetricDeepProcessingRate.get(lang).into(),
            Term::TopHeaviness => metal::top_heaviness_term(Metal::of(ds), lang),
            Term::Multipliers => Text::TermMultipliers.get(lang).into(),
            Term::Co2 => Text::TermCo2.get(lang).into(),
        }
    }

    pub fn definition(self, ds: &Dataset, lang: Lang) -> String {
        match self {
            Term::Yield => Text::DefinitionYield.get(lang).into(),
            Term::MeltLoss => Text::DefinitionMeltLoss.get(lang).into(),
            Term::DeepProcessingRate => Text::DefinitionDeepProcessingRate.get(lang).into(),
            Term::TopHeaviness => metal::definition_top_heaviness(Metal::of(ds), lang),
            Term::Multipliers => {
                let reference = ds
                    .reference_product()
                    .map(|id| crate::i18n::product_name(ds, id, lang));
                metal::definition_multipliers(Metal::of(ds), reference.as_deref(), lang)
            }
            Term::Co2 => Text::DefinitionCo2.get(lang).into(),
        }
    }

    /// Whether a view's panel has this entry: the scenario shows no multiplier (nothing on
    /// it links here), so its panel, beside the longest column, leaves the entry out; only
    /// the scenario counts CO₂ in tonnes a year.
    pub fn shown_in(self, view: View) -> bool {
        match self {
            Term::Multipliers => view != View::Scenario,
            Term::Co2 => view == View::Scenario,
            _ => true,
        }
    }

    const ALL: [Term; 6] = [
        Term::Yield,
        Term::MeltLoss,
        Term::DeepProcessingRate,
        Term::TopHeaviness,
        Term::Multipliers,
        Term::Co2,
    ];
}

/// The id of the panel a view shows (one per view, so a page never has two of an id).
pub fn panel_id(view: View) -> &'static str {
    match view {
        View::Path => "definitions-path",
        View::Compare => "definitions-compare",
        View::Scenario => "definitions-scenario",
        View::Editor => "definitions-editor",
        View::Regions => "definitions-regions",
    }
}

/// The id of a term's entry in a panel.
pub fn entry_id(panel: &str, term: Term) -> String {
    format!("{panel}-{}", term.code())
}

/// (term, definition) in a language, worded for the dataset: those `view` shows. The scenario
/// shows totals of a region's year, never a figure per ton, so it has no per-ton entry.
fn definitions(ds: &Dataset, lang: Lang, view: View) -> Vec<(String, String)> {
    let m = Metal::of(ds);
    let fixed = |term: Text, text: Text| (term.get(lang).to_string(), text.get(lang).to_string());
    let per_ton = (view != View::Scenario).then(|| {
        (
            metal::term_per_ton(m, lang),
            Text::DefinitionPerTon.get(lang).into(),
        )
    });
    let mut entries = vec![
        (
            Text::TermAddedValue.get(lang).into(),
            metal::definition_added_value(m, lang),
        ),
        (
            Text::MetricOutputValue.get(lang).into(),
            metal::definition_output_value(m, lang),
        ),
        (
            Text::TermGrossOutput.get(lang).into(),
            metal::definition_gross_output(ds, lang),
        ),
    ];
    entries.extend(per_ton);
    entries.extend([
        (
            Text::TermProcessing.get(lang).into(),
            metal::definition_processing(ds, lang),
        ),
        fixed(Text::TermValueAdded, Text::DefinitionValueAdded),
        fixed(Text::TermFactoryMethod, Text::DefinitionFactoryMethod),
        fixed(Text::MetricRetainedValue, Text::DefinitionRetainedValue),
        fixed(Text::TermPriceBasis, Text::DefinitionPriceBasis),
        fixed(Text::BasisStatistical, Text::DefinitionStatisticalBasis),
        fixed(Text::TermBadges, Text::DefinitionBadges),
    ]);
    entries
}

#[function_component(DefinitionsPanel)]
pub fn definitions_panel(props: &DefinitionsPanelProps) -> Html {
    let lang = use_lang();
    let ds = &props.dataset;
    let id = panel_id(props.view);
    let terms = Term::ALL.into_iter().filter(|t| t.shown_in(props.view)).map(|term| {
        html! {
            <div class="definition" id={entry_id(id, term)} data-testid={format!("definition-{}", term.code())}>
                <dt>{ term.name(ds, lang) }</dt><dd>{ term.definition(ds, lang) }</dd>
            </div>
        }
    });
    html! {
        <details class="definitions" data-testid="definitions" id={id}>
            <summary>{ Text::DefinitionsSummary.get(lang) }</summary>
            <dl>
                { for definitions(ds, lang, props.view).into_iter().map(|(term, text)| html! {
                    <div class="definition"><dt>{ term }</dt><dd>{ text }</dd></div>
                }) }
                { for terms }
            </dl>
        </details>
    }
}
