//! The depth lab's charts: a quantity per layer (simulated points with the mean-field line
//! over them), the phase diagram (χ₁ as a heat map with the critical line and the chosen
//! point) and the cost bars (ns per element). Pure data ([`LabChart`]) drawn by one function
//! for every plotters backend ([`draw_lab_chart`]: canvas in the browser, SVG in tests and
//! exports), with CSV and a screen-reader table, like the activation charts of this module.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::export::fmt_num;
use super::layout::{Sizes, text_width_em, tick_label};
use super::spec::Theme;
use super::ticks::nice_ticks;
use crate::catalog::seed_style;
use crate::html::escape_html;
use crate::lang::{Lang, Text as Tr, t};
use crate::math::Activation;

/// A quantity the lab plots per layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// The mean of the pre-activations z.
    Mean,
    /// The variance of z (mean field: q).
    Variance,
    /// The fraction of units dead for the whole batch.
    Dead,
    /// The fraction of (sample, unit) pairs with |f′(z)| < 0.01.
    Saturated,
    /// The correlation of the two inputs of a pair (mean field: c).
    Correlation,
    /// The norm of ∂L/∂z per sample.
    GradNorm,
}

impl Metric {
    /// Every metric, in the order the lab shows them.
    pub const ALL: [Metric; 6] = [
        Metric::Variance,
        Metric::GradNorm,
        Metric::Correlation,
        Metric::Mean,
        Metric::Dead,
        Metric::Saturated,
    ];

    /// A stable id (`variance`, `grad`, …) for file names and tests.
    pub const fn id(self) -> &'static str {
        match self {
            Metric::Mean => "mean",
            Metric::Variance => "variance",
            Metric::Dead => "dead",
            Metric::Saturated => "saturated",
            Metric::Correlation => "correlation",
            Metric::GradNorm => "grad",
        }
    }

    /// The chart's title.
    pub const fn title(self) -> Tr {
        match self {
            Metric::Mean => t("Pre-activation mean", "预激活均值"),
            Metric::Variance => t("Pre-activation variance", "预激活方差"),
            Metric::Dead => t(
                "Dead units (zero for the whole batch)",
                "死亡单元（对整批样本输出均为零）",
            ),
            Metric::Saturated => t(
                "Saturated units (|f′(z)| < 0.01)",
                "饱和单元（|f′(z)| < 0.01）",
            ),
            Metric::Correlation => t("Correlation of two inputs", "两个输入的相关系数"),
            Metric::GradNorm => t("Gradient norm ‖∂L/∂z‖", "梯度范数 ‖∂L/∂z‖"),
        }
    }

    /// The y-axis label.
    pub const fn y_label(self) -> Tr {
        match self {
            Metric::Mean => t("mean of z", "z 的均值"),
            Metric::Variance => t("Var z", "Var z"),
            Metric::Dead => t("fraction dead", "死亡比例"),
            Metric::Saturated => t("fraction saturated", "饱和比例"),
            Metric::Correlation => t("corr(z₁, z₂)", "corr(z₁, z₂)"),
            Metric::GradNorm => t("‖∂L/∂z‖", "‖∂L/∂z‖"),
        }
    }

    /// Whether the y-axis is logarithmic (quantities that grow or shrink geometrically).
    pub const fn log_y(self) -> bool {
        matches!(self, Metric::Variance | Metric::GradNorm)
    }

    /// A y-range the axis always shows (fractions, correlations).
    pub const fn y_base(self) -> Option<(f64, f64)> {
        match self {
            Metric::Dead | Metric::Saturated => Some((0.0, 1.0)),
            Metric::Correlation => Some((0.0, 1.0)),
            _ => None,
        }
    }
}

/// One activation's data on a per-layer chart: (layer, value) from the simulation, and the
/// mean-field line (empty without the theory).
#[derive(Clone, Debug, PartialEq)]
pub struct LayerSeries {
    /// The activation (its colour is the seed's).
    pub activation: Activation,
    /// The legend text.
    pub name: String,
    /// Simulated (layer, value), drawn as dots.
    pub points: Vec<(f64, f64)>,
    /// The mean-field prediction (layer, value), drawn as a line.
    pub theory: Vec<(f64, f64)>,
}

/// A quantity per layer for one or more activations.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerChart {
    /// What is plotted.
    pub metric: Metric,
    /// The network's depth: the x-axis runs over layers 1..=depth.
    pub depth: usize,
    /// One per activation.
    pub series: Vec<LayerSeries>,
}

/// The phase diagram: χ₁ over (σw², σb²).
#[derive(Clone, Debug, PartialEq)]
pub struct HeatChart {
    /// The activation's display name (in the title).
    pub name: String,
    /// The σw² of the columns (evenly spaced from 0).
    pub sigma_w2: Vec<f64>,
    /// The σb² of the rows (evenly spaced from 0).
    pub sigma_b2: Vec<f64>,
    /// χ₁ per cell, row-major; NaN where q* diverges.
    pub chi1: Vec<f64>,
    /// The critical σw² per row; NaN where there is none.
    pub critical: Vec<f64>,
    /// The chosen initialisation's (σw², σb²).
    pub point: Option<(f64, f64)>,
}

/// One bar pair of the cost chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
    /// The activation.
    pub activation: Activation,
    /// Its display name.
    pub name: String,
    /// Nanoseconds per evaluation of f.
    pub f_ns: f64,
    /// Nanoseconds per evaluation of f′.
    pub df_ns: f64,
}

/// The cost chart: ns per element of f and f′, one row per activation.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// The rows, top to bottom.
    pub rows: Vec<BarRow>,
}

/// What a lab chart shows.
#[derive(Clone, Debug, PartialEq)]
pub enum LabKind {
    /// A quantity per layer.
    Layers(LayerChart),
    /// The phase diagram.
    Heat(HeatChart),
    /// The cost bars.
    Bars(BarChart),
}

