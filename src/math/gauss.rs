//! Expectations under a normal distribution, by composite Gauss–Legendre quadrature split where
//! the integrand is not smooth: E[g(z)] for z ~ N(0, 1), E[g(u)] for u ~ N(0, q), and the
//! pair expectations E[g(u₁)g(u₂)], E[(g(u₁) − g(u₂))²] of two correlated normals.
//!
//! # The rules
//! E[g(u)], u = √q·z: z is integrated over [−10, 10] (outside it the density is below 7.7e−23,
//! and every activation grows at most linearly) on panels of width 2.5 with 12 Gauss–Legendre
//! nodes each. Gauss rules are only spectrally accurate where the integrand is smooth, so panel
//! edges are added
//! - at every kink k of g, mapped to z = k/√q;
//! - at graded points around u = 0 (u = 0, ±0.5, ±1, ±2, ±3, ±4, ±6, ±8, ±12, ±16, where they
//!   are closer together than half a panel and no closer to 0 than 1e−5 in z): the activations
//!   bend on a scale of about 1 in u (their complex poles sit π/2 … π from the real axis),
//!   which is 1/√q in z, so for a large q the panels near 0 shrink geometrically.
//!
//! The pair expectations ([`pair_expectation`]) are a two-level rule built the same way, on
//! [−9, 9] in each variable with panels of 3 (12 nodes, 8 for panels beyond |z| = 6), plus the
//! edges the correlation creates.
//!
//! # Accuracy, and how it was checked
//! Exact moments and closed forms in the tests below (E[z⁶], E|u|, a step, E[u₁u₂] = qc, ReLU's
//! arc-cosine kernel at 1e−13), and mpmath references at 25+ digits
//! (`scripts/gen_depth_reference.py`, checked by `tests/depth_meanfield.rs`) for every
//! activation: the depth lab's 1-D expectations agree to about 1e−14 and the pair expectations
//! to about 1e−13 relative (softsign's to 5e−11: its f″ jumps at 0 and each of its pieces has
//! a pole at distance 1 from there; the test's bound is 1e−9). While choosing the panels, a prototype
//! of this construction agreed with a much finer one (panels of 0.25, 16 nodes) to 3e−14 (1-D)
//! and 4e−13 (pair) over 8 activations, q from 0.01 to 1000 and c from −0.9 to 1 − 1e−8.

use std::f64::consts::PI;
use std::sync::OnceLock;

/// Half-width of the integration range in z (φ(10) ≈ 7.7e−23).
pub const HALF_WIDTH: f64 = 10.0;
/// Width of a standard panel in z.
pub const PANEL: f64 = 2.5;
/// Gauss–Legendre nodes per panel.
pub const NODES: usize = 12;
/// The pair rule's half-width in each variable (φ(9) ≈ 1e−18: its tails are far below the
/// 1e−9 the pair expectations need, and each of the two variables costs in the product).
pub const PAIR_HALF_WIDTH: f64 = 9.0;
/// The pair rule's panel width.
pub const PAIR_PANEL: f64 = 3.0;

/// 1/√(2π).
const INV_SQRT_2PI: f64 = 0.398_942_280_401_432_7;

/// Gauss–Legendre nodes and weights on [−1, 1] with n nodes, by Newton's method on P_n.
fn legendre(n: usize) -> Vec<(f64, f64)> {
    (0..n)
        .map(|i| {
            // Tricomi's initial guess for the i-th root, then Newton on the three-term recurrence.
            let mut x = (PI * (i as f64 + 0.75) / (n as f64 + 0.5)).cos();
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
            (x, 2.0 / ((1.0 - x * x) * dp * dp))
        })
        .collect()
}

/// The Gauss–Legendre rules used: [`NODES`] nodes, and the 8 of the pair rule's outer panels.
/// Computed once.
fn rules() -> &'static [Vec<(f64, f64)>; 2] {
    static RULES: OnceLock<[Vec<(f64, f64)>; 2]> = OnceLock::new();
    RULES.get_or_init(|| [legendre(NODES), legendre(8)])
}

/// The [`NODES`]-node rule.
fn gauss_legendre() -> &'static [(f64, f64)] {
    &rules()[0]
}

