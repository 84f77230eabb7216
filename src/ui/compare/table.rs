//! The comparison as an accessible table: the chart's numbers and more (range, output
//! value, multipliers, the weakest source on the path). Each product is a button that
//! opens its path.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::export::{path_label, weakest_badge};
use crate::model::{Badge, Dataset, RankedProduct};
use crate::state::Currency;
use crate::ui::format::{in_currency, multiplier, number, yuan_per_ton, Precision};
use crate::ui::hooks::context::use_lang;
use crate::ui::scenario::text::product_name;
use crate::ui::widgets::badge::Badge as BadgeView;
use crate::ui::widgets::definitions_panel::Term;
use crate::ui::widgets::term_link::{TermLink, TermWords};

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    pub ranked: Rc<Vec<RankedProduct>>,
    pub dataset: Rc<Dataset>,
    pub selected: Option<String>,
    pub currency: Option<Currency>,
    pub on_pick: Callback<String>,
    /// The id of the view's definitions panel, which the multipliers' headings link to;
    /// None in a compact card, which hides it.
    #[prop_or_default]
    pub definitions: Option<AttrValue>,
}

#[function_component(CompareTable)]
pub fn compare_table(props: &CompareTableProps) -> Html {
    let lang = use_lang();
    let ds = &props.dataset;
    // CO₂ per ton along each path, where the chain gives a smelting figure (never part of
    // added value: a column of its own, in tonnes).
    let co2 = props.ranked.iter().any(|r| r.co2_t_per_t.is_some());
    let rows = props.ranked.iter().map(|r| {
        let name = r.name.get(lang).to_string();
        let weakest = weakest_badge(ds, &r.path);
        // A data table: full figures, as precise as the weakest source allows.
        let precision = if weakest == Some(Badge::Estimate) { Precision::Significant3Full } else { Precision::ExactFull };
        let selected = props.selected.as_deref() == Some(r.product.as_str());
        let spread = r.added_value_per_t_low < r.added_value_per_t_high;
        let onclick = {
            let pick = props.on_pick.clone();
            let id = r.product.clone();
            Callback::from(move |_| pick.emit(id.clone()))
        };
        html! {
            <tr data-testid={format!("compare-row-{}", r.product)} data-value={r.added_value_per_t.to_string()}
                class={classes!(selected.then_some("selected"))} aria-current={selected.then_some("true")}>
                <th scope="row">
                    <button type="button" class="link-button" {onclick}
                        aria-label={texts::open_its_path(&name, lang)}>{ name }</button>
                    if r.from_article {
                        <span class="article-mark" data-testid={format!("article-mark-{}", r.product)}>
                            { Text::ArticleFigure.get(lang) }
                        </span>
                    }
                </th>
                <td class="path-cell">{ path_label(ds, &r.path, lang) }</td>
                <td class="num">
                    { yuan_per_ton(r.added_value_per_t, lang, precision) }
                    if let Some(other) = in_currency(r.added_value_per_t, props.currency.as_ref(), lang) {
                        <span class="other-currency">{ other }</span>
                    }
                </td>
                <td class="num">
                    if spread {
                        { format!("{}–{}", number(r.added_value_per_t_low, lang, Precision::Significant3Full),
                            number(r.added_value_per_t_high, lang, Precision::Significant3Full)) }
                    } else {
                        { "–" }
                    }
                </td>
                if co2 {
                    <td class="num" data-testid={format!("compare-co2-{}", r.product)}
                        data-value={r.co2_t_per_t.map(|c| c.base.to_string())}>
                        { r.co2_t_per_t.map_or_else(|| "–".to_string(), |c| {
                            let t = |v: f64| number(v, lang, Precision::Significant3Full);
                            if c.has_spread() {
                                format!("{} ({}–{})", t(c.base), t(c.low), t(c.high))
                            } else {
                                t(c.base)
                            }
                        }) }
                    </td>
                }
                <td class="num">{ yuan_per_ton(r.output_value_per_t, lang, precision) }</td>
                <td class="num">{ multiplier(r.multiplier_vs_metal, lang) }</td>
                <td class="num">{ r.multiplier_vs_rod.map(|m| multiplier(m, lang)).unwrap_or_else(|| "–".into()) }</td>
                <td>
                    if let Some(b) = weakest {
                        <BadgeView kind={b} />
                    }
                </td>
            </tr>
        }
    });
    // The multipliers are ratios: their headings link to their definition under the view.
    let multiplier_head = |label: String| {
        html! {
            <TermLink term={Term::Multipliers} words={TermWords::of(Term::Multipliers, ds, lang)} panel={props.definitions.clone()}>
                { label }
            </TermLink>
        }
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-table-caption">
            <table class="compare-table" data-testid="compare-table">
                <caption id="compare-table-caption">
                    { Text::CompareTableCaption.get(lang) }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ Text::Product.get(lang) }</th>
                        <th scope="col">{ Text::ViewPath.get(lang) }</th>
                        <th scope="col" class="num">{ Text::AddedValuePerTon.get(lang) }</th>
                        <th scope="col" class="num">{ Text::RangeYuanPerTon.get(lang) }</th>
                        if co2 {
                            <th scope="col" class="num">{ Text::CompareCo2Head.get(lang) }</th>
                        }
                        <th scope="col" class="num">{ Text::OutputValuePerTon.get(lang) }</th>
                        <th scope="col" class="num">{ multiplier_head(texts::versus(&product_name(ds, ds.start(), lang), lang)) }</th>
                        <th scope="col" class="num">{ ds.reference_product().map_or_else(|| html! { "–" }, |r| multiplier_head(texts::versus(&product_name(ds, r, lang), lang))) }</th>
                        <th scope="col">{ Text::WeakestSource.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
