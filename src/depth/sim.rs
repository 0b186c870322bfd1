//! The depth lab's Monte Carlo simulation: a real random MLP, width × width at every layer,
//! run forward and backward layer by layer, with statistics per layer to draw next to the
//! mean-field predictions.
//!
//! The network and what is measured:
//! - Inputs: `batch` vectors of `width` coordinates, x ~ N(0, I) (so the input's second moment
//!   is q⁰ = 1 and layer 1 has q¹ = σw²·1 + σb²). Samples come in pairs (2k, 2k+1) with
//!   correlation `input_correlation`: x₂ₖ₊₁ = c·x₂ₖ + √(1 − c²)·ξ.
//! - Layer l (1..=depth): zˡ = Wˡ·hˡ⁻¹ + bˡ, hˡ = f(zˡ), W and b from the init scheme (one
//!   random stream per layer, so the first layers do not change when the depth does).
//! - Forward statistics of zˡ ([`LayerStats`]): mean, variance and second moment over all
//!   samples and units; the fraction of dead units (f(z) exactly 0 for every sample of the
//!   batch); the fraction of saturated (sample, unit) pairs (|f′(z)| < 0.01, on the backward
//!   sub-batch); the mean correlation of the pairs' pre-activations, Σzₐz_b/√(Σzₐ²·Σz_b²).
//! - Backward ([`GradientStats`]): the loss is L = Σₛ ⟨gₛ, hᴸₛ⟩ with a fixed random direction
//!   gₛ ~ N(0, I/width) per sample (independent of the network, as the mean-field theory of
//!   gradients assumes), and δˡ = ∂L/∂zˡ is reported as the root mean square over samples of
//!   ‖δˡₛ‖ and as the second moment per unit (mean-field q̃ˡ, whose ratio per layer is χ₁).
//!
//! Speed (budget: 50 layers × 256 × 256 forward and backward ≤ 300 ms in the worker):
//! - f32 throughout (the products dominate: 2 × 4 lanes per 128-bit vector instead of 2),
//!   statistics summed in f64; kernels from [`crate::nn::gemm`], deterministic to the bit.
//! - f and f′ through [`FastActivation`] (a validated table for the exponential functions).
//! - The backward pass runs on the first `backward_batch` samples (default 64) and the
//!   saturation statistic on the same sub-batch. Sound: the samples are i.i.d. and drawn
//!   independently of the weights, so any fixed subset gives unbiased estimates of the
//!   per-sample quantities for the same network; with width 256 a 64-sample estimate of
//!   E‖δ‖² pools 16,384 terms, and the spread between networks (the weights) dominates
//!   the error anyway. Dead units need the whole batch, so the forward pass uses all of it.
//!   The forward pass is 3/4 of the work at the defaults.

use std::fmt;

use crate::math::{Activation, Params};
use crate::nn::{FastActivation, InitScheme, InitVariance, Nonlinearity, Rng, gemm, transpose};

/// The deepest network simulated.
pub const MAX_DEPTH: usize = 200;
/// The widest layer.
pub const MAX_WIDTH: usize = 1024;
/// The largest batch.
pub const MAX_BATCH: usize = 1024;
/// The most weights kept at once (depth × width², 64 MiB of f32).
pub const MAX_WEIGHTS: usize = 1 << 24;
/// |f′(z)| below this counts as saturated.
pub const SATURATION_THRESHOLD: f64 = 0.01;
/// The random stream of the inputs (layer l uses stream l; see [`Rng::stream`]).
const INPUT_STREAM: u64 = 0;
/// The random stream of the output gradient direction.
const GRADIENT_STREAM: u64 = 1 << 32;

/// What to simulate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SimConfig {
    /// The activation of every layer.
    pub activation: Activation,
    /// Its parameters.
    pub params: Params,
    /// The initialisation of every layer.
    pub init: InitScheme,
    /// Number of layers, 1..=[`MAX_DEPTH`].
    pub depth: usize,
    /// Units per layer (and input dimension), 1..=[`MAX_WIDTH`].
    pub width: usize,
    /// Samples, 2..=[`MAX_BATCH`].
    pub batch: usize,
    /// The seed of inputs, weights and the gradient direction.
    pub seed: u64,
    /// The correlation of the two inputs of each pair, in [−1, 1].
    pub input_correlation: f64,
    /// Samples in the backward pass and the saturation statistic, 1..=batch.
    pub backward_batch: usize,
}

