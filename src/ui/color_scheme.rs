//! Following the colour scheme around the app or a widget while it is open: the system's
//! `prefers-color-scheme` (and its changes), and in a widget the host page's own dark-mode
//! marker first (mdBook, MkDocs Material, Furo…, see [`crate::host_theme`]).
//!
//! ```ignore
//! let dark = follow_scheme(true); // in a component: released with its owner
//! Effect::new(move |_| log!("dark: {}", dark.get()));
//! ```

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::host_theme::{HostMarkers, WATCHED_ATTRIBUTES, host_dark};

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// Whether the system prefers a dark scheme now.
fn system_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// What the host page's markers say now (`None`: no marker).
fn host_marker_dark() -> Option<bool> {
    let doc = web_sys::window()?.document()?;
    let html = doc.document_element();
    let body = doc.body();
    let attr = |el: &Option<web_sys::Element>, name: &str| el.as_ref()?.get_attribute(name);
    let html_class = attr(&html, "class").unwrap_or_default();
    let html_data_theme = attr(&html, "data-theme");
    let body: Option<web_sys::Element> = body.map(Into::into);
    let body_md = attr(&body, "data-md-color-scheme");
    let body_data_theme = attr(&body, "data-theme");
    host_dark(&HostMarkers {
        html_class: &html_class,
        html_data_theme: html_data_theme.as_deref(),
        body_md_color_scheme: body_md.as_deref(),
        body_data_theme: body_data_theme.as_deref(),
    })
}

/// A signal that is true while the surroundings are dark, kept up to date: the system's
/// preference, and with `watch_host` (widgets) the host page's marker when it has one. The
/// `change` listener and the `MutationObserver` are released with the current reactive owner
/// (the app, or the widget when it is removed).
pub fn follow_scheme(watch_host: bool) -> RwSignal<bool> {
    let read = move || {
        if watch_host {
            host_marker_dark().unwrap_or_else(system_dark)
        } else {
            system_dark()
        }
    };
    let dark = RwSignal::new(read());
    let Some(window) = web_sys::window() else {
        return dark;
    };
    let on_change = Closure::<dyn FnMut()>::new(move || {
        let now = read();
        if dark.try_get_untracked() != Some(now) {
            dark.try_set(now);
        }
    });
    let query = window.match_media(DARK_QUERY).ok().flatten();
    if let Some(q) = &query {
        let _ = q.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    }
    let observer = watch_host
        .then(|| web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()).ok())
        .flatten();
    if let (Some(o), Some(doc)) = (&observer, window.document()) {
        let init = web_sys::MutationObserverInit::new();
        init.set_attributes(true);
        init.set_attribute_filter(
            &WATCHED_ATTRIBUTES
                .iter()
                .map(|a| JsValue::from_str(a))
                .collect::<js_sys::Array>(),
        );
        if let Some(html) = doc.document_element() {
            let _ = o.observe_with_options(&html, &init);
        }
        if let Some(body) = doc.body() {
            let _ = o.observe_with_options(&body, &init);
        }
    }
    let held = SendWrapper::new((on_change, query, observer));
    on_cleanup(move || {
        let (on_change, query, observer) = held.take();
        if let Some(q) = query {
            let _ =
                q.remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        }
        if let Some(o) = observer {
            o.disconnect();
        }
    });
    dark
}
