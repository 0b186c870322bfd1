//! The neural-network core: the random source (reproducible, right distributions), the
//! initialisation schemes (variances, orthogonality, ids), the matrix product (bit-identical
//! to the naive loop) and the MLP's gradients against central finite differences for every
//! activation. Native only: proptest's random source does not build for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use activation_explorer::math::{Activation, Params};
use activation_explorer::nn::{
    FastActivation, ForwardCache, Gradients, InitScheme, Mlp, Nonlinearity, Rng, gemm, transpose,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Random source

#[test]
fn a_seed_gives_the_same_sequence_and_other_seeds_and_streams_differ() {
    let draw = |mut r: Rng| -> Vec<u64> { (0..64).map(|_| r.next_u64()).collect() };
    assert_eq!(draw(Rng::new(42)), draw(Rng::new(42)));
    assert_ne!(draw(Rng::new(42)), draw(Rng::new(43)));
    assert_ne!(draw(Rng::stream(42, 0)), draw(Rng::stream(42, 1)));
    assert_ne!(draw(Rng::stream(42, 0)), draw(Rng::new(42)));
    // The first output of seed 0 is pinned: a change of the generator must be deliberate
    // (it changes every URL's numbers).
    assert_eq!(Rng::new(0).next_u64(), 0x99EC_5F36_CB75_F2B4);
}

/// The standard normal CDF.
fn phi(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}

#[test]
fn normal_samples_have_the_normal_moments_and_distribution() {
    let n = 400_000;
    let mut rng = Rng::new(1234);
    let mut xs: Vec<f64> = (0..n).map(|_| rng.normal()).collect();
    let mean = xs.iter().sum::<f64>() / n as f64;
    let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n as f64;
    let m4 = xs.iter().map(|x| (x - mean).powi(4)).sum::<f64>() / n as f64;
    let se_mean = (1.0 / n as f64).sqrt();
    let se_var = (2.0 / n as f64).sqrt();
    let se_m4 = (96.0 / n as f64).sqrt(); // Var[z⁴] = 105 − 9
    assert!(mean.abs() < 4.0 * se_mean, "mean {mean}");
    assert!((var - 1.0).abs() < 4.0 * se_var, "variance {var}");
    assert!((m4 - 3.0).abs() < 4.0 * se_m4, "fourth moment {m4}");
    // Kolmogorov–Smirnov distance against Φ: the 0.1 % critical value is 1.95/√n.
    xs.sort_by(f64::total_cmp);
    let d = xs
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let f = phi(x);
            (f - i as f64 / n as f64)
                .abs()
                .max(((i + 1) as f64 / n as f64 - f).abs())
        })
        .fold(0.0, f64::max);
    assert!(d < 1.95 / (n as f64).sqrt(), "KS distance {d}");
    // The tail beyond the ziggurat's r = 3.44 is sampled, with the right mass (2·(1 − Φ(3.44))).
    let tail = xs.iter().filter(|x| x.abs() > 3.442_619_855_899).count() as f64 / n as f64;
    let expected = 2.0 * (1.0 - phi(3.442_619_855_899));
    assert!(
        (tail - expected).abs() < 5.0 * (expected / n as f64).sqrt(),
        "tail {tail}"
    );
}

#[test]
fn uniform_samples_cover_the_interval_evenly() {
    let n = 200_000;
    let mut rng = Rng::new(9);
    let mut bins = [0usize; 20];
    for _ in 0..n {
        let u = rng.uniform();
        assert!((0.0..1.0).contains(&u));
        bins[(u * 20.0) as usize] += 1;
        let o = rng.uniform_open();
        assert!(o > 0.0 && o < 1.0);
    }
    // χ² with 19 degrees of freedom: 0.1 % critical value 43.8.
    let e = n as f64 / 20.0;
    let chi2: f64 = bins.iter().map(|&b| (b as f64 - e).powi(2) / e).sum();
    assert!(chi2 < 43.8, "chi2 {chi2}");
}

#[test]
fn bounded_integers_are_unbiased() {
    let mut rng = Rng::new(5);
    let n = 7u64;
    let mut counts = [0usize; 7];
    for _ in 0..70_000 {
        counts[rng.below(n) as usize] += 1;
    }
    let chi2: f64 = counts
        .iter()
        .map(|&c| (c as f64 - 10_000.0).powi(2) / 10_000.0)
        .sum();
    assert!(chi2 < 22.5, "chi2 {chi2} (6 dof, 0.1 %)");
}

