//! Tunable parameters, with PyTorch's names and defaults, and their validation.

use std::fmt;

use super::Activation;

/// GELU's `approximate` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum GeluApproximate {
    /// `approximate='none'`: the exact x·Φ(x).
    #[default]
    None,
    /// `approximate='tanh'`: the tanh approximation.
    Tanh,
}

/// The parameters users tune, under PyTorch's names. One struct serves every activation:
/// each reads only its own fields ([`crate::math::Activation::params`] says which).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Leaky ReLU's slope for x < 0 (`negative_slope`, default 0.01).
    pub negative_slope: f64,
    /// PReLU's slope for x < 0 (`weight`, initial value 0.25).
    pub weight: f64,
    /// ELU's `alpha` (default 1.0).
    pub alpha: f64,
    /// Hardtanh's lower bound (`min_val`, default −1).
    pub min_val: f64,
    /// Hardtanh's upper bound (`max_val`, default 1).
    pub max_val: f64,
    /// Softplus' and SiLU/Swish's `beta` (default 1).
    pub beta: f64,
    /// Softplus' `threshold`: above beta·x > threshold PyTorch returns x. `None` = exact.
    pub threshold: Option<f64>,
    /// GELU's `approximate` (default `none`).
    pub approximate: GeluApproximate,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            negative_slope: 0.01,
            weight: 0.25,
            alpha: 1.0,
            min_val: -1.0,
            max_val: 1.0,
            beta: 1.0,
            threshold: None,
            approximate: GeluApproximate::None,
        }
    }
}

/// Why a set of parameters was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum ParamError {
    /// The value is NaN or infinite.
    NotFinite(&'static str),
    /// The value must be strictly positive.
    NotPositive(&'static str),
    /// `min_val` must be less than `max_val`.
    EmptyRange,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamError::NotFinite(n) => write!(f, "{n} must be a finite number (not NaN or ±∞)"),
            ParamError::NotPositive(n) => write!(f, "{n} must be greater than 0"),
            ParamError::EmptyRange => write!(f, "hardtanh needs min_val < max_val"),
        }
    }
}

impl std::error::Error for ParamError {}

impl Params {
    /// The numeric parameter named `name` (PyTorch's name); `None` for an unknown name and for
    /// `threshold` while it is off.
    pub fn get(&self, name: &str) -> Option<f64> {
        match name {
            "negative_slope" => Some(self.negative_slope),
            "weight" => Some(self.weight),
            "alpha" => Some(self.alpha),
            "min_val" => Some(self.min_val),
            "max_val" => Some(self.max_val),
            "beta" => Some(self.beta),
            "threshold" => self.threshold,
            _ => None,
        }
    }

    /// Sets the numeric parameter named `name` (no validation: see [`Params::validate`]);
    /// returns false, changing nothing, for an unknown name.
    pub fn set(&mut self, name: &str, v: f64) -> bool {
        match name {
            "negative_slope" => self.negative_slope = v,
            "weight" => self.weight = v,
            "alpha" => self.alpha = v,
            "min_val" => self.min_val = v,
            "max_val" => self.max_val = v,
            "beta" => self.beta = v,
            "threshold" => self.threshold = Some(v),
            _ => return false,
        }
        true
    }

    /// These parameters with every one that `a` does not read reset to its default: two
    /// settings that give `a` the same curve give the same result (a chart whose inputs are
    /// unchanged is not redrawn). [`Activation::params`] lists only the sliders; this also
    /// keeps Softplus' `threshold` and GELU's `approximate`.
    pub fn only_for(&self, a: Activation) -> Params {
        let d = Params::default();
        match a {
            Activation::LeakyRelu => Params {
                negative_slope: self.negative_slope,
                ..d
            },
            Activation::Prelu => Params {
                weight: self.weight,
                ..d
            },
            Activation::Elu => Params {
                alpha: self.alpha,
                ..d
            },
            Activation::Hardtanh => Params {
                min_val: self.min_val,
                max_val: self.max_val,
                ..d
            },
            Activation::Softplus => Params {
                beta: self.beta,
                threshold: self.threshold,
                ..d
            },
            Activation::Silu => Params {
                beta: self.beta,
                ..d
            },
            Activation::Gelu => Params {
                approximate: self.approximate,
                ..d
            },
            _ => d,
        }
    }

    /// Checks every field: finite numbers, beta > 0, min_val < max_val. Never panics; the
    /// first problem found is returned (finiteness first, in field order).
    pub fn validate(&self) -> Result<(), ParamError> {
        let finite = [
            ("negative_slope", self.negative_slope),
            ("weight", self.weight),
            ("alpha", self.alpha),
            ("min_val", self.min_val),
            ("max_val", self.max_val),
            ("beta", self.beta),
        ];
        for (name, v) in finite {
            if !v.is_finite() {
                return Err(ParamError::NotFinite(name));
            }
        }
        if self.threshold.is_some_and(|t| !t.is_finite()) {
            return Err(ParamError::NotFinite("threshold"));
        }
        if self.beta <= 0.0 {
            return Err(ParamError::NotPositive("beta"));
        }
        if self.min_val >= self.max_val {
            return Err(ParamError::EmptyRange);
        }
        Ok(())
    }
}

/// One tunable parameter of an activation: its PyTorch name, default and a sensible UI range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSpec {
    /// PyTorch's argument name (also the URL / embed attribute name).
    pub name: &'static str,
    /// PyTorch's default.
    pub default: f64,
    /// Lower end of the slider.
    pub min: f64,
    /// Upper end of the slider.
    pub max: f64,
    /// Slider step.
    pub step: f64,
}
