//! Statistics computed from the functions themselves (never typed in): moments under a standard
//! normal input, and the location of the minimum of the non-monotonic smooth activations.
//!
//! The Gaussian expectations use the composite Gauss–Legendre quadrature of
//! [`crate::math::gauss`], with panel edges placed at every kink of the function: Gauss rules are
//! only spectrally accurate on pieces where the integrand is smooth.

use std::sync::OnceLock;

use crate::math::gauss::NormalRule;
use crate::math::{Activation, Params};

/// Moments of an activation applied to a standard normal input z ~ N(0, 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    /// E[f(z)]: the mean output. 0 is "zero-centred".
    pub mean: f64,
    /// E[f(z)²]: the second moment. He's rule picks the weight gain g with g²·E[f(z)²] = 1.
    pub second_moment: f64,
    /// Var[f(z)] = E[(f(z) − E[f(z)])²].
    pub variance: f64,
    /// E[f′(z)²]: how much gradient variance passes backwards through the activation.
    pub mean_sq_derivative: f64,
}

pub use crate::math::gauss::normal_expectation;

/// The points where `a` (at default parameters) or one of its derivatives is discontinuous:
/// [`Activation::kinks`] at PyTorch's defaults, kept as a `'static` slice for this module's API.
pub fn kinks(a: Activation) -> &'static [f64] {
    static CACHE: OnceLock<Vec<Vec<f64>>> = OnceLock::new();
    let all = CACHE.get_or_init(|| {
        Activation::ALL
            .iter()
            .map(|a| a.kinks(&Params::default()))
            .collect()
    });
    let i = Activation::ALL
        .iter()
        .position(|&b| b == a)
        .expect("every activation is in ALL");
    &all[i]
}

fn compute(a: Activation) -> Stats {
    let rule = NormalRule::new(1.0, kinks(a));
    let values: Vec<(f64, f64, f64)> = rule
        .nodes()
        .iter()
        .map(|&(z, w)| (w, a.eval(z), a.derivative(z)))
        .collect();
    let mean: f64 = values.iter().map(|&(w, f, _)| w * f).sum();
    let second_moment: f64 = values.iter().map(|&(w, f, _)| w * f * f).sum();
    let variance: f64 = values
        .iter()
        .map(|&(w, f, _)| w * (f - mean) * (f - mean))
        .sum();
    let mean_sq_derivative: f64 = values.iter().map(|&(w, _, d)| w * d * d).sum();
    Stats {
        mean,
        second_moment,
        variance,
        mean_sq_derivative,
    }
}

/// E[f(z)], E[f(z)²], Var[f(z)] and E[f′(z)²] for z ~ N(0, 1) at PyTorch's default parameters,
/// computed by quadrature on first use and cached.
pub fn stats(a: Activation) -> Stats {
    static CACHE: OnceLock<Vec<Stats>> = OnceLock::new();
    let all = CACHE.get_or_init(|| Activation::ALL.iter().map(|&a| compute(a)).collect());
    let i = Activation::ALL
        .iter()
        .position(|&b| b == a)
        .expect("every activation is in ALL");
    all[i]
}

/// The bracket [lo, hi] holding the global minimum of the activations that have one.
fn minimum_bracket(a: Activation) -> Option<(f64, f64)> {
    match a {
        Activation::Gelu | Activation::GeluTanh | Activation::QuickGelu => Some((-2.0, -0.25)),
        Activation::Silu | Activation::Mish => Some((-3.0, -0.5)),
        Activation::Hardswish => Some((-3.0, 0.0)),
        _ => None,
    }
}

/// The global minimum (x, f(x)) of the activations whose range is bounded below by a value they
/// reach inside a dip: GELU, its tanh form, QuickGELU, SiLU, Mish and Hard Swish. `None` for the others. Found by
/// bisection on the sign change of f′ (negative left of the minimum, positive right of it),
/// to the last bit of x.
pub fn minimum(a: Activation) -> Option<(f64, f64)> {
    let (mut lo, mut hi) = minimum_bracket(a)?;
    debug_assert!(a.derivative(lo) < 0.0 && a.derivative(hi) > 0.0);
    loop {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        let d = a.derivative(mid);
        if d == 0.0 {
            return Some((mid, a.eval(mid)));
        }
        if d < 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    // f′ changes sign between two neighbouring floats: keep the one with the lower value.
    let x = if a.eval(lo) <= a.eval(hi) { lo } else { hi };
    Some((x, a.eval(x)))
}
