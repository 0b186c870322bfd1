//! The widget's mount API (wasm32 only): mount a view into any element of any page, inside its
//! own shadow root, configured by its attributes with the same names and rules as the URL
//! (see [`crate::widget_config`]); update it when they change; release it when it goes.
//!
//! ```html
//! <script type="module" src="https://example.org/explorer/activation-explorer.js"></script>
//! <activation-explorer view="overlay" fn="relu,gelu,silu" deriv="1"></activation-explorer>
//! <div data-activation-explorer="overlay" data-fn="relu,gelu,silu" data-deriv="1"></div>
//! ```
//!
//! The loader (`embed/activation-explorer.js`) defines the custom element on top of this API:
//! [`mount_widget`] when it connects, [`WidgetHandle::update`] when an attribute changes,
//! [`WidgetHandle::unmount`] when it is removed. This module uses `ui`; `ui` knows nothing of it.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::lang::Lang;
use crate::state::{AppState, Key, View, parse_pairs};
use crate::ui::{AppCtx, Widget, stylesheet};
use crate::widget_config::{Config, ELEMENT_NAME, Form, MOUNTED_ATTR, apply_changes, config_pairs};

thread_local! {
    /// How many widgets are mounted now (for leak tests: see [`live_widgets`]).
    static LIVE: Cell<u32> = const { Cell::new(0) };
}

/// A mounted widget: keep it while the widget lives; [`WidgetHandle::unmount`] (or dropping it,
/// `free()` from JavaScript) removes the view and releases its reactive owner, listeners,
/// observers and canvases.
#[wasm_bindgen]
pub struct WidgetHandle {
    el: web_sys::Element,
    mounted: Option<Mounted>,
}

/// What one mount holds.
struct Mounted {
    el: web_sys::Element,
    /// Leptos' `UnmountHandle` (its type names the view's state): dropping it unmounts.
    _view: Box<dyn Any>,
    /// The widget's context (`None` while it shows a configuration error).
    ctx: Option<AppCtx>,
    /// The state the attributes described at the last mount or update.
    configured: AppState,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        LIVE.with(|n| n.set(n.get().saturating_sub(1)));
        let _ = self.el.remove_attribute(MOUNTED_ATTR);
    }
}

/// Mounts a widget into `el`: reads its attributes, attaches a shadow root (or reuses the one
/// it has) with the CSS inside, and renders the view. A bad view shows a message inside `el`.
/// Returns the handle that keeps it: dropping it unmounts the widget.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(el: web_sys::Element) -> Result<WidgetHandle, JsValue> {
    let mounted = mount(&el)?;
    Ok(WidgetHandle {
        el,
        mounted: Some(mounted),
    })
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Re-reads the element's attributes and shows what changed: the mounted widget's state is
    /// updated in place (only the keys whose attribute changed, so the reader's own answers and
    /// slider positions stay); a change to or from an invalid view remounts.
    pub fn update(&mut self) -> Result<(), JsValue> {
        let config = read_config(&self.el);
        if let Some(m) = &mut self.mounted
            && let Some(ctx) = m.ctx
            && config.view_ok()
        {
            let (new, notices) = parse_pairs(config.pairs.into_iter());
            let old = std::mem::replace(&mut m.configured, new);
            let new = &m.configured;
            if old != *new {
                ctx.update(|current| apply_changes(&old, new, current));
            }
            ctx.notices.set(notices);
            return Ok(());
        }
        self.mounted = None;
        self.mounted = Some(mount(&self.el)?);
        Ok(())
    }

    /// Removes the widget and releases everything it holds. The element stays (and can be
    /// mounted again); calling it twice is harmless.
    pub fn unmount(&mut self) {
        self.mounted = None;
    }

    /// Whether the widget is mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.mounted.is_some()
    }
}

/// The attribute names the custom element observes: the URL's keys.
#[wasm_bindgen(js_name = widgetAttributes)]
pub fn widget_attributes() -> Vec<String> {
    Key::all().map(|k| k.name().to_string()).collect()
}

/// The custom element's tag name (`activation-explorer`).
#[wasm_bindgen(js_name = elementName)]
pub fn element_name() -> String {
    ELEMENT_NAME.into()
}

/// How many widgets are mounted on the page now.
#[wasm_bindgen(js_name = liveWidgets)]
pub fn live_widgets() -> u32 {
    LIVE.with(Cell::get)
}

/// The size of the wasm instance's memory in bytes (it only grows: a leak check compares it
/// before and after many mounts).
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
        .into()
}

/// The element's configuration.
fn read_config(el: &web_sys::Element) -> Config {
    let form = if el.tag_name().eq_ignore_ascii_case(ELEMENT_NAME) {
        Form::CustomElement
    } else {
        Form::DataAttributes
    };
    let attrs = el.attributes();
    let list = (0..attrs.length())
        .filter_map(move |i| attrs.item(i))
        .map(|a| (a.name(), a.value()));
    config_pairs(form, list)
}

/// Mounts the view `el`'s attributes describe (or its error message) into its shadow root.
fn mount(el: &web_sys::Element) -> Result<Mounted, JsValue> {
    let shadow = match el.shadow_root() {
        Some(s) => s,
        None => el.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    let sheet = stylesheet()?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    // Whatever an earlier mount or a failed load left.
    shadow.set_inner_html("");
    let config = read_config(el);
    let view_ok = config.view_ok();
    let view_value = config.view.clone().unwrap_or_default();
    let (state, notices) = parse_pairs(config.pairs.into_iter());
    let host: web_sys::HtmlElement = shadow.unchecked_into::<web_sys::Node>().unchecked_into();
    let configured = state.clone();
    let (view, ctx): (Box<dyn Any>, Option<AppCtx>) = if view_ok {
        let slot = Rc::new(RefCell::new(None));
        let out = slot.clone();
        let handle = leptos::mount::mount_to(host, move || {
            let ctx = AppCtx::for_widget(state, notices);
            *out.borrow_mut() = Some(ctx);
            view! { <Widget ctx=ctx/> }
        });
        let ctx = slot.borrow_mut().take();
        (Box::new(handle), ctx)
    } else {
        // No usable view: a message in the widget's own box, nothing else.
        let text = view_error(
            &view_value,
            state.lang.unwrap_or_else(browser_lang),
            &notices,
        );
        let handle = leptos::mount::mount_to(host, move || {
            view! { <div class="ae-root"><p class="ae-widget-error" role="alert">{text}</p></div> }
        });
        (Box::new(handle), None)
    };
    el.set_attribute(MOUNTED_ATTR, "")?;
    LIVE.with(|n| n.set(n.get() + 1));
    Ok(Mounted {
        el: el.clone(),
        _view: view,
        ctx,
        configured,
    })
}

/// The message of a widget whose view attribute names no view.
fn view_error(value: &str, lang: Lang, notices: &[crate::state::Notice]) -> String {
    let message = notices
        .iter()
        .find(|n| n.key == "view")
        .map(|n| n.message(lang))
        .unwrap_or_else(|| value.to_string());
    let views: Vec<&str> = View::ALL.iter().map(|v| v.id()).collect();
    match lang {
        Lang::En => format!(
            "Activation Explorer widget: {message} (views: {}).",
            views.join(", ")
        ),
        Lang::Zh => format!(
            "激活函数探索器组件：{message}（可用视图：{}）。",
            views.join("、")
        ),
    }
}

/// The browser's language.
fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|l| Lang::from_browser(&l))
        .unwrap_or_default()
}
