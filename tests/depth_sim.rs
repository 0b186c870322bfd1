//! The depth lab's simulation: the layer-by-layer API, reproducibility, statistics checked
//! against an independent f64 recomputation, constructed cases with known answers (dead
//! units, saturation, correlation), and the mean-field behaviours it must show: ReLU with He
//! keeps the pre-activation variance and the gradient norm, tanh with a small σw² shrinks
//! both.

use activation_explorer::depth::sim::{
    MAX_WEIGHTS, SimConfig, SimConfigError, SimStep, Simulation,
};
use activation_explorer::math::{Activation, Params};
use activation_explorer::nn::InitScheme;

mod pinned_numbers;

/// A configuration small enough for a debug build.
fn small(a: Activation, init: InitScheme, depth: usize) -> SimConfig {
    SimConfig {
        depth,
        width: 128,
        batch: 64,
        backward_batch: 32,
        ..SimConfig::new(a, init)
    }
}

fn run(cfg: SimConfig) -> Simulation {
    let mut sim = Simulation::new(cfg).expect("valid config");
    sim.run();
    sim
}

#[test]
fn steps_go_forward_up_then_backward_down_then_stop() {
    let cfg = SimConfig {
        depth: 4,
        width: 8,
        batch: 6,
        backward_batch: 6,
        ..SimConfig::new(Activation::Tanh, InitScheme::Xavier)
    };
    let mut sim = Simulation::new(cfg).unwrap();
    assert_eq!(sim.progress(), (0, 8));
    let mut layers = Vec::new();
    loop {
        match sim.step() {
            SimStep::Forward(s) => layers.push(s.layer as i64),
            SimStep::Backward(g) => layers.push(-(g.layer as i64)),
            SimStep::Done => break,
        }
    }
    assert_eq!(layers, [1, 2, 3, 4, -4, -3, -2, -1]);
    assert!(sim.is_done());
    assert_eq!(sim.progress(), (8, 8));
    assert_eq!(sim.step(), SimStep::Done);
    assert_eq!(sim.forward_stats().len(), 4);
    assert_eq!(sim.backward_stats().len(), 4);
}

#[test]
fn a_seed_reproduces_every_number_and_restart_equals_new() {
    let cfg = small(Activation::Gelu, InitScheme::He, 6);
    let a = run(cfg);
    let b = run(cfg);
    assert_eq!(a.forward_stats(), b.forward_stats());
    assert_eq!(a.backward_stats(), b.backward_stats());
    // Bit for bit, not just ==: compare the bits of every number.
    let bits = |s: &Simulation| -> Vec<u64> {
        s.forward_stats()
            .iter()
            .flat_map(|l| [l.mean, l.variance, l.correlation, l.saturated_fraction])
            .chain(s.backward_stats().iter().map(|g| g.grad_norm))
            .map(f64::to_bits)
            .collect()
    };
    assert_eq!(bits(&a), bits(&b));
    // Restart: another configuration, then back.
    let mut c = Simulation::new(small(Activation::Relu, InitScheme::Lecun, 3)).unwrap();
    c.run();
    c.restart(cfg).unwrap();
    c.run();
    assert_eq!(bits(&a), bits(&c));
    // Another seed: other numbers.
    let d = run(SimConfig { seed: 1, ..cfg });
    assert_ne!(bits(&a), bits(&d));
    // The first layers do not depend on the depth (one random stream per layer).
    let deeper = run(SimConfig { depth: 9, ..cfg });
    assert_eq!(&deeper.forward_stats()[..6], a.forward_stats());
}

/// The pinned simulations (see `tests/pinned_numbers`): the wasm test checks the same bits.
#[test]
fn pinned_simulations_give_the_pinned_statistics() {
    let hash = pinned_numbers::sim_hash();
    assert_eq!(
        hash,
        pinned_numbers::SIM_HASH,
        "the simulation's numbers changed: {hash:#018x}"
    );
}

