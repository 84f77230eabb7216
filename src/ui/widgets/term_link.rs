//! A ratio's label as a link to its entry in the view's definitions panel, so that every
//! ratio on screen has its definition one click away. The panel is a closed `<details>`:
//! the click opens it, then the link scrolls to the entry. Without a panel on the page (a
//! compact card) the label stays text, with the definition as its title.
use yew::prelude::*;

use crate::catalog::texts;
use crate::model::Dataset;
use crate::ui::hooks::context::use_lang;
use crate::ui::widgets::definitions_panel::{entry_id, Term};

#[derive(Properties, PartialEq)]
pub struct TermLinkProps {
    pub term: Term,
    /// The chain whose words the definition uses.
    pub dataset: std::rc::Rc<Dataset>,
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
    let (term, lang) = (props.term, use_lang());
    let definition = term.definition(&props.dataset, lang);
    let icon = props.children == Html::default();
    let name = icon.then(|| texts::definition_of(&term.name(&props.dataset, lang), lang));
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