proptest! {
    #[test]
    fn below_stays_below_and_shuffle_permutes(seed in any::<u64>(), n in 1u64..1000, len in 0usize..200) {
        let mut rng = Rng::new(seed);
        for _ in 0..20 {
            prop_assert!(rng.below(n) < n);
        }
        let mut xs: Vec<usize> = (0..len).collect();
        rng.shuffle(&mut xs);
        let mut sorted = xs.clone();
        sorted.sort_unstable();
        prop_assert_eq!(sorted, (0..len).collect::<Vec<_>>());
    }
}

// ---------------------------------------------------------------------------------------------
// Initialisation

const SCHEMES: [InitScheme; 7] = [
    InitScheme::Pytorch,
    InitScheme::He,
    InitScheme::Xavier,
    InitScheme::Lecun,
    InitScheme::Orthogonal { gain: 1.0 },
    InitScheme::Orthogonal { gain: 1.7 },
    InitScheme::Custom {
        sigma_w2: 2.5,
        sigma_b2: 0.3,
    },
];

#[test]
fn init_ids_round_trip_and_unknown_ids_are_refused() {
    for id in InitScheme::IDS {
        let s: InitScheme = id.parse().unwrap();
        assert_eq!(s.id(), id);
        assert_eq!(s.to_string(), id);
    }
    assert_eq!(
        "orthogonal".parse::<InitScheme>(),
        Ok(InitScheme::Orthogonal { gain: 1.0 })
    );
    assert_eq!(
        "custom".parse::<InitScheme>(),
        Ok(InitScheme::DEFAULT_CUSTOM)
    );
    let err = "kaiming".parse::<InitScheme>().unwrap_err();
    assert!(err.to_string().contains("pytorch, he, xavier"), "{err}");
    assert!(
        !InitScheme::Custom {
            sigma_w2: -1.0,
            sigma_b2: 0.0
        }
        .is_valid()
    );
    assert!(!InitScheme::Orthogonal { gain: f64::NAN }.is_valid());
}

#[test]
fn reported_variances_match_the_schemes_definitions() {
    let v = |s: InitScheme, fi, fo| {
        let v = s.variance(fi, fo);
        (v.sigma_w2, v.sigma_b2)
    };
    assert_eq!(v(InitScheme::Pytorch, 8, 8), (1.0 / 3.0, 1.0 / 24.0));
    assert!((v(InitScheme::He, 8, 3).0 - 2.0).abs() < 1e-15);
    assert_eq!(v(InitScheme::He, 8, 3).1, 0.0);
    assert_eq!(v(InitScheme::Xavier, 100, 300), (0.5, 0.0));
    assert_eq!(v(InitScheme::Lecun, 5, 9), (1.0, 0.0));
    assert_eq!(v(InitScheme::Orthogonal { gain: 2.0 }, 10, 10), (4.0, 0.0));
    assert_eq!(v(InitScheme::Orthogonal { gain: 1.0 }, 10, 40), (0.25, 0.0));
    assert_eq!(
        v(
            InitScheme::Custom {
                sigma_w2: 1.5,
                sigma_b2: 0.1
            },
            3,
            3
        ),
        (1.5, 0.1)
    );
}

/// Fills many layers and compares the empirical second moments of weights and biases with
/// the reported σw²/fan_in and σb², within 5 standard errors.
#[test]
fn empirical_variances_match_the_reported_ones() {
    for scheme in SCHEMES {
        for (fi, fo) in [(64, 64), (32, 96), (96, 32)] {
            let reps = 40;
            let mut rng = Rng::new(77);
            let (mut sw, mut sw4, mut sb, mut sb4, mut nw, mut nb) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
            let mut w = vec![0.0; fi * fo];
            let mut b = vec![0.0; fo];
            for _ in 0..reps {
                scheme.fill(&mut rng, fi, fo, &mut w, &mut b);
                for &x in &w {
                    sw += x * x;
                    sw4 += x.powi(4);
                    nw += 1.0;
                }
                for &x in &b {
                    sb += x * x;
                    sb4 += x.powi(4);
                    nb += 1.0;
                }
            }
            let v = scheme.variance(fi, fo);
            let (mw, mb) = (sw / nw, sb / nb);
            let se_w = ((sw4 / nw - mw * mw) / nw).sqrt();
            let expected_w = v.sigma_w2 / fi as f64;
            // Orthogonal rows/columns have exactly unit norm: the moment is exact, not noisy.
            let tol_w = 5.0 * se_w + 1e-12;
            assert!(
                (mw - expected_w).abs() < tol_w,
                "{scheme:?} {fi}x{fo}: weights {mw} vs {expected_w} (se {se_w})"
            );
            let se_b = ((sb4 / nb - mb * mb) / nb).sqrt();
            assert!(
                (mb - v.sigma_b2).abs() < 5.0 * se_b + 1e-15,
                "{scheme:?} {fi}x{fo}: biases {mb} vs {} (se {se_b})",
                v.sigma_b2
            );
        }
    }
}

