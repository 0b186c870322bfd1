//! The q-map and the c-map as computations: Gaussian moments of f at a variance q, the
//! correlated-pair moments, and the two fixed-point solvers (q* of the q-map, c* of the c-map).
//! [`super::MeanField`], the layer curves and the phase diagram all call these. Snake's
//! moments ([`snake`]) and those of the two-slope family (ReLU, leaky ReLU, PReLU, RReLU:
//! [`two_slope`]) are closed forms; every other activation's are quadrature.

use crate::math::gauss::{NormalRule, PairMoments, pair_expectation};
use crate::math::{Activation, Param, Params};

mod snake;
mod two_slope;

use snake::Snake;
use two_slope::TwoSlope;

/// f and f′ of one activation with its parameters, computed directly with
/// [`Activation::eval_with`] / [`Activation::derivative_with`].
pub(crate) struct Direct<'a> {
    pub activation: Activation,
    pub params: &'a Params,
}

impl Direct<'_> {
    /// f(u).
    #[inline]
    pub fn value(&self, u: f64) -> f64 {
        self.activation.eval_with(u, self.params)
    }
    /// f′(u).
    #[inline]
    pub fn slope(&self, u: f64) -> f64 {
        self.activation.derivative_with(u, self.params)
    }
    /// f(u) and f′(u).
    #[inline]
    pub fn value_and_slope(&self, u: f64) -> (f64, f64) {
        (
            self.activation.eval_with(u, self.params),
            self.activation.derivative_with(u, self.params),
        )
    }
    /// The activation's expectations in closed form: Snake, whose oscillation no fixed panels
    /// resolve at every variance ([`Snake`]), and the two-slope family ([`TwoSlope`]), whose
    /// pair moments the quadrature gets right but slowly.
    #[inline]
    pub fn closed_form(&self) -> Option<ClosedForm> {
        let p = self.params;
        // The slopes as f′ gives them (RReLU's evaluation slope included).
        let two_slope = || {
            Some(ClosedForm::TwoSlope(TwoSlope {
                pos: self.slope(1.0),
                neg: self.slope(-1.0),
            }))
        };
        match self.activation {
            Activation::Snake => Some(ClosedForm::Snake(Snake {
                alpha: p[Param::SnakeAlpha],
            })),
            Activation::Relu | Activation::LeakyRelu | Activation::Prelu | Activation::Rrelu => {
                two_slope()
            }
            // threshold(x) = x above 0, else 0: ReLU.
            Activation::Threshold if p[Param::Threshold] == 0.0 && p[Param::Value] == 0.0 => {
                two_slope()
            }
            _ => None,
        }
    }
}

/// The activations whose expectations have closed forms (see [`Direct::closed_form`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum ClosedForm {
    /// Snake.
    Snake(Snake),
    /// ReLU and its two-slope relatives.
    TwoSlope(TwoSlope),
}

impl ClosedForm {
    /// The moments at variance q (see [`moments`]).
    pub fn moments(self, q: f64) -> Moments {
        match self {
            ClosedForm::Snake(s) => s.moments(q),
            ClosedForm::TwoSlope(t) => t.moments(q),
        }
    }

    /// The pair moments at variance q, correlation 1 − δ (see [`pair`]).
    pub fn pair(self, q: f64, delta: f64) -> PairMoments {
        match self {
            ClosedForm::Snake(s) => s.pair(q, delta),
            ClosedForm::TwoSlope(t) => t.pair(q, delta),
        }
    }

    /// E[f′(u₁)f′(u₂)] at variance q, correlation 1 − δ.
    pub fn derivative_product(self, q: f64, delta: f64) -> f64 {
        match self {
            ClosedForm::Snake(s) => s.derivative_product(q, delta),
            ClosedForm::TwoSlope(t) => t.derivative_product(delta),
        }
    }
}

/// The variance past which the q-map is taken to diverge (q* = `None`).
pub(crate) const Q_MAX: f64 = 1e30;
/// Relative tolerance of the fixed-point solvers.
const REL_TOL: f64 = 1e-14;
/// The most steps a solver takes.
const MAX_STEPS: usize = 400;

/// Gaussian moments of f at variance q: what one layer (q-map step and χ₁) needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Moments {
    /// E[f(u)], u ~ N(0, q).
    pub mean: f64,
    /// E[f(u)²].
    pub second: f64,
    /// d/dq E[f(u)²] = E[u·f(u)·f′(u)]/q (Stein's lemma); NaN at q = 0.
    pub second_slope: f64,
    /// E[f′(u)²].
    pub mean_sq_derivative: f64,
}

