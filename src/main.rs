//! Entry point of the web app (built by Trunk for wasm32).
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
fn main() {
    value_chain::ui::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
fn main() {
    eprintln!("This is a web app: `make serve` builds it for the browser and serves it.");
}
