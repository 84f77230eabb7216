//! The result card's lower part: why the two per-ton figures agree, the years of the
//! figures, the per-ton switch, then value added, CO₂, output value, the multipliers and the
//! metal balance, the figures the visitor changed, and the definitions. `ResultCard` gives
//! it its inputs one frame behind the answer above it (`use_deferred`), so that the frame
//! answering a click lays out the figure and its range alone.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::readings;
use crate::catalog::texts::{self, Text};
use crate::model::{Badge as BadgeKind, Figure, PathCarbon, PathEvaluation, PerTon, ValueRange};
use crate::state::{AppState, View};
use crate::ui::format::{multiplier, number, percent, yuan_per_ton, Precision};
use crate::ui::path::per_ton_switch::PerTonSwitch;
use crate::ui::path::result_card::{in_other_currency, per_ton_reading, raw};
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::carbon_cost_row::CarbonCostRow;
use crate::ui::widgets::definitions_panel::{panel_id, DefinitionsPanel, Term};
use crate::ui::widgets::term_link::{TermLink, TermWords};

#[derive(Properties, PartialEq)]
pub struct ResultFiguresProps {
    pub state: Rc<AppState>,
    pub evaluation: Rc<PathEvaluation>,
    #[prop_or_default]
    pub carbon: Option<Rc<PathCarbon>>,
    #[prop_or_default]
    pub carbon_cost: Option<ValueRange>,
}

