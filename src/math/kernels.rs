//! The numeric kernels: each function and its derivative in a form that is stable over all
//! of f64 (±0, subnormals, ±f64::MAX, ±inf). NaN inputs are handled by the caller.
//!
//! Every kernel uses `libm` for the transcendental functions, so the native build and the
//! WebAssembly build compute bit-identical results.
//!
//! The accuracy goal (checked by `tests/math_reference.rs` against a 50-digit mpmath table):
//! |computed − true| ≤ 2⁻⁴⁶·(|f(x)| + |x·f′(x)|) + 2⁻¹⁰²¹, the error that rounding the input
//! alone would allow, with a small margin.

use libm::{erfc, exp, expm1, log1p, tanh};

/// SELU's α (Klambauer et al. 2017), as in PyTorch.
pub const SELU_ALPHA: f64 = 1.673_263_242_354_377_284_817_042_991_671_7;
/// SELU's λ (scale), as in PyTorch.
pub const SELU_SCALE: f64 = 1.050_700_987_355_480_493_419_334_985_294_6;
/// √(2/π), the GELU tanh form's factor.
const SQRT_2_OVER_PI: f64 = 0.797_884_560_802_865_355_879_892_119_868_763_7;
/// 1/√(2π), the standard normal density at 0.
const INV_SQRT_2PI: f64 = 0.398_942_280_401_432_677_939_946_059_934_381_9;
/// The cubic coefficient of the GELU tanh form.
const GELU_TANH_C: f64 = 0.044_715;

/// σ(x) = 1/(1 + e^−x), computed without cancellation or overflow on both sides.
#[inline]
pub(crate) fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + exp(-x))
    } else {
        let e = exp(x);
        e / (1.0 + e)
    }
}

/// σ′(x) = σ(x)·σ(−x) = e^−|x| / (1 + e^−|x|)²; never forms 1 − σ.
#[inline]
pub(crate) fn sigmoid_d(x: f64) -> f64 {
    let e = exp(-x.abs());
    let d = 1.0 + e;
    e / d / d
}

/// tanh′(x) = sech²(x) = 4e^−2|x| / (1 + e^−2|x|)²; never forms 1 − tanh².
#[inline]
pub(crate) fn tanh_d(x: f64) -> f64 {
    let e = exp(-2.0 * x.abs());
    let d = 1.0 + e;
    4.0 * e / d / d
}

/// tanh(x), from `libm`.
#[inline]
pub(crate) fn tanh_(x: f64) -> f64 {
    tanh(x)
}

/// Hardsigmoid (PyTorch): 0 for x ≤ −3, 1 for x ≥ 3, (x + 3)/6 between.
/// `(x + 3)/6` is exact up to one rounding near −3, unlike `x/6 + 1/2`.
#[inline]
pub(crate) fn hardsigmoid(x: f64) -> f64 {
    if x <= -3.0 {
        0.0
    } else if x >= 3.0 {
        1.0
    } else {
        (x + 3.0) / 6.0
    }
}

/// Hardsigmoid′ (PyTorch's backward): 1/6 on the open interval (−3, 3), 0 elsewhere.
#[inline]
pub(crate) fn hardsigmoid_d(x: f64) -> f64 {
    if x > -3.0 && x < 3.0 { 1.0 / 6.0 } else { 0.0 }
}

/// Hardtanh: clamp(x, lo, hi).
#[inline]
pub(crate) fn hardtanh(x: f64, lo: f64, hi: f64) -> f64 {
    if x <= lo {
        lo
    } else if x >= hi {
        hi
    } else {
        x
    }
}

/// Hardtanh′ (PyTorch's backward): 1 strictly inside (lo, hi), 0 at and beyond the bounds.
#[inline]
pub(crate) fn hardtanh_d(x: f64, lo: f64, hi: f64) -> f64 {
    if x > lo && x < hi { 1.0 } else { 0.0 }
}

/// Softsign x/(1 + |x|), with the limits ±1 at ±inf (inf/inf would be NaN).
#[inline]
pub(crate) fn softsign(x: f64) -> f64 {
    if x.is_infinite() {
        x.signum()
    } else {
        x / (1.0 + x.abs())
    }
}

/// Softsign′ = 1/(1 + |x|)², squared after the division so it cannot overflow.
#[inline]
pub(crate) fn softsign_d(x: f64) -> f64 {
    let r = 1.0 / (1.0 + x.abs());
    r * r
}

/// The negative branch `slope·x` for x ≤ 0, written so that a zero slope at x = −inf
/// gives 0 rather than NaN (0·inf).
#[inline]
pub(crate) fn piecewise_linear(x: f64, slope: f64) -> f64 {
    if x > 0.0 {
        x
    } else if slope == 0.0 || x == 0.0 {
        // slope·x is ±0 here; keep the product's sign when it is well defined.
        slope * if x.is_infinite() { 0.0 } else { x }
    } else {
        slope * x
    }
}

