//! The added value per ton, stage by stage: each stage's increment floats on the running
//! total, and a last bar shows the total. The metal price can be put underneath as the
//! first bar; the table of the same numbers is the card's other face (`ChartCard`).
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::charts::card::ChartCard;
use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::context::use_lang;

use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::chart_layout::{
    waterfall_layout, wrap, WATERFALL_LABEL_EM as LABEL_EM, WATERFALL_PAD as PAD,
    WATERFALL_WIDTH as WIDTH,
};
use crate::model::{Dataset, PathEvaluation, MAX_YEARS_FROM_PRICE_YEAR};
use crate::ui::format::{number, yuan_per_ton, Precision};
use crate::ui::widgets::badge::{badge_code, badge_label};

#[derive(Properties, PartialEq)]
pub struct WaterfallChartProps {
    /// Compared by address: a new dataset (an edit) redraws, the same one does not.
    pub dataset: crate::ui::ByAddress<Dataset>,
    pub evaluation: Rc<PathEvaluation>,
    /// The embed's compact card: thin bars close under their labels, half the height.
    #[prop_or_default]
    pub compact: bool,
}

/// One bar: `from`..`to` on the value axis.
struct Bar {
    test_id: String,
    label: String,
    value_text: String,
    raw: f64,
    from: f64,
    to: f64,
    class: Classes,
}

