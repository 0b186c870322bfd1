//! The losses: binary cross-entropy on a logit for the classification sets, mean squared
//! error for the regressions.
//!
//! Why not the Playground's choice (a tanh output unit and squared error against ±1): with
//! a linear output read as a logit and BCE, the output layer is the same for every
//! activation, so the race compares the hidden activations only; the gradient does not
//! vanish when the output saturates on a wrong answer; and it is what a PyTorch user writes
//! (`nn.BCEWithLogitsLoss()`), so the exported code is idiomatic. Accuracy thresholds the
//! logit at 0 (probability ½).

use crate::math::{Activation, Params};

/// A loss over a batch, averaged over the samples (PyTorch's `reduction='mean'`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Loss {
    /// `nn.BCEWithLogitsLoss()`: mean of max(z, 0) − z·y + log(1 + e^−|z|), y ∈ {0, 1}.
    BceWithLogits,
    /// `nn.MSELoss()`: mean of (z − y)².
    Mse,
}

impl Loss {
    /// The PyTorch constructor, e.g. `nn.BCEWithLogitsLoss()`.
    pub const fn pytorch(self) -> &'static str {
        match self {
            Loss::BceWithLogits => "nn.BCEWithLogitsLoss()",
            Loss::Mse => "nn.MSELoss()",
        }
    }

    /// The id written to the weights JSON (`bce_with_logits`, `mse`).
    pub const fn id(self) -> &'static str {
        match self {
            Loss::BceWithLogits => "bce_with_logits",
            Loss::Mse => "mse",
        }
    }

    /// The mean loss of outputs `z` against `y`.
    pub fn value(self, z: &[f64], y: &[f64]) -> f64 {
        let sum: f64 = z.iter().zip(y).map(|(&z, &y)| self.single(z, y)).sum();
        sum / z.len().max(1) as f64
    }

    /// The mean loss, and ∂(mean loss)/∂z into `grad`.
    pub fn value_and_grad(self, z: &[f64], y: &[f64], grad: &mut [f64]) -> f64 {
        let n = z.len().max(1) as f64;
        let mut sum = 0.0;
        for ((g, &z), &y) in grad.iter_mut().zip(z).zip(y) {
            sum += self.single(z, y);
            *g = match self {
                Loss::BceWithLogits => (sigmoid(z) - y) / n,
                Loss::Mse => 2.0 * (z - y) / n,
            };
        }
        sum / n
    }

    fn single(self, z: f64, y: f64) -> f64 {
        match self {
            Loss::BceWithLogits => z.max(0.0) - z * y + libm::log1p(libm::exp(-z.abs())),
            Loss::Mse => (z - y) * (z - y),
        }
    }
}

/// σ(z), the exact one from the math module.
#[inline]
pub(crate) fn sigmoid(z: f64) -> f64 {
    Activation::Sigmoid.eval_with(z, &Params::default())
}
