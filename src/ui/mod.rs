//! Leptos components (wasm32 only): they render state and dispatch events, nothing more.

mod app;
mod chart_canvas;
mod context;
mod embed_dialog;
mod export;
mod ready;
mod strings;
mod supersample;
mod views;

pub use app::{App, Widget};
pub use chart_canvas::{ChartCanvas, ChartFigure};
pub use context::AppCtx;

/// Installs the panic hook (panics reach the console) and mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
