//! A race's settings and their validation.

use std::fmt;

use super::dataset::{DataConfig, DataError, DatasetKind};
use super::loss::Loss;
use super::optimizer::OptimizerConfig;
use crate::math::Activation;
use crate::nn::{InitScheme, Nonlinearity};

/// The most hidden layers (the limit).
pub const MAX_HIDDEN_LAYERS: usize = 6;
/// The most units per hidden layer.
pub const MAX_UNITS: usize = 16;
/// The most networks in one race.
pub const MAX_RUNS: usize = 8;

/// A race's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainConfig {
    /// The dataset.
    pub data: DataConfig,
    /// Hidden layer sizes, e.g. `[8, 8]`: 0..=[`MAX_HIDDEN_LAYERS`] layers of 1..=[`MAX_UNITS`].
    pub hidden: Vec<usize>,
    /// One network per entry: the activation of all its hidden layers (1..=[`MAX_RUNS`]).
    pub activations: Vec<Nonlinearity>,
    /// The initialisation of every layer.
    pub init: InitScheme,
    /// The optimiser.
    pub optimizer: OptimizerConfig,
    /// Samples per step, 1..=training samples.
    pub batch: usize,
    /// The seed of data, weights and batch order.
    pub seed: u64,
}

impl TrainConfig {
    /// Defaults for a race on `kind` between `activations` (PyTorch's default parameters):
    /// two hidden layers of 8, PyTorch's default init, Adam with learning rate 0.03 (the
    /// Playground's rate), batch 10 (the Playground's), seed 0.
    pub fn new(kind: DatasetKind, activations: &[Activation]) -> TrainConfig {
        TrainConfig {
            data: DataConfig::new(kind),
            hidden: vec![8, 8],
            activations: activations
                .iter()
                .map(|&a| Nonlinearity::with_defaults(a))
                .collect(),
            init: InitScheme::Pytorch,
            optimizer: OptimizerConfig::adam(0.03),
            batch: 10,
            seed: 0,
        }
    }

    /// Layer sizes: inputs, hidden…, 1 output.
    pub fn sizes(&self) -> Vec<usize> {
        let mut s = vec![self.data.kind.input_dim()];
        s.extend(&self.hidden);
        s.push(1);
        s
    }

    /// The loss: BCE with logits for classification, MSE for regression.
    pub fn loss(&self) -> Loss {
        if self.data.kind.is_classification() {
            Loss::BceWithLogits
        } else {
            Loss::Mse
        }
    }

    /// Checks every setting.
    pub fn validate(&self) -> Result<(), TrainConfigError> {
        self.data.validate().map_err(TrainConfigError::Data)?;
        if self.hidden.len() > MAX_HIDDEN_LAYERS
            || self.hidden.iter().any(|&u| !(1..=MAX_UNITS).contains(&u))
        {
            return Err(TrainConfigError::Hidden);
        }
        if !(1..=MAX_RUNS).contains(&self.activations.len()) {
            return Err(TrainConfigError::Runs(self.activations.len()));
        }
        if !(1..=self.data.train_len()).contains(&self.batch) {
            return Err(TrainConfigError::Batch(self.batch));
        }
        if !self.optimizer.is_valid() {
            return Err(TrainConfigError::Optimizer);
        }
        if !self.init.is_valid() {
            return Err(TrainConfigError::Init);
        }
        Ok(())
    }
}

/// Why a race configuration was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum TrainConfigError {
    /// The dataset settings.
    Data(DataError),
    /// Too many hidden layers, or a size outside 1..=[`MAX_UNITS`].
    Hidden,
    /// Not 1..=[`MAX_RUNS`] activations.
    Runs(usize),
    /// Batch outside 1..=training samples.
    Batch(usize),
    /// Learning rate, momentum or L2 out of range.
    Optimizer,
    /// A non-finite or negative number in the init scheme.
    Init,
}

impl fmt::Display for TrainConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrainConfigError::Data(e) => e.fmt(f),
            TrainConfigError::Hidden => write!(
                f,
                "at most {MAX_HIDDEN_LAYERS} hidden layers of 1 to {MAX_UNITS} units"
            ),
            TrainConfigError::Runs(n) => write!(f, "{n} networks: 1 to {MAX_RUNS} are possible"),
            TrainConfigError::Batch(b) => {
                write!(f, "batch {b} is outside 1..=the training samples")
            }
            TrainConfigError::Optimizer => write!(
                f,
                "the learning rate must be > 0, momentum in [0, 1), L2 ≥ 0"
            ),
            TrainConfigError::Init => write!(f, "the init scheme's numbers must be finite and ≥ 0"),
        }
    }
}

impl std::error::Error for TrainConfigError {}
