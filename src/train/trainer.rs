//! The training race: one network per activation, all from the same seed, trained in step.
//!
//! Same seed, same start: every network gets the same initial weights (the init schemes do
//! not depend on the activation, and each network draws from a copy of the same random
//! stream), the same data and the same mini-batches in the same order, so the activation is
//! the only difference. Random streams of the seed (see [`Rng::stream`]): 0 the data, 1 the
//! weights, 2 the batch order.
//!
//! A step is one optimiser update on one mini-batch (not one epoch, as a Playground "step"
//! is). An epoch is a shuffled pass over the training set; when fewer than `batch` samples
//! are left in it, they are dropped and a new shuffled epoch starts (PyTorch's
//! `DataLoader(shuffle=True, drop_last=True)`).
//!
//! [`Trainer::step`] runs n steps for every network, then evaluates each once: train and
//! test loss and accuracy, the per-layer gradient norms and the dead units on the whole
//! training set. Evaluating costs about two full passes over the data, so a worker should
//! call `step(n)` with n of about 10–25 per report, not `step(1)` in a loop.

use super::config::{TrainConfig, TrainConfigError};
use super::dataset::Dataset;
use super::export;
use super::loss::{Loss, sigmoid};
use super::optimizer::Optimizer;
use crate::math::Activation;
use crate::nn::{ForwardCache, Gradients, Mlp, Rng};

/// Where one network stands after its last evaluation.
#[derive(Clone, Debug, PartialEq)]
pub struct RunStats {
    /// The hidden layers' activation.
    pub activation: Activation,
    /// Updates done.
    pub step: u64,
    /// Mean loss on the training set (without the L2 term).
    pub train_loss: f64,
    /// Mean loss on the test set.
    pub test_loss: f64,
    /// Accuracy on the training set (classification only).
    pub train_accuracy: Option<f64>,
    /// Accuracy on the test set (classification only).
    pub test_accuracy: Option<f64>,
    /// ‖∂L/∂W‖ (Frobenius) per layer, input side first (the output layer last), of the mean
    /// loss over the whole training set.
    pub grad_norms: Vec<f64>,
    /// Per hidden layer: units whose output is exactly 0 for every training sample.
    pub dead_units: Vec<usize>,
    /// Wall time per step of the last [`Trainer::step_timed`] (ms), if timed.
    pub ms_per_step: Option<f64>,
    /// The loss became NaN or infinite; the network is no longer updated.
    pub diverged: bool,
}

/// One network of the race.
#[derive(Clone, Debug)]
struct Run {
    net: Mlp,
    opt: Optimizer,
    cache: ForwardCache,
    grads: Gradients,
    d_out: Vec<f64>,
    stats: RunStats,
}

/// The race: networks, data and batch order (see the module doc).
#[derive(Clone, Debug)]
pub struct Trainer {
    cfg: TrainConfig,
    loss: Loss,
    data: Dataset,
    runs: Vec<Run>,
    order: Vec<usize>,
    order_pos: usize,
    order_rng: Rng,
    steps: u64,
    batch_x: Vec<f64>,
    batch_y: Vec<f64>,
    grid_x: Vec<f64>,
    grid_cache: ForwardCache,
}

impl Trainer {
    /// A race at step 0 (already evaluated once).
    pub fn new(cfg: TrainConfig) -> Result<Trainer, TrainConfigError> {
        cfg.validate()?;
        let data = Dataset::generate(&cfg.data, &mut Rng::stream(cfg.seed, 0))
            .map_err(TrainConfigError::Data)?;
        let sizes = cfg.sizes();
        let weight_rng = Rng::stream(cfg.seed, 1);
        let runs = cfg
            .activations
            .iter()
            .map(|&nl| {
                let hidden = vec![nl; cfg.hidden.len()];
                let net = Mlp::new(&sizes, &hidden, &cfg.init, &mut weight_rng.clone());
                let opt = Optimizer::new(cfg.optimizer, &net);
                Run {
                    net,
                    opt,
                    cache: ForwardCache::new(),
                    grads: Gradients::new(),
                    d_out: Vec::new(),
                    stats: RunStats {
                        activation: nl.activation,
                        step: 0,
                        train_loss: f64::NAN,
                        test_loss: f64::NAN,
                        train_accuracy: None,
                        test_accuracy: None,
                        grad_norms: Vec::new(),
                        dead_units: Vec::new(),
                        ms_per_step: None,
                        diverged: false,
                    },
                }
            })
            .collect();
        let mut order_rng = Rng::stream(cfg.seed, 2);
        let mut order: Vec<usize> = (0..data.train_len()).collect();
        order_rng.shuffle(&mut order);
        let mut t = Trainer {
            loss: cfg.loss(),
            cfg,
            data,
            runs,
            order,
            order_pos: 0,
            order_rng,
            steps: 0,
            batch_x: Vec::new(),
            batch_y: Vec::new(),
            grid_x: Vec::new(),
            grid_cache: ForwardCache::new(),
        };
        let loss = t.loss;
        for run in &mut t.runs {
            evaluate(run, &t.data, loss);
        }
        Ok(t)
    }

