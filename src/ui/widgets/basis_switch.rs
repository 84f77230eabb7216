//! The price-basis switch: market prices (VAT included, the dataset's own) or the
//! statistical basis (VAT excluded, as statistics count output). One state field for the
//! whole page, so the path, compare and scenario views agree.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::model::MoneyBasis;
use crate::state::{Action, FrameAction};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct BasisSwitchProps {
    /// The basis the figures beside it are on.
    pub basis: MoneyBasis,
    /// Names the radio group (one per view, so two views never share one).
    pub name: AttrValue,
}

#[function_component(BasisSwitch)]
pub fn basis_switch(props: &BasisSwitchProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let option = |basis: MoneyBasis, label: Text| {
        let on_change = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| {
                dispatch.emit(Action::Frame(FrameAction::SetBasis(basis)))
            })
        };
        html! {
            <label class="radio">
                <input type="radio" name={props.name.clone()} value={basis.code()}
                    data-testid={format!("basis-{}", basis.code())}
                    checked={props.basis == basis} onchange={on_change} />
                { label.get(lang) }
            </label>
        }
    };
    html! {
        <fieldset class="basis-switch" data-testid="basis-switch" data-basis={props.basis.code()}>
            <legend>{ Text::BasisLegend.get(lang) }</legend>
            { option(MoneyBasis::Market, Text::BasisMarket) }
            { option(MoneyBasis::Statistical, Text::BasisStatistical) }
        </fieldset>
    }
}
