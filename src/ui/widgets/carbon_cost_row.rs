//! The carbon cost per ton of product exported to a market that charges a carbon price: a
//! line of its own in a list of figures (`<dl>`), in the price's currency, with its range
//! (the path's CO₂ range) and what it is at. Never inside added value.
use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::model::{CarbonPrice, ValueRange};
use crate::ui::format::{number, Precision};
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct CarbonCostRowProps {
    /// Per ton, already per the card's ton (of metal or of product).
    pub cost: ValueRange,
    pub price: CarbonPrice,
    /// `data-testid` of the figure.
    #[prop_or(AttrValue::from("carbon-cost"))]
    pub testid: AttrValue,
}

#[function_component(CarbonCostRow)]
pub fn carbon_cost_row(props: &CarbonCostRowProps) -> Html {
    let lang = use_lang();
    let (c, p) = (props.cost, props.price);
    let currency = p.currency();
    let sig = Precision::Significant3;
    let money = |v: f64| texts::carbon_money_per_ton(&number(v, lang, sig), currency, lang);
    let price = format!(
        "{} {}",
        number(p.per_t_co2(), lang, Precision::Exact),
        texts::carbon_price_unit(currency, lang)
    );
    let range = c
        .has_spread()
        .then(|| texts::carbon_cost_range(&number(c.low, lang, sig), &money(c.high), lang));
    html! {
        <div class="figure-row carbon-cost-row">
            <dt>{ Text::CarbonCostLabel.get(lang) }</dt>
            <dd>
                <span class="num" data-testid={props.testid.clone()} data-value={c.base.to_string()}
                    data-low={c.low.to_string()} data-high={c.high.to_string()}
                    data-currency={currency.code()} data-price={p.per_t_co2().to_string()}>
                    { money(c.base) }
                </span>
                <span class="note">{ texts::carbon_cost_at(&price, p.is_cbam_example(), lang) }</span>
                if let Some(range) = range { <span class="note">{ range }</span> }
                <span class="note">{ Text::CarbonCostNote.get(lang) }</span>
            </dd>
        </div>
    }
}