#[test]
fn pytorch_default_is_uniform_within_one_over_root_fan_in() {
    let mut rng = Rng::new(3);
    let (fi, fo) = (25, 40);
    let mut w = vec![0.0; fi * fo];
    let mut b = vec![0.0; fo];
    InitScheme::Pytorch.fill(&mut rng, fi, fo, &mut w, &mut b);
    let bound = 1.0 / (fi as f64).sqrt();
    assert!(w.iter().chain(&b).all(|x| x.abs() <= bound));
    // Both ends are reached (a uniform, not a narrower law).
    assert!(w.iter().any(|&x| x > 0.95 * bound) && w.iter().any(|&x| x < -0.95 * bound));
}

#[test]
fn orthogonal_gives_gain_squared_identity() {
    for (rows, cols, gain) in [(50, 50, 1.0), (30, 70, 1.5), (70, 30, 0.8), (1, 5, 2.0)] {
        let mut rng = Rng::new(rows as u64 * 1000 + cols as u64);
        let mut w = vec![0.0; rows * cols];
        let mut b = vec![1.0; rows];
        InitScheme::Orthogonal { gain }.fill(&mut rng, cols, rows, &mut w, &mut b);
        assert!(b.iter().all(|&x| x == 0.0));
        // W·Wᵀ (rows ≤ cols) or Wᵀ·W (rows > cols) is gain²·I.
        let k = rows.min(cols);
        for i in 0..k {
            for j in 0..k {
                let s: f64 = if rows <= cols {
                    (0..cols).map(|c| w[i * cols + c] * w[j * cols + c]).sum()
                } else {
                    (0..rows).map(|r| w[r * cols + i] * w[r * cols + j]).sum()
                };
                let expected = if i == j { gain * gain } else { 0.0 };
                assert!((s - expected).abs() < 1e-12, "{rows}x{cols} ({i},{j}): {s}");
            }
        }
    }
}

#[test]
fn a_seed_gives_the_same_initial_weights_for_every_activation() {
    let sizes = [2, 8, 8, 1];
    let reference = {
        let relu = Nonlinearity::with_defaults(Activation::Relu);
        Mlp::new(&sizes, &[relu, relu], &InitScheme::He, &mut Rng::new(11))
    };
    for a in Activation::ALL {
        let f = Nonlinearity::new(a, &Params::default());
        let net = Mlp::new(&sizes, &[f, f], &InitScheme::He, &mut Rng::new(11));
        for (l, (x, y)) in net.layers().iter().zip(reference.layers()).enumerate() {
            assert_eq!(x.wt, y.wt, "{a:?} layer {l}");
            assert_eq!(x.b, y.b, "{a:?} layer {l}");
        }
    }
    let other = Mlp::new(
        &sizes,
        &[Nonlinearity::with_defaults(Activation::Relu); 2],
        &InitScheme::He,
        &mut Rng::new(12),
    );
    assert_ne!(other.layers()[0].wt, reference.layers()[0].wt);
}

// ---------------------------------------------------------------------------------------------
// Matrix product

