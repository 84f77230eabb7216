//! Placeholder, replaced by the path work.
use yew::prelude::*;

use super::ViewProps;

#[function_component(PathView)]
pub fn path_view(props: &ViewProps) -> Html {
    let _ = props;
    html! { <section class="view" data-testid="view-path"><p>{ "…" }</p></section> }
}
