//! Snake's Gaussian expectations in closed form.
//!
//! Snake, f(u) = u + sin²(αu)/α = u + (1 − cos 2αu)/(2α), oscillates at every u, not only
//! near 0: at variance q its periodic part has about α√q periods per unit of z, which no
//! fixed set of quadrature panels resolves for every q (at q = 25, α = 1 the quadrature of
//! [`crate::math::gauss`] erred by 5e−4 in E[f′²]). Its moments follow instead from
//! E[cos βu] = e^{−β²q/2} for u ~ N(0, q); with k = α²q and t = e^{−2k}:
//! - E[f] = (1 − t)/(2α);
//! - E[f²] = q + E[sin⁴ αu]/α² = q + (3 − 4t + t⁴)/(8α²) = q + (1 − t)²(3 + 2t + t²)/(8α²)
//!   (E[u·sin² αu] = 0: odd), and d/dq E[f²] = 1 + t(1 − t³);
//! - E[f′²] = E[(1 + sin 2αu)²] = 1 + (1 − t⁴)/2;
//! - for (u₁, u₂) with variances q and correlation c = 1 − δ, s = u₁ + u₂ and d = u₁ − u₂ are
//!   independent with variances 2q(2 − δ) and 2qδ, so with A = e^{−4k(2−δ)}, B = e^{−4kδ}:
//!   E[f(u₁)f(u₂)] = qc + (1 − 2t + (A + B)/2)/(4α²) (the cross terms are odd),
//!   E[(f(u₁) − f(u₂))²]/2 = qδ + (1 − A)(1 − B)/(8α²) (sin²x − sin²y = sin(x+y)·sin(x−y)),
//!   E[f′(u₁)f′(u₂)] = 1 + (B − A)/2.
//!
//! Every 1 − e^{−x} is `-expm1(-x)`, so nothing cancels as q or δ go to 0.

use crate::math::gauss::PairMoments;

use super::Moments;

/// Snake with parameter α > 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Snake {
    pub alpha: f64,
}

/// 1 − e^{−x}, accurate for small x.
fn one_minus_exp_neg(x: f64) -> f64 {
    -(-x).exp_m1()
}

impl Snake {
    /// E[f], E[f²], d/dq E[f²] (NaN at q = 0, like the quadrature's) and E[f′²] at variance q.
    pub fn moments(self, q: f64) -> Moments {
        let a2 = self.alpha * self.alpha;
        let k = a2 * q;
        let t = (-2.0 * k).exp();
        let one_minus_t = one_minus_exp_neg(2.0 * k);
        Moments {
            mean: one_minus_t / (2.0 * self.alpha),
            second: q + one_minus_t * one_minus_t * (3.0 + t * (2.0 + t)) / (8.0 * a2),
            second_slope: if q > 0.0 {
                1.0 + t * one_minus_t * (1.0 + t * (1.0 + t))
            } else {
                f64::NAN
            },
            mean_sq_derivative: 1.0 + 0.5 * one_minus_exp_neg(8.0 * k),
        }
    }

    /// E[f(u₁)f(u₂)] and E[(f(u₁) − f(u₂))²]/2 at variance q, correlation 1 − δ.
    pub fn pair(self, q: f64, delta: f64) -> PairMoments {
        let a2 = self.alpha * self.alpha;
        let k = a2 * q;
        // 1 − A, 1 − B and 1 − t.
        let (a, b) = (
            one_minus_exp_neg(4.0 * k * (2.0 - delta)),
            one_minus_exp_neg(4.0 * k * delta),
        );
        let one_minus_t = one_minus_exp_neg(2.0 * k);
        // 1 − 2t + (A + B)/2 = 2(1 − t) − ((1 − A) + (1 − B))/2.
        let periodic = 2.0 * one_minus_t - 0.5 * (a + b);
        PairMoments {
            product: q * (1.0 - delta) + periodic / (4.0 * a2),
            half_sq_diff: q * delta + a * b / (8.0 * a2),
        }
    }