/// A lab chart with what every chart shares: language, colours, pixel scale.
#[derive(Clone, Debug, PartialEq)]
pub struct LabChart {
    /// What is drawn.
    pub kind: LabKind,
    /// The language of titles and labels.
    pub lang: Lang,
    /// The colours.
    pub theme: Theme,
    /// Device pixels per CSS pixel.
    pub scale: f64,
}

const SIMULATION: Tr = t("simulation", "模拟");
const MEAN_FIELD: Tr = t("mean field", "平均场");
const LAYER: Tr = t("layer", "层");
const PHASE_TITLE: Tr = t("Order and chaos: χ₁ of", "有序与混沌：χ₁，");
/// The ordered phase (χ₁ < 1), as the phase diagram and the lab's summary name it.
pub const ORDERED: Tr = t("ordered: gradients vanish", "有序：梯度消失");
/// The chaotic phase (χ₁ > 1).
pub const CHAOTIC: Tr = t("chaotic: gradients explode", "混沌：梯度爆炸");
const DIVERGED: Tr = t("no fixed point (q → ∞)", "无不动点（q → ∞）");
const CRITICAL: Tr = t("critical line χ₁ = 1", "临界线 χ₁ = 1");
const CRITICAL_POINT: Tr = t("critical point", "临界点");
const CHOSEN: Tr = t("this setup", "当前设置");
const COST_TITLE: Tr = t(
    "Cost on this device (WebAssembly)",
    "本设备上的计算开销（WebAssembly）",
);
const NS: Tr = t("ns per element", "每个元素的纳秒数");

impl LabChart {
    /// The title drawn above the chart.
    pub fn title(&self) -> String {
        let l = self.lang;
        match &self.kind {
            LabKind::Layers(c) => c.metric.title().get(l).to_string(),
            LabKind::Heat(h) => match l {
                Lang::En => format!("{} {}", PHASE_TITLE.en, h.name),
                Lang::Zh => format!("{}{}", PHASE_TITLE.zh, h.name),
            },
            LabKind::Bars(_) => COST_TITLE.get(l).to_string(),
        }
    }

    /// A one-sentence description for the canvas' `aria-label`.
    pub fn label(&self) -> String {
        let title = self.title();
        let zh = self.lang == Lang::Zh;
        match &self.kind {
            LabKind::Layers(c) => {
                let names: Vec<&str> = c.series.iter().map(|s| s.name.as_str()).collect();
                if zh {
                    format!(
                        "图表“{title}”：{}，第 1 至 {} 层。",
                        names.join("、"),
                        c.depth
                    )
                } else {
                    format!(
                        "Chart “{title}”: {} over layers 1 to {}.",
                        names.join(", "),
                        c.depth
                    )
                }
            }
            LabKind::Heat(h) => {
                let (w, b) = (
                    h.sigma_w2.last().copied().unwrap_or(0.0),
                    h.sigma_b2.last().copied().unwrap_or(0.0),
                );
                if zh {
                    format!("图表“{title}”：σw² 从 0 到 {w}，σb² 从 0 到 {b}。")
                } else {
                    format!("Chart “{title}”: σw² from 0 to {w}, σb² from 0 to {b}.")
                }
            }
            LabKind::Bars(b) => {
                if zh {
                    format!("图表“{title}”：{} 个激活函数。", b.rows.len())
                } else {
                    format!("Chart “{title}”: {} activations.", b.rows.len())
                }
            }
        }
    }
}

/// An RGB colour with opacity.
type Rgba = ((u8, u8, u8), f64);

fn opaque(c: (u8, u8, u8)) -> Rgba {
    (c, 1.0)
}

/// A text's style: size in device px, bold, colour, anchor, rotated a quarter turn.
#[derive(Clone, Copy)]
struct TextStyle {
    size: f64,
    bold: bool,
    color: (u8, u8, u8),
    h: HPos,
    v: VPos,
    rotate: bool,
}

/// What the lab's drawing needs from a backend, as a trait object: the drawing code is
/// compiled once, not once per plotters backend (canvas and SVG), which keeps the app's wasm
/// smaller. [`AreaPainter`] implements it on any plotters drawing area.
trait Painter {
    fn size(&self) -> (u32, u32);
    fn rect(&mut self, a: (i32, i32), b: (i32, i32), c: Rgba, stroke: Option<u32>);
    fn line(&mut self, pts: Vec<(i32, i32)>, c: Rgba, width: u32);
    fn circle(&mut self, at: (i32, i32), r: u32, c: Rgba, stroke: Option<u32>);
    fn text(&mut self, s: &str, at: (i32, i32), style: TextStyle);
}

/// A plotters drawing area as a [`Painter`]; the first error is kept (and the rest skipped).
struct AreaPainter<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    /// Multiplies font sizes (plotters' SVG backend writes `font-size` as size / 1.24).
    text_factor: f64,
    error: Option<DrawingAreaErrorKind<DB::ErrorType>>,
}

impl<DB: DrawingBackend> AreaPainter<'_, DB> {
    fn keep(&mut self, r: Result<(), DrawingAreaErrorKind<DB::ErrorType>>) {
        if let Err(e) = r
            && self.error.is_none()
        {
            self.error = Some(e);
        }
    }
}

fn rgba(c: Rgba) -> RGBAColor {
    RGBColor(c.0.0, c.0.1, c.0.2).mix(c.1)
}