impl SimConfig {
    /// The depth lab's defaults for `activation`: default parameters, 50 layers, width 256,
    /// batch 256, seed 0, input correlation 0.5, backward on 64 samples.
    pub fn new(activation: Activation, init: InitScheme) -> SimConfig {
        SimConfig {
            activation,
            params: Params::default(),
            init,
            depth: 50,
            width: 256,
            batch: 256,
            seed: 0,
            input_correlation: 0.5,
            backward_batch: 64,
        }
    }

    /// Checks the ranges; the first problem found.
    pub fn validate(&self) -> Result<(), SimConfigError> {
        if !(1..=MAX_DEPTH).contains(&self.depth) {
            return Err(SimConfigError::Depth(self.depth));
        }
        if !(1..=MAX_WIDTH).contains(&self.width) {
            return Err(SimConfigError::Width(self.width));
        }
        if !(2..=MAX_BATCH).contains(&self.batch) {
            return Err(SimConfigError::Batch(self.batch));
        }
        if !(1..=self.batch).contains(&self.backward_batch) {
            return Err(SimConfigError::BackwardBatch(self.backward_batch));
        }
        if self.depth * self.width * self.width > MAX_WEIGHTS {
            return Err(SimConfigError::TooLarge);
        }
        if !(-1.0..=1.0).contains(&self.input_correlation) {
            return Err(SimConfigError::Correlation);
        }
        if !self.init.is_valid() {
            return Err(SimConfigError::Init);
        }
        Ok(())
    }

    /// The (σw², σb²) of this configuration's layers, for `MeanField::new`.
    pub fn init_variance(&self) -> InitVariance {
        self.init.variance(self.width, self.width)
    }
}

/// Why a configuration was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum SimConfigError {
    /// Depth outside 1..=[`MAX_DEPTH`].
    Depth(usize),
    /// Width outside 1..=[`MAX_WIDTH`].
    Width(usize),
    /// Batch outside 2..=[`MAX_BATCH`].
    Batch(usize),
    /// Backward batch outside 1..=batch.
    BackwardBatch(usize),
    /// depth × width² above [`MAX_WEIGHTS`].
    TooLarge,
    /// Input correlation outside [−1, 1] (or NaN).
    Correlation,
    /// A non-finite or negative number in the init scheme.
    Init,
}

impl fmt::Display for SimConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SimConfigError::Depth(d) => write!(f, "depth {d} is outside 1..={MAX_DEPTH}"),
            SimConfigError::Width(w) => write!(f, "width {w} is outside 1..={MAX_WIDTH}"),
            SimConfigError::Batch(b) => write!(f, "batch {b} is outside 2..={MAX_BATCH}"),
            SimConfigError::BackwardBatch(b) => {
                write!(f, "backward batch {b} is outside 1..=batch")
            }
            SimConfigError::TooLarge => {
                write!(f, "depth × width² is above {MAX_WEIGHTS} weights")
            }
            SimConfigError::Correlation => write!(f, "input correlation must be in [-1, 1]"),
            SimConfigError::Init => write!(f, "the init scheme's numbers must be finite and ≥ 0"),
        }
    }
}

impl std::error::Error for SimConfigError {}

/// The forward statistics of one layer's pre-activations z.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayerStats {
    /// The layer, 1..=depth.
    pub layer: usize,
    /// Mean of z over samples and units.
    pub mean: f64,
    /// Variance of z over samples and units (population: divided by the count).
    pub variance: f64,
    /// Mean of z² (the mean-field q).
    pub second_moment: f64,
    /// Fraction of units whose output f(z) is exactly 0 for every sample of the batch.
    pub dead_fraction: f64,
    /// Fraction of (sample, unit) pairs of the backward sub-batch with |f′(z)| < 0.01.
    pub saturated_fraction: f64,
    /// Mean over the input pairs of Σzₐz_b/√(Σzₐ²·Σz_b²) (the mean-field c); NaN if a pair's
    /// z is all zero.
    pub correlation: f64,
}

/// The backward statistics of one layer: δ = ∂L/∂z (see the module doc for L).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GradientStats {
    /// The layer, 1..=depth.
    pub layer: usize,
    /// √(mean over the sub-batch of ‖δₛ‖²).
    pub grad_norm: f64,
    /// Mean of δ² over the sub-batch and units (the mean-field q̃).
    pub grad_second_moment: f64,
}