/// The derivative of [`piecewise_linear`], PyTorch's convention: `x > 0 ? 1 : slope`.
#[inline]
pub(crate) fn piecewise_linear_d(x: f64, slope: f64) -> f64 {
    if x > 0.0 { 1.0 } else { slope }
}

/// ELU: x for x > 0, α·expm1(x) otherwise (`expm1`, not `exp(x) − 1`).
#[inline]
pub(crate) fn elu(x: f64, alpha: f64) -> f64 {
    if x > 0.0 { x } else { alpha * expm1(x) }
}

/// ELU′, PyTorch's backward: `x <= 0 ? α·e^x : 1` (so α at 0).
#[inline]
pub(crate) fn elu_d(x: f64, alpha: f64) -> f64 {
    if x > 0.0 { 1.0 } else { alpha * exp(x) }
}

/// SELU: λ·ELU(x, α) with PyTorch's constants.
#[inline]
pub(crate) fn selu(x: f64) -> f64 {
    if x > 0.0 {
        SELU_SCALE * x
    } else {
        (SELU_SCALE * SELU_ALPHA) * expm1(x)
    }
}

/// SELU′, PyTorch's backward: `x <= 0 ? λα·e^x : λ` (so λα at 0).
#[inline]
pub(crate) fn selu_d(x: f64) -> f64 {
    if x > 0.0 {
        SELU_SCALE
    } else {
        (SELU_SCALE * SELU_ALPHA) * exp(x)
    }
}

/// ReLU6 = hardtanh(x, 0, 6), as PyTorch implements it.
#[inline]
pub(crate) fn relu6(x: f64) -> f64 {
    hardtanh(x, 0.0, 6.0)
}

/// ReLU6′, PyTorch's backward (that of hardtanh): 1 on the open (0, 6), 0 elsewhere.
#[inline]
pub(crate) fn relu6_d(x: f64) -> f64 {
    hardtanh_d(x, 0.0, 6.0)
}

/// Φ(x), the standard normal CDF, as erfc(−x/√2)/2 (accurate in both tails).
#[inline]
fn normal_cdf(x: f64) -> f64 {
    0.5 * erfc(-x * core::f64::consts::FRAC_1_SQRT_2)
}

/// φ(x), the standard normal density; 0 once x² overflows.
#[inline]
fn normal_pdf(x: f64) -> f64 {
    INV_SQRT_2PI * exp(-0.5 * (x * x))
}

/// GELU, exact: x·Φ(x) = ½·x·erfc(−x/√2). Limits: −0 at −inf (0·inf avoided), x at +inf.
#[inline]
pub(crate) fn gelu(x: f64) -> f64 {
    if x == f64::NEG_INFINITY {
        return -0.0;
    }
    x * normal_cdf(x)
}

/// GELU′ = Φ(x) + x·φ(x). Limits: 0 at −inf, 1 at +inf.
#[inline]
pub(crate) fn gelu_d(x: f64) -> f64 {
    if x.is_infinite() {
        return if x > 0.0 { 1.0 } else { 0.0 };
    }
    normal_cdf(x) + x * normal_pdf(x)
}

/// Past this |x| the GELU tanh form equals its limits (x, or −0) to every bit and its
/// derivative is exactly 1 or below the smallest subnormal; x³ would overflow much later.
const GELU_TANH_FLAT: f64 = 1e10;

/// The GELU tanh form's inner argument 2u = 2√(2/π)(x + 0.044715x³) and its derivative
/// 2u′ = 2√(2/π)(1 + 0.134145x²), for |x| ≤ [`GELU_TANH_FLAT`].
#[inline]
fn gelu_tanh_arg(x: f64) -> (f64, f64) {
    let x2 = x * x;
    let two_u = (2.0 * SQRT_2_OVER_PI) * (x * (1.0 + GELU_TANH_C * x2));
    let two_du = (2.0 * SQRT_2_OVER_PI) * (1.0 + (3.0 * GELU_TANH_C) * x2);
    (two_u, two_du)
}

/// GELU's tanh form: ½x(1 + tanh u) = x·σ(2u), u = √(2/π)(x + 0.044715x³). The σ form avoids
/// the cancellation of 1 + tanh u for x ≪ 0.
#[inline]
pub(crate) fn gelu_tanh(x: f64) -> f64 {
    if x.abs() > GELU_TANH_FLAT {
        return if x > 0.0 { x } else { -0.0 };
    }
    let (two_u, _) = gelu_tanh_arg(x);
    x * sigmoid(two_u)
}

/// The tanh form's derivative: σ(2u) + x·σ′(2u)·2u′. Limits: 0 at −inf, 1 at +inf.
#[inline]
pub(crate) fn gelu_tanh_d(x: f64) -> f64 {
    if x.abs() > GELU_TANH_FLAT {
        return if x > 0.0 { 1.0 } else { -0.0 };
    }
    let (two_u, two_du) = gelu_tanh_arg(x);
    sigmoid(two_u) + x * (sigmoid_d(two_u) * two_du)
}