    /// E[f′(u₁)f′(u₂)] at variance q, correlation 1 − δ.
    pub fn derivative_product(self, q: f64, delta: f64) -> f64 {
        let k = self.alpha * self.alpha * q;
        // (B − A)/2 = ((1 − A) − (1 − B))/2.
        1.0 + 0.5
            * (one_minus_exp_neg(4.0 * k * (2.0 - delta)) - one_minus_exp_neg(4.0 * k * delta))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::gauss::{NormalRule, pair_expectation};

    fn close(got: f64, want: f64, rel: f64, what: &str) {
        assert!(
            (got - want).abs() <= rel * want.abs(),
            "{what}: got {got:e}, want {want:e}"
        );
    }

    /// The closed forms against the quadrature where the quadrature resolves the oscillation
    /// (α√q ≤ 1).
    #[test]
    fn closed_forms_agree_with_quadrature_where_it_resolves_them() {
        for alpha in [0.5, 1.0] {
            let s = Snake { alpha };
            let f = |u: f64| u + (alpha * u).sin().powi(2) / alpha;
            let df = |u: f64| 1.0 + (2.0 * alpha * u).sin();
            for q in [0.01, 0.3, 1.0] {
                let rule = NormalRule::new(q, &[]);
                let m = s.moments(q);
                let what = format!("α={alpha} q={q}");
                close(m.mean, rule.expect(f), 1e-12, &what);
                close(m.second, rule.expect(|u| f(u) * f(u)), 1e-13, &what);
                close(
                    m.mean_sq_derivative,
                    rule.expect(|u| df(u) * df(u)),
                    1e-13,
                    &what,
                );
                let slope = rule.expect(|u| u * f(u) * df(u)) / q;
                close(m.second_slope, slope, 1e-12, &what);
                for delta in [1.6, 1.2, 0.6, 1e-3] {
                    let p = s.pair(q, delta);
                    let r = pair_expectation(f, q, delta, &[]);
                    let what = format!("{what} δ={delta}");
                    assert!((p.product - r.product).abs() <= 1e-12 * m.second, "{what}");
                    close(p.half_sq_diff, r.half_sq_diff, 1e-11, &what);
                    // The pair rule itself errs by about 2e−12 at α = q = 1 (sin 2αu turns
                    // about once per unit of the inner variable, whose panels are 3 wide).
                    let dp = pair_expectation(df, q, delta, &[]).product;
                    close(s.derivative_product(q, delta), dp, 1e-11, &what);
                }
                // c = 1: the pair is the 1-D moment.
                close(s.pair(q, 0.0).product, m.second, 1e-15, &what);
            }
        }
    }

    /// mpmath (30 digits; the closed form and a direct 2-D quadrature over u₁ ± u₂ agree).
    #[test]
    fn a_pinned_value() {
        let got = Snake { alpha: 1.0 }.derivative_product(1.0, 1e-3);
        close(
            got,
            1.497_835_591_089_147_2,
            1e-15,
            "E[f′f′] at q = 1, c = 0.999",
        );
        // α = 1.7, q = 4: mp.quad of f, f², f′² in z on panels of 0.25.
        let m = Snake { alpha: 1.7 }.moments(4.0);
        close(m.mean, 0.294_117_647_032_054_5, 1e-15, "E[f]");
        close(m.second, 4.129_757_785_451_382, 1e-15, "E[f²]");
        close(m.mean_sq_derivative, 1.5, 1e-15, "E[f′²]");
    }

    #[test]
    fn large_variances_average_the_oscillation_out() {
        let m = Snake { alpha: 1.0 }.moments(1e30);
        assert_eq!(m.second, 1e30);
        assert_eq!(m.mean_sq_derivative, 1.5);
        assert_eq!(m.mean, 0.5);
        assert!(
            Snake { alpha: 1.0 }
                .moments(f64::INFINITY)
                .second
                .is_infinite()
        );
    }
}
