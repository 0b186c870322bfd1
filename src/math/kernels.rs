//! The numeric kernels: each function and its derivative in a form that is stable over all
//! of f64 (±0, subnormals, ±f64::MAX, ±inf). NaN inputs are handled by the caller.
//!
//! Every kernel uses `libm` for the transcendental functions, so the native build and the
//! WebAssembly build compute bit-identical results.
//!
//! The accuracy goal (checked by `tests/math_reference.rs` against a 50-digit mpmath table):
//! |computed − true| ≤ 2⁻⁴⁶·(|f(x)| + |x·f′(x)|) + 2⁻¹⁰²¹, the error that rounding the input
//! alone would allow, with a small margin.

use libm::{cos, erfc, exp, expm1, log1p, sin, tanh};

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

/// CELU (PyTorch): x for x > 0, α·expm1(x/α) otherwise. α = 0, where PyTorch raises a
/// ZeroDivisionError, is the limit α → 0⁺: ReLU (0/0 at x = 0 avoided).
#[inline]
pub(crate) fn celu(x: f64, alpha: f64) -> f64 {
    if x > 0.0 {
        x
    } else if alpha == 0.0 {
        0.0
    } else {
        alpha * expm1(x / alpha)
    }
}

/// CELU′, PyTorch's backward (ELU's with input scale 1/α): `x <= 0 ? e^(x/α) : 1`, so 1 at 0:
/// CELU is C¹. With α = 0 (the ReLU limit): 0 for x < 0, 1 at and above 0.
#[inline]
pub(crate) fn celu_d(x: f64, alpha: f64) -> f64 {
    if x >= 0.0 {
        1.0
    } else if alpha == 0.0 {
        0.0
    } else {
        exp(x / alpha)
    }
}

/// RReLU's slope in evaluation mode: (lower + upper)/2, as PyTorch computes it (in f64).
#[inline]
pub(crate) fn rrelu_slope(lower: f64, upper: f64) -> f64 {
    (lower + upper) / 2.0
}

/// log σ(x) = −softplus(−x): x − log1p(eˣ) for x ≤ 0 (two terms of one sign), −log1p(e^−x)
/// above. Limits: x at −inf (−inf), −0 at +inf.
#[inline]
pub(crate) fn logsigmoid(x: f64) -> f64 {
    if x <= 0.0 {
        x - log1p(exp(x))
    } else {
        -log1p(exp(-x))
    }
}

/// LogSigmoid′ = σ(−x) = 1 − σ(x), computed as σ(−x).
#[inline]
pub(crate) fn logsigmoid_d(x: f64) -> f64 {
    sigmoid(-x)
}

/// Whether x lies in PyTorch's closed dead band [−λ, λ] of Hardshrink and Softshrink.
#[inline]
fn in_band(x: f64, lambd: f64) -> bool {
    x >= -lambd && x <= lambd
}

/// Hardshrink (PyTorch): `(x >= -λ && x <= λ) ? 0 : x`.
#[inline]
pub(crate) fn hardshrink(x: f64, lambd: f64) -> f64 {
    if in_band(x, lambd) { 0.0 } else { x }
}

/// The derivative of Hardshrink and of Softshrink, PyTorch's `hardshrink_backward` and
/// `softshrink_backward`: `(x >= -λ && x <= λ) ? 0 : 1`, so 0 at ±λ.
#[inline]
pub(crate) fn shrink_d(x: f64, lambd: f64) -> f64 {
    if in_band(x, lambd) { 0.0 } else { 1.0 }
}

/// Softshrink (PyTorch): x − λ for x > λ, x + λ for x < −λ, 0 between. Near ±λ the
/// difference is exact (Sterbenz), so no cancellation.
#[inline]
pub(crate) fn softshrink(x: f64, lambd: f64) -> f64 {
    if x > lambd {
        x - lambd
    } else if x < -lambd {
        x + lambd
    } else {
        0.0
    }
}

/// Below this |x| Tanhshrink uses its Taylor series: x − tanh x cancels there (it is about
/// x³/3 while x and tanh x are about x).
const TANHSHRINK_SERIES: f64 = 0.4;

