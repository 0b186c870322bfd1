//! A multilayer perceptron in f64: dense layers, an activation per hidden layer, a linear
//! output, a forward pass that caches the pre-activations, and a backward pass.
//!
//! Storage: each layer keeps Wᵀ (`wt`, fan_in rows of fan_out, row-major), so the forward
//! product Z = H·Wᵀ + b is a plain row-major [`gemm`] whose inner loop runs over contiguous
//! outputs; [`Dense::weight`] and [`Dense::weight_matrix`] give PyTorch's `weight[out][in]`.
//! A batch is row-major too: one sample per row.
//!
//! f64, not f32: the training race's networks are tiny (2-8-8-1, batch 10), where the time
//! goes to activation calls and bookkeeping, not to products, and where bit-exact
//! reproducibility and exported weights benefit from full precision. The depth simulation
//! (`depth::sim`), whose products dominate, runs the same kernels in f32.
//!
//! No allocation per call once the buffers have the batch's size: [`ForwardCache`] and
//! [`Gradients`] are created once and reused.

use super::gemm::{gemm, transpose};
use super::init::InitScheme;
use super::rng::Rng;
use crate::math::{Activation, Params};

/// An activation with its parameters, applied elementwise after a layer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nonlinearity {
    /// Which function.
    pub activation: Activation,
    /// Its parameters (only the ones it reads matter).
    pub params: Params,
}

impl Nonlinearity {
    /// `a` with parameters `p`.
    pub fn new(a: Activation, p: &Params) -> Nonlinearity {
        Nonlinearity {
            activation: a,
            params: *p,
        }
    }

    /// `a` with PyTorch's default parameters.
    pub fn with_defaults(a: Activation) -> Nonlinearity {
        Nonlinearity::new(a, &Params::default())
    }

    /// f(x).
    #[inline]
    pub fn eval(&self, x: f64) -> f64 {
        self.activation.eval_with(x, &self.params)
    }

    /// f′(x), PyTorch's convention at kinks.
    #[inline]
    pub fn derivative(&self, x: f64) -> f64 {
        self.activation.derivative_with(x, &self.params)
    }
}

/// One dense layer: z = W·x + b, then the nonlinearity (none: the identity).
#[derive(Clone, Debug, PartialEq)]
pub struct Dense {
    /// Inputs per sample.
    pub fan_in: usize,
    /// Outputs per sample.
    pub fan_out: usize,
    /// Wᵀ: `wt[i * fan_out + o]` is PyTorch's `weight[o][i]`.
    pub wt: Vec<f64>,
    /// The bias, `fan_out` values.
    pub b: Vec<f64>,
    /// The activation after the layer; `None` for a linear layer (the output).
    pub nonlinearity: Option<Nonlinearity>,
}

impl Dense {
    /// PyTorch's `weight[out][inp]`.
    #[inline]
    pub fn weight(&self, out: usize, inp: usize) -> f64 {
        self.wt[inp * self.fan_out + out]
    }

    /// The weights in PyTorch's layout: fan_out rows of fan_in, row-major.
    pub fn weight_matrix(&self) -> Vec<f64> {
        let mut w = vec![0.0; self.fan_in * self.fan_out];
        transpose(self.fan_in, self.fan_out, &self.wt, &mut w);
        w
    }
}

/// A multilayer perceptron: dense layers, the last one linear.
#[derive(Clone, Debug, PartialEq)]
pub struct Mlp {
    layers: Vec<Dense>,
}

impl Mlp {
    /// A network with layer sizes `sizes` (inputs, hidden…, outputs), `hidden[l]` after hidden
    /// layer l and a linear output, initialised by `init` from `rng`: layer by layer, PyTorch's
    /// `weight[out][in]` in row-major order, then the bias (see [`InitScheme::fill`]).
    ///
    /// # Panics
    /// If `sizes` has fewer than 2 entries, a size is 0, or `hidden.len() != sizes.len() - 2`.
    pub fn new(sizes: &[usize], hidden: &[Nonlinearity], init: &InitScheme, rng: &mut Rng) -> Mlp {
        assert!(sizes.len() >= 2, "an MLP needs an input and an output size");
        assert!(sizes.iter().all(|&s| s > 0), "layer sizes must be positive");
        assert_eq!(
            hidden.len(),
            sizes.len() - 2,
            "one nonlinearity per hidden layer"
        );
        let mut layers = Vec::with_capacity(sizes.len() - 1);
        let mut w = Vec::new();
        for l in 0..sizes.len() - 1 {
            let (fan_in, fan_out) = (sizes[l], sizes[l + 1]);
            w.clear();
            w.resize(fan_in * fan_out, 0.0);
            let mut b = vec![0.0; fan_out];
            init.fill(rng, fan_in, fan_out, &mut w, &mut b);
            let mut wt = vec![0.0; fan_in * fan_out];
            transpose(fan_out, fan_in, &w, &mut wt);
            layers.push(Dense {
                fan_in,
                fan_out,
                wt,
                b,
                nonlinearity: hidden.get(l).copied(),
            });
        }
        Mlp { layers }
    }

