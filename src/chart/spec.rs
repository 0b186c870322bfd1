//! What a chart shows: [`ChartSpec`] and its parts. Pure data; drawing is in `draw.rs`.

use crate::lang::Lang;
use crate::math::{Activation, Params};

use super::sampling::sample_curve;

/// How a curve is stroked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineStyle {
    /// A continuous line.
    Solid,
    /// Long dashes (the seed's approximations; derivatives of solid curves).
    Dashed,
    /// Short dashes (derivatives of curves that are already dashed; every derivative of the
    /// overlay's palette curves).
    Dotted,
    /// A dash and a dot (a palette curve's second pattern: [`super::looks`]).
    DashDot,
    /// A dash and two dots (a palette curve's fourth pattern).
    DashDotDot,
}

impl LineStyle {
    /// The style's name (`solid`, `dashed`, `dotted`, `dash-dot`, `dash-dot-dot`), e.g. for a
    /// swatch's `data-style`.
    pub const fn id(self) -> &'static str {
        match self {
            LineStyle::Solid => "solid",
            LineStyle::Dashed => "dashed",
            LineStyle::Dotted => "dotted",
            LineStyle::DashDot => "dash-dot",
            LineStyle::DashDotDot => "dash-dot-dot",
        }
    }

    /// The dash pattern, on and off lengths in multiples of the line width, starting with a
    /// dash; empty for a solid line. The chart's dashes, the SVG export's `stroke-dasharray` and
    /// the chooser's swatches all come from here.
    pub const fn dash_array(self) -> &'static [f64] {
        match self {
            LineStyle::Solid => &[],
            LineStyle::Dashed => &[3.7, 1.9],
            LineStyle::Dotted => &[1.1, 1.6],
            LineStyle::DashDot => &[3.7, 1.6, 1.1, 1.6],
            LineStyle::DashDotDot => &[3.7, 1.6, 1.1, 1.6, 1.1, 1.6],
        }
    }
}

/// Where a curve's values come from.
#[derive(Clone, Debug, PartialEq)]
pub enum CurveSource {
    /// An activation (or its derivative) with parameters, sampled when drawn: about one sample
    /// per device pixel plus its kinks, so corners stay sharp at every size.
    Function {
        /// The activation.
        activation: Activation,
        /// Its parameters.
        params: Params,
        /// `true` for f′, `false` for f.
        derivative: bool,
    },
    /// GELU's exact (erf) form minus its tanh approximation.
    GeluDifference,
    /// The line slope·x on x ≤ 0, nothing beyond: an edge of RReLU's band of training slopes.
    HalfLine {
        /// The slope.
        slope: f64,
    },
    /// Fixed points, sorted by x.
    Points(Vec<(f64, f64)>),
}

impl CurveSource {
    /// The value at `x`: exact for functions; for points linear interpolation inside their
    /// x-range, `None` outside it. `None` also for non-finite values.
    pub fn value_at(&self, x: f64) -> Option<f64> {
        let y = match self {
            CurveSource::Function {
                activation,
                params,
                derivative,
            } => {
                if *derivative {
                    activation.derivative_with(x, params)
                } else {
                    activation.eval_with(x, params)
                }
            }
            CurveSource::GeluDifference => gelu_difference_at(x),
            CurveSource::HalfLine { slope } => {
                if x > 0.0 {
                    return None;
                }
                slope * x
            }
            CurveSource::Points(pts) => interpolate(pts, x)?,
        };
        y.is_finite().then_some(y)
    }

    /// The x-positions where the curve has a corner or a jump (inside or outside any range).
    pub fn kinks(&self) -> Vec<f64> {
        match self {
            CurveSource::Function {
                activation, params, ..
            } => activation.kinks(params),
            CurveSource::HalfLine { .. } => vec![0.0],
            CurveSource::GeluDifference | CurveSource::Points(_) => Vec::new(),
        }
    }

    /// Whether f is sampled just beside its kinks too: always for a derivative (f′ jumps at
    /// kinks), and for a function that itself jumps ([`Activation::jumps`]).
    fn samples_beside_kinks(&self) -> bool {
        match self {
            CurveSource::Function {
                activation,
                params,
                derivative,
            } => *derivative || activation.jumps(params),
            _ => false,
        }
    }

