//! The theory the worker sends next to the simulation: the mean-field curves of each
//! activation and the phase diagram.
//!
//! MEAN-FIELD HOOK: the mean-field theory (`depth::MeanField`, `depth::PhaseDiagram`) is being
//! written on the branch `depth-meanfield`. Until it is merged these functions return `None`,
//! the worker sends no `MeanField`/`Phase` message and the view says the theory is not
//! available; the protocol, the page's model and the charts already carry it.

use crate::math::{Activation, Params};
use crate::nn::InitVariance;

use super::message::{MeanFieldCurve, PhaseGrid, PhaseRequest};

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
/// layer's (q¹, c¹), with the fixed point; `None` while the theory is not merged.
pub fn mean_field_curve(
    a: Activation,
    p: &Params,
    v: InitVariance,
    q1: f64,
    c1: f64,
    depth: usize,
) -> Option<MeanFieldCurve> {
    let _ = (a, p, v, q1, c1, depth);
    None
}

/// The phase diagram of `a` on the grid of `req`; `None` while the theory is not merged.
pub fn phase_grid(a: Activation, p: &Params, req: &PhaseRequest) -> Option<PhaseGrid> {
    let _ = (a, p, req);
    None
}
