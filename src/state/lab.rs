//! The depth lab's settings in the state (`init`, `sw2`, `sb2`, `depth`, `width`, `batch`,
//! `seed`) and their limits. The activations are the shared `fn` key.

use crate::depth::sim::{MAX_BATCH, MAX_DEPTH, MAX_WEIGHTS, MAX_WIDTH};
use crate::nn::InitScheme;

/// The accepted range of an integer setting of the lab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntLimits {
    /// Smallest accepted value.
    pub min: u64,
    /// Largest accepted value.
    pub max: u64,
    /// The default.
    pub default: u64,
}

/// `depth`: layers of the simulated network.
pub const DEPTH: IntLimits = IntLimits {
    min: 1,
    max: MAX_DEPTH as u64,
    default: 50,
};
/// `width`: units per layer.
pub const WIDTH: IntLimits = IntLimits {
    min: 2,
    max: MAX_WIDTH as u64,
    default: 256,
};
/// `batch`: samples (in pairs, for the correlation).
pub const BATCH: IntLimits = IntLimits {
    min: 2,
    max: MAX_BATCH as u64,
    default: 256,
};
/// `seed`: the random seed of inputs and weights (a 32-bit number).
pub const SEED: IntLimits = IntLimits {
    min: 0,
    max: u32::MAX as u64,
    default: 0,
};
/// `sw2`: σw² of `init=custom`, in [0, 10].
pub const SW2_RANGE: (f64, f64) = (0.0, 10.0);
/// `sb2`: σb² of `init=custom`, in [0, 2].
pub const SB2_RANGE: (f64, f64) = (0.0, 2.0);
/// depth × width² may not exceed this (the weights the simulation keeps at once).
pub const LAB_MAX_WEIGHTS: usize = MAX_WEIGHTS;

/// The depth lab's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabSettings {
    /// The initialisation (`init`; `custom` carries `sw2`, `sb2`; `orthogonal` has gain 1).
    pub init: InitScheme,
    /// Layers.
    pub depth: usize,
    /// Units per layer.
    pub width: usize,
    /// Samples.
    pub batch: usize,
    /// The seed.
    pub seed: u64,
}

impl Default for LabSettings {
    /// PyTorch's `nn.Linear` initialisation, 50 layers of 256 units, a batch of 256, seed 0.
    fn default() -> Self {
        LabSettings {
            init: InitScheme::default(),
            depth: DEPTH.default as usize,
            width: WIDTH.default as usize,
            batch: BATCH.default as usize,
            seed: SEED.default,
        }
    }
}

impl LabSettings {
    /// Whether depth × width² is within [`LAB_MAX_WEIGHTS`].
    pub fn size_ok(&self) -> bool {
        self.depth
            .checked_mul(self.width)
            .and_then(|x| x.checked_mul(self.width))
            .is_some_and(|n| n <= LAB_MAX_WEIGHTS)
    }

    /// Whether every setting is within its limits (what a URL can give).
    pub fn is_valid(&self) -> bool {
        let within = |v: u64, l: IntLimits| (l.min..=l.max).contains(&v);
        let init_ok = match self.init {
            InitScheme::Custom { sigma_w2, sigma_b2 } => {
                (SW2_RANGE.0..=SW2_RANGE.1).contains(&sigma_w2)
                    && (SB2_RANGE.0..=SB2_RANGE.1).contains(&sigma_b2)
            }
            InitScheme::Orthogonal { gain } => gain == 1.0,
            _ => true,
        };
        init_ok
            && within(self.depth as u64, DEPTH)
            && within(self.width as u64, WIDTH)
            && within(self.batch as u64, BATCH)
            && within(self.seed, SEED)
            && self.size_ok()
    }
}

/// The state a guide link to the lab opens: the depth view with the link's activations,
/// initialisation and depth, the other lab settings at their defaults (so the link shows the
/// same network to everyone); language, theme and parameters stay.
pub fn open_lab_link(state: &super::AppState, link: &crate::guide::LabLink) -> super::AppState {
    super::AppState {
        view: super::View::Depth,
        fns: link.fns.to_vec(),
        lab: LabSettings {
            init: link.init,
            depth: link.depth,
            ..LabSettings::default()
        },
        ..state.clone()
    }
}
