//! [`MeanField`]: the q-map, its fixed point q*, χ₁, the c-map and the depth scale ξ_c of a deep
//! random network with one activation, weights of variance σ_w²/fan-in and biases of
//! variance σ_b² (Poole et al. 2016; Schoenholz et al. 2017).

use std::sync::OnceLock;

use crate::math::gauss::HermiteSeries;
use crate::math::{Activation, Params};

use super::maps::{self, Direct};

/// The variance used for the limit q → 0⁺ where q = 0 leaves a correlation undefined (no bias,
/// f(0) = 0): small enough that every activation is in its linear (or piecewise-linear) regime
/// to the last bit, large enough that its squares stay normal f64 numbers.
pub(crate) const Q_TINY: f64 = 1e-200;

/// Below this 1 − c the c-map is linearised at c = 1 (see [`MeanField::correlation_step`]).
pub(crate) const DELTA_LINEAR: f64 = 1e-16;

/// |χ − 1| below this counts as critical: the depth scale is infinite.
const CRITICAL_TOL: f64 = 1e-12;

/// The Hermite series of f at the last variance asked for (computed only for activations
/// without kinks: with a kink the series converges too slowly to be worth its pass).
#[derive(Default)]
pub(crate) struct SeriesCache {
    q: Option<f64>,
    series: Option<HermiteSeries>,
}

impl SeriesCache {
    /// The series of `mf`'s activation at variance q (> 0), computed on first use for this q
    /// (to 1e−15).
    fn get(&mut self, mf: &MeanField, q: f64) -> Option<&HermiteSeries> {
        // Not for closed forms (Snake): they are exact at every correlation.
        let exact = mf.direct().closed_form().is_some();
        if exact || !(mf.kinks.is_empty() && q > 0.0 && q.is_finite()) {
            return None;
        }
        // A settled q wanders in its last bits: a few ulps do not change the series.
        if !self.q.is_some_and(|c| (c - q).abs() <= 1e-15 * q) {
            let (a, p) = (mf.activation, &mf.params);
            self.series = Some(HermiteSeries::new(
                |u| a.eval_with(u, p),
                |u| a.derivative_with(u, p),
                q,
                &[],
            ));
            self.q = Some(q);
        }
        self.series.as_ref()
    }
}

/// The mean-field description of a deep, wide, random fully connected network
/// h^l = W^l f(h^{l−1}) + b^l with W ~ N(0, σ_w²/fan-in), b ~ N(0, σ_b²), inputs of
/// per-unit second moment q⁰: every pre-activation is N(0, q^l) with q^l = q-map(q^{l−1}), and
/// two inputs' pre-activations have correlation c^l = c-map(c^{l−1}).
///
/// z ~ N(0, 1) throughout; expectations are computed by quadrature ([`crate::math::gauss`])
/// to about 1e−12 relative (checked against mpmath to 1e−9 in `tests/depth_meanfield.rs`).
/// The inputs are taken as given: σ_w², σ_b² must be finite and ≥ 0 (other values make
/// [`MeanField::q_star`] `None` and the maps NaN); the parameters must be valid
/// ([`Params::validate`]).
///
/// ```
/// use activation_explorer::depth::MeanField;
/// use activation_explorer::math::{Activation, Params};
///
/// // He initialisation keeps ReLU networks at the edge of chaos: χ₁ = 1.
/// let mf = MeanField::new(Activation::Relu, &Params::default(), 2.0, 0.0);
/// assert_eq!(mf.q_star(), Some(1.0));
/// assert!((mf.chi1().unwrap() - 1.0).abs() < 1e-12);
/// // Cho & Saul's arc-cosine kernel: c = 0 maps to 1/π.
/// assert!((mf.c_map(0.0).unwrap() - 1.0 / std::f64::consts::PI).abs() < 1e-12);
/// ```
#[derive(Clone, Debug)]
pub struct MeanField {
    activation: Activation,
    params: Params,
    sigma_w2: f64,
    sigma_b2: f64,
    kinks: Vec<f64>,
    q_star: OnceLock<Option<f64>>,
}

impl PartialEq for MeanField {
    /// Equal inputs (activation, parameters, σ_w², σ_b²).
    fn eq(&self, other: &Self) -> bool {
        self.activation == other.activation
            && self.params == other.params
            && self.sigma_w2 == other.sigma_w2
            && self.sigma_b2 == other.sigma_b2
    }
}