    /// Back to step 0 with the same settings (the same numbers as a new trainer).
    pub fn reset(&mut self) {
        *self = Trainer::new(self.cfg.clone()).expect("the configuration was valid");
    }

    /// The settings.
    pub fn config(&self) -> &TrainConfig {
        &self.cfg
    }

    /// The loss in use.
    pub fn loss(&self) -> Loss {
        self.loss
    }

    /// The data.
    pub fn dataset(&self) -> &Dataset {
        &self.data
    }

    /// Updates done (the same for every network).
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Every network's latest statistics, in the order of the configuration's activations.
    pub fn runs(&self) -> impl ExactSizeIterator<Item = &RunStats> {
        self.runs.iter().map(|r| &r.stats)
    }

    /// Network `i`'s latest statistics.
    pub fn run_stats(&self, i: usize) -> &RunStats {
        &self.runs[i].stats
    }

    /// Network `i`.
    pub fn network(&self, i: usize) -> &Mlp {
        &self.runs[i].net
    }

    /// `n` steps for every network, then one evaluation of each.
    pub fn step(&mut self, n: usize) {
        self.advance(n, None);
    }

    /// Like [`Trainer::step`], timing each network's n steps on `now_ms` (a millisecond
    /// clock such as `performance.now()`), reported as [`RunStats::ms_per_step`].
    pub fn step_timed(&mut self, n: usize, now_ms: &mut dyn FnMut() -> f64) {
        self.advance(n, Some(now_ms));
    }

    fn advance(&mut self, n: usize, mut clock: Option<&mut dyn FnMut() -> f64>) {
        if n == 0 {
            return;
        }
        let (batch, dim) = (self.cfg.batch, self.data.input_dim);
        // The n batches, gathered once for all networks.
        self.batch_x.clear();
        self.batch_y.clear();
        for _ in 0..n {
            if self.order_pos + batch > self.order.len() {
                self.order_rng.shuffle(&mut self.order);
                self.order_pos = 0;
            }
            for &i in &self.order[self.order_pos..self.order_pos + batch] {
                self.batch_x
                    .extend_from_slice(&self.data.train_x[i * dim..(i + 1) * dim]);
                self.batch_y.push(self.data.train_y[i]);
            }
            self.order_pos += batch;
        }
        self.steps += n as u64;
        let loss = self.loss;
        for run in &mut self.runs {
            if run.stats.diverged {
                run.stats.step = self.steps;
                continue;
            }
            let start = clock.as_mut().map(|c| c());
            for s in 0..n {
                let x = &self.batch_x[s * batch * dim..(s + 1) * batch * dim];
                let y = &self.batch_y[s * batch..(s + 1) * batch];
                run.net.forward(x, batch, &mut run.cache);
                run.d_out.resize(batch, 0.0);
                loss.value_and_grad(run.cache.output(), y, &mut run.d_out);
                run.net.backward(&run.cache, &run.d_out, &mut run.grads);
                run.opt.step(&mut run.net, &run.grads);
            }
            if let (Some(c), Some(t0)) = (clock.as_mut(), start) {
                run.stats.ms_per_step = Some((c() - t0) / n as f64);
            }
            run.stats.step = self.steps;
            evaluate(run, &self.data, loss);
        }
    }

