//! Chart drawing with plotters, written once, generic over `DrawingBackend`: the browser
//! passes a canvas backend, native tests an SVG string backend.

mod curves;
mod sampling;

pub use curves::{ChartSpec, CurveSpec, LineStyle, Theme, draw_chart};
pub use sampling::sample_curve;
