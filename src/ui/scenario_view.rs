//! Placeholder, replaced by the scenario work.
use yew::prelude::*;

use super::ViewProps;

#[function_component(ScenarioView)]
pub fn scenario_view(props: &ViewProps) -> Html {
    let _ = props;
    html! { <section class="view" data-testid="view-scenario"><p>{ "…" }</p></section> }
}
