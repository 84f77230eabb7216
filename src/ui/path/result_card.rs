//! The answer to the page's question for the chosen path: the added value per ton of
//! product, large, saying which product a ton is of, with the source of its largest part
//! (badge and short citation, linking to the full entry in the sources), its range and
//! price basis; the figure per ton of metal consumed on a labelled secondary line, with one
//! line further down on why the two agree; then output value, multipliers and the metal
//! balance (scrap goes round, only the melt loss is lost). Every number with its unit.
//! For a composite product, the money figures can be read per ton of product instead
//! (`PerTonSwitch`), the headline then saying so.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::readings;
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{
    Badge as BadgeKind, Figure, PathCarbon, PathEvaluation, PathRange, PerTon, ValueRange,
    MAX_YEARS_FROM_PRICE_YEAR,
};
use crate::state::{AppState, View};
use crate::ui::format::{in_currency, multiplier, number, percent, yuan_per_ton, Precision};
use crate::ui::path::per_ton_switch::PerTonSwitch;
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::basis_switch::BasisSwitch;
use crate::ui::widgets::carbon_cost_row::CarbonCostRow;
use crate::ui::widgets::definitions_panel::{panel_id, DefinitionsPanel, Term};
use crate::ui::widgets::term_link::TermLink;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    pub state: Rc<AppState>,
    pub evaluation: Rc<PathEvaluation>,
    /// The same path with every figure at its low and at its high; None if that failed.
    pub range: Option<Rc<PathRange>>,
    /// Its CO₂ per ton; None where the dataset gives no smelting figure.
    #[prop_or_default]
    pub carbon: Option<Rc<PathCarbon>>,
    /// Its carbon cost at the visitor's carbon price (none without a price): a line of its
    /// own, never inside added value.
    #[prop_or_default]
    pub carbon_cost: Option<ValueRange>,
    /// Shown right under the figure and its range (the product picker): on a phone the
    /// way to change the product is on the first screen with the answer.
    #[prop_or_default]
    pub children: Html,
}

/// Raw numbers for `data-value`: what host pages and tests read.
fn raw(value: f64) -> String {
    format!("{value}")
}