/// The pair rule's nodes for a panel [lo, hi]: [`NODES`] where it comes within 6 of 0, 8 beyond
/// (where φ < 1.5e−8, so the panel's share of any expectation here is below 1e−6 and a
/// relative accuracy of 1e−4 there is plenty).
fn pair_rule(lo: f64, hi: f64) -> &'static [(f64, f64)] {
    let near = if lo <= 0.0 && hi >= 0.0 {
        0.0
    } else {
        lo.abs().min(hi.abs())
    };
    let r = rules();
    if near < 6.0 - 1e-9 { &r[0] } else { &r[1] }
}

/// The standard normal density φ(z).
pub fn phi(z: f64) -> f64 {
    (-0.5 * z * z).exp() * INV_SQRT_2PI
}

/// The graded points around u = 0 (positive side): 0.5, 1, 2, 3, 4, 6, 8, 12, 16: finer where
/// the activations bend and where the Gaussian factors of their derivatives change; beyond 16
/// every activation is in its smooth asymptotic regime (linear or constant up to e^{−16}).
const GRADES: [f64; 9] = [0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0];

/// Graded points closer to 0 than this (in the integration variable) are left out: below it
/// the region where the activation bends carries too little of the normal mass to matter
/// (variances above about 1e10).
const GRADE_MIN: f64 = 1e-5;

/// Pushes 0 and ±u·scale for the graded points u with GRADE_MIN ≤ u·scale ≤ half a panel
/// (where they are closer together than the standard panels).
fn push_grading(out: &mut Vec<f64>, scale: f64, panel: f64) {
    out.push(0.0);
    for u in GRADES {
        let z = u * scale;
        if z > panel / 2.0 {
            break;
        }
        if z >= GRADE_MIN {
            out.push(z);
            out.push(-z);
        }
    }
}

/// Sorts the break points, keeps those strictly inside (lo, hi), merges them with the standard
/// edges (multiples of `panel` and the ends) and drops near-duplicates. Returns the edges.
fn edges_into(out: &mut Vec<f64>, breaks: &[f64], lo: f64, hi: f64, panel: f64) {
    out.clear();
    out.push(lo);
    out.push(hi);
    let first = (lo / panel).ceil() as i64;
    let last = (hi / panel).floor() as i64;
    for k in first..=last {
        let e = k as f64 * panel;
        if e > lo && e < hi {
            out.push(e);
        }
    }
    out.extend(breaks.iter().copied().filter(|b| *b > lo && *b < hi));
    out.sort_unstable_by(f64::total_cmp);
    out.dedup_by(|a, b| (*a - *b).abs() <= 1e-12 * (1.0 + b.abs()));
}

/// The nodes of a rule for E[g(u)], u ~ N(0, q): pairs (u, weight) whose weighted sum of g is
/// the expectation. Build it once and sum several functions over it (f, f², f′², …).
#[derive(Clone, Debug, PartialEq)]
pub struct NormalRule {
    nodes: Vec<(f64, f64)>,
}

impl NormalRule {
    /// The rule for u ~ N(0, q) (q ≥ 0) with panel edges at the kinks of the integrand (given in
    /// u) and the grading around 0 described in the [module docs](self).
    ///
    /// For q = 0 the rule is the limit q → 0⁺: the mean of the values just left and right of 0,
    /// so a step at 0 (relu′) counts one half. A negative or NaN q gives an empty rule (every
    /// expectation 0); an infinite q gives nodes at ±∞.
    pub fn new(q: f64, kinks: &[f64]) -> Self {
        if q == 0.0 {
            let t = f64::MIN_POSITIVE;
            return NormalRule {
                nodes: vec![(-t, 0.5), (t, 0.5)],
            };
        }
        if q.is_nan() || q < 0.0 {
            return NormalRule { nodes: Vec::new() };
        }
        let s = q.sqrt();
        let mut breaks: Vec<f64> = kinks.iter().map(|k| k / s).collect();
        push_grading(&mut breaks, 1.0 / s, PANEL);
        let mut edges = Vec::new();
        edges_into(&mut edges, &breaks, -HALF_WIDTH, HALF_WIDTH, PANEL);
        let rule = gauss_legendre();
        let mut nodes = Vec::with_capacity((edges.len() - 1) * NODES);
        for w in edges.windows(2) {
            let (mid, half) = (0.5 * (w[0] + w[1]), 0.5 * (w[1] - w[0]));
            for &(x, wt) in rule {
                let z = mid + half * x;
                nodes.push((s * z, wt * half * phi(z)));
            }
        }
        NormalRule { nodes }
    }

