//! Bootstrap only: the lazily loaded views' wasm (the depth lab). The page imports its glue
//! when such a view first opens and calls its `mountView` (see `ui::views_entry`).

#[cfg(target_arch = "wasm32")]
fn main() {
    activation_explorer::ui::views_entry::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ae-views is part of the web app: run `make serve` (see README.md).");
}
