//! Optimisers with PyTorch's update rules: SGD with momentum (`torch.optim.SGD`, dampening 0,
//! no Nesterov) and Adam (`torch.optim.Adam`, not AdamW), with L2 as PyTorch's
//! `weight_decay` (added to the gradient) on the weights only, never the biases (the
//! Playground also regularises only its links; the exported code puts the biases in a
//! parameter group with `weight_decay=0`).

use std::fmt;
use std::str::FromStr;

use crate::nn::{Gradients, Mlp};

/// Which optimiser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OptimizerKind {
    /// `sgd`: p ← p − lr·buf, buf ← momentum·buf + g (buf = g at the first step).
    Sgd,
    /// `adam`: PyTorch's Adam with β = (0.9, 0.999), ε = 1e-8.
    Adam,
}

/// The error of parsing an unknown optimiser id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownOptimizer(pub String);

impl fmt::Display for UnknownOptimizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown optimiser \"{}\"; known: sgd, adam", self.0)
    }
}

impl std::error::Error for UnknownOptimizer {}

impl OptimizerKind {
    /// Both, in the UI's order.
    pub const ALL: [OptimizerKind; 2] = [OptimizerKind::Sgd, OptimizerKind::Adam];

    /// The URL id.
    pub const fn id(self) -> &'static str {
        match self {
            OptimizerKind::Sgd => "sgd",
            OptimizerKind::Adam => "adam",
        }
    }
}

impl fmt::Display for OptimizerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for OptimizerKind {
    type Err = UnknownOptimizer;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OptimizerKind::ALL
            .into_iter()
            .find(|o| o.id() == s)
            .ok_or_else(|| UnknownOptimizer(s.chars().take(64).collect()))
    }
}

/// An optimiser's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OptimizerConfig {
    /// Which rule.
    pub kind: OptimizerKind,
    /// The learning rate, > 0.
    pub learning_rate: f64,
    /// SGD's momentum in [0, 1) (0: plain SGD); Adam ignores it.
    pub momentum: f64,
    /// L2 strength (PyTorch's `weight_decay`) on the weights, ≥ 0.
    pub l2: f64,
}

/// Adam's β₁ (PyTorch's default).
pub const ADAM_BETA1: f64 = 0.9;
/// Adam's β₂ (PyTorch's default).
pub const ADAM_BETA2: f64 = 0.999;
/// Adam's ε (PyTorch's default).
pub const ADAM_EPS: f64 = 1e-8;

impl OptimizerConfig {
    /// Adam with learning rate `lr`, no L2.
    pub fn adam(lr: f64) -> OptimizerConfig {
        OptimizerConfig {
            kind: OptimizerKind::Adam,
            learning_rate: lr,
            momentum: 0.0,
            l2: 0.0,
        }
    }

    /// SGD with learning rate `lr` and `momentum`, no L2.
    pub fn sgd(lr: f64, momentum: f64) -> OptimizerConfig {
        OptimizerConfig {
            kind: OptimizerKind::Sgd,
            learning_rate: lr,
            momentum,
            l2: 0.0,
        }
    }

    /// Whether the numbers are usable: lr finite and > 0, momentum in [0, 1), l2 finite ≥ 0.
    pub fn is_valid(&self) -> bool {
        self.learning_rate.is_finite()
            && self.learning_rate > 0.0
            && (0.0..1.0).contains(&self.momentum)
            && self.l2.is_finite()
            && self.l2 >= 0.0
    }
}

/// An optimiser's state for one network.
#[derive(Clone, Debug, PartialEq)]
pub struct Optimizer {
    cfg: OptimizerConfig,
    steps: u64,
    /// Per layer: SGD's momentum buffer or Adam's first moment, for weights and biases.
    m_w: Vec<Vec<f64>>,
    m_b: Vec<Vec<f64>>,
    /// Per layer: Adam's second moment.
    v_w: Vec<Vec<f64>>,
    v_b: Vec<Vec<f64>>,
}

