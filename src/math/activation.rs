//! The [`Activation`] type: the 27 single-input functions by PyTorch's functional names (or,
//! for the three PyTorch lacks, the names Hugging Face and the papers use).

use std::fmt;
use std::str::FromStr;

use super::kernels as k;
use super::params::{GeluApproximate, Param, Params};

/// One activation function, named as in `torch.nn.functional`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Activation {
    /// `sigmoid`: 1 / (1 + e^−x).
    Sigmoid,
    /// `tanh`: hyperbolic tangent.
    Tanh,
    /// `hardsigmoid`: clamp(x/6 + 1/2, 0, 1).
    Hardsigmoid,
    /// `hardtanh`: clamp(x, min_val, max_val).
    Hardtanh,
    /// `softsign`: x / (1 + |x|).
    Softsign,
    /// `relu`: max(0, x).
    Relu,
    /// `leaky_relu`: x for x > 0, negative_slope·x otherwise.
    LeakyRelu,
    /// `prelu`: x for x > 0, weight·x otherwise (weight learnable in PyTorch).
    Prelu,
    /// `elu`: x for x > 0, alpha·(e^x − 1) otherwise.
    Elu,
    /// `selu`: scale·elu(x, alpha) with the self-normalising constants.
    Selu,
    /// `relu6`: min(max(0, x), 6).
    Relu6,
    /// `gelu`: x·Φ(x), the exact (erf) form.
    Gelu,
    /// `gelu_tanh`: GELU's tanh approximation (`approximate='tanh'`).
    GeluTanh,
    /// `silu`: x·σ(x) (Swish with beta = 1).
    Silu,
    /// `mish`: x·tanh(softplus(x)).
    Mish,
    /// `softplus`: (1/beta)·ln(1 + e^(beta·x)).
    Softplus,
    /// `hardswish`: x·relu6(x + 3)/6.
    Hardswish,
    /// `celu`: x for x > 0, alpha·(e^(x/alpha) − 1) otherwise (continuously differentiable ELU).
    Celu,
    /// `rrelu`: x for x ≥ 0, a·x otherwise, a ~ U(lower, upper) in training and
    /// (lower + upper)/2 in evaluation (the curve shown).
    Rrelu,
    /// `logsigmoid`: ln σ(x) = −softplus(−x).
    Logsigmoid,
    /// `hardshrink`: x where |x| > lambd, 0 otherwise.
    Hardshrink,
    /// `softshrink`: x ∓ lambd where |x| > lambd, 0 otherwise (soft thresholding).
    Softshrink,
    /// `tanhshrink`: x − tanh x.
    Tanhshrink,
    /// `threshold`: x where x > threshold, value otherwise.
    Threshold,
    /// `squared_relu`: relu(x)² (Primer; `relu2` in Hugging Face's ACT2FN; not in PyTorch).
    SquaredRelu,
    /// `quick_gelu`: x·σ(1.702x) (OpenAI CLIP; not in PyTorch).
    QuickGelu,
    /// `snake`: x + sin²(alpha·x)/alpha (BigVGAN; not in PyTorch).
    Snake,
}

impl Activation {
    /// The seed's set: its 16 activations in its order, with GELU's tanh form right after GELU.
    pub const SEED_SET: [Activation; 17] = [
        Activation::Sigmoid,
        Activation::Tanh,
        Activation::Hardsigmoid,
        Activation::Hardtanh,
        Activation::Softsign,
        Activation::Relu,
        Activation::LeakyRelu,
        Activation::Prelu,
        Activation::Elu,
        Activation::Selu,
        Activation::Relu6,
        Activation::Gelu,
        Activation::GeluTanh,
        Activation::Silu,
        Activation::Mish,
        Activation::Softplus,
        Activation::Hardswish,
    ];