    /// The nodes: (u, weight) pairs.
    pub fn nodes(&self) -> &[(f64, f64)] {
        &self.nodes
    }

    /// Σ weight·g(u) ≈ E[g(u)].
    pub fn expect(&self, g: impl Fn(f64) -> f64) -> f64 {
        self.nodes.iter().map(|&(u, w)| w * g(u)).sum()
    }
}

/// E[g(z)] for z ~ N(0, 1), with panel edges at `kinks` (the points where g or one of its
/// derivatives jumps). Accurate to about 1e−14 relative for g that grows at most polynomially
/// (up to z⁶ or so) and is smooth between the kinks.
pub fn normal_expectation(g: impl Fn(f64) -> f64, kinks: &[f64]) -> f64 {
    NormalRule::new(1.0, kinks).expect(g)
}

/// E[g(u)] for u = √q·z ~ N(0, q), q ≥ 0, with `kinks` the kinks of g in u (they become
/// k/√q in z). For q = 0 see [`NormalRule::new`].
pub fn scaled_normal_expectation(g: impl Fn(f64) -> f64, q: f64, kinks: &[f64]) -> f64 {
    NormalRule::new(q, kinks).expect(g)
}

/// The two expectations [`pair_expectation`] returns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairMoments {
    /// E[g(u₁)·g(u₂)].
    pub product: f64,
    /// E[(g(u₁) − g(u₂))²]/2, computed from the differences (no cancellation as c → 1, where
    /// it is E[g(u)²] − E[g(u₁)g(u₂)] = a difference of two nearly equal numbers).
    pub half_sq_diff: f64,
}

