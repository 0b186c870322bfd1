//! The training race's core: datasets made from a seed, losses, optimisers, a [`Trainer`]
//! that trains one network per activation from the same start, and the export of a network
//! as PyTorch code and JSON weights. Pure and deterministic: a configuration gives the same
//! losses to the last bit natively and in WebAssembly.
//!
//! ```
//! use activation_explorer::math::Activation;
//! use activation_explorer::train::{DatasetKind, TrainConfig, Trainer};
//!
//! let cfg = TrainConfig::new(DatasetKind::Circle, &[Activation::Relu, Activation::Tanh]);
//! let mut race = Trainer::new(cfg).unwrap();
//! race.step(20); // 20 updates of every network, then one evaluation
//! for run in race.runs() {
//!     println!("{}: test loss {:.3}", run.activation, run.test_loss);
//! }
//! let mut region = Vec::new();
//! race.grid(0, 64, &mut region); // relu's decision region, 64 × 64
//! assert_eq!(region.len(), 64 * 64);
//! ```

pub mod config;
pub mod dataset;
pub mod export;
pub mod loss;
pub mod optimizer;
pub mod trainer;

pub use config::{MAX_HIDDEN_LAYERS, MAX_RUNS, MAX_UNITS, TrainConfig, TrainConfigError};
pub use dataset::{DataConfig, DataError, Dataset, DatasetKind, UnknownDataset};
pub use loss::Loss;
pub use optimizer::{Optimizer, OptimizerConfig, OptimizerKind, UnknownOptimizer};
pub use trainer::{RunStats, Trainer, dead_units};