impl<DB: DrawingBackend> Painter for AreaPainter<'_, DB> {
    fn size(&self) -> (u32, u32) {
        self.area.dim_in_pixel()
    }
    fn rect(&mut self, a: (i32, i32), b: (i32, i32), c: Rgba, stroke: Option<u32>) {
        let style = match stroke {
            Some(w) => rgba(c).stroke_width(w),
            None => rgba(c).filled(),
        };
        let r = self.area.draw(&Rectangle::new([a, b], style));
        self.keep(r);
    }
    fn line(&mut self, pts: Vec<(i32, i32)>, c: Rgba, width: u32) {
        if pts.len() >= 2 {
            let r = self
                .area
                .draw(&PathElement::new(pts, rgba(c).stroke_width(width)));
            self.keep(r);
        }
    }
    fn circle(&mut self, at: (i32, i32), radius: u32, c: Rgba, stroke: Option<u32>) {
        let style = match stroke {
            Some(w) => rgba(c).stroke_width(w),
            None => rgba(c).filled(),
        };
        let r = self.area.draw(&Circle::new(at, radius, style));
        self.keep(r);
    }
    fn text(&mut self, s: &str, at: (i32, i32), t: TextStyle) {
        let mut font = (FontFamily::SansSerif, t.size * self.text_factor).into_font();
        if t.bold {
            font = font.style(FontStyle::Bold);
        }
        if t.rotate {
            font = font.transform(FontTransform::Rotate270);
        }
        let style = font
            .color(&RGBColor(t.color.0, t.color.1, t.color.2))
            .pos(Pos::new(t.h, t.v));
        let r = self.area.draw(&Text::new(s, at, style));
        self.keep(r);
    }
}

/// The colour of activation `a` on `theme`.
fn color_of(theme: &Theme, a: Activation) -> (u8, u8, u8) {
    theme.curve_color(seed_style(a).color)
}

/// The colours of a layer chart's series: the theme's palette by position (as the overlay
/// colours its chosen curves: distinguishable for up to eight), else each activation's own.
fn series_colors(theme: &Theme, series: &[LayerSeries]) -> Vec<(u8, u8, u8)> {
    let set: Vec<Activation> = series.iter().map(|s| s.activation).collect();
    super::looks::curve_looks(&set, theme)
        .iter()
        .map(|l| l.shown_color(theme))
        .collect()
}

/// The mean-field line's colour: the series' colour, shaded towards the foreground so the
/// line stands out over the dots of the same hue.
fn theory_color(theme: &Theme, base: (u8, u8, u8)) -> (u8, u8, u8) {
    let (r, g, b) = base;
    let (fr, fg, fb) = theme.foreground;
    let mix = |x: u8, y: u8| ((x as f64) * 0.6 + (y as f64) * 0.4).round() as u8;
    (mix(r, fr), mix(g, fg), mix(b, fb))
}

/// Superscript digits for a decade label (10⁻³).
fn superscript(n: i32) -> String {
    let digits = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut s = String::new();
    if n < 0 {
        s.push('⁻');
    }
    for c in n.unsigned_abs().to_string().chars() {
        s.push(digits[c.to_digit(10).unwrap_or(0) as usize]);
    }
    s
}

/// The label of 10^k.
fn decade_label(k: i32) -> String {
    match k {
        0 => "1".into(),
        1 => "10".into(),
        _ => format!("10{}", superscript(k)),
    }
}

/// The label of m·10^k (m = 2 or 5): a plain number near 1, else with its decade.
fn mantissa_label(m: f64, k: i32) -> String {
    if (-3..=4).contains(&k) {
        fmt_num(m * 10f64.powi(k))
    } else {
        format!("{m}·{}", decade_label(k))
    }
}

/// A y-axis: its (transformed) range and ticks with labels. Values are mapped by
/// [`Axis::map`] (log10 on a log axis).
#[derive(Clone, Debug)]
struct Axis {
    range: (f64, f64),
    ticks: Vec<(f64, String)>,
    log: bool,
}

impl Axis {
    fn map(&self, v: f64) -> Option<f64> {
        if self.log {
            (v > 0.0 && v.is_finite()).then(|| v.log10())
        } else {
            v.is_finite().then_some(v)
        }
    }
}

