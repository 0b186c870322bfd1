//! Exports of a chart: SVG (the same drawing through plotters' SVG backend), CSV, and the
//! sample table for screen readers.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::draw::draw_with;
use super::sampling::sample_xs;
use super::spec::ChartSpec;
use crate::html::escape_html;

/// The chart as an SVG document of `width` × `height` pixels, drawn by the same code as the
/// canvas (`spec.scale` is used as given: 1 for an SVG at CSS size).
pub fn to_svg(spec: &ChartSpec, width: u32, height: u32) -> String {
    let mut out = String::new();
    {
        let root =
            SVGBackend::with_string(&mut out, (width.max(1), height.max(1))).into_drawing_area();
        // The SVG backend cannot fail on a String; a failure would only truncate the drawing.
        let _ = draw_with(&root, spec, 1.24);
        let _ = root.present();
    }
    out
}

/// Several charts in one SVG: a grid of `cols` columns of `cell_w` × `cell_h` pixel cells,
/// with an optional bold title band above (the seed's composite figures; a gallery export).
pub fn to_svg_grid(
    specs: &[ChartSpec],
    cols: usize,
    cell_w: u32,
    cell_h: u32,
    title: Option<&str>,
) -> String {
    let cols = cols.max(1);
    let rows = specs.len().div_ceil(cols).max(1);
    let scale = specs.first().map_or(1.0, |s| s.scale);
    let band = if title.is_some() {
        (34.0 * scale).round() as u32
    } else {
        0
    };
    let (w, h) = (cell_w * cols as u32, cell_h * rows as u32 + band);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (w.max(1), h.max(1))).into_drawing_area();
        let bg = specs
            .first()
            .map_or((255, 255, 255), |s| s.theme.background);
        let fg = specs.first().map_or((0, 0, 0), |s| s.theme.foreground);
        let _ = root.fill(&RGBColor(bg.0, bg.1, bg.2));
        if let Some(t) = title {
            let _ = root.draw(&Text::new(
                t,
                ((w / 2) as i32, (band / 2) as i32),
                (FontFamily::SansSerif, 20.0 * scale * 1.24)
                    .into_font()
                    .style(FontStyle::Bold)
                    .color(&RGBColor(fg.0, fg.1, fg.2))
                    .pos(Pos::new(HPos::Center, VPos::Center)),
            ));
        }
        let body = root.margin(band, 0, 0, 0);
        let cells = body.split_evenly((rows, cols));
        for (spec, cell) in specs.iter().zip(cells.iter()) {
            let _ = draw_with(cell, spec, 1.24);
        }
        let _ = root.present();
    }
    out
}

/// The curves of `spec` as CSV: a header `x,<name> f(x),<name> f'(x),...` (one column per
/// curve, [`super::CurveSpec::csv_header`]), then one row per x: `n` evenly spaced points of
/// the x-range plus every kink inside it. Numbers use Rust's `{}` for f64, the shortest text
/// that parses back to the same f64; a value that does not exist is an empty cell.
///
/// A heat map is written as a grid instead: `a,b,<label>` and one row per (a, b) of an
/// `n`-point grid on each axis (capped at 201, so 40,401 rows at most).
pub fn to_csv(spec: &ChartSpec, n: usize) -> String {
    if let Some(h) = &spec.heatmap {
        let n = n.min(201);
        let (a0, a1) = spec.resolved_x_range();
        let (b0, b1) = spec.resolved_y_range();
        let mut out = format!("a,b,{}\n", csv_field(&h.label));
        for a in sample_xs(a0, a1, n, &[]) {
            for b in sample_xs(b0, b1, n, &[]) {
                out.push_str(&format!("{a},{b},{}\n", h.value(a, b)));
            }
        }
        return out;
    }
    let (x0, x1) = spec.resolved_x_range();
    let kinks: Vec<f64> = spec.curves.iter().flat_map(|c| c.source.kinks()).collect();
    let xs = sample_xs(x0, x1, n, &kinks);

    let mut out = String::from("x");
    for c in &spec.curves {
        out.push(',');
        out.push_str(&csv_field(&c.csv_header()));
    }
    out.push('\n');
    for x in xs {
        out.push_str(&format!("{x}"));
        for c in &spec.curves {
            out.push(',');
            if let Some(y) = c.source.value_at(x) {
                out.push_str(&format!("{y}"));
            }
        }
        out.push('\n');
    }
    out
}

/// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The screen-reader table of a chart as HTML (`<caption>`, `<thead>`, `<tbody>`: the inside of
/// a `<table>`): `n` evenly spaced x over the range (the grid of [`sample_xs`], without
/// kinks), one column per curve, numbers by [`fmt_num`], text escaped. One string, so the page
/// builds it with one `innerHTML` instead of a DOM call per cell.
///
/// A heat map's table has a row per b and a column per a (`n` of each) instead.
pub fn sample_table_html(spec: &ChartSpec, caption: &str, n: usize) -> String {
    if let Some(h) = &spec.heatmap {
        let (a0, a1) = spec.resolved_x_range();
        let (b0, b1) = spec.resolved_y_range();
        let as_ = sample_xs(a0, a1, n, &[]);
        let mut out = format!(
            "<caption>{}</caption><thead><tr><th scope=\"col\">b \\ a</th>",
            escape_html(caption)
        );
        for a in &as_ {
            out.push_str(&format!("<th scope=\"col\">{}</th>", fmt_num(*a)));
        }
        out.push_str("</tr></thead><tbody>");
        for b in sample_xs(b0, b1, n, &[]).into_iter().rev() {
            out.push_str(&format!("<tr><th scope=\"row\">{}</th>", fmt_num(b)));
            for a in &as_ {
                out.push_str(&format!("<td>{}</td>", fmt_num(h.value(*a, b))));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody>");
        return out;
    }
    let (x0, x1) = spec.resolved_x_range();
    let mut out = format!(
        "<caption>{}</caption><thead><tr><th scope=\"col\">x</th>",
        escape_html(caption)
    );
    for c in &spec.curves {
        out.push_str("<th scope=\"col\">");
        out.push_str(&escape_html(&c.label));
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for x in sample_xs(x0, x1, n, &[]) {
        out.push_str("<tr><td>");
        out.push_str(&fmt_num(x));
        out.push_str("</td>");
        for c in &spec.curves {
            out.push_str("<td>");
            if let Some(y) = c.source.value_at(x) {
                out.push_str(&fmt_num(y));
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    out
}

/// A number for display: rounded to 6 decimal places for 1e-4 ≤ |v| < 1e6 (trailing zeros
/// dropped: 1/3 → `0.333333`, 1.5e-4 → `0.00015`), scientific notation with 5 decimals in the
/// mantissa otherwise (`1.00000e-7`).
pub fn fmt_num(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let a = v.abs();
    if (1e-4..1e6).contains(&a) {
        let s = format!("{v:.6}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        s.to_string()
    } else {
        format!("{v:.5e}")
    }
}
