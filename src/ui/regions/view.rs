//! The two-regions view (`view=regions&a=…&b=…`): two shipped regions side by side for the
//! product shown. The answer first: on a phone both regions' added value and CO₂ per ton
//! are on the first screen, the two columns side by side; then which carries less CO₂,
//! the product, the carbon price, and each region's plan. An embed is the compact card:
//! the two answers and the sentence on CO₂.
use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::state::{Action, PairSide, PathAction};
use crate::two_regions::Lower;
use crate::ui::hooks::context::use_dispatch;
use crate::ui::path::product_picker::ProductPicker;
use crate::ui::regions::column::RegionColumn;
use crate::ui::widgets::carbon_price_field::CarbonPriceField;
use crate::ui::{Graph, ViewProps};

#[function_component(TwoRegionsView)]
pub fn two_regions_view(props: &ViewProps) -> Html {
    let dispatch = use_dispatch();
    let state = &props.state;
    let lang = state.lang;
    let two = props.derived.two_regions();
    let compact = state.embed;
    let product = crate::i18n::product_name(state.dataset(), &two.product, lang);
    let lower = two.lower_co2();
    let is_lower =
        |side: PairSide| matches!(lower, Lower::Clearly(s) | Lower::AtBase(s) if s == side);
    let name = |side: PairSide| {
        two.side(side)
            .as_ref()
            .map(|s| s.dataset.name().get(lang).to_string())
            .unwrap_or_default()
    };
    let (sentence, lower_code) = match lower {
        Lower::Clearly(s) => (texts::lower_co2(&name(s), true, lang), code(s)),
        Lower::AtBase(s) => (texts::lower_co2(&name(s), false, lang), code(s)),
        Lower::Undecided => (texts::co2_undecided(lang).to_string(), ""),
    };
    let on_select = use_callback(dispatch, |id: String, dispatch| {
        dispatch.emit(Action::Path(PathAction::SelectProduct(id)))
    });
    let column = |side: PairSide| {
        html! {
            <RegionColumn two={two.clone()} {side} carbon_price={state.carbon_price}
                lower={is_lower(side)} {compact} />
        }
    };
    html! {
        <section class={classes!("view", "regions-view", compact.then_some("compact"))} data-testid="view-regions"
            aria-labelledby="regions-heading">
            <h2 id="regions-heading" class="regions-heading" data-testid="regions-heading">{ texts::two_regions_heading(&product, lang) }</h2>
            <div class="regions-answer">
                { column(PairSide::A) }
                { column(PairSide::B) }
            </div>
            <p class="regions-lower" data-testid="regions-lower" data-lower={lower_code}>{ sentence }</p>
            if !compact {
                <ProductPicker graph={Graph(state.dataset().clone())} selected={Some(two.product.clone())} {on_select} />
                <CarbonPriceField price={state.carbon_price} />
                <p class="note" data-testid="regions-note">{ Text::TwoRegionsNote.get(lang) }</p>
            }
        </section>
    }
}

fn code(side: PairSide) -> &'static str {
    match side {
        PairSide::A => "a",
        PairSide::B => "b",
    }
}
