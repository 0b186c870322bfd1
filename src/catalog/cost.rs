//! What an activation costs to evaluate, as the comparison grid shows it: the special functions
//! (exp, expm1, log1p, tanh, erf, sin) one output value needs. Everything else an activation
//! does (compare, add, multiply, divide, clamp) is cheap next to them, so the piecewise-linear
//! functions, Softsign and Squared ReLU cost 0.
//!
//! The count follows the function's definition as PyTorch evaluates it (`mish` is
//! `x * tanh(log1p(exp(x)))`: three), not a cleverer rewrite. `tests/catalog_compare.rs` checks
//! it against this crate's own kernels (`src/math/kernels.rs`, read with `syn`): on the costliest
//! path through each kernel they call as many special functions, except where a kernel is
//! an algebraic rewrite that needs fewer (Mish: one `exp`), which the test lists.
//!
//! ```
//! use activation_explorer::catalog::{Special, special_functions};
//! use activation_explorer::math::Activation;
//!
//! assert!(special_functions(Activation::Relu).is_empty());
//! assert_eq!(special_functions(Activation::Softplus), &[Special::Exp, Special::Log1p]);
//! ```

use crate::math::{Activation, GatedUnit};

/// A special function: evaluated by a series or a polynomial approximation, tens of times the
/// cost of a multiply-add.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// eˣ.
    Exp,
    /// eˣ − 1, accurate near 0.
    Expm1,
    /// ln(1 + x), accurate near 0.
    Log1p,
    /// tanh x.
    Tanh,
    /// The error function (or its complement).
    Erf,
    /// sin x.
    Sin,
}

impl Special {
    /// Its name as C and PyTorch's kernels spell it.
    pub const fn name(self) -> &'static str {
        match self {
            Special::Exp => "exp",
            Special::Expm1 => "expm1",
            Special::Log1p => "log1p",
            Special::Tanh => "tanh",
            Special::Erf => "erf",
            Special::Sin => "sin",
        }
    }
}

/// The special functions `a` evaluates per value at its default parameters, as PyTorch
/// computes it (the costliest branch: ELU's `expm1` is only needed for x ≤ 0). One match over
/// every activation, so a new one must be classified here.
pub const fn special_functions(a: Activation) -> &'static [Special] {
    use Special::*;
    match a {
        Activation::Hardsigmoid
        | Activation::Hardtanh
        | Activation::Softsign
        | Activation::Relu
        | Activation::LeakyRelu
        | Activation::Prelu
        | Activation::Relu6
        | Activation::Hardswish
        | Activation::Rrelu
        | Activation::Hardshrink
        | Activation::Softshrink
        | Activation::Threshold
        | Activation::SquaredRelu => &[],
        // σ(x) = 1 / (1 + e^−x); SiLU and QuickGELU are x·σ(βx).
        Activation::Sigmoid | Activation::Silu | Activation::QuickGelu => &[Exp],
        Activation::Tanh | Activation::Tanhshrink => &[Tanh],
        // GELU's tanh form: 0.5·x·(1 + tanh(√(2/π)(x + 0.044715x³))).
        Activation::GeluTanh => &[Tanh],
        Activation::Gelu => &[Erf],
        Activation::Elu | Activation::Selu | Activation::Celu => &[Expm1],
        // log1p(exp(x)); LogSigmoid is −softplus(−x).
        Activation::Softplus | Activation::Logsigmoid => &[Exp, Log1p],
        // x·tanh(softplus(x)).
        Activation::Mish => &[Exp, Log1p, Tanh],
        Activation::Snake => &[Sin],
    }
}

/// The special functions a gated unit a·g(b) evaluates per value: its gate's.
pub const fn gated_special_functions(u: GatedUnit) -> &'static [Special] {
    special_functions(u.gate())
}
