//! Entry point of the web app (built by Trunk for wasm32).
#[cfg(target_arch = "wasm32")]
fn main() {
    value_chain::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: `make serve` builds it for the browser and serves it.");
}
