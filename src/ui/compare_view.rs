//! The Compare view: every end product ranked by added value per ton along its default
//! path, as a chart or as a table (a switch, as Our World in Data does). Picking a product
//! opens its path in the Path view.
use std::rc::Rc;

use yew::prelude::*;

use super::compare_chart::CompareChart;
use super::compare_table::CompareTable;
use super::definitions_panel::DefinitionsPanel;
use super::ViewProps;
use crate::state::Action;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Show {
    Chart,
    Table,
}

#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let lang = props.state.lang;
    let show = use_state(|| Show::Chart);
    // 500 and 385,800 yuan/t on one axis: a log scale shows both; linear shows proportions.
    let log = use_state(|| true);
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
        let dispatch = props.dispatch.clone();
        Callback::from(move |id: String| {
            dispatch.emit(Action::OpenProduct(id));
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
    let selected = props.state.path.last().cloned();
    let toggle_end_only = {
        let end_only = end_only.clone();
        Callback::from(move |_: MouseEvent| end_only.set(!*end_only))
    };

    let body = match &*ranked {
        Err(e) => html! {
            <p class="compare-error" role="alert" data-testid="compare-error">
                { lang.pick("无法计算比较：", "The comparison cannot be computed: ") }{ crate::catalog::errors::model_error(e, lang) }
            </p>
        },
        Ok(ranked) if ranked.is_empty() => html! {
            <p data-testid="compare-empty">{ lang.pick("这个数据集没有可比较的终端产品。", "This dataset has no end products to compare.") }</p>
        },
        Ok(ranked) => match *show {
            Show::Chart => html! {
                <CompareChart lang={lang} ranked={ranked.clone()} dataset={props.state.dataset.clone()}
                    selected={selected} log={*log} on_pick={on_pick} />
            },
            Show::Table => html! {
                <CompareTable lang={lang} ranked={ranked.clone()} dataset={props.state.dataset.clone()}
                    selected={selected} currency={props.state.currency.clone()} on_pick={on_pick} />
            },
        },
    };

    html! {
        <section class="view compare-view" data-testid="view-compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ lang.pick("各产品每吨附加值比较", "Added value per ton, by product") }</h2>
            <p class="compare-lead">
                { lang.pick(
                    "每种产品沿其默认加工路径（从起点产品起）计算，中间产品（本身也出售）与终端产品并列；标有“原文数字”的是原报道给出的数字。细线表示估算的高低范围。点击产品查看其加工路径。",
                    "Each product along its default path from the start of the chain; intermediates, which are sold too, stand beside the end products, and the source article's own figures are marked. Thin lines show the low–high range of estimates. Pick a product to see its path.",
                ) }
            </p>
            <div class="compare-controls">
                <div class="segmented" role="group" aria-label={lang.pick("显示方式", "Show as")}>
                    { switch(Show::Chart, lang.pick("图表", "Chart"), "compare-show-chart") }
                    { switch(Show::Table, lang.pick("表格", "Table"), "compare-show-table") }
                </div>
                <button type="button" class="button" data-testid="compare-end-only" aria-pressed={(*end_only).to_string()}
                    onclick={toggle_end_only}>{ lang.pick("只看终端产品", "End products only") }</button>
                if *show == Show::Chart {
                    <div class="segmented" role="group" aria-label={lang.pick("坐标刻度", "Scale")}>
                        { scale(true, lang.pick("对数刻度", "Log scale"), "compare-scale-log") }
                        { scale(false, lang.pick("线性刻度", "Linear scale"), "compare-scale-linear") }
                    </div>
                }
            </div>
            // In an embed the ranking scrolls inside the card, so it is a focusable region
            // (the keys scroll it).
            if props.state.embed {
                <div class="compare-ranking" data-testid="compare-ranking" tabindex="0" role="region"
                    aria-label={lang.pick("产品排序", "Products ranked")}>{ body }</div>
            } else {
                <div class="compare-ranking" data-testid="compare-ranking">{ body }</div>
            }
            <p class="price-basis" data-testid="price-basis">{ crate::export::price_basis_label(&props.state.dataset, lang) }</p>
            <DefinitionsPanel lang={lang} id="definitions-compare" />
        </section>
    }
}
