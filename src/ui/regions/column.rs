//! One region of the two-regions view: its picker, then the answer (added value per ton
//! with its range and basis, CO₂ per ton with its range and badge), then the carbon cost,
//! electricity and metal balance, then its own plan's targets with their verdicts.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::files::price_basis_short;
use crate::catalog::texts::{self, Text};
use crate::model::CarbonPrice;
use crate::state::PairSide;
use crate::two_regions::TwoRegions;
use crate::ui::format::{number, yuan_per_ton, Precision};
use crate::ui::hooks::context::use_lang;
use crate::ui::regions::pair_picker::PairPicker;
use crate::ui::regions::plans::region_plans;
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::carbon_cost_row::CarbonCostRow;

#[derive(Properties, PartialEq)]
pub struct RegionColumnProps {
    pub two: Rc<TwoRegions>,
    pub side: PairSide,
    pub carbon_price: Option<CarbonPrice>,
    /// This side carries less CO₂ (as `TwoRegions::lower_co2` says).
    pub lower: bool,
    /// The compact card: the answer alone, no picker and no plans.
    pub compact: bool,
}

fn code(side: PairSide) -> &'static str {
    match side {
        PairSide::A => "a",
        PairSide::B => "b",
    }
}

#[function_component(RegionColumn)]
pub fn region_column(props: &RegionColumnProps) -> Html {
    let lang = use_lang();
    let c = code(props.side);
    let sig = Precision::Significant3;
    let side = match props.two.side(props.side) {
        Ok(side) => side,
        Err(notice) => {
            return html! {
                <div class="region-column" data-testid={format!("region-column-{c}")}>
                    <p class="path-error" role="alert">{ crate::catalog::notices::notice(notice, lang) }</p>
                </div>
            }
        }
    };
    let ds = &side.dataset;
    let picker = (!props.compact).then(|| {
        html! { <PairPicker side={props.side} selected={AttrValue::from(side.id.clone())} /> }
    });
    let name = html! {
        <h3 class="region-column-name" data-testid={format!("region-name-{c}")}>{ ds.name().get(lang).to_string() }</h3>
    };
    let ev = match &side.path {
        Ok(ev) => ev,
        Err(e) => {
            return html! {
                <div class="region-column" data-testid={format!("region-column-{c}")} data-region={side.id.clone()}>
                    { for picker }
                    { name }
                    <p class="path-error" role="alert">{ Text::PathError.get(lang) }{ crate::catalog::errors::model_error(e, lang) }</p>
                </div>
            }
        }
    };
    let a = ev.added_value_per_t;
    let range = side
        .range
        .as_ref()
        .filter(|r| r.low.added_value_per_t < r.high.added_value_per_t)
        .map(|r| {
            let (low, high) = (r.low.added_value_per_t, r.high.added_value_per_t);
            html! {
                <p class="region-range note" data-testid={format!("region-av-range-{c}")} data-low={low.to_string()} data-high={high.to_string()}>
                    { Text::RangeLabel.get(lang) }{ format!("{} – {}", number(low, lang, sig), yuan_per_ton(high, lang, sig)) }
                </p>
            }
        });
    let co2 = side.carbon.as_ref().map(|carbon| {
        let t = |v: f64| number(v, lang, sig);
        let total = carbon.total;
        let range = total.has_spread().then(|| format!("{}–{}", t(total.low), t(total.high)));
        html! {
            <p class={classes!("region-co2", props.lower.then_some("lower"))}>
                <span class="region-co2-label">{ Text::PathCo2.get(lang) }{ " " }<Badge kind={carbon.source.badge} /></span>
                <span class="num region-co2-figure" data-testid={format!("region-co2-{c}")} data-value={total.base.to_string()}
                    data-low={total.low.to_string()} data-high={total.high.to_string()}>
                    { texts::co2_per_ton(&t(total.base), lang) }
                    if props.lower { <span class="lower-mark" aria-hidden="true">{ " ▼" }</span> }
                </span>
                <span class="note">{ texts::path_co2_note(range.as_deref(), &t(carbon.smelting_per_t_primary.base), lang) }</span>
            </p>
        }
    });
    let cost = side
        .carbon_cost(props.carbon_price.as_ref())
        .zip(props.carbon_price)
        .map(|(cost, price)| {
            html! { <dl class="result-figures region-figures"><CarbonCostRow {cost} {price} testid={AttrValue::from(format!("region-carbon-cost-{c}"))} /></dl> }
        });
    let details = (!props.compact).then(|| {
        let electricity = side.electricity.as_ref().map(|e| {
            html! {
                <div class="figure-row">
                    <dt>{ Text::ElectricityPerTon.get(lang) }{ " " }<Badge kind={e.source.badge} /></dt>
                    <dd>
                        <span class="num" data-testid={format!("region-kwh-{c}")} data-value={e.total.to_string()}>
                            { texts::kwh_per_ton(&number(e.total, lang, sig), lang) }
                        </span>
                        <span class="note">{ texts::electricity_note(&number(e.smelting_kwh_per_t_primary, lang, Precision::Exact), lang) }</span>
                    </dd>
                </div>
            }
        });
        let balance = &ev.balance;
        html! {
            <>
                <dl class="result-figures region-figures">
                    { for electricity }
                    <div class="figure-row">
                        <dt>{ Text::NetMetalPerTon.get(lang) }</dt>
                        <dd>
                            <span class="num" data-testid={format!("region-net-metal-{c}")} data-value={balance.net_metal.to_string()}>
                                { texts::tonnes(&number(balance.net_metal, lang, sig), lang) }
                            </span>
                            <span class="note">{ texts::of_which_melt_loss(&number(balance.melt_loss, lang, sig), lang) }</span>
                        </dd>
                    </div>
                </dl>
                <h4 class="region-subheading">{ Text::RegionPlansTitle.get(lang) }</h4>
                { region_plans(side, c, lang) }
            </>
        }
    });
    html! {
        <div class="region-column" data-testid={format!("region-column-{c}")} data-region={side.id.clone()}
            data-lower={props.lower.to_string()}>
            { for picker }
            { name }
            <p class="region-headline">
                <span class="region-label">{ Text::AddedValuePerTon.get(lang) }</span>
                <span class="num region-figure" data-testid={format!("region-av-{c}")} data-value={a.to_string()}>
                    { yuan_per_ton(a, lang, sig) }
                </span>
                <span class="price-basis note" data-basis={ev.basis.code()}>{ price_basis_short(ds, ev.basis, lang) }</span>
            </p>
            { for range }
            { for co2 }
            { for cost }
            { for details }
        </div>
    }
}
