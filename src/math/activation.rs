//! The [`Activation`] type: the 17 functions by PyTorch's functional names.

use std::fmt;
use std::str::FromStr;

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
    pub fn eval_with(self, x: f64, p: &Params) -> f64 {
        // PLACEHOLDER: naive forms, to be replaced by the exact implementation.
        let sig = |t: f64| 1.0 / (1.0 + (-t).exp());
        match self {
            Activation::Sigmoid => sig(x),
            Activation::Tanh => x.tanh(),
            Activation::Hardsigmoid => (x / 6.0 + 0.5).clamp(0.0, 1.0),
            Activation::Hardtanh => x.clamp(p.min_val, p.max_val),
            Activation::Softsign => x / (1.0 + x.abs()),
            Activation::Relu => x.max(0.0),
            Activation::LeakyRelu => {
                if x > 0.0 {
                    x
                } else {
                    p.negative_slope * x
                }
            }
            Activation::Prelu => {
                if x > 0.0 {
                    x
                } else {
                    p.weight * x
                }
            }
            Activation::Elu => {
                if x > 0.0 {
                    x
                } else {
                    p.alpha * x.exp_m1()
                }
            }
            Activation::Selu => {
                1.050_700_987_355_480_5
                    * if x > 0.0 {
                        x
                    } else {
                        1.673_263_242_354_377_3 * x.exp_m1()
                    }
            }
            Activation::Relu6 => x.clamp(0.0, 6.0),
            Activation::Gelu if p.approximate == GeluApproximate::None => {
                0.5 * x * libm::erfc(-x / std::f64::consts::SQRT_2)
            }
            Activation::Gelu | Activation::GeluTanh => {
                let u = (2.0 / std::f64::consts::PI).sqrt() * (x + 0.044715 * x * x * x);
                x * sig(2.0 * u)
            }
            Activation::Silu => x * sig(p.beta * x),
            Activation::Mish => x * (x.exp().ln_1p()).tanh(),
            Activation::Softplus => (p.beta * x).exp().ln_1p() / p.beta,
            Activation::Hardswish => x * (x + 3.0).clamp(0.0, 6.0) / 6.0,
        }
    }

    /// The derivative with the given parameters (assumed valid: see [`Params::validate`]).
    pub fn derivative_with(self, x: f64, p: &Params) -> f64 {
        // PLACEHOLDER: central difference, to be replaced by the exact derivatives.
        let h = 1e-6 * x.abs().max(1.0);
        (self.eval_with(x + h, p) - self.eval_with(x - h, p)) / (2.0 * h)
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
            "unknown activation {:?}; known: {}",
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