/// E[f], E[f²], d/dq E[f²] and E[f′²] at variance q ≥ 0 (q = 0 is the limit q → 0⁺, see
/// [`NormalRule::new`]): one pass over the quadrature rule for q split at `kinks` (f's), or
/// the closed form ([`Direct::closed_form`]).
pub(crate) fn moments(ev: &Direct<'_>, q: f64, kinks: &[f64]) -> Moments {
    if let Some(exact) = ev.closed_form() {
        return exact.moments(q);
    }
    let (mut m1, mut m2, mut s, mut d2) = (0.0, 0.0, 0.0, 0.0);
    for &(u, w) in NormalRule::new(q, kinks).nodes() {
        let (f, d) = ev.value_and_slope(u);
        m1 += w * f;
        m2 += w * f * f;
        s += w * u * f * d;
        d2 += w * d * d;
    }
    Moments {
        mean: m1,
        second: m2,
        second_slope: if q > 0.0 { s / q } else { f64::NAN },
        mean_sq_derivative: d2,
    }
}

/// E[f′(u)²] at variance q (see [`moments`]).
pub(crate) fn mean_sq_derivative(ev: &Direct<'_>, q: f64, kinks: &[f64]) -> f64 {
    if let Some(exact) = ev.closed_form() {
        return exact.moments(q).mean_sq_derivative;
    }
    NormalRule::new(q, kinks).expect(|u| {
        let d = ev.slope(u);
        d * d
    })
}

/// The correlated-pair moments of f (see [`pair_expectation`]), or their closed form.
pub(crate) fn pair(ev: &Direct<'_>, q: f64, one_minus_c: f64, kinks: &[f64]) -> PairMoments {
    if let Some(exact) = ev.closed_form()
        && (0.0..=2.0).contains(&one_minus_c)
        && q >= 0.0
    {
        return exact.pair(q, one_minus_c);
    }
    pair_expectation(|u| ev.value(u), q, one_minus_c, kinks)
}

/// E[f′(u₁)f′(u₂)] for the correlated pair (see [`pair_expectation`]), or its closed form.
pub(crate) fn derivative_pair_product(
    ev: &Direct<'_>,
    q: f64,
    one_minus_c: f64,
    kinks: &[f64],
) -> f64 {
    if let Some(exact) = ev.closed_form()
        && (0.0..=2.0).contains(&one_minus_c)
        && q >= 0.0
    {
        return exact.derivative_product(q, one_minus_c);
    }
    pair_expectation(|u| ev.slope(u), q, one_minus_c, kinks).product
}

/// The fixed point of the q-map q ↦ M(q) that iterating from q = 1 reaches, with `map(q)` =
/// (M(q), M′(q)) and `floor` a lower bound of M (σ_b²). `None` when the iterates grow past
/// [`Q_MAX`] or M overflows.
///
/// M is non-decreasing (E[f(√q z)²] grows with q for every activation here), so the iterates
/// move monotonically: down to the largest fixed point below 1, or up to the smallest one
/// above 1. Instead of iterating (which takes thousands of steps near a critical point) this
/// brackets that fixed point and closes in with Newton steps, falling back to bisection; in the
/// upward case, while no upper bound is known, it takes the larger of the Newton step and the
/// plain step M(q), or grows q geometrically (4×, 16×, 256×, …) where M′ ≥ 1. It assumes no two
/// fixed points lie inside one of its steps (true when the map is convex or concave, as for all
/// the activations here at their default parameters). Converged when |M(q) − q| ≤ 1e−14·q.
pub(crate) fn q_fixed_point(map: impl Fn(f64) -> (f64, f64), floor: f64) -> Option<f64> {
    let converged = |q: f64, m: f64| (m - q).abs() <= REL_TOL * q.max(m);
    let (mut x, (mut mx, mut dmx)) = (1.0, map(1.0));
    if !mx.is_finite() {
        return None;
    }
    if converged(x, mx) {
        return Some(x);
    }
    let down = mx < x;
    let (mut lo, mut hi) = if down { (floor, x) } else { (x, f64::INFINITY) };
    let mut floor_tried = false;
    let mut growth = 4.0;
    for _ in 0..MAX_STEPS {
        let h = mx - x;
        let dh = dmx - 1.0;
        let newton = x - h / dh;
        let mut next = if hi.is_infinite() {
            if dh < 0.0 && newton.is_finite() && newton > x {
                newton.max(mx)
            } else {
                let g = growth;
                growth *= growth;
                mx.max(x * g)
            }
        } else if newton.is_finite() && newton > lo && newton < hi {
            newton
        } else if down && !floor_tried && lo == floor {
            // A fixed point at the floor itself (ReLU without bias: q* = 0).
            floor_tried = true;
            lo
        } else if lo > 0.0 && hi > 4.0 * lo {
            (lo * hi).sqrt()
        } else {
            0.5 * (lo + hi)
        };
        if next >= Q_MAX {
            if lo >= Q_MAX {
                return None;
            }
            next = Q_MAX;
        }
        let (m, dm) = map(next);
        if !m.is_finite() {
            if hi.is_infinite() {
                return None;
            }
            hi = next;
            continue;
        }
        // Without an upper bound, a small |M(q) − q| is only a fixed point if M′ < 1 there:
        // M(q) = q + σ_b² (ReLU at σ_w² = 2) looks converged once σ_b² < 1e−14·q.
        let contracting = dm < 1.0 - 1e-9;
        if converged(next, m) && (hi.is_finite() || contracting) {
            return Some(next);
        }
        // Likewise M(q) ≤ q within rounding, where M is not contracting, is no upper bound.
        let clearly_below = m < next * (1.0 - 1e-12);
        if m > next || (hi.is_infinite() && !clearly_below && !contracting) {
            lo = next;
        } else {
            hi = next;
        }
        (x, mx, dmx) = (next, m, dm);
        if hi.is_finite() && hi - lo <= REL_TOL * hi {
            return Some(0.5 * (lo + hi));
        }
    }
    hi.is_finite().then_some(0.5 * (lo + hi))
}