    /// The grid coordinates along each axis: `resolution` points from the domain's low end to
    /// its high end, both included.
    pub fn grid_axis(&self, resolution: usize) -> Vec<f64> {
        let (lo, hi) = self.data.kind.domain();
        let r = resolution.max(2);
        (0..resolution)
            .map(|i| lo + (hi - lo) * i as f64 / (r - 1) as f64)
            .collect()
    }

    /// Network `i` on a grid over the dataset's domain, into `out`: for 2-D data the decision
    /// region, resolution² values, row-major, row 0 at the top (y = high end) and column 0 at
    /// the left (x = low end), like an image; for 1-D data (`sin`) the fitted curve,
    /// `resolution` values from left to right. Values are P(class 1) = σ(output) for
    /// classification, the output itself for regression.
    pub fn grid(&mut self, i: usize, resolution: usize, out: &mut Vec<f64>) {
        let axis = self.grid_axis(resolution);
        self.grid_x.clear();
        if self.data.input_dim == 2 {
            for &y in axis.iter().rev() {
                for &x in &axis {
                    self.grid_x.extend_from_slice(&[x, y]);
                }
            }
        } else {
            self.grid_x.extend_from_slice(&axis);
        }
        let rows = self.grid_x.len() / self.data.input_dim;
        self.runs[i]
            .net
            .forward(&self.grid_x, rows, &mut self.grid_cache);
        out.clear();
        let classify = self.data.kind.is_classification();
        out.extend(
            self.grid_cache
                .output()
                .iter()
                .map(|&z| if classify { sigmoid(z) } else { z }),
        );
    }

    /// Network `i` as PyTorch code (see [`export::pytorch_code`]).
    pub fn pytorch_code(&self, i: usize) -> String {
        export::pytorch_code(&self.cfg, i)
    }

    /// Network `i`'s current weights as JSON (see [`export::weights_json`]).
    pub fn weights_json(&self, i: usize) -> String {
        export::weights_json(&self.cfg, i, &self.runs[i].net, self.steps)
    }
}

/// Losses, accuracies, gradient norms and dead units of `run` on the whole dataset.
fn evaluate(run: &mut Run, data: &Dataset, loss: Loss) {
    let classify = data.kind.is_classification();
    let accuracy = |z: &[f64], y: &[f64]| -> f64 {
        let right = z
            .iter()
            .zip(y)
            .filter(|&(&z, &y)| (z > 0.0) == (y > 0.5))
            .count();
        right as f64 / y.len().max(1) as f64
    };
    let (n_train, n_test) = (data.train_len(), data.test_len());
    // Training set: loss, accuracy, dead units, and the full-batch gradient.
    run.net.forward(&data.train_x, n_train, &mut run.cache);
    run.d_out.resize(n_train, 0.0);
    let train_loss = loss.value_and_grad(run.cache.output(), &data.train_y, &mut run.d_out);
    let s = &mut run.stats;
    s.train_loss = train_loss;
    s.train_accuracy = classify.then(|| accuracy(run.cache.output(), &data.train_y));
    s.dead_units = dead_units(&run.net, &run.cache);
    run.net.backward(&run.cache, &run.d_out, &mut run.grads);
    s.grad_norms = (0..run.net.layers().len())
        .map(|l| run.grads.weight_norm(l))
        .collect();
    // Test set.
    run.net.forward(&data.test_x, n_test, &mut run.cache);
    s.test_loss = loss.value(run.cache.output(), &data.test_y);
    s.test_accuracy = classify.then(|| accuracy(run.cache.output(), &data.test_y));
    s.diverged = !train_loss.is_finite();
}

/// Per hidden layer of `net`, the units whose output is exactly 0 for every sample of the
/// batch in `cache` (from `net.forward`): dead ReLU-like units.
pub fn dead_units(net: &Mlp, cache: &ForwardCache) -> Vec<usize> {
    let batch = cache.batch();
    let layers = net.layers();
    (0..layers.len() - 1)
        .map(|l| {
            let n = layers[l].fan_out;
            let h = cache.post(l);
            (0..n)
                .filter(|&o| (0..batch).all(|s| h[s * n + o] == 0.0))
                .count()
        })
        .collect()
}
