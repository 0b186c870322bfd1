//! The computed statistics of the catalogue against closed forms derived by hand.
//!
//! Notation: φ is the standard normal density, Φ its distribution function, z ~ N(0, 1).
//! Identities used: ∫ zφ = −φ, ∫ z²φ = Φ − zφ, e^{kz}φ(z) = e^{k²/2}φ(z − k), and Stein's lemma
//! E[z·g(z)] = E[g′(z)].
#![cfg(not(target_arch = "wasm32"))]

use std::f64::consts::{E, PI, SQRT_2};

use activation_explorer::catalog::{Stats, entry, kinks, minimum, normal_expectation, stats};
use activation_explorer::math::Activation;

/// Φ(x), from libm's erfc (accurate in both tails).
fn cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x / SQRT_2)
}

/// φ(x).
fn pdf(x: f64) -> f64 {
    (-0.5 * x * x).exp() / (2.0 * PI).sqrt()
}

fn close(got: f64, want: f64, rel: f64, what: &str) {
    let tol = rel * want.abs().max(1e-3);
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got:.17e}, want {want:.17e} (diff {:.3e}, tol {tol:.1e})",
        (got - want).abs()
    );
}

const SELU_LAMBDA: f64 = 1.050_700_987_355_480_5;
const SELU_ALPHA: f64 = 1.673_263_242_354_377_3;

#[test]
fn quadrature_reproduces_normal_moments() {
    close(normal_expectation(|_| 1.0, &[]), 1.0, 1e-14, "E[1]");
    assert!(normal_expectation(|z| z, &[]).abs() < 1e-15, "E[z]");
    close(normal_expectation(|z| z * z, &[]), 1.0, 1e-14, "E[z²]");
    close(normal_expectation(|z| z.powi(4), &[]), 3.0, 1e-14, "E[z⁴]");
    close(normal_expectation(|z| z.powi(6), &[]), 15.0, 1e-14, "E[z⁶]");
    close(
        normal_expectation(f64::cos, &[]),
        (-0.5f64).exp(),
        1e-14,
        "E[cos z]",
    );
    // A kink at 0: E|z| = √(2/π).
    close(
        normal_expectation(f64::abs, &[0.0]),
        (2.0 / PI).sqrt(),
        1e-14,
        "E|z|",
    );
    // A jump at an off-grid point: P(z < 0.3) = Φ(0.3).
    close(
        normal_expectation(|z| if z < 0.3 { 1.0 } else { 0.0 }, &[0.3]),
        cdf(0.3),
        1e-14,
        "P(z<0.3)",
    );
}

#[test]
fn quadrature_needs_the_kink_split() {
    // The same indicator without telling the quadrature where it jumps is visibly wrong: this
    // shows the split matters (and that the test above can fail).
    let unsplit = normal_expectation(|z| if z < 0.3 { 1.0 } else { 0.0 }, &[]);
    assert!((unsplit - cdf(0.3)).abs() > 1e-6);
}

#[test]
fn relu_moments() {
    let s = stats(Activation::Relu);
    // E[relu(z)] = ∫_0^∞ zφ = φ(0) = 1/√(2π); E[relu(z)²] = ∫_0^∞ z²φ = 1/2.
    close(s.mean, 1.0 / (2.0 * PI).sqrt(), 1e-12, "relu mean");
    close(s.second_moment, 0.5, 1e-12, "relu E[f²]");
    close(s.variance, 0.5 - 1.0 / (2.0 * PI), 1e-12, "relu variance");
    // relu′ is 1 on half the line: E[relu′(z)²] = 1/2, hence He's gain √2 = 1/√(1/2).
    close(s.mean_sq_derivative, 0.5, 1e-12, "relu E[f′²]");
    let gain = entry(Activation::Relu).details().init.gain.unwrap().value();
    close(
        gain * gain * s.second_moment,
        1.0,
        1e-12,
        "relu gain² E[f²]",
    );
}

