//! The shape every chart of the page shares: a heading with its controls, a hint, then the
//! chart or its table (the visitor switches), or, when the model refused the input, the
//! reason in place of both. The table is always in the page (visually hidden while the
//! chart shows), so every chart has a text alternative; shown, it replaces the chart rather
//! than adding its height under it.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::ui::charts::kind::ChartKind;
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct ChartCardProps {
    pub kind: ChartKind,
    /// The card's test id; the table switch's is `{testid}-table-toggle`.
    pub testid: AttrValue,
    pub title: AttrValue,
    /// Heading level (2 to 4): the card sits at different depths in different views.
    #[prop_or(3)]
    pub level: u8,
    #[prop_or_default]
    pub class: Classes,
    /// Controls beside the heading (a unit switch, a figure picker).
    #[prop_or_default]
    pub controls: Html,
    /// A line between the heading and the chart (units, how to read it).
    #[prop_or_default]
    pub hint: Html,
    /// Why there is nothing to draw; shown instead of the chart and the table.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub chart: Html,
    #[prop_or_default]
    pub table: Html,
}

#[function_component(ChartCard)]
pub fn chart_card(props: &ChartCardProps) -> Html {
    let show_table = use_state(|| false);
    let lang = use_lang();
    let heading_id = format!("{}-heading", props.testid);
    let tag = format!("h{}", props.level.clamp(2, 4));
    let toggle = {
        let show_table = show_table.clone();
        Callback::from(move |_: MouseEvent| show_table.set(!*show_table))
    };
    let body = match &props.error {
        Some(reason) => html! {
            <p class="model-error" role="alert" data-testid={format!("{}-error", props.testid)}>{ reason.clone() }</p>
        },
        None => html! {
            <>
                <div class={classes!("chart-figure", show_table.then_some("hidden"))}>{ props.chart.clone() }</div>
                // Hidden, the table must not scroll (a scroll box needs keyboard access);
                // shown, it is a focusable region so a wide table scrolls with the keys.
                if *show_table {
                    <div class="table-scroll" tabindex="0" role="region" aria-label={props.title.clone()}>{ props.table.clone() }</div>
                } else {
                    <div class="visually-hidden">{ props.table.clone() }</div>
                }
            </>
        },
    };
    html! {
        <section class={classes!("chart-card", props.class.clone())} data-testid={props.testid.clone()}
            data-card={props.kind.code()} aria-labelledby={heading_id.clone()}>
            <div class="chart-head">
                <@{tag} id={heading_id}>{ props.title.clone() }</@>
                <div class="chart-controls">
                    { props.controls.clone() }
                    if props.error.is_none() {
                        <button type="button" class="button" data-testid={format!("{}-table-toggle", props.testid)}
                            aria-pressed={show_table.to_string()} onclick={toggle}>
                            { Text::Table.get(lang) }
                        </button>
                    }
                </div>
            </div>
            { props.hint.clone() }
            { body }
        </section>
    }
}
