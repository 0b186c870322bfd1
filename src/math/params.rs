//! The parameter table: every tunable parameter once, with its PyTorch name, URL key, symbol,
//! default, slider and accepted range. Adding a parameter is one [`Param`] variant and one arm
//! of [`Param::info`]; the compiler then checks every place that matches on it.

use std::fmt;
use std::ops::Index;
use std::str::FromStr;

/// GELU's `approximate` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum GeluApproximate {
    /// `approximate='none'`: the exact x·Φ(x).
    #[default]
    None,
    /// `approximate='tanh'`: the tanh approximation.
    Tanh,
}

impl GeluApproximate {
    /// Both forms, `none` first.
    pub const ALL: [GeluApproximate; 2] = [GeluApproximate::None, GeluApproximate::Tanh];

    /// PyTorch's string for it (also the URL value).
    pub const fn id(self) -> &'static str {
        match self {
            GeluApproximate::None => "none",
            GeluApproximate::Tanh => "tanh",
        }
    }
}

impl FromStr for GeluApproximate {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GeluApproximate::ALL
            .into_iter()
            .find(|g| g.id() == s)
            .ok_or(())
    }
}

/// One tunable numeric parameter. Which activation reads which is
/// [`crate::math::Activation::params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Param {
    /// Leaky ReLU's slope for x < 0.
    NegativeSlope,
    /// PReLU's slope for x < 0 (learnable in PyTorch; this is its initial value).
    Weight,
    /// ELU's saturation value for x → −∞.
    Alpha,
    /// Hardtanh's lower bound.
    MinVal,
    /// Hardtanh's upper bound.
    MaxVal,
    /// Softplus' and SiLU/Swish's sharpness.
    Beta,
    /// Softplus' switch to the identity: where β·x > threshold PyTorch returns x (URL key
    /// `softplus_threshold`; PyTorch's argument is `threshold`).
    SoftplusThreshold,
    /// Hardshrink's and Softshrink's half-width λ of the band sent to 0 (PyTorch's `lambd`).
    Lambd,
    /// RReLU's lowest random slope (training); the curve uses (lower + upper)/2.
    Lower,
    /// RReLU's highest random slope (training).
    Upper,
    /// The `threshold` function's threshold: x above it passes, anything else becomes `value`.
    Threshold,
    /// The `threshold` function's replacement value for x ≤ threshold.
    Value,
    /// Snake's frequency α (BigVGAN's `alpha`; not ELU's α, which is [`Param::Alpha`]).
    SnakeAlpha,
}

/// A pair of parameters that must be ordered: `lo < hi` when `strict`, else `lo ≤ hi`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Order {
    /// The parameter that must be the smaller.
    pub lo: Param,
    /// The parameter that must be the larger.
    pub hi: Param,
    /// Whether equal values are refused.
    pub strict: bool,
}

impl Order {
    /// Whether `p` satisfies this order (false when either value is NaN).
    pub fn holds(self, p: &Params) -> bool {
        if self.strict {
            p[self.lo] < p[self.hi]
        } else {
            p[self.lo] <= p[self.hi]
        }
    }

    /// Whether `q` is one of the two parameters.
    pub fn involves(self, q: Param) -> bool {
        self.lo == q || self.hi == q
    }
}

/// The range of a slider.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slider {
    /// Lower end.
    pub min: f64,
    /// Upper end.
    pub max: f64,
    /// Step.
    pub step: f64,
}

/// Everything about one [`Param`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamInfo {
    /// The key in URLs and embed attributes.
    pub key: &'static str,
    /// PyTorch's argument name.
    pub torch: &'static str,
    /// The symbol in formulas, legends and labels (e.g. `α`); the chart legend, the formula and
    /// the control all use this one.
    pub symbol: &'static str,
    /// PyTorch's default. `f64::INFINITY` for Softplus' threshold means "off": the app's
    /// default is the exact function, PyTorch's is 20 (see [`ParamInfo::torch_default`]).
    /// The `threshold` function's two arguments have no PyTorch default (both are required):
    /// the app starts them at 0 and 0 (ReLU), which the catalogue says.
    pub default: f64,
    /// PyTorch's own default where it differs from [`ParamInfo::default`].
    pub torch_default: Option<f64>,
    /// The slider, or `None` for a parameter set only through the URL or an attribute.
    pub slider: Option<Slider>,
    /// The smallest value accepted from a URL, an attribute or a typed input.
    pub min: f64,
    /// The largest value accepted from a URL, an attribute or a typed input.
    pub max: f64,
    /// Whether the math needs the value to be strictly positive.
    pub positive: bool,
}