/// E[g(u₁)g(u₂)] and E[(g(u₁) − g(u₂))²]/2 for (u₁, u₂) jointly normal with mean 0, both
/// variances q ≥ 0 and correlation c = 1 − `one_minus_c` (`one_minus_c` ∈ [0, 2], so that a
/// correlation within 1e−16 of 1 keeps its digits); `kinks` are the kinks of g.
///
/// Written as u₁ = √q(αa + βb), u₂ = √q(αa − βb) with α = √((1+c)/2), β = √((1−c)/2) and a,
/// b independent standard normals, so the integrand is symmetric in b and only b ≥ 0 is
/// evaluated. Edges:
/// - inner (b ≥ 0, for each outer node): where u₁ or u₂ crosses a kink, |k − √qαa|/(√qβ), and
///   the graded points around u = 0 when √qβ is large;
/// - outer (a): where the inner integral is not smooth. A kink k of g makes it so at
///   √qαa = k (blurred over a width τ = β/α, so when τ is small the panels are graded at
///   k ± 2τ, 6τ, 16τ), and two kinks k, k′ at the midpoint (k + k′)/2 (the two inner edges
///   meet there); the graded points around 0 as in 1-D.
///
/// c = 1 and c = −1 are the 1-D expectations of g(u)² and g(u)g(−u). Out-of-range inputs
/// (q < 0, NaN, `one_minus_c` outside [0, 2]) give NaN.
pub fn pair_expectation(
    g: impl Fn(f64) -> f64,
    q: f64,
    one_minus_c: f64,
    kinks: &[f64],
) -> PairMoments {
    let nan = PairMoments {
        product: f64::NAN,
        half_sq_diff: f64::NAN,
    };
    if q.is_nan() || q < 0.0 || one_minus_c.is_nan() || !(0.0..=2.0).contains(&one_minus_c) {
        return nan;
    }
    let one_plus_c = 2.0 - one_minus_c;
    if one_minus_c == 0.0 || q == 0.0 {
        // u₁ = u₂ (or both 0).
        let product = NormalRule::new(q, kinks).expect(|u| {
            let v = g(u);
            v * v
        });
        return PairMoments {
            product,
            half_sq_diff: 0.0,
        };
    }
    let s = q.sqrt();
    if one_plus_c == 0.0 {
        // u₂ = −u₁.
        let mut ks: Vec<f64> = kinks.to_vec();
        ks.extend(kinks.iter().map(|k| -k));
        let rule = NormalRule::new(q, &ks);
        let product = rule.expect(|u| g(u) * g(-u));
        let half_sq_diff = rule.expect(|u| {
            let d = g(u) - g(-u);
            0.5 * d * d
        });
        return PairMoments {
            product,
            half_sq_diff,
        };
    }
    let alpha = (0.5 * one_plus_c).sqrt();
    let beta = (0.5 * one_minus_c).sqrt();
    let sa = s * alpha;
    let sig = s * beta;
    let tau = beta / alpha;

    // Outer edges in a.
    let mut breaks = Vec::with_capacity(64);
    for (i, &k) in kinks.iter().enumerate() {
        let ak = k / sa;
        breaks.push(ak);
        if tau < 0.5 {
            for t in [2.0, 6.0, 16.0] {
                breaks.push(ak + t * tau);
                breaks.push(ak - t * tau);
            }
        }
        for &k2 in &kinks[i + 1..] {
            breaks.push(0.5 * (k + k2) / sa);
        }
    }
    push_grading(&mut breaks, 1.0 / sa, PAIR_PANEL);
    let mut outer = Vec::new();
    edges_into(
        &mut outer,
        &breaks,
        -PAIR_HALF_WIDTH,
        PAIR_HALF_WIDTH,
        PAIR_PANEL,
    );

    // The inner standard panels' nodes, for the panels no inner edge falls into.
    let standard = standard_half_line_nodes();
    let grade_inner = sig * PAIR_PANEL / 2.0 >= 0.5;
    let mut inner_breaks: Vec<f64> = Vec::with_capacity(64);

    let (mut product, mut half_sq_diff) = (0.0, 0.0);
    for w in outer.windows(2) {
        let (mid, half) = (0.5 * (w[0] + w[1]), 0.5 * (w[1] - w[0]));
        for &(x, wt) in pair_rule(w[0], w[1]) {
            let a = mid + half * x;
            let wa = wt * half * phi(a);
            let m = sa * a;
            inner_breaks.clear();
            for &k in kinks {
                inner_breaks.push(((k - m) / sig).abs());
            }
            if grade_inner {
                inner_breaks.push((m / sig).abs());
                for u in GRADES {
                    if u > sig * PAIR_PANEL / 2.0 {
                        break;
                    }
                    if u >= GRADE_MIN * sig {
                        inner_breaks.push(((u - m) / sig).abs());
                        inner_breaks.push(((-u - m) / sig).abs());
                    }
                }
            }
            inner_breaks.retain(|b| *b > 0.0 && *b < PAIR_HALF_WIDTH);
            inner_breaks.sort_unstable_by(f64::total_cmp);
            let (mut p, mut d) = (0.0, 0.0);
            let mut add = |b: f64, wb: f64| {
                let g1 = g(m + sig * b);
                let g2 = g(m - sig * b);
                p += wb * g1 * g2;
                let diff = g1 - g2;
                d += wb * diff * diff;
            };
            let mut next = 0;
            for (i, panel) in standard.iter().enumerate() {
                let lo = i as f64 * PAIR_PANEL;
                let hi = (lo + PAIR_PANEL).min(PAIR_HALF_WIDTH);
                let start = next;
                while next < inner_breaks.len() && inner_breaks[next] < hi {
                    next += 1;
                }
                if start == next {
                    for &(b, wb) in panel {
                        add(b, wb);
                    }
                    continue;
                }
                // Split this panel at the edges inside it.
                let mut left = lo;
                for &e in inner_breaks[start..next].iter().chain(std::iter::once(&hi)) {
                    if e - left <= 1e-12 * (1.0 + e) {
                        continue;
                    }
                    let (m2, h2) = (0.5 * (left + e), 0.5 * (e - left));
                    for &(y, wy) in pair_rule(left, e) {
                        let b = m2 + h2 * y;
                        add(b, wy * h2 * phi(b));
                    }
                    left = e;
                }
            }
            // The factor 2 folds b < 0 onto b > 0.
            product += wa * 2.0 * p;
            half_sq_diff += wa * d;
        }
    }
    PairMoments {
        product,
        half_sq_diff,
    }
}

