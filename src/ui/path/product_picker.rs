//! The compact way to change the product: one select, its options grouped by processing
//! level. Beside the result on phones and in embeds, where the chain map is a scroll away.
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::{product_name, Lang};
use crate::model::ProcessingLevel;
use crate::ui::hooks::context::use_lang;
use crate::ui::scenario::mix_editor::mix_products;
use crate::ui::Graph;

#[derive(Properties, PartialEq)]
pub struct ProductPickerProps {
    pub graph: Graph,
    /// The product shown.
    pub selected: Option<String>,
    pub on_select: Callback<String>,
}

fn level_name(level: Option<ProcessingLevel>, lang: Lang) -> &'static str {
    level.map_or(Text::LevelOther.get(lang), |l| {
        crate::ui::scenario::text::level_name(l, lang)
    })
}

#[function_component(ProductPicker)]
pub fn product_picker(props: &ProductPickerProps) -> Html {
    let lang = use_lang();
    let ds = &props.graph;
    let ids = mix_products(ds);
    let mut levels: Vec<Option<ProcessingLevel>> = ids
        .iter()
        .map(|id| ds.product(id).and_then(|p| p.level))
        .collect();
    levels.sort();
    levels.dedup();
    let onchange = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                on_select.emit(select.value());
            }
        })
    };
    let groups = levels.into_iter().map(|level| {
        let options = ids.iter().filter(|id| ds.product(id).and_then(|p| p.level) == level).map(|id| {
            html! { <option value={id.clone()} selected={props.selected.as_deref() == Some(id.as_str())}>{ product_name(ds, id, lang) }</option> }
        });
        html! { <optgroup label={level_name(level, lang)}>{ for options }</optgroup> }
    });
    html! {
        <div class="product-picker select-field">
            <label for="product-picker">{ Text::Product.get(lang) }</label>
            <select id="product-picker" data-testid="product-picker" {onchange}>{ for groups }</select>
        </div>
    }
}
