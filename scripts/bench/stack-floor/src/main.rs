//! The stack floor (see Cargo.toml): a header, a button and one plotters chart on a canvas,
//! drawn once the canvas is laid out, then the `ae:ready` mark.

use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

/// Draws GELU's sigmoid approximation with axes, tick labels and a caption on `canvas`.
fn draw(canvas: web_sys::HtmlCanvasElement) -> Option<()> {
    let rect = canvas.get_bounding_client_rect();
    canvas.set_width(rect.width() as u32);
    canvas.set_height(rect.height() as u32);
    let root = CanvasBackend::with_canvas_object(canvas)?.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let mut chart = ChartBuilder::on(&root)
        .caption("GELU", ("sans-serif", 16))
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(32)
        .build_cartesian_2d(-6f64..6f64, -1f64..6f64)
        .ok()?;
    chart.configure_mesh().draw().ok()?;
    let curve = (0..=1200).map(|i| {
        let x = -6.0 + f64::from(i) / 100.0;
        (x, x / (1.0 + (-1.702 * x).exp()))
    });
    chart.draw_series(LineSeries::new(curve, &BLUE)).ok()?;
    Some(())
}

/// The page: a header with a counter button, and the chart.
#[component]
fn App() -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let clicks = RwSignal::new(0);
    Effect::new(move |_| {
        if let Some(c) = canvas.get() {
            let _ = draw(c);
            if let Some(p) = window().performance() {
                let _ = p.mark("ae:ready");
            }
        }
    });
    view! {
        <header>
            <h1>"Activation Explorer"</h1>
            <button on:click=move |_| clicks.update(|n| *n += 1)>{move || clicks.get()}</button>
        </header>
        <main>
            <canvas node_ref=canvas style="width:900px;height:480px;display:block"></canvas>
        </main>
    }
}

fn main() {
    mount_to_body(App);
}
