//! Where everything goes: the plot rectangle, font sizes, ticks. Pure arithmetic shared by the
//! drawing and by [`plot_geometry`], so pointer positions map back exactly.

use super::spec::{ChartSpec, LegendPos};

/// The plot area of a drawn chart in device pixels of the drawing area, and its data ranges.
/// The browser maps a pointer (CSS offset × devicePixelRatio) to x with [`PlotGeometry::x_at`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotGeometry {
    /// Left edge of the plot area (device px).
    pub plot_left: f64,
    /// Top edge of the plot area (device px).
    pub plot_top: f64,
    /// Width of the plot area (device px).
    pub plot_width: f64,
    /// Height of the plot area (device px).
    pub plot_height: f64,
    /// The x-range drawn.
    pub x_range: (f64, f64),
    /// The y-range drawn.
    pub y_range: (f64, f64),
}

impl PlotGeometry {
    /// The data x at horizontal pixel `px` (not clamped to the plot).
    pub fn x_at(&self, px: f64) -> f64 {
        let (x0, x1) = self.x_range;
        x0 + (px - self.plot_left) / self.plot_width * (x1 - x0)
    }

    /// The horizontal pixel of data x.
    pub fn px_at(&self, x: f64) -> f64 {
        let (x0, x1) = self.x_range;
        self.plot_left + (x - x0) / (x1 - x0) * self.plot_width
    }

    /// The data y at vertical pixel `py`.
    pub fn y_at(&self, py: f64) -> f64 {
        let (y0, y1) = self.y_range;
        y1 - (py - self.plot_top) / self.plot_height * (y1 - y0)
    }

    /// The vertical pixel of data y.
    pub fn py_at(&self, y: f64) -> f64 {
        let (y0, y1) = self.y_range;
        self.plot_top + (y1 - y) / (y1 - y0) * self.plot_height
    }

    /// Whether pixel (`px`, `py`) lies inside the plot area (borders included).
    pub fn contains(&self, px: f64, py: f64) -> bool {
        px >= self.plot_left
            && px <= self.plot_left + self.plot_width
            && py >= self.plot_top
            && py <= self.plot_top + self.plot_height
    }
}

/// Font sizes and spacing in CSS pixels for a chart of a given CSS size.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sizes {
    pub title: f64,
    pub label: f64,
    pub tick: f64,
    pub legend: f64,
    pub note: f64,
    pub pad: f64,
    pub tick_len: f64,
}

impl Sizes {
    /// Interpolates between a small card (~280 CSS px wide) and a large chart (~900 px).
    pub fn for_css(width: f64, height: f64) -> Sizes {
        let t = ((width.min(height * 2.0) - 280.0) / (900.0 - 280.0)).clamp(0.0, 1.0);
        let lerp = |a: f64, b: f64| a + (b - a) * t;
        Sizes {
            title: lerp(13.0, 17.0),
            label: lerp(11.0, 13.0),
            tick: lerp(10.0, 12.0),
            legend: lerp(9.5, 11.5),
            note: lerp(8.5, 10.5),
            pad: lerp(5.0, 10.0),
            tick_len: lerp(3.5, 5.0),
        }
    }
}

/// A rough width of `text` in em units of a sans-serif font (layout only; the backend measures
/// nothing, so layouts are identical on canvas and in SVG).
pub(crate) fn text_width_em(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            '.' | ',' | ':' | ';' | '\'' | '′' | '|' | 'i' | 'l' | 'j' | '!' => 0.3,
            '(' | ')' | '[' | ']' | ' ' | 'f' | 't' | 'r' => 0.36,
            '0'..='9' => 0.56,
            '−' | '-' | '+' | '=' | '×' => 0.58,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_ascii_uppercase() => 0.68,
            c if c.is_ascii() => 0.55,
            c if (c as u32) >= 0x2E80 => 1.0,
            _ => 0.62,
        })
        .sum::<f64>()
        * 1.08
}

/// Tick positions: "nice" steps (1, 2, 2.5, 5 × 10^k) giving about `target` ticks in `range`.
pub(crate) fn nice_ticks(range: (f64, f64), target: usize) -> (Vec<f64>, f64) {
    let (lo, hi) = range;
    let span = hi - lo;
    if span.is_nan() || span <= 0.0 || span.is_infinite() {
        return (Vec::new(), 1.0);
    }
    let raw = span / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    // The nice step nearest to the raw one (on a log scale).
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .min_by(|a, b| (a / raw).ln().abs().total_cmp(&(b / raw).ln().abs()))
        .unwrap_or(mag);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    let ticks = (first..=last)
        .map(|i| {
            let v = i as f64 * step;
            // Snap floating noise (0.30000000000000004) to the decimal the label shows.
            if v.abs() < step * 1e-9 { 0.0 } else { v }
        })
        .collect();
    (ticks, step)
}

