//! The line chart of one or more curves.

use plotters::coord::Shift;
use plotters::prelude::*;

/// How a curve is stroked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineStyle {
    /// A continuous line.
    Solid,
    /// A dashed line (approximations in the seed, and derivatives).
    Dashed,
}

/// One curve to draw: its label, colour, style and sampled points.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveSpec {
    /// Legend label.
    pub label: String,
    /// Stroke colour as RGB.
    pub color: (u8, u8, u8),
    /// Solid or dashed.
    pub style: LineStyle,
    /// Sampled points, sorted by x.
    pub points: Vec<(f64, f64)>,
}

/// Colours of the chart's furniture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Background.
    pub background: (u8, u8, u8),
    /// Text and axes.
    pub foreground: (u8, u8, u8),
    /// Grid lines.
    pub grid: (u8, u8, u8),
}

impl Theme {
    /// The light theme.
    pub const LIGHT: Theme = Theme {
        background: (255, 255, 255),
        foreground: (34, 34, 34),
        grid: (225, 225, 225),
    };
    /// The dark theme.
    pub const DARK: Theme = Theme {
        background: (24, 26, 31),
        foreground: (230, 230, 230),
        grid: (60, 63, 70),
    };
}

/// Everything one chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Title above the plot.
    pub title: String,
    /// The x-range.
    pub x_range: (f64, f64),
    /// The y-range; `None` = automatic with a margin, as the seed does.
    pub y_range: Option<(f64, f64)>,
    /// The curves.
    pub curves: Vec<CurveSpec>,
    /// Show a legend (when there are several curves).
    pub legend: bool,
    /// Device pixels per CSS pixel: fonts and strokes scale with it.
    pub scale: f64,
    /// Colours.
    pub theme: Theme,
}

/// The seed's automatic y-range: the data's range widened by max(15 % of it, 0.5).
pub fn auto_y_range(curves: &[CurveSpec]) -> (f64, f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (_, y) in curves.iter().flat_map(|c| c.points.iter()) {
        lo = lo.min(*y);
        hi = hi.max(*y);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (-1.0, 1.0);
    }
    let margin = ((hi - lo) * 0.15).max(0.5);
    (lo - margin, hi + margin)
}

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// Draws the chart into `area`. Returns the error of the backend, if any.
pub fn draw_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = spec.scale.max(0.5);
    let px = |v: f64| (v * s).round() as i32;
    let fg = rgb(spec.theme.foreground);
    area.fill(&rgb(spec.theme.background))?;
    let (y0, y1) = spec.y_range.unwrap_or_else(|| auto_y_range(&spec.curves));
    let (x0, x1) = spec.x_range;
    let mut chart = ChartBuilder::on(area)
        .caption(
            &spec.title,
            ("sans-serif", px(15.0))
                .into_font()
                .style(FontStyle::Bold)
                .color(&fg),
        )
        .margin(px(8.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(42.0))
        .build_cartesian_2d(x0..x1, y0..y1)?;
    chart
        .configure_mesh()
        .light_line_style(rgb(spec.theme.grid).mix(0.0))
        .bold_line_style(rgb(spec.theme.grid).stroke_width(px(1.0).max(1) as u32))
        .axis_style(fg.stroke_width(px(1.0).max(1) as u32))
        .label_style(("sans-serif", px(11.0)).into_font().color(&fg))
        .x_desc("x")
        .y_desc("f(x)")
        .x_labels(7)
        .y_labels(6)
        .draw()?;
    // Zero lines.
    let zero = fg.mix(0.45).stroke_width(px(1.0).max(1) as u32);
    if y0 < 0.0 && y1 > 0.0 {
        chart.draw_series(LineSeries::new([(x0, 0.0), (x1, 0.0)], zero))?;
    }
    if x0 < 0.0 && x1 > 0.0 {
        chart.draw_series(LineSeries::new([(0.0, y0), (0.0, y1)], zero))?;
    }
    let width = px(2.5).max(1) as u32;
    for curve in &spec.curves {
        let color = rgb(curve.color);
        let style = color.stroke_width(width);
        let clipped: Vec<(f64, f64)> = curve
            .points
            .iter()
            .map(|&(x, y)| (x, y.clamp(y0 - (y1 - y0), y1 + (y1 - y0))))
            .collect();
        let series = match curve.style {
            LineStyle::Solid => chart.draw_series(LineSeries::new(clipped, style))?,
            LineStyle::Dashed => chart.draw_series(DashedLineSeries::new(
                clipped,
                px(7.0) as u32,
                px(4.0) as u32,
                style,
            ))?,
        };
        if spec.legend {
            series.label(curve.label.clone()).legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(width))
            });
        }
    }
    if spec.legend && !spec.curves.is_empty() {
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(rgb(spec.theme.background).mix(0.85))
            .border_style(rgb(spec.theme.grid))
            .label_font(("sans-serif", px(11.0)).into_font().color(&fg))
            .draw()?;
    }
    area.present()?;
    Ok(())
}