#[test]
fn invalid_configurations_are_refused() {
    let ok = small(Activation::Relu, InitScheme::He, 5);
    let err = |cfg: SimConfig| Simulation::new(cfg).unwrap_err();
    assert_eq!(err(SimConfig { depth: 0, ..ok }), SimConfigError::Depth(0));
    assert_eq!(
        err(SimConfig { depth: 201, ..ok }),
        SimConfigError::Depth(201)
    );
    assert_eq!(err(SimConfig { width: 0, ..ok }), SimConfigError::Width(0));
    assert_eq!(err(SimConfig { batch: 1, ..ok }), SimConfigError::Batch(1));
    assert_eq!(
        err(SimConfig {
            backward_batch: 65,
            ..ok
        }),
        SimConfigError::BackwardBatch(65)
    );
    assert_eq!(
        err(SimConfig {
            depth: 200,
            width: 1024,
            ..ok
        }),
        SimConfigError::TooLarge
    );
    // The lab's deepest network at the default width fits.
    let deepest = SimConfig {
        depth: 200,
        width: 256,
        ..ok
    };
    assert_eq!(deepest.validate(), Ok(()));
    // The weight limit is depth × width² ≤ MAX_WEIGHTS, inclusive.
    let at_limit = SimConfig {
        depth: MAX_WEIGHTS / (1024 * 1024),
        width: 1024,
        ..ok
    };
    assert_eq!(at_limit.validate(), Ok(()));
    assert_eq!(
        SimConfig {
            depth: at_limit.depth + 1,
            ..at_limit
        }
        .validate(),
        Err(SimConfigError::TooLarge)
    );
    assert_eq!(
        err(SimConfig {
            input_correlation: f64::NAN,
            ..ok
        }),
        SimConfigError::Correlation
    );
    assert_eq!(
        err(SimConfig {
            init: InitScheme::Custom {
                sigma_w2: -1.0,
                sigma_b2: 0.0
            },
            ..ok
        }),
        SimConfigError::Init
    );
    // A refused restart leaves the simulation as it was.
    let mut sim = Simulation::new(ok).unwrap();
    assert!(sim.restart(SimConfig { depth: 0, ..ok }).is_err());
    assert_eq!(sim.config(), &ok);
    assert!(
        !sim.restart(SimConfig { depth: 0, ..ok })
            .unwrap_err()
            .to_string()
            .is_empty()
    );
}

/// Recomputes every statistic in f64 with the exact activation from the simulation's own
/// inputs, weights, biases and output direction, and compares.
#[test]
fn statistics_match_an_independent_f64_recomputation() {
    for (a, init) in [
        (Activation::Tanh, InitScheme::Xavier),
        (Activation::Relu, InitScheme::Pytorch),
        (Activation::Selu, InitScheme::Lecun),
    ] {
        let cfg = SimConfig {
            depth: 4,
            width: 16,
            batch: 10,
            backward_batch: 6,
            input_correlation: 0.3,
            ..SimConfig::new(a, init)
        };
        let sim = run(cfg);
        let (n, batch, sub) = (cfg.width, cfg.batch, cfg.backward_batch);
        let p = Params::default();
        let mut h: Vec<f64> = sim.inputs().iter().map(|&x| f64::from(x)).collect();
        let mut zs = Vec::new();
        for l in 1..=cfg.depth {
            let (wt, b) = (sim.weights(l), sim.biases(l));
            let mut z = vec![0.0; batch * n];
            for s in 0..batch {
                for o in 0..n {
                    z[s * n + o] = f64::from(b[o])
                        + (0..n)
                            .map(|i| h[s * n + i] * f64::from(wt[i * n + o]))
                            .sum::<f64>();
                }
            }
            let stats = sim.forward_stats()[l - 1];
            let count = (batch * n) as f64;
            let mean = z.iter().sum::<f64>() / count;
            let second = z.iter().map(|v| v * v).sum::<f64>() / count;
            let close = |x: f64, y: f64, what: &str| {
                assert!(
                    (x - y).abs() <= 1e-4 * (1.0 + y.abs()),
                    "{a:?} layer {l} {what}: {x} vs {y}"
                )
            };
            close(stats.mean, mean, "mean");
            close(stats.second_moment, second, "second moment");
            close(stats.variance, second - mean * mean, "variance");
            let corr = (0..batch / 2)
                .map(|k| {
                    let (za, zb) = (&z[2 * k * n..][..n], &z[(2 * k + 1) * n..][..n]);
                    let ab: f64 = za.iter().zip(zb).map(|(x, y)| x * y).sum();
                    let aa: f64 = za.iter().map(|x| x * x).sum();
                    let bb: f64 = zb.iter().map(|x| x * x).sum();
                    ab / (aa * bb).sqrt()
                })
                .sum::<f64>()
                / (batch / 2) as f64;
            close(stats.correlation, corr, "correlation");
            let saturated = z[..sub * n]
                .iter()
                .filter(|&&v| a.derivative_with(v, &p).abs() < 0.01)
                .count() as f64
                / (sub * n) as f64;
            assert!(
                (stats.saturated_fraction - saturated).abs() <= 2.0 / (sub * n) as f64,
                "{a:?} layer {l} saturated {} vs {saturated}",
                stats.saturated_fraction
            );
            h = z.iter().map(|&v| a.eval_with(v, &p)).collect();
            let dead = (0..n)
                .filter(|&o| (0..batch).all(|s| h[s * n + o] == 0.0))
                .count() as f64
                / n as f64;
            assert_eq!(stats.dead_fraction, dead, "{a:?} layer {l} dead");
            zs.push(z);
        }
        // Backward: δ = g at the top, δz = δh ⊙ f′(z), δh_below = Wᵀ-product.
        let mut dh: Vec<f64> = sim
            .output_gradient()
            .iter()
            .map(|&v| f64::from(v))
            .collect();
        assert_eq!(dh.len(), sub * n);
        for l in (1..=cfg.depth).rev() {
            let z = &zs[l - 1];
            let dz: Vec<f64> = (0..sub * n)
                .map(|k| dh[k] * a.derivative_with(z[k], &p))
                .collect();
            let norm = (dz.iter().map(|v| v * v).sum::<f64>() / sub as f64).sqrt();
            let g = sim.backward_stats().iter().find(|g| g.layer == l).unwrap();
            assert!(
                (g.grad_norm - norm).abs() <= 1e-4 * norm,
                "{a:?} layer {l} gradient norm {} vs {norm}",
                g.grad_norm
            );
            let wt = sim.weights(l);
            dh = (0..sub * n)
                .map(|k| {
                    let (s, i) = (k / n, k % n);
                    (0..n)
                        .map(|o| dz[s * n + o] * f64::from(wt[i * n + o]))
                        .sum()
                })
                .collect();
        }
    }
}