/// The y-axis of a per-layer chart from its data.
fn layer_axis(chart: &LayerChart) -> Axis {
    let log = chart.metric.log_y();
    let probe = Axis {
        range: (0.0, 1.0),
        ticks: Vec::new(),
        log,
    };
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for s in &chart.series {
        for &(_, v) in s.points.iter().chain(&s.theory) {
            if let Some(v) = probe.map(v) {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    if let Some((a, b)) = chart.metric.y_base() {
        lo = lo.min(a);
        hi = hi.max(b);
    }
    if !lo.is_finite() || !hi.is_finite() {
        (lo, hi) = (-1.0, 1.0);
    }
    if log {
        // At least one decade; a little room.
        if hi - lo < 1.0 {
            let mid = (hi + lo) / 2.0;
            (lo, hi) = (mid - 0.5, mid + 0.5);
        }
        let pad = (hi - lo) * 0.06;
        let (lo, hi) = (lo - pad, hi + pad);
        let step = ((hi - lo) / 6.0).ceil().max(1.0) as i32;
        let mut ticks = Vec::new();
        let mut k = (lo / step as f64).ceil() as i32 * step;
        while (k as f64) <= hi {
            ticks.push((k as f64, decade_label(k)));
            k += step;
        }
        // Under two decades, 2 and 5 times each decade too: a range near one value (SELU's
        // variance at 1) would otherwise show a single label.
        if hi - lo < 2.0 {
            for k in (lo.floor() as i32)..=(hi.ceil() as i32) {
                for m in [2.0_f64, 5.0] {
                    let v = m.log10() + f64::from(k);
                    if v >= lo && v <= hi {
                        ticks.push((v, mantissa_label(m, k)));
                    }
                }
            }
            ticks.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
        Axis {
            range: (lo, hi),
            ticks,
            log,
        }
    } else {
        let span = hi - lo;
        let pad = if span > 0.0 {
            span * 0.08
        } else {
            (hi.abs() * 0.1).max(0.05)
        };
        let (lo, hi) = match chart.metric.y_base() {
            // Fractions stay within [0, 1] plus a little room.
            Some(_) => (lo.min(0.0) - 0.04 * (hi - lo), hi + 0.04 * (hi - lo)),
            None => (lo - pad, hi + pad),
        };
        let (ts, step) = nice_ticks((lo, hi), 5);
        Axis {
            range: (lo, hi),
            ticks: ts.into_iter().map(|v| (v, tick_label(v, step))).collect(),
            log,
        }
    }
}

/// The plot rectangle and scale of a chart, in device pixels.
#[derive(Clone, Copy, Debug)]
struct Frame {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    s: f64,
    sizes: Sizes,
}

impl Frame {
    fn px(&self, x: f64, (x0, x1): (f64, f64)) -> f64 {
        self.left + (x - x0) / (x1 - x0) * (self.right - self.left)
    }
    fn py(&self, y: f64, (y0, y1): (f64, f64)) -> f64 {
        self.bottom - (y - y0) / (y1 - y0) * (self.bottom - self.top)
    }
    /// A text style of `size` CSS px.
    fn text(&self, size: f64, color: (u8, u8, u8), h: HPos, v: VPos) -> TextStyle {
        TextStyle {
            size: size * self.s,
            bold: false,
            color,
            h,
            v,
            rotate: false,
        }
    }
    /// A stroke of `w` CSS px, at least one device pixel.
    fn w(&self, w: f64) -> u32 {
        (w * self.s).round().max(1.0) as u32
    }
}

fn ipt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

/// One axis to draw: its range, ticks with labels, and its label.
type AxisSpec<'a> = ((f64, f64), &'a [(f64, String)], &'a str);

/// Title, grid, ticks, labels and frame of a chart with the given axes.
fn draw_axes(p: &mut dyn Painter, f: &Frame, theme: &Theme, title: &str, x: AxisSpec, y: AxisSpec) {
    let sz = f.sizes;
    let fg = theme.foreground;
    let (xr, xt, xl) = x;
    let (yr, yt, yl) = y;
    let (li, ti, ri, bi) = (
        f.left as i32,
        f.top as i32,
        f.right.round() as i32,
        f.bottom.round() as i32,
    );
    let w1 = f.w(1.0);
    for (v, _) in xt {
        let x = f.px(*v, xr).round() as i32;
        p.line(vec![(x, ti), (x, bi)], opaque(theme.grid), w1);
    }
    for (v, _) in yt {
        let y = f.py(*v, yr).round() as i32;
        p.line(vec![(li, y), (ri, y)], opaque(theme.grid), w1);
    }
    let tl = (sz.tick_len * f.s).round() as i32;
    let gap = (3.0 * f.s) as i32;
    for (v, label) in xt {
        let x = f.px(*v, xr).round() as i32;
        p.line(vec![(x, bi), (x, bi + tl)], opaque(fg), w1);
        p.text(
            label,
            (x, bi + tl + gap),
            f.text(sz.tick, fg, HPos::Center, VPos::Top),
        );
    }
    for (v, label) in yt {
        let y = f.py(*v, yr).round() as i32;
        p.line(vec![(li - tl, y), (li, y)], opaque(fg), w1);
        p.text(
            label,
            (li - tl - gap, y),
            f.text(sz.tick, fg, HPos::Right, VPos::Center),
        );
    }
    p.line(
        vec![(li, ti), (ri, ti), (ri, bi), (li, bi), (li, ti)],
        opaque(fg),
        w1,
    );
    if !xl.is_empty() {
        let y = f.bottom + (sz.tick_len + 3.0 + sz.tick * 1.3 + sz.label * 0.8) * f.s;
        p.text(
            xl,
            ipt((f.left + f.right) / 2.0, y),
            f.text(sz.label, fg, HPos::Center, VPos::Center),
        );
    }
    if !yl.is_empty() {
        let mut st = f.text(sz.label, fg, HPos::Center, VPos::Center);
        st.rotate = true;
        p.text(
            yl,
            ipt((sz.pad + sz.label * 0.6) * f.s, (f.top + f.bottom) / 2.0),
            st,
        );
    }
    if !title.is_empty() {
        let mut st = f.text(sz.title, fg, HPos::Center, VPos::Center);
        st.bold = true;
        p.text(
            title,
            ipt((f.left + f.right) / 2.0, (sz.pad + sz.title * 0.7) * f.s),
            st,
        );
    }
}

/// The frame of a chart of `w` × `h` device pixels whose y tick labels are `y_labels`, with
/// `bottom_extra` and `right_extra` CSS pixels kept free below and right of the plot.
fn frame(
    w: u32,
    h: u32,
    s: f64,
    y_labels: &[(f64, String)],
    bottom_extra: f64,
    right_extra: f64,
) -> Frame {
    let (wc, hc) = (w as f64 / s, h as f64 / s);
    let sz = Sizes::for_css(wc, hc);
    let tick_w = y_labels
        .iter()
        .map(|(_, l)| text_width_em(l) * sz.tick)
        .fold(0.0, f64::max);
    let left = sz.pad + sz.label * 1.4 + tick_w + sz.tick_len + 5.0;
    let top = sz.pad + sz.title * 1.5;
    let bottom = sz.pad + sz.label * 1.6 + sz.tick * 1.3 + sz.tick_len + 3.0 + bottom_extra;
    let right = sz.pad + 8.0 + right_extra;
    Frame {
        left: left * s,
        top: top * s,
        right: ((wc - right).max(left + 20.0)) * s,
        bottom: ((hc - bottom).max(top + 20.0)) * s,
        s,
        sizes: sz,
    }
}

/// Legend entries in rows that fit `width` CSS px: (row, x offset in CSS px) per entry.
fn legend_rows(labels: &[String], fs: f64, width: f64) -> Vec<(usize, f64)> {
    let mut out = Vec::new();
    let (mut row, mut x) = (0usize, 0.0f64);
    for l in labels {
        let w = 22.0 + text_width_em(l) * fs + 14.0;
        if x > 0.0 && x + w > width {
            row += 1;
            x = 0.0;
        }
        out.push((row, x));
        x += w;
    }
    out
}

/// Draws `chart` into `area` (all of it). In the browser pass a backend whose size is the CSS
/// size × devicePixelRatio and set `chart.scale` to the ratio.
pub fn draw_lab_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &LabChart,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    draw_with(area, chart, 1.0)?;
    area.present()
}

fn draw_with<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &LabChart,
    text_factor: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let mut p = AreaPainter {
        area,
        text_factor,
        error: None,
    };
    draw_dyn(&mut p, chart);
    p.error.map_or(Ok(()), Err)
}

/// The drawing itself, once for every backend.
fn draw_dyn(p: &mut dyn Painter, chart: &LabChart) {
    let (w, h) = p.size();
    p.rect(
        (0, 0),
        (w as i32, h as i32),
        opaque(chart.theme.background),
        None,
    );
    match &chart.kind {
        LabKind::Layers(c) => draw_layers(p, chart, c),
        LabKind::Heat(hc) => draw_heat(p, chart, hc),
        LabKind::Bars(b) => draw_bars(p, chart, b),
    }
}

fn scale_of(chart: &LabChart) -> f64 {
    if chart.scale.is_finite() && chart.scale > 0.0 {
        chart.scale.clamp(0.25, 8.0)
    } else {
        1.0
    }
}

fn draw_layers(p: &mut dyn Painter, chart: &LabChart, c: &LayerChart) {
    let s = scale_of(chart);
    let (w, h) = p.size();
    let theme = &chart.theme;
    let fg = theme.foreground;
    let l = chart.lang;
    let axis = layer_axis(c);
    // Legend: one entry per activation, the dots, and the mean-field line when there is one.
    let mut labels: Vec<String> = c.series.iter().map(|s| s.name.clone()).collect();
    let has_theory = c.series.iter().any(|s| !s.theory.is_empty());
    labels.push(format!("● {}", SIMULATION.get(l)));
    if has_theory {
        labels.push(MEAN_FIELD.get(l).to_string());
    }
    let sz0 = Sizes::for_css(w as f64 / s, h as f64 / s);
    let rows = legend_rows(&labels, sz0.legend, w as f64 / s - 2.0 * sz0.pad);
    let n_rows = rows.last().map_or(0, |r| r.0 + 1);
    let legend_h = n_rows as f64 * sz0.legend * 1.5 + 4.0;
    let f = frame(w, h, s, &axis.ticks, legend_h, 0.0);
    let depth = c.depth.max(1) as f64;
    let xr = (0.5, depth + 0.5);
    let (xt, xstep) = nice_ticks((1.0, depth), 6);
    let xt: Vec<(f64, String)> = xt
        .into_iter()
        .filter(|v| v.fract() == 0.0 && *v >= 1.0)
        .map(|v| (v, tick_label(v, xstep.max(1.0))))
        .collect();
    draw_axes(
        p,
        &f,
        theme,
        &chart.title(),
        (xr, &xt, LAYER.get(l)),
        (axis.range, &axis.ticks, c.metric.y_label().get(l)),
    );
    let inside = |x: f64, y: f64| {
        x >= f.left - 0.5 && x <= f.right + 0.5 && y >= f.top - 0.5 && y <= f.bottom + 0.5
    };
    // Dots: smaller when the layers are dense.
    let per_layer = (f.right - f.left) / s / depth;
    let r = ((per_layer * 0.35).clamp(1.3, 3.2) * s).round().max(1.0) as u32;
    let colors = series_colors(theme, &c.series);
    for (series, &base) in c.series.iter().zip(&colors) {
        let col = opaque(base);
        for &(x, v) in &series.points {
            let Some(y) = axis.map(v) else { continue };
            let (px, py) = (f.px(x, xr), f.py(y, axis.range));
            if inside(px, py) {
                p.circle(ipt(px, py), r, col, None);
            }
        }
    }
    // Mean-field lines over the dots (pieces between values the axis cannot show).
    let lw = f.w(1.8);
    for (series, &base) in c.series.iter().zip(&colors) {
        let col = opaque(theory_color(theme, base));
        let mut piece: Vec<(i32, i32)> = Vec::new();
        for &(x, v) in &series.theory {
            match axis.map(v) {
                Some(y) => {
                    let y = y.clamp(axis.range.0, axis.range.1);
                    piece.push(ipt(f.px(x, xr), f.py(y, axis.range)));
                }
                None => p.line(std::mem::take(&mut piece), col, lw),
            }
        }
        p.line(piece, col, lw);
    }
    // Legend below the plot.
    let fs = f.sizes.legend;
    let base_y = h as f64 - (f.sizes.pad + legend_h - 2.0) * s;
    let x0 = f.sizes.pad * s;
    for (i, label) in labels.iter().enumerate() {
        let (row, dx) = rows[i];
        let cy = base_y + (row as f64 + 0.5) * fs * 1.5 * s;
        let cx = x0 + dx * s;
        if let Some(&base) = colors.get(i) {
            let col = opaque(base);
            p.rect(
                ipt(cx, cy - 5.0 * s),
                ipt(cx + 16.0 * s, cy + 5.0 * s),
                col,
                None,
            );
        } else if has_theory && i == labels.len() - 1 {
            p.line(vec![ipt(cx, cy), ipt(cx + 16.0 * s, cy)], opaque(fg), lw);
        }
        let text_x = if i == c.series.len() {
            cx
        } else {
            cx + 22.0 * s
        };
        p.text(
            label,
            ipt(text_x, cy),
            f.text(fs, fg, HPos::Left, VPos::Center),
        );
    }
}

/// An sRGB colour.
type Rgb = (u8, u8, u8);

/// Neutral, ordered and chaotic colours of the heat map.
fn heat_colors(theme: &Theme) -> (Rgb, Rgb, Rgb) {
    if theme.is_dark() {
        ((44, 48, 56), (86, 156, 230), (236, 104, 86))
    } else {
        ((246, 246, 246), (44, 110, 190), (205, 58, 42))
    }
}

/// The colour of the cells where q* diverges (no fixed point).
fn diverged_color(theme: &Theme) -> Rgb {
    if theme.is_dark() {
        (90, 90, 90)
    } else {
        (170, 170, 170)
    }
}

/// The colour of χ₁: log₁₀ χ₁ in [−1, 1] from blue (ordered) through neutral (χ₁ = 1) to
/// red (chaotic); grey where q* diverges (NaN).
pub fn chi1_color(theme: &Theme, chi1: f64) -> (u8, u8, u8) {
    let (neutral, ordered, chaotic) = heat_colors(theme);
    if chi1.is_nan() {
        return diverged_color(theme);
    }
    let t = if chi1 <= 0.0 {
        -1.0
    } else {
        chi1.log10().clamp(-1.0, 1.0)
    };
    let target = if t < 0.0 { ordered } else { chaotic };
    let k = t.abs().powf(0.8);
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * k).round() as u8;
    (
        mix(neutral.0, target.0),
        mix(neutral.1, target.1),
        mix(neutral.2, target.2),
    )
}

fn draw_heat(p: &mut dyn Painter, chart: &LabChart, hc: &HeatChart) {
    let s = scale_of(chart);
    let (w, h) = p.size();
    let theme = &chart.theme;
    let fg = theme.foreground;
    let l = chart.lang;
    let w_max = hc.sigma_w2.last().copied().unwrap_or(4.0).max(1e-9);
    let b_max = hc.sigma_b2.last().copied().unwrap_or(1.0).max(1e-9);
    let (xr, yr) = ((0.0, w_max), (0.0, b_max));
    let ticks = |r: (f64, f64), n: usize| -> Vec<(f64, String)> {
        let (t, step) = nice_ticks(r, n);
        t.into_iter().map(|v| (v, tick_label(v, step))).collect()
    };
    let (xt, yt) = (ticks(xr, 6), ticks(yr, 5));
    let sz0 = Sizes::for_css(w as f64 / s, h as f64 / s);
    let legend_h = sz0.legend * 1.5 * 2.0 + 4.0;
    let f = frame(w, h, s, &yt, legend_h, 46.0);
    // Cells, centred on the grid's values.
    let (cols, rows) = (hc.sigma_w2.len(), hc.sigma_b2.len());
    if cols >= 1 && rows >= 1 && hc.chi1.len() == cols * rows {
        let dx = if cols > 1 {
            w_max / (cols - 1) as f64
        } else {
            w_max
        };
        let dy = if rows > 1 {
            b_max / (rows - 1) as f64
        } else {
            b_max
        };
        for r in 0..rows {
            for c in 0..cols {
                let (x, y) = (hc.sigma_w2[c], hc.sigma_b2[r]);
                let x0 = f.px((x - dx / 2.0).max(0.0), xr).floor();
                let x1 = f.px((x + dx / 2.0).min(w_max), xr).ceil();
                let y0 = f.py((y + dy / 2.0).min(b_max), yr).floor();
                let y1 = f.py((y - dy / 2.0).max(0.0), yr).ceil();
                let col = opaque(chi1_color(theme, hc.chi1[r * cols + c]));
                p.rect(ipt(x0, y0), ipt(x1, y1), col, None);
            }
        }
    }
    draw_axes(
        p,
        &f,
        theme,
        &chart.title(),
        (xr, &xt, "σw²"),
        (yr, &yt, "σb²"),
    );
    let lw = f.w(2.2);
    // The critical line, in pieces between rows without a critical point in range.
    let mut piece: Vec<(i32, i32)> = Vec::new();
    for (wc, b) in hc.critical.iter().zip(&hc.sigma_b2) {
        if wc.is_finite() && *wc <= w_max {
            piece.push(ipt(f.px(*wc, xr), f.py(*b, yr)));
        } else {
            p.line(std::mem::take(&mut piece), opaque(fg), lw);
        }
    }
    p.line(piece, opaque(fg), lw);
    // A critical line of one point (ReLU: σb² = 0 only) is a marked point.
    let finite: Vec<(f64, f64)> = hc
        .critical
        .iter()
        .zip(&hc.sigma_b2)
        .filter(|(w, _)| w.is_finite())
        .map(|(w, b)| (*w, *b))
        .collect();
    if let [(wc, b)] = finite[..]
        && wc <= w_max
    {
        let at = ipt(f.px(wc, xr), f.py(b, yr));
        p.circle(at, f.w(5.0), opaque(fg), None);
        let label = format!(
            "{} ({}, {})",
            CRITICAL_POINT.get(l),
            fmt_num(wc),
            fmt_num(b)
        );
        let right_half = f.px(wc, xr) > (f.left + f.right) / 2.0;
        let hpos = if right_half { HPos::Right } else { HPos::Left };
        p.text(
            &label,
            (at.0, at.1 - (9.0 * s) as i32),
            f.text(f.sizes.legend, fg, hpos, VPos::Bottom),
        );
    }
    // The chosen point.
    if let Some((pw, pb)) = hc.point
        && pw.is_finite()
        && pb.is_finite()
        && pw <= w_max
        && pb <= b_max
    {
        let at = ipt(f.px(pw, xr), f.py(pb, yr));
        p.circle(at, f.w(7.0), opaque(theme.background), None);
        p.circle(at, f.w(7.0), opaque(fg), Some(lw));
        p.circle(at, f.w(2.5), opaque(fg), None);
        let left_half = f.px(pw, xr) < (f.left + f.right) / 2.0;
        let (dx, hpos) = if left_half {
            (11.0 * s, HPos::Left)
        } else {
            (-11.0 * s, HPos::Right)
        };
        // Near the bottom edge the label goes above the point.
        let dy = if pb <= b_max * 0.1 { -12.0 * s } else { 0.0 };
        let mut st = f.text(f.sizes.legend, fg, hpos, VPos::Center);
        st.bold = true;
        p.text(CHOSEN.get(l), (at.0 + dx as i32, at.1 + dy as i32), st);
    }
    // Colour bar: χ₁ from 0.1 (bottom) to 10 (top), log scale.
    let bx0 = f.right + 12.0 * s;
    let bx1 = bx0 + 12.0 * s;
    let steps = 40;
    let span = f.bottom - f.top;
    for i in 0..steps {
        let (t0, t1) = (i as f64 / steps as f64, (i + 1) as f64 / steps as f64);
        let chi = 10f64.powf(-1.0 + (t0 + t1));
        let col = opaque(chi1_color(theme, chi));
        p.rect(
            ipt(bx0, (f.bottom - t1 * span).floor()),
            ipt(bx1, (f.bottom - t0 * span).ceil()),
            col,
            None,
        );
    }
    p.rect(
        ipt(bx0, f.top),
        ipt(bx1, f.bottom),
        opaque(fg),
        Some(f.w(1.0)),
    );
    for (t, label) in [(0.0, "0.1"), (0.5, "χ₁=1"), (1.0, "10")] {
        let y = f.bottom - t * span;
        p.text(
            label,
            ipt(bx1 + 3.0 * s, y),
            f.text(f.sizes.tick, fg, HPos::Left, VPos::Center),
        );
    }
    // Legend below: what the colours and the line mean.
    let fs = f.sizes.legend;
    let (_, ordered, chaotic) = heat_colors(theme);
    let y1 = h as f64 - (f.sizes.pad + fs * 1.5 * 1.5) * s;
    let y2 = h as f64 - (f.sizes.pad + fs * 1.5 * 0.5) * s;
    let x0 = f.sizes.pad * s;
    let mut x = x0;
    for (col, text) in [(ordered, ORDERED.get(l)), (chaotic, CHAOTIC.get(l))] {
        p.rect(
            ipt(x, y1 - 5.0 * s),
            ipt(x + 14.0 * s, y1 + 5.0 * s),
            opaque(col),
            None,
        );
        p.text(
            text,
            ipt(x + 19.0 * s, y1),
            f.text(fs, fg, HPos::Left, VPos::Center),
        );
        x += (19.0 + text_width_em(text) * fs + 16.0) * s;
    }
    p.line(vec![ipt(x0, y2), ipt(x0 + 14.0 * s, y2)], opaque(fg), lw);
    let critical = CRITICAL.get(l);
    p.text(
        critical,
        ipt(x0 + 19.0 * s, y2),
        f.text(fs, fg, HPos::Left, VPos::Center),
    );
    // Grey cells, where they are: the variance has no fixed point there.
    if hc.chi1.iter().any(|v| v.is_nan()) {
        let x = x0 + (19.0 + text_width_em(critical) * fs + 16.0) * s;
        p.rect(
            ipt(x, y2 - 5.0 * s),
            ipt(x + 14.0 * s, y2 + 5.0 * s),
            opaque(diverged_color(theme)),
            None,
        );
        p.text(
            DIVERGED.get(l),
            ipt(x + 19.0 * s, y2),
            f.text(fs, fg, HPos::Left, VPos::Center),
        );
    }
}

fn draw_bars(p: &mut dyn Painter, chart: &LabChart, b: &BarChart) {
    let s = scale_of(chart);
    let (w, h) = p.size();
    let theme = &chart.theme;
    let fg = theme.foreground;
    let l = chart.lang;
    let max = b
        .rows
        .iter()
        .flat_map(|r| [r.f_ns, r.df_ns])
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let xr = (0.0, if max > 0.0 { max * 1.12 } else { 1.0 });
    let (xt, xs) = nice_ticks(xr, 5);
    let xt: Vec<(f64, String)> = xt.into_iter().map(|v| (v, tick_label(v, xs))).collect();
    // The names stand where the y tick labels would.
    let names: Vec<(f64, String)> = b
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| (i as f64, r.name.clone()))
        .collect();
    let sz0 = Sizes::for_css(w as f64 / s, h as f64 / s);
    let legend_h = sz0.legend * 1.5 + 4.0;
    let f = frame(w, h, s, &names, legend_h, 0.0);
    let n = b.rows.len().max(1) as f64;
    draw_axes(
        p,
        &f,
        theme,
        &chart.title(),
        (xr, &xt, NS.get(l)),
        ((0.0, n), &[], ""),
    );
    let row_h = (f.bottom - f.top) / n;
    for (i, r) in b.rows.iter().enumerate() {
        let top = f.top + i as f64 * row_h;
        let col = color_of(theme, r.activation);
        for (v, y0, y1, alpha) in [(r.f_ns, 0.12, 0.48, 1.0), (r.df_ns, 0.52, 0.88, 0.45)] {
            if v.is_finite() && v > 0.0 {
                let x1 = f.px(v.min(xr.1), xr);
                let (a, c) = (top + row_h * y0, top + row_h * y1);
                p.rect(ipt(f.left + s, a), ipt(x1, c), (col, alpha), None);
                p.text(
                    &fmt_num((v * 10.0).round() / 10.0),
                    ipt(x1 + 3.0 * s, (a + c) / 2.0),
                    f.text(f.sizes.tick * 0.92, fg, HPos::Left, VPos::Center),
                );
            }
        }
        p.text(
            &r.name,
            ipt(f.left - 6.0 * s, top + row_h / 2.0),
            f.text(f.sizes.tick, fg, HPos::Right, VPos::Center),
        );
    }
    // Legend: solid = f, pale = f′.
    let fs = f.sizes.legend;
    let y = h as f64 - (f.sizes.pad + fs * 0.75) * s;
    let mut x = f.left;
    for (alpha, text) in [(1.0, "f(x)"), (0.45, "f′(x)")] {
        p.rect(
            ipt(x, y - 5.0 * s),
            ipt(x + 14.0 * s, y + 5.0 * s),
            (fg, alpha * 0.8),
            None,
        );
        p.text(
            text,
            ipt(x + 19.0 * s, y),
            f.text(fs, fg, HPos::Left, VPos::Center),
        );
        x += (19.0 + text_width_em(text) * fs + 18.0) * s;
    }
}