impl Optimizer {
    /// Zeroed state for `net`.
    pub fn new(cfg: OptimizerConfig, net: &Mlp) -> Optimizer {
        let zeros = |f: &dyn Fn(&crate::nn::Dense) -> usize| -> Vec<Vec<f64>> {
            net.layers().iter().map(|d| vec![0.0; f(d)]).collect()
        };
        let adam = cfg.kind == OptimizerKind::Adam;
        Optimizer {
            cfg,
            steps: 0,
            m_w: zeros(&|d| d.wt.len()),
            m_b: zeros(&|d| d.b.len()),
            v_w: if adam {
                zeros(&|d| d.wt.len())
            } else {
                Vec::new()
            },
            v_b: if adam {
                zeros(&|d| d.b.len())
            } else {
                Vec::new()
            },
        }
    }

    /// The settings.
    pub fn config(&self) -> &OptimizerConfig {
        &self.cfg
    }

    /// Updates done.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// One update of `net` with `grads` (of the data loss; L2 is added here).
    pub fn step(&mut self, net: &mut Mlp, grads: &Gradients) {
        self.steps += 1;
        let OptimizerConfig {
            kind,
            learning_rate: lr,
            momentum,
            l2,
        } = self.cfg;
        let first = self.steps == 1;
        match kind {
            OptimizerKind::Sgd => {
                for (l, d) in net.layers_mut().iter_mut().enumerate() {
                    sgd(
                        &mut d.wt,
                        &grads.wt[l],
                        &mut self.m_w[l],
                        lr,
                        momentum,
                        l2,
                        first,
                    );
                    sgd(
                        &mut d.b,
                        &grads.b[l],
                        &mut self.m_b[l],
                        lr,
                        momentum,
                        0.0,
                        first,
                    );
                }
            }
            OptimizerKind::Adam => {
                let t = self.steps as f64;
                let bc1 = 1.0 - libm::pow(ADAM_BETA1, t);
                let bc2_sqrt = libm::sqrt(1.0 - libm::pow(ADAM_BETA2, t));
                let step_size = lr / bc1;
                for (l, d) in net.layers_mut().iter_mut().enumerate() {
                    let (mw, vw) = (&mut self.m_w[l], &mut self.v_w[l]);
                    adam(&mut d.wt, &grads.wt[l], mw, vw, step_size, bc2_sqrt, l2);
                    let (mb, vb) = (&mut self.m_b[l], &mut self.v_b[l]);
                    adam(&mut d.b, &grads.b[l], mb, vb, step_size, bc2_sqrt, 0.0);
                }
            }
        }
    }
}

/// `torch.optim.SGD` on one tensor: d = g + wd·p; buf = d (first step) or momentum·buf + d;
/// p = p − lr·buf (plain d without momentum).
fn sgd(p: &mut [f64], g: &[f64], buf: &mut [f64], lr: f64, momentum: f64, wd: f64, first: bool) {
    for ((p, &g), b) in p.iter_mut().zip(g).zip(buf.iter_mut()) {
        let d = if wd != 0.0 { g + wd * *p } else { g };
        let step = if momentum != 0.0 {
            *b = if first { d } else { momentum * *b + d };
            *b
        } else {
            d
        };
        *p -= lr * step;
    }
}

/// `torch.optim.Adam` on one tensor: g += wd·p; m = β₁m + (1 − β₁)g; v = β₂v + (1 − β₂)g²;
/// p −= (lr/bc₁)·m / (√v/√bc₂ + ε).
fn adam(
    p: &mut [f64],
    g: &[f64],
    m: &mut [f64],
    v: &mut [f64],
    step_size: f64,
    bc2_sqrt: f64,
    wd: f64,
) {
    for (((p, &g), m), v) in p.iter_mut().zip(g).zip(m.iter_mut()).zip(v.iter_mut()) {
        let g = if wd != 0.0 { g + wd * *p } else { g };
        *m = ADAM_BETA1 * *m + (1.0 - ADAM_BETA1) * g;
        *v = ADAM_BETA2 * *v + (1.0 - ADAM_BETA2) * g * g;
        let denom = libm::sqrt(*v) / bc2_sqrt + ADAM_EPS;
        *p -= step_size * (*m / denom);
    }
}
