//! The Web Worker's entry point (bin `ae-lab`): the loop lives in the library
//! (`activation_explorer::worker`), around the pure runner of [`activation_explorer::protocol`].

#[cfg(target_arch = "wasm32")]
fn main() {
    activation_explorer::worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ae-lab is the depth lab's Web Worker: it runs in the browser (see README.md).");
}
