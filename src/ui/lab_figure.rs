//! A depth-lab chart ([`LabChart`]) as a `<figure>`: a pooled, HiDPI canvas drawn by
//! [`draw_lab_chart`], a caption, PNG/SVG/CSV export and a screen-reader table, like
//! [`super::ChartFigure`] does for the activation charts.

use leptos::html::Div;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;

use crate::chart::{LabChart, draw_lab_chart, lab_table_html, lab_to_csv, lab_to_svg};

use super::canvas_surface::{CanvasSurface, SUPERSAMPLE, context_2d};
use super::chart_canvas::{attach_canvas, pooled_canvas};
use super::context::{AppCtx, tr};
use super::export::{download_text, download_url};
use super::ready;
use super::strings as s;

/// How long a chart must stay unchanged before its screen-reader table is rebuilt, ms.
const TABLE_DELAY_MS: u64 = 250;

/// Draws `chart` on `canvas` (its backing store already sized) at `dpr`, supersampled.
fn draw_lab_on(canvas: &web_sys::HtmlCanvasElement, chart: &LabChart, dpr: f64) -> bool {
    let mut chart = chart.clone();
    chart.scale = dpr * f64::from(SUPERSAMPLE);
    let Some(ctx) = context_2d(canvas) else {
        return false;
    };
    let inv = 1.0 / f64::from(SUPERSAMPLE);
    let _ = ctx.set_transform(inv, 0.0, 0.0, inv, 0.0, 0.0);
    let Some(backend) = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()) else {
        return false;
    };
    let area = CanvasSurface::new(backend, ctx, SUPERSAMPLE).into_drawing_area();
    match draw_lab_chart(&area, &chart) {
        Ok(()) => true,
        Err(e) => {
            leptos::logging::warn!("lab chart not drawn: {e}");
            false
        }
    }
}

/// A lab chart in a `<figure>` with its caption, exports and data table.
#[component]
pub fn LabFigure(
    /// What to draw (its `scale` is set from the device pixel ratio).
    #[prop(into)]
    chart: Signal<LabChart>,
    /// The caption under the chart.
    #[prop(into)]
    caption: Signal<String>,
    /// The file name (without extension) of exports.
    file_name: String,
    /// Extra CSS class of the figure.
    #[prop(optional, into)]
    class: String,
    /// `data-chart` of the figure (for tests and scrapers).
    #[prop(into)]
    kind: String,
    /// `data-activation` of the figure: the activations shown, comma-separated.
    #[prop(into)]
    activations: Signal<String>,
) -> impl IntoView {
    let ctx = AppCtx::get();
    let chart: Signal<LabChart> = Memo::new(move |_| chart.get()).into();
    let wrap = NodeRef::<Div>::new();
    let size_tick = RwSignal::new(0u32);
    let drawn = RwSignal::new(0u32);
    let first_draw = StoredValue::new(true);
    let last_drawn = StoredValue::new(None::<((u32, u32, u64), LabChart)>);
    ready::chart_created();

    let canvas = pooled_canvas(size_tick, false);
    let canvas_here = StoredValue::new_local(canvas.clone());

    Effect::new(move |_| {
        let label = chart.with(LabChart::label);
        canvas_here.with_value(|c| {
            if let Some(c) = c {
                let _ = c.set_attribute("aria-label", &label);
            }
        });
    });

    // Each figure draws in a task of its own (a timeout), so a batch of results that changes
    // six charts costs six short tasks on the page's thread, not one long one; of several
    // changes before the timeout runs, only the last is drawn.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        size_tick.track();
        let chart = chart.get();
        let gen_now = generation.get_value().wrapping_add(1);
        generation.set_value(gen_now);
        set_timeout(
            move || {
                if generation.try_get_value() != Some(gen_now) {
                    return;
                }
                let Some(Some(canvas)) = canvas_here.try_get_value() else {
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
                let key = (w, h, dpr.to_bits());
                if last_drawn
                    .with_value(|l| l.as_ref().is_some_and(|(k, c)| *k == key && *c == chart))
                {
                    return;
                }
                if canvas.width() != w || canvas.height() != h {
                    canvas.set_width(w);
                    canvas.set_height(h);
                }
                if draw_lab_on(&canvas, &chart, dpr) {
                    let _ = drawn.try_update(|d| *d = d.wrapping_add(1));
                }
                last_drawn.set_value(Some((key, chart)));
                if first_draw.get_value() {
                    first_draw.set_value(false);
                    ready::chart_drawn();
                }
            },
            std::time::Duration::ZERO,
        );
    });

    let css_size = move || {
        wrap.get_untracked()
            .map(|c| {
                let r = c.get_bounding_client_rect();
                (
                    r.width().round().max(100.0) as u32,
                    r.height().round().max(80.0) as u32,
                )
            })
            .unwrap_or((640, 400))
    };
    let name_png = file_name.clone();
    let png = move |_| {
        let (w, h) = css_size();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(c) = doc.create_element("canvas") else {
            return;
        };
        let c: web_sys::HtmlCanvasElement = c.unchecked_into();
        c.set_width(w * 2);
        c.set_height(h * 2);
        if draw_lab_on(&c, &chart.get_untracked(), 2.0)
            && let Ok(url) = c.to_data_url_with_type("image/png")
        {
            download_url(&url, &format!("{name_png}.png"));
        }
    };
    let name_svg = file_name.clone();
    let svg = move |_| {
        let (w, h) = css_size();
        let mut c = chart.get_untracked();
        c.scale = 1.0;
        download_text(
            &lab_to_svg(&c, w, h),
            "image/svg+xml",
            &format!("{name_svg}.svg"),
        );
    };
    let csv = move |_| {
        download_text(
            &lab_to_csv(&chart.get_untracked()),
            "text/csv",
            &format!("{file_name}.csv"),
        )
    };
    // The screen-reader table, rebuilt once the chart has stopped changing for a moment (not
    // ten times a second while results stream in: each rebuild costs a style and layout pass).
    let table_html = RwSignal::new(String::new());
    let table_generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let c = chart.get();
        let lang = ctx.lang();
        let generation = table_generation.get_value().wrapping_add(1);
        table_generation.set_value(generation);
        set_timeout(
            move || {
                if table_generation.try_get_value() == Some(generation) {
                    let html = lab_table_html(&c, s::SAMPLE_TABLE.get(lang), 7);
                    let _ = table_html.try_set(html);
                }
            },
            std::time::Duration::from_millis(TABLE_DELAY_MS),
        );
    });
    view! {
        <figure class=format!("ae-figure ae-lab-figure {class}") data-chart=kind data-activation=move || activations.get() data-drawn=move || drawn.get()>
            <div class="ae-canvas-wrap" node_ref=wrap use:attach_canvas=canvas></div>
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
