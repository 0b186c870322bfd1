//! [`MeanField::trajectory`]: the layer-by-layer predictions the depth lab draws — variance,
//! correlation of two inputs, gradient growth and post-activation mean — for up to a few
//! hundred layers within a frame's time.

use super::maps::{self, Direct};
use super::meanfield::{MeanField, SeriesCache};

/// The predictions for one layer l of a deep random network (see [`MeanField`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layer {
    /// q^l: the variance of a pre-activation h^l (per unit).
    pub q: f64,
    /// c^l: the correlation of the pre-activations of two inputs.
    pub c: f64,
    /// 1 − c^l, kept with its own relative precision as c^l → 1 (in the ordered phase c^l
    /// rounds to 1 after a few dozen layers while 1 − c^l keeps shrinking like e^{−l/ξ_c}):
    /// see [`MeanField::decorrelation_map`] for its accuracy.
    pub one_minus_c: f64,
    /// χ₁(q^l) = σ_w²·E[f′(√(q^l)·z)²]: this layer's factor on the squared gradient norm.
    pub chi1: f64,
    /// E‖∂L/∂h⁰‖² / E‖∂L/∂h^l‖² = χ₁(q⁰)·χ₁(q¹)···χ₁(q^{l−1}): how much larger the squared
    /// norm of the gradient is at the input layer than at layer l (its square root is the norm
    /// ratio); 1 at l = 0, > 1 when gradients explode going back, < 1 when they vanish. Can
    /// reach +∞ or 0 over many layers, never NaN.
    pub grad_sq_ratio: f64,
    /// E[f(h^l)]: the mean of the post-activations f(h^l) over units (random weights make
    /// every unit's mean the same; it is 0 for odd f, positive for ReLU).
    pub post_mean: f64,
}

/// A converging sequence is taken as settled once the steps still to come, bounded by the
/// geometric series of its last two steps, sum to less than this relative to its value (a
/// repeated value counts at once). The curves then repeat the settled values: they differ from
/// iterating on by about this much (the ulps a fixed point wanders in, or the tail of a slow
/// approach).
const SETTLED: f64 = 1e-13;

/// Chebyshev nodes of [`StepModel`].
const MODEL_NODES: usize = 12;

/// The last step of a sequence, to tell when it has settled (see [`SETTLED`]).
#[derive(Default)]
struct Settling {
    last_step: Option<f64>,
}

impl Settling {
    /// Records the step from `x` to `next` and whether the sequence has settled.
    fn settled(&mut self, x: f64, next: f64) -> bool {
        let step = (next - x).abs();
        let prev = self.last_step.replace(step);
        if step == 0.0 {
            return true;
        }
        prev.is_some_and(|prev| {
            let rho = step / prev;
            rho < 1.0 && step / (1.0 - rho) <= SETTLED * next.abs()
        })
    }
}

/// The correlation step (c′, 1 − c′) as a function of 1 − c at one variance, by Chebyshev
/// interpolation on an interval holding the iterates still to come: used once q has settled,
/// so that a slow approach of c to its fixed point (the chaotic phase) costs
/// [`MODEL_NODES`] steps instead of one per layer. Fitted only where both outputs are
/// resolved to about 1e−13 of their size (the last two coefficients) and keep away from 0
/// (their relative precision is what the curves show); elsewhere the layers step directly.
struct StepModel {
    lo: f64,
    hi: f64,
    c: [f64; MODEL_NODES],
    d: [f64; MODEL_NODES],
}

impl StepModel {
    /// The model of `step` on [lo, hi] ⊂ (0, 2], or `None` where it would not be accurate.
    fn fit(lo: f64, hi: f64, mut step: impl FnMut(f64) -> (f64, f64)) -> Option<StepModel> {
        if !(lo > 0.0 && hi <= 2.0 && lo < hi) {
            return None;
        }
        let n = MODEL_NODES;
        let angle = |k: usize| std::f64::consts::PI * (k as f64 + 0.5) / n as f64;
        let (mid, half) = (0.5 * (lo + hi), 0.5 * (hi - lo));
        let (mut cv, mut dv) = ([0.0; MODEL_NODES], [0.0; MODEL_NODES]);
        for k in 0..n {
            (cv[k], dv[k]) = step(mid + half * angle(k).cos());
        }
        let coeffs = |v: &[f64; MODEL_NODES]| {
            let mut a = [0.0; MODEL_NODES];
            for (j, aj) in a.iter_mut().enumerate() {
                let sum: f64 = (0..n).map(|k| v[k] * (j as f64 * angle(k)).cos()).sum();
                *aj = sum * 2.0 / n as f64;
            }
            a[0] *= 0.5;
            a
        };
        let resolved = |v: &[f64; MODEL_NODES], a: &[f64; MODEL_NODES]| {
            let max = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
            let min = v.iter().fold(f64::INFINITY, |m, x| m.min(x.abs()));
            v.iter().all(|x| x.is_finite())
                && min >= 1e-2 * max
                && a[n - 1].abs() + a[n - 2].abs() <= 1e-13 * max
        };
        let (c, d) = (coeffs(&cv), coeffs(&dv));
        (resolved(&cv, &c) && resolved(&dv, &d)).then_some(StepModel { lo, hi, c, d })
    }

