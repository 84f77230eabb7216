//! The Path view: the answer (the result card with a product picker) first; the chain map
//! beside it on wide screens and under it on phones; then the stages and the sources.

use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::state::{Action, PathAction};
use crate::ui::charts::chain_map::ChainMap;
use crate::ui::charts::waterfall::WaterfallChart;
use crate::ui::hooks::context::use_dispatch;
use crate::ui::path::chooser::PathChooser;
use crate::ui::path::product_picker::ProductPicker;
use crate::ui::path::region_panel::RegionPanel;
use crate::ui::path::result_card::ResultCard;
use crate::ui::path::sources_panel::SourcesPanel;
use crate::ui::widgets::carbon_price_field::CarbonPriceField;
use crate::ui::{Graph, ViewProps};

#[function_component(PathView)]
pub fn path_view(props: &ViewProps) -> Html {
    let dispatch = use_dispatch();
    let state = &props.state;
    let lang = state.lang;
    // The waterfall and the sources (below the result) come after the first paint.
    let painted = crate::ui::hooks::after_first_paint::use_after_first_paint();
    // The stages chart and the sources (under the result, below the first screen on every
    // width) follow one frame behind the result (measured by `make bench`, interaction).
    let sources_state = crate::ui::hooks::deferred::use_deferred(state.clone());
    let region_state = sources_state.clone();
    // The map and the path chooser too: on a phone a pick scrolls the answer into view,
    // and beside it on a wide screen the lit path follows the figure by one frame. The
    // frame that answers a click lays out the figure, its range and the picker alone
    // (`make bench`, interaction: the map's diagram was a third of that frame's layout).
    // The graph and the path follow together, so that they always agree with each other
    // (a path of the last dataset on a new one would make the chooser say it has no path).
    let (map_graph, map_path) = crate::ui::hooks::deferred::use_deferred((
        Graph(state.dataset().clone()),
        state.path().to_vec(),
    ));
    let waterfall = crate::ui::hooks::deferred::use_deferred(
        props
            .derived
            .path()
            .ok()
            .map(|ev| (crate::ui::ByAddress(state.dataset().clone()), ev)),
    );
    // Stable callbacks (use_callback): the map and the chooser are not re-rendered when
    // only the figures change.
    let on_select = use_callback(dispatch.clone(), |id: String, dispatch| {
        dispatch.emit(Action::Path(PathAction::SelectProduct(id)))
    });
    // A product picked in the chain map (on a phone, its stage list a screen or more under
    // the answer) changes the answer up the page: brought into view, not changed unseen.
    let on_map_select = use_callback(dispatch.clone(), |id: String, dispatch| {
        dispatch.emit(Action::Path(PathAction::SelectProduct(id)));
        bring_answer_into_view();
    });
    let on_choose = use_callback(dispatch.clone(), |path: Vec<String>, dispatch| {
        dispatch.emit(Action::Path(PathAction::SelectPath(path)))
    });

    let picker = html! {
        <ProductPicker graph={Graph(state.dataset().clone())} selected={state.path().last().cloned()} {on_select} />
    };
    // Answer first: the result with the product picker under it, then (on phones below,
    // on wide screens beside) the chain map, then the stages and the sources. An embed is a
    // compact card: no map, the sources folded.
    let (answer, details) = match props.derived.path() {
        Ok(ev) => {
            let range = props.derived.path_range().ok();
            let sources = if state.embed {
                html! {
                    <details class="embed-sources" data-testid="embed-sources">
                        <summary>{ Text::SourcesSummary.get(lang) }</summary>
                        <SourcesPanel state={sources_state} />
                    </details>
                }
            } else {
                html! { <SourcesPanel state={sources_state} /> }
            };
            (
                html! { <ResultCard state={state.clone()} evaluation={ev.clone()} {range} carbon={props.derived.path_carbon()} carbon_cost={props.derived.carbon_cost()}>{ picker }</ResultCard> },
                html! {
                    if painted {
                        if let Some((dataset, evaluation)) = waterfall {
                            <WaterfallChart {dataset} {evaluation} compact={state.embed} />
                        }
                        if !state.embed {
                            <RegionPanel state={region_state} comparison={props.derived.comparison().ok()} />
                            <CarbonPriceField price={state.carbon_price} />
                        }
                        { sources }
                    }
                },
            )
        }
        // The model names what is wrong; the page stays usable to pick another product.
        Err(e) => (
            html! {
                <>
                    <p class="path-error" role="alert" data-testid="path-error">
                        { Text::PathError.get(lang) }{ crate::catalog::errors::model_error(&e, lang) }
                    </p>
                    { picker }
                </>
            },
            html! {},
        ),
    };

    html! {
        <section class={classes!("view", "path-view", state.embed.then_some("compact"))} data-testid="view-path">
            <div class="path-answer">{ answer }</div>
            if !state.embed {
                <div class="path-map-column">
                    <ChainMap graph={map_graph.clone()} path={map_path.clone()} on_select={on_map_select} />
                    <PathChooser graph={map_graph} path={map_path} {on_choose} />
                </div>
            }
            <div class="path-details">{ details }</div>
        </section>
    }
}

/// Scrolls the result card's heading to the top of the window when it is out of view; where
/// it shows already, nothing moves.
fn bring_answer_into_view() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(heading) = window
            .document()
            .and_then(|d| d.get_element_by_id("result-heading"))
        else {
            return;
        };
        let top = heading.get_bounding_client_rect().top();
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if top < 0.0 || top > height * 0.8 {
            heading.scroll_into_view_with_bool(true);
        }
    }
}
