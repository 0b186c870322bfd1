//! The drawing, written once for every plotters backend (canvas in the browser, SVG in tests
//! and exports). Everything is placed in device pixels from [`layout`], so the returned
//! [`PlotGeometry`] maps pointer positions back exactly.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::heatmap::Heatmap;
use super::layout::{
    ColorBar, LEGEND_COL_GAP, LEGEND_PAD, LEGEND_SAMPLE_W, Layout, PlotGeometry, layout,
    text_width_em, tick_label,
};
use super::sampling::{clip_polyline, simplify};
use super::spec::{ChartSpec, CurveSpec, LegendPos, LineStyle};

fn rgb(c: (u8, u8, u8)) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Draws `spec` into `area` (the whole area: background, title, axes, curves, legend, note,
/// probe) and returns where the plot area ended up, for mapping pointer pixels back to x.
/// In the browser pass a `CanvasBackend` whose size is CSS size × devicePixelRatio and set
/// `spec.scale` to the ratio.
pub fn draw_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
) -> DrawResult<PlotGeometry, DB> {
    let g = draw_with(area, spec, 1.0)?;
    area.present()?;
    Ok(g)
}

/// The drawing with a font-size correction: plotters' SVG backend writes `font-size` as the
/// requested size / 1.24, so SVG exports ask for 1.24 × to match the canvas. It does not
/// `present()` the area (several charts may share one SVG document).
pub(crate) fn draw_with<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    text_factor: f64,
) -> DrawResult<PlotGeometry, DB> {
    let (w, h) = area.dim_in_pixel();
    let lay = layout(spec, w, h);
    let g = lay.geom;
    let s = lay.s;
    let theme = spec.theme;
    let fg = rgb(theme.foreground);
    let px = |v: f64| (v * s).round().max(1.0) as u32;
    let font = |size_css: f64| (FontFamily::SansSerif, size_css * s * text_factor).into_font();

    area.fill(&rgb(theme.background))?;
    let (left, top) = (g.plot_left, g.plot_top);
    let (right, bottom) = (left + g.plot_width, top + g.plot_height);
    let (li, ti, ri, bi) = (
        left as i32,
        top as i32,
        right.round() as i32,
        bottom.round() as i32,
    );

    // Heat map, or grid.
    if let (Some(h), Some(bar)) = (&spec.heatmap, &lay.color_bar) {
        draw_heatmap(area, h, &g, (bar.max, theme.is_dark(), s))?;
    } else {
        let grid = rgb(theme.grid).stroke_width(px(1.0));
        for &x in &lay.x_ticks {
            let p = g.px_at(x).round() as i32;
            area.draw(&PathElement::new(vec![(p, ti), (p, bi)], grid))?;
        }
        for &y in &lay.y_ticks {
            let p = g.py_at(y).round() as i32;
            area.draw(&PathElement::new(vec![(li, p), (ri, p)], grid))?;
        }
    }
    // Zero lines.
    let zero = rgb(theme.zero).stroke_width(px(1.0));
    let (x0, x1) = g.x_range;
    let (y0, y1) = g.y_range;
    if y0 < 0.0 && y1 > 0.0 {
        let p = g.py_at(0.0).round() as i32;
        area.draw(&PathElement::new(vec![(li, p), (ri, p)], zero))?;
    }
    if x0 < 0.0 && x1 > 0.0 {
        let p = g.px_at(0.0).round() as i32;
        area.draw(&PathElement::new(vec![(p, ti), (p, bi)], zero))?;
    }

    // Note box at the plot's lower left (the seed's card notes), under the curves so it never
    // hides data.
    if let Some(note) = spec.note.as_deref().filter(|n| !n.is_empty()) {
        let fs = lay.sizes.note;
        let pad = 3.0 * s;
        let tw = text_width_em(note) * fs * s;
        let th = fs * 1.2 * s;
        let bx0 = left + 4.0 * s;
        let by1 = bottom - 4.0 * s;
        let bx1 = (bx0 + tw + 2.0 * pad).min(right - 2.0 * s);
        let by0 = by1 - th - 2.0 * pad;
        area.draw(&Rectangle::new(
            [ipos((bx0, by0)), ipos((bx1, by1))],
            rgb(theme.background).mix(0.85).filled(),
        ))?;
        area.draw(&Rectangle::new(
            [ipos((bx0, by0)), ipos((bx1, by1))],
            fg.mix(0.6).stroke_width(px(0.8)),
        ))?;
        area.draw(&Text::new(
            note,
            ipos((bx0 + pad, (by0 + by1) / 2.0)),
            font(fs)
                .color(&rgb(theme.muted))
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }

    // Curves, sampled about twice per CSS pixel plus their kinks. `scale` is drawing pixels per
    // CSS pixel; a supersampled canvas (scale 4 or 8) needs no more samples than that, which
    // keeps the path short (the SVG export, scale 1, gets one sample per pixel).
    let per_sample = (spec.scale / 2.0).max(1.0);
    let n = ((g.plot_width / per_sample).round() as usize + 1).max(101);
    let mut pixel_curves: Vec<Vec<Vec<(f64, f64)>>> = Vec::with_capacity(spec.curves.len());
    for c in &spec.curves {
        let pts: Vec<(f64, f64)> = c
            .source
            .sample(g.x_range, n)
            .into_iter()
            .map(|(x, y)| (g.px_at(x), g.py_at(y)))
            .filter(|(a, b)| a.is_finite() && b.is_finite())
            .collect();
        // A quarter of a drawing pixel: at most half the rounding to whole pixels that the path
        // gets anyway. The overlay's paths (dashes included) go from 23,347 points to 1,678 at
        // scale 4.
        let pieces = clip_polyline(&pts, left, top, right, bottom);
        pixel_curves.push(pieces.iter().map(|p| simplify(p, 0.25)).collect());
    }
    // A band between two curves, under every curve.
    if let Some((i, j)) = spec.band
        && let (Some(ci), Some(cj)) = (spec.curves.get(i), spec.curves.get(j))
    {
        let to_px = |c: &CurveSpec| -> Vec<(f64, f64)> {
            c.source
                .sample(g.x_range, n)
                .into_iter()
                .map(|(x, y)| (g.px_at(x), g.py_at(y)))
                .filter(|(a, b)| a.is_finite() && b.is_finite())
                .collect()
        };
        let mut polygon = to_px(ci);
        polygon.extend(to_px(cj).into_iter().rev());
        let clipped = clip_polygon(&polygon, left, top, right, bottom);
        if clipped.len() >= 3 {
            let fill = rgb(theme.curve_color(ci.color)).mix(0.18).filled();
            area.draw(&Polygon::new(to_pixels(&clipped), fill))?;
        }
    }
    for (c, pieces) in spec.curves.iter().zip(&pixel_curves) {
        let color = rgb(theme.curve_color(c.color));
        let lw = c.width.max(0.25) * s;
        let style = color.stroke_width(lw.round().max(1.0) as u32);
        for piece in pieces {
            for dash in dashes(piece, c.style, lw) {
                let path = to_pixels(&dash);
                if path.len() >= 2 {
                    area.draw(&PathElement::new(path, style))?;
                }
            }
        }
    }

    // Probe.
    if let Some(px0) = spec.probe.filter(|x| *x >= x0 && *x <= x1) {
        let p = g.px_at(px0).round() as i32;
        let line = fg.mix(0.55).stroke_width(px(1.0));
        area.draw(&PathElement::new(vec![(p, ti), (p, bi)], line))?;
        for c in &spec.curves {
            if let Some(y) = c.source.value_at(px0).filter(|y| *y >= y0 && *y <= y1) {
                let q = g.py_at(y).round() as i32;
                let r = px(3.5);
                area.draw(&Circle::new(
                    (p, q),
                    r + px(1.5),
                    rgb(theme.background).filled(),
                ))?;
                area.draw(&Circle::new(
                    (p, q),
                    r,
                    rgb(theme.curve_color(c.color)).filled(),
                ))?;
            }
        }
    }

    // Frame and ticks.
    let frame = fg.stroke_width(px(1.0));
    area.draw(&PathElement::new(
        vec![(li, ti), (ri, ti), (ri, bi), (li, bi), (li, ti)],
        frame,
    ))?;
    let tl = (lay.sizes.tick_len * s).round() as i32;
    let tick_font = font(lay.sizes.tick).color(&fg);
    for &x in &lay.x_ticks {
        let p = g.px_at(x).round() as i32;
        area.draw(&PathElement::new(vec![(p, bi), (p, bi + tl)], frame))?;
        area.draw(&Text::new(
            tick_label(x, lay.x_step),
            (p, bi + tl + (3.0 * s) as i32),
            tick_font.pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    for &y in &lay.y_ticks {
        let p = g.py_at(y).round() as i32;
        area.draw(&PathElement::new(vec![(li - tl, p), (li, p)], frame))?;
        area.draw(&Text::new(
            tick_label(y, lay.y_step),
            (li - tl - (3.0 * s) as i32, p),
            tick_font.pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }

    // Axis labels and title.
    let label_font = font(lay.sizes.label).color(&fg);
    if !spec.x_label.is_empty() {
        area.draw(&Text::new(
            spec.x_label.as_str(),
            ipos(lay.x_label_pos),
            label_font.pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    if !spec.y_label.is_empty() {
        area.draw(&Text::new(
            spec.y_label.as_str(),
            ipos(lay.y_label_pos),
            label_font
                .transform(FontTransform::Rotate270)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }
    if !spec.title.is_empty() {
        area.draw(&Text::new(
            spec.title.as_str(),
            ipos(lay.title_pos),
            font(lay.sizes.title)
                .style(FontStyle::Bold)
                .color(&fg)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
    }

    // The heat map's colour scale.
    if let (Some(h), Some(bar)) = (&spec.heatmap, &lay.color_bar) {
        draw_color_bar(area, h, bar, &g, &lay, text_factor, theme)?;
    }

    // Legend.
    if spec.legend.is_some() {
        let entries: Vec<&CurveSpec> = spec.curves.iter().filter(|c| !c.label.is_empty()).collect();
        if !entries.is_empty() {
            draw_legend(area, spec, &lay, &entries, &pixel_curves, text_factor)?;
        }
    }

    Ok(g)
}

/// Fills the plot with the heat map's cells: each takes the colour of f at its centre, and
/// neighbouring cells share their rounded edges, so no gap shows between them.
fn draw_heatmap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    h: &Heatmap,
    g: &PlotGeometry,
    (max, dark, scale): (f64, bool, f64),
) -> DrawResult<(), DB> {
    let (na, nb) = h.grid(g.plot_width, g.plot_height);
    let (a0, a1) = g.x_range;
    let (b0, b1) = g.y_range;
    let edge_x = |i: usize| (g.plot_left + g.plot_width * i as f64 / na as f64).round() as i32;
    let edge_y = |j: usize| (g.plot_top + g.plot_height * j as f64 / nb as f64).round() as i32;
    // Each cell reaches `overlap` pixels into the next one (drawn after it, so the next cell's
    // colour wins): a canvas drawn at a fractional scale would otherwise leave antialiased seams
    // between cells, visible as a grid on the dark theme.
    let overlap = scale.ceil().max(1.0) as i32;
    let (right, bottom) = (edge_x(na), edge_y(nb));
    for j in 0..nb {
        // Row j counts from the top: b falls as j grows.
        let b = b1 - (b1 - b0) * (j as f64 + 0.5) / nb as f64;
        for i in 0..na {
            let a = a0 + (a1 - a0) * (i as f64 + 0.5) / na as f64;
            let c = Heatmap::color(h.value(a, b), max, dark);
            let end = (
                (edge_x(i + 1) + overlap).min(right),
                (edge_y(j + 1) + overlap).min(bottom),
            );
            area.draw(&Rectangle::new(
                [(edge_x(i), edge_y(j)), end],
                rgb(c).filled(),
            ))?;
        }
    }
    Ok(())
}

/// The colour scale beside the plot: a vertical gradient from −max (bottom) to +max (top) on
/// the heat map's square-root scale, framed, with ticks and labels on its right and the
/// caption above it.
fn draw_color_bar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    h: &Heatmap,
    bar: &ColorBar,
    g: &PlotGeometry,
    lay: &Layout,
    text_factor: f64,
    theme: super::spec::Theme,
) -> DrawResult<(), DB> {
    let s = lay.s;
    let (x0, x1) = (bar.x.round() as i32, (bar.x + bar.w).round() as i32);
    let (top, height) = (g.plot_top, g.plot_height);
    let steps = 64;
    let y_at = |k: usize| (top + height * k as f64 / steps as f64).round() as i32;
    for k in 0..steps {
        let t = 1.0 - 2.0 * (k as f64 + 0.5) / steps as f64;
        let c = Heatmap::color_at(t, theme.is_dark());
        // Overlapping the next step, as the heat map's cells do (no seams).
        let y1 = (y_at(k + 1) + s.ceil() as i32).min(y_at(steps));
        area.draw(&Rectangle::new([(x0, y_at(k)), (x1, y1)], rgb(c).filled()))?;
    }
    let fg = rgb(theme.foreground);
    let frame = fg.stroke_width((s).round().max(1.0) as u32);
    area.draw(&Rectangle::new([(x0, y_at(0)), (x1, y_at(steps))], frame))?;
    let tl = (lay.sizes.tick_len * s).round() as i32;
    let font = (FontFamily::SansSerif, lay.sizes.tick * s * text_factor)
        .into_font()
        .color(&fg)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for &v in &bar.ticks {
        let y = (top + height * (1.0 - Heatmap::scale(v, bar.max)) / 2.0).round() as i32;
        area.draw(&PathElement::new(vec![(x1, y), (x1 + tl, y)], frame))?;
        area.draw(&Text::new(
            tick_label(v, bar.step),
            (x1 + tl + (3.0 * s) as i32, y),
            font.clone(),
        ))?;
    }
    if !h.label.is_empty() {
        area.draw(&Text::new(
            h.label.as_str(),
            (x0, (top - lay.sizes.tick * 0.8 * s).round() as i32),
            (FontFamily::SansSerif, lay.sizes.tick * s * text_factor)
                .into_font()
                .color(&fg)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// Clips a closed polygon to the rectangle (Sutherland–Hodgman), in pixel coordinates.
fn clip_polygon(poly: &[(f64, f64)], x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<(f64, f64)> {
    type Edge = (
        fn((f64, f64), f64) -> bool,
        fn((f64, f64), (f64, f64), f64) -> (f64, f64),
    );
    let cut_x = |p: (f64, f64), q: (f64, f64), x: f64| {
        let t = (x - p.0) / (q.0 - p.0);
        (x, p.1 + (q.1 - p.1) * t)
    };
    let cut_y = |p: (f64, f64), q: (f64, f64), y: f64| {
        let t = (y - p.1) / (q.1 - p.1);
        (p.0 + (q.0 - p.0) * t, y)
    };
    let edges: [(Edge, f64); 4] = [
        ((|p, x| p.0 >= x, cut_x), x0),
        ((|p, x| p.0 <= x, cut_x), x1),
        ((|p, y| p.1 >= y, cut_y), y0),
        ((|p, y| p.1 <= y, cut_y), y1),
    ];
    let mut out = poly.to_vec();
    for ((inside, cut), v) in edges {
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else {
            break;
        };
        let mut prev = last;
        for &p in &input {
            match (inside(p, v), inside(prev, v)) {
                (true, true) => out.push(p),
                (true, false) => {
                    out.push(cut(prev, p, v));
                    out.push(p);
                }
                (false, true) => out.push(cut(prev, p, v)),
                (false, false) => {}
            }
            prev = p;
        }
    }
    out
}

fn ipos(p: (f64, f64)) -> (i32, i32) {
    (p.0.round() as i32, p.1.round() as i32)
}

fn to_pixels(pts: &[(f64, f64)]) -> Vec<(i32, i32)> {
    let mut out: Vec<(i32, i32)> = Vec::with_capacity(pts.len());
    for &p in pts {
        let q = ipos(p);
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    if out.len() == 1 {
        out.push(out[0]);
    }
    out
}

/// Splits a pixel polyline into the pieces that are drawn for `style` with line width `lw`
/// (device px). Solid: the polyline itself. The dash phase runs on across samples.
fn dashes(piece: &[(f64, f64)], style: LineStyle, lw: f64) -> Vec<Vec<(f64, f64)>> {
    let (on, off) = match style {
        LineStyle::Solid => return vec![piece.to_vec()],
        LineStyle::Dashed => (3.7 * lw, 1.9 * lw),
        LineStyle::Dotted => (1.1 * lw, 1.6 * lw),
    };
    let mut out = Vec::new();
    let mut cur: Vec<(f64, f64)> = Vec::new();
    let mut drawing = true;
    let mut left = on;
    if let Some(&p) = piece.first() {
        cur.push(p);
    }
    for w in piece.windows(2) {
        let (mut a, b) = (w[0], w[1]);
        let mut len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        while len > left {
            let t = left / len;
            let m = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            if drawing {
                cur.push(m);
                out.push(std::mem::take(&mut cur));
            } else {
                cur = vec![m];
            }
            drawing = !drawing;
            len -= left;
            a = m;
            left = if drawing { on } else { off };
        }
        left -= len;
        if drawing {
            cur.push(b);
        }
    }
    if drawing && cur.len() >= 2 {
        out.push(cur);
    }
    out
}

fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    lay: &Layout,
    entries: &[&CurveSpec],
    pixel_curves: &[Vec<Vec<(f64, f64)>>],
    text_factor: f64,
) -> DrawResult<(), DB> {
    let Some(lb) = &lay.legend else {
        return Ok(());
    };
    let pos = spec.legend.unwrap_or(LegendPos::UpperLeft);
    let g = lay.geom;
    let s = lay.s;
    let fs = lay.sizes.legend;
    let theme = spec.theme;
    let (rows, row_h, pad) = (lb.rows, lb.row_h, LEGEND_PAD);
    let (box_w, box_h) = (lb.w, lb.h);
    let inset = 6.0 * s;
    let corner = |p: LegendPos| -> (f64, f64) {
        let l = g.plot_left + inset;
        let r = g.plot_left + g.plot_width - inset - box_w;
        let t = g.plot_top + inset;
        let b = g.plot_top + g.plot_height - inset - box_h;
        match p {
            LegendPos::UpperLeft | LegendPos::Auto | LegendPos::Below => (l, t),
            LegendPos::UpperRight => (r, t),
            LegendPos::LowerLeft => (l, b),
            LegendPos::LowerRight => (r, b),
        }
    };
    let pos = if lb.below.is_some() {
        pos
    } else if pos == LegendPos::Auto {
        let mut candidates = vec![
            LegendPos::UpperLeft,
            LegendPos::UpperRight,
            LegendPos::LowerRight,
        ];
        if spec.note.is_none() {
            candidates.push(LegendPos::LowerLeft);
        }
        // Points along every drawn segment, at most 4 CSS px apart.
        let step = 4.0 * s;
        let mut along: Vec<(f64, f64)> = Vec::new();
        for piece in pixel_curves.iter().flatten() {
            if let Some(&p) = piece.first() {
                along.push(p);
            }
            for w in piece.windows(2) {
                let (a, b) = (w[0], w[1]);
                let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
                let k = (len / step).ceil().max(1.0) as usize;
                along.extend((1..=k).map(|i| {
                    let t = i as f64 / k as f64;
                    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
                }));
            }
        }
        let covered = |p: LegendPos| {
            let (bx, by) = corner(p);
            along
                .iter()
                .filter(|(x, y)| *x >= bx && *x <= bx + box_w && *y >= by && *y <= by + box_h)
                .count()
        };
        candidates
            .into_iter()
            .min_by_key(|p| covered(*p))
            .unwrap_or(LegendPos::UpperLeft)
    } else {
        pos
    };
    let (bx, by) = lb.below.unwrap_or_else(|| corner(pos));
    let rect = [ipos((bx, by)), ipos((bx + box_w, by + box_h))];
    area.draw(&Rectangle::new(
        rect,
        rgb(theme.background).mix(0.88).filled(),
    ))?;
    area.draw(&Rectangle::new(
        rect,
        rgb(theme.foreground)
            .mix(0.35)
            .stroke_width((s).round().max(1.0) as u32),
    ))?;
    let text_font = (FontFamily::SansSerif, fs * s * text_factor)
        .into_font()
        .color(&rgb(theme.foreground))
        .pos(Pos::new(HPos::Left, VPos::Center));
    let mut cx = bx + pad * s;
    for (ci, cw) in lb.col_w.iter().enumerate() {
        for (ri, c) in entries.iter().skip(ci * rows).take(rows).enumerate() {
            let cy = by + (pad + row_h * (ri as f64 + 0.5)) * s;
            let lw = c.width.max(0.25) * s;
            let style = rgb(theme.curve_color(c.color)).stroke_width(lw.round().max(1.0) as u32);
            let line = vec![(cx, cy), (cx + LEGEND_SAMPLE_W * s, cy)];
            for dash in dashes(&line, c.style, lw) {
                area.draw(&PathElement::new(to_pixels(&dash), style))?;
            }
            area.draw(&Text::new(
                c.label.as_str(),
                ipos((cx + (LEGEND_SAMPLE_W + 6.0) * s, cy)),
                text_font.clone(),
            ))?;
        }
        cx += (cw + LEGEND_COL_GAP) * s;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygons_are_clipped_to_the_plot() {
        let square = [(-5.0, -5.0), (15.0, -5.0), (15.0, 15.0), (-5.0, 15.0)];
        let c = clip_polygon(&square, 0.0, 0.0, 10.0, 10.0);
        assert!(
            c.iter()
                .all(|&(x, y)| (0.0..=10.0).contains(&x) && (0.0..=10.0).contains(&y))
        );
        assert_eq!(c.len(), 4);
        let outside = [(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)];
        assert!(clip_polygon(&outside, 0.0, 0.0, 10.0, 10.0).is_empty());
    }

    #[test]
    fn dashes_alternate_with_the_right_lengths() {
        let line = vec![(0.0, 0.0), (100.0, 0.0)];
        let d = dashes(&line, LineStyle::Dashed, 2.0);
        // on 7.4, off 3.8: period 11.2, so 9 dashes in 100 px.
        assert_eq!(d.len(), 9);
        assert!((d[0][1].0 - 7.4).abs() < 1e-9);
        assert!((d[1][0].0 - 11.2).abs() < 1e-9);
        assert_eq!(dashes(&line, LineStyle::Solid, 2.0), vec![line.clone()]);
    }
}
