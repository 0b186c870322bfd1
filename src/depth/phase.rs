//! The order-to-chaos phase diagram: χ₁ over a grid of (σ_w², σ_b²), and the critical line
//! σ_b² ↦ σ_w² where χ₁ = 1 (Poole et al. 2016, Fig. 2; Schoenholz et al. 2017, Fig. 1).

use crate::math::{Activation, Params};

use super::maps::{self, Direct};
use super::meanfield::MeanField;

/// |χ₁ − 1| within which a candidate critical point is accepted.
const CRITICAL_CHECK: f64 = 1e-9;

/// The scan of the critical line's parametrisation over q (shared by every σ_b²).
struct CriticalScan {
    /// (q, E[f(√q z)²], E[f′(√q z)²]) at q = 0 and 8 points per decade from 1e−8 to 1e6.
    rows: Vec<(f64, f64, f64)>,
}

impl CriticalScan {
    fn new(a: Activation, p: &Params) -> Self {
        let mut qs = vec![0.0];
        qs.extend((-64..=48).map(|k| 10f64.powf(k as f64 / 8.0)));
        let kinks = a.kinks(p);
        let direct = Direct {
            activation: a,
            params: p,
        };
        let rows = qs
            .into_iter()
            .map(|q| {
                let m = maps::moments(&direct, q, &kinks);
                (q, m.second, m.mean_sq_derivative)
            })
            .collect();
        CriticalScan { rows }
    }
}

/// B(q) = q − E[f²]/E[f′²]: the σ_b² of the critical point whose fixed point is q.
fn bias_of(m2: f64, d2: f64, q: f64) -> f64 {
    if d2 > 0.0 {
        q - m2 / d2
    } else {
        f64::NEG_INFINITY
    }
}

/// The critical σ_w² for one σ_b², from the scan.
fn critical_from_scan(
    a: Activation,
    p: &Params,
    scan: &CriticalScan,
    sigma_b2: f64,
) -> Option<f64> {
    if !(sigma_b2.is_finite() && sigma_b2 >= 0.0) {
        return None;
    }
    let kinks = a.kinks(p);
    let direct = Direct {
        activation: a,
        params: p,
    };
    let exact = |q: f64| {
        let m = maps::moments(&direct, q, &kinks);
        let d2 = m.mean_sq_derivative;
        (bias_of(m.second, d2, q) - sigma_b2, d2)
    };
    let g: Vec<f64> = scan
        .rows
        .iter()
        .map(|&(q, m2, d2)| bias_of(m2, d2, q) - sigma_b2)
        .collect();
    let zero = |j: usize| g[j].abs() <= 1e-12 * (scan.rows[j].0 + sigma_b2);
    let mut candidates: Vec<f64> = Vec::new();
    for j in 0..g.len() {
        if zero(j) {
            candidates.push(1.0 / scan.rows[j].2);
        } else if j + 1 < g.len() && !zero(j + 1) && (g[j] > 0.0) != (g[j + 1] > 0.0) {
            let (lo, hi) = (scan.rows[j].0, scan.rows[j + 1].0);
            let sign = if g[j] > 0.0 { 1.0 } else { -1.0 };
            let q = maps::bracketed_root(|q| sign * exact(q).0, lo, hi, 1e-15 * hi);
            candidates.push(1.0 / exact(q).1);
        }
    }
    candidates.retain(|w| w.is_finite() && *w > 0.0);
    candidates.sort_by(f64::total_cmp);
    candidates.dedup_by(|x, y| (*x - *y).abs() <= 1e-9 * y.abs());
    let base = MeanField::new(a, p, 1.0, sigma_b2);
    candidates.into_iter().find(|&w| {
        base.with_sigmas(w, sigma_b2)
            .chi1()
            .is_some_and(|chi| (chi - 1.0).abs() <= CRITICAL_CHECK)
    })
}

