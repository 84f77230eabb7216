//! "What these figures mean": the definitions behind every result, in the interface's
//! language, reachable from the path, compare and scenario results. The words are the
//! project's definitions (docs/model.md); added value here is not GDP value added.
use yew::prelude::*;

use std::rc::Rc;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::model::Dataset;

#[derive(Properties, PartialEq)]
pub struct DefinitionsPanelProps {
    pub lang: Lang,
    /// The chain the examples and the metal's words come from.
    pub dataset: Rc<Dataset>,
    /// Distinguishes the panels when a page shows more than one.
    pub id: AttrValue,
}

/// (term, definition) in a language, worded for the dataset.
fn definitions(ds: &Dataset, lang: Lang) -> [(String, String); 8] {
    let m = Metal::of(ds);
    let fixed = |term: Text, text: Text| (term.get(lang).to_string(), text.get(lang).to_string());
    [
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
        (
            metal::term_per_ton(m, lang),
            Text::DefinitionPerTon.get(lang).into(),
        ),
        (
            Text::TermProcessing.get(lang).into(),
            metal::definition_processing(ds, lang),
        ),
        fixed(Text::MetricRetainedValue, Text::DefinitionRetainedValue),
        fixed(Text::TermPriceBasis, Text::DefinitionPriceBasis),
        fixed(Text::TermBadges, Text::DefinitionBadges),
    ]
}

#[function_component(DefinitionsPanel)]
pub fn definitions_panel(props: &DefinitionsPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <details class="definitions" data-testid="definitions" id={props.id.clone()}>
            <summary>{ Text::DefinitionsSummary.get(lang) }</summary>
            <dl>
                { for definitions(&props.dataset, lang).into_iter().map(|(term, text)| html! {
                    <div class="definition"><dt>{ term }</dt><dd>{ text }</dd></div>
                }) }
            </dl>
        </details>
    }
}