/// With σw² = 0 every pre-activation is its unit's bias, the same for every sample: a ReLU
/// unit is dead (and saturated) exactly when its bias is ≤ 0, and every pair is perfectly
/// correlated.
#[test]
fn dead_and_saturated_fractions_on_a_constructed_network() {
    let init = InitScheme::Custom {
        sigma_w2: 0.0,
        sigma_b2: 1.0,
    };
    let sim = run(small(Activation::Relu, init, 5));
    for s in sim.forward_stats() {
        let b = sim.biases(s.layer);
        let non_positive = b.iter().filter(|&&v| v <= 0.0).count() as f64 / b.len() as f64;
        assert!(non_positive > 0.3 && non_positive < 0.7);
        assert_eq!(s.dead_fraction, non_positive, "layer {}", s.layer);
        assert_eq!(s.saturated_fraction, non_positive, "layer {}", s.layer);
        assert!((s.correlation - 1.0).abs() < 1e-12);
    }
    // The gradient flows only through the live units: a dead unit passes nothing down.
    assert!(sim.backward_stats().iter().all(|g| g.grad_norm.is_finite()));
    // Leaky ReLU never outputs exactly 0 for a non-zero input: nothing is dead.
    let leaky = run(small(Activation::LeakyRelu, init, 5));
    assert!(leaky.forward_stats().iter().all(|s| s.dead_fraction == 0.0));
    // Pairs of opposite inputs (correlation −1) and no bias: z of the second sample of a pair
    // is minus the first's, so every ReLU unit is zero on exactly one sample of each pair:
    // none is dead (zero on the whole batch), exactly half of the (sample, unit) entries are
    // saturated, and the pairs' correlation is −1.
    let opposite = run(SimConfig {
        input_correlation: -1.0,
        ..small(Activation::Relu, InitScheme::He, 1)
    });
    let s = opposite.forward_stats()[0];
    assert_eq!(s.dead_fraction, 0.0);
    assert_eq!(s.saturated_fraction, 0.5);
    assert!((s.correlation + 1.0).abs() < 1e-12, "{}", s.correlation);
    // σb² = 0 as well: every z is 0, ReLU(0) = 0: all dead; the correlation is undefined.
    let zero = InitScheme::Custom {
        sigma_w2: 0.0,
        sigma_b2: 0.0,
    };
    let all_dead = run(small(Activation::Relu, zero, 2));
    for s in all_dead.forward_stats() {
        assert_eq!(s.dead_fraction, 1.0);
        assert_eq!(s.saturated_fraction, 1.0);
        assert!(s.correlation.is_nan());
    }
}

#[test]
fn inputs_have_unit_second_moment_and_the_requested_correlation() {
    for c in [-0.5, 0.0, 0.9] {
        let sim = Simulation::new(SimConfig {
            input_correlation: c,
            ..small(Activation::Relu, InitScheme::He, 1)
        })
        .unwrap();
        let s = sim.input_stats();
        assert!((s.second_moment - 1.0).abs() < 0.05, "{}", s.second_moment);
        assert!((s.correlation - c).abs() < 0.05, "{c}: {}", s.correlation);
    }
}

