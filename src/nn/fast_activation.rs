//! Fast evaluation of an activation and its derivative for the f32 depth simulation.
//!
//! The exact functions of [`crate::math`] cost 7–50 ns for the exponential ones (tanh ≈ 20
//! million per second natively, less in wasm): 50 layers × 256 units × 256 samples is 3.3
//! million evaluations, which alone would take most of the simulation's budget. The
//! simulation stores its numbers in f32 (relative precision 6·10⁻⁸), so a cubic Hermite
//! table that is accurate to 1.5·10⁻⁸ gives the same f32 results up to rare last-bit ties.
//!
//! - The piecewise functions (relu family, hard forms, softsign) are cheap: always exact.
//! - The others use a table of f, f′ and f″ at nodes h = 1/64 apart on [−16, 16] (2049 nodes) (f″ by a
//!   central difference of the exact f′), interpolated by cubic Hermite polynomials.
//!   Every interval is checked at construction at three inner points against the exact
//!   functions; an interval that misses 2⁻²⁶·max(1, |value|) for f or f′, or holds a kink,
//!   is evaluated exactly instead, and so are the two intervals at 0. Inputs outside the table,
//!   or NaN, are evaluated exactly.
//!
//! Everything is `libm`-based arithmetic, so tables and results are the same on every platform.

use super::mlp::Nonlinearity;
use crate::math::Activation;

/// The table covers [−RANGE, RANGE].
const RANGE: f64 = 16.0;
/// Nodes per unit of x (h = 1/64: with 1/32 tanh′'s interpolation missed the tolerance on
/// [−0.7, 0.7], where most inputs are).
const PER_UNIT: f64 = 64.0;
/// The tolerance of the construction check, relative to max(1, |value|).
const TOLERANCE: f64 = 1.0 / (1u64 << 26) as f64;

/// An activation with a fast f and f′ (see the module doc).
#[derive(Clone, Debug)]
pub struct FastActivation {
    nl: Nonlinearity,
    table: Option<Table>,
}

#[derive(Clone, Debug)]
struct Table {
    /// [f, f′, f″] at node i, x_i = −RANGE + i/PER_UNIT.
    nodes: Vec<[f64; 3]>,
    /// Per interval: evaluate exactly (kink inside, or the check failed).
    exact: Vec<bool>,
}

impl FastActivation {
    /// Builds the table when the function is expensive (a few thousand exact evaluations).
    pub fn new(nl: Nonlinearity) -> FastActivation {
        let table = match nl.activation {
            Activation::Sigmoid
            | Activation::Tanh
            | Activation::Elu
            | Activation::Selu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Silu
            | Activation::Mish
            | Activation::Softplus
            | Activation::Celu
            | Activation::Logsigmoid
            | Activation::Tanhshrink
            | Activation::QuickGelu
            | Activation::Snake => Some(Table::build(&nl)),
            Activation::Hardsigmoid
            | Activation::Hardtanh
            | Activation::Softsign
            | Activation::Relu
            | Activation::LeakyRelu
            | Activation::Prelu
            | Activation::Relu6
            | Activation::Hardswish
            | Activation::Rrelu
            | Activation::Hardshrink
            | Activation::Softshrink
            | Activation::Threshold
            | Activation::SquaredRelu => None,
        };
        FastActivation { nl, table }
    }

    /// The function and its parameters.
    pub fn nonlinearity(&self) -> &Nonlinearity {
        &self.nl
    }

    /// Whether a table is used (false: every evaluation is exact).
    pub fn is_tabulated(&self) -> bool {
        self.table.is_some()
    }

    /// The fraction of table intervals evaluated exactly (kinks, failed checks); 1 without a table.
    pub fn exact_fraction(&self) -> f64 {
        match &self.table {
            Some(t) => t.exact.iter().filter(|&&e| e).count() as f64 / t.exact.len() as f64,
            None => 1.0,
        }
    }

    /// f(x), within 2⁻²⁶·max(1, |f(x)|) (see the module doc).
    #[inline]
    pub fn eval(&self, x: f64) -> f64 {
        if let Some(t) = &self.table
            && let Some((i, u, v)) = t.locate(x)
        {
            let a = &t.nodes[i];
            let b = &t.nodes[i + 1];
            return hermite(u, v, a[0], a[1], b[0], b[1]);
        }
        self.nl.eval(x)
    }

    /// f′(x), within 2⁻²⁶·max(1, |f′(x)|) (see the module doc).
    #[inline]
    pub fn derivative(&self, x: f64) -> f64 {
        if let Some(t) = &self.table
            && let Some((i, u, v)) = t.locate(x)
        {
            let a = &t.nodes[i];
            let b = &t.nodes[i + 1];
            return hermite(u, v, a[1], a[2], b[1], b[2]);
        }
        self.nl.derivative(x)
    }