/// The chart as an SVG document of `width` × `height` pixels (`chart.scale` as given: 1 for
/// CSS size), drawn by the same code as the canvas.
pub fn lab_to_svg(chart: &LabChart, width: u32, height: u32) -> String {
    let mut out = String::new();
    {
        let root =
            SVGBackend::with_string(&mut out, (width.max(1), height.max(1))).into_drawing_area();
        // plotters' SVG backend writes font-size as the size / 1.24 (see chart::draw).
        let _ = draw_with(&root, chart, 1.24);
        let _ = root.present();
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn value_at(points: &[(f64, f64)], x: f64) -> Option<f64> {
    points.iter().find(|p| p.0 == x).map(|p| p.1)
}

/// The table behind a chart: a header and rows of cells (numbers as Rust's shortest
/// round-trip text; empty where there is no value).
pub fn lab_rows(chart: &LabChart) -> (Vec<String>, Vec<Vec<Option<f64>>>) {
    let l = chart.lang;
    match &chart.kind {
        LabKind::Layers(c) => {
            let mut header = vec![LAYER.get(l).to_string()];
            for s in &c.series {
                header.push(format!("{} ({})", s.name, SIMULATION.get(l)));
                header.push(format!("{} ({})", s.name, MEAN_FIELD.get(l)));
            }
            let rows = (1..=c.depth)
                .map(|layer| {
                    let x = layer as f64;
                    let mut row = vec![Some(x)];
                    for s in &c.series {
                        row.push(value_at(&s.points, x));
                        row.push(value_at(&s.theory, x));
                    }
                    row
                })
                .collect();
            (header, rows)
        }
        LabKind::Heat(h) => {
            let header = vec!["sigma_w2".into(), "sigma_b2".into(), "chi1".into()];
            let cols = h.sigma_w2.len();
            let mut rows = Vec::new();
            for (r, &b) in h.sigma_b2.iter().enumerate() {
                for (c, &w) in h.sigma_w2.iter().enumerate() {
                    let v = h.chi1.get(r * cols + c).copied().filter(|v| !v.is_nan());
                    rows.push(vec![Some(w), Some(b), v]);
                }
            }
            (header, rows)
        }
        LabKind::Bars(b) => {
            let header = vec!["index".into(), "f ns".into(), "f' ns".into()];
            let rows = b
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| vec![Some(i as f64), Some(r.f_ns), Some(r.df_ns)])
                .collect();
            (header, rows)
        }
    }
}

/// The chart's data as CSV.
pub fn lab_to_csv(chart: &LabChart) -> String {
    let (header, rows) = lab_rows(chart);
    let names: Vec<String> = match &chart.kind {
        LabKind::Bars(b) => b
            .rows
            .iter()
            .map(|r| r.activation.id().to_string())
            .collect(),
        _ => Vec::new(),
    };
    let mut out = String::new();
    if names.is_empty() {
        out.push_str(
            &header
                .iter()
                .map(|h| csv_field(h))
                .collect::<Vec<_>>()
                .join(","),
        );
    } else {
        out.push_str("activation,f ns,f' ns");
    }
    out.push('\n');
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = if names.is_empty() {
            row.iter()
                .map(|v| v.map(|v| format!("{v}")).unwrap_or_default())
                .collect()
        } else {
            std::iter::once(names[i].clone())
                .chain(
                    row[1..]
                        .iter()
                        .map(|v| v.map(|v| format!("{v}")).unwrap_or_default()),
                )
                .collect()
        };
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The screen-reader table of a chart (the inside of a `<table>`): at most `n` rows of its
/// data (evenly spread layers; the critical line of the phase diagram; every cost row).
pub fn lab_table_html(chart: &LabChart, caption: &str, n: usize) -> String {
    let l = chart.lang;
    let mut out = format!("<caption>{}</caption>", escape_html(caption));
    let row_html = |cells: Vec<String>| -> String {
        let mut s = String::from("<tr>");
        for c in cells {
            s.push_str("<td>");
            s.push_str(&escape_html(&c));
            s.push_str("</td>");
        }
        s.push_str("</tr>");
        s
    };
    let head_html = |cells: Vec<String>| -> String {
        let mut s = String::from("<thead><tr>");
        for c in cells {
            s.push_str("<th scope=\"col\">");
            s.push_str(&escape_html(&c));
            s.push_str("</th>");
        }
        s.push_str("</tr></thead><tbody>");
        s
    };
    let num = |v: Option<f64>| v.map(fmt_num).unwrap_or_default();
    match &chart.kind {
        LabKind::Layers(_) => {
            let (header, rows) = lab_rows(chart);
            out.push_str(&head_html(header));
            let k = rows.len();
            let picks: Vec<usize> = if k <= n {
                (0..k).collect()
            } else {
                let mut v: Vec<usize> = (0..n).map(|i| i * (k - 1) / (n - 1).max(1)).collect();
                v.dedup();
                v
            };
            for i in picks {
                out.push_str(&row_html(rows[i].iter().map(|v| num(*v)).collect()));
            }
        }
        LabKind::Heat(h) => {
            out.push_str(&head_html(vec![
                "σb²".into(),
                format!("{} σw²", CRITICAL.get(l)),
            ]));
            let k = h.sigma_b2.len();
            let step = k.div_ceil(n.max(1)).max(1);
            for i in (0..k).step_by(step) {
                let c = h.critical.get(i).copied().filter(|v| v.is_finite());
                out.push_str(&row_html(vec![fmt_num(h.sigma_b2[i]), num(c)]));
            }
        }
        LabKind::Bars(b) => {
            out.push_str(&head_html(vec![
                String::new(),
                format!("f(x) {}", NS.get(l)),
                format!("f′(x) {}", NS.get(l)),
            ]));
            for r in &b.rows {
                out.push_str(&row_html(vec![
                    r.name.clone(),
                    fmt_num(r.f_ns),
                    fmt_num(r.df_ns),
                ]));
            }
        }
    }
    out.push_str("</tbody>");
    out
}