    /// Samples the curve on `x_range` at `n` evenly spaced points plus its kinks (and, for a
    /// derivative or a function that jumps, points just beside each kink so a jump is drawn as
    /// a vertical step).
    /// Points curves are returned as they are, restricted to the range.
    pub fn sample(&self, x_range: (f64, f64), n: usize) -> Vec<(f64, f64)> {
        let (x0, x1) = x_range;
        if let CurveSource::Points(pts) = self {
            return pts
                .iter()
                .copied()
                .filter(|(x, y)| *x >= x0 && *x <= x1 && y.is_finite())
                .collect();
        }
        let mut kinks = self.kinks();
        if self.samples_beside_kinks() {
            let eps = (x1 - x0).abs() * 1e-9;
            let beside: Vec<f64> = kinks.iter().flat_map(|k| [k - eps, k + eps]).collect();
            kinks.extend(beside);
        }
        sample_curve(|x| self.value_at(x).unwrap_or(f64::NAN), x0, x1, n, &kinks)
    }
}

/// erf GELU − tanh GELU at `x`, computed from the app's math.
fn gelu_difference_at(x: f64) -> f64 {
    Activation::Gelu.eval_with(x, &Params::default()) - Activation::GeluTanh.eval(x)
}

fn interpolate(pts: &[(f64, f64)], x: f64) -> Option<f64> {
    let i = pts.partition_point(|p| p.0 < x);
    let hi = pts.get(i)?;
    if hi.0 == x {
        return Some(hi.1);
    }
    let lo = pts.get(i.checked_sub(1)?)?;
    let t = (x - lo.0) / (hi.0 - lo.0);
    Some(lo.1 + (hi.1 - lo.1) * t)
}

/// One curve to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveSpec {
    /// The legend text.
    pub label: String,
    /// The column name in CSV exports (without the `f(x)`/`f'(x)` suffix).
    pub name: String,
    /// Stroke colour as RGB (the theme may adjust it for contrast: [`Theme::curve_color`]).
    pub color: (u8, u8, u8),
    /// Solid, dashed or dotted.
    pub style: LineStyle,
    /// Stroke width in CSS pixels (multiplied by [`ChartSpec::scale`]).
    pub width: f64,
    /// Where the values come from.
    pub source: CurveSource,
}

impl CurveSpec {
    /// The CSV column header: `"<name> f(x)"`, `"<name> f'(x)"`, or the name for other sources.
    pub fn csv_header(&self) -> String {
        match &self.source {
            CurveSource::Function {
                derivative: false, ..
            } => format!("{} f(x)", self.name),
            CurveSource::Function {
                derivative: true, ..
            } => format!("{} f'(x)", self.name),
            _ => self.name.clone(),
        }
    }
}

/// How the y-range is chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum YRange {
    /// The seed's rule: the data's range widened by max(15 % of its span, 0.5).
    Seed,
    /// The data's range widened by 15 % of its span only (for tiny values, e.g. differences).
    Tight,
    /// The data's range (every curve, f′ included when drawn) widened by
    /// [`FIT_MARGIN`] of its span, its ends moved out to the next multiple of half a "nice"
    /// step ([`fit_y_range`]). The detail view holds it steady while a slider is dragged:
    /// [`ChartSpec::steadied`].
    Fit,
    /// A fixed range `(low, high)` (the seed's own figures used (−3, 7)).
    Fixed(f64, f64),
}

/// The margin of [`YRange::Fit`] on each side, as a fraction of the data's span.
pub const FIT_MARGIN: f64 = 0.03;
/// A held y-range shrinks to the fit once the fit's span is below this fraction of its own.
pub const SHRINK_BELOW: f64 = 0.7;
/// When a parameter's change pushes a curve past the held y-range, the side it crossed gets
/// this fraction of the new fit's span as headroom, so a slider moving on does not rescale the
/// axis at every step.
pub const GROW_HEADROOM: f64 = 0.2;

/// Where the legend goes, inside the plot area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendPos {
    /// Upper left corner (the seed's choice).
    UpperLeft,
    /// Upper right corner.
    UpperRight,
    /// Lower left corner.
    LowerLeft,
    /// Lower right corner.
    LowerRight,
    /// The corner that covers the fewest curve samples (upper left preferred on ties).
    Auto,
    /// Below the plot, in as many columns as fit. Any legend that would cover more than 30 %
    /// of the plot goes there too.
    Below,
}