/// The label of tick `v` for ticks spaced by `step`: fixed decimals as the step needs,
/// exponent form for tiny steps near zero and for huge values, a real minus sign.
pub(crate) fn tick_label(v: f64, step: f64) -> String {
    let s = if v == 0.0 {
        "0".to_string()
    } else if (step < 1e-3 && v.abs() < 1000.0 * step) || v.abs() >= 1e5 {
        let e_v = v.abs().log10().floor();
        let e_s = step.log10().floor();
        let digits = (e_v - e_s).clamp(0.0, 15.0) as usize;
        let m = format!("{:.*e}", digits, v);
        // Trim zeros of the mantissa: 1.50e5 → 1.5e5, 1.0e6 → 1e6.
        match m.split_once('e') {
            Some((mant, exp)) if mant.contains('.') => {
                let mant = mant.trim_end_matches('0').trim_end_matches('.');
                format!("{mant}e{exp}")
            }
            _ => m,
        }
    } else {
        format!("{:.*}", decimals_for(step), v)
    };
    s.replace('-', "−")
}

fn decimals_for(step: f64) -> usize {
    for d in 0..8 {
        let scaled = step * 10f64.powi(d as i32);
        if scaled.round() >= 1.0 && (scaled - scaled.round()).abs() < 1e-6 * scaled {
            return d;
        }
    }
    8
}

/// Legend metrics in CSS pixels.
pub(crate) const LEGEND_SAMPLE_W: f64 = 20.0;
pub(crate) const LEGEND_PAD: f64 = 5.0;
pub(crate) const LEGEND_COL_GAP: f64 = 10.0;

/// The legend's size and, when it does not fit inside the plot, its place below it.
#[derive(Clone, Debug)]
pub(crate) struct LegendBox {
    /// Number of rows.
    pub rows: usize,
    /// Width of each column, CSS px (sample line + gap + widest label).
    pub col_w: Vec<f64>,
    /// Row height, CSS px.
    pub row_h: f64,
    /// Box width and height, device px.
    pub w: f64,
    /// Box height, device px.
    pub h: f64,
    /// Top-left corner (device px) when placed below the plot; `None` = inside the plot.
    pub below: Option<(f64, f64)>,
}

fn measure_legend(labels: &[&str], fs: f64, cols: usize, s: f64) -> LegendBox {
    let n = labels.len();
    let cols = cols.clamp(1, n.max(1));
    let rows = n.div_ceil(cols);
    let col_w: Vec<f64> = (0..cols)
        .map(|ci| {
            labels
                .iter()
                .skip(ci * rows)
                .take(rows)
                .map(|l| text_width_em(l) * fs)
                .fold(0.0, f64::max)
                + LEGEND_SAMPLE_W
                + 6.0
        })
        .collect();
    let row_h = fs * 1.45;
    let w = col_w.iter().sum::<f64>() + 2.0 * LEGEND_PAD + (cols as f64 - 1.0) * LEGEND_COL_GAP;
    let h = rows as f64 * row_h + 2.0 * LEGEND_PAD;
    LegendBox {
        rows,
        col_w,
        row_h,
        w: w * s,
        h: h * s,
        below: None,
    }
}

/// Where a heat map's colour scale goes (device px) and what it spans.
#[derive(Clone, Debug)]
pub(crate) struct ColorBar {
    /// Left edge of the bar.
    pub x: f64,
    /// Width of the bar.
    pub w: f64,
    /// The scale runs from −max (bottom) to +max (top).
    pub max: f64,
    /// Tick values and their step.
    pub ticks: Vec<f64>,
    pub step: f64,
}

/// Colour bar metrics in CSS px: its width, the gap to the plot, the gap to its labels.
const BAR_W: f64 = 12.0;
const BAR_GAP: f64 = 10.0;
const BAR_LABEL_GAP: f64 = 4.0;

