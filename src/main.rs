//! Bootstrap only: the panic hook and the mount. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    activation_explorer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Activation Explorer is a web app: run `make serve` (see README.md).");
}