/// The nodes (b, weight·φ(b)) of the pair rule's standard panels of [0, PAIR_HALF_WIDTH], one
/// list per panel.
fn standard_half_line_nodes() -> &'static [Vec<(f64, f64)>] {
    static NODES_: OnceLock<Vec<Vec<(f64, f64)>>> = OnceLock::new();
    NODES_.get_or_init(|| {
        let count = (PAIR_HALF_WIDTH / PAIR_PANEL).ceil() as usize;
        (0..count)
            .map(|i| {
                let lo = i as f64 * PAIR_PANEL;
                let hi = (lo + PAIR_PANEL).min(PAIR_HALF_WIDTH);
                let (mid, half) = (0.5 * (lo + hi), 0.5 * (hi - lo));
                pair_rule(lo, hi)
                    .iter()
                    .map(|&(x, w)| {
                        let b = mid + half * x;
                        (b, w * half * phi(b))
                    })
                    .collect()
            })
            .collect()
    })
}

/// The Hermite expansion of g(√q·z): b_n = E[g(√q z)·He_n(z)]/√(n!), with which Mehler's
/// formula gives the pair expectations of [`pair_expectation`] as series,
/// E[g(u₁)g(u₂)] = Σ b_n² cⁿ and E[(g(u₁) − g(u₂))²]/2 = Σ b_n² (1 − cⁿ), at the cost of one
/// 1-D pass. Parseval makes the truncation error computable: the terms left out sum to at most
/// |c|^{N+1}·(E[g²] − Σ b_n²) and (1 − c)·(q·E[g′²] − Σ n·b_n²) (as 1 − cⁿ ≤ n(1 − c) for
/// c ≥ 0), so [`HermiteSeries::pair`] answers only when those bounds are below 1e−11 of the
/// result; it converges fast for smooth g at moderate q, slowly for kinked g.
#[derive(Clone, Debug, PartialEq)]
pub struct HermiteSeries {
    /// b_0, …, b_N.
    pub coeffs: Vec<f64>,
    /// E[g(u)²] − Σ b_n² (≥ 0 up to rounding).
    pub residual: f64,
    /// q·E[g′(u)²] − Σ n·b_n² (≥ 0 up to rounding).
    pub slope_residual: f64,
    /// E[g(u)²].
    pub second_moment: f64,
}

/// Terms of [`HermiteSeries`] computed at most.
const HERMITE_MAX: usize = 80;

impl HermiteSeries {
    /// The expansion of g at variance q > 0 (`g_prime` = g′, for the slope residual), up to the
    /// first N where both residuals are below 1e−14 of their totals, or [`HERMITE_MAX`] terms.
    /// The coefficients are integrated on [−9, 9] in panels of 0.75 (16 nodes), split at the
    /// kinks; an inaccurate b_n shows up in the residuals, which then do not vanish.
    pub fn new(
        g: impl Fn(f64) -> f64,
        g_prime: impl Fn(f64) -> f64,
        q: f64,
        kinks: &[f64],
    ) -> Self {
        let s = q.sqrt();
        let mut breaks: Vec<f64> = kinks.iter().map(|k| k / s).collect();
        breaks.push(0.0);
        let mut edges = Vec::new();
        edges_into(&mut edges, &breaks, -PAIR_HALF_WIDTH, PAIR_HALF_WIDTH, 0.75);
        let rule = hermite_rule();
        let (mut z, mut fw) = (Vec::new(), Vec::new());
        let (mut m2, mut d2) = (0.0, 0.0);
        for w in edges.windows(2) {
            let (mid, half) = (0.5 * (w[0] + w[1]), 0.5 * (w[1] - w[0]));
            for &(x, wt) in rule {
                let zz = mid + half * x;
                let wz = wt * half * phi(zz);
                let (gv, dv) = (g(s * zz), g_prime(s * zz));
                z.push(zz);
                fw.push(wz * gv);
                m2 += wz * gv * gv;
                d2 += wz * dv * dv;
            }
        }
        let d2 = q * d2;
        let mut h_prev = vec![0.0; z.len()];
        let mut h = vec![1.0; z.len()];
        let (mut sum0, mut sum1) = (0.0, 0.0);
        let mut coeffs = Vec::new();
        for n in 0..=HERMITE_MAX {
            let b: f64 = fw.iter().zip(&h).map(|(f, h)| f * h).sum();
            coeffs.push(b);
            sum0 += b * b;
            sum1 += n as f64 * b * b;
            if m2 - sum0 <= 1e-14 * m2 && d2 - sum1 <= 1e-14 * d2 {
                break;
            }
            // h_{n+1} = (z·h_n − √n·h_{n−1})/√(n+1): the orthonormal Hermite recurrence.
            let (a, c) = ((n as f64).sqrt(), 1.0 / ((n + 1) as f64).sqrt());
            for i in 0..z.len() {
                let next = (z[i] * h[i] - a * h_prev[i]) * c;
                h_prev[i] = h[i];
                h[i] = next;
            }
        }
        HermiteSeries {
            coeffs,
            residual: (m2 - sum0).max(0.0),
            slope_residual: (d2 - sum1).max(0.0),
            second_moment: m2,
        }
    }