    /// out[i] = f(z[i]) for f32 data (computed in f64, rounded once).
    pub fn eval_into(&self, z: &[f32], out: &mut [f32]) {
        for (o, &x) in out.iter_mut().zip(z) {
            *o = self.eval(f64::from(x)) as f32;
        }
    }

    /// out[i] = f′(z[i]) for f32 data (computed in f64, rounded once).
    pub fn derivative_into(&self, z: &[f32], out: &mut [f32]) {
        for (o, &x) in out.iter_mut().zip(z) {
            *o = self.derivative(f64::from(x)) as f32;
        }
    }
}

/// The cubic Hermite interpolant on [0, 1] (node spacing folded into the derivatives) at u,
/// given u and v = 1 − u separately (each exact near its own end: see `Table::locate`).
#[inline(always)]
fn hermite(u: f64, v: f64, y0: f64, d0: f64, y1: f64, d1: f64) -> f64 {
    const H: f64 = 1.0 / PER_UNIT;
    let uu = u * u;
    let vv = v * v;
    // h00 = (1 + 2u)(1 − u)², h10 = u(1 − u)², h01 = u²(3 − 2u), h11 = −u²(1 − u).
    (1.0 + 2.0 * u) * vv * y0 + u * vv * (H * d0) + uu * (3.0 - 2.0 * u) * y1 - uu * v * (H * d1)
}

impl Table {
    fn build(nl: &Nonlinearity) -> Table {
        let intervals = (2.0 * RANGE * PER_UNIT) as usize;
        let node_x = |i: usize| -RANGE + i as f64 / PER_UNIT;
        let delta = 1e-4;
        let nodes: Vec<[f64; 3]> = (0..=intervals)
            .map(|i| {
                let x = node_x(i);
                let d2 = (nl.derivative(x + delta) - nl.derivative(x - delta)) / (2.0 * delta);
                [nl.eval(x), nl.derivative(x), d2]
            })
            .collect();
        let kinks = nl.activation.kinks(&nl.params);
        let mut exact = vec![false; intervals];
        for (i, e) in exact.iter_mut().enumerate() {
            let (x0, x1) = (node_x(i), node_x(i + 1));
            // A kink inside, or within the finite-difference step of either end; or an end at 0:
            // a function that starts like x³ there (Tanhshrink) would lose its relative
            // precision for tiny inputs in a cubic through the node at 0.
            if x0 == 0.0
                || x1 == 0.0
                || kinks
                    .iter()
                    .any(|&k| k >= x0 - 2.0 * delta && k <= x1 + 2.0 * delta)
            {
                *e = true;
                continue;
            }
            let (a, b) = (&nodes[i], &nodes[i + 1]);
            for u in [0.25, 0.5, 0.75] {
                let x = x0 + u / PER_UNIT;
                let (f, d) = (nl.eval(x), nl.derivative(x));
                let fi = hermite(u, 1.0 - u, a[0], a[1], b[0], b[1]);
                let di = hermite(u, 1.0 - u, a[1], a[2], b[1], b[2]);
                // False for NaN too.
                let good = |exact: f64, approx: f64| {
                    (exact - approx).abs() <= TOLERANCE * exact.abs().max(1.0)
                };
                if !good(f, fi) || !good(d, di) {
                    *e = true;
                    break;
                }
            }
        }
        Table { nodes, exact }
    }

    /// The interval of x and the position in it as u and v = 1 − u, or `None` to evaluate
    /// exactly. x·64 is exact, and u = x·64 − k and v = k + 1 − x·64 (k the interval's left
    /// node) are each exact where they are small (Sterbenz), so inputs near a node — tiny
    /// inputs near 0 above all — keep their relative precision: a vanishing signal is not
    /// drowned by rounding. (k comes from truncating x·64 + 1024, which may round up to the
    /// next node for x just below it: then u is a tiny negative number, still exact, and the
    /// cubic is evaluated an ulp outside its interval, which is harmless.)
    #[inline(always)]
    fn locate(&self, x: f64) -> Option<(usize, f64, f64)> {
        let s = x * PER_UNIT;
        let half = RANGE * PER_UNIT;
        // Also false for NaN.
        if !(-half..half).contains(&s) {
            return None;
        }
        let i = ((s + half) as usize).min(self.exact.len() - 1);
        if self.exact[i] {
            return None;
        }
        let k = i as f64 - half;
        Some((i, s - k, (k + 1.0) - s))
    }
}
