//! The page's side of the protocol: what has arrived for the current request, gathered from
//! the worker's responses ([`LabResults::apply`], [`BenchResults::apply`]). Pure, so the
//! bookkeeping (stale ids, order, progress) is tested natively; the view only draws it.

use crate::chart::lab::Metric;
use crate::depth::sim::{GradientStats, InputStats, LayerStats};
use crate::math::Activation;
use crate::math::bench::BenchRow;

use super::message::{JobError, MeanFieldCurve, PhaseGrid, Response};

/// What has arrived for one activation of a lab request.
#[derive(Clone, Debug, PartialEq)]
pub struct FnResults {
    /// The activation.
    pub activation: Activation,
    /// The inputs' statistics.
    pub input: Option<InputStats>,
    /// Forward statistics, layer 1 first.
    pub forward: Vec<LayerStats>,
    /// Backward statistics, sorted by layer (layer 1 first) as they arrive top down.
    pub backward: Vec<GradientStats>,
    /// The simulation's time in the worker, once it is done.
    pub sim_ms: Option<f64>,
    /// The mean-field curves.
    pub mean_field: Option<MeanFieldCurve>,
}

impl FnResults {
    /// The simulated points (layer, value) of `metric` that have arrived.
    pub fn points(&self, metric: Metric) -> Vec<(f64, f64)> {
        let fwd = |f: fn(&LayerStats) -> f64| -> Vec<(f64, f64)> {
            self.forward
                .iter()
                .map(|s| (s.layer as f64, f(s)))
                .collect()
        };
        match metric {
            Metric::Mean => fwd(|s| s.mean),
            Metric::Variance => fwd(|s| s.variance),
            Metric::Dead => fwd(|s| s.dead_fraction),
            Metric::Saturated => fwd(|s| s.saturated_fraction),
            Metric::Correlation => fwd(|s| s.correlation),
            Metric::GradNorm => self
                .backward
                .iter()
                .map(|g| (g.layer as f64, g.grad_norm))
                .collect(),
        }
    }

    /// The mean-field prediction (layer, value) of `metric` for a network of weight variance
    /// `sigma_w2` (empty without the theory, and for the dead and saturated fractions, which
    /// it does not predict).
    ///
    /// The mean of z is 0 (zero-mean weights and biases), its variance q, the pair correlation
    /// c. The gradient: the loss direction g has E[gᵢ²] = 1/width, so at the top layer L
    /// ‖δᴸ‖² = width·E[f′(zᴸ)²]/width = χ₁(qᴸ)/σw², and each layer down multiplies it by
    /// χ₁(qˡ) (E[δˡᵢ²] = E[f′(zˡ)²]·σw²·E[δˡ⁺¹ⱼ²]); the norm is its square root.
    pub fn theory(&self, metric: Metric, sigma_w2: f64) -> Vec<(f64, f64)> {
        let Some(mf) = &self.mean_field else {
            return Vec::new();
        };
        let layers = &mf.layers;
        let at = |i: usize| (i + 1) as f64;
        match metric {
            Metric::Mean => (0..layers.len()).map(|i| (at(i), 0.0)).collect(),
            Metric::Variance => layers
                .iter()
                .enumerate()
                .map(|(i, l)| (at(i), l.q))
                .collect(),
            Metric::Correlation => layers
                .iter()
                .enumerate()
                .map(|(i, l)| (at(i), l.c))
                .collect(),
            Metric::Dead | Metric::Saturated => Vec::new(),
            Metric::GradNorm => {
                let Some(top) = layers.last() else {
                    return Vec::new();
                };
                if !(sigma_w2 > 0.0 && sigma_w2.is_finite()) {
                    return Vec::new();
                }
                let mut sq = top.chi1 / sigma_w2;
                let mut out = vec![(at(layers.len() - 1), sq.sqrt())];
                for i in (0..layers.len() - 1).rev() {
                    sq *= layers[i].chi1;
                    out.push((at(i), sq.sqrt()));
                }
                out.reverse();
                out
            }
        }
    }
}

/// Everything that has arrived for one lab request.
#[derive(Clone, Debug, PartialEq)]
pub struct LabResults {
    /// The channel.
    pub channel: u32,
    /// The request's id: responses of other ids are ignored.
    pub id: u32,
    /// The network's depth (for progress).
    pub depth: usize,
    /// Per activation, in the request's order.
    pub fns: Vec<FnResults>,
    /// The phase diagram.
    pub phase: Option<PhaseGrid>,
    /// Milliseconds the phase diagram took in the worker.
    pub phase_ms: Option<f64>,
    /// Set once the worker said the request is done.
    pub done: bool,
    /// Why the request failed, if it did.
    pub error: Option<JobError>,
}

