//! Statistics computed from the functions themselves (never typed in): moments under a standard
//! normal input, and the location of the minimum of the non-monotonic smooth activations.
//!
//! The Gaussian expectations use composite Gauss–Legendre quadrature on [−40, 40] (the normal
//! density underflows to zero well inside that range), on panels of width 1/2 with 16 nodes each,
//! and with panel edges placed at every kink of the function: Gauss rules are only spectrally
//! accurate on pieces where the integrand is smooth.

use std::sync::OnceLock;

use crate::math::Activation;

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

/// Half-width of the integration range: φ(40) ≈ 10^−348 is below the smallest f64.
const LIMIT: f64 = 40.0;
/// Width of one quadrature panel.
const PANEL: f64 = 0.5;
/// Gauss–Legendre nodes per panel.
const NODES: usize = 16;

/// Gauss–Legendre nodes and weights on [−1, 1], computed by Newton's method on P_n.
fn gauss_legendre() -> &'static [(f64, f64); NODES] {
    static RULE: OnceLock<[(f64, f64); NODES]> = OnceLock::new();
    RULE.get_or_init(|| {
        let n = NODES;
        let mut rule = [(0.0, 0.0); NODES];
        for (i, slot) in rule.iter_mut().enumerate() {
            // Tricomi's initial guess for the i-th root, then Newton on the three-term recurrence.
            let mut x = (std::f64::consts::PI * (i as f64 + 0.75) / (n as f64 + 0.5)).cos();
            let mut dp = 1.0;
            for _ in 0..100 {
                let (mut p0, mut p1) = (1.0, x);
                for k in 2..=n {
                    let kf = k as f64;
                    let p2 = ((2.0 * kf - 1.0) * x * p1 - (kf - 1.0) * p0) / kf;
                    p0 = p1;
                    p1 = p2;
                }
                // p1 = P_n(x), p0 = P_{n−1}(x).
                dp = n as f64 * (x * p1 - p0) / (x * x - 1.0);
                let dx = p1 / dp;
                x -= dx;
                if dx.abs() < 1e-16 {
                    break;
                }
            }
            *slot = (x, 2.0 / ((1.0 - x * x) * dp * dp));
        }
        rule
    })
}

/// The standard normal density φ(z).
fn phi(z: f64) -> f64 {
    (-0.5 * z * z).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

/// The panel edges on [−40, 40]: a uniform grid plus the given kinks.
fn edges(kinks: &[f64]) -> Vec<f64> {
    let steps = (2.0 * LIMIT / PANEL).round() as usize;
    let mut e: Vec<f64> = (0..=steps).map(|i| -LIMIT + i as f64 * PANEL).collect();
    e.extend(kinks.iter().copied().filter(|k| k.abs() < LIMIT));
    e.sort_by(f64::total_cmp);
    e.dedup_by(|a, b| (*a - *b).abs() < 1e-12);
    e
}

/// The quadrature nodes z and weights w·φ(z) over [−40, 40], split at `kinks`.
fn normal_nodes(kinks: &[f64]) -> Vec<(f64, f64)> {
    let rule = gauss_legendre();
    let mut out = Vec::new();
    for w in edges(kinks).windows(2) {
        let (a, b) = (w[0], w[1]);
        let (mid, half) = ((a + b) / 2.0, (b - a) / 2.0);
        for &(x, wt) in rule {
            let z = mid + half * x;
            out.push((z, wt * half * phi(z)));
        }
    }
    out
}

/// E[g(z)] for z ~ N(0, 1), by composite Gauss–Legendre quadrature on [−40, 40] with panel
/// edges at `kinks` (the points where g or one of its derivatives jumps). Accurate to about
/// 1e−15 for g that grows at most polynomially and is smooth between the kinks.
pub fn normal_expectation(g: impl Fn(f64) -> f64, kinks: &[f64]) -> f64 {
    normal_nodes(kinks).into_iter().map(|(z, w)| w * g(z)).sum()
}

/// The points where `a` (at default parameters) or one of its derivatives is discontinuous.
pub fn kinks(a: Activation) -> &'static [f64] {
    match a {
        Activation::Relu
        | Activation::LeakyRelu
        | Activation::Prelu
        | Activation::Elu
        | Activation::Selu
        | Activation::Softsign
        | Activation::Celu
        | Activation::Rrelu
        | Activation::Threshold
        | Activation::SquaredRelu => &[0.0],
        Activation::Relu6 => &[0.0, 6.0],
        Activation::Hardshrink | Activation::Softshrink => &[-0.5, 0.5],
        Activation::Hardsigmoid | Activation::Hardswish => &[-3.0, 3.0],
        Activation::Hardtanh => &[-1.0, 1.0],
        Activation::Sigmoid
        | Activation::Tanh
        | Activation::Gelu
        | Activation::GeluTanh
        | Activation::Silu
        | Activation::Mish
        | Activation::Softplus
        | Activation::Logsigmoid
        | Activation::Tanhshrink
        | Activation::QuickGelu
        | Activation::Snake => &[],
    }
}

fn compute(a: Activation) -> Stats {
    let nodes = normal_nodes(kinks(a));
    let values: Vec<(f64, f64, f64)> = nodes
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
