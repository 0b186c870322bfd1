//! The components' stylesheet: one constructed `CSSStyleSheet`, parsed once, adopted by the
//! app's own page and by the shadow root of every widget.
//!
//! ```ignore
//! let sheet = ui::stylesheet()?;
//! shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
//! ```

use wasm_bindgen::JsValue;

/// The CSS of the components.
const COMPONENTS_CSS: &str = include_str!("../../style/main.css");
/// Isolation from the host page: no inherited fonts, colours or alignment leak into a widget,
/// and its sizes do not follow the host's root font size (`--ae-rem` stands for `rem` in the
/// components' CSS: 16px in a widget, the reader's `1rem` on the app's page, where no `:host`
/// exists).
const HOST_CSS: &str = ":host { all: initial; display: block; contain: content; --ae-rem: 16px; }";

thread_local! {
    /// The stylesheet, parsed once and shared by the app page and every widget.
    static SHEET: std::cell::OnceCell<web_sys::CssStyleSheet> = const { std::cell::OnceCell::new() };
}

/// The components' CSS (with the widgets' `:host` isolation) as one constructed stylesheet,
/// built on first use. A page with several widgets parses it once.
pub fn stylesheet() -> Result<web_sys::CssStyleSheet, JsValue> {
    if let Some(sheet) = SHEET.with(|s| s.get().cloned()) {
        return Ok(sheet);
    }
    let sheet = web_sys::CssStyleSheet::new()?;
    sheet.replace_sync(&format!("{HOST_CSS}\n{COMPONENTS_CSS}"))?;
    SHEET.with(|s| {
        let _ = s.set(sheet.clone());
    });
    Ok(sheet)
}

/// Adds the components' stylesheet to the app's own page (its `index.html` links only the page
/// background, so the CSS ships once, inside the wasm).
pub fn adopt_stylesheet_in_document() -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let sheets = doc.adopted_style_sheets();
    let sheet = stylesheet()?;
    sheets.push(&sheet);
    doc.set_adopted_style_sheets(&sheets);
    Ok(())
}