/// One step of the simulation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SimStep {
    /// A layer's forward statistics (layers 1, 2, …, depth).
    Forward(LayerStats),
    /// A layer's backward statistics (layers depth, depth − 1, …, 1).
    Backward(GradientStats),
    /// Nothing left to do.
    Done,
}

/// The input second moment and the pair correlation actually drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputStats {
    /// Mean of x² (≈ 1).
    pub second_moment: f64,
    /// Mean pair correlation (≈ `input_correlation`).
    pub correlation: f64,
}

/// A simulation in progress: call [`Simulation::step`] until it returns [`SimStep::Done`]
/// (2·depth steps: one per layer forward, then one per layer backward). Each step is one
/// layer's work (about width²·batch multiply-adds), so a worker can report progress and
/// check for a new request between steps; [`Simulation::restart`] starts over with new
/// settings, reusing the memory.
#[derive(Clone, Debug)]
pub struct Simulation {
    cfg: SimConfig,
    act: FastActivation,
    /// Inputs, batch × width.
    inputs: Vec<f32>,
    /// Wᵀ of every layer (width × width each, in × out).
    weights: Vec<f32>,
    /// b of every layer.
    biases: Vec<f32>,
    /// The current layer's output h (batch × width), the previous one's, and z.
    h: Vec<f32>,
    h_prev: Vec<f32>,
    z: Vec<f32>,
    /// f′(z) of every layer on the sub-batch (depth × sub × width).
    dfz: Vec<f32>,
    /// ∂L/∂h and ∂L/∂z on the sub-batch, and W (out × in) for the backward product.
    dh: Vec<f32>,
    dz: Vec<f32>,
    w_scratch: Vec<f32>,
    /// The output gradient direction g (sub × width).
    g: Vec<f32>,
    /// Init scratch in PyTorch's layout (f64).
    w64: Vec<f64>,
    b64: Vec<f64>,
    forward: Vec<LayerStats>,
    backward: Vec<GradientStats>,
    input_stats: InputStats,
    steps_done: usize,
}

impl Simulation {
    /// A simulation of `cfg`, with its inputs drawn; no layer computed yet.
    pub fn new(cfg: SimConfig) -> Result<Simulation, SimConfigError> {
        cfg.validate()?;
        let mut sim = Simulation {
            cfg,
            act: FastActivation::new(Nonlinearity::new(cfg.activation, &cfg.params)),
            inputs: Vec::new(),
            weights: Vec::new(),
            biases: Vec::new(),
            h: Vec::new(),
            h_prev: Vec::new(),
            z: Vec::new(),
            dfz: Vec::new(),
            dh: Vec::new(),
            dz: Vec::new(),
            w_scratch: Vec::new(),
            g: Vec::new(),
            w64: Vec::new(),
            b64: Vec::new(),
            forward: Vec::new(),
            backward: Vec::new(),
            input_stats: InputStats {
                second_moment: f64::NAN,
                correlation: f64::NAN,
            },
            steps_done: 0,
        };
        sim.reset();
        Ok(sim)
    }

    /// Starts over with `cfg`, reusing the buffers (the activation table is rebuilt only if
    /// the activation or its parameters changed). On error nothing changes.
    pub fn restart(&mut self, cfg: SimConfig) -> Result<(), SimConfigError> {
        cfg.validate()?;
        let nl = Nonlinearity::new(cfg.activation, &cfg.params);
        if *self.act.nonlinearity() != nl {
            self.act = FastActivation::new(nl);
        }
        self.cfg = cfg;
        self.reset();
        Ok(())
    }

