//! The theory the worker sends next to the simulation: the mean-field curves of each
//! activation and the phase diagram.
//!
//! Both come from `depth`'s mean-field theory ([`MeanField::trajectory`], [`PhaseDiagram`]),
//! which is checked against mpmath in `tests/depth_meanfield.rs`.

use crate::depth::{MeanField, PhaseDiagram};
use crate::math::{Activation, Params};
use crate::nn::InitVariance;

use super::message::{MeanFieldCurve, MeanFieldLayer, PhaseGrid, PhaseRequest};

/// The second moment and pair correlation of the first layer's pre-activations, from the
/// inputs' (second moment `qx`, correlation `cx`) and the layer's variances: q¹ = σw²·qx + σb²,
/// c¹ = (σw²·cx·qx + σb²)/q¹ (1 when q¹ = 0).
pub fn first_layer(v: InitVariance, qx: f64, cx: f64) -> (f64, f64) {
    let q = v.sigma_w2 * qx + v.sigma_b2;
    let c = if q > 0.0 {
        (v.sigma_w2 * cx * qx + v.sigma_b2) / q
    } else {
        1.0
    };
    (q, c.clamp(-1.0, 1.0))
}

/// The mean-field curves of `a` for layers 1..=`depth` (index 0 is layer 1) from the first
/// layer's (q¹, c¹), with the fixed point reached from q = 1; `None` for depth 0 or invalid
/// variances (the trajectory is then empty).
pub fn mean_field_curve(
    a: Activation,
    p: &Params,
    v: InitVariance,
    q1: f64,
    c1: f64,
    depth: usize,
) -> Option<MeanFieldCurve> {
    let mf = MeanField::new(a, p, v.sigma_w2, v.sigma_b2);
    let layers: Vec<MeanFieldLayer> = mf
        .trajectory(q1, c1, depth.checked_sub(1)?)
        .into_iter()
        .map(|l| MeanFieldLayer {
            q: l.q,
            c: l.c,
            one_minus_c: l.one_minus_c,
            chi1: l.chi1,
            grad_sq_ratio: l.grad_sq_ratio,
            post_mean: l.post_mean,
        })
        .collect();
    if layers.is_empty() {
        return None;
    }
    Some(MeanFieldCurve {
        layers,
        q_star: mf.q_star(),
        chi1: mf.chi1(),
        depth_scale: mf.depth_scale(),
    })
}

/// The phase diagram of `a` on the grid of `req`: σw² from 0 to its maximum over the columns,
/// σb² from 0 over the rows; NaN where q* diverges or no critical σw² exists.
pub fn phase_grid(a: Activation, p: &Params, req: &PhaseRequest) -> Option<PhaseGrid> {
    let d = PhaseDiagram::new(
        a,
        p,
        (0.0, req.sigma_w2_max),
        (0.0, req.sigma_b2_max),
        req.cols,
        req.rows,
    );
    let nan = |v: &Option<f64>| v.unwrap_or(f64::NAN);
    Some(PhaseGrid {
        activation: a,
        chi1: d.chi1.iter().map(nan).collect(),
        critical_sigma_w2: d.critical_sigma_w2.iter().map(nan).collect(),
        sigma_w2: d.sigma_w2,
        sigma_b2: d.sigma_b2,
    })
}