    /// A network from given layers (checked: consecutive sizes match, buffers have their sizes).
    ///
    /// # Panics
    /// If the layers do not fit together.
    pub fn from_layers(layers: Vec<Dense>) -> Mlp {
        assert!(!layers.is_empty(), "an MLP needs a layer");
        for (l, d) in layers.iter().enumerate() {
            assert_eq!(d.wt.len(), d.fan_in * d.fan_out, "layer {l}: weights");
            assert_eq!(d.b.len(), d.fan_out, "layer {l}: bias");
            if l > 0 {
                assert_eq!(layers[l - 1].fan_out, d.fan_in, "layer {l}: fan_in");
            }
        }
        Mlp { layers }
    }

    /// The layers, input side first.
    pub fn layers(&self) -> &[Dense] {
        &self.layers
    }

    /// The layers, mutable (an optimiser updates `wt` and `b` in place).
    pub fn layers_mut(&mut self) -> &mut [Dense] {
        &mut self.layers
    }

    /// The layer sizes: inputs, hidden…, outputs.
    pub fn sizes(&self) -> Vec<usize> {
        let mut s = vec![self.layers[0].fan_in];
        s.extend(self.layers.iter().map(|d| d.fan_out));
        s
    }

    /// Inputs per sample.
    pub fn input_size(&self) -> usize {
        self.layers[0].fan_in
    }

    /// Outputs per sample.
    pub fn output_size(&self) -> usize {
        self.layers[self.layers.len() - 1].fan_out
    }

    /// The number of weights and biases.
    pub fn parameter_count(&self) -> usize {
        self.layers.iter().map(|d| d.wt.len() + d.b.len()).sum()
    }

    /// The forward pass of `batch` samples (`input`: batch × input_size, row-major) into
    /// `cache`, which keeps the input, every layer's pre-activations Z and outputs H;
    /// [`ForwardCache::output`] is the result. Reuses the cache's buffers.
    ///
    /// # Panics
    /// If `input.len() != batch * input_size`.
    pub fn forward(&self, input: &[f64], batch: usize, cache: &mut ForwardCache) {
        assert_eq!(input.len(), batch * self.input_size(), "input size");
        cache.prepare(self, batch);
        cache.input.copy_from_slice(input);
        for (l, d) in self.layers.iter().enumerate() {
            let (done, rest) = cache.post.split_at_mut(l);
            let h_in: &[f64] = if l == 0 { &cache.input } else { &done[l - 1] };
            let z = &mut cache.pre[l];
            gemm(
                batch, d.fan_out, d.fan_in, h_in, d.fan_in, 1, &d.wt, d.fan_out, z, d.fan_out,
            );
            for row in z.chunks_exact_mut(d.fan_out) {
                for (v, &bias) in row.iter_mut().zip(&d.b) {
                    *v += bias;
                }
            }
            let h = &mut rest[0];
            match &d.nonlinearity {
                Some(f) => {
                    for (o, &x) in h.iter_mut().zip(z.iter()) {
                        *o = f.eval(x);
                    }
                }
                None => h.copy_from_slice(z),
            }
        }
    }

