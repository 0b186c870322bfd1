//! Pinned numbers of a race and of simulations, shared by the native tests and the wasm test
//! (`tests/wasm_nn.rs`): the same configuration must give these bits on every platform ("the
//! same URL gives the same losses to the last digit"). Both were measured natively and in V8
//! (wasm32, with and without simd128, opt-level 3 and "z") and agree. Update a constant only
//! for a deliberate change of the numbers: it changes every URL's results.

// Each test crate uses only part of this module.
#![allow(dead_code)]

use activation_explorer::depth::sim::{SimConfig, Simulation};
use activation_explorer::math::Activation;
use activation_explorer::nn::InitScheme;
use activation_explorer::train::{DatasetKind, TrainConfig, Trainer};

/// FNV-1a over 64-bit words.
fn fnv(h: u64, word: u64) -> u64 {
    (h ^ word).wrapping_mul(0x100_0000_01b3)
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of [`race_hash`]'s race.
pub const RACE_HASH: u64 = 0xa71f_aea9_40c3_94ba;

/// The hash of [`sim_hash`]'s simulations.
pub const SIM_HASH: u64 = 0x75a4_a2e4_bac3_aa3a;

/// A race on the circle (relu, tanh, sigmoid, mish; defaults): the bits of every train and
/// test loss after each of 25 single steps.
pub fn race_hash() -> u64 {
    use Activation::*;
    let cfg = TrainConfig::new(DatasetKind::Circle, &[Relu, Tanh, Sigmoid, Mish]);
    let mut t = Trainer::new(cfg).unwrap();
    let mut h = FNV_START;
    for _ in 0..25 {
        t.step(1);
        for r in t.runs() {
            h = fnv(h, r.train_loss.to_bits());
            h = fnv(h, r.test_loss.to_bits());
        }
    }
    h
}

/// Six small simulations (six activations, four init schemes including orthogonal): the bits
/// of every forward and backward statistic.
pub fn sim_hash() -> u64 {
    use Activation::*;
    let acts = [Relu, Tanh, Gelu, Selu, Mish, Softplus];
    let inits = [
        InitScheme::He,
        InitScheme::Xavier,
        InitScheme::Pytorch,
        InitScheme::Orthogonal { gain: 1.2 },
    ];
    let mut h = FNV_START;
    for (k, a) in acts.into_iter().enumerate() {
        let cfg = SimConfig {
            depth: 6,
            width: 40,
            batch: 22,
            backward_batch: 13,
            seed: k as u64,
            ..SimConfig::new(a, inits[k % 4])
        };
        let mut s = Simulation::new(cfg).unwrap();
        s.run();
        for l in s.forward_stats() {
            for v in [
                l.mean,
                l.variance,
                l.second_moment,
                l.dead_fraction,
                l.saturated_fraction,
                l.correlation,
            ] {
                h = fnv(h, v.to_bits());
            }
        }
        for g in s.backward_stats() {
            h = fnv(h, g.grad_norm.to_bits());
            h = fnv(h, g.grad_second_moment.to_bits());
        }
    }
    h
}