impl MeanField {
    /// The network with activation `a` (parameters `p`), weight variance σ_w² (`sigma_w2`, times
    /// 1/fan-in) and bias variance σ_b² (`sigma_b2`). Cheap: q* is computed on first use.
    pub fn new(a: Activation, p: &Params, sigma_w2: f64, sigma_b2: f64) -> Self {
        MeanField {
            activation: a,
            params: *p,
            sigma_w2,
            sigma_b2,
            kinks: a.kinks(p),
            q_star: OnceLock::new(),
        }
    }

    /// The same activation and parameters with other variances.
    pub fn with_sigmas(&self, sigma_w2: f64, sigma_b2: f64) -> Self {
        MeanField {
            sigma_w2,
            sigma_b2,
            q_star: OnceLock::new(),
            ..self.clone()
        }
    }

    /// The activation.
    pub fn activation(&self) -> Activation {
        self.activation
    }

    /// The activation's parameters.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// σ_w².
    pub fn sigma_w2(&self) -> f64 {
        self.sigma_w2
    }

    /// σ_b².
    pub fn sigma_b2(&self) -> f64 {
        self.sigma_b2
    }

    /// The activation's kinks (where the quadrature splits).
    pub(crate) fn kinks(&self) -> &[f64] {
        &self.kinks
    }

    /// Whether σ_w² and σ_b² are finite and ≥ 0.
    pub(crate) fn sigmas_valid(&self) -> bool {
        self.sigma_w2.is_finite()
            && self.sigma_w2 >= 0.0
            && self.sigma_b2.is_finite()
            && self.sigma_b2 >= 0.0
    }

