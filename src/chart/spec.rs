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
    /// Short dashes (derivatives of curves that are already dashed).
    Dotted,
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
    /// A fixed range `(low, high)` (the seed's groups and overlay use (−3, 7)).
    Fixed(f64, f64),
}

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
    };
    /// The dark theme.
    pub const DARK: Theme = Theme {
        background: (24, 26, 31),
        foreground: (232, 232, 232),
        grid: (46, 50, 58),
        zero: (120, 124, 132),
        muted: (190, 190, 190),
        curve_contrast: 4.0,
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
        }
    }
}

/// The data's range widened by max(15 % of its span, `min_margin`); (−1, 1) without data.
fn auto_y_range(spec: &ChartSpec, min_margin: f64) -> (f64, f64) {
    let xr = spec.resolved_x_range();
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for c in &spec.curves {
        for (_, y) in c.source.sample(xr, 1001) {
            lo = lo.min(y);
            hi = hi.max(y);
        }
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (-1.0, 1.0);
    }
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