    /// The ten added beyond the seed: PyTorch's other element-wise activations, then those of
    /// today's large models that PyTorch lacks.
    pub const ADDED: [Activation; 10] = [
        Activation::Celu,
        Activation::Rrelu,
        Activation::Logsigmoid,
        Activation::Hardshrink,
        Activation::Softshrink,
        Activation::Tanhshrink,
        Activation::Threshold,
        Activation::SquaredRelu,
        Activation::QuickGelu,
        Activation::Snake,
    ];

    /// All activations: [`Activation::SEED_SET`], then [`Activation::ADDED`].
    pub const ALL: [Activation; 27] = {
        let mut all = [Activation::Sigmoid; 27];
        let mut i = 0;
        while i < 17 {
            all[i] = Activation::SEED_SET[i];
            i += 1;
        }
        while i < 27 {
            all[i] = Activation::ADDED[i - 17];
            i += 1;
        }
        all
    };

    /// Whether `self` belongs to the seed's set ([`Activation::SEED_SET`]).
    pub const fn in_seed_set(self) -> bool {
        !matches!(
            self,
            Activation::Celu
                | Activation::Rrelu
                | Activation::Logsigmoid
                | Activation::Hardshrink
                | Activation::Softshrink
                | Activation::Tanhshrink
                | Activation::Threshold
                | Activation::SquaredRelu
                | Activation::QuickGelu
                | Activation::Snake
        )
    }

    /// The 16 activations of the seed's 4×4 grid (GELU's tanh form excluded), in its order.
    pub const SEED: [Activation; 16] = [
        Activation::Sigmoid,
        Activation::Tanh,
        Activation::Hardsigmoid,
        Activation::Hardtanh,
        Activation::Softsign,
        Activation::Relu,
        Activation::LeakyRelu,
        Activation::Prelu,
        Activation::Elu,
        Activation::Selu,
        Activation::Relu6,
        Activation::Gelu,
        Activation::Silu,
        Activation::Mish,
        Activation::Softplus,
        Activation::Hardswish,
    ];