    fn direct(&self) -> Direct<'_> {
        Direct {
            activation: self.activation,
            params: &self.params,
        }
    }

    /// The q-map: the next layer's pre-activation variance σ_w²·E[f(√q·z)²] + σ_b² from this
    /// layer's q ≥ 0 (q = 0 is the limit q → 0⁺). NaN for q < 0, NaN q or invalid σ's;
    /// +∞ if q is +∞ and f is unbounded.
    pub fn q_map(&self, q: f64) -> f64 {
        if !self.sigmas_valid() || q.is_nan() || q < 0.0 {
            return f64::NAN;
        }
        if self.sigma_w2 == 0.0 {
            return self.sigma_b2;
        }
        self.sigma_w2 * maps::moments(&self.direct(), q, &self.kinks).second + self.sigma_b2
    }

    /// The q-map and its slope at q, from `ev` (the solver's `map`).
    pub(crate) fn q_map_and_slope(&self, ev: &Direct<'_>, q: f64) -> (f64, f64) {
        if self.sigma_w2 == 0.0 {
            return (self.sigma_b2, 0.0);
        }
        let m = maps::moments(ev, q, &self.kinks);
        (
            self.sigma_w2 * m.second + self.sigma_b2,
            self.sigma_w2 * m.second_slope,
        )
    }

    /// q* computed with f from `ev`.
    pub(crate) fn solve_q_star(&self, ev: &Direct<'_>) -> Option<f64> {
        if !self.sigmas_valid() {
            return None;
        }
        if self.sigma_w2 == 0.0 {
            return Some(self.sigma_b2);
        }
        maps::q_fixed_point(|q| self.q_map_and_slope(ev, q), self.sigma_b2)
    }

    /// q*: the fixed point of the q-map that iterating from q = 1 reaches (the variance a deep
    /// network settles at).
    ///
    /// `None` means there is none to reach: the variance grows without bound (past 1e30), as
    /// for ReLU with σ_w² > 2, or with σ_w² = 2 and σ_b² > 0; or σ_w², σ_b² are invalid.
    /// Bounded activations always have one. Where every q is a fixed point (ReLU at (2, 0))
    /// the answer is 1. Where the fixed point is 0 (no bias, f(0) = 0, σ_w²·f′(0)² < 1) it is
    /// approached geometrically, or like 1/l at a marginal point (tanh at σ_w² = 1), and the
    /// answer is within about 1e−14 of 0. Computed once and kept.
    pub fn q_star(&self) -> Option<f64> {
        *self
            .q_star
            .get_or_init(|| self.solve_q_star(&self.direct()))
    }

    /// χ₁ at any variance q: σ_w²·E[f′(√q·z)²], the factor by which a layer at variance q
    /// scales the expected squared norm of a gradient passing back through it (and a small
    /// perturbation passing forward). NaN for invalid inputs.
    pub fn chi1_at(&self, q: f64) -> f64 {
        if !self.sigmas_valid() || q.is_nan() || q < 0.0 {
            return f64::NAN;
        }
        if self.sigma_w2 == 0.0 {
            return 0.0;
        }
        self.sigma_w2 * maps::mean_sq_derivative(&self.direct(), q, &self.kinks)
    }

    /// χ₁ = σ_w²·E[f′(√q*·z)²] at the fixed point: < 1 ordered (gradients vanish, inputs
    /// converge), > 1 chaotic (gradients explode, inputs decorrelate), = 1 critical. `None`
    /// when q* is.
    pub fn chi1(&self) -> Option<f64> {
        self.q_star().map(|q| self.chi1_at(q))
    }

    /// The variance at which correlations are evaluated: q itself, except where q = 0 would
    /// leave them undefined (σ_b² = 0 and f(0) = 0), where the limit q → 0⁺ is taken.
    pub(crate) fn correlation_variance(&self, q: f64) -> f64 {
        let f0 = self.activation.eval_with(0.0, &self.params);
        if q == 0.0 && self.sigma_b2 == 0.0 && f0 == 0.0 {
            Q_TINY
        } else {
            q
        }
    }

    /// One c-map step at variance q from 1 − c: returns (c′, 1 − c′), with
    /// c′ = (σ_w²·E[f(u₁)f(u₂)] + σ_b²)/(σ_w²·E[f(u)²] + σ_b²) (the next layer's correlation:
    /// covariance over variance, so it holds at any q, not only at q*), and 1 − c′ computed
    /// from σ_w²·E[(f(u₁) − f(u₂))²]/2 so it keeps its digits as c → 1. When the next variance is
    /// 0 (σ_w² = σ_b² = 0) there is no correlation to propagate and c is kept.
    ///
    /// The pair expectations come from Mehler's series ([`HermiteSeries`], kept in `cache` for
    /// the next call at the same q) when the activation has no kinks and the series' own error
    /// bound is below 1e−11; otherwise from the two-level quadrature
    /// ([`crate::math::gauss::pair_expectation`]). There, below 1 − c = [`DELTA_LINEAR`], the
    /// step is linearised, 1 − c′ = s·(1 − c) with s the slope at c = 1: the differences
    /// f(u₁) − f(u₂) would be swamped by the rounding of u₁, u₂ themselves (a relative error of
    /// about 1e−17/√(1 − c)), while the linearisation errs by O(√(1 − c)) for kinked f: both
    /// stay below about 3e−9 relative.
    pub(crate) fn correlation_step(
        &self,
        ev: &Direct<'_>,
        q: f64,
        one_minus_c: f64,
        cache: &mut SeriesCache,
    ) -> (f64, f64) {
        let q = self.correlation_variance(q);
        let series = cache.get(self, q);
        let pm = match series.and_then(|s| s.pair(one_minus_c)) {
            Some(pm) => pm,
            None if one_minus_c > 0.0
                && one_minus_c < DELTA_LINEAR
                && ev.closed_form().is_none() =>
            {
                let d = (self.slope_at_one(q) * one_minus_c).min(2.0);
                return (1.0 - d, d);
            }
            None => maps::pair(ev, q, one_minus_c, &self.kinks),
        };
        let den = self.sigma_w2 * (pm.product + pm.half_sq_diff) + self.sigma_b2;
        if !(den.is_finite() && den > 0.0) {
            return (1.0 - one_minus_c, one_minus_c);
        }
        let c = (self.sigma_w2 * pm.product + self.sigma_b2) / den;
        let d = self.sigma_w2 * pm.half_sq_diff / den;
        if d < 0.5 { (1.0 - d, d) } else { (c, 1.0 - c) }
    }

    /// The c-map at any variance q ≥ 0 (that of both inputs' pre-activations), from 1 − c
    /// ∈ [0, 2]: (c′, 1 − c′), the next layer's correlation, each with its own relative
    /// precision (see [`MeanField::decorrelation_map`]). The step [`MeanField::trajectory`]
    /// takes between layers. `None` for inputs out of range or NaN, or invalid σ's.
    pub fn correlation_map_at(&self, q: f64, one_minus_c: f64) -> Option<(f64, f64)> {
        let valid = self.sigmas_valid() && q >= 0.0 && q.is_finite();
        if !valid || !(0.0..=2.0).contains(&one_minus_c) {
            return None;
        }
        let mut cache = SeriesCache::default();
        Some(self.correlation_step(&self.direct(), q, one_minus_c, &mut cache))
    }

    /// The c-map at q*: the correlation of two inputs' pre-activations at the next layer,
    /// from their correlation c ∈ [−1, 1] at this one (both at variance q*). c_map(1) = 1.
    /// `None` when q* is, or for c outside [−1, 1] or NaN. At q* = 0 (no bias, f(0) = 0) the
    /// limit q → 0⁺ is taken: the kernel of f's linear part (identity for tanh, the
    /// arc-cosine kernel for ReLU).
    pub fn c_map(&self, c: f64) -> Option<f64> {
        if !(-1.0..=1.0).contains(&c) {
            return None;
        }
        let q = self.q_star()?;
        let mut cache = SeriesCache::default();
        Some(
            self.correlation_step(&self.direct(), q, 1.0 - c, &mut cache)
                .0,
        )
    }

    /// 1 − c_map(1 − δ) from δ = 1 − c ∈ [0, 2]: the c-map near c = 1, where c itself rounds
    /// to 1 (δ < 1e−16) but δ keeps its relative precision. About 1e−13 relative for
    /// activations without kinks (Mehler's series, exact in δ to rounding); for kinked ones
    /// about 1e−13 at δ = 1e−6, degrading like 1e−17/√δ as the quadrature's differences
    /// f(u₁) − f(u₂) round, down to δ = 1e−16, below which the map is linearised (δ ↦ s·δ, s the
    /// slope at c = 1, error O(√δ)): never worse than about 3e−9. `None` like
    /// [`MeanField::c_map`].
    pub fn decorrelation_map(&self, one_minus_c: f64) -> Option<f64> {
        if !(0.0..=2.0).contains(&one_minus_c) {
            return None;
        }
        let q = self.q_star()?;
        let mut cache = SeriesCache::default();
        Some(
            self.correlation_step(&self.direct(), q, one_minus_c, &mut cache)
                .1,
        )
    }

    /// The slope of the c-map at c = 1 (the ratio form of [`MeanField::correlation_step`]):
    /// χ₁ when q* > 0, and 1 at q* = 0, where both the covariance and the variance shrink by
    /// the same factor each layer.
    fn slope_at_one(&self, q: f64) -> f64 {
        let q = self.correlation_variance(q);
        let m = maps::moments(&self.direct(), q, &self.kinks);
        let (m2, d2) = (m.second, m.mean_sq_derivative);
        let den = self.sigma_w2 * m2 + self.sigma_b2;
        if den > 0.0 {
            self.sigma_w2 * q * d2 / den
        } else {
            0.0
        }
    }

    /// The stable fixed point c* of the c-map (1 in the ordered phase; below 1 in the chaotic
    /// phase, where 1 is unstable). `None` when q* is.
    ///
    /// In the chaotic phase the c-map is convex on [0, 1] (its Taylor coefficients in c are
    /// squares, Mehler's formula), so c ↦ c-map(c) − c has exactly one root in [0, 1): found by
    /// Illinois steps on δ = 1 − c, with the decorrelation map (no cancellation near 1).
    pub fn c_star(&self) -> Option<f64> {
        let q = self.q_star()?;
        let slope = self.slope_at_one(q);
        if slope <= 1.0 + CRITICAL_TOL {
            return Some(1.0);
        }
        Some(1.0 - self.chaotic_fixed_point(q))
    }

    /// 1 − c* in the chaotic phase (slope at c = 1 above 1).
    fn chaotic_fixed_point(&self, q: f64) -> f64 {
        let ev = self.direct();
        let cache = std::cell::RefCell::new(SeriesCache::default());
        let g = |d: f64| self.correlation_step(&ev, q, d, &mut cache.borrow_mut()).1 - d;
        if g(1.0) >= 0.0 {
            // c-map(0) = 0: c* = 0 (odd f without bias).
            return 1.0;
        }
        let (mut lo, mut hi) = (0.5, 1.0);
        for _ in 0..60 {
            if g(lo) > 0.0 {
                return maps::bracketed_root(g, lo, hi, 1e-15 * hi);
            }
            hi = lo;
            lo *= 0.5;
        }
        // Within 1e−18 of 1: as good as 1 for every purpose.
        0.0
    }

    /// ξ_c, the depth scale of Schoenholz et al. (2017): the correlation of two inputs
    /// approaches its fixed point c* like e^{−l/ξ_c}, so information about how the inputs
    /// differ survives about ξ_c layers (a trainable depth is a few ξ_c).
    /// ξ_c = −1/ln χ_c with χ_c = σ_w²·E[f′(u₁)f′(u₂)] at c*: χ_c = χ₁ in the ordered phase
    /// (c* = 1), and the slope at the stable c* < 1 in the chaotic phase.
    ///
    /// `Some(f64::INFINITY)` at criticality (|χ − 1| ≤ 1e−12): there correlations approach c*
    /// polynomially, not exponentially; also at q* = 0 (no bias, f(0) = 0), where the
    /// variance and the covariance shrink together and c follows the q → 0⁺ kernel, whose slope
    /// at 1 is 1. `None` when q* is.
    pub fn depth_scale(&self) -> Option<f64> {
        let q = self.q_star()?;
        let slope = self.slope_at_one(q);
        let chi = if slope < 1.0 - CRITICAL_TOL {
            slope
        } else if slope <= 1.0 + CRITICAL_TOL {
            return Some(f64::INFINITY);
        } else {
            let d = self.chaotic_fixed_point(q);
            let qe = self.correlation_variance(q);
            let dp = maps::derivative_pair_product(&self.direct(), qe, d, &self.kinks);
            let den = self.sigma_w2 * maps::moments(&self.direct(), qe, &self.kinks).second
                + self.sigma_b2;
            self.sigma_w2 * qe * dp / den
        };
        if chi >= 1.0 {
            Some(f64::INFINITY)
        } else if chi <= 0.0 {
            Some(0.0)
        } else {
            Some(-1.0 / chi.ln())
        }
    }
}

