//! Every figure the chosen path uses, with its full citation, year and badge, so anyone
//! can check the result.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{Badge as BadgeKind, Figure, Source, ValueRange};
use crate::state::{AppState, View};
use crate::ui::format::{number, percent, yuan_per_ton, Precision};
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::definitions_panel::{panel_id, Term};
use crate::ui::widgets::term_link::{TermLink, TermWords};

#[derive(Properties, PartialEq)]
pub struct SourcesPanelProps {
    pub state: Rc<AppState>,
}

/// One cited figure.
struct Cited {
    test_id: String,
    what: String,
    value: String,
    /// The range, formatted, when the figure has one.
    range: Option<String>,
    source: Source,
    /// When the visitor changed the figure: the sourced value, formatted.
    sourced: Option<String>,
    /// The term of a figure that is a ratio (its label links to the definition).
    term: Option<Term>,
}

fn money_range(range: &ValueRange, lang: Lang) -> Option<String> {
    range.has_spread().then(|| {
        format!(
            "{}–{}",
            number(range.low, lang, Precision::Exact),
            yuan_per_ton(range.high, lang, Precision::Exact)
        )
    })
}

#[function_component(SourcesPanel)]
pub fn sources_panel(props: &SourcesPanelProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let ds = state.dataset();
    let exact = Precision::Exact;
    let name = |id: &str| crate::i18n::product_name(ds, id, lang);

    // The ranges are the sources' (the dataset as loaded): an edit widens only the range
    // the model computes with.
    let sourced =
        |figure: &Figure, current: ValueRange| state.sourced_range(figure).unwrap_or(current);
    let price = ds.metal_price();
    let mut cited = vec![Cited {
        test_id: "source-metal-price".into(),
        what: metal::metal_price(Metal::of(ds), lang),
        value: yuan_per_ton(price.base, lang, exact),
        range: money_range(&sourced(&Figure::MetalPrice, price.range()), lang),
        source: price.source.clone(),
        sourced: state
            .is_edited(&Figure::MetalPrice)
            .then(|| yuan_per_ton(state.reference().metal_price().base, lang, exact)),
        term: None,
    }];
    // Scrap goes round: the melt loss is what the path's metal balance loses. (The scrap
    // price is cited where it is used, beside the scenario's scrap choice.)
    let melt = ds.melt_loss();
    let melt_range = sourced(&Figure::MeltLoss, melt.range());
    cited.push(Cited {
        test_id: "source-melt-loss".into(),
        what: Text::MeltLossOfRemelted.get(lang).into(),
        value: percent(melt.base, lang),
        range: melt_range.has_spread().then(|| {
            format!(
                "{}–{}",
                percent(melt_range.low, lang),
                percent(melt_range.high, lang)
            )
        }),
        source: melt.source.clone(),
        sourced: state
            .is_edited(&Figure::MeltLoss)
            .then(|| percent(state.reference().melt_loss().base, lang)),
        term: Some(Term::MeltLoss),
    });
    for pair in state.path().windows(2) {
        let [from, to] = pair else { continue };
        let Some(step) = ds.step(from, to) else {
            continue;
        };
        let stage = format!("{} → {}", name(from), name(to));
        let av_figure = Figure::StepAddedValue {
            from: from.clone(),
            to: to.clone(),
        };
        cited.push(Cited {
            test_id: format!("source-av-{from}-{to}"),
            what: texts::step_added_value_per_ton(&stage, lang),
            value: yuan_per_ton(step.added_value.base, lang, exact),
            range: money_range(&sourced(&av_figure, step.added_value), lang),
            source: step.source.clone(),
            sourced: state
                .is_edited(&av_figure)
                .then(|| {
                    state
                        .reference()
                        .step(from, to)
                        .map(|s| yuan_per_ton(s.added_value.base, lang, exact))
                })
                .flatten(),
            term: None,
        });
        if let Some(source) = &step.yield_source {
            let yield_range = sourced(
                &Figure::StepYield {
                    from: from.clone(),
                    to: to.clone(),
                },
                step.yield_,
            );
            cited.push(Cited {
                test_id: format!("source-yield-{from}-{to}"),
                what: texts::step_yield(&stage, lang),
                value: percent(step.yield_.base, lang),
                range: yield_range.has_spread().then(|| {
                    format!(
                        "{}–{}",
                        percent(yield_range.low, lang),
                        percent(yield_range.high, lang)
                    )
                }),
                source: source.clone(),
                sourced: state
                    .is_edited(&Figure::StepYield {
                        from: from.clone(),
                        to: to.clone(),
                    })
                    .then(|| {
                        state
                            .reference()
                            .step(from, to)
                            .map(|s| percent(s.yield_.base, lang))
                    })
                    .flatten(),
                term: Some(Term::Yield),
            });
        }
    }

    // A compact card hides the definitions panel: its ratios carry the definition as a title.
    let definitions = (!state.embed).then(|| AttrValue::from(panel_id(View::Path)));
    let items = cited.into_iter().map(|c| {
        // Estimates carry their range in the badge; other figures state it beside the value.
        let (badge_range, value_range) = match (c.source.badge, c.range) {
            (BadgeKind::Estimate, r) => (r.map(AttrValue::from), None),
            (_, r) => (None, r),
        };
        // In the visitor's language; marked with the language it is in (a file that gives
        // one text for both may be in the other).
        let citation = c.source.citation.get(lang);
        html! {
            // The id is the result card's link to its headline's source.
            <li class="source" id={c.test_id.clone()} data-testid={c.test_id} data-badge={crate::ui::widgets::badge::badge_code(c.source.badge)}>
                <div class="source-head">
                    <span class="source-what">
                        if let Some(term) = c.term {
                            <TermLink {term} words={TermWords::of(term, ds, lang)} panel={definitions.clone()}>
                                { c.what }
                            </TermLink>
                        } else {
                            { c.what }
                        }
                    </span>
                    <span class="source-value num">{ c.value }</span>
                    if let Some(r) = value_range {
                        <span class="note">{ texts::source_range(&r, lang) }</span>
                    }
                    if let Some(sourced) = c.sourced {
                        <span class="edited-mark" data-testid="source-edited">
                            { texts::edited_sourced_value(&sourced, lang) }
                        </span>
                    }
                </div>
                <div class="source-cite">
                    <Badge kind={c.source.badge} range={badge_range} />
                    <cite class="citation" lang={Lang::of_text(citation).tag()}>{ citation.to_string() }</cite>
                    <span class="source-year">{ format!("({})", c.source.year) }</span>
                </div>
            </li>
        }
    });

    // Drawn from a deferred state (`path::view`): its parts speak that state's language.
    html! {
        <ContextProvider<Lang> context={lang}>
        <section class="sources" data-testid="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading" class="path-heading">{ Text::SourcesTitle.get(lang) }</h2>
            <ul class="source-list">{ for items }</ul>
        </section>
        </ContextProvider<Lang>>
    }
}
