//! Component tests in headless Chromium (wasm-bindgen-test): mount into a fresh element,
//! interact, await a tick, assert the DOM and the canvas pixels.
#![cfg(target_arch = "wasm32")]

use activation_explorer::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits `ms` milliseconds (lets effects, resize observers and redraws run).
async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A fresh `<section>` appended to `<body>`.
fn fresh_section() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let section = doc.create_element("section").unwrap();
    doc.body().unwrap().append_child(&section).unwrap();
    section.unchecked_into()
}

/// True when the canvas has at least two different pixel values.
fn canvas_drawn(canvas: &web_sys::HtmlCanvasElement) -> bool {
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let (w, h) = (canvas.width(), canvas.height());
    if w == 0 || h == 0 {
        return false;
    }
    let data = ctx
        .get_image_data(0.0, 0.0, w as f64, h as f64)
        .unwrap()
        .data()
        .0;
    data.chunks(4).any(|px| px != &data[0..4])
}

#[wasm_bindgen_test]
async fn app_mounts_with_header_and_drawn_canvas() {
    let section = fresh_section();
    let _handle = leptos::mount::mount_to(section.clone(), App);
    tick(100).await;
    let h1 = section.query_selector("h1").unwrap().expect("a header");
    assert!(h1.text_content().unwrap().contains("Activation Explorer"));
    let canvas: web_sys::HtmlCanvasElement = section
        .query_selector("canvas")
        .unwrap()
        .expect("a canvas")
        .unchecked_into();
    assert!(canvas_drawn(&canvas), "the canvas has pixels drawn");
}
