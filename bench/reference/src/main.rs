//! Minimal Yew app for `make bench`: renders one figure under the same test id as the
//! calculator's result, so the same "time to result" measurement applies to both.
use yew::prelude::*;

#[function_component(Reference)]
fn reference() -> Html {
    // Computed at run time (not a literal) so the render does a little real work.
    let value: f64 = [500.0_f64, 4_500.0].iter().sum();
    html! {
        <main>
            <h1>{ "Reference" }</h1>
            <p>
                <span data-testid="added-value-per-ton" data-value={value.to_string()}>
                    { format!("{value} yuan/t") }
                </span>
            </p>
        </main>
    }
}

fn main() {
    yew::Renderer::<Reference>::new().render();
}
