//! Leptos components (wasm32 only): they render state and dispatch events, nothing more.

mod app;
mod canvas_surface;
mod chart_canvas;
mod clipboard;
mod color_scheme;
mod context;
mod embed_dialog;
mod export;
// The depth lab's parts: only in the lazily loaded views' wasm (see `lazy_view`).
#[cfg(feature = "views")]
mod lab_client;
#[cfg(feature = "views")]
mod lab_figure;
mod lazy_view;
mod module_url;
mod ready;
// One table of text for both wasms; each uses its views' part of it (the rest is dropped at
// link time).
#[allow(dead_code)]
mod strings;
mod stylesheet;
mod views;
#[cfg(feature = "views")]
pub mod views_entry;

pub use app::{App, Widget};
pub use chart_canvas::{ChartCanvas, ChartFigure};
pub use context::AppCtx;
pub use stylesheet::{adopt_stylesheet_in_document, stylesheet};

/// Installs the panic hook (panics reach the console) and, on the app's own page (a `<body>`
/// marked `data-activation-explorer-app`), mounts the app. On other pages the loader mounts
/// widgets instead (the `embed` module, which builds on this one).
pub fn start() {
    console_error_panic_hook::set_once();
    let is_app_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|b| b.has_attribute("data-activation-explorer-app"));
    if is_app_page {
        if let Err(e) = adopt_stylesheet_in_document() {
            web_sys::console::warn_2(&"Activation Explorer: stylesheet not applied".into(), &e);
        }
        leptos::mount::mount_to_body(App);
    }
}