/// The mean over layers and seeds of the per-layer ratios q_{l+1}/q_l of the forward second
/// moments and q̃_l/q̃_{l+1} of the backward ones.
fn mean_ratios(cfg: SimConfig, seeds: u64) -> (f64, f64) {
    let (mut forward, mut backward, mut count) = (0.0, 0.0, 0.0);
    for seed in 0..seeds {
        let sim = run(SimConfig { seed, ..cfg });
        let f = sim.forward_stats();
        let g = sim.backward_stats(); // top layer first
        for l in 0..f.len() - 1 {
            forward += f[l + 1].second_moment / f[l].second_moment;
            backward += g[l + 1].grad_second_moment / g[l].grad_second_moment;
            count += 1.0;
        }
    }
    (forward / count, backward / count)
}

/// ReLU with He (σw² = 2, σb² = 0) is the critical point: the mean field keeps q = 2 at every
/// layer and χ₁ = 1, so every layer's expected ratio of second moments is 1, forward and
/// backward. (A single finite-width network drifts: log q is a random walk with a step
/// variance of about 5/width once the inputs have become correlated, so the test averages
/// the per-layer ratios, whose expectation is exactly 1, rather than bounding one path.)
/// ReLU with LeCun (σw² = 1) halves both at every layer instead.
#[test]
fn relu_with_he_keeps_the_variance_and_the_gradient() {
    let sim = run(small(Activation::Relu, InitScheme::He, 30));
    let f = sim.forward_stats();
    assert!(
        (f[0].second_moment - 2.0).abs() < 0.15,
        "{}",
        f[0].second_moment
    );
    // Two inputs become more alike with depth (ReLU's c-map has its fixed point at 1).
    assert!(f[29].correlation > f[0].correlation + 0.2);
    let narrow = |init| SimConfig {
        width: 64,
        ..small(Activation::Relu, init, 30)
    };
    let (forward, backward) = mean_ratios(narrow(InitScheme::He), 4);
    assert!((forward - 1.0).abs() < 0.1, "He forward ratio {forward}");
    assert!((backward - 1.0).abs() < 0.1, "He backward ratio {backward}");
    let (forward, backward) = mean_ratios(narrow(InitScheme::Lecun), 2);
    assert!((forward - 0.5).abs() < 0.1, "LeCun forward ratio {forward}");
    assert!(
        (backward - 0.5).abs() < 0.1,
        "LeCun backward ratio {backward}"
    );
}

/// tanh with σw² = 0.5 (ordered phase, χ₁ < 1): the variance shrinks layer after layer and
/// the gradient vanishes towards the input.
#[test]
fn tanh_with_a_small_sigma_w_shrinks_the_signal_and_the_gradient() {
    let init = InitScheme::Custom {
        sigma_w2: 0.5,
        sigma_b2: 0.0,
    };
    let sim = run(small(Activation::Tanh, init, 20));
    let f = sim.forward_stats();
    for w in f.windows(2) {
        assert!(
            w[1].second_moment < w[0].second_moment,
            "layer {}",
            w[1].layer
        );
    }
    assert!(f[19].second_moment < 1e-4 * f[0].second_moment);
    // Nothing is dead and nothing saturates near zero, where tanh′ ≈ 1.
    assert!(f[19].dead_fraction == 0.0 && f[19].saturated_fraction == 0.0);
    // χ₁ = σw²·E[tanh′(z)²] < 0.5: the squared gradient shrinks by at least 2 per layer.
    let g = sim.backward_stats();
    assert!(
        g[19].grad_second_moment < 1e-4 * g[0].grad_second_moment,
        "{} vs {}",
        g[19].grad_second_moment,
        g[0].grad_second_moment
    );
    // Sigmoid with PyTorch's default init saturates nothing either; hard tanh past its
    // bounds does: σw² = 4 drives most units into the flat parts.
    let hard = run(small(
        Activation::Hardtanh,
        InitScheme::Custom {
            sigma_w2: 9.0,
            sigma_b2: 0.0,
        },
        5,
    ));
    assert!(hard.forward_stats()[4].saturated_fraction > 0.5);
}

/// The backward pass on a sub-batch estimates the same gradient norms as on the whole batch.
#[test]
fn a_backward_sub_batch_estimates_the_full_batch_gradient() {
    let full = SimConfig {
        backward_batch: 64,
        ..small(Activation::Tanh, InitScheme::Xavier, 15)
    };
    let a = run(full);
    let b = run(SimConfig {
        backward_batch: 16,
        ..full
    });
    assert_eq!(a.forward_stats().len(), b.forward_stats().len());
    for (x, y) in a.backward_stats().iter().zip(b.backward_stats()) {
        let r = y.grad_norm / x.grad_norm;
        assert!(r > 0.85 && r < 1.15, "layer {}: {r}", x.layer);
    }
}
