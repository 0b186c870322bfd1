//! The [`Activation`] type: the 17 functions by PyTorch's functional names.

use std::fmt;
use std::str::FromStr;

use super::kernels as k;
use super::params::{GeluApproximate, ParamSpec, Params};

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
}

impl Activation {
    /// All activations, in the seed's order (GELU's tanh form right after GELU).
    pub const ALL: [Activation; 17] = [
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

    /// PyTorch's functional name, the id used in URLs, embeds and `data-activation`.
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
        }
    }

    /// The parameters of this activation that a user can tune (empty for most).
    pub fn params(self) -> &'static [ParamSpec] {
        const SLOPE: [ParamSpec; 1] = [ParamSpec {
            name: "negative_slope",
            default: 0.01,
            min: 0.0,
            max: 1.0,
            step: 0.01,
        }];
        const WEIGHT: [ParamSpec; 1] = [ParamSpec {
            name: "weight",
            default: 0.25,
            min: 0.0,
            max: 1.0,
            step: 0.01,
        }];
        const ALPHA: [ParamSpec; 1] = [ParamSpec {
            name: "alpha",
            default: 1.0,
            min: 0.0,
            max: 3.0,
            step: 0.05,
        }];
        const BOUNDS: [ParamSpec; 2] = [
            ParamSpec {
                name: "min_val",
                default: -1.0,
                min: -6.0,
                max: 6.0,
                step: 0.1,
            },
            ParamSpec {
                name: "max_val",
                default: 1.0,
                min: -6.0,
                max: 6.0,
                step: 0.1,
            },
        ];
        const BETA: [ParamSpec; 1] = [ParamSpec {
            name: "beta",
            default: 1.0,
            min: 0.1,
            max: 10.0,
            step: 0.1,
        }];
        match self {
            Activation::LeakyRelu => &SLOPE,
            Activation::Prelu => &WEIGHT,
            Activation::Elu => &ALPHA,
            Activation::Hardtanh => &BOUNDS,
            Activation::Softplus | Activation::Silu => &BETA,
            _ => &[],
        }
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
            Activation::Hardtanh => k::hardtanh(x, p.min_val, p.max_val),
            Activation::Softsign => k::softsign(x),
            Activation::Relu => {
                if x > 0.0 {
                    x
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => k::piecewise_linear(x, p.negative_slope),
            Activation::Prelu => k::piecewise_linear(x, p.weight),
            Activation::Elu => k::elu(x, p.alpha),
            Activation::Selu => k::selu(x),
            Activation::Relu6 => k::relu6(x),
            Activation::Gelu if p.approximate == GeluApproximate::None => k::gelu(x),
            Activation::Gelu | Activation::GeluTanh => k::gelu_tanh(x),
            Activation::Silu => k::silu(x, p.beta),
            Activation::Mish => k::mish(x),
            Activation::Softplus => k::softplus(x, p.beta, p.threshold),
            Activation::Hardswish => k::hardswish(x),
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
    pub fn derivative_with(self, x: f64, p: &Params) -> f64 {
        if x.is_nan() {
            return x;
        }
        match self {
            Activation::Sigmoid => k::sigmoid_d(x),
            Activation::Tanh => k::tanh_d(x),
            Activation::Hardsigmoid => k::hardsigmoid_d(x),
            Activation::Hardtanh => k::hardtanh_d(x, p.min_val, p.max_val),
            Activation::Softsign => k::softsign_d(x),
            Activation::Relu => {
                if x > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => k::piecewise_linear_d(x, p.negative_slope),
            Activation::Prelu => k::piecewise_linear_d(x, p.weight),
            Activation::Elu => k::elu_d(x, p.alpha),
            Activation::Selu => k::selu_d(x),
            Activation::Relu6 => k::relu6_d(x),
            Activation::Gelu if p.approximate == GeluApproximate::None => k::gelu_d(x),
            Activation::Gelu | Activation::GeluTanh => k::gelu_tanh_d(x),
            Activation::Silu => k::silu_d(x, p.beta),
            Activation::Mish => k::mish_d(x),
            Activation::Softplus => k::softplus_d(x, p.beta, p.threshold),
            Activation::Hardswish => k::hardswish_d(x),
        }
    }

    /// The inputs where f or f′ is not smooth (a corner, a jump of f′ or f″, or the jump
    /// of softplus at its threshold), in increasing order. Charts sample these exactly so
    /// that corners stay sharp; quadrature splits there ([`crate::math::gauss`]). Empty for the
    /// smooth functions. Softsign's 0 is a jump of f″ only (f″ = ∓2/(1+|x|)³): its f′ is
    /// continuous there, like ELU's with α = 1.
    pub fn kinks(self, p: &Params) -> Vec<f64> {
        match self {
            Activation::Relu
            | Activation::LeakyRelu
            | Activation::Prelu
            | Activation::Elu
            | Activation::Selu
            | Activation::Softsign => vec![0.0],
            Activation::Relu6 => vec![0.0, 6.0],
            Activation::Hardsigmoid | Activation::Hardswish => vec![-3.0, 3.0],
            Activation::Hardtanh => vec![p.min_val, p.max_val],
            Activation::Softplus => match p.threshold {
                Some(t) if (t / p.beta).is_finite() => vec![t / p.beta],
                _ => vec![],
            },
            _ => vec![],
        }
    }

    /// Whether f is monotonic (non-decreasing) over all of ℝ with these parameters.
    ///
    /// GELU (both forms), SiLU/Swish, Mish and Hardswish dip below zero for x < 0, so they are
    /// not; Leaky ReLU / PReLU / ELU are when their slope / α is ≥ 0; softplus with a
    /// threshold is not, because it jumps down by log1p(e^−t)/β where it switches to x.
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
            Activation::LeakyRelu => p.negative_slope >= 0.0,
            Activation::Prelu => p.weight >= 0.0,
            Activation::Elu => p.alpha >= 0.0,
            Activation::Softplus => p.threshold.is_none(),
            Activation::Gelu
            | Activation::GeluTanh
            | Activation::Silu
            | Activation::Mish
            | Activation::Hardswish => false,
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
