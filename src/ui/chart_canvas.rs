//! A `<canvas>` that draws a [`ChartSpec`] through plotters-canvas with a HiDPI backing store,
//! and the `<figure>` around it (caption, exports, a data table for screen readers).

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::chart::{ChartSpec, PlotGeometry};
use crate::gesture::PointerMap;

use super::canvas_surface::{SUPERSAMPLE, context_2d, draw_on};
use super::context::{AppCtx, tr};
use super::export;
use super::ready;
use super::strings as s;

/// Where the plot landed, for mapping pointer positions back to data coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CanvasGeometry {
    /// The plot area in drawing-area pixels (`dpr` × [`SUPERSAMPLE`] per CSS pixel).
    pub plot: PlotGeometry,
    /// The device pixel ratio the chart was drawn for: backing-store pixels per CSS pixel.
    pub dpr: f64,
}

impl CanvasGeometry {
    /// The mapping from CSS-pixel offsets to x (pure: see [`crate::gesture`]).
    pub fn pointer_map(&self) -> PointerMap {
        PointerMap {
            plot: self.plot,
            px_per_css: self.dpr * f64::from(SUPERSAMPLE),
        }
    }
}

thread_local! {
    /// Work waiting for the next paint, run by one animation frame and one timeout for all
    /// charts (a gallery change queues sixteen sample tables).
    static AFTER_PAINT: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` after the next paint: requestAnimationFrame runs before that paint, a timeout
/// queued from it after. Work queued while the queue runs waits for the paint after.
pub(super) fn after_paint(f: impl FnOnce() + 'static) {
    let first = AFTER_PAINT.with(|q| {
        let mut q = q.borrow_mut();
        q.push(Box::new(f));
        q.len() == 1
    });
    if first {
        request_animation_frame(|| {
            set_timeout(
                || {
                    for f in AFTER_PAINT.with(|q| std::mem::take(&mut *q.borrow_mut())) {
                        f();
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    }
}

/// Whether any part of `rect` (viewport coordinates) is inside the window's viewport.
pub(super) fn in_viewport(rect: &web_sys::DomRect) -> bool {
    let w = window();
    let num = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        v.ok().and_then(|v| v.as_f64()).unwrap_or(f64::INFINITY)
    };
    let (vw, vh) = (num(w.inner_width()), num(w.inner_height()));
    rect.bottom() > 0.0 && rect.right() > 0.0 && rect.top() < vh && rect.left() < vw
}

/// Whether a benchmark asked for draw timings (a performance mark named `ae:bench` exists).
pub(super) fn bench_enabled() -> bool {
    window()
        .performance()
        .is_some_and(|p| p.get_entries_by_name("ae:bench").length() > 0)
}

/// Canvases of charts that left the page, kept for the next ones. A new `<canvas>` costs its
/// element, its 2D context and its backing store on the first draw: measured in Chromium here,
/// 16 new canvases took 9–10 ms to size and draw against 2 ms for 16 reused ones of the same
/// size (5 ms when each had to be resized).
pub(super) mod pool {
    use wasm_bindgen::JsCast;

    /// At most this many canvases wait (a gallery's sixteen, a few more)…
    const MAX: u32 = 24;
    /// …holding at most this many backing-store pixels (32 MB at 4 bytes a pixel: a gallery's
    /// sixteen at devicePixelRatio 2 take about 4.6 million).
    const MAX_PIXELS: u64 = 8_000_000;

    /// The free canvases: one JS array per page (under a registered symbol of the global
    /// object), shared by the app's wasm and the lazily loaded views' (a detail view reuses the
    /// gallery's canvases).
    fn free_list() -> Option<js_sys::Array> {
        let global = js_sys::global();
        let key = js_sys::Symbol::for_("activation-explorer:canvas-pool");
        if let Ok(list) = js_sys::Reflect::get(&global, &key).and_then(|v| v.dyn_into()) {
            return Some(list);
        }
        let list = js_sys::Array::new();
        js_sys::Reflect::set(&global, &key, &list).ok()?;
        Some(list)
    }

    /// The pixels of `c`'s backing store.
    fn pixels(c: &web_sys::HtmlCanvasElement) -> u64 {
        u64::from(c.width()) * u64::from(c.height())
    }

    /// A canvas from the pool, or a new one; `None` only without a document.
    pub fn take() -> Option<web_sys::HtmlCanvasElement> {
        let pooled =
            free_list().and_then(|f| f.pop().dyn_into::<web_sys::HtmlCanvasElement>().ok());
        if let Some(c) = pooled {
            // No frame may show the previous chart before this one is drawn.
            if let Some(ctx) = super::context_2d(&c) {
                ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0).ok();
                ctx.clear_rect(0.0, 0.0, f64::from(c.width()), f64::from(c.height()));
            }
            return Some(c);
        }
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .map(JsCast::unchecked_into)
    }

    /// Detaches `canvas` and keeps it for the next chart (its pixels and size stay), unless the
    /// pool is full; a canvas not kept is left to the garbage collector.
    pub fn give_back(canvas: web_sys::HtmlCanvasElement) {
        canvas.remove();
        for a in ["aria-label", "tabindex", "data-y-range"] {
            let _ = canvas.remove_attribute(a);
        }
        let Some(free) = free_list() else { return };
        let held: u64 = free
            .iter()
            .filter_map(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .map(|c| pixels(&c))
            .sum();
        if free.length() < MAX && held + pixels(&canvas) <= MAX_PIXELS {
            free.push(&canvas);
        }
    }
}

/// Puts `canvas` into `wrapper` (a directive: it runs as the wrapper is built).
pub(super) fn attach_canvas(wrapper: web_sys::Element, canvas: Option<web_sys::HtmlCanvasElement>) {
    if let Some(c) = canvas {
        let _ = wrapper.append_child(&c);
    }
}

/// A canvas sized by CSS; its backing store is CSS size × `devicePixelRatio`, redrawn when the
/// spec, the element's size or the pixel ratio changes. The `<canvas>` comes from a pool of
/// canvases that earlier charts left (see `pool`) and goes back to it when the chart goes.
#[component]
pub fn ChartCanvas(
    /// What to draw (its `scale` is set from the device pixel ratio).
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// The accessible description of the chart.
    #[prop(into)]
    label: Signal<String>,
    /// The element around the canvas (`div.ae-canvas-wrap`), for callers that need its size.
    #[prop(optional)]
    node_ref: Option<NodeRef<Div>>,
    /// Receives where the plot landed after each draw.
    #[prop(optional)]
    geometry: Option<WriteSignal<Option<CanvasGeometry>>>,
    /// Whether the canvas takes keyboard focus (interactive charts).
    #[prop(optional)]
    focusable: bool,
) -> impl IntoView {
    let wrap = node_ref.unwrap_or_default();
    let size_tick = RwSignal::new(0u32);
    let first_draw = StoredValue::new(true);
    let last_drawn = StoredValue::new(None::<((u32, u32, u64), ChartSpec)>);
    ready::chart_created();

    // The canvas goes into the wrapper while the view is built (a directive), so a view's
    // canvases enter the page with it, in one layout.
    let canvas = pooled_canvas(size_tick, focusable);
    let canvas_here = StoredValue::new_local(canvas.clone());

    Effect::new(move |_| {
        let label = label.get();
        canvas_here.with_value(|c| {
            if let Some(c) = c {
                let _ = c.set_attribute("aria-label", &label);
            }
        });
    });

    Effect::new(move |_| {
        size_tick.track();
        let spec = spec.get();
        let Some(canvas) = canvas_here.get_value() else {
            return;
        };
        let dpr = window().device_pixel_ratio().max(1.0);
        let rect = canvas.get_bounding_client_rect();
        if rect.width() < 1.0 || rect.height() < 1.0 {
            return;
        }
        // At start-up, a chart below (or beside) the viewport waits until the charts in view
        // are drawn and painted.
        if first_draw.get_value() && !ready::is_marked() && !in_viewport(&rect) {
            first_draw.set_value(false);
            ready::chart_drawn();
            after_paint(move || {
                let _ = size_tick.try_update(|t| *t = t.wrapping_add(1));
            });
            return;
        }
        let (w, h) = (
            (rect.width() * dpr).round() as u32,
            (rect.height() * dpr).round() as u32,
        );
        // A resize notification that changes nothing (the observer's first call, a layout shift
        // elsewhere) must not cost a redraw.
        let key = (w, h, dpr.to_bits());
        if last_drawn.with_value(|l| l.as_ref().is_some_and(|(k, s)| *k == key && *s == spec)) {
            return;
        }
        if canvas.width() != w || canvas.height() != h {
            canvas.set_width(w);
            canvas.set_height(h);
        }
        // Draw timings only while a benchmark asked for them: no entries pile up otherwise.
        let perf = window().performance().filter(|_| bench_enabled());
        if let Some(p) = &perf {
            let _ = p.mark("ae:draw-start");
        }
        let g = draw_on(&canvas, &spec, dpr);
        last_drawn.set_value(Some((key, spec)));
        if let Some(p) = &perf {
            let _ = p.measure_with_start_mark("ae:draw", "ae:draw-start");
        }
        if let Some(plot) = g {
            // The y-range drawn, for tests and tools (`low,high`).
            let (y0, y1) = plot.y_range;
            let _ = canvas.set_attribute("data-y-range", &format!("{y0},{y1}"));
            if let Some(out) = geometry {
                out.set(Some(CanvasGeometry { plot, dpr }));
            }
        }
        if first_draw.get_value() {
            first_draw.set_value(false);
            ready::chart_drawn();
        }
    });

    view! { <div class="ae-canvas-wrap" node_ref=wrap use:attach_canvas=canvas></div> }
}

/// A chart as a `<figure>`: the canvas, a caption, export buttons (PNG at 2×, SVG, CSV) and a
/// visually hidden table of sample points for screen readers.
#[component]
pub fn ChartFigure(
    /// What to draw.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// The caption under the chart (also the canvas' accessible label when `label` is empty).
    #[prop(into)]
    caption: Signal<String>,
    /// The file name (without extension) of exports.
    #[prop(into)]
    file_name: Signal<String>,
    /// Extra CSS class of the figure.
    #[prop(optional, into)]
    class: String,
    /// Receives the plot geometry after each draw.
    #[prop(optional)]
    geometry: Option<WriteSignal<Option<CanvasGeometry>>>,
    /// Whether the canvas takes keyboard focus.
    #[prop(optional)]
    focusable: bool,
) -> impl IntoView {
    let ctx = AppCtx::get();
    // Redraw only when what is drawn changes, not on every change of the app state.
    let spec: Signal<ChartSpec> = Memo::new(move |_| spec.get()).into();
    let wrap_ref = NodeRef::<Div>::new();
    let label = Signal::derive(move || {
        let spec = spec.get();
        let names: Vec<String> = spec.curves.iter().map(|c| c.label.clone()).collect();
        let (x0, x1) = spec.resolved_x_range();
        if let Some(m) = &spec.message {
            return match ctx.lang() {
                crate::lang::Lang::En => format!("Chart “{}”: {m}.", spec.title),
                crate::lang::Lang::Zh => format!("图表“{}”：{m}。", spec.title),
            };
        }
        match ctx.lang() {
            crate::lang::Lang::En => format!(
                "Chart “{}”: {} for x from {x0} to {x1}.",
                spec.title,
                names.join(", ")
            ),
            crate::lang::Lang::Zh => format!(
                "图表“{}”：{}，x 从 {x0} 到 {x1}。",
                spec.title,
                names.join("、")
            ),
        }
    });
    let css_size = move || {
        wrap_ref
            .get_untracked()
            .map(|c| {
                let r = c.get_bounding_client_rect();
                (
                    r.width().round().max(100.0) as u32,
                    r.height().round().max(80.0) as u32,
                )
            })
            .unwrap_or((640, 400))
    };
    let png = move |_| {
        let (w, h) = css_size();
        export::download_png(&spec.get_untracked(), w, h, &file_name.get_untracked());
    };
    let svg = move |_| {
        let (w, h) = css_size();
        export::download_svg(&spec.get_untracked(), w, h, &file_name.get_untracked());
    };
    let csv = move |_| export::download_csv(&spec.get_untracked(), &file_name.get_untracked());
    // The screen-reader table is one innerHTML (building ~40 cells per chart through the DOM
    // cost about a third of a gallery switch), refreshed after the charts are drawn and
    // painted; of several changes before that, only the last is built.
    let table_html = RwSignal::new(String::new());
    let table_generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let spec = spec.get();
        let lang = ctx.lang();
        let generation = table_generation.get_value().wrapping_add(1);
        table_generation.set_value(generation);
        after_paint(move || {
            if table_generation.try_get_value() == Some(generation) {
                let html = crate::chart::sample_table_html(&spec, s::SAMPLE_TABLE.get(lang), 7);
                let _ = table_html.try_set(html);
            }
        });
    });
    view! {
        <figure class=format!("ae-figure {class}")>
            <ChartCanvas spec=spec label=label node_ref=wrap_ref geometry=geometry.unwrap_or_else(|| RwSignal::new(None).write_only()) focusable=focusable/>
            <figcaption>
                <span class="ae-caption">{move || caption.get()}</span>
                <span class="ae-export" role="group" aria-label=tr(s::EXPORT)>
                    <button type="button" class="ae-small" on:click=png data-export="png">"PNG"</button>
                    <button type="button" class="ae-small" on:click=svg data-export="svg">"SVG"</button>
                    <button type="button" class="ae-small" on:click=csv data-export="csv">"CSV"</button>
                </span>
            </figcaption>
            <table class="ae-sr-only" inner_html=move || table_html.get()></table>
        </figure>
    }
}

/// A chart canvas from the pool (`class="ae-chart"`, `role="img"`, focusable if asked) that
/// bumps `size_tick` on its own resize (layout changes) and on the window's (DPR changes), and
/// goes back to the pool when the owner is cleaned up. `None` without a document.
pub(crate) fn pooled_canvas(
    size_tick: RwSignal<u32>,
    focusable: bool,
) -> Option<web_sys::HtmlCanvasElement> {
    let canvas = pool::take()?;
    canvas.set_class_name("ae-chart");
    let _ = canvas.set_attribute("role", "img");
    if focusable {
        let _ = canvas.set_attribute("tabindex", "0");
    }
    let bump = Closure::<dyn FnMut()>::new(move || size_tick.update(|t| *t = t.wrapping_add(1)));
    let observer = web_sys::ResizeObserver::new(bump.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(&canvas);
    }
    let window = window();
    let _ = window.add_event_listener_with_callback("resize", bump.as_ref().unchecked_ref());
    let held = SendWrapper::new((bump, observer, window, canvas.clone()));
    on_cleanup(move || {
        let (bump, observer, window, canvas) = held.take();
        if let Some(o) = observer {
            o.disconnect();
        }
        let _ = window.remove_event_listener_with_callback("resize", bump.as_ref().unchecked_ref());
        pool::give_back(canvas);
    });
    Some(canvas)
}
