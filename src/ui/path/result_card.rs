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
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{
    PathCarbon, PathEvaluation, PathRange, PerTon, ValueRange, MAX_YEARS_FROM_PRICE_YEAR,
};
use crate::state::AppState;
use crate::ui::format::{in_currency, number, percent, yuan_per_ton, Precision};
use crate::ui::path::result_figures::ResultFigures;
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::basis_switch::BasisSwitch;

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
pub(crate) fn raw(value: f64) -> String {
    format!("{value}")
}

/// An amount per ton in the visitor's other currency (`cur=`), if one is set: both halves
/// of the card show it beside their yuan figures.
pub(crate) fn in_other_currency(state: &AppState, yuan: f64) -> Option<String> {
    in_currency(yuan, state.currency.as_ref(), state.lang).map(|s| texts::per_ton(&s, state.lang))
}

/// What the card's money figures are per ton of, and the factor from the model's figures
/// (per ton of metal contained): per ton of product only where the product has a metal
/// content below 1 (a composite product) and the visitor asked for it.
pub(crate) fn per_ton_reading(state: &AppState, ev: &PathEvaluation) -> (PerTon, f64) {
    let per = if ev.metal_content < 1.0 {
        state.per_ton
    } else {
        PerTon::Metal
    };
    (per, per.factor(ev.metal_content))
}

#[function_component(ResultCard)]
pub fn result_card(props: &ResultCardProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let ev = &props.evaluation;
    let ds = state.dataset();
    let sig = Precision::Significant3;
    let name = |id: &str| crate::i18n::product_name(ds, id, lang);
    let other = |yuan: f64| in_other_currency(state, yuan);

    let m = Metal::of(ds);
    let content = ev.metal_content;
    let (per, k) = per_ton_reading(state, ev);
    // The lower part of the card, one frame behind (see `ResultFigures`).
    let later = crate::ui::hooks::deferred::use_deferred((
        props.state.clone(),
        props.evaluation.clone(),
        props.carbon.clone(),
        props.carbon_cost,
    ));
    let a = ev.added_value_per_t * k;
    let basis = crate::catalog::files::price_basis_label_on(ds, ev.basis, lang);
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
            // The rest of the card follows one frame behind the answer above it (as the
            // stages and the sources do): the frame that answers a click or a keystroke lays
            // out the figure, its range and the picker, not the whole card (`make bench`,
            // interaction: the card's rows were most of a click's layout).
            <ResultFigures state={later.0} evaluation={later.1} carbon={later.2} carbon_cost={later.3} />
        </section>
    }
}

/// How long the headline's citation may be on the first screen: two lines on a phone.
const CITATION_CHARS: usize = 80;