const fn slider(min: f64, max: f64, step: f64) -> Option<Slider> {
    Some(Slider { min, max, step })
}

impl Param {
    /// Every parameter, in the order URLs write them.
    pub const ALL: [Param; 13] = [
        Param::NegativeSlope,
        Param::Weight,
        Param::Alpha,
        Param::MinVal,
        Param::MaxVal,
        Param::Beta,
        Param::SoftplusThreshold,
        Param::Lambd,
        Param::Lower,
        Param::Upper,
        Param::Threshold,
        Param::Value,
        Param::SnakeAlpha,
    ];

    /// The number of parameters.
    pub const COUNT: usize = Param::ALL.len();

    /// The pairs that must be ordered: Hardtanh's bounds strictly (PyTorch's hardtanh accepts
    /// equal bounds, but a flat line has no band to clip to), RReLU's `lower ≤ upper` as
    /// PyTorch requires.
    pub const ORDERED: [Order; 2] = [
        Order {
            lo: Param::MinVal,
            hi: Param::MaxVal,
            strict: true,
        },
        Order {
            lo: Param::Lower,
            hi: Param::Upper,
            strict: false,
        },
    ];

    /// The table entry of this parameter.
    pub const fn info(self) -> ParamInfo {
        const fn p(
            key: &'static str,
            symbol: &'static str,
            default: f64,
            slider: Option<Slider>,
            (min, max): (f64, f64),
        ) -> ParamInfo {
            ParamInfo {
                key,
                torch: key,
                symbol,
                default,
                torch_default: None,
                slider,
                min,
                max,
                positive: false,
            }
        }
        match self {
            Param::NegativeSlope => p(
                "negative_slope",
                "α",
                0.01,
                slider(0.0, 1.0, 0.01),
                (-10.0, 10.0),
            ),
            Param::Weight => p("weight", "a", 0.25, slider(0.0, 1.0, 0.01), (-10.0, 10.0)),
            Param::Alpha => p("alpha", "α", 1.0, slider(0.0, 3.0, 0.05), (0.0, 10.0)),
            Param::MinVal => p(
                "min_val",
                "min_val",
                -1.0,
                slider(-6.0, 6.0, 0.1),
                (-1000.0, 1000.0),
            ),
            Param::MaxVal => p(
                "max_val",
                "max_val",
                1.0,
                slider(-6.0, 6.0, 0.1),
                (-1000.0, 1000.0),
            ),
            Param::Beta => ParamInfo {
                positive: true,
                ..p("beta", "β", 1.0, slider(0.1, 10.0, 0.1), (0.001, 100.0))
            },
            Param::SoftplusThreshold => ParamInfo {
                torch: "threshold",
                torch_default: Some(20.0),
                ..p(
                    "softplus_threshold",
                    "threshold",
                    f64::INFINITY,
                    None,
                    (0.0, 1000.0),
                )
            },
            Param::Lambd => p("lambd", "λ", 0.5, slider(0.0, 3.0, 0.05), (0.0, 1000.0)),
            Param::Lower => p(
                "lower",
                "lower",
                1.0 / 8.0,
                slider(0.0, 1.0, 0.01),
                (-10.0, 10.0),
            ),
            Param::Upper => p(
                "upper",
                "upper",
                1.0 / 3.0,
                slider(0.0, 1.0, 0.01),
                (-10.0, 10.0),
            ),
            Param::Threshold => p(
                "threshold",
                "threshold",
                0.0,
                slider(-6.0, 6.0, 0.1),
                (-1000.0, 1000.0),
            ),
            Param::Value => p(
                "value",
                "value",
                0.0,
                slider(-6.0, 6.0, 0.1),
                (-1000.0, 1000.0),
            ),
            Param::SnakeAlpha => ParamInfo {
                torch: "alpha",
                positive: true,
                ..p(
                    "snake_alpha",
                    "α",
                    1.0,
                    slider(0.1, 5.0, 0.05),
                    (0.001, 100.0),
                )
            },
        }
    }