#[function_component(WaterfallChart)]
pub fn waterfall_chart(props: &WaterfallChartProps) -> Html {
    let lang = use_lang();
    let ev = &props.evaluation;
    let show_metal = use_state(|| false);
    let sig = Precision::Significant3;
    let name = |id: &str| crate::i18n::product_name(&props.dataset, id, lang);

    let base = if *show_metal { ev.metal_price } else { 0.0 };
    let mut bars: Vec<Bar> = Vec::new();
    if *show_metal {
        bars.push(Bar {
            test_id: "waterfall-metal".into(),
            label: metal::waterfall_metal_price(Metal::of(&props.dataset), lang),
            value_text: yuan_per_ton(ev.metal_price, lang, sig),
            raw: ev.metal_price,
            from: 0.0,
            to: ev.metal_price,
            class: classes!("bar", "bar-metal"),
        });
    }
    for s in &ev.stages {
        bars.push(Bar {
            test_id: format!("waterfall-stage-{}-{}", s.from, s.to),
            // The product reached names the stage; the table gives "from → to".
            label: format!("→ {}", name(&s.to)),
            value_text: format!("+{}", number(s.increment, lang, sig)),
            raw: s.increment,
            from: base + s.cumulative - s.increment,
            to: base + s.cumulative,
            class: classes!("bar", "bar-stage", format!("bar-{}", badge_code(s.badge))),
        });
    }
    let total = base + ev.added_value_per_t;
    bars.push(Bar {
        test_id: "waterfall-total".into(),
        label: if *show_metal {
            Text::OutputValuePerTon.get(lang).into()
        } else {
            Text::AddedValueTotal.get(lang).into()
        },
        value_text: yuan_per_ton(total, lang, sig),
        raw: total,
        from: 0.0,
        to: total,
        class: classes!("bar", "bar-total"),
    });

    let spans: Vec<(f64, f64)> = bars.iter().map(|b| (b.from, b.to)).collect();
    let layout = waterfall_layout(&spans, props.compact);
    let height = layout.height;

    let drawn = bars.iter().zip(&layout.bars).map(|(b, at)| {
        let connector = at.connector.map(|(x, y1, y2)| {
            html! {
                <line class="connector" x1={format!("{x:.1}")} x2={format!("{x:.1}")}
                    y1={format!("{y1:.1}")} y2={format!("{y2:.1}")} />
            }
        });
        html! {
            <g class={b.class.clone()} data-testid={b.test_id.clone()} data-value={format!("{}", b.raw)}>
                <text class="bar-label" x={format!("{PAD:.1}")} y={format!("{:.1}", at.label_y)}>{ wrap(&b.label, LABEL_EM, 1).join("") }</text>
                <text class="bar-value" x={format!("{:.1}", WIDTH - PAD)} y={format!("{:.1}", at.label_y)} text-anchor="end">{ b.value_text.clone() }</text>
                <rect x={format!("{:.1}", at.x)} y={format!("{:.1}", at.y)} width={format!("{:.1}", at.w)} height={format!("{:.1}", at.h)} rx="2" />
                { for connector }
            </g>
        }
    });

    let title = Text::WaterfallTitle.get(lang);
    let rows = ev.stages.iter().map(|s| {
        let step = format!("{} → {}", name(&s.from), name(&s.to));
        // A figure far from the price year: marked as on the result card's path.
        let mark = s.stale.then(|| {
            let note = texts::stale_figure(&step, s.year, ev.years.metal, MAX_YEARS_FROM_PRICE_YEAR, lang);
            html! {
                <span class="stale-mark" title={note.clone()}>
                    <span aria-hidden="true">{ "†" }</span>
                    <span class="visually-hidden">{ format!(" ({note})") }</span>
                </span>
            }
        });
        html! {
            <tr data-testid={format!("waterfall-row-{}-{}", s.from, s.to)} data-value={format!("{}", s.increment)}>
                <th scope="row">{ step }{ for mark }</th>
                <td class="num">{ yuan_per_ton(s.increment, lang, sig.full()) }</td>
                <td class="num">{ yuan_per_ton(s.cumulative, lang, sig.full()) }</td>
                <td>{ badge_label(s.badge, lang) }</td>
            </tr>
        }
    });
    let toggle_metal = {
        let show_metal = show_metal.clone();
        Callback::from(move |_: Event| show_metal.set(!*show_metal))
    };

    let table = html! {
        <table class="waterfall-table" data-testid="waterfall-table">
            <caption>{ title }</caption>
            <thead>
                <tr>
                    <th scope="col">{ Text::StageColumn.get(lang) }</th>
                    <th scope="col" class="num">{ Text::Increment.get(lang) }</th>
                    <th scope="col" class="num">{ Text::Cumulative.get(lang) }</th>
                    <th scope="col">{ Text::SourceType.get(lang) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{ Text::Total.get(lang) }</th>
                    <td class="num">{ yuan_per_ton(ev.added_value_per_t, lang, sig.full()) }</td>
                    <td></td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
    };

    let hint = html! {
        <label class="waterfall-metal-toggle">
            <input type="checkbox" data-testid="waterfall-metal-toggle" checked={*show_metal} onchange={toggle_metal} />
            { metal::start_from_metal_price(Metal::of(&props.dataset), lang) }
        </label>
    };
    // A swatch per kind of bar drawn, each drawn as its bars are (styles/path.css).
    let has = |class: &str| bars.iter().any(|b| b.class.contains(class));
    let legend_item = |class: &'static str, text: String| {
        html! { <li><span class={classes!("legend-swatch", class)}></span>{ text }</li> }
    };
    // The long label in the full page, the short one in the embed's one-line key (CSS picks).
    let key_item = |class: &'static str, long: Text, short: Text| {
        html! {
            <li>
                <span class={classes!("legend-swatch", class)}></span>
                <span class="legend-long">{ long.get(lang) }</span>
                <span class="legend-short">{ short.get(lang) }</span>
            </li>
        }
    };
    let sourced = has("bar-article") || has("bar-published") || has("bar-derived");
    let chart = html! {
        <>
        <svg data-chart={ChartKind::Waterfall.code()} viewBox={format!("0 0 {WIDTH:.0} {height:.0}")} width="100%"
            role="img" aria-labelledby="waterfall-title">
            <title id="waterfall-title">{ title }</title>
            { for drawn }
        </svg>
        <ul class="chart-legend waterfall-legend" data-testid="waterfall-legend">
            if *show_metal {
                { legend_item("swatch-metal", metal::waterfall_metal_price(Metal::of(&props.dataset), lang)) }
            }
            if sourced {
                { key_item("swatch-sourced", Text::WaterfallLegendSourced, Text::WaterfallKeySourced) }
            }
            if has("bar-estimate") {
                { key_item("swatch-estimate", Text::WaterfallLegendEstimate, Text::WaterfallKeyEstimate) }
            }
            { key_item("swatch-total", Text::WaterfallLegendTotal, Text::Total) }
        </ul>
        </>
    };
    html! {
        <ChartCard kind={ChartKind::Waterfall} testid="waterfall" title={Text::StageByStage.get(lang)}
            level={2} class="waterfall" {hint} {chart} {table} />
    }
}
