//! The price-basis switch: market prices (VAT included, the dataset's own) or the
//! statistical basis (VAT excluded, as statistics count output). One state field for the
//! whole page, so the path, compare and scenario views agree. Beside it in the scenario,
//! the firm boundaries gross output is counted on.
use yew::prelude::*;

use crate::catalog::readings;
use crate::catalog::texts::Text;
use crate::model::{FirmBoundaries, MoneyBasis};
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

#[derive(Properties, PartialEq)]
pub struct FirmsSwitchProps {
    /// The reading the gross output beside it is on.
    pub firms: FirmBoundaries,
}

/// How gross output counts firms: every stage separate (the upper bound), the casthouse
/// inside the processing firms, or the chain as one firm (the lower bound).
#[function_component(FirmsSwitch)]
pub fn firms_switch(props: &FirmsSwitchProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let option = |firms: FirmBoundaries| {
        let on_change = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| {
                dispatch.emit(Action::Frame(FrameAction::SetFirms(firms)))
            })
        };
        html! {
            <label class="radio">
                <input type="radio" name="firm-boundaries" value={firms.code()}
                    data-testid={format!("firms-{}", firms.code())}
                    checked={props.firms == firms} onchange={on_change} />
                { readings::firms_label(firms, lang) }
            </label>
        }
    };
    html! {
        <fieldset class="basis-switch" data-testid="firms-switch" data-firms={props.firms.code()}>
            <legend>{ readings::firms_legend(lang) }</legend>
            { for FirmBoundaries::ALL.into_iter().map(option) }
        </fieldset>
    }
}