/// The complete layout of a chart in device pixels.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    pub geom: PlotGeometry,
    pub sizes: Sizes,
    pub x_ticks: Vec<f64>,
    pub x_step: f64,
    pub y_ticks: Vec<f64>,
    pub y_step: f64,
    /// Device pixels per CSS pixel.
    pub s: f64,
    /// The title's centre (device px), when there is a title.
    pub title_pos: (f64, f64),
    /// The x-axis label's centre.
    pub x_label_pos: (f64, f64),
    /// The y-axis label's centre.
    pub y_label_pos: (f64, f64),
    /// The legend, when the spec asks for one and has labelled curves.
    pub legend: Option<LegendBox>,
    /// The heat map's colour scale, when there is a heat map.
    pub color_bar: Option<ColorBar>,
}

/// Lays out `spec` on a `width` × `height` device-pixel area. A legend that would cover more
/// than 30 % of the plot (or that is asked to) goes below the plot, in as many columns as fit.
pub(crate) fn layout(spec: &ChartSpec, width: u32, height: u32) -> Layout {
    let s = if spec.scale.is_finite() && spec.scale > 0.0 {
        spec.scale.clamp(0.25, 8.0)
    } else {
        1.0
    };
    let (w, h) = (width as f64 / s, height as f64 / s); // CSS px
    let sz = Sizes::for_css(w, h);
    let labels: Vec<&str> = if spec.legend.is_some() {
        spec.curves
            .iter()
            .map(|c| c.label.as_str())
            .filter(|l| !l.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let mut lay = layout_with(spec, s, w, h, sz, 0.0);
    if labels.is_empty() {
        return lay;
    }
    let g = lay.geom;
    let (pw, ph) = (g.plot_width / s, g.plot_height / s);
    let max_rows = ((ph * 0.9 - 2.0 * LEGEND_PAD) / (sz.legend * 1.45))
        .floor()
        .max(1.0) as usize;
    let inside = measure_legend(
        &labels,
        sz.legend,
        labels.len().div_ceil(max_rows.min(8)),
        s,
    );
    let (bw, bh) = (inside.w / s, inside.h / s);
    let too_big = bw * bh > 0.3 * pw * ph || bw > 0.9 * pw || bh > 0.9 * ph;
    if spec.legend != Some(LegendPos::Below) && !too_big {
        lay.legend = Some(inside);
        return lay;
    }
    // Below the plot: the most columns that fit the chart's width.
    let avail = w - 2.0 * sz.pad;
    let mut below = measure_legend(&labels, sz.legend, 1, s);
    for cols in (1..=labels.len()).rev() {
        let m = measure_legend(&labels, sz.legend, cols, s);
        if m.w / s <= avail {
            below = m;
            break;
        }
    }
    let extra = below.h / s + 6.0;
    let mut lay = layout_with(spec, s, w, h, sz, extra);
    let bx = ((w - below.w / s) / 2.0).max(sz.pad) * s;
    let by = (h - sz.pad - below.h / s) * s;
    below.below = Some((bx.round(), by.round()));
    lay.legend = Some(below);
    lay
}

fn layout_with(spec: &ChartSpec, s: f64, w: f64, h: f64, sz: Sizes, extra_bottom: f64) -> Layout {
    let x_range = spec.resolved_x_range();
    let y_range = spec.resolved_y_range();

    let top = sz.pad
        + if spec.title.is_empty() {
            sz.tick * 0.6
        } else {
            sz.title * 1.5
        };
    let bottom = sz.pad
        + extra_bottom
        + sz.tick_len
        + 3.0
        + sz.tick * 1.15
        + if spec.x_label.is_empty() {
            0.0
        } else {
            3.0 + sz.label * 1.15
        };
    let plot_h = (h - top - bottom).max(1.0);
    let (y_ticks, y_step) = nice_ticks(y_range, ((plot_h / 32.0).round() as usize).clamp(3, 10));
    let widest = y_ticks
        .iter()
        .map(|v| text_width_em(&tick_label(*v, y_step)))
        .fold(0.0, f64::max)
        * sz.tick;
    let y_label_w = if spec.y_label.is_empty() {
        0.0
    } else {
        sz.label * 1.2 + 3.0
    };
    let left = sz.pad + y_label_w + widest + 4.0 + sz.tick_len;
    // A heat map's colour scale takes the right edge: bar, ticks, labels.
    let bar = spec.heatmap.as_ref().map(|h| {
        let max = h.max_abs(x_range, y_range);
        let (candidates, step) = nice_ticks((-max, max), 12);
        let ticks = super::heatmap::Heatmap::scale_ticks(&candidates, max);
        let widest = ticks
            .iter()
            .map(|v| text_width_em(&tick_label(*v, step)))
            .fold(0.0, f64::max)
            * sz.tick;
        (
            max,
            ticks,
            step,
            BAR_GAP + BAR_W + sz.tick_len + BAR_LABEL_GAP + widest,
        )
    });
    let right = sz.pad + sz.tick * 0.9 + bar.as_ref().map_or(0.0, |b| b.3);
    let plot_w = (w - left - right).max(1.0);
    // About one tick per 40 CSS px, fewer when the labels are long (deep zooms).
    let mut target = ((plot_w / 40.0).round() as usize).clamp(3, 13);
    let (x_ticks, x_step) = loop {
        let (t, st) = nice_ticks(x_range, target);
        let widest = t
            .iter()
            .map(|v| text_width_em(&tick_label(*v, st)))
            .fold(0.0, f64::max)
            * sz.tick;
        if target <= 2 || (widest + 10.0) * t.len() as f64 <= plot_w {
            break (t, st);
        }
        target -= 1;
    };
    // Room on the right for half of the last x label.
    let last_w = x_ticks
        .last()
        .map_or(0.0, |v| text_width_em(&tick_label(*v, x_step)) * sz.tick);
    let plot_w = (w - left - right.max(last_w / 2.0 + 2.0)).max(1.0);

    let geom = PlotGeometry {
        plot_left: (left * s).round(),
        plot_top: (top * s).round(),
        plot_width: (plot_w * s).round().max(1.0),
        plot_height: (plot_h * s).round().max(1.0),
        x_range,
        y_range,
    };
    let plot_cx = geom.plot_left + geom.plot_width / 2.0;
    Layout {
        title_pos: (plot_cx, (sz.pad + sz.title * 0.5) * s),
        x_label_pos: (
            plot_cx,
            geom.plot_top
                + geom.plot_height
                + (sz.tick_len + 3.0 + sz.tick * 1.15 + 3.0 + sz.label * 0.55) * s,
        ),
        y_label_pos: (
            (sz.pad + sz.label * 0.55) * s,
            geom.plot_top + geom.plot_height / 2.0,
        ),
        geom,
        sizes: sz,
        x_ticks,
        x_step,
        y_ticks,
        y_step,
        s,
        legend: None,
        color_bar: bar.map(|(max, ticks, step, _)| ColorBar {
            x: geom.plot_left + geom.plot_width + (BAR_GAP * s).round(),
            w: (BAR_W * s).round(),
            max,
            ticks,
            step,
        }),
    }
}

/// The plot geometry `draw_chart` will use for `spec` on a `width` × `height` device-pixel area
/// (the same numbers `draw_chart` returns), without drawing.
pub fn plot_geometry(spec: &ChartSpec, width: u32, height: u32) -> PlotGeometry {
    layout(spec, width, height).geom
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_nice() {
        let (t, s) = nice_ticks((-6.0, 6.0), 6);
        assert_eq!(s, 2.0);
        assert_eq!(t, vec![-6.0, -4.0, -2.0, 0.0, 2.0, 4.0, 6.0]);
        let (t, s) = nice_ticks((-0.5, 1.5), 8);
        assert_eq!(s, 0.25);
        assert_eq!(t.len(), 9);
        assert_eq!(tick_label(0.25, s), "0.25");
        assert_eq!(tick_label(-0.5, s), "−0.50");
        assert_eq!(tick_label(4e-4, 1e-4), "4e−4");
        assert_eq!(tick_label(0.0, 1e-4), "0");
        assert_eq!(tick_label(-8e5, 2e5), "−8e5");
        assert_eq!(tick_label(1.2e6, 2e5), "1.2e6");
        assert_eq!(tick_label(1e6, 5e5), "1e6");
        assert_eq!(tick_label(6.0000005, 5e-7), "6.0000005");
        assert_eq!(tick_label(2.5e-4, 5e-5), "2.5e−4");
    }

    #[test]
    fn geometry_round_trips() {
        let g = PlotGeometry {
            plot_left: 40.0,
            plot_top: 20.0,
            plot_width: 300.0,
            plot_height: 200.0,
            x_range: (-6.0, 6.0),
            y_range: (-3.0, 7.0),
        };
        assert_eq!(g.px_at(-6.0), 40.0);
        assert_eq!(g.px_at(6.0), 340.0);
        assert_eq!(g.x_at(190.0), 0.0);
        assert_eq!(g.py_at(7.0), 20.0);
        assert_eq!(g.py_at(-3.0), 220.0);
        assert!((g.y_at(g.py_at(1.25)) - 1.25).abs() < 1e-12);
    }
}
