//! The widget's mount API (wasm32 only): mount a view into any element of any page, inside its
//! own shadow root, configured by `data-*` attributes with the same names and rules as the URL.
//!
//! ```html
//! <script type="module" src="https://example.org/explorer/activation-explorer.js"></script>
//! <div data-activation-explorer="overlay" data-fn="relu,gelu,silu" data-deriv="1"></div>
//! ```

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::lang::Lang;
use crate::state::{View, parse_pairs};
use crate::ui::{Widget, stylesheet};

/// The attribute that marks an element as a widget; its value is the view.
pub const WIDGET_ATTR: &str = "data-activation-explorer";
/// Set on an element once mounted, so mounting twice is harmless.
const MOUNTED_ATTR: &str = "data-activation-explorer-mounted";

/// Mounts a widget into `el`: reads its attributes, attaches a shadow root with the CSS inside,
/// and renders the view. A bad configuration shows a message inside `el` and nothing else.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(el: web_sys::Element) -> Result<(), JsValue> {
    if el.has_attribute(MOUNTED_ATTR) {
        return Ok(());
    }
    el.set_attribute(MOUNTED_ATTR, "")?;
    let shadow = match el.shadow_root() {
        Some(s) => s,
        None => el.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    let sheet = stylesheet()?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));

    let attrs = el.attributes();
    let mut pairs = Vec::new();
    let view_value = el.get_attribute(WIDGET_ATTR).unwrap_or_default();
    pairs.push(("view".to_string(), view_value.clone()));
    for i in 0..attrs.length() {
        if let Some(a) = attrs.item(i) {
            let name = a.name();
            if let Some(key) = name.strip_prefix("data-")
                && name != WIDGET_ATTR
                && name != MOUNTED_ATTR
                && key != "view"
            {
                // The full name: `parse_pairs` strips the `data-` prefix (once).
                pairs.push((name.clone(), a.value()));
            }
        }
    }
    let (state, notices) = parse_pairs(pairs.into_iter());
    let host: web_sys::HtmlElement = shadow.unchecked_into::<web_sys::Node>().unchecked_into();
    if view_value.parse::<View>().is_err() {
        // No usable view: a message in the widget's own box, nothing else.
        let lang = state.lang.unwrap_or_else(browser_lang);
        let message = notices
            .iter()
            .find(|n| n.key == "view")
            .map(|n| n.message(lang))
            .unwrap_or_default();
        let views: Vec<&str> = View::ALL.iter().map(|v| v.id()).collect();
        let text = match lang {
            Lang::En => format!(
                "Activation Explorer widget: {message} (views: {}).",
                views.join(", ")
            ),
            Lang::Zh => format!(
                "激活函数探索器组件：{message}（可用视图：{}）。",
                views.join("、")
            ),
        };
        leptos::mount::mount_to(host, move || {
            view! { <div class="ae-root"><p class="ae-widget-error" role="alert">{text}</p></div> }
        })
        .forget();
        return Ok(());
    }
    leptos::mount::mount_to(
        host,
        move || view! { <Widget state=state notices=notices/> },
    )
    .forget();
    Ok(())
}

/// Mounts a widget into every not yet mounted `[data-activation-explorer]` element under `root`
/// (a document or an element). Returns how many were mounted.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all(root: web_sys::Node) -> u32 {
    let selector = format!("[{WIDGET_ATTR}]:not([{MOUNTED_ATTR}])");
    let list = if let Some(doc) = root.dyn_ref::<web_sys::Document>() {
        doc.query_selector_all(&selector)
    } else if let Some(el) = root.dyn_ref::<web_sys::Element>() {
        el.query_selector_all(&selector)
    } else {
        return 0;
    };
    let Ok(list) = list else { return 0 };
    let mut mounted = 0;
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            match mount_widget(el) {
                Ok(()) => mounted += 1,
                Err(e) => {
                    web_sys::console::warn_2(&"Activation Explorer: widget not mounted".into(), &e)
                }
            }
        }
    }
    mounted
}

/// The browser's language.
fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|l| Lang::from_browser(&l))
        .unwrap_or_default()
}
