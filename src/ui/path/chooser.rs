//! Where several paths lead to the chosen product, the visitor picks the intermediate
//! stages (for example casings from sheet or from profiles) from a radio group.

use yew::prelude::*;

use crate::catalog::texts;
use crate::model::{paths_to, Dataset};
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct PathChooserProps {
    /// Compared as a graph: figures alone do not redraw this view.
    pub graph: crate::ui::Graph,
    pub path: Vec<String>,
    pub on_choose: Callback<Vec<String>>,
}

/// More alternatives than anyone compares in a radio group; the rest are left out, saying so.
const MAX_SHOWN: usize = 30;

#[function_component(PathChooser)]
pub fn path_chooser(props: &PathChooserProps) -> Html {
    let lang = use_lang();
    let ds: &Dataset = &props.graph;
    let Some(end) = props.path.last() else {
        return html! {};
    };
    let paths = match paths_to(ds, ds.start(), end) {
        Ok(paths) => paths,
        Err(e) => {
            return html! { <p class="path-chooser error" data-testid="path-chooser-error">{ crate::catalog::errors::model_error(&e, lang) }</p> };
        }
    };
    if paths.len() < 2 {
        return html! {};
    }
    let name = |id: &str| crate::i18n::product_name(ds, id, lang);
    let legend = texts::paths_to(&name(end), paths.len(), lang);
    let total = paths.len();
    let options = paths
        .into_iter()
        .take(MAX_SHOWN)
        .enumerate()
        .map(|(k, path)| {
            let checked = path == props.path;
            let label = path
                .iter()
                .map(|id| name(id))
                .collect::<Vec<_>>()
                .join(" → ");
            let id = format!("path-option-{k}");
            let onchange = {
                let (on_choose, path) = (props.on_choose.clone(), path.clone());
                Callback::from(move |_: Event| on_choose.emit(path.clone()))
            };
            html! {
                <li>
                    <input type="radio" name="path-choice" id={id.clone()} data-testid={id.clone()}
                        data-path={path.join(",")} {checked} {onchange} />
                    <label for={id}>{ label }</label>
                </li>
            }
        });
    html! {
        <fieldset class="path-chooser" data-testid="path-chooser">
            <legend>{ legend }</legend>
            <ul>{ for options }</ul>
            if total > MAX_SHOWN {
                <p class="path-hint">{ texts::first_paths_listed(MAX_SHOWN, lang) }</p>
            }
        </fieldset>
    }
}
