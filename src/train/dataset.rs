//! The training race's datasets, made in code from a seed: TensorFlow Playground's four
//! classification sets and its plane regression, plus a 1-D regression (sin 3x).
//!
//! The generators follow the Playground's (`src/dataset.ts`): the same shapes, sample counts
//! (500 for classification, 1200 for its regression), noise definitions (its slider's 0–50 %
//! is `noise` 0–0.5 here), label rules and split (shuffle all, then the first part trains).
//! The random numbers are this crate's [`Rng`], not the Playground's seedrandom, so the points
//! differ from the Playground's for a given seed, but their distribution is the same.
//! Classification labels are 0 and 1 (the Playground's −1 and +1).

use std::fmt;
use std::str::FromStr;

use crate::nn::Rng;

/// Which dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatasetKind {
    /// `circle`: label 1 inside radius 2.5 (points drawn at r < 2.5), 0 in the ring 3.5–5;
    /// with noise the label is that of the point moved by noise·U(−5, 5) per coordinate.
    Circle,
    /// `xor`: x, y ~ U(−5, 5) pushed 0.3 away from the axes; label 1 where x·y ≥ 0 (of the
    /// point moved by noise·U(−5, 5)).
    Xor,
    /// `gauss`: two Gaussian blobs at (2, 2) (label 1) and (−2, −2) (label 0), variance
    /// 0.5 + 7·noise per coordinate.
    Gauss,
    /// `spiral`: two interleaved spirals, r = 5·i/n, angle 1.75·2π·i/n (+ π for label 0),
    /// plus noise·U(−1, 1) per coordinate.
    Spiral,
    /// `reg-plane`: x, y ~ U(−6, 6), target (x + y)/10 of the point moved by noise·U(−6, 6).
    RegPlane,
    /// `sin`: x ~ U(−2, 2), target sin(3x) + noise·N(0, 1): a 1-D regression.
    Sin,
}

/// The error of parsing an unknown dataset id; its message lists the known ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownDataset(pub String);

impl fmt::Display for UnknownDataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let known: Vec<&str> = DatasetKind::ALL.iter().map(|d| d.id()).collect();
        write!(
            f,
            "unknown dataset \"{}\"; known: {}",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownDataset {}

impl DatasetKind {
    /// Every dataset, classification first.
    pub const ALL: [DatasetKind; 6] = [
        DatasetKind::Circle,
        DatasetKind::Xor,
        DatasetKind::Gauss,
        DatasetKind::Spiral,
        DatasetKind::RegPlane,
        DatasetKind::Sin,
    ];

    /// The URL id.
    pub const fn id(self) -> &'static str {
        match self {
            DatasetKind::Circle => "circle",
            DatasetKind::Xor => "xor",
            DatasetKind::Gauss => "gauss",
            DatasetKind::Spiral => "spiral",
            DatasetKind::RegPlane => "reg-plane",
            DatasetKind::Sin => "sin",
        }
    }

    /// Whether the targets are class labels 0/1 (else real numbers).
    pub const fn is_classification(self) -> bool {
        matches!(
            self,
            DatasetKind::Circle | DatasetKind::Xor | DatasetKind::Gauss | DatasetKind::Spiral
        )
    }

    /// Inputs per sample: 2, or 1 for `sin`.
    pub const fn input_dim(self) -> usize {
        match self {
            DatasetKind::Sin => 1,
            _ => 2,
        }
    }

    /// The Playground's sample count: 500 for classification, 1200 for its regression; 200
    /// for `sin`.
    pub const fn default_samples(self) -> usize {
        match self {
            DatasetKind::RegPlane => 1200,
            DatasetKind::Sin => 200,
            _ => 500,
        }
    }

    /// The input range drawn (each coordinate): [−6, 6] like the Playground's heat map, [−2, 2]
    /// for `sin`.
    pub const fn domain(self) -> (f64, f64) {
        match self {
            DatasetKind::Sin => (-2.0, 2.0),
            _ => (-6.0, 6.0),
        }
    }
}

impl fmt::Display for DatasetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for DatasetKind {
    type Err = UnknownDataset;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DatasetKind::ALL
            .into_iter()
            .find(|d| d.id() == s)
            .ok_or_else(|| UnknownDataset(s.chars().take(64).collect()))
    }
}

/// How to make a dataset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DataConfig {
    /// Which dataset.
    pub kind: DatasetKind,
    /// Total samples (train + test), 2..=[`MAX_SAMPLES`].
    pub samples: usize,
    /// Noise, 0..=0.5 (the Playground's 0–50 %).
    pub noise: f64,
    /// The share that trains, in [0.1, 0.9] (the Playground's 10–90 %).
    pub train_fraction: f64,
}

/// The most samples a dataset may have.
pub const MAX_SAMPLES: usize = 10_000;

impl DataConfig {
    /// The Playground's defaults for `kind`: its sample count, no noise, half for training.
    pub fn new(kind: DatasetKind) -> DataConfig {
        DataConfig {
            kind,
            samples: kind.default_samples(),
            noise: 0.0,
            train_fraction: 0.5,
        }
    }

    /// Training samples: ⌊samples · train_fraction⌋ (the Playground's split), at least 1 and
    /// leaving at least 1 for testing.
    pub fn train_len(&self) -> usize {
        ((self.samples as f64 * self.train_fraction) as usize).clamp(1, self.samples - 1)
    }

    /// Checks the ranges.
    pub fn validate(&self) -> Result<(), DataError> {
        if !(2..=MAX_SAMPLES).contains(&self.samples) {
            return Err(DataError::Samples(self.samples));
        }
        if !(0.0..=0.5).contains(&self.noise) {
            return Err(DataError::Noise);
        }
        if !(0.1..=0.9).contains(&self.train_fraction) {
            return Err(DataError::TrainFraction);
        }
        Ok(())
    }
}

