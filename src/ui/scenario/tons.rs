//! Tons of each product per year, baseline and plan: every product either side makes, in
//! dataset order. Full figures: it is a table.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::model::{change_of, Dataset, ScenarioComparison, ScenarioResult};
use crate::ui::format::{signed, tons, Precision};
use crate::ui::hooks::context::use_lang;
use crate::ui::scenario::text::product_name;

#[derive(Properties, PartialEq)]
pub struct ScenarioTonsProps {
    pub dataset: Rc<Dataset>,
    pub comparison: Rc<ScenarioComparison>,
}

fn tonnes_of(r: &ScenarioResult, id: &str) -> f64 {
    r.products
        .iter()
        .find(|o| o.product == id)
        .map_or(0.0, |o| o.tonnes)
}

#[function_component(ScenarioTons)]
pub fn scenario_tons(props: &ScenarioTonsProps) -> Html {
    let lang = use_lang();
    let ds = &props.dataset;
    let (b, p) = (&props.comparison.baseline, &props.comparison.plan);
    let made = |id: &str| {
        b.products
            .iter()
            .chain(&p.products)
            .any(|o| o.product == id && o.tonnes > 0.0)
    };
    let ids: Vec<&str> = ds
        .products()
        .iter()
        .map(|x| x.id.as_str())
        .filter(|id| made(id))
        .collect();
    let title = Text::TonsTitle.get(lang);
    if ids.is_empty() {
        return html! { <p class="chart-empty" data-testid="scenario-tons-empty">{ Text::TonsEmpty.get(lang) }</p> };
    }
    let cell = |v: f64| tons(v, lang, Precision::Significant3Full);
    let rows = ids.iter().map(|id| {
        let (tb, tp) = (tonnes_of(b, id), tonnes_of(p, id));
        html! {
            <tr key={id.to_string()}>
                <th scope="row">{ product_name(ds, id, lang) }</th>
                <td class="num" data-testid={format!("tons-{id}-baseline")} data-value={tb.to_string()}>{ cell(tb) }</td>
                <td class="num" data-testid={format!("tons-{id}-plan")} data-value={tp.to_string()}>{ cell(tp) }</td>
                <td class="num">{ signed(change_of(Some(tb), Some(tp)).unwrap_or(0.0), cell) }</td>
            </tr>
        }
    });
    html! {
        <section class="chart-card scenario-tons" data-testid="scenario-tons-card" aria-labelledby="scenario-tons-heading">
            <h3 id="scenario-tons-heading">{ title }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label={title}>
                <table class="scenario-table" data-testid="scenario-tons">
                    <thead><tr>
                        <th scope="col">{ Text::Product.get(lang) }</th>
                        <th scope="col" class="num">{ Text::Baseline.get(lang) }</th>
                        <th scope="col" class="num">{ Text::Plan.get(lang) }</th>
                        <th scope="col" class="num">{ Text::Change.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
