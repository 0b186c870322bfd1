//! Where the app's files are: next to the wasm-bindgen glue module this code runs from
//! (`ae-core.js` in the page, `ae-views.js` in the lazily loaded views), so that the worker's
//! and the views' files are found from a sub-path and from another origin alike.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `import.meta.url` of this wasm's glue module.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MODULE_URL: String;
}

/// The absolute URL of `file` next to this wasm's glue module (`None` if the base is not a URL).
pub fn sibling_url(file: &str) -> Option<String> {
    let base = MODULE_URL.with(|u| u.clone());
    web_sys::Url::new_with_base(file, &base)
        .ok()
        .map(|u| u.href())
}
