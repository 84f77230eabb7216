//! The likely range of the plan's figure from a seeded Monte Carlo run (docs/model.md,
//! "Uncertainty"): its 10th, 50th and 90th percentiles, said as odds ("1 in 10 chance
//! below"). The same seed gives the same figures, so links and tests are stable; the seed
//! itself is for exports and docs, not the page.
//! Memoised on (dataset, plan, metric): typing elsewhere does not re-run 10,000 samples.
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::context::use_lang;

use crate::catalog::texts::{self, Text};
use crate::chart_layout::{band_layout, BAND_HEIGHT as H, BAND_WIDTH as W};
use crate::derived::{Derivation, Measure, SAMPLES};
use crate::model::{Dataset, MonteCarloSummary};
use crate::ui::format::{number, Precision};
use crate::ui::scenario::text::{error_text, measure_name, measure_value};

#[derive(Properties, PartialEq)]
pub struct UncertaintyBandProps {
    pub dataset: Rc<Dataset>,
    pub metric: Measure,
    /// The plan's `metric` over many draws of every ranged figure (crate::derived).
    pub summary: Derivation<MonteCarloSummary>,
}

#[function_component(UncertaintyBand)]
pub fn uncertainty_band(props: &UncertaintyBandProps) -> Html {
    let lang = use_lang();
    let title = texts::band_title(measure_name(props.metric, lang), lang);
    let body = match &props.summary {
        Err(e) => {
            html! { <p class="model-error" role="alert" data-testid="uncertainty-error">{ error_text(e, lang) }</p> }
        }
        Ok(s) => {
            let (lo, hi) = (s.min, s.max);
            let band = band_layout(lo, hi, s.p10, s.p50, s.p90);
            let ((x_lo, x_hi), (box_x, box_w)) = (band.range, band.middle);
            // A rate in percent, an amount in yuan.
            let show = |v: f64| measure_value(props.metric, v, false, lang);
            let figure = |id: &str, label: &str, v: f64| {
                html! {
                    <div class="band-figure">
                        <dt>{ label.to_string() }</dt>
                        <dd class="num" data-testid={id.to_string()} data-value={v.to_string()}>{ show(v) }</dd>
                    </div>
                }
            };
            html! {
                <>
                    <dl class="band-figures">
                        { figure("p10", Text::ChanceBelow.get(lang), s.p10) }
                        { figure("p50", Text::EvenChance.get(lang), s.p50) }
                        { figure("p90", Text::ChanceAbove.get(lang), s.p90) }
                    </dl>
                    <svg class="chart band" data-chart={ChartKind::UncertaintyBand.code()} viewBox={format!("0 0 {W} {H}")} width="100%"
                        role="img" aria-labelledby="band-title">
                        <title id="band-title">{ texts::band_summary(&title, &show(s.p10), &show(s.p50), &show(s.p90), lang) }</title>
                        <line class="band-range" x1={format!("{x_lo:.1}")} x2={format!("{x_hi:.1}")} y1="24" y2="24" />
                        <rect class="band-p10-p90" x={format!("{box_x:.1}")} y="12" width={format!("{box_w:.1}")} height="24" />
                        <line class="band-p50" x1={format!("{:.1}", band.p50)} x2={format!("{:.1}", band.p50)} y1="8" y2="40" />
                        <text class="axis-label" x={format!("{x_lo:.1}")} y="60">{ show(lo) }</text>
                        <text class="axis-label" x={format!("{x_hi:.1}")} y="60" text-anchor="end">{ show(hi) }</text>
                    </svg>
                    <p class="hint">{ texts::band_hint(&number(f64::from(SAMPLES), lang, Precision::Exact), lang) }</p>
                </>
            }
        }
    };
    html! {
        <section class="uncertainty-band" data-testid="uncertainty-band" aria-labelledby="band-heading">
            <h4 id="band-heading">{ title }</h4>
            { body }
        </section>
    }
}
