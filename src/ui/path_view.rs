//! The Path view: the chain map on the left; on the right the result card, the stage by
//! stage waterfall and the sources. On a phone everything stacks.
use std::rc::Rc;

use yew::prelude::*;

use super::chain_map::ChainMap;
use super::path_chooser::PathChooser;
use super::result_card::ResultCard;
use super::sources_panel::SourcesPanel;
use super::waterfall_chart::WaterfallChart;
use super::{Graph, ViewProps};
use crate::model::{evaluate_path, evaluate_path_range};
use crate::state::Action;

#[function_component(PathView)]
pub fn path_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    // The waterfall and the sources (below the result) come after the first paint.
    let painted = super::after_first_paint::use_after_first_paint();
    // The sources (a long list under the chart) follow one frame behind the result.
    let sources_state = super::deferred::use_deferred(state.clone());
    // Stable callbacks (use_callback): the map and the chooser are not re-rendered when
    // only the figures change.
    let on_select = use_callback(props.dispatch.clone(), |id: String, dispatch| {
        dispatch.emit(Action::SelectProduct(id))
    });
    let on_choose = use_callback(props.dispatch.clone(), |path: Vec<String>, dispatch| {
        dispatch.emit(Action::SelectPath(path))
    });

    let result = match evaluate_path(&state.dataset, &state.path) {
        Ok(ev) => {
            let ev = Rc::new(ev);
            let range = evaluate_path_range(&state.dataset, &state.path).ok().map(Rc::new);
            html! {
                <>
                    <ResultCard state={state.clone()} evaluation={ev.clone()} {range} />
                    if painted {
                        <WaterfallChart dataset={state.dataset.clone()} evaluation={ev} {lang} />
                        <SourcesPanel state={sources_state} />
                    }
                </>
            }
        }
        // The model names what is wrong; the page stays usable to pick another product.
        Err(e) => html! {
            <p class="path-error" role="alert" data-testid="path-error">
                { lang.pick("无法计算这条路径：", "This path cannot be evaluated: ") }{ crate::catalog::errors::model_error(&e, lang) }
            </p>
        },
    };

    html! {
        <section class="view path-view" data-testid="view-path">
            <div class="path-map-column">
                <ChainMap graph={Graph(state.dataset.clone())} path={state.path.clone()} {lang} {on_select} />
                <PathChooser graph={Graph(state.dataset.clone())} path={state.path.clone()} {lang} {on_choose} />
            </div>
            <div class="path-result-column">{ result }</div>
        </section>
    }
}
