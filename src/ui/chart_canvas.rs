//! A `<canvas>` that draws a [`ChartSpec`] through plotters-canvas with a HiDPI backing store.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::chart::{ChartSpec, draw_chart};

use super::supersample::Supersampled;

/// plotters draws on integer pixels: drawing at 4× and scaling the context by 1/4 gives the
/// curves quarter-pixel positions on the CSS × devicePixelRatio backing store.
const SUPERSAMPLE: u32 = 4;

/// Draws `spec` on a canvas sized by CSS; the backing store is CSS size × `devicePixelRatio`,
/// redrawn when the spec, the element's size or the pixel ratio changes.
#[component]
pub fn ChartCanvas(
    /// What to draw (its `scale` is replaced by the device pixel ratio).
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// The accessible description of the chart.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<Canvas>::new();
    let size_tick = RwSignal::new(0u32);

    // Redraw on element resize (layout changes) and on window resize (covers DPR changes).
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let bump =
            Closure::<dyn FnMut()>::new(move || size_tick.update(|t| *t = t.wrapping_add(1)));
        let observer = web_sys::ResizeObserver::new(bump.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            o.observe(&canvas);
        }
        let window = window();
        let _ = window.add_event_listener_with_callback("resize", bump.as_ref().unchecked_ref());
        let held = SendWrapper::new((bump, observer, window));
        on_cleanup(move || {
            let (bump, observer, window) = held.take();
            if let Some(o) = observer {
                o.disconnect();
            }
            let _ =
                window.remove_event_listener_with_callback("resize", bump.as_ref().unchecked_ref());
        });
    });

    Effect::new(move |_| {
        size_tick.track();
        let mut spec = spec.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let dpr = window().device_pixel_ratio().max(1.0);
        let rect = canvas.get_bounding_client_rect();
        if rect.width() < 1.0 || rect.height() < 1.0 {
            return;
        }
        let (w, h) = (
            (rect.width() * dpr).round() as u32,
            (rect.height() * dpr).round() as u32,
        );
        if canvas.width() != w || canvas.height() != h {
            canvas.set_width(w);
            canvas.set_height(h);
        }
        spec.scale = dpr * f64::from(SUPERSAMPLE);
        if let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        {
            let inv = 1.0 / f64::from(SUPERSAMPLE);
            let _ = ctx.set_transform(inv, 0.0, 0.0, inv, 0.0, 0.0);
        }
        if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
            let area = Supersampled::new(backend, SUPERSAMPLE).into_drawing_area();
            if let Err(e) = draw_chart(&area, &spec) {
                leptos::logging::warn!("chart not drawn: {e}");
            }
        }
    });

    view! { <canvas node_ref=canvas_ref class="ae-chart" role="img" aria-label=move || label.get()></canvas> }
}
