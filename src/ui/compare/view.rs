//! The Compare view: every end product ranked by added value per ton along its default
//! path, as a chart or as a table (a switch, as Our World in Data does). Picking a product
//! opens its path in the Path view.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::widgets::basis_switch::BasisSwitch;

use crate::catalog::texts::Text;
use crate::state::{Action, PathAction};
use crate::ui::charts::compare::CompareChart;
use crate::ui::compare::table::CompareTable;
use crate::ui::hooks::context::use_dispatch;
use crate::ui::widgets::definitions_panel::DefinitionsPanel;
use crate::ui::ViewProps;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Show {
    Chart,
    Table,
}

#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let dispatch = use_dispatch();
    let lang = props.state.lang;
    let show = use_state(|| Show::Chart);
    // Linear first: it shows proportions (on a log scale 5,000 and 386,000 looked about
    // 1 : 2); the log switch shows 500 and 385,800 yuan/t side by side. Not in the link.
    let log = use_state(|| false);
    // Every product that is sold: intermediates (rod, billet, sheet…) beside the end
    // products, as the article compares rod, cable and furniture; or end products only.
    let end_only = use_state(|| false);
    let ranked = use_memo((props.derived.ranking(), *end_only), |(all, end_only)| {
        all.clone().map(|list| {
            Rc::new(
                list.iter()
                    .filter(|r| !*end_only || r.end_product)
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        })
    });

    let on_pick = {
        let dispatch = dispatch.clone();
        Callback::from(move |id: String| {
            dispatch.emit(Action::Path(PathAction::OpenProduct(id)));
        })
    };
    let switch = |value: Show, label: &'static str, testid: &'static str| {
        let show = show.clone();
        html! {
            <button type="button" data-testid={testid} aria-pressed={(*show == value).to_string()}
                onclick={Callback::from(move |_| show.set(value))}>{ label }</button>
        }
    };
    let scale = |value: bool, label: &'static str, testid: &'static str| {
        let log = log.clone();
        html! {
            <button type="button" data-testid={testid} aria-pressed={(*log == value).to_string()}
                onclick={Callback::from(move |_| log.set(value))}>{ label }</button>
        }
    };
    let selected = props.state.path().last().cloned();
    let toggle_end_only = {
        let end_only = end_only.clone();
        Callback::from(move |_: MouseEvent| end_only.set(!*end_only))
    };

    let body = match &*ranked {
        Err(e) => html! {
            <p class="compare-error" role="alert" data-testid="compare-error">
                { Text::CompareError.get(lang) }{ crate::catalog::errors::model_error(e, lang) }
            </p>
        },
        Ok(ranked) if ranked.is_empty() => html! {
            <p data-testid="compare-empty">{ Text::CompareEmpty.get(lang) }</p>
        },
        Ok(ranked) => match *show {
            Show::Chart => html! {
                <CompareChart ranked={ranked.clone()} dataset={props.state.dataset().clone()}
                    selected={selected} log={*log} on_pick={on_pick} />
            },
            Show::Table => html! {
                <CompareTable ranked={ranked.clone()} dataset={props.state.dataset().clone()}
                    selected={selected} currency={props.state.currency.clone()} on_pick={on_pick}
                    definitions={(!props.state.embed).then_some(AttrValue::from("definitions-compare"))} />
            },
        },
    };

    html! {
        <section class="view compare-view" data-testid="view-compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ Text::CompareTitle.get(lang) }</h2>
            <p class="compare-lead">
                { Text::CompareLead.get(lang) }
            </p>
            <div class="compare-controls">
                <div class="segmented" role="group" aria-label={Text::ShowAs.get(lang)}>
                    { switch(Show::Chart, Text::Chart.get(lang), "compare-show-chart") }
                    { switch(Show::Table, Text::Table.get(lang), "compare-show-table") }
                </div>
                <button type="button" class="button" data-testid="compare-end-only" aria-pressed={(*end_only).to_string()}
                    onclick={toggle_end_only}>{ Text::EndProductsOnly.get(lang) }</button>
                if *show == Show::Chart {
                    <div class="segmented" role="group" aria-label={Text::Scale.get(lang)}>
                        { scale(false, Text::LinearScale.get(lang), "compare-scale-linear") }
                        { scale(true, Text::LogScale.get(lang), "compare-scale-log") }
                    </div>
                }
            </div>
            // In an embed the ranking scrolls inside the card, so it is a focusable region
            // (the keys scroll it).
            if props.state.embed {
                <div class="compare-ranking" data-testid="compare-ranking" tabindex="0" role="region"
                    aria-label={Text::ProductsRanked.get(lang)}>{ body }</div>
            } else {
                <div class="compare-ranking" data-testid="compare-ranking">{ body }</div>
            }
            <p class="price-basis" data-testid="price-basis" data-basis={props.state.basis.code()}>
                { crate::catalog::files::price_basis_label_on(props.state.dataset(), props.state.basis, lang) }
            </p>
            if !props.state.embed {
                <BasisSwitch basis={props.state.basis} name="basis-compare" />
            }
            <DefinitionsPanel dataset={crate::ui::ByAddress(props.state.dataset().clone())} view={crate::state::View::Compare} />
        </section>
    }
}