#[function_component(ResultFigures)]
pub fn result_figures(props: &ResultFiguresProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let ev = &props.evaluation;
    let ds = state.dataset();
    let sig = Precision::Significant3;
    let name = |id: &str| crate::i18n::product_name(ds, id, lang);
    let other = |yuan: f64| in_other_currency(state, yuan);
    let m = Metal::of(ds);
    // Figures on this path the visitor has changed.
    let mut edited: Vec<String> = Vec::new();
    if state.is_edited(&Figure::MetalPrice) {
        edited.push(metal::edited_metal_price(m, lang));
    }
    for stage in &ev.stages {
        let step = format!("{} → {}", name(&stage.from), name(&stage.to));
        if state.is_edited(&Figure::StepAddedValue {
            from: stage.from.clone(),
            to: stage.to.clone(),
        }) {
            edited.push(texts::step_added_value(&step, lang));
        }
        if state.is_edited(&Figure::StepYield {
            from: stage.from.clone(),
            to: stage.to.clone(),
        }) {
            edited.push(texts::step_yield(&step, lang));
        }
    }
    let content = ev.metal_content;
    let (per, k) = per_ton_reading(state, ev);
    let composite = content < 1.0;
    let content_pct = percent(content, lang);
    let price_year = ev.years.metal;
    let years = metal::figure_years(m, &ev.years, lang);
    let row = |test_id: &str, label: &str, value: String, raw_value: f64, note: Option<String>| {
        // The multipliers are ratios: their labels link to their definition below.
        let label = if test_id.starts_with("multiplier-") {
            html! {
                <TermLink term={Term::Multipliers} words={TermWords::of(Term::Multipliers, ds, lang)} panel={AttrValue::from(panel_id(View::Path))}>
                    { label.to_string() }
                </TermLink>
            }
        } else {
            html! { label.to_string() }
        };
        html! {
            <div class="figure-row">
                <dt>{ label }</dt>
                <dd>
                    <span class="num" data-testid={test_id.to_string()} data-value={raw(raw_value)}>{ value }</span>
                    if let Some(note) = note { <span class="note">{ note }</span> }
                </dd>
            </div>
        }
    };
    // The reference product (rod in the default dataset) is named by the dataset.
    let reference = ds.reference_product().map(name).unwrap_or_default();
    let rod_row = ev.multiplier_vs_rod.map(|m| {
        row(
            "multiplier-vs-rod",
            &texts::against_reference_path(&reference, lang),
            multiplier(m, lang),
            m,
            Some(Text::RatioNote.get(lang).to_string()),
        )
    });
    let balance = &ev.balance;
    let melt_loss = ds.melt_loss().base;
    // The article's basis ("a ton of aluminium processed") against the headline's.
    let basis_note = metal::basis_note(
        m,
        &percent(melt_loss, lang),
        &number(balance.net_metal, lang, Precision::Significant3),
        lang,
    );
    // The value-added (GDP) estimate beside added value: an estimate, ranged.
    let value_added = ev.value_added_per_t.map(|v| v.scaled(k)).map(|v| {
        html! {
            <div class="figure-row">
                <dt>{ readings::value_added_per_ton_label(lang) }{ " " }<Badge kind={BadgeKind::Estimate} /></dt>
                <dd>
                    <span class="num" data-testid="value-added-per-ton" data-value={raw(v.base)}>
                        { yuan_per_ton(v.base, lang, sig) }
                    </span>
                    <span class="note" data-testid="value-added-range" data-low={raw(v.low)} data-high={raw(v.high)}>
                        { readings::estimate_range(&number(v.low, lang, sig), &yuan_per_ton(v.high, lang, sig), lang) }
                    </span>
                </dd>
            </div>
        }
    });
    // Per ton of product: how much product a ton of the metal makes (T / c).
    let product_row = (per == PerTon::Product).then(|| {
        let tons = PerTon::tons_of_product(content);
        row(
            "product-per-ton-of-metal",
            &texts::product_per_ton_of_metal(m.word(lang), lang),
            texts::tonnes(&number(tons, lang, sig), lang),
            tons,
            Some(texts::metal_content_note(m.word(lang), &content_pct, lang)),
        )
    });
    let output_value = ev.output_value_per_t * k;
    // CO₂ per ton along the path, from the smelting figure (the region's power): not money,
    // a line of its own, never inside added value.
    let carbon = props.carbon.as_ref().map(|c| {
        let t = |v: f64| number(v, lang, sig);
        // Per ton of product too, as the money figures beside it (× the metal content).
        let (base, low, high) = (c.total.base * k, c.total.low * k, c.total.high * k);
        let range = c
            .total
            .has_spread()
            .then(|| format!("{}–{}", t(low), t(high)));
        html! {
            <div class="figure-row path-co2-row">
                <dt>{ Text::PathCo2.get(lang) }{ " " }<Badge kind={c.source.badge} /></dt>
                <dd>
                    <span class="num" data-testid="path-co2" data-value={raw(base)}
                        data-low={raw(low)} data-high={raw(high)}>
                        { texts::co2_per_ton(&t(base), lang) }
                    </span>
                    <span class="note">{ texts::path_co2_note(range.as_deref(), &t(c.smelting_per_t_primary.base), lang) }</span>
                </dd>
            </div>
        }
    });
    let carbon_cost = props
        .carbon_cost
        .zip(state.carbon_price)
        .map(|(cost, price)| {
            let cost = ValueRange {
                low: cost.low * k,
                base: cost.base * k,
                high: cost.high * k,
            };
            html! { <CarbonCostRow {cost} {price} /> }
        });
    let edited_note = (!edited.is_empty()).then(|| {
        html! {
            <p class="edited-note" data-testid="path-edited">
                <span class="edited-mark" aria-hidden="true">{ "✎ " }</span>
                { Text::IncludesEdited.get(lang) }
                { edited.join(Text::ListSeparator.get(lang)) }
            </p>
        }
    });

    html! {
        <>
        <p class="basis-note" data-testid="basis-note">{ basis_note }</p>
        <p class="figure-years" data-testid="figure-years" data-metal={price_year.to_string()}
            data-fees-from={ev.years.fees_from.map(|y| y.to_string())}
            data-fees-to={ev.years.fees_to.map(|y| y.to_string())}>
            { Text::FigureYears.get(lang) }{ years }
        </p>
        if composite && !state.embed {
            <PerTonSwitch per={per} metal={AttrValue::from(m.word(lang).to_string())} />
        }
        <dl class="result-figures">
            { for product_row }
            { for value_added }
            { for carbon }
            { for carbon_cost }
            { row("output-value-per-ton", Text::OutputValuePerTon.get(lang), yuan_per_ton(output_value, lang, sig),
                  output_value, other(output_value)) }
            { row("multiplier-vs-metal", &metal::against_selling_metal(m, lang), multiplier(ev.multiplier_vs_metal, lang),
                  ev.multiplier_vs_metal, Some(metal::metal_price_note(m, &yuan_per_ton(ev.metal_price, lang, sig), lang))) }
            { for rod_row }
            { row("metal-per-ton", Text::MetalThroughFirstStep.get(lang),
                  texts::tonnes(&number(balance.gross_metal, lang, sig), lang), balance.gross_metal,
                  Some(texts::circulating_scrap(&number(balance.circulating_scrap, lang, sig), lang))) }
            { row("net-metal-per-ton", Text::NetMetalPerTon.get(lang),
                  texts::tonnes(&number(balance.net_metal, lang, sig), lang), balance.net_metal,
                  Some(texts::of_which_melt_loss(&number(balance.melt_loss, lang, sig), lang))) }
        </dl>
        { for edited_note }
        <DefinitionsPanel dataset={crate::ui::ByAddress(ds.clone())} view={View::Path} />
        </>
    }
}