/// The naive product, summed in order with a multiply then an add.
fn naive<T: activation_explorer::nn::Real>(
    m: usize,
    n: usize,
    k: usize,
    a: &[T],
    rs: usize,
    cs: usize,
    b: &[T],
) -> Vec<T> {
    let mut c = vec![T::ZERO; m * n];
    for i in 0..m {
        for j in 0..n {
            let mut acc = T::ZERO;
            for p in 0..k {
                acc = acc + a[i * rs + p * cs] * b[p * n + j];
            }
            c[i * n + j] = acc;
        }
    }
    c
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Every shape (edges of the 4×8 / 4×4 tiles, k across the 128-block boundary), A plain
    /// or transposed: the blocked product equals the naive loop bit for bit, f32 and f64.
    #[test]
    fn gemm_is_bit_identical_to_the_naive_loop(
        m in 1usize..23, n in 1usize..27, k in prop_oneof![1usize..20, 120usize..300],
        transposed in any::<bool>(), seed in any::<u64>(),
    ) {
        let mut rng = Rng::new(seed);
        let a64: Vec<f64> = (0..m * k).map(|_| rng.normal()).collect();
        let b64: Vec<f64> = (0..k * n).map(|_| rng.normal()).collect();
        let (rs, cs) = if transposed { (1, m) } else { (k, 1) };
        let mut c64 = vec![f64::NAN; m * n];
        gemm(m, n, k, &a64, rs, cs, &b64, n, &mut c64, n);
        let expected = naive(m, n, k, &a64, rs, cs, &b64);
        prop_assert!(c64.iter().zip(&expected).all(|(x, y)| x.to_bits() == y.to_bits()));
        let a32: Vec<f32> = a64.iter().map(|&x| x as f32).collect();
        let b32: Vec<f32> = b64.iter().map(|&x| x as f32).collect();
        let mut c32 = vec![f32::NAN; m * n];
        gemm(m, n, k, &a32, rs, cs, &b32, n, &mut c32, n);
        let expected = naive(m, n, k, &a32, rs, cs, &b32);
        prop_assert!(c32.iter().zip(&expected).all(|(x, y)| x.to_bits() == y.to_bits()));
    }

    #[test]
    fn transpose_swaps_indices(rows in 1usize..40, cols in 1usize..40) {
        let src: Vec<f64> = (0..rows * cols).map(|i| i as f64).collect();
        let mut dst = vec![0.0; rows * cols];
        transpose(rows, cols, &src, &mut dst);
        for r in 0..rows {
            for c in 0..cols {
                prop_assert_eq!(dst[c * rows + r], src[r * cols + c]);
            }
        }
    }
}

#[test]
fn gemm_with_an_output_stride_leaves_the_rest_alone() {
    let (m, n, k, ldc) = (5, 9, 3, 12);
    let a: Vec<f64> = (0..m * k).map(|i| i as f64 * 0.5).collect();
    let b: Vec<f64> = (0..k * n).map(|i| 1.0 - i as f64).collect();
    let mut c = vec![7.0; m * ldc];
    gemm(m, n, k, &a, k, 1, &b, n, &mut c, ldc);
    let expected = naive(m, n, k, &a, k, 1, &b);
    for i in 0..m {
        assert_eq!(&c[i * ldc..i * ldc + n], &expected[i * n..(i + 1) * n]);
        assert!(c[i * ldc + n..(i + 1) * ldc].iter().all(|&x| x == 7.0));
    }
}

// ---------------------------------------------------------------------------------------------
// Fast activation table (the depth simulation's f and f′)

