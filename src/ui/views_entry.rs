//! The lazily loaded views' side (bin `ae-views`, feature `views`): `mountView`, called by the
//! page's [`super::lazy_view::LazyView`] once this wasm has loaded, mounts a view into the box
//! it is given, as a Leptos app of its own whose state follows the page's (see `lazy_view` for
//! the exchange).

use std::cell::Cell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::state::{View, parse_query, to_query};

use super::context::AppCtx;
use super::views::{DepthLab, Detail, GatedView, Groups, Overlay, TableView};

/// Sets up this wasm: panics reach the console.
pub fn start() {
    console_error_panic_hook::set_once();
}

/// A mounted view, for the page: `setQuery` when the page's state changes, `unmount` when the
/// view closes.
#[wasm_bindgen]
pub struct ViewHandle {
    ctx: Rc<Cell<Option<AppCtx>>>,
    /// The mount (its drop unmounts).
    mounted: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl ViewHandle {
    /// The page's state changed: follow it (a state equal to this view's own is ignored).
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, query: &str) {
        if let Some(ctx) = self.ctx.get() {
            let (st, _) = parse_query(query);
            if ctx.state.try_with_untracked(|cur| *cur != st) == Some(true) {
                ctx.state.set(st);
            }
        }
    }

    /// Removes the view and releases what it holds (its worker channels, listeners, canvases).
    pub fn unmount(&mut self) {
        self.ctx.set(None);
        self.mounted.take();
    }
}

/// Mounts `view` (its id, as in the URL) into `host`, starting from the state `query`;
/// `widget`: inside an embedded widget (follows the host page's theme); `on_change` is called
/// with the view's state (as a query) whenever the view changes it.
#[wasm_bindgen(js_name = mountView)]
pub fn mount_view(
    host: web_sys::HtmlElement,
    view: &str,
    query: &str,
    widget: bool,
    on_change: js_sys::Function,
) -> Result<ViewHandle, JsValue> {
    let view: View = view
        .parse()
        .map_err(|_| JsValue::from_str("unknown view"))?;
    let (state, _) = parse_query(query);
    let shared = Rc::new(Cell::new(None));
    let slot = shared.clone();
    let mounted = mount_to(host, move || {
        let ctx = AppCtx::new(state, Vec::new(), widget);
        provide_context(ctx);
        slot.set(Some(ctx));
        // This view's state → the page (skipping the first run: the page sent it). Never after
        // `unmount` (the page has let go of `on_change` then).
        Effect::new(move |prev: Option<String>| {
            let q = ctx.state.with(to_query);
            if prev.is_some_and(|p| p != q) && slot.get().is_some() {
                let _ = on_change.call1(&JsValue::NULL, &q.clone().into());
            }
            q
        });
        view_of(view)
    });
    Ok(ViewHandle {
        ctx: shared,
        mounted: Some(Box::new(mounted)),
    })
}

/// The component of `view` (the guide and the gallery are the page's own: nothing here).
pub fn view_of(view: View) -> AnyView {
    match view {
        View::Depth => view! { <DepthLab/> }.into_any(),
        View::Detail => view! { <Detail/> }.into_any(),
        View::Gated => view! { <GatedView/> }.into_any(),
        View::Groups => view! { <Groups/> }.into_any(),
        View::Overlay => view! { <Overlay/> }.into_any(),
        View::Table => view! { <TableView/> }.into_any(),
        View::Guide | View::Gallery => ().into_any(),
    }
}