    /// (c′, 1 − c′) at 1 − c = `d`, if `d` is inside the model's interval.
    fn step(&self, d: f64) -> Option<(f64, f64)> {
        if !(self.lo..=self.hi).contains(&d) {
            return None;
        }
        let x = (2.0 * d - self.lo - self.hi) / (self.hi - self.lo);
        let clenshaw = |a: &[f64; MODEL_NODES]| {
            let (mut b1, mut b2) = (0.0, 0.0);
            for &aj in a.iter().skip(1).rev() {
                (b1, b2) = (2.0 * x * b1 - b2 + aj, b1);
            }
            x * b1 - b2 + a[0]
        };
        Some((clenshaw(&self.c), clenshaw(&self.d)))
    }
}

impl MeanField {
    /// The mean-field curves of a network whose first pre-activations have variance `q0` ≥ 0
    /// and whose two inputs have correlation `c0` ∈ [−1, 1]: `depth + 1` layers, layer 0
    /// being the input one, each from the previous by the q-map and the c-map at the previous
    /// layer's variance (not only at q*: the early layers are the interesting ones).
    ///
    /// Stops early if q overflows to +∞ (an exploding network; the layers before are
    /// returned). Empty for invalid inputs (σ's, `q0` or `c0` out of range or NaN).
    ///
    /// Each layer is one q-map, one χ₁ and one c-map step: the same computations as
    /// [`MeanField::q_map`], [`MeanField::chi1_at`] and [`MeanField::correlation_map_at`],
    /// for an activation without kinks usually one Hermite series per variance (a few hundred
    /// evaluations of f), otherwise about 10⁴ evaluations of f per layer while
    /// 1 − c ≥ 1e−16 and a few hundred after (closed forms for ReLU's family and Snake).
    /// Shortcuts, each within about 1e−12 relative of stepping on: once q has settled (to
    /// 1e−13, see [`SETTLED`]) its moments are kept; then, if c is still moving (a slow
    /// approach to the chaotic fixed point), the c-map is interpolated on the interval the
    /// remaining iterates lie in ([`StepModel`], checked to resolve it); once c has settled
    /// too the later layers repeat (only the gradient product moves on).
    pub fn trajectory(&self, q0: f64, c0: f64, depth: usize) -> Vec<Layer> {
        let valid = self.sigmas_valid() && q0.is_finite() && q0 >= 0.0;
        if !valid || !(-1.0..=1.0).contains(&c0) {
            return Vec::new();
        }
        let direct = Direct {
            activation: self.activation(),
            params: self.params(),
        };
        let mut out = Vec::with_capacity(depth + 1);
        let (mut q, mut c, mut d) = (q0, c0, 1.0 - c0);
        let mut grad = 1.0;
        let mut cache = SeriesCache::default();
        // (E[f], χ₁) at the settled q.
        let mut q_settled: Option<(f64, f64)> = None;
        let mut q_track = Settling::default();
        // At the settled q: the steps of 1 − c, the last signed one, the interpolation.
        let mut d_track = Settling::default();
        let mut c_track = Settling::default();
        // The last two signed steps of 1 − c at the settled q.
        let mut d_steps: Vec<f64> = Vec::new();
        let mut model: Option<StepModel> = None;
        let mut model_tried = false;
        let mut still = false;
        for l in 0..=depth {
            let (mean, chi1, q_next) = match q_settled {
                Some((mean, chi1)) => (mean, chi1, q),
                None => {
                    let m = maps::moments(&direct, q, self.kinks());
                    let (chi1, q_next) = if self.sigma_w2() == 0.0 {
                        (0.0, self.sigma_b2())
                    } else {
                        (
                            self.sigma_w2() * m.mean_sq_derivative,
                            self.sigma_w2() * m.second + self.sigma_b2(),
                        )
                    };
                    (m.mean, chi1, q_next)
                }
            };
            out.push(Layer {
                q,
                c,
                one_minus_c: d,
                chi1,
                grad_sq_ratio: grad,
                post_mean: mean,
            });
            if l == depth {
                break;
            }
            grad *= chi1;
            if still {
                continue;
            }
            if !q_next.is_finite() {
                break;
            }
            if let [.., prev, last] = d_steps[..]
                && model.is_none()
                && !model_tried
            {
                // The iterates move monotonically towards the fixed point, which the last two
                // steps s′, s place at about d + s·ρ/(1 − ρ), ρ = s/s′; a margin of a quarter
                // of that distance on each side.
                model_tried = true;
                let rho = last / prev;
                if rho > 0.0 && rho < 1.0 && depth - l > 2 * MODEL_NODES {
                    let limit = d + last * rho / (1.0 - rho);
                    let span = (limit - d).abs();
                    let (lo, hi) = (d.min(limit) - 0.25 * span, d.max(limit) + 0.25 * span);
                    model = StepModel::fit(lo, hi.min(2.0), |x| {
                        self.correlation_step(&direct, q, x, &mut cache)
                    });
                }
            }
            let (c2, d2) = model
                .as_ref()
                .and_then(|m| m.step(d))
                .unwrap_or_else(|| self.correlation_step(&direct, q, d, &mut cache));
            if q_settled.is_some() {
                let d_done = d_track.settled(d, d2);
                let c_done = c_track.settled(c, c2);
                still = d_done && c_done;
                d_steps.push(d2 - d);
            } else if q_track.settled(q, q_next) {
                q_settled = Some((mean, chi1));
            }
            (c, d) = (c2, d2);
            if q_settled.is_none() {
                q = q_next;
            }
        }
        out
    }
}