/// The Taylor coefficients of (x − tanh x)/x³ in powers of x², from
/// −2²ⁿ(2²ⁿ − 1)B₂ₙ/(2n)! for n = 2, 3, …, 16 (computed with mpmath). At |x| < 0.4 each term
/// is at most 0.065 times the one before, so the last one left out is below 2⁻⁵⁵ of the sum.
const TANHSHRINK_COEFFS: [f64; 15] = [
    0.333_333_333_333_333_3,
    -0.133_333_333_333_333_33,
    0.053_968_253_968_253_97,
    -0.021_869_488_536_155_203,
    0.008_863_235_529_902_197,
    -0.003_592_128_036_572_481,
    0.001_455_834_387_051_318_3,
    -0.000_590_027_440_945_586,
    0.000_239_129_114_243_552_48,
    -9.691_537_956_929_451e-5,
    3.927_832_388_331_683e-5,
    -1.591_890_506_932_896_4e-5,
    6.451_689_215_655_431e-6,
    -2.614_771_151_290_754_6e-6,
    1.059_726_832_010_465_4e-6,
];

/// Tanhshrink: x − tanh x. For |x| < 0.4 the series x³·(1/3 − 2x²/15 + …) (the subtraction
/// would lose up to all digits near 0); beyond it the subtraction loses at most 2 bits.
/// Limits: ±inf at ±inf.
#[inline]
pub(crate) fn tanhshrink(x: f64) -> f64 {
    if x.abs() < TANHSHRINK_SERIES {
        let x2 = x * x;
        let poly = TANHSHRINK_COEFFS
            .iter()
            .rev()
            .fold(0.0, |acc, &c| acc * x2 + c);
        x * x2 * poly
    } else {
        x - tanh(x)
    }
}

/// Tanhshrink′ = 1 − sech²x = tanh²x (no cancellation).
#[inline]
pub(crate) fn tanhshrink_d(x: f64) -> f64 {
    let t = tanh(x);
    t * t
}

/// Threshold (PyTorch `F.threshold(x, threshold, value)`): `x > threshold ? x : value`.
#[inline]
pub(crate) fn threshold(x: f64, threshold: f64, value: f64) -> f64 {
    if x > threshold { x } else { value }
}

/// Threshold′, PyTorch's `threshold_backward`: `x <= threshold ? 0 : 1`, so 0 at the threshold.
#[inline]
pub(crate) fn threshold_d(x: f64, threshold: f64) -> f64 {
    if x > threshold { 1.0 } else { 0.0 }
}

/// Squared ReLU: relu(x)² (x² overflows to +inf past √f64::MAX, the correctly rounded value).
#[inline]
pub(crate) fn squared_relu(x: f64) -> f64 {
    if x > 0.0 { x * x } else { 0.0 }
}

/// Squared ReLU′ = 2·relu(x) (autograd of `torch.square(F.relu(x))`: 0 at 0, no jump).
#[inline]
pub(crate) fn squared_relu_d(x: f64) -> f64 {
    if x > 0.0 { 2.0 * x } else { 0.0 }
}

/// QuickGELU's sigmoid scale (OpenAI CLIP, Hugging Face `quick_gelu`).
pub const QUICK_GELU_SCALE: f64 = 1.702;

/// Snake: x + sin²(αx)/α (Liu Ziyin et al. 2020; BigVGAN), written x + sin(u)·(sin(u)/α) with
/// u = αx. The term is non-negative, so x + term never cancels except near x = 0, where it is
/// about αx², far below x; a tiny α is exact (the term tends to αx², f to x).
///
/// For large |x| the sine is taken of the f64 product u = αx with libm's exact argument
/// reduction, so sin(u) is right for that u; the rounding of αx itself moves f by at most
/// about 2⁻⁵³|x|, inside the error bound, and once |x| ≥ 2⁵⁴/α the periodic term (at most 1/α)
/// is below half an ulp of x anyway. Where αx overflows (|x| near f64::MAX with α > 1) the term
/// is negligible and f = x. Limits: ±inf at ±inf. α must be positive (α → 0⁺ gives x).
#[inline]
pub(crate) fn snake(x: f64, alpha: f64) -> f64 {
    let u = alpha * x;
    if !u.is_finite() {
        return x;
    }
    let s = sin(u);
    x + s * (s / alpha)
}

/// Snake′ = 1 + sin(2αx) = (sin u + cos u)², u = αx: the square never cancels at the zeros of
/// f′ (u = −π/4 + kπ), where 1 + sin(2u) would lose every digit. f′ has no limit at ±inf (it
/// keeps oscillating in [0, 2]); there, and where αx overflows, it returns its mean, 1.
#[inline]
pub(crate) fn snake_d(x: f64, alpha: f64) -> f64 {
    let u = alpha * x;
    if !u.is_finite() {
        return 1.0;
    }
    let s = sin(u) + cos(u);
    s * s
}
