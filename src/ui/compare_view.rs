//! Placeholder, replaced by the compare work.
use yew::prelude::*;

use super::ViewProps;

#[function_component(CompareView)]
pub fn compare_view(props: &ViewProps) -> Html {
    let _ = props;
    html! { <section class="view" data-testid="view-compare"><p>{ "…" }</p></section> }
}