    /// The URL / attribute key.
    pub const fn key(self) -> &'static str {
        self.info().key
    }

    /// PyTorch's default (or the app's, see [`ParamInfo::default`]).
    pub const fn default_value(self) -> f64 {
        self.info().default
    }

    /// Whether `v` is a value the math accepts for this parameter: not NaN, finite (or the
    /// "off" default), and positive where required. Wider than the URL limits.
    pub fn admits(self, v: f64) -> bool {
        let info = self.info();
        let finite_or_off = v.is_finite() || v == info.default;
        finite_or_off && (!info.positive || v > 0.0)
    }

    /// Whether `v` lies within the limits accepted from URLs, attributes and typed input.
    pub fn within_limits(self, v: f64) -> bool {
        let info = self.info();
        v.is_finite() && (info.min..=info.max).contains(&v)
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Param {
    type Err = ();

    /// Parses a URL key.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Param::ALL.into_iter().find(|p| p.key() == s).ok_or(())
    }
}

/// The values of every parameter, plus GELU's form. One value serves every activation that
/// reads the parameter; each activation reads only its own ([`crate::math::Activation::params`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    values: [f64; Param::COUNT],
    /// GELU's `approximate` (default `none`).
    pub approximate: GeluApproximate,
}

impl Default for Params {
    fn default() -> Self {
        let mut values = [0.0; Param::COUNT];
        for p in Param::ALL {
            values[p as usize] = p.default_value();
        }
        Params {
            values,
            approximate: GeluApproximate::None,
        }
    }
}

impl Index<Param> for Params {
    type Output = f64;

    fn index(&self, p: Param) -> &f64 {
        &self.values[p as usize]
    }
}

/// Why a set of parameters was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamError {
    /// The value is NaN or infinite.
    NotFinite(Param),
    /// The value must be strictly positive.
    NotPositive(Param),
    /// The pair is not ordered as [`Param::ORDERED`] requires.
    NotOrdered(Order),
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamError::NotFinite(p) => write!(f, "{p} must be a finite number (not NaN or ±∞)"),
            ParamError::NotPositive(p) => write!(f, "{p} must be greater than 0"),
            ParamError::NotOrdered(o) if o.strict => {
                write!(f, "{} must be less than {}", o.lo, o.hi)
            }
            ParamError::NotOrdered(o) => write!(f, "{} must not be greater than {}", o.lo, o.hi),
        }
    }
}

impl std::error::Error for ParamError {}

impl Params {
    /// The value of `p`.
    pub fn get(&self, p: Param) -> f64 {
        self[p]
    }

    /// Sets `p` (no validation: see [`Params::validate`]).
    pub fn set(&mut self, p: Param, v: f64) {
        self.values[p as usize] = v;
    }

    /// These parameters with `p` set to `v`.
    pub fn with(mut self, p: Param, v: f64) -> Params {
        self.set(p, v);
        self
    }

    /// These parameters with GELU's form set to `g`.
    pub fn with_approximate(mut self, g: GeluApproximate) -> Params {
        self.approximate = g;
        self
    }

    /// Softplus' threshold, `None` while it is off.
    pub fn softplus_threshold(&self) -> Option<f64> {
        let t = self[Param::SoftplusThreshold];
        t.is_finite().then_some(t)
    }

    /// Whether `p` is at its default.
    pub fn is_default(&self, p: Param) -> bool {
        self[p] == p.default_value()
    }

    /// These parameters with every one that `a` does not read reset to its default: two
    /// settings that give `a` the same curve give the same result (a chart whose inputs are
    /// unchanged is not redrawn).
    pub fn only_for(&self, a: super::Activation) -> Params {
        let mut out = Params::default();
        for &p in a.params() {
            out.set(p, self[p]);
        }
        if a.reads_approximate() {
            out.approximate = self.approximate;
        }
        out
    }

    /// Checks every value with [`Param::admits`] and every pair of [`Param::ORDERED`]. Never
    /// panics; the first problem found is returned (in [`Param::ALL`] order, pairs last).
    pub fn validate(&self) -> Result<(), ParamError> {
        for p in Param::ALL {
            let v = self[p];
            if !p.admits(v) {
                return Err(if v.is_finite() || v == p.default_value() {
                    ParamError::NotPositive(p)
                } else {
                    ParamError::NotFinite(p)
                });
            }
        }
        for o in Param::ORDERED {
            if !o.holds(self) {
                return Err(ParamError::NotOrdered(o));
            }
        }
        Ok(())
    }
}
