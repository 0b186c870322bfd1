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

impl MeanField {
    /// The mean-field curves of a network whose first pre-activations have variance `q0` ≥ 0
    /// and whose two inputs have correlation `c0` ∈ [−1, 1]: `depth + 1` layers, layer 0
    /// being the input one, each from the previous by the q-map and the c-map at the previous
    /// layer's variance (not only at q*: the early layers are the interesting ones).
    ///
    /// Stops early if q overflows to +∞ (an exploding network; the layers before are
    /// returned). Empty for invalid inputs (σ's, `q0` or `c0` out of range or NaN).
    ///
    /// Once a layer maps to itself within 1e−15 relative (q = q* and c = c* reached), the later
    /// layers repeat it (only the gradient product moves on).
    ///
    /// Each layer is one q-map, one χ₁ and one c-map step: the same computations as
    /// [`MeanField::q_map`], [`MeanField::chi1_at`] and [`MeanField::c_map`] (at q^l instead
    /// of q*): for an activation without kinks usually one Hermite series per variance (a few
    /// hundred evaluations of f, reused once q has settled), otherwise about 5·10³ evaluations
    /// of f per layer while 1 − c ≥ 1e−16 and a few hundred after.
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
        // Once a layer maps to itself (to 1e−15), every later one is the same: only the
        // gradient product keeps changing.
        let mut still: Option<(f64, f64)> = None;
        for l in 0..=depth {
            if let Some((chi1, mean)) = still {
                out.push(Layer {
                    q,
                    c,
                    one_minus_c: d,
                    chi1,
                    grad_sq_ratio: grad,
                    post_mean: mean,
                });
                grad *= chi1;
                continue;
            }
            let m = maps::moments(&direct, q, self.kinks());
            let (mean, second) = (m.mean, m.second);
            let chi1 = if self.sigma_w2() == 0.0 {
                0.0
            } else {
                self.sigma_w2() * m.mean_sq_derivative
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
            let q_next = if self.sigma_w2() == 0.0 {
                self.sigma_b2()
            } else {
                self.sigma_w2() * second + self.sigma_b2()
            };
            if !q_next.is_finite() {
                break;
            }
            let (c2, d2) = self.correlation_step(&direct, q, d, &mut cache);
            let same = |x: f64, y: f64| (x - y).abs() <= 1e-15 * x.abs().max(y.abs());
            if same(q_next, q) && same(c2, c) && same(d2, d) {
                still = Some((chi1, mean));
            }
            (c, d) = (c2, d2);
            grad *= chi1;
            q = q_next;
        }
        out
    }
}