/// Colours of the chart's furniture, and the contrast every curve must keep against the
/// background.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Background.
    pub background: (u8, u8, u8),
    /// Text, frame and ticks.
    pub foreground: (u8, u8, u8),
    /// Grid lines.
    pub grid: (u8, u8, u8),
    /// The zero lines (x = 0, y = 0).
    pub zero: (u8, u8, u8),
    /// The note box's text colour.
    pub muted: (u8, u8, u8),
    /// Minimum contrast ratio (WCAG) of a curve against the background; colours below it are
    /// darkened (light theme) or lightened (dark theme) keeping their hue.
    pub curve_contrast: f64,
    /// The categorical palette of a few chosen curves, assigned in order
    /// ([`super::looks::curve_looks`]): Okabe and Ito's colour-blind-safe eight, with the one
    /// colour that cannot be a line on this background swapped (light: its yellow, contrast
    /// 1.3 on white, for Paul Tol's wine; dark: its black for white).
    pub palette: [(u8, u8, u8); 8],
}

/// An RGB colour from `0xRRGGBB`.
const fn hex(v: u32) -> (u8, u8, u8) {
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

impl Theme {
    /// The light theme.
    pub const LIGHT: Theme = Theme {
        background: (255, 255, 255),
        foreground: (34, 34, 34),
        grid: (228, 228, 228),
        zero: (150, 150, 150),
        muted: (85, 85, 85),
        curve_contrast: 2.5,
        palette: [
            hex(0x0072B2), // blue
            hex(0xD55E00), // vermillion
            hex(0x009E73), // bluish green
            hex(0xCC79A7), // reddish purple
            hex(0xE69F00), // orange
            hex(0x56B4E9), // sky blue
            hex(0x882255), // wine (Tol), for Okabe-Ito's yellow
            hex(0x000000), // black
        ],
    };
    /// The dark theme.
    pub const DARK: Theme = Theme {
        background: (24, 26, 31),
        foreground: (232, 232, 232),
        grid: (46, 50, 58),
        zero: (120, 124, 132),
        muted: (190, 190, 190),
        curve_contrast: 4.0,
        palette: [
            hex(0x0072B2), // blue
            hex(0xD55E00), // vermillion
            hex(0x009E73), // bluish green
            hex(0xCC79A7), // reddish purple
            hex(0xE69F00), // orange
            hex(0x56B4E9), // sky blue
            hex(0xF0E442), // yellow
            hex(0xFFFFFF), // white, for Okabe-Ito's black
        ],
    };

    /// Whether the background is dark.
    pub fn is_dark(&self) -> bool {
        luminance(self.background) < 0.2
    }

    /// The colour a curve of colour `c` is drawn with: `c` itself when its contrast against the
    /// background is at least [`Theme::curve_contrast`], otherwise `c` mixed towards black
    /// (light background) or white (dark background) just enough to reach it.
    pub fn curve_color(&self, c: (u8, u8, u8)) -> (u8, u8, u8) {
        let target = if self.is_dark() {
            (255, 255, 255)
        } else {
            (0, 0, 0)
        };
        let mut t = 0.0;
        loop {
            let m = mix(c, target, t);
            if contrast(m, self.background) >= self.curve_contrast || t >= 1.0 {
                return m;
            }
            t += 0.02;
        }
    }
}

fn mix(a: (u8, u8, u8), b: (u8, u8, u8), t: f64) -> (u8, u8, u8) {
    let f = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t.min(1.0)).round() as u8;
    (f(a.0, b.0), f(a.1, b.1), f(a.2, b.2))
}

