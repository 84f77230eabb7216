//! "What these figures mean": the definitions behind every result, in the interface's
//! language, reachable from the path, compare and scenario results. The words are the
//! project's definitions (docs/model.md); added value here is not GDP value added.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct DefinitionsPanelProps {
    pub lang: Lang,
    /// Distinguishes the panels when a page shows more than one.
    pub id: AttrValue,
}

/// (term, definition) in a language.
fn definitions(lang: Lang) -> [(&'static str, &'static str); 8] {
    [
        (Text::TermAddedValue, Text::DefinitionAddedValue),
        (Text::MetricOutputValue, Text::DefinitionOutputValue),
        (Text::TermGrossOutput, Text::DefinitionGrossOutput),
        (Text::TermPerTon, Text::DefinitionPerTon),
        (Text::TermProcessing, Text::DefinitionProcessing),
        (Text::MetricRetainedValue, Text::DefinitionRetainedValue),
        (Text::TermPriceBasis, Text::DefinitionPriceBasis),
        (Text::TermBadges, Text::DefinitionBadges),
    ]
    .map(|(term, text)| (term.get(lang), text.get(lang)))
}

#[function_component(DefinitionsPanel)]
pub fn definitions_panel(props: &DefinitionsPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <details class="definitions" data-testid="definitions" id={props.id.clone()}>
            <summary>{ Text::DefinitionsSummary.get(lang) }</summary>
            <dl>
                { for definitions(lang).into_iter().map(|(term, text)| html! {
                    <div class="definition"><dt>{ term }</dt><dd>{ text }</dd></div>
                }) }
            </dl>
        </details>
    }
}