/// The critical σ_w² at bias variance σ_b² (`sigma_b2` ≥ 0): the σ_w² at which χ₁ = 1 at the
/// fixed point q* that iterating from q = 1 reaches, the edge between order and chaos.
///
/// Found from the critical line's parametrisation by q*: a fixed point q with χ₁ = 1 needs
/// σ_w² = 1/E[f′(√q z)²] and σ_b² = q − E[f(√q z)²]/E[f′(√q z)²]; the second is solved for q
/// (scanned over q ∈ {0} ∪ [1e−8, 1e6], then Illinois steps), and a candidate is kept only if
/// [`MeanField::chi1`] there is 1 within 1e−9 (so the fixed point is the one reached from 1).
/// If several qualify, the smallest σ_w².
///
/// `None` when there is no critical point: ReLU and its leaky relatives with σ_b² > 0 (their
/// q* runs off to ∞ as χ₁ → 1), or σ_b² invalid. tanh at σ_b² = 0: 1; ReLU at 0: 2.
pub fn critical_sigma_w2(a: Activation, p: &Params, sigma_b2: f64) -> Option<f64> {
    critical_line(a, p, &[sigma_b2]).pop().flatten()
}

/// [`critical_sigma_w2`] for several σ_b² at once (sharing the scan over q): the critical
/// line of the phase diagram, one entry per σ_b².
pub fn critical_line(a: Activation, p: &Params, sigma_b2: &[f64]) -> Vec<Option<f64>> {
    let scan = CriticalScan::new(a, p);
    sigma_b2
        .iter()
        .map(|&b| critical_from_scan(a, p, &scan, b))
        .collect()
}

/// χ₁ (and q*) over a grid of (σ_w², σ_b²), with the critical σ_w² of each σ_b² row.
#[derive(Clone, Debug, PartialEq)]
pub struct PhaseDiagram {
    /// The σ_w² of the columns, evenly spaced, both ends included.
    pub sigma_w2: Vec<f64>,
    /// The σ_b² of the rows, evenly spaced, both ends included.
    pub sigma_b2: Vec<f64>,
    /// q* per cell, row-major: index `row * sigma_w2.len() + col`; `None` where q diverges.
    pub q_star: Vec<Option<f64>>,
    /// χ₁ per cell at its q*, row-major like `q_star`; `None` where q* is.
    pub chi1: Vec<Option<f64>>,
    /// The critical σ_w² of each row ([`critical_sigma_w2`]), which may lie outside the grid.
    pub critical_sigma_w2: Vec<Option<f64>>,
}

/// `n` evenly spaced values from `lo` to `hi` (both included; `lo` alone for n = 1).
fn linspace(lo: f64, hi: f64, n: usize) -> Vec<f64> {
    match n {
        0 => Vec::new(),
        1 => vec![lo],
        _ => (0..n)
            .map(|i| {
                if i == n - 1 {
                    hi
                } else {
                    lo + (hi - lo) * (i as f64 / (n - 1) as f64)
                }
            })
            .collect(),
    }
}

impl PhaseDiagram {
    /// Computes the diagram of `a` (parameters `p`) on `cols` values of σ_w² from
    /// `sigma_w2.0` to `sigma_w2.1` and `rows` values of σ_b² over `sigma_b2`, e.g.
    /// `PhaseDiagram::new(Activation::Tanh, &p, (0.0, 4.0), (0.0, 0.5), 64, 48)`.
    ///
    /// Each cell is [`MeanField::q_star`] and [`MeanField::chi1`] of its (σ_w², σ_b²).
    /// Negative or non-finite σ's give `None` cells.
    pub fn new(
        a: Activation,
        p: &Params,
        sigma_w2: (f64, f64),
        sigma_b2: (f64, f64),
        cols: usize,
        rows: usize,
    ) -> Self {
        let ws = linspace(sigma_w2.0, sigma_w2.1, cols);
        let bs = linspace(sigma_b2.0, sigma_b2.1, rows);
        let base = MeanField::new(a, p, 1.0, 0.0);
        let mut q_star = Vec::with_capacity(cols * rows);
        let mut chi1 = Vec::with_capacity(cols * rows);
        for &b in &bs {
            for &w in &ws {
                let mf = base.with_sigmas(w, b);
                let q = mf.q_star();
                q_star.push(q);
                chi1.push(q.map(|q| mf.chi1_at(q)));
            }
        }
        let critical_sigma_w2 = critical_line(a, p, &bs);
        PhaseDiagram {
            sigma_w2: ws,
            sigma_b2: bs,
            q_star,
            chi1,
            critical_sigma_w2,
        }
    }

    /// χ₁ at row `row` (σ_b²) and column `col` (σ_w²); `None` outside the grid or where q*
    /// diverges.
    pub fn chi1_at(&self, row: usize, col: usize) -> Option<f64> {
        if col >= self.sigma_w2.len() {
            return None;
        }
        self.chi1
            .get(row * self.sigma_w2.len() + col)
            .copied()
            .flatten()
    }
}