    /// The pair moments at correlation 1 − `one_minus_c` by Mehler's formula, if the
    /// truncation bounds are below 1e−11 of E[g²] (product) and of the result (difference);
    /// `None` otherwise (use [`pair_expectation`]).
    pub fn pair(&self, one_minus_c: f64) -> Option<PairMoments> {
        if !(0.0..=2.0).contains(&one_minus_c) {
            return None;
        }
        let c = 1.0 - one_minus_c;
        let ln_c = (-one_minus_c).ln_1p();
        let n_max = self.coeffs.len();
        let (mut product, mut half_sq_diff) = (0.0, 0.0);
        let mut cn = 1.0;
        for (n, b) in self.coeffs.iter().enumerate() {
            let b2 = b * b;
            product += b2 * cn;
            // 1 − cⁿ without cancellation near c = 1.
            let one_minus_cn = if c > 0.0 {
                -(n as f64 * ln_c).exp_m1()
            } else {
                1.0 - cn
            };
            half_sq_diff += b2 * one_minus_cn;
            cn *= c;
        }
        let product_bound = c.abs().powi(n_max as i32) * self.residual;
        let diff_bound = if c >= 0.0 {
            (one_minus_c * self.slope_residual).min(self.residual)
        } else {
            2.0 * self.residual
        };
        let tol = 1e-11;
        (product_bound <= tol * self.second_moment && diff_bound <= tol * half_sq_diff.abs())
            .then_some(PairMoments {
                product,
                half_sq_diff,
            })
    }
}