#[function_component(ResultCard)]
pub fn result_card(props: &ResultCardProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let ev = &props.evaluation;
    let ds = state.dataset();
    let sig = Precision::Significant3;
    let name = |id: &str| crate::i18n::product_name(ds, id, lang);
    let other = |yuan: f64| {
        in_currency(yuan, state.currency.as_ref(), lang).map(|s| texts::per_ton(&s, lang))
    };

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

    // Per ton of product only where the product has a metal content below 1 (a composite
    // product) and the visitor asked for it: every money figure of the card times c.
    let content = ev.metal_content;
    let composite = content < 1.0;
    let per = if composite {
        state.per_ton
    } else {
        PerTon::Metal
    };
    let k = per.factor(content);
    let a = ev.added_value_per_t * k;
    let product = ev.products.last().map(|id| name(id)).unwrap_or_default();
    let content_pct = percent(content, lang);
    let per_text = match per {
        PerTon::Metal => texts::per_ton_contained(m.word(lang), &product, lang),
        PerTon::Product => texts::per_ton_of_product(&product, m.word(lang), &content_pct, lang),
    };
    // The headline is a sum of the steps' added values; the source of the largest of them
    // is the source of most of it (on a path to furniture, the article's 77,000 of 80,000).
    let headline_source = ev
        .stages
        .iter()
        .max_by(|x, y| x.increment.total_cmp(&y.increment))
        .and_then(|stage| {
            let step = ds.step(&stage.from, &stage.to)?;
            let full = step.source.citation.get(lang);
            let mut citation = crate::i18n::short_citation(full, CITATION_CHARS);
            let year = step.source.year.to_string();
            if !citation.contains(&year) {
                citation.push_str(&format!(" ({year})"));
            }
            Some(html! {
                <p class="headline-source" data-testid="headline-source">
                    <span class="headline-source-label">{ Text::HeadlineSource.get(lang) }</span>
                    <Badge kind={step.source.badge} />
                    { " " }
                    // The entry in the sources below (`SourcesPanel` gives it this id).
                    <a href={format!("#source-av-{}-{}", stage.from, stage.to)} data-testid="headline-source-link">
                        <cite lang={Lang::of_text(full).tag()}>{ citation }</cite>
                    </a>
                </p>
            })
        });
    // The path, each product after the first reached by a stage; a stage whose added value
    // is of a year far from the price year carries a small mark saying its year.
    let price_year = ev.years.metal;
    let path_names = ev.products.iter().enumerate().map(|(k, id)| {
        let stage = k.checked_sub(1).and_then(|n| ev.stages.get(n));
        let mark = stage.filter(|s| s.stale).map(|s| {
            let note = texts::stale_figure(
                &format!("{} → {}", name(&s.from), name(&s.to)),
                s.year,
                price_year,
                MAX_YEARS_FROM_PRICE_YEAR,
                lang,
            );
            html! {
                <span class="stale-mark" data-testid={format!("stale-mark-{}-{}", s.from, s.to)}
                    data-year={s.year.to_string()} title={note.clone()}>
                    <span aria-hidden="true">{ "†" }</span>
                    <span class="visually-hidden">{ format!(" ({note})") }</span>
                </span>
            }
        });
        html! {
            <>
                if k > 0 { { " → " } }
                { name(id) }
                { for mark }
            </>
        }
    });
    let years = metal::figure_years(m, &ev.years, lang);
    let range = props.range.as_ref().filter(|r| r.low.added_value_per_t < r.high.added_value_per_t).map(|r| {
        let (low, high) = (r.low.added_value_per_t * k, r.high.added_value_per_t * k);
        html! {
            <p class="headline-range" data-testid="added-value-range" data-low={raw(low)} data-high={raw(high)}>
                { Text::RangeLabel.get(lang) }
                <span class="num">{ format!("{} – {}", number(low, lang, sig), yuan_per_ton(high, lang, sig)) }</span>
                <span class="note">{ Text::RangeNote.get(lang) }</span>
            </p>
        }
    });
    let row = |test_id: &str, label: &str, value: String, raw_value: f64, note: Option<String>| {
        // The multipliers are ratios: their labels link to their definition below.
        let label = if test_id.starts_with("multiplier-") {
            html! {
                <TermLink term={Term::Multipliers} dataset={ds.clone()} panel={AttrValue::from(panel_id(View::Path))}>
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
    let basis = crate::catalog::files::price_basis_label_on(ds, ev.basis, lang);
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
        <section class="result-card" data-testid="result-card" aria-labelledby="result-heading">
            <h2 id="result-heading" class="result-label">{ Text::AddedValuePerTon.get(lang) }</h2>
            <p class="result-path" data-testid="result-path">{ for path_names }</p>
            <div class="headline">
                <p class="headline-main">
                    <span class="headline-figure num" data-testid="added-value-per-ton" data-value={raw(a)} data-per={per.code()}>
                        { yuan_per_ton(a, lang, sig) }
                    </span>
                    if let Some(other) = other(a) {
                        <span class="other-currency" data-testid="added-value-other-currency">{ other }</span>
                    }
                </p>
                <p class="headline-basis">
                    <span data-testid="headline-per">{ per_text }</span>
                    <span aria-hidden="true">{ " · " }</span>
                    <span class="price-basis" data-testid="price-basis" data-basis={ev.basis.code()}>{ basis.clone() }</span>
                </p>
            </div>
            if !state.embed {
                <BasisSwitch basis={ev.basis} name="basis-path" />
            }
            { for headline_source }
            <p class="headline-side">
                { metal::per_ton_of_metal_label(m, lang) }
                <span class="num" data-testid="added-value-per-metal" data-value={raw(ev.added_value_per_t_metal)}>
                    { yuan_per_ton(ev.added_value_per_t_metal, lang, sig) }
                </span>
            </p>
            { for range }
            { props.children.clone() }
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
            <DefinitionsPanel dataset={ds.clone()} view={View::Path} />
        </section>
    }
}

/// How long the headline's citation may be on the first screen: two lines on a phone.
const CITATION_CHARS: usize = 80;
