//! Downloads of a chart: PNG at 2× its CSS size, SVG (the same chart function through the SVG
//! backend), CSV of the curves shown.

use wasm_bindgen::JsCast;

use crate::chart::{ChartSpec, to_csv, to_svg};

use super::canvas_surface::draw_on;

/// Offers `url` as a download named `name`.
fn download_url(url: &str, name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.click();
}

/// Offers `text` as a file of type `mime`.
fn download_text(text: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    download_url(&url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Renders `spec` on an offscreen canvas at 2× the CSS size `w`×`h` and downloads it as PNG.
pub fn download_png(spec: &ChartSpec, w: u32, h: u32, name: &str) {
    if let Some(url) = png_data_url(spec, w, h) {
        download_url(&url, &format!("{name}.png"));
    }
}

/// The PNG data URL of `spec` drawn at 2× the CSS size `w`×`h`.
pub fn png_data_url(spec: &ChartSpec, w: u32, h: u32) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas").ok()?.unchecked_into();
    canvas.set_width(w * 2);
    canvas.set_height(h * 2);
    draw_on(&canvas, spec, 2.0)?;
    canvas.to_data_url_with_type("image/png").ok()
}

/// Downloads `spec` as an SVG of `w`×`h` CSS pixels.
pub fn download_svg(spec: &ChartSpec, w: u32, h: u32, name: &str) {
    let mut spec = spec.clone();
    spec.scale = 1.0;
    download_text(
        &to_svg(&spec, w, h),
        "image/svg+xml",
        &format!("{name}.svg"),
    );
}

/// Downloads the curves of `spec` as CSV (x, then each curve), 1001 rows.
pub fn download_csv(spec: &ChartSpec, name: &str) {
    download_text(&to_csv(spec, 1001), "text/csv", &format!("{name}.csv"));
}