/// The variance-preserving gain 1/√E[f(z)²], z ~ N(0, 1): with weights of variance
/// gain²/fan-in, a unit-variance input keeps unit second moment through the layer (at
/// σ_b² = 0). ReLU: √2; leaky ReLU: √(2/(1 + slope²)); tanh ≈ 1.5925 (PyTorch's
/// `calculate_gain` says 5/3, a rounder, slightly larger value); SELU ≈ 1 (PyTorch says 3/4 on
/// purpose, see the catalogue). +∞ if f is 0 almost everywhere.
pub fn gain(a: Activation, p: &Params) -> f64 {
    let ev = Direct {
        activation: a,
        params: p,
    };
    1.0 / maps::moments(&ev, 1.0, &a.kinks(p)).second.sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::PI;

    fn mf(a: Activation, w: f64, b: f64) -> MeanField {
        MeanField::new(a, &Params::default(), w, b)
    }

    #[test]
    fn relu_closed_forms() {
        // q-map = σ_w²·q/2 + σ_b²: q* = σ_b²/(1 − σ_w²/2).
        let m = mf(Activation::Relu, 1.5, 0.1);
        assert!((m.q_star().unwrap() - 0.4).abs() < 1e-14);
        assert!((m.chi1().unwrap() - 0.75).abs() < 1e-14);
        assert_eq!(mf(Activation::Relu, 2.5, 0.0).q_star(), None);
        assert_eq!(mf(Activation::Relu, 2.0, 0.01).q_star(), None);
        assert_eq!(mf(Activation::Relu, 1.0, 0.0).q_star(), Some(0.0));
        // At q* = 0 the c-map is the normalised arc-cosine kernel (scale-free).
        let m = mf(Activation::Relu, 1.0, 0.0);
        assert!((m.c_map(0.0).unwrap() - 1.0 / PI).abs() < 1e-12);
        assert_eq!(m.depth_scale(), Some(f64::INFINITY));
        // Ordered phase with bias: ξ_c = −1/ln χ₁.
        let m = mf(Activation::Relu, 1.5, 0.1);
        assert!((m.depth_scale().unwrap() + 1.0 / 0.75f64.ln()).abs() < 1e-10);
    }

    #[test]
    fn invalid_inputs_do_not_panic() {
        let m = mf(Activation::Tanh, -1.0, 0.0);
        assert_eq!(m.q_star(), None);
        assert!(m.q_map(1.0).is_nan());
        let m = mf(Activation::Tanh, 1.0, f64::NAN);
        assert_eq!(m.chi1(), None);
        let m = mf(Activation::Tanh, 1.5, 0.1);
        assert_eq!(m.c_map(1.5), None);
        assert_eq!(m.c_map(f64::NAN), None);
        assert!(m.q_map(-1.0).is_nan());
        assert_eq!(mf(Activation::Tanh, 0.0, 0.3).q_star(), Some(0.3));
    }

    #[test]
    fn tanh_chaotic_fixed_point_without_bias_is_zero() {
        // tanh is odd: with σ_b² = 0 the c-map maps 0 to 0, the chaotic fixed point.
        let m = mf(Activation::Tanh, 2.0, 0.0);
        assert!(m.chi1().unwrap() > 1.0);
        assert_eq!(m.c_star(), Some(0.0));
        let xi = m.depth_scale().unwrap();
        assert!(xi.is_finite() && xi > 0.0);
    }
}
