//! A ratio's label as a link to its entry in the view's definitions panel, so that every
//! ratio on screen has its definition one click away. The panel is a closed `<details>`:
//! the click opens it, then the link scrolls to the entry. Without a panel on the page (a
//! compact card) the label stays text, with the definition as its title.
use yew::prelude::*;

use crate::catalog::texts;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::ui::widgets::definitions_panel::{entry_id, Term};

/// What a term's link says: its definition (the title) and its name (the icon's label), in
/// the chain's words (`TermWords::of`). Given as text rather than as the chain, so that a
/// parent's render compares two short strings, not two datasets figure by figure (an edited
/// dataset is a new one after every keystroke; `make bench`'s profile showed the comparison).
#[derive(Clone, PartialEq)]
pub struct TermWords {
    definition: AttrValue,
    name: AttrValue,
}

impl TermWords {
    pub fn of(term: Term, dataset: &Dataset, lang: Lang) -> TermWords {
        TermWords {
            definition: term.definition(dataset, lang).into(),
            name: texts::definition_of(&term.name(dataset, lang), lang).into(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TermLinkProps {
    pub term: Term,
    /// Its words in the chain's terms.
    pub words: TermWords,
    /// The id of the definitions panel on the page (`definitions_panel::panel_id`); None
    /// where the page has none.
    #[prop_or_default]
    pub panel: Option<AttrValue>,
    /// The label as shown; empty, a small ⓘ named after the term.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(TermLink)]
pub fn term_link(props: &TermLinkProps) -> Html {
    let term = props.term;
    let definition = props.words.definition.clone();
    let icon = props.children == Html::default();
    let name = icon.then(|| props.words.name.clone());
    let label = if icon {
        html! { "ⓘ" }
    } else {
        props.children.clone()
    };
    let Some(panel) = &props.panel else {
        return html! {
            <span class="term" data-term={term.code()} title={definition}>{ label }</span>
        };
    };
    let target = entry_id(panel, term);
    let onclick = {
        let target = target.clone();
        Callback::from(move |_: MouseEvent| open_details_around(&target))
    };
    html! {
        <a class={classes!("term", icon.then_some("term-info"))} href={format!("#{target}")}
            data-term={term.code()} title={definition} aria-label={name} {onclick}>{ label }</a>
    }
}

/// Opens the `<details>` that holds the element with this id (the link's default action
/// then scrolls to it).
fn open_details_around(id: &str) {
    let details = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.closest("details").ok().flatten());
    if let Some(details) = details {
        details.set_attribute("open", "").ok();
    }
}
