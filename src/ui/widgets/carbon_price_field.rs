//! The carbon price a market charges on exports: a number per t CO₂ in yuan or euro, the
//! EU CBAM example one click away (its source, date and badge shown while it is in force),
//! and a button that takes the price away. Off by default: a carbon cost arises only on
//! exports to a market that charges one (docs/model.md, "Carbon cost").
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{cbam_example_source, CarbonCurrency, CarbonPrice};
use crate::number::InputKind;
use crate::state::{Action, FrameAction};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::number_input::NumberInput;

#[derive(Properties, PartialEq)]
pub struct CarbonPriceFieldProps {
    pub price: Option<CarbonPrice>,
}

fn set(dispatch: &Callback<Action>, price: Option<CarbonPrice>) {
    dispatch.emit(Action::Frame(FrameAction::SetCarbonPrice(price)));
}

#[function_component(CarbonPriceField)]
pub fn carbon_price_field(props: &CarbonPriceFieldProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    // The currency picked before a price is typed (a price in force says its own).
    let picked = use_state(|| CarbonCurrency::Euro);
    let currency = props.price.map_or(*picked, |p| p.currency());
    let on_change = {
        let dispatch = dispatch.clone();
        Callback::from(move |value: f64| set(&dispatch, CarbonPrice::new(value, currency)))
    };
    let on_currency = {
        let (dispatch, picked, price) = (dispatch.clone(), picked.clone(), props.price);
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let Some(c) = CarbonCurrency::from_code(&select.value()) else {
                return;
            };
            picked.set(c);
            if let Some(p) = price {
                set(&dispatch, CarbonPrice::new(p.per_t_co2(), c));
            }
        })
    };
    let on_example = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| set(&dispatch, Some(CarbonPrice::cbam_example())))
    };
    let on_clear = Callback::from(move |_| set(&dispatch, None));
    let example = props.price.filter(CarbonPrice::is_cbam_example).map(|_| {
        let source = cbam_example_source();
        let citation = source.citation.get(lang).to_string();
        html! {
            <p class="carbon-example-source note" data-testid="carbon-price-source">
                <span class="carbon-example-mark">{ Text::CarbonExampleBadge.get(lang) }</span>{ " " }
                <Badge kind={source.badge} />{ " " }
                <cite lang={Lang::of_text(&citation).tag()}>{ citation }</cite>
                { format!(" ({})", source.year) }
            </p>
        }
    });
    let option = |c: CarbonCurrency, text: Text| {
        html! { <option value={c.code()} selected={c == currency}>{ text.get(lang) }</option> }
    };
    html! {
        <fieldset class="carbon-price-field" data-testid="carbon-price-field"
            data-on={props.price.is_some().to_string()}>
            <legend>{ Text::CarbonPriceTitle.get(lang) }</legend>
            <div class="carbon-price-inputs">
                // Keyed by the price's presence: clearing it empties what was typed.
                <NumberInput key={format!("carbon-{}", props.price.is_some())} id="carbon-price"
                    kind={InputKind::CarbonPrice}
                    label={Text::CarbonPriceLabel.get(lang)}
                    value={props.price.map_or(0.0, |p| p.per_t_co2())}
                    display={props.price.is_none().then(|| AttrValue::from(""))}
                    unit={AttrValue::from(texts::carbon_price_unit(currency, lang))}
                    {on_change} />
                <div class="select-field carbon-currency">
                    <label for="carbon-currency">{ Text::CarbonPriceCurrency.get(lang) }</label>
                    <select id="carbon-currency" data-testid="carbon-currency" onchange={on_currency}>
                        { option(CarbonCurrency::Euro, Text::CarbonCurrencyEuro) }
                        { option(CarbonCurrency::Yuan, Text::YuanUnit) }
                    </select>
                </div>
            </div>
            <div class="carbon-price-buttons">
                <button type="button" class="button" data-testid="carbon-price-example" onclick={on_example}
                    disabled={props.price.is_some_and(|p| p.is_cbam_example())}>
                    { Text::CarbonPriceUseExample.get(lang) }
                </button>
                <button type="button" class="button" data-testid="carbon-price-clear" onclick={on_clear}
                    disabled={props.price.is_none()}>
                    { Text::CarbonPriceClear.get(lang) }
                </button>
            </div>
            if props.price.is_none() {
                <p class="note" data-testid="carbon-price-off">{ Text::CarbonPriceOff.get(lang) }</p>
            }
            { for example }
        </fieldset>
    }
}