    /// Sizes the buffers for the configuration and draws the inputs.
    fn reset(&mut self) {
        let SimConfig {
            depth,
            width,
            batch,
            backward_batch: sub,
            ..
        } = self.cfg;
        let resize = |v: &mut Vec<f32>, n: usize| {
            v.clear();
            v.resize(n, 0.0);
        };
        resize(&mut self.inputs, batch * width);
        resize(&mut self.weights, depth * width * width);
        resize(&mut self.biases, depth * width);
        resize(&mut self.h, batch * width);
        resize(&mut self.h_prev, batch * width);
        resize(&mut self.z, batch * width);
        resize(&mut self.dfz, depth * sub * width);
        resize(&mut self.dh, sub * width);
        resize(&mut self.dz, sub * width);
        resize(&mut self.w_scratch, width * width);
        resize(&mut self.g, 0);
        self.w64.clear();
        self.w64.resize(width * width, 0.0);
        self.b64.clear();
        self.b64.resize(width, 0.0);
        self.forward.clear();
        self.backward.clear();
        self.steps_done = 0;
        // Inputs: pairs with the requested correlation.
        let mut rng = Rng::stream(self.cfg.seed, INPUT_STREAM);
        let c = self.cfg.input_correlation;
        let s = libm::sqrt((1.0 - c * c).max(0.0));
        let mut prev = vec![0.0f64; width];
        for sample in 0..batch {
            let row = &mut self.inputs[sample * width..(sample + 1) * width];
            for (j, x) in row.iter_mut().enumerate() {
                let v = if sample % 2 == 0 {
                    rng.normal()
                } else {
                    c * prev[j] + s * rng.normal()
                };
                prev[j] = v;
                *x = v as f32;
            }
        }
        let (q, corr) = moments_and_correlation(&self.inputs, batch, width);
        self.input_stats = InputStats {
            second_moment: q.2,
            correlation: corr,
        };
    }

    /// The configuration.
    pub fn config(&self) -> &SimConfig {
        &self.cfg
    }

    /// Steps done and the total (2·depth).
    pub fn progress(&self) -> (usize, usize) {
        (self.steps_done, 2 * self.cfg.depth)
    }

    /// Whether every step is done.
    pub fn is_done(&self) -> bool {
        self.steps_done == 2 * self.cfg.depth
    }

    /// The inputs' own statistics (the starting point of the mean-field iteration).
    pub fn input_stats(&self) -> InputStats {
        self.input_stats
    }

    /// The forward statistics so far, layer 1 first.
    pub fn forward_stats(&self) -> &[LayerStats] {
        &self.forward
    }

    /// The backward statistics so far, in the order computed: layer `depth` first.
    pub fn backward_stats(&self) -> &[GradientStats] {
        &self.backward
    }

    /// The inputs (batch × width, row-major).
    pub fn inputs(&self) -> &[f32] {
        &self.inputs
    }

    /// Layer `l`'s (1-based) Wᵀ (width × width, `[in * width + out]`); zeros until its forward step.
    pub fn weights(&self, l: usize) -> &[f32] {
        let n = self.cfg.width * self.cfg.width;
        &self.weights[(l - 1) * n..l * n]
    }

    /// Layer `l`'s (1-based) bias; zeros until its forward step.
    pub fn biases(&self, l: usize) -> &[f32] {
        let w = self.cfg.width;
        &self.biases[(l - 1) * w..l * w]
    }

    /// The output gradient direction g (backward_batch × width); empty until the first
    /// backward step.
    pub fn output_gradient(&self) -> &[f32] {
        &self.g
    }

    /// Runs every remaining step.
    pub fn run(&mut self) {
        while self.step() != SimStep::Done {}
    }

    /// Does the next step: the next layer forward, or once all are done the next layer
    /// backward (top first); [`SimStep::Done`] at the end.
    pub fn step(&mut self) -> SimStep {
        let depth = self.cfg.depth;
        let s = self.steps_done;
        if s < depth {
            let stats = self.forward_layer(s);
            self.forward.push(stats);
            self.steps_done += 1;
            SimStep::Forward(stats)
        } else if s < 2 * depth {
            let l = 2 * depth - 1 - s;
            let stats = self.backward_layer(l);
            self.backward.push(stats);
            self.steps_done += 1;
            SimStep::Backward(stats)
        } else {
            SimStep::Done
        }
    }