    /// The backward pass for the batch in `cache` (from [`Mlp::forward`] on this network):
    /// given `d_output` = ∂L/∂(output) (batch × output_size), fills `grads` with ∂L/∂W (as
    /// Wᵀ, like the layers), ∂L/∂b and ∂L/∂Z of every layer.
    ///
    /// # Panics
    /// If the cache does not match this network or `d_output` has the wrong size.
    pub fn backward(&self, cache: &ForwardCache, d_output: &[f64], grads: &mut Gradients) {
        let batch = cache.batch;
        let last = self.layers.len() - 1;
        assert_eq!(
            cache.pre.len(),
            self.layers.len(),
            "cache from another network"
        );
        assert_eq!(d_output.len(), batch * self.output_size(), "d_output size");
        grads.prepare(self, batch);
        // ∂L/∂Z of the output layer.
        {
            let d = &self.layers[last];
            let dz = &mut grads.pre[last];
            match &d.nonlinearity {
                Some(f) => {
                    for ((g, &go), &z) in dz.iter_mut().zip(d_output).zip(&cache.pre[last]) {
                        *g = go * f.derivative(z);
                    }
                }
                None => dz.copy_from_slice(d_output),
            }
        }
        for l in (0..=last).rev() {
            let d = &self.layers[l];
            let h_in: &[f64] = if l == 0 {
                &cache.input
            } else {
                &cache.post[l - 1]
            };
            let (lower, upper) = grads.pre.split_at_mut(l);
            let dz = &upper[0];
            // ∂L/∂Wᵀ = H_inᵀ · dZ (fan_in × fan_out), H_in read transposed.
            gemm(
                d.fan_in,
                d.fan_out,
                batch,
                h_in,
                1,
                d.fan_in,
                dz,
                d.fan_out,
                &mut grads.wt[l],
                d.fan_out,
            );
            // ∂L/∂b = Σ over the batch, in sample order.
            let db = &mut grads.b[l];
            db.fill(0.0);
            for row in dz.chunks_exact(d.fan_out) {
                for (g, &v) in db.iter_mut().zip(row) {
                    *g += v;
                }
            }
            if l == 0 {
                break;
            }
            // ∂L/∂H_in = dZ · W (batch × fan_in), W = (Wᵀ)ᵀ in a scratch buffer.
            let w = &mut grads.w_scratch;
            w.resize(d.fan_in * d.fan_out, 0.0);
            transpose(d.fan_in, d.fan_out, &d.wt, w);
            let dh = &mut lower[l - 1];
            gemm(
                batch, d.fan_in, d.fan_out, dz, d.fan_out, 1, w, d.fan_in, dh, d.fan_in,
            );
            // ∂L/∂Z_in = ∂L/∂H_in ⊙ f′(Z_in).
            let prev = &self.layers[l - 1];
            if let Some(f) = &prev.nonlinearity {
                for (g, &z) in dh.iter_mut().zip(&cache.pre[l - 1]) {
                    *g *= f.derivative(z);
                }
            }
        }
    }
}

/// What [`Mlp::forward`] keeps for the backward pass; create once, reuse.
#[derive(Clone, Debug, Default)]
pub struct ForwardCache {
    batch: usize,
    input: Vec<f64>,
    pre: Vec<Vec<f64>>,
    post: Vec<Vec<f64>>,
}

impl ForwardCache {
    /// An empty cache (sized on first use).
    pub fn new() -> ForwardCache {
        ForwardCache::default()
    }

    /// Sizes the buffers for `net` and `batch` (no allocation if they already fit).
    fn prepare(&mut self, net: &Mlp, batch: usize) {
        self.batch = batch;
        let n = net.layers.len();
        self.input.resize(batch * net.input_size(), 0.0);
        self.pre.resize_with(n, Vec::new);
        self.post.resize_with(n, Vec::new);
        for (l, d) in net.layers.iter().enumerate() {
            self.pre[l].resize(batch * d.fan_out, 0.0);
            self.post[l].resize(batch * d.fan_out, 0.0);
        }
    }

    /// The batch size of the last forward pass.
    pub fn batch(&self) -> usize {
        self.batch
    }

    /// The input of the last forward pass (batch × input_size).
    pub fn input(&self) -> &[f64] {
        &self.input
    }

    /// Layer `l`'s pre-activations Z (batch × fan_out).
    pub fn pre(&self, l: usize) -> &[f64] {
        &self.pre[l]
    }

    /// Layer `l`'s outputs H = f(Z) (batch × fan_out).
    pub fn post(&self, l: usize) -> &[f64] {
        &self.post[l]
    }

    /// The network's output (batch × output_size).
    pub fn output(&self) -> &[f64] {
        self.post.last().map(Vec::as_slice).unwrap_or(&[])
    }
}

/// The gradients of [`Mlp::backward`]; create once, reuse.
#[derive(Clone, Debug, Default)]
pub struct Gradients {
    /// ∂L/∂Wᵀ per layer, laid out like [`Dense::wt`].
    pub wt: Vec<Vec<f64>>,
    /// ∂L/∂b per layer.
    pub b: Vec<Vec<f64>>,
    /// ∂L/∂Z per layer (batch × fan_out).
    pub pre: Vec<Vec<f64>>,
    w_scratch: Vec<f64>,
}

impl Gradients {
    /// Empty gradients (sized on first use).
    pub fn new() -> Gradients {
        Gradients::default()
    }

    fn prepare(&mut self, net: &Mlp, batch: usize) {
        let n = net.layers.len();
        self.wt.resize_with(n, Vec::new);
        self.b.resize_with(n, Vec::new);
        self.pre.resize_with(n, Vec::new);
        for (l, d) in net.layers.iter().enumerate() {
            self.wt[l].resize(d.fan_in * d.fan_out, 0.0);
            self.b[l].resize(d.fan_out, 0.0);
            self.pre[l].resize(batch * d.fan_out, 0.0);
        }
    }

    /// The Frobenius norm of layer `l`'s weight gradient ‖∂L/∂W‖.
    pub fn weight_norm(&self, l: usize) -> f64 {
        libm::sqrt(self.wt[l].iter().map(|g| g * g).sum())
    }
}
