//! Chart drawing with plotters, written once, generic over `DrawingBackend`: the browser
//! passes a canvas backend, native tests and SVG exports an SVG string backend.
//!
//! A [`ChartSpec`] says what to show (curves as activations sampled at draw time, ranges,
//! labels, legend, note, probe); the view builders in [`views`] make the app's specs;
//! [`draw_chart`] draws one and returns the [`PlotGeometry`] that maps pointer pixels back to x;
//! [`export_svg`], [`to_csv`] and [`sample_table_html`] export it ([`to_svg`] is the drawing as
//! the canvas gets it, for tests). How each curve looks is decided in [`looks`]; the probe's
//! readout in [`readout_rows`].

mod draw;
mod export;
mod heatmap;
pub mod lab;
mod layout;
pub mod looks;
mod readout;
mod sampling;
mod spec;
mod ticks;
pub mod views;
mod x_range;

pub use draw::draw_chart;
pub use export::{
    SVG_SAMPLES_PER_UNIT, SVG_TOLERANCE, export_svg, fmt_num, sample_table_html, to_csv, to_svg,
    to_svg_grid,
};
pub use heatmap::Heatmap;
pub use lab::{LabChart, LabKind, draw_lab_chart, lab_table_html, lab_to_csv, lab_to_svg};
pub use layout::{PlotGeometry, plot_geometry};
pub use looks::{CurveLook, PALETTE_MAX, curve_looks, look_in};
pub use readout::{ReadoutRow, readout_rows};
pub use sampling::{sample_curve, sample_xs, simplify};
pub use spec::{
    ChartOpts, ChartSpec, CurveSource, CurveSpec, FIT_MARGIN, GROW_HEADROOM, LegendPos, LineStyle,
    SHRINK_BELOW, Theme, YRange, contrast, fit_y_range, nice_y_range, padded_data_range,
    steady_y_range,
};
pub use views::{
    detail, export_name, gallery_card, gate_curve, gated_heatmap, gelu_difference, group_panel,
    overlay,
};
pub use x_range::{
    DEFAULT_X_RANGE, MAX_ABS_X, MIN_X_WIDTH, XRangeError, pan, validate_x_range, zoom,
};