    /// Forward through layer index `l` (0-based).
    fn forward_layer(&mut self, l: usize) -> LayerStats {
        let SimConfig {
            width: n,
            batch,
            backward_batch: sub,
            seed,
            ..
        } = self.cfg;
        // Draw the layer in PyTorch's layout, store Wᵀ in f32.
        let mut rng = Rng::stream(seed, l as u64 + 1);
        self.cfg
            .init
            .fill(&mut rng, n, n, &mut self.w64, &mut self.b64);
        let wt = &mut self.weights[l * n * n..(l + 1) * n * n];
        for o in 0..n {
            for i in 0..n {
                wt[i * n + o] = self.w64[o * n + i] as f32;
            }
        }
        let bias = &mut self.biases[l * n..(l + 1) * n];
        for (b, &v) in bias.iter_mut().zip(&self.b64) {
            *b = v as f32;
        }
        // z = h·Wᵀ + b.
        std::mem::swap(&mut self.h, &mut self.h_prev);
        let h_in: &[f32] = if l == 0 { &self.inputs } else { &self.h_prev };
        gemm(batch, n, n, h_in, n, 1, wt, n, &mut self.z, n);
        for row in self.z.chunks_exact_mut(n) {
            for (v, &b) in row.iter_mut().zip(bias.iter()) {
                *v += b;
            }
        }
        let ((mean, variance, second_moment), correlation) =
            moments_and_correlation(&self.z, batch, n);
        // h = f(z); a unit is alive if any sample's output is not exactly zero.
        self.act.eval_into(&self.z, &mut self.h);
        let mut alive = 0usize;
        for o in 0..n {
            if (0..batch).any(|s| self.h[s * n + o] != 0.0) {
                alive += 1;
            }
        }
        // f′(z) on the sub-batch, kept for the backward pass.
        let d = &mut self.dfz[l * sub * n..(l + 1) * sub * n];
        self.act.derivative_into(&self.z[..sub * n], d);
        let saturated = d
            .iter()
            .filter(|&&v| f64::from(v).abs() < SATURATION_THRESHOLD)
            .count();
        LayerStats {
            layer: l + 1,
            mean,
            variance,
            second_moment,
            dead_fraction: (n - alive) as f64 / n as f64,
            saturated_fraction: saturated as f64 / (sub * n) as f64,
            correlation,
        }
    }

    /// Backward through layer index `l` (0-based); the top layer starts from g.
    fn backward_layer(&mut self, l: usize) -> GradientStats {
        let SimConfig {
            width: n,
            backward_batch: sub,
            seed,
            depth,
            ..
        } = self.cfg;
        if l + 1 == depth {
            let mut rng = Rng::stream(seed, GRADIENT_STREAM);
            let std = libm::sqrt(1.0 / n as f64);
            self.g.clear();
            self.g
                .extend((0..sub * n).map(|_| (std * rng.normal()) as f32));
            self.dh.copy_from_slice(&self.g);
        }
        // δz = δh ⊙ f′(z).
        let d = &self.dfz[l * sub * n..(l + 1) * sub * n];
        for ((z, &h), &f) in self.dz.iter_mut().zip(&self.dh).zip(d) {
            *z = h * f;
        }
        let sum_sq: f64 = self
            .dz
            .iter()
            .map(|&v| {
                let v = f64::from(v);
                v * v
            })
            .sum();
        // δh of the layer below = δz·W.
        if l > 0 {
            let wt = &self.weights[l * n * n..(l + 1) * n * n];
            transpose(n, n, wt, &mut self.w_scratch);
            gemm(
                sub,
                n,
                n,
                &self.dz,
                n,
                1,
                &self.w_scratch,
                n,
                &mut self.dh,
                n,
            );
        }
        GradientStats {
            layer: l + 1,
            grad_norm: libm::sqrt(sum_sq / sub as f64),
            grad_second_moment: sum_sq / (sub * n) as f64,
        }
    }
}

/// ((mean, variance, second moment) over all entries, mean pair correlation) of a batch ×
/// width matrix, summed in f64 in a fixed order (the variance in a second pass, about the mean).
fn moments_and_correlation(x: &[f32], batch: usize, n: usize) -> ((f64, f64, f64), f64) {
    let (mut s1, mut s2) = (0.0f64, 0.0f64);
    for &v in x {
        let v = f64::from(v);
        s1 += v;
        s2 += v * v;
    }
    let count = (batch * n) as f64;
    let mean = s1 / count;
    let second = s2 / count;
    let variance = x
        .iter()
        .map(|&v| {
            let d = f64::from(v) - mean;
            d * d
        })
        .sum::<f64>()
        / count;
    let pairs = batch / 2;
    let mut corr = 0.0;
    for k in 0..pairs {
        let a = &x[2 * k * n..(2 * k + 1) * n];
        let b = &x[(2 * k + 1) * n..(2 * k + 2) * n];
        let (mut ab, mut aa, mut bb) = (0.0f64, 0.0f64, 0.0f64);
        for (&u, &v) in a.iter().zip(b) {
            let (u, v) = (f64::from(u), f64::from(v));
            ab += u * v;
            aa += u * u;
            bb += v * v;
        }
        corr += ab / libm::sqrt(aa * bb);
    }
    ((mean, variance, second), corr / pairs as f64)
}