#[test]
fn the_fast_table_agrees_with_the_exact_functions() {
    let tol = 1.0 / (1u64 << 26) as f64;
    for a in Activation::ALL {
        let nl = Nonlinearity::with_defaults(a);
        let fast = FastActivation::new(nl);
        let mut rng = Rng::new(a as u64);
        for i in 0..20_000 {
            let x = if i % 4 == 0 {
                rng.normal() * 1e-6
            } else {
                rng.uniform_in(-20.0, 20.0)
            };
            let (f, d) = (nl.eval(x), nl.derivative(x));
            let (ff, fd) = (fast.eval(x), fast.derivative(x));
            assert!(
                (f - ff).abs() <= tol * f.abs().max(1.0),
                "{a:?} f({x}): {f} vs {ff}"
            );
            assert!(
                (d - fd).abs() <= tol * d.abs().max(1.0),
                "{a:?} f'({x}): {d} vs {fd}"
            );
            // Tiny inputs keep their relative precision (a vanishing signal stays measurable).
            if x.abs() < 1e-5 && f != 0.0 {
                assert!(
                    ((f - ff) / f).abs() < 1e-9,
                    "{a:?} f({x}) relative: {f} vs {ff}"
                );
            }
        }
        assert!(fast.eval(f64::NAN).is_nan());
        if fast.is_tabulated() {
            assert!(
                fast.exact_fraction() < 0.05,
                "{a:?}: {}",
                fast.exact_fraction()
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Gradients

/// The loss of the gradient check: L = Σ r ⊙ output (a fixed random projection).
fn projected_loss(net: &Mlp, x: &[f64], batch: usize, r: &[f64], cache: &mut ForwardCache) -> f64 {
    net.forward(x, batch, cache);
    cache.output().iter().zip(r).map(|(o, r)| o * r).sum()
}

/// The distance from the nearest kink of any hidden pre-activation (∞ without kinks).
fn kink_distance(net: &Mlp, cache: &ForwardCache) -> f64 {
    let mut d = f64::INFINITY;
    for (l, layer) in net.layers().iter().enumerate() {
        if let Some(f) = &layer.nonlinearity {
            let kinks = f.activation.kinks(&f.params);
            for &z in cache.pre(l) {
                for &k in &kinks {
                    d = d.min((z - k).abs());
                }
            }
        }
    }
    d
}

/// Checks every weight and bias gradient of a 3-5-4-2 network with activation `a` (and the
/// pre-activation gradients through Σ_batch ∂L/∂Z = ∂L/∂b) against central differences.
fn check_gradients(a: Activation, seed: u64) {
    let f = Nonlinearity::with_defaults(a);
    let sizes = [3, 5, 4, 2];
    let batch = 3;
    let h = 1e-6;
    for attempt in 0..50 {
        let mut rng = Rng::new(seed.wrapping_add(attempt * 7919));
        let mut net = Mlp::new(&sizes, &[f, f], &InitScheme::Lecun, &mut rng);
        // Non-zero biases so every path is exercised.
        for layer in net.layers_mut() {
            for b in &mut layer.b {
                *b = 0.3 * rng.normal();
            }
        }
        let x: Vec<f64> = (0..batch * 3).map(|_| 1.5 * rng.normal()).collect();
        let r: Vec<f64> = (0..batch * 2).map(|_| rng.normal()).collect();
        let mut cache = ForwardCache::new();
        projected_loss(&net, &x, batch, &r, &mut cache);
        // Central differences are meaningless across a kink: draw again.
        if kink_distance(&net, &cache) < 1e-3 {
            continue;
        }
        let mut grads = Gradients::new();
        net.backward(&cache, &r, &mut grads);
        let mut probe = net.clone();
        let mut fd = |probe: &mut Mlp, get: &dyn Fn(&mut Mlp) -> &mut f64| -> f64 {
            let v = *get(probe);
            *get(probe) = v + h;
            let up = projected_loss(probe, &x, batch, &r, &mut cache);
            *get(probe) = v - h;
            let down = projected_loss(probe, &x, batch, &r, &mut cache);
            *get(probe) = v;
            (up - down) / (2.0 * h)
        };
        for l in 0..net.layers().len() {
            for i in 0..net.layers()[l].wt.len() {
                let numeric = fd(&mut probe, &|m: &mut Mlp| &mut m.layers_mut()[l].wt[i]);
                let analytic = grads.wt[l][i];
                assert!(
                    (numeric - analytic).abs() <= 1e-6 * (1.0 + analytic.abs()),
                    "{a:?} layer {l} weight {i}: analytic {analytic}, numeric {numeric}"
                );
            }
            for i in 0..net.layers()[l].b.len() {
                let numeric = fd(&mut probe, &|m: &mut Mlp| &mut m.layers_mut()[l].b[i]);
                let analytic = grads.b[l][i];
                assert!(
                    (numeric - analytic).abs() <= 1e-6 * (1.0 + analytic.abs()),
                    "{a:?} layer {l} bias {i}: analytic {analytic}, numeric {numeric}"
                );
                // ∂L/∂b = Σ over the batch of ∂L/∂Z.
                let fan_out = net.layers()[l].fan_out;
                let sum: f64 = (0..batch).map(|s| grads.pre[l][s * fan_out + i]).sum();
                assert!((sum - analytic).abs() <= 1e-12 * (1.0 + sum.abs()));
            }
        }
        return;
    }
    panic!("{a:?}: no draw away from the kinks in 50 attempts");
}

#[test]
fn gradients_match_finite_differences_for_every_activation() {
    for a in Activation::ALL {
        check_gradients(a, 1);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    #[test]
    fn gradients_match_finite_differences_for_random_draws(seed in any::<u64>(), i in 0usize..17) {
        check_gradients(Activation::ALL[i], seed);
    }
}

#[test]
fn input_gradient_of_a_single_sample_is_the_bias_gradient() {
    // With batch 1, ∂L/∂Z of a layer equals ∂L/∂b of that layer, and the hidden ∂L/∂Z is
    // ∂L/∂H ⊙ f′(Z): check the chain rule on one hidden layer by hand.
    let f = Nonlinearity::with_defaults(Activation::Tanh);
    let mut rng = Rng::new(2);
    let net = Mlp::new(&[2, 3, 1], &[f], &InitScheme::Xavier, &mut rng);
    let mut cache = ForwardCache::new();
    let mut grads = Gradients::new();
    net.forward(&[0.3, -0.7], 1, &mut cache);
    net.backward(&cache, &[1.0], &mut grads);
    let out = &net.layers()[1];
    for o in 0..3 {
        let z = cache.pre(0)[o];
        let expected = out.weight(0, o) * f.derivative(z);
        assert!((grads.pre[0][o] - expected).abs() < 1e-15);
        assert_eq!(grads.pre[0][o], grads.b[0][o]);
    }
}