#[test]
fn leaky_relu_moments_match_its_gain() {
    let a = 0.01;
    let s = stats(Activation::LeakyRelu);
    close(s.mean, (1.0 - a) / (2.0 * PI).sqrt(), 1e-12, "leaky mean");
    close(s.second_moment, (1.0 + a * a) / 2.0, 1e-12, "leaky E[f²]");
    close(
        s.mean_sq_derivative,
        (1.0 + a * a) / 2.0,
        1e-12,
        "leaky E[f′²]",
    );
    let gain = entry(Activation::LeakyRelu)
        .details()
        .init
        .gain
        .unwrap()
        .value();
    close(
        gain * gain * s.second_moment,
        1.0,
        1e-12,
        "leaky gain² E[f²]",
    );
}

#[test]
fn prelu_moments() {
    let a = 0.25;
    let s = stats(Activation::Prelu);
    close(s.mean, (1.0 - a) / (2.0 * PI).sqrt(), 1e-12, "prelu mean");
    close(s.second_moment, (1.0 + a * a) / 2.0, 1e-12, "prelu E[f²]");
    close(
        s.mean_sq_derivative,
        (1.0 + a * a) / 2.0,
        1e-12,
        "prelu E[f′²]",
    );
}

/// ∫_{−∞}^0 (e^z − 1)φ = e^{1/2}Φ(−1) − 1/2.
fn expm1_neg_mean() -> f64 {
    0.5f64.exp() * cdf(-1.0) - 0.5
}

/// ∫_{−∞}^0 (e^z − 1)²φ = e²Φ(−2) − 2e^{1/2}Φ(−1) + 1/2.
fn expm1_neg_second() -> f64 {
    E * E * cdf(-2.0) - 2.0 * 0.5f64.exp() * cdf(-1.0) + 0.5
}

#[test]
fn elu_moments() {
    let s = stats(Activation::Elu);
    let mean = 1.0 / (2.0 * PI).sqrt() + expm1_neg_mean();
    let second = 0.5 + expm1_neg_second();
    close(s.mean, mean, 1e-12, "elu mean");
    close(s.second_moment, second, 1e-12, "elu E[f²]");
    close(s.variance, second - mean * mean, 1e-12, "elu variance");
    // elu′ = e^z for z ≤ 0: ∫_{−∞}^0 e^{2z}φ = e²Φ(−2).
    close(
        s.mean_sq_derivative,
        0.5 + E * E * cdf(-2.0),
        1e-12,
        "elu E[f′²]",
    );
    // ELU moves the mean toward zero compared with ReLU, without reaching it.
    assert!(s.mean > 0.1 && s.mean < stats(Activation::Relu).mean);
}

#[test]
fn selu_is_a_fixed_point_of_mean_zero_variance_one() {
    let (l, a) = (SELU_LAMBDA, SELU_ALPHA);
    let mean = l * (1.0 / (2.0 * PI).sqrt() + a * expm1_neg_mean());
    let second = l * l * (0.5 + a * a * expm1_neg_second());
    let s = stats(Activation::Selu);
    close(s.mean, mean, 1e-12, "selu mean vs closed form");
    close(s.second_moment, second, 1e-12, "selu E[f²] vs closed form");
    // The constants were chosen so that (mean, variance) = (0, 1) is mapped to itself.
    assert!(mean.abs() < 1e-12, "closed-form selu mean {mean:e}");
    assert!(
        (second - 1.0).abs() < 1e-12,
        "closed-form selu E[f²] {second}"
    );
    assert!(s.mean.abs() < 1e-12, "selu mean {:e}", s.mean);
    assert!(
        (s.variance - 1.0).abs() < 1e-12,
        "selu variance {}",
        s.variance
    );
    close(
        s.mean_sq_derivative,
        l * l * (0.5 + a * a * E * E * cdf(-2.0)),
        1e-12,
        "selu E[f′²]",
    );
}

#[test]
fn symmetric_functions_have_the_symmetric_mean() {
    for a in [Activation::Tanh, Activation::Softsign, Activation::Hardtanh] {
        assert!(stats(a).mean.abs() < 1e-15, "{a}: {:e}", stats(a).mean);
    }
    for a in [Activation::Sigmoid, Activation::Hardsigmoid] {
        close(stats(a).mean, 0.5, 1e-14, a.id());
    }
}