    /// PyTorch's functional name (for the three PyTorch lacks: `squared_relu`, `quick_gelu`,
    /// `snake`), the id used in URLs, embeds and `data-activation`.
    pub const fn id(self) -> &'static str {
        match self {
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
            Activation::Hardsigmoid => "hardsigmoid",
            Activation::Hardtanh => "hardtanh",
            Activation::Softsign => "softsign",
            Activation::Relu => "relu",
            Activation::LeakyRelu => "leaky_relu",
            Activation::Prelu => "prelu",
            Activation::Elu => "elu",
            Activation::Selu => "selu",
            Activation::Relu6 => "relu6",
            Activation::Gelu => "gelu",
            Activation::GeluTanh => "gelu_tanh",
            Activation::Silu => "silu",
            Activation::Mish => "mish",
            Activation::Softplus => "softplus",
            Activation::Hardswish => "hardswish",
            Activation::Celu => "celu",
            Activation::Rrelu => "rrelu",
            Activation::Logsigmoid => "logsigmoid",
            Activation::Hardshrink => "hardshrink",
            Activation::Softshrink => "softshrink",
            Activation::Tanhshrink => "tanhshrink",
            Activation::Threshold => "threshold",
            Activation::SquaredRelu => "squared_relu",
            Activation::QuickGelu => "quick_gelu",
            Activation::Snake => "snake",
        }
    }

    /// The parameters this activation reads, in [`Param::ALL`] order (empty for most).
    pub const fn params(self) -> &'static [Param] {
        match self {
            Activation::LeakyRelu => &[Param::NegativeSlope],
            Activation::Prelu => &[Param::Weight],
            Activation::Elu => &[Param::Alpha],
            Activation::Hardtanh => &[Param::MinVal, Param::MaxVal],
            Activation::Softplus => &[Param::Beta, Param::SoftplusThreshold],
            Activation::Silu => &[Param::Beta],
            Activation::Celu => &[Param::Alpha],
            Activation::Hardshrink | Activation::Softshrink => &[Param::Lambd],
            Activation::Rrelu => &[Param::Lower, Param::Upper],
            Activation::Threshold => &[Param::Threshold, Param::Value],
            Activation::Snake => &[Param::SnakeAlpha],
            _ => &[],
        }
    }

    /// Whether this activation reads GELU's `approximate`.
    pub const fn reads_approximate(self) -> bool {
        matches!(self, Activation::Gelu)
    }

    /// The value at PyTorch's default parameters.
    pub fn eval(self, x: f64) -> f64 {
        self.eval_with(x, &Params::default())
    }

    /// The derivative at PyTorch's default parameters (PyTorch's backward at kinks).
    pub fn derivative(self, x: f64) -> f64 {
        self.derivative_with(x, &Params::default())
    }

    /// The value with the given parameters (assumed valid: see [`Params::validate`]).
    ///
    /// Exact over all of f64: within 2⁻⁴⁶·(|f(x)| + |x·f′(x)|) + 2⁻¹⁰²¹ of the true value,
    /// the true limits at ±inf, NaN only for a NaN input. `Gelu` with
    /// [`GeluApproximate::Tanh`] is the tanh form, like [`Activation::GeluTanh`].
    pub fn eval_with(self, x: f64, p: &Params) -> f64 {
        if x.is_nan() {
            return x;
        }
        match self {
            Activation::Sigmoid => k::sigmoid(x),
            Activation::Tanh => k::tanh_(x),
            Activation::Hardsigmoid => k::hardsigmoid(x),
            Activation::Hardtanh => k::hardtanh(x, p[Param::MinVal], p[Param::MaxVal]),
            Activation::Softsign => k::softsign(x),
            Activation::Relu => {
                if x > 0.0 {
                    x
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => k::piecewise_linear(x, p[Param::NegativeSlope]),
            Activation::Prelu => k::piecewise_linear(x, p[Param::Weight]),
            Activation::Elu => k::elu(x, p[Param::Alpha]),
            Activation::Selu => k::selu(x),
            Activation::Relu6 => k::relu6(x),
            Activation::Gelu if p.approximate == GeluApproximate::None => k::gelu(x),
            Activation::Gelu | Activation::GeluTanh => k::gelu_tanh(x),
            Activation::Silu => k::silu(x, p[Param::Beta]),
            Activation::Mish => k::mish(x),
            Activation::Softplus => k::softplus(x, p[Param::Beta], p.softplus_threshold()),
            Activation::Hardswish => k::hardswish(x),
            Activation::Celu => k::celu(x, p[Param::Alpha]),
            Activation::Rrelu => {
                k::piecewise_linear(x, k::rrelu_slope(p[Param::Lower], p[Param::Upper]))
            }
            Activation::Logsigmoid => k::logsigmoid(x),
            Activation::Hardshrink => k::hardshrink(x, p[Param::Lambd]),
            Activation::Softshrink => k::softshrink(x, p[Param::Lambd]),
            Activation::Tanhshrink => k::tanhshrink(x),
            Activation::Threshold => k::threshold(x, p[Param::Threshold], p[Param::Value]),
            Activation::SquaredRelu => k::squared_relu(x),
            Activation::QuickGelu => k::silu(x, k::QUICK_GELU_SCALE),
            Activation::Snake => k::snake(x, p[Param::SnakeAlpha]),
        }
    }

    /// The derivative with the given parameters (assumed valid: see [`Params::validate`]).
    ///
    /// Same accuracy as [`Activation::eval_with`], with f″ in place of f′ in the bound. At a
    /// kink it returns what PyTorch's backward returns there (see each case below):
    /// - `relu`: 0 at x = 0 (`x > 0 ? 1 : 0`);
    /// - `leaky_relu` / `prelu`: the slope at 0 (`x > 0 ? 1 : slope`);
    /// - `elu`: α at 0, `selu`: λα at 0 (`x <= 0 ? α·e^x : 1`);
    /// - `relu6`, `hardtanh`: 1 only strictly inside the linear part, 0 at and past the bounds;
    /// - `hardsigmoid`: 1/6 on the open (−3, 3), 0 at ±3;
    /// - `hardswish`: x/3 + 1/2 on the closed [−3, 3] (−1/2 at −3, 3/2 at 3);
    /// - `softplus` with a threshold: 1 where βx > threshold.
    /// - `celu`: 1 at 0 (`x <= 0 ? e^(x/α) : 1`, ELU's backward with input scale 1/α; CELU
    ///   is C¹, so both sides agree);
    /// - `rrelu` (evaluation mode, leaky_relu's backward): (lower + upper)/2 at 0;
    /// - `hardshrink`, `softshrink` (`hardshrink_backward`, `softshrink_backward`): 0 on the
    ///   closed [−λ, λ], so 0 at ±λ, 1 outside;
    /// - `threshold` (`threshold_backward`): 0 at and below the threshold, 1 above;
    /// - `squared_relu`: 2·relu(x), 0 at 0 (autograd of `square(relu(x))`, no jump).
    ///
    /// Snake′ has no limit at ±inf (it oscillates in [0, 2]): it returns 1, its mean.
    pub fn derivative_with(self, x: f64, p: &Params) -> f64 {
        if x.is_nan() {
            return x;
        }
        match self {
            Activation::Sigmoid => k::sigmoid_d(x),
            Activation::Tanh => k::tanh_d(x),
            Activation::Hardsigmoid => k::hardsigmoid_d(x),
            Activation::Hardtanh => k::hardtanh_d(x, p[Param::MinVal], p[Param::MaxVal]),
            Activation::Softsign => k::softsign_d(x),
            Activation::Relu => {
                if x > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => k::piecewise_linear_d(x, p[Param::NegativeSlope]),
            Activation::Prelu => k::piecewise_linear_d(x, p[Param::Weight]),
            Activation::Elu => k::elu_d(x, p[Param::Alpha]),
            Activation::Selu => k::selu_d(x),
            Activation::Relu6 => k::relu6_d(x),
            Activation::Gelu if p.approximate == GeluApproximate::None => k::gelu_d(x),
            Activation::Gelu | Activation::GeluTanh => k::gelu_tanh_d(x),
            Activation::Silu => k::silu_d(x, p[Param::Beta]),
            Activation::Mish => k::mish_d(x),
            Activation::Softplus => k::softplus_d(x, p[Param::Beta], p.softplus_threshold()),
            Activation::Hardswish => k::hardswish_d(x),
            Activation::Celu => k::celu_d(x, p[Param::Alpha]),
            Activation::Rrelu => {
                k::piecewise_linear_d(x, k::rrelu_slope(p[Param::Lower], p[Param::Upper]))
            }
            Activation::Logsigmoid => k::logsigmoid_d(x),
            Activation::Hardshrink | Activation::Softshrink => k::shrink_d(x, p[Param::Lambd]),
            Activation::Tanhshrink => k::tanhshrink_d(x),
            Activation::Threshold => k::threshold_d(x, p[Param::Threshold]),
            Activation::SquaredRelu => k::squared_relu_d(x),
            Activation::QuickGelu => k::silu_d(x, k::QUICK_GELU_SCALE),
            Activation::Snake => k::snake_d(x, p[Param::SnakeAlpha]),
        }
    }

    /// The inputs where f or f′ is not smooth (a corner, a jump of f′ or f″, or a jump of f:
    /// softplus at its threshold, hardshrink at ±λ, threshold at its threshold), in increasing
    /// order. Charts sample these exactly so that corners stay sharp; quadrature splits there
    /// ([`crate::math::gauss`]). Empty for the smooth functions. Softsign's 0 is a jump of f″
    /// only (f″ = ∓2/(1+|x|)³): its f′ is continuous there, like ELU's with α = 1, CELU's and
    /// squared ReLU's.
    pub fn kinks(self, p: &Params) -> Vec<f64> {
        match self {
            Activation::Relu
            | Activation::LeakyRelu
            | Activation::Prelu
            | Activation::Elu
            | Activation::Selu
            | Activation::Softsign
            | Activation::Celu
            | Activation::Rrelu
            | Activation::SquaredRelu => vec![0.0],
            Activation::Relu6 => vec![0.0, 6.0],
            Activation::Hardshrink | Activation::Softshrink => {
                // A negative λ (PyTorch refuses it for softshrink) gives the same kinks as |λ|.
                let l = p[Param::Lambd].abs();
                if l == 0.0 { vec![0.0] } else { vec![-l, l] }
            }
            Activation::Threshold => vec![p[Param::Threshold]],
            Activation::Hardsigmoid | Activation::Hardswish => vec![-3.0, 3.0],
            Activation::Hardtanh => vec![p[Param::MinVal], p[Param::MaxVal]],
            Activation::Softplus => match p.softplus_threshold() {
                Some(t) if (t / p[Param::Beta]).is_finite() => vec![t / p[Param::Beta]],
                _ => vec![],
            },
            _ => vec![],
        }
    }

    /// Whether f is monotonic (non-decreasing) over all of ℝ with these parameters.
    ///
    /// GELU (both forms), SiLU/Swish, QuickGELU, Mish and Hardswish dip below zero for x < 0,
    /// so they are not; Leaky ReLU / PReLU / ELU / CELU / RReLU are when their slope / α is
    /// ≥ 0; softplus with a threshold is not, because it jumps down by log1p(e^−t)/β where it
    /// switches to x; threshold is when it jumps up (value ≤ threshold); Snake is, since
    /// f′ = 1 + sin(2αx) ≥ 0; Hardshrink jumps up at both ±λ.
    pub fn is_monotonic(self, p: &Params) -> bool {
        match self {
            Activation::Sigmoid
            | Activation::Tanh
            | Activation::Hardsigmoid
            | Activation::Hardtanh
            | Activation::Softsign
            | Activation::Relu
            | Activation::Selu
            | Activation::Relu6 => true,
            Activation::LeakyRelu => p[Param::NegativeSlope] >= 0.0,
            Activation::Prelu => p[Param::Weight] >= 0.0,
            Activation::Elu => p[Param::Alpha] >= 0.0,
            Activation::Softplus => p.softplus_threshold().is_none(),
            Activation::Celu => p[Param::Alpha] >= 0.0,
            Activation::Rrelu => k::rrelu_slope(p[Param::Lower], p[Param::Upper]) >= 0.0,
            Activation::Threshold => p[Param::Value] <= p[Param::Threshold],
            Activation::Logsigmoid
            | Activation::Hardshrink
            | Activation::Softshrink
            | Activation::Tanhshrink
            | Activation::SquaredRelu
            | Activation::Snake => true,
            Activation::Gelu
            | Activation::GeluTanh
            | Activation::Silu
            | Activation::Mish
            | Activation::Hardswish
            | Activation::QuickGelu => false,
        }
    }

    /// Whether f itself jumps somewhere with these parameters (not only f′): softplus with a
    /// threshold, hardshrink with λ > 0, softshrink with λ < 0, threshold with
    /// value ≠ threshold. Charts then sample
    /// f just beside its kinks too, so a jump is drawn as a step.
    pub fn jumps(self, p: &Params) -> bool {
        match self {
            Activation::Softplus => p.softplus_threshold().is_some(),
            Activation::Hardshrink => p[Param::Lambd] > 0.0,
            Activation::Softshrink => p[Param::Lambd] < 0.0,
            Activation::Threshold => p[Param::Value] != p[Param::Threshold],
            _ => false,
        }
    }
}

impl fmt::Display for Activation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The error of parsing an unknown activation id; its message lists the known ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownActivation(pub String);

impl fmt::Display for UnknownActivation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = Activation::ALL.iter().map(|a| a.id()).collect();
        write!(
            f,
            "unknown activation \"{}\"; known: {}",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownActivation {}

impl FromStr for Activation {
    type Err = UnknownActivation;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Activation::ALL
            .into_iter()
            .find(|a| a.id() == s)
            .ok_or_else(|| UnknownActivation(s.chars().take(64).collect()))
    }
}