/// SiLU / Swish-β: x·σ(βx). Limits: −0 at −inf, +inf at +inf.
#[inline]
pub(crate) fn silu(x: f64, beta: f64) -> f64 {
    if x == f64::NEG_INFINITY {
        return -0.0;
    }
    x * sigmoid(beta * x)
}

/// Swish-β′ = σ(βx) + βx·σ′(βx). Once |βx| > 750 the second term is below every subnormal
/// (this also avoids inf·0 when βx overflows); then the limits 1 and −0 hold to every bit.
#[inline]
pub(crate) fn silu_d(x: f64, beta: f64) -> f64 {
    let z = beta * x;
    if z > 750.0 {
        return 1.0;
    }
    if z < -750.0 {
        return -0.0;
    }
    sigmoid(z) + z * sigmoid_d(z)
}

/// tanh(softplus(x)) with everything computed from e^x (x ≤ 0) or e^−x (x > 0), so that no
/// step cancels: with e = e^x, w = e(e + 2), tanh(softplus) = w/(w + 2); with n = e^−x,
/// tanh(softplus) = (1 + 2n)/(1 + 2n + 2n²). Returns (g, g′) with g′ = sech²(softplus)·σ(x).
#[inline]
fn mish_parts(x: f64) -> (f64, f64) {
    if x <= 0.0 {
        let e = exp(x);
        let w = e * (e + 2.0);
        let d = w + 2.0;
        let g = w / d;
        // sech²(sp) = (1 − g)(1 + g) = 4(w + 1)/d²; σ(x) = e/(1 + e).
        let dg = 4.0 * (w + 1.0) / d * (e / (1.0 + e)) / d;
        (g, dg)
    } else {
        let n = exp(-x);
        let d = 1.0 + 2.0 * n * (1.0 + n);
        let g = (1.0 + 2.0 * n) / d;
        // sech²(sp) = 4n²(1 + n)²/d²; σ(x) = 1/(1 + n) → g′ = 4n²(1 + n)/d².
        let dg = 4.0 * n / d * n * (1.0 + n) / d;
        (g, dg)
    }
}

/// Mish: x·tanh(softplus(x)). Limits: −0 at −inf, +inf at +inf.
#[inline]
pub(crate) fn mish(x: f64) -> f64 {
    if x == f64::NEG_INFINITY {
        return -0.0;
    }
    x * mish_parts(x).0
}

/// Mish′ = tanh(sp(x)) + x·sech²(sp(x))·σ(x). Limits: 0 at −inf, 1 at +inf.
#[inline]
pub(crate) fn mish_d(x: f64) -> f64 {
    if x.is_infinite() {
        return if x > 0.0 { 1.0 } else { 0.0 };
    }
    let (g, dg) = mish_parts(x);
    if dg == 0.0 {
        // Avoids 0·huge; the term is genuinely below every subnormal here.
        return g;
    }
    g + x * dg
}

/// Softplus with PyTorch's β and optional threshold:
/// `threshold.is_some_and(|t| βx > t)` → x; else (1/β)·ln(1 + e^(βx)) computed as
/// x + log1p(e^−βx)/β for βx > 0 (so βx overflowing to +inf still gives x) and
/// log1p(e^(βx))/β otherwise.
#[inline]
pub(crate) fn softplus(x: f64, beta: f64, threshold: Option<f64>) -> f64 {
    let z = beta * x;
    if threshold.is_some_and(|t| z > t) {
        return x;
    }
    if z > 0.0 {
        x + log1p(exp(-z)) / beta
    } else {
        log1p(exp(z)) / beta
    }
}

/// Softplus′ = σ(βx); 1 above the threshold (PyTorch's backward).
#[inline]
pub(crate) fn softplus_d(x: f64, beta: f64, threshold: Option<f64>) -> f64 {
    let z = beta * x;
    if threshold.is_some_and(|t| z > t) {
        return 1.0;
    }
    sigmoid(z)
}

/// Hardswish (PyTorch): 0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6 between.
#[inline]
pub(crate) fn hardswish(x: f64) -> f64 {
    if x <= -3.0 {
        0.0
    } else if x >= 3.0 {
        x
    } else {
        x * (x + 3.0) / 6.0
    }
}

/// Hardswish′, PyTorch's backward: 0 for x < −3, x/3 + 1/2 on the closed [−3, 3]
/// (so −1/2 at −3 and 3/2 at 3), 1 for x > 3. Written (2x + 3)/6 to be exact near −3/2.
#[inline]
pub(crate) fn hardswish_d(x: f64) -> f64 {
    if x < -3.0 {
        0.0
    } else if x <= 3.0 {
        (2.0 * x + 3.0) / 6.0
    } else {
        1.0
    }
}
