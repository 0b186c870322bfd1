//! The gated linear units of Shazeer (2020), "GLU Variants Improve Transformer": two inputs,
//! f(a, b) = a·g(b), where a and b are two linear projections of the same input and g is the
//! gate's activation. PyTorch's `F.glu(x, dim)` splits `x` in half along `dim` into (a, b).
//!
//! ```
//! use activation_explorer::math::GatedUnit;
//!
//! let u: GatedUnit = "swiglu".parse().unwrap();
//! assert_eq!(u.eval(2.0, 0.0), 0.0); // SiLU(0) = 0
//! let (da, db) = u.partials(2.0, 0.0);
//! assert_eq!((da, db), (0.0, 1.0)); // ∂/∂a = SiLU(0), ∂/∂b = 2·SiLU′(0) = 2·½
//! ```

use std::fmt;
use std::str::FromStr;

use super::activation::Activation;

/// One gated unit: a·g(b).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GatedUnit {
    /// `glu`: a·σ(b) (Dauphin et al. 2017; `torch.nn.functional.glu`).
    Glu,
    /// `reglu`: a·relu(b).
    Reglu,
    /// `geglu`: a·GELU(b), the exact (erf) GELU.
    Geglu,
    /// `swiglu`: a·SiLU(b) = a·b·σ(b) (Swish with β = 1).
    Swiglu,
}

impl GatedUnit {
    /// The four units, GLU first.
    pub const ALL: [GatedUnit; 4] = [
        GatedUnit::Glu,
        GatedUnit::Reglu,
        GatedUnit::Geglu,
        GatedUnit::Swiglu,
    ];

    /// The id used in URLs (`fn=swiglu`) and `data-activation`.
    pub const fn id(self) -> &'static str {
        match self {
            GatedUnit::Glu => "glu",
            GatedUnit::Reglu => "reglu",
            GatedUnit::Geglu => "geglu",
            GatedUnit::Swiglu => "swiglu",
        }
    }

    /// The gate's activation g, at its PyTorch defaults.
    pub const fn gate(self) -> Activation {
        match self {
            GatedUnit::Glu => Activation::Sigmoid,
            GatedUnit::Reglu => Activation::Relu,
            GatedUnit::Geglu => Activation::Gelu,
            GatedUnit::Swiglu => Activation::Silu,
        }
    }

    /// f(a, b) = a·g(b), correctly rounded from the exact g(b) (so within 2⁻⁵² relative plus
    /// g's own error). A zero factor gives a zero product even against an infinite one
    /// (a = ±inf where g(b) = 0: the gate closed wins), so no NaN comes out of non-NaN inputs.
    pub fn eval(self, a: f64, b: f64) -> f64 {
        product(a, self.gate().eval(b))
    }

    /// (∂f/∂a, ∂f/∂b) = (g(b), a·g′(b)), with g′ at kinks as PyTorch's backward (relu′(0) = 0)
    /// and the same zero rule as [`GatedUnit::eval`].
    pub fn partials(self, a: f64, b: f64) -> (f64, f64) {
        if a.is_nan() || b.is_nan() {
            return (f64::NAN, f64::NAN);
        }
        let g = self.gate();
        (g.eval(b), product(a, g.derivative(b)))
    }
}

/// x·y, except that a zero factor makes the product a (signed) zero even when the other is
/// infinite; NaN stays NaN.
fn product(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 || y == 0.0 {
        let negative = x.is_sign_negative() != y.is_sign_negative();
        if negative { -0.0 } else { 0.0 }
    } else {
        x * y
    }
}

impl fmt::Display for GatedUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for GatedUnit {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GatedUnit::ALL.into_iter().find(|u| u.id() == s).ok_or(())
    }
}