#[test]
fn hardtanh_moments() {
    let s = stats(Activation::Hardtanh);
    // ∫_{−1}^{1} z²φ + 2(1 − Φ(1)) = (2Φ(1) − 1 − 2φ(1)) + 2 − 2Φ(1) = 1 − 2φ(1).
    close(
        s.second_moment,
        1.0 - 2.0 * pdf(1.0),
        1e-12,
        "hardtanh E[f²]",
    );
    // hardtanh′ = 1 on (−1, 1): P(|z| < 1) = erf(1/√2).
    close(
        s.mean_sq_derivative,
        libm::erf(1.0 / SQRT_2),
        1e-12,
        "hardtanh E[f′²]",
    );
}

#[test]
fn relu6_and_hardswish_means() {
    // E[relu6(z)] = ∫_0^6 zφ + 6(1 − Φ(6)) = φ(0) − φ(6) + 6Φ(−6).
    close(
        stats(Activation::Relu6).mean,
        pdf(0.0) - pdf(6.0) + 6.0 * cdf(-6.0),
        1e-12,
        "relu6 mean",
    );
    // E[hardswish(z)] = (1/6)∫_{−3}^{3} (z² + 3z)φ + ∫_3^∞ zφ
    //                 = (1/6)(2Φ(3) − 1 − 6φ(3)) + φ(3) = (2Φ(3) − 1)/6.
    close(
        stats(Activation::Hardswish).mean,
        (2.0 * cdf(3.0) - 1.0) / 6.0,
        1e-12,
        "hardswish mean",
    );
    // hardsigmoid′ = 1/6 on (−3, 3).
    close(
        stats(Activation::Hardsigmoid).mean_sq_derivative,
        (2.0 * cdf(3.0) - 1.0) / 36.0,
        1e-12,
        "hardsigmoid E[f′²]",
    );
}

#[test]
fn gelu_and_silu_means_by_steins_lemma() {
    // E[zΦ(z)] = E[φ(z)] = ∫φ² = 1/(2√π).
    close(
        stats(Activation::Gelu).mean,
        1.0 / (2.0 * PI.sqrt()),
        1e-12,
        "gelu mean",
    );
    // E[zσ(z)] = E[σ′(z)] = E[σ(z)σ(−z)], an independent integrand.
    let sig = |t: f64| 1.0 / (1.0 + (-t).exp());
    let want = normal_expectation(|z| sig(z) * sig(-z), &[]);
    close(stats(Activation::Silu).mean, want, 1e-12, "silu mean");
    // The two GELUs differ by at most ~4.7e−4, so their means differ by less.
    let d = (stats(Activation::Gelu).mean - stats(Activation::GeluTanh).mean).abs();
    assert!(d > 0.0 && d < 4.8e-4, "{d}");
}

#[test]
fn softplus_gradient_is_the_sigmoid() {
    // softplus′ = σ, so E[softplus′(z)²] = E[σ(z)²].
    close(
        stats(Activation::Softplus).mean_sq_derivative,
        stats(Activation::Sigmoid).second_moment,
        1e-13,
        "softplus E[f′²] vs sigmoid E[f²]",
    );
    // tanh′ = 1 − tanh²: E[tanh′(z)] = 1 − E[tanh(z)²], and Stein: E[z tanh z] = E[tanh′(z)].
    let ez_tanh = normal_expectation(|z| z * z.tanh(), &[]);
    close(
        1.0 - stats(Activation::Tanh).second_moment,
        ez_tanh,
        1e-13,
        "tanh Stein",
    );
}

#[test]
fn every_stat_is_consistent() {
    for a in Activation::ALL {
        let s: Stats = stats(a);
        assert!(
            s.mean.is_finite() && s.variance > 0.0 && s.mean_sq_derivative > 0.0,
            "{a}: {s:?}"
        );
        close(
            s.variance,
            s.second_moment - s.mean * s.mean,
            1e-12,
            &format!("{a} variance"),
        );
        // Recompute E[f] with an independent rule: a plain midpoint sum on [−12, 12], split at
        // the kinks by construction (midpoints never land on them).
        let n = 240_000;
        let h = 24.0 / n as f64;
        let mid: f64 = (0..n)
            .map(|i| {
                let z = -12.0 + (i as f64 + 0.5) * h;
                a.eval(z) * pdf(z) * h
            })
            .sum();
        assert!((mid - s.mean).abs() < 1e-8, "{a}: {mid} vs {}", s.mean);
        assert!(!kinks(a).iter().any(|k| !k.is_finite()));
    }
}