/// The root of a continuous `g` on [lo, hi] where g(lo) > 0 ≥ g(hi), by the Illinois variant
/// of regula falsi (superlinear, never leaves the bracket), to `tol` in x.
pub(crate) fn bracketed_root(g: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64, tol: f64) -> f64 {
    let (mut glo, mut ghi) = (g(lo), g(hi));
    if ghi == 0.0 {
        return hi;
    }
    let mut side = 0;
    for _ in 0..200 {
        if hi - lo <= tol {
            break;
        }
        let mut x = (lo * ghi - hi * glo) / (ghi - glo);
        if !(x > lo && x < hi) {
            x = 0.5 * (lo + hi);
        }
        let gx = g(x);
        if gx == 0.0 {
            return x;
        }
        if gx > 0.0 {
            lo = x;
            glo = gx;
            if side == 1 {
                ghi *= 0.5;
            }
            side = 1;
        } else {
            hi = x;
            ghi = gx;
            if side == -1 {
                glo *= 0.5;
            }
            side = -1;
        }
    }
    0.5 * (lo + hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_of_linear_maps() {
        // M(q) = a·q + b: q* = b/(1 − a) for a < 1, divergence for a > 1.
        let lin = |a: f64, b: f64| move |q: f64| (a * q + b, a);
        assert!((q_fixed_point(lin(0.5, 0.3), 0.3).unwrap() - 0.6).abs() < 1e-14);
        assert!((q_fixed_point(lin(0.9, 0.5), 0.5).unwrap() - 5.0).abs() < 1e-13);
        assert_eq!(q_fixed_point(lin(1.01, 0.0), 0.0), None);
        assert_eq!(q_fixed_point(lin(1.0, 1e-3), 1e-3), None);
        // Every q is fixed: iterating from 1 stays at 1.
        assert_eq!(q_fixed_point(lin(1.0, 0.0), 0.0), Some(1.0));
        // A fixed point at the floor 0, reached from above.
        assert_eq!(q_fixed_point(lin(0.999, 0.0), 0.0), Some(0.0));
    }

    #[test]
    fn the_fixed_point_reached_from_one() {
        // M(q) = 0.1 + q²: fixed points (1 ± √0.6)/2 ≈ 0.113 (stable) and 0.887 (unstable).
        // From 1 the iterates grow without bound; from below 0.887 they go to 0.113.
        let m = |q: f64| (0.1 + q * q, 2.0 * q);
        assert_eq!(q_fixed_point(m, 0.1), None);
        // M(q) = 0.05 + 0.5q²: fixed points 1 ± √0.9; 1 is between them, so down to 1 − √0.9.
        let m = |q: f64| (0.05 + 0.5 * q * q, q);
        let want = 1.0 - 0.9f64.sqrt();
        assert!((q_fixed_point(m, 0.05).unwrap() - want).abs() < 1e-14);
    }

    #[test]
    fn illinois_finds_roots() {
        let r = bracketed_root(|x| 2.0 - x * x, 0.0, 2.0, 1e-15);
        assert!((r - 2f64.sqrt()).abs() < 1e-15);
    }
}
