//! The scenario's uncertainty tab: the figure to look at, its Monte Carlo band and its
//! tornado (value added's with its value-added shares drawn too). The chosen figure is kept by the scenario view, so it survives a change of tab.
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::derived::{Derived, Measure};
use crate::model::Dataset;
use crate::ui::charts::tornado::TornadoChart;
use crate::ui::charts::uncertainty_band::UncertaintyBand;
use crate::ui::hooks::context::use_lang;
use crate::ui::scenario::text::measure_name;

#[derive(Properties, PartialEq)]
pub struct UncertaintySectionProps {
    pub dataset: Rc<Dataset>,
    pub metric: Measure,
    pub derived: Rc<Derived>,
    /// A figure picked in the list.
    pub on_metric: Callback<Measure>,
}

#[function_component(UncertaintySection)]
pub fn uncertainty_section(props: &UncertaintySectionProps) -> Html {
    let lang = use_lang();
    let (lang, metric) = (lang, props.metric);
    let on_change = {
        let on_metric = props.on_metric.clone();
        Callback::from(move |e: Event| {
            if let Some(m) = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|select| Measure::from_code(&select.value()))
            {
                on_metric.emit(m);
            }
        })
    };
    html! {
        <section class="uncertainty chart-card" data-testid="uncertainty" aria-labelledby="uncertainty-heading">
            <div class="chart-head">
                <h3 id="uncertainty-heading">{ Text::UncertaintyTitle.get(lang) }</h3>
                <div class="select-field">
                    <label for="uncertainty-metric">{ Text::FigureLabel.get(lang) }</label>
                    <select id="uncertainty-metric" data-testid="uncertainty-metric" onchange={on_change}>
                        { for Measure::offered(&props.dataset).into_iter().map(|m| html! {
                            <option value={m.code()} selected={m == metric}>{ measure_name(m, lang) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <UncertaintyBand dataset={props.dataset.clone()} metric={metric} summary={props.derived.band(metric)} />
            <TornadoChart dataset={props.dataset.clone()} metric={metric} tornado={props.derived.tornado(metric)} />
        </section>
    }
}