/// W(1/e) by Newton's method on w·e^w − 1/e.
fn lambert_w_of_inv_e() -> f64 {
    let mut w = 0.3f64;
    for _ in 0..50 {
        let f = w * w.exp() - (-1.0f64).exp();
        w -= f / ((w + 1.0) * w.exp());
    }
    w
}

#[test]
fn silu_minimum_is_minus_lambert_w() {
    // f′(x) = σ(x)(1 + xσ(−x)) = 0 ⇔ x = −(1 + eˣ) ⇔ x = −1 − W(1/e), where f(x) = x + 1.
    let w = lambert_w_of_inv_e();
    let (x, fx) = minimum(Activation::Silu).unwrap();
    close(x, -1.0 - w, 1e-8, "silu argmin");
    close(fx, -w, 1e-13, "silu min");
    close(fx, -0.27846, 2e-5, "silu min vs −0.27846");
    close(x, -1.27846, 2e-5, "silu argmin vs −1.27846");
}

#[test]
fn gelu_minimum() {
    let (x, fx) = minimum(Activation::Gelu).unwrap();
    // Stationary: Φ(x) + xφ(x) = 0.
    assert!((cdf(x) + x * pdf(x)).abs() < 1e-12);
    close(fx, x * cdf(x), 1e-14, "gelu value at min");
    assert!((fx + 0.16997).abs() < 5e-6, "{fx}");
    assert!((x + 0.7518).abs() < 5e-5, "{x}");
}

#[test]
fn gelu_tanh_minimum() {
    let (x, fx) = minimum(Activation::GeluTanh).unwrap();
    let c = (2.0 / PI).sqrt();
    let u = c * (x + 0.044715 * x.powi(3));
    let d =
        0.5 * (1.0 + u.tanh()) + 0.5 * x * (1.0 - u.tanh().powi(2)) * c * (1.0 + 0.134145 * x * x);
    assert!(d.abs() < 1e-12, "{d}");
    // Close to, but not the same as, the exact GELU's minimum.
    let (xg, fg) = minimum(Activation::Gelu).unwrap();
    assert!((fx - fg).abs() < 4.8e-4 && fx != fg);
    assert!((x - xg).abs() < 5e-3);
}

#[test]
fn mish_minimum() {
    let (x, fx) = minimum(Activation::Mish).unwrap();
    let sp = x.exp().ln_1p();
    let sig = 1.0 / (1.0 + (-x).exp());
    let d = sp.tanh() + x * sig * (1.0 - sp.tanh().powi(2));
    assert!(d.abs() < 1e-12, "{d}");
    assert!((fx + 0.30884).abs() < 5e-6, "{fx}");
    assert!((x + 1.1924).abs() < 5e-5, "{x}");
}

#[test]
fn hardswish_minimum_is_minus_three_eighths() {
    // f = x(x + 3)/6 on (−3, 3): f′ = (2x + 3)/6 = 0 at x = −3/2, f = −3/8.
    let (x, fx) = minimum(Activation::Hardswish).unwrap();
    assert_eq!((x, fx), (-1.5, -0.375));
}

#[test]
fn minima_are_global_and_only_where_expected() {
    let with_min = [
        Activation::Gelu,
        Activation::GeluTanh,
        Activation::Silu,
        Activation::Mish,
        Activation::Hardswish,
        Activation::QuickGelu,
    ];
    for a in Activation::ALL {
        match minimum(a) {
            Some((x, fx)) => {
                assert!(with_min.contains(&a), "{a}");
                assert_eq!(a.eval(x), fx);
                for i in 0..=100_000 {
                    let t = -50.0 + i as f64 * 1e-3;
                    assert!(a.eval(t) >= fx, "{a}: f({t}) = {} < {fx}", a.eval(t));
                }
            }
            None => assert!(!with_min.contains(&a), "{a}"),
        }
    }
}