/// Why a data configuration was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// Sample count outside 2..=[`MAX_SAMPLES`].
    Samples(usize),
    /// Noise outside [0, 0.5] (or NaN).
    Noise,
    /// Train fraction outside [0.1, 0.9] (or NaN).
    TrainFraction,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Samples(n) => write!(f, "{n} samples is outside 2..={MAX_SAMPLES}"),
            DataError::Noise => write!(f, "noise must be in [0, 0.5]"),
            DataError::TrainFraction => write!(f, "the train fraction must be in [0.1, 0.9]"),
        }
    }
}

impl std::error::Error for DataError {}

/// A generated dataset, split. Inputs are row-major (one sample per row of `input_dim`).
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// Which dataset.
    pub kind: DatasetKind,
    /// Inputs per sample.
    pub input_dim: usize,
    /// Training inputs.
    pub train_x: Vec<f64>,
    /// Training targets (0/1 labels or values).
    pub train_y: Vec<f64>,
    /// Test inputs.
    pub test_x: Vec<f64>,
    /// Test targets.
    pub test_y: Vec<f64>,
}

impl Dataset {
    /// Generates `cfg`'s dataset from `rng`: all samples as the Playground draws them, then a
    /// shuffle, then the split.
    pub fn generate(cfg: &DataConfig, rng: &mut Rng) -> Result<Dataset, DataError> {
        cfg.validate()?;
        let n = cfg.samples;
        let noise = cfg.noise;
        let mut points: Vec<([f64; 2], f64)> = Vec::with_capacity(n);
        match cfg.kind {
            DatasetKind::Circle => {
                let radius = 5.0;
                let label = |x: f64, y: f64| f64::from(u8::from(libm::hypot(x, y) < radius * 0.5));
                for (count, r_lo, r_hi) in [
                    (n / 2, 0.0, radius * 0.5),
                    (n - n / 2, radius * 0.7, radius),
                ] {
                    for _ in 0..count {
                        let r = rng.uniform_in(r_lo, r_hi);
                        let angle = rng.uniform_in(0.0, 2.0 * std::f64::consts::PI);
                        let x = r * libm::sin(angle);
                        let y = r * libm::cos(angle);
                        let nx = rng.uniform_in(-radius, radius) * noise;
                        let ny = rng.uniform_in(-radius, radius) * noise;
                        points.push(([x, y], label(x + nx, y + ny)));
                    }
                }
            }
            DatasetKind::Xor => {
                let pad = |v: f64| if v > 0.0 { v + 0.3 } else { v - 0.3 };
                for _ in 0..n {
                    let x = pad(rng.uniform_in(-5.0, 5.0));
                    let y = pad(rng.uniform_in(-5.0, 5.0));
                    let nx = rng.uniform_in(-5.0, 5.0) * noise;
                    let ny = rng.uniform_in(-5.0, 5.0) * noise;
                    let label = f64::from(u8::from((x + nx) * (y + ny) >= 0.0));
                    points.push(([x, y], label));
                }
            }
            DatasetKind::Gauss => {
                let std = libm::sqrt(0.5 + 7.0 * noise);
                for (count, c, label) in [(n / 2, 2.0, 1.0), (n - n / 2, -2.0, 0.0)] {
                    for _ in 0..count {
                        let x = rng.normal_with(c, std);
                        let y = rng.normal_with(c, std);
                        points.push(([x, y], label));
                    }
                }
            }
            DatasetKind::Spiral => {
                for (count, delta, label) in
                    [(n / 2, 0.0, 1.0), (n - n / 2, std::f64::consts::PI, 0.0)]
                {
                    for i in 0..count {
                        let f = i as f64 / count as f64;
                        let r = f * 5.0;
                        let t = 1.75 * f * 2.0 * std::f64::consts::PI + delta;
                        let x = r * libm::sin(t) + rng.uniform_in(-1.0, 1.0) * noise;
                        let y = r * libm::cos(t) + rng.uniform_in(-1.0, 1.0) * noise;
                        points.push(([x, y], label));
                    }
                }
            }
            DatasetKind::RegPlane => {
                for _ in 0..n {
                    let x = rng.uniform_in(-6.0, 6.0);
                    let y = rng.uniform_in(-6.0, 6.0);
                    let nx = rng.uniform_in(-6.0, 6.0) * noise;
                    let ny = rng.uniform_in(-6.0, 6.0) * noise;
                    points.push(([x, y], (x + nx + y + ny) / 10.0));
                }
            }
            DatasetKind::Sin => {
                for _ in 0..n {
                    let x = rng.uniform_in(-2.0, 2.0);
                    let y = libm::sin(3.0 * x) + noise * rng.normal();
                    points.push(([x, 0.0], y));
                }
            }
        }
        rng.shuffle(&mut points);
        let d = cfg.kind.input_dim();
        let split = cfg.train_len();
        let mut data = Dataset {
            kind: cfg.kind,
            input_dim: d,
            train_x: Vec::with_capacity(split * d),
            train_y: Vec::with_capacity(split),
            test_x: Vec::with_capacity((n - split) * d),
            test_y: Vec::with_capacity(n - split),
        };
        for (i, (p, y)) in points.iter().enumerate() {
            let (xs, ys) = if i < split {
                (&mut data.train_x, &mut data.train_y)
            } else {
                (&mut data.test_x, &mut data.test_y)
            };
            xs.extend_from_slice(&p[..d]);
            ys.push(*y);
        }
        Ok(data)
    }

    /// Training samples.
    pub fn train_len(&self) -> usize {
        self.train_y.len()
    }

    /// Test samples.
    pub fn test_len(&self) -> usize {
        self.test_y.len()
    }
}