/// WCAG relative luminance.
pub(crate) fn luminance(c: (u8, u8, u8)) -> f64 {
    let ch = |v: u8| {
        let v = v as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Everything one chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Title above the plot (empty = none).
    pub title: String,
    /// The x-axis label (e.g. "x"; empty = none).
    pub x_label: String,
    /// The y-axis label (e.g. "f(x)"; empty = none).
    pub y_label: String,
    /// The x-range; must be finite with low < high (else (−6, 6) is drawn).
    pub x_range: (f64, f64),
    /// How the y-range is chosen.
    pub y_range: YRange,
    /// The curves, drawn in order.
    pub curves: Vec<CurveSpec>,
    /// The legend's position; `None` = no legend.
    pub legend: Option<LegendPos>,
    /// A short note drawn in a box at the plot's lower left (the seed's card notes).
    pub note: Option<String>,
    /// A probe: a vertical line at this x and a dot on each curve.
    pub probe: Option<f64>,
    /// A message drawn in the middle of the plot (e.g. "choose functions" for an overlay with
    /// none chosen), so an empty chart says why it is empty.
    pub message: Option<String>,
    /// A shaded band between two curves (indices into [`ChartSpec::curves`], sampled on the
    /// same grid), in the first one's colour: RReLU's range of training slopes.
    pub band: Option<(usize, usize)>,
    /// A heat map of a gated unit filling the plot (x = a, y = b), with its colour scale at
    /// the right; the curves, if any, are drawn over it.
    pub heatmap: Option<super::heatmap::Heatmap>,
    /// Device pixels per CSS pixel: fonts and strokes scale with it.
    pub scale: f64,
    /// Colours.
    pub theme: Theme,
}

impl ChartSpec {
    /// The x-range actually drawn: `x_range` if finite and increasing, else the default.
    pub fn resolved_x_range(&self) -> (f64, f64) {
        let (a, b) = self.x_range;
        if a.is_finite() && b.is_finite() && a < b {
            (a, b)
        } else {
            super::DEFAULT_X_RANGE
        }
    }

    /// The y-range actually drawn, resolved from [`ChartSpec::y_range`]. Automatic ranges use
    /// 1001 evenly spaced samples plus kinks (independent of the pixel size, like the seed's
    /// 1000-point grid).
    pub fn resolved_y_range(&self) -> (f64, f64) {
        match self.y_range {
            YRange::Fixed(a, b) if a.is_finite() && b.is_finite() && a < b => (a, b),
            YRange::Fixed(..) | YRange::Seed => auto_y_range(self, 0.5),
            YRange::Tight => auto_y_range(self, 0.0),
            YRange::Fit => fit_y_range(self),
        }
    }

    /// This spec with a [`YRange::Fit`] y-range made fixed, steady against `before` (the spec
    /// the same chart showed before this one): when only parameters changed (same x-range, the
    /// same activations and derivatives in the same order), [`steady_y_range`] keeps the
    /// y-range it had; otherwise (first draw, other curves, another x-range) the fit itself.
    /// So a link always shows the fit, and a slider moving does not rescale the axis at every
    /// step. Other y-ranges are left as they are.
    pub fn steadied(mut self, before: Option<&ChartSpec>) -> ChartSpec {
        if self.y_range != YRange::Fit {
            return self;
        }
        let need = padded_data_range(&self);
        let held = before
            .filter(|b| self.same_curves_but_parameters(b))
            .map(ChartSpec::resolved_y_range);
        let (a, b) = match held {
            Some(h) => steady_y_range(h, need),
            None => nice_y_range(need),
        };
        self.y_range = YRange::Fixed(a, b);
        self
    }

    /// Whether `other` draws the same activations and derivatives, in the same order, on the
    /// same x-range (parameters may differ).
    fn same_curves_but_parameters(&self, other: &ChartSpec) -> bool {
        let kind = |c: &CurveSpec| match &c.source {
            CurveSource::Function {
                activation,
                derivative,
                ..
            } => Some((*activation, *derivative)),
            _ => None,
        };
        self.resolved_x_range() == other.resolved_x_range()
            && self.curves.len() == other.curves.len()
            && self
                .curves
                .iter()
                .zip(&other.curves)
                .all(|(a, b)| kind(a).is_some() && kind(a) == kind(b))
    }
}

/// The y-range to show when the chart shows `held` and the curves, with their margin, span
/// `need` ([`padded_data_range`]): `held` while it contains `need` and `need` spans at least
/// [`SHRINK_BELOW`] of it; the fit ([`nice_y_range`] of `need`) when that is much smaller;
/// when `need` sticks out of `held`, `held` grown on each side that `need` crossed, to
/// [`GROW_HEADROOM`] of `need`'s span beyond it (the ends on the fit's grid). So the axis grows
/// at once when a curve would leave the plot, in few steps, and shrinks only when most of it
/// would be empty.
pub fn steady_y_range(held: (f64, f64), need: (f64, f64)) -> (f64, f64) {
    let span = |r: (f64, f64)| r.1 - r.0;
    let valid = |r: (f64, f64)| r.0.is_finite() && r.1.is_finite() && r.0 < r.1;
    if !valid(held) || !valid(need) {
        return nice_y_range(need);
    }
    if held.0 <= need.0 && need.1 <= held.1 {
        return if span(need) >= SHRINK_BELOW * span(held) {
            held
        } else {
            nice_y_range(need)
        };
    }
    let room = GROW_HEADROOM * span(need);
    let grown = (
        if need.0 < held.0 {
            need.0 - room
        } else {
            held.0
        },
        if need.1 > held.1 {
            need.1 + room
        } else {
            held.1
        },
    );
    nice_y_range(grown)
}

/// The y-range of [`YRange::Fit`]: [`nice_y_range`] of [`padded_data_range`]. Sigmoid on
/// (−6, 6) gives (−0.1, 1.1), ReLU (−0.5, 6.5).
pub fn fit_y_range(spec: &ChartSpec) -> (f64, f64) {
    nice_y_range(padded_data_range(spec))
}

/// The data's range over the x-range (every curve, sampled like the automatic ranges) widened
/// by [`FIT_MARGIN`] of its span on each side; a constant curve gets room around its value; no
/// data gives (−1, 1).
pub fn padded_data_range(spec: &ChartSpec) -> (f64, f64) {
    let Some((lo, hi)) = data_y_range(spec) else {
        return (-1.0, 1.0);
    };
    let mut margin = (hi - lo) * FIT_MARGIN;
    if margin <= 0.0 || !margin.is_finite() {
        margin = (hi.abs() * 0.1).max(1e-9);
    }
    (lo - margin, hi + margin)
}

/// `r` with its ends moved outward to the next multiple of half the "nice" tick step (1, 2,
/// 2.5 or 5 × 10^k) that divides it into about five.
pub fn nice_y_range(r: (f64, f64)) -> (f64, f64) {
    let grid = fit_grid(r);
    (snap_down(r.0, grid), snap_up(r.1, grid))
}

/// Half the nice step dividing `r` into about five.
fn fit_grid(r: (f64, f64)) -> f64 {
    let (_, step) = super::ticks::nice_ticks(r, 5);
    step / 2.0
}

/// `v` rounded down to a multiple of `grid` (to the nearest one when `v` is one but for
/// rounding noise).
fn snap_down(v: f64, grid: f64) -> f64 {
    snap(v, grid, f64::floor)
}

/// `v` rounded up to a multiple of `grid` (see [`snap_down`]).
fn snap_up(v: f64, grid: f64) -> f64 {
    snap(v, grid, f64::ceil)
}

fn snap(v: f64, grid: f64, round: fn(f64) -> f64) -> f64 {
    let q = v / grid;
    let k = if (q - q.round()).abs() < 1e-9 {
        q.round()
    } else {
        round(q)
    };
    let s = k * grid;
    if s.is_finite() { s } else { v }
}

/// The lowest and highest value of every curve over the x-range (1001 samples plus kinks), or
/// `None` when there is no finite value.
fn data_y_range(spec: &ChartSpec) -> Option<(f64, f64)> {
    let xr = spec.resolved_x_range();
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for c in &spec.curves {
        for (_, y) in c.source.sample(xr, 1001) {
            lo = lo.min(y);
            hi = hi.max(y);
        }
    }
    (lo.is_finite() && hi.is_finite()).then_some((lo, hi))
}

/// The data's range widened by max(15 % of its span, `min_margin`); (−1, 1) without data.
fn auto_y_range(spec: &ChartSpec, min_margin: f64) -> (f64, f64) {
    let Some((lo, hi)) = data_y_range(spec) else {
        return (-1.0, 1.0);
    };
    let mut margin = ((hi - lo) * 0.15).max(min_margin);
    if margin <= 0.0 || !margin.is_finite() {
        // A constant curve: give it some room around its value.
        margin = (hi.abs() * 0.15).max(1e-9).max(min_margin);
    }
    (lo - margin, hi + margin)
}

/// What the charts of one app or widget share: the parameters, the x-range, whether f′ is
/// drawn, the language and the colours. Every chart builder of [`super::views`] takes one.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOpts {
    /// The activation parameters.
    pub params: Params,
    /// The x-range.
    pub x_range: (f64, f64),
    /// Whether derivatives are drawn.
    pub deriv: bool,
    /// The language of titles and labels.
    pub lang: Lang,
    /// The colours.
    pub theme: Theme,
}

impl Default for ChartOpts {
    /// Default parameters on the default x-range, f only, English, light.
    fn default() -> Self {
        ChartOpts {
            params: Params::default(),
            x_range: super::DEFAULT_X_RANGE,
            deriv: false,
            lang: Lang::En,
            theme: Theme::LIGHT,
        }
    }
}
