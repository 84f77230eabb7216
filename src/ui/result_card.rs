//! The answer to the page's question for the chosen path: the added value per ton, large,
//! with its range, the figure per ton of primary metal drawn beside it, and the output
//! value, multipliers and metal yield. Every number with its unit.
use std::rc::Rc;

use yew::prelude::*;

use super::format::{in_currency, multiplier, number, percent, yuan_per_ton, Precision};
use crate::model::{Figure, PathEvaluation, PathRange};
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    pub state: Rc<AppState>,
    pub evaluation: Rc<PathEvaluation>,
    /// The same path with every figure at its low and at its high; None if that failed.
    pub range: Option<Rc<PathRange>>,
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
    let ds = &state.dataset;
    let sig = Precision::Significant3;
    let name = |id: &str| {
        crate::i18n::product_name(ds, id, lang)
    };
    let per_t = lang.pick("/吨", "/t");
    let other = |yuan: f64| in_currency(yuan, state.currency.as_ref(), lang).map(|s| format!("{s}{per_t}"));

    // Figures on this path the visitor has changed.
    let mut edited: Vec<String> = Vec::new();
    if state.is_edited(&Figure::MetalPrice) {
        edited.push(lang.pick("铝价", "metal price").to_string());
    }
    for stage in &ev.stages {
        let step = format!("{} → {}", name(&stage.from), name(&stage.to));
        if state.is_edited(&Figure::StepAddedValue { from: stage.from.clone(), to: stage.to.clone() }) {
            edited.push(format!("{step}{}", lang.pick("：附加值", ": added value")));
        }
        if state.is_edited(&Figure::StepYield { from: stage.from.clone(), to: stage.to.clone() }) {
            edited.push(format!("{step}{}", lang.pick("：成材率", ": yield")));
        }
    }

    let a = ev.added_value_per_t;
    let path_names = ev.products.iter().map(|id| name(id)).collect::<Vec<_>>().join(" → ");
    let range = props.range.as_ref().filter(|r| r.low.added_value_per_t < r.high.added_value_per_t).map(|r| {
        let (low, high) = (r.low.added_value_per_t, r.high.added_value_per_t);
        html! {
            <p class="headline-range" data-testid="added-value-range" data-low={raw(low)} data-high={raw(high)}>
                { lang.pick("区间 ", "Range ") }
                <span class="num">{ format!("{} – {}", number(low, lang, sig), yuan_per_ton(high, lang, sig)) }</span>
                <span class="note">{ lang.pick("（所有数据取低值 / 高值）", " (every figure at its low / high)") }</span>
            </p>
        }
    });
    let row = |test_id: &str, label: &str, value: String, raw_value: f64, note: Option<String>| {
        html! {
            <div class="figure-row">
                <dt>{ label.to_string() }</dt>
                <dd>
                    <span class="num" data-testid={test_id.to_string()} data-value={raw(raw_value)}>{ value }</span>
                    if let Some(note) = note { <span class="note">{ note }</span> }
                </dd>
            </div>
        }
    };
    let rod_row = ev.multiplier_vs_rod.map(|m| {
        row(
            "multiplier-vs-rod",
            lang.pick("相当于铝杆路径的", "Against the rod path"),
            multiplier(m, lang),
            m,
            Some(lang.pick("每吨附加值之比", "ratio of added value per ton").to_string()),
        )
    });
    let metal_yield = if ev.metal_per_t > 0.0 { 1.0 / ev.metal_per_t } else { 0.0 };
    let edited_note = (!edited.is_empty()).then(|| {
        html! {
            <p class="edited-note" data-testid="path-edited">
                <span class="edited-mark" aria-hidden="true">{ "✎ " }</span>
                { lang.pick("含你修改过的数据：", "Includes figures you edited: ") }
                { edited.join(lang.pick("、", ", ")) }
            </p>
        }
    });

    html! {
        <section class="result-card" data-testid="result-card" aria-labelledby="result-heading">
            <h2 id="result-heading" class="result-label">{ lang.pick("每吨附加值", "Added value per ton") }</h2>
            <p class="result-path" data-testid="result-path">{ path_names }</p>
            <div class="headline">
                <p class="headline-main">
                    <span class="headline-figure num" data-testid="added-value-per-ton" data-value={raw(a)}>
                        { yuan_per_ton(a, lang, sig) }
                    </span>
                    if let Some(other) = other(a) {
                        <span class="other-currency" data-testid="added-value-other-currency">{ other }</span>
                    }
                </p>
                <p class="headline-side">
                    <span class="num" data-testid="added-value-per-metal" data-value={raw(ev.added_value_per_t_metal)}>
                        { yuan_per_ton(ev.added_value_per_t_metal, lang, sig) }
                    </span>
                    <span class="note">{ lang.pick("按所耗原铝计（每吨原铝）", "per ton of primary metal drawn") }</span>
                </p>
            </div>
            { for range }
            <dl class="result-figures">
                { row("output-value-per-ton", lang.pick("每吨产值", "Output value per ton"), yuan_per_ton(ev.output_value_per_t, lang, sig),
                      ev.output_value_per_t, other(ev.output_value_per_t)) }
                { row("multiplier-vs-metal", lang.pick("相当于直接卖铝的", "Against selling the metal"), multiplier(ev.multiplier_vs_metal, lang),
                      ev.multiplier_vs_metal, Some(format!("{}{}", lang.pick("铝价 ", "metal price "), yuan_per_ton(ev.metal_price, lang, sig)))) }
                { for rod_row }
                { row("metal-yield", lang.pick("金属成材率", "Metal yield"), percent(metal_yield, lang), metal_yield,
                      Some(lang.pick("成品中的金属 ÷ 投入的原铝", "metal in the product ÷ primary metal drawn").to_string())) }
                { row("metal-per-ton", lang.pick("每吨产品耗原铝", "Primary metal drawn per ton"),
                      format!("{} {}", number(ev.metal_per_t, lang, sig), lang.pick("吨", "t")), ev.metal_per_t,
                      Some(format!("{}{} {}", lang.pick("其中加工废料 ", "of which process scrap "), number(ev.scrap_per_t, lang, sig), lang.pick("吨", "t")))) }
            </dl>
            { for edited_note }
        </section>
    }
}