/// The 16-node Gauss–Legendre rule of [`HermiteSeries`].
fn hermite_rule() -> &'static [(f64, f64)] {
    static RULE: OnceLock<Vec<(f64, f64)>> = OnceLock::new();
    RULE.get_or_init(|| legendre(16))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(got: f64, want: f64, rel: f64) {
        assert!(
            (got - want).abs() <= rel * want.abs().max(1e-300),
            "got {got:e}, want {want:e}"
        );
    }

    #[test]
    fn moments_of_the_normal() {
        close(normal_expectation(|_| 1.0, &[]), 1.0, 1e-14);
        close(normal_expectation(|z| z * z, &[]), 1.0, 1e-14);
        close(normal_expectation(|z| z.powi(6), &[]), 15.0, 1e-14);
        close(scaled_normal_expectation(|u| u * u, 7.0, &[]), 7.0, 1e-14);
        close(
            scaled_normal_expectation(|u| u.powi(4), 1e4, &[]),
            3e8,
            1e-14,
        );
        // E|u| = √(2q/π), split at the kink.
        close(
            scaled_normal_expectation(f64::abs, 0.3, &[0.0]),
            (0.6 / PI).sqrt(),
            1e-14,
        );
    }

    #[test]
    fn a_step_needs_its_kink() {
        // P(u < 1.3) for u ~ N(0, 4) is Φ(0.65) (1.3 is none of the graded points).
        let want = 0.5 * libm::erfc(-0.65 / 2f64.sqrt());
        let step = |u: f64| if u < 1.3 { 1.0 } else { 0.0 };
        close(scaled_normal_expectation(step, 4.0, &[1.3]), want, 1e-14);
        assert!((scaled_normal_expectation(step, 4.0, &[]) - want).abs() > 1e-6);
    }

    #[test]
    fn q_zero_is_the_limit_from_above() {
        let step = |u: f64| if u > 0.0 { 1.0 } else { 0.0 };
        assert_eq!(scaled_normal_expectation(step, 0.0, &[0.0]), 0.5);
        assert_eq!(scaled_normal_expectation(|u| u + 3.0, 0.0, &[]), 3.0);
        assert!(NormalRule::new(-1.0, &[]).nodes().is_empty());
    }

    #[test]
    fn pair_moments_of_linear_and_relu() {
        for (q, c) in [(1.0, 0.3), (2.5, -0.7), (0.01, 0.999), (40.0, 1.0 - 1e-9)] {
            let m = pair_expectation(|u| u, q, 1.0 - c, &[]);
            close(m.product, q * c, 1e-13);
            // E[(u₁ − u₂)²]/2 = q(1 − c).
            close(m.half_sq_diff, q * (1.0 - c), 1e-12);
            // Cho & Saul: E[relu(u₁)relu(u₂)] = q(sin θ + (π − θ)cos θ)/(2π), c = cos θ, so
            // E[(relu(u₁) − relu(u₂))²]/2 = q(π(1 − c) + θc − sin θ)/(2π).
            let delta = 1.0 - c;
            let th = 2.0 * (0.5 * delta).sqrt().asin();
            let want = q * (th.sin() + (PI - th) * c) / (2.0 * PI);
            let r = pair_expectation(|u| u.max(0.0), q, delta, &[0.0]);
            close(r.product, want, 1e-13);
            let diff = q * (PI * delta + th * c - th.sin()) / (2.0 * PI);
            close(r.half_sq_diff, diff, 1e-12);
        }
        // The ends: c = 1 is E[g²], c = −1 is E[g(u)g(−u)].
        close(pair_expectation(|u| u, 3.0, 0.0, &[]).product, 3.0, 1e-14);
        close(pair_expectation(|u| u, 3.0, 2.0, &[]).product, -3.0, 1e-14);
        assert_eq!(
            pair_expectation(|u| u.max(0.0), 3.0, 2.0, &[0.0]).product,
            0.0
        );
        assert!(pair_expectation(|u| u, 1.0, 2.5, &[]).product.is_nan());
    }

    #[test]
    fn mehler_agrees_with_the_pair_rule() {
        let tanh = |u: f64| u.tanh();
        let dtanh = |u: f64| 1.0 / u.cosh().powi(2);
        for q in [0.1, 0.4, 1.0] {
            let series = HermiteSeries::new(tanh, dtanh, q, &[]);
            for d in [2.0, 1.6, 1.0, 0.5, 1e-3, 1e-9, 1e-15] {
                let r = pair_expectation(tanh, q, d, &[]);
                let Some(m) = series.pair(d) else {
                    assert!(q > 0.5, "tanh at q = {q} converges (1 − c = {d})");
                    continue;
                };
                assert!((m.product - r.product).abs() <= 1e-11 * series.second_moment);
                if d >= 1e-9 {
                    close(m.half_sq_diff, r.half_sq_diff, 1e-10);
                } else {
                    // Where the pair rule's differences lose digits to rounding (≈1e−17/√d),
                    // the series keeps them: it is the linear term d·Σ n·b_n² to O(d).
                    let lin: f64 = series
                        .coeffs
                        .iter()
                        .enumerate()
                        .map(|(n, b)| n as f64 * b * b)
                        .sum();
                    close(m.half_sq_diff, d * lin, 1e-12);
                }
            }
        }
        // ReLU's kink makes the series converge too slowly: no answer rather than a poor one.
        let relu = HermiteSeries::new(
            |u: f64| u.max(0.0),
            |u: f64| (u > 0.0) as u8 as f64,
            1.0,
            &[0.0],
        );
        assert!(relu.pair(0.01).is_none());
        // A polynomial has a finite expansion: u² at q = 2 is 2(1 + √2·h₂), so
        // E[u₁²u₂²] = 4(1 + 2c²).
        let sq = HermiteSeries::new(|u| u * u, |u| 2.0 * u, 2.0, &[]);
        let m = sq.pair(0.7).unwrap();
        close(m.product, 4.0 * (1.0 + 2.0 * 0.09), 1e-13);
    }
}
