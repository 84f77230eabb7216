//! Placeholder, replaced by the assumptions work.
use yew::prelude::*;

use super::ViewProps;

#[function_component(AssumptionsPanel)]
pub fn assumptions_panel(props: &ViewProps) -> Html {
    let _ = props;
    html! { <section class="view" data-testid="view-assumptions"><p>{ "…" }</p></section> }
}
