//! Timings of the depth lab's mean-field computations, natively: the 200-layer curves
//! ([`MeanField::trajectory`]) of every activation, and the phase diagram (χ₁ on a 64×48 grid of
//! σ_w² ∈ [0, 4], σ_b² ∈ [0, 0.5], with its critical line) of a few.
//!
//! Run with `cargo run --profile worker --example bench_meanfield`: the `worker` profile
//! (Cargo.toml: opt-level 3, LTO) is the one the depth lab's Web Worker, which computes these,
//! is built with (its wasm also gets SIMD128, scripts/release-build.sh); the release profile is
//! the app's size profile (opt-level "z") and runs them 2–3× slower. A benchmark, not a timed test: the figures
//! depend on the machine and its load: each figure is the fastest of several runs (the least
//! disturbed by other processes), with the median beside it.

use std::hint::black_box;
use std::time::Instant;

use activation_explorer::depth::{MeanField, PhaseDiagram, critical_line};
use activation_explorer::math::{Activation, Params};

/// The budget for the 200-layer curves of one activation, in milliseconds.
const BUDGET_MS: f64 = 16.0;

/// The fastest and the median of `runs` timings of `f`, in milliseconds.
fn time_ms(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    (t[0], t[t.len() / 2])
}

/// "min / median".
fn show((min, med): (f64, f64)) -> String {
    format!("{min:7.2} /{med:7.2}")
}

fn main() {
    let p = Params::default();
    println!(
        "200-layer curves from q0 = 1, c0 = 0.5: ms, fastest / median of 7 (budget {BUDGET_MS} ms)"
    );
    let settings = [(1.5, 0.05), (2.5, 0.1), (1.0, 0.0)];
    println!(
        "{:12} {:>17} {:>17} {:>17}",
        "activation", "(1.5, 0.05)", "(2.5, 0.1)", "(1, 0)"
    );
    // The slowest activation of each setting (fastest-run figure).
    let mut worst = [(0.0f64, ""); 3];
    for a in Activation::ALL {
        let cols: Vec<String> = settings
            .iter()
            .zip(&mut worst)
            .map(|(&(w, b), worst)| {
                let mf = MeanField::new(a, &p, w, b);
                let t = time_ms(7, || {
                    black_box(mf.trajectory(1.0, 0.5, 200));
                });
                if t.0 > worst.0 {
                    *worst = (t.0, a.id());
                }
                show(t)
            })
            .collect();
        println!(
            "{:12} {:>17} {:>17} {:>17}",
            a.id(),
            cols[0],
            cols[1],
            cols[2]
        );
    }
    for (&(w, b), (ms, id)) in settings.iter().zip(worst) {
        let verdict = if ms <= BUDGET_MS { "within" } else { "OVER" };
        println!("slowest at ({w}, {b}): {id} {ms:.2} ms, {verdict} the {BUDGET_MS} ms budget");
    }

    println!();
    println!(
        "phase diagram 64 x 48 (sigma_w2 in [0, 4], sigma_b2 in [0, 0.5]) with its critical line: ms, fastest / median of 3"
    );
    for a in [
        Activation::Tanh,
        Activation::Relu,
        Activation::Gelu,
        Activation::Mish,
        Activation::Selu,
    ] {
        let grid = time_ms(3, || {
            black_box(PhaseDiagram::new(a, &p, (0.0, 4.0), (0.0, 0.5), 64, 48));
        });
        let bs: Vec<f64> = (0..48).map(|i| 0.5 * i as f64 / 47.0).collect();
        let line = time_ms(3, || {
            black_box(critical_line(a, &p, &bs));
        });
        println!(
            "{:12} total {}   the critical line alone (48 rows) {}",
            a.id(),
            show(grid),
            show(line)
        );
    }

    println!();
    println!("single calls (ms; fastest / median of 5)");
    let tanh = MeanField::new(Activation::Tanh, &p, 1.5, 0.05);
    let t = time_ms(5, || {
        black_box(tanh.with_sigmas(1.5, 0.05).q_star());
    });
    println!("tanh q_star                 {}", show(t));
    let t = time_ms(5, || {
        black_box(tanh.c_map(0.3));
    });
    println!("tanh c_map                  {}", show(t));
    let chaos = MeanField::new(Activation::Tanh, &p, 2.5, 0.1);
    let t = time_ms(5, || {
        black_box(chaos.with_sigmas(2.5, 0.1).depth_scale());
    });
    println!("tanh depth_scale (chaotic)  {}", show(t));
}