impl LabResults {
    /// Nothing arrived yet for request `id` on `channel`, simulating `activations` `depth`
    /// layers deep.
    pub fn new(channel: u32, id: u32, activations: &[Activation], depth: usize) -> LabResults {
        LabResults {
            channel,
            id,
            depth,
            fns: activations
                .iter()
                .map(|&activation| FnResults {
                    activation,
                    input: None,
                    forward: Vec::new(),
                    backward: Vec::new(),
                    sim_ms: None,
                    mean_field: None,
                })
                .collect(),
            phase: None,
            phase_ms: None,
            done: false,
            error: None,
        }
    }

    /// Takes one response; `true` if it belonged to this request and changed something.
    pub fn apply(&mut self, r: &Response) -> bool {
        if r.route() != Some((self.channel, self.id)) {
            return false;
        }
        match r {
            Response::Input {
                fn_index, stats, ..
            } => match self.fns.get_mut(*fn_index) {
                Some(f) => {
                    // A new simulation of this activation starts over.
                    f.input = Some(*stats);
                    f.forward.clear();
                    f.backward.clear();
                    f.sim_ms = None;
                    true
                }
                None => false,
            },
            Response::Forward {
                fn_index, stats, ..
            } => match self.fns.get_mut(*fn_index) {
                Some(f) if stats.layer == f.forward.len() + 1 => {
                    f.forward.push(*stats);
                    true
                }
                _ => false,
            },
            Response::Backward {
                fn_index, stats, ..
            } => match self.fns.get_mut(*fn_index) {
                Some(f) if !f.backward.iter().any(|g| g.layer == stats.layer) => {
                    let at = f.backward.partition_point(|g| g.layer < stats.layer);
                    f.backward.insert(at, *stats);
                    true
                }
                _ => false,
            },
            Response::SimDone { fn_index, ms, .. } => match self.fns.get_mut(*fn_index) {
                Some(f) => {
                    f.sim_ms = Some(*ms);
                    true
                }
                None => false,
            },
            Response::MeanField {
                fn_index, curve, ..
            } => match self.fns.get_mut(*fn_index) {
                Some(f) => {
                    f.mean_field = Some(curve.clone());
                    true
                }
                None => false,
            },
            Response::Phase { grid, ms, .. } => {
                self.phase = Some(grid.clone());
                self.phase_ms = Some(*ms);
                true
            }
            Response::Done { .. } => {
                self.done = true;
                true
            }
            Response::Failed { error, .. } => {
                self.error = Some(error.clone());
                self.done = true;
                true
            }
            Response::BenchRow { .. } | Response::Ready { .. } => false,
        }
    }

    /// Simulation steps done and in all (each activation: depth forward + depth backward).
    pub fn progress(&self) -> (usize, usize) {
        let done = self
            .fns
            .iter()
            .map(|f| f.forward.len() + f.backward.len())
            .sum();
        (done, 2 * self.depth * self.fns.len())
    }
}

/// The benchmark's rows as they arrive.
#[derive(Clone, Debug, PartialEq)]
pub struct BenchResults {
    /// The channel.
    pub channel: u32,
    /// The request's id.
    pub id: u32,
    /// One row per activation timed so far.
    pub rows: Vec<BenchRow>,
    /// Whether every activation is timed.
    pub done: bool,
}

impl BenchResults {
    /// Nothing arrived yet for request `id` on `channel`.
    pub fn new(channel: u32, id: u32) -> BenchResults {
        BenchResults {
            channel,
            id,
            rows: Vec::new(),
            done: false,
        }
    }

    /// Takes one response; `true` if it belonged to this request and changed something.
    pub fn apply(&mut self, r: &Response) -> bool {
        if r.route() != Some((self.channel, self.id)) {
            return false;
        }
        match r {
            Response::BenchRow { row, .. } => {
                if self.rows.iter().any(|x| x.activation == row.activation) {
                    return false;
                }
                self.rows.push(*row);
                true
            }
            Response::Done { .. } | Response::Failed { .. } => {
                self.done = true;
                true
            }
            _ => false,
        }
    }

    /// Nanoseconds per element of f and f′ for each activation timed, fastest f first.
    pub fn ns_per_element(&self) -> Vec<(Activation, f64, f64)> {
        let mut v: Vec<(Activation, f64, f64)> = self
            .rows
            .iter()
            .map(|r| {
                (
                    r.activation,
                    1e9 / r.eval_per_sec,
                    1e9 / r.derivative_per_sec,
                )
            })
            .collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1));
        v
    }
}
