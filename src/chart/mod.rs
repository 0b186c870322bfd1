//! Chart drawing with plotters, written once, generic over `DrawingBackend`: the browser
//! passes a canvas backend, native tests and SVG exports an SVG string backend.
//!
//! A [`ChartSpec`] says what to show (curves as activations sampled at draw time, ranges,
//! labels, legend, note, probe); the view builders in [`views`] make the app's specs;
//! [`draw_chart`] draws one and returns the [`PlotGeometry`] that maps pointer pixels back to x;
//! [`to_svg`], [`to_csv`] and [`sample_table_html`] export it.

mod draw;
mod export;
mod heatmap;
mod layout;
mod sampling;
mod spec;
pub mod views;
mod x_range;

pub use draw::draw_chart;
pub use export::{fmt_num, sample_table_html, to_csv, to_svg, to_svg_grid};
pub use heatmap::Heatmap;
pub use layout::{PlotGeometry, plot_geometry};
pub use sampling::{sample_curve, sample_xs, simplify};
pub use spec::{
    ChartOpts, ChartSpec, CurveSource, CurveSpec, LegendPos, LineStyle, Theme, YRange, contrast,
};
pub use views::{
    detail, gallery_card, gate_curve, gated_heatmap, gelu_difference, group_panel, overlay,
};
pub use x_range::{
    DEFAULT_X_RANGE, MAX_ABS_X, MIN_X_WIDTH, XRangeError, pan, validate_x_range, zoom,
};
