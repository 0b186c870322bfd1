//! Native timings of the neural-network core against the two budgets of issues 15 and 16.
//!
//! Run with `cargo run --release --example bench_nn` (a benchmark, not a timed test). Note
//! that the release profile is `opt-level = "z"` (for the app's size); the kernels want
//! `opt-level = 3`: `CARGO_PROFILE_RELEASE_OPT_LEVEL=3 cargo run --release --example bench_nn`.
//! Optional argument: `sim`, `gemm` or `train` to run one section.

use std::time::Instant;

use activation_explorer::depth::sim::{SimConfig, SimStep, Simulation};
use activation_explorer::math::Activation;
use activation_explorer::nn::{InitScheme, Rng, gemm};
use activation_explorer::train::{DatasetKind, TrainConfig, Trainer};

/// This thread's CPU time in ms (Linux; NaN elsewhere) (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`): on a shared, busy
/// machine it leaves out the time the thread waited for a core, unlike the wall clock.
#[cfg(target_os = "linux")]
fn cpu_ms() -> f64 {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a timespec; Linux x86_64/aarch64 layout (two 64-bit fields).
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 * 1e-6
}

/// No thread CPU clock here.
#[cfg(not(target_os = "linux"))]
fn cpu_ms() -> f64 {
    f64::NAN
}

/// The best of `reps` runs of `f`: (wall ms, CPU ms), each the minimum over the runs.
fn best_ms(reps: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut best = (f64::INFINITY, f64::INFINITY);
    for _ in 0..reps {
        let (t, c) = (Instant::now(), cpu_ms());
        f();
        best.1 = best.1.min(cpu_ms() - c);
        best.0 = best.0.min(t.elapsed().as_secs_f64() * 1e3);
    }
    best
}

fn bench_gemm() {
    println!("## matrix product, 256 x 256 x 256 (16.8 M multiply-adds), best of 10");
    let n = 256;
    let mut rng = Rng::new(1);
    let a: Vec<f32> = (0..n * n).map(|_| rng.normal() as f32).collect();
    let b: Vec<f32> = (0..n * n).map(|_| rng.normal() as f32).collect();
    let mut c = vec![0f32; n * n];
    let flops = (n * n * n) as f64;
    let report = |name: &str, (wall, cpu): (f64, f64)| {
        println!(
            "{name:<9} {wall:7.2} ms wall ({:5.2} G mul-add/s)  {cpu:7.2} ms CPU ({:5.2} G/s)",
            flops / wall / 1e6,
            flops / cpu / 1e6
        );
    };
    report(
        "f32 A·B",
        best_ms(10, || gemm(n, n, n, &a, n, 1, &b, n, &mut c, n)),
    );
    report(
        "f32 Aᵀ·B",
        best_ms(10, || gemm(n, n, n, &a, 1, n, &b, n, &mut c, n)),
    );
    let a: Vec<f64> = a.iter().map(|&x| f64::from(x)).collect();
    let b: Vec<f64> = b.iter().map(|&x| f64::from(x)).collect();
    let mut c = vec![0f64; n * n];
    report(
        "f64 A·B",
        best_ms(10, || gemm(n, n, n, &a, n, 1, &b, n, &mut c, n)),
    );
}

fn bench_sim() {
    println!(
        "## depth simulation, 50 layers x width 256 x batch 256, forward + backward (budget 300 ms in wasm), best of 3"
    );
    println!(
        "activation   init        backward  forward ms  backward ms  total ms (wall)  total ms (CPU)"
    );
    let cases = [
        (Activation::Relu, InitScheme::He, 64),
        (Activation::Relu, InitScheme::He, 256),
        (Activation::Tanh, InitScheme::Xavier, 64),
        (Activation::Tanh, InitScheme::Pytorch, 64),
        (Activation::Selu, InitScheme::Lecun, 64),
        (Activation::Gelu, InitScheme::He, 64),
        (Activation::Mish, InitScheme::He, 64),
        (Activation::Tanh, InitScheme::Orthogonal { gain: 1.0 }, 64),
    ];
    for (a, init, sub) in cases {
        let mut cfg = SimConfig::new(a, init);
        cfg.backward_batch = sub;
        let mut sim = Simulation::new(cfg).expect("valid");
        let mut best = (f64::INFINITY, 0.0, 0.0);
        let mut best_cpu = f64::INFINITY;
        for rep in 0..3 {
            sim.restart(SimConfig { seed: rep, ..cfg }).expect("valid");
            let (t, c) = (Instant::now(), cpu_ms());
            let mut forward = 0.0;
            loop {
                match sim.step() {
                    SimStep::Forward(_) => forward = t.elapsed().as_secs_f64() * 1e3,
                    SimStep::Backward(_) => {}
                    SimStep::Done => break,
                }
            }
            let total = t.elapsed().as_secs_f64() * 1e3;
            best_cpu = best_cpu.min(cpu_ms() - c);
            if total < best.0 {
                best = (total, forward, total - forward);
            }
        }
        println!(
            "{:<12} {:<11} {:>8}  {:>10.1}  {:>11.1}  {:>15.1}  {:>14.1}",
            a.id(),
            init.id(),
            sub,
            best.1,
            best.2,
            best.0,
            best_cpu
        );
    }
}

fn bench_train() {
    use Activation::*;
    let acts = [Relu, Tanh, Sigmoid, Gelu, Silu, Mish, Elu, LeakyRelu];
    println!(
        "## training race, 8 activations x 2-8-8-1 x 500 steps of batch 10, circle (budget 1 s in wasm), best of 3"
    );
    println!("evaluation every   total ms (wall)  total ms (CPU)");
    for chunk in [500, 25, 10] {
        let cfg = TrainConfig::new(DatasetKind::Circle, &acts);
        let (wall, cpu) = best_ms(3, || {
            let mut t = Trainer::new(cfg.clone()).expect("valid");
            for _ in 0..500 / chunk {
                t.step(chunk);
            }
            std::hint::black_box(t.run_stats(0).train_loss);
        });
        println!("{chunk:>10} steps  {wall:>15.1}  {cpu:>14.1}");
    }
    let mut t = Trainer::new(TrainConfig::new(DatasetKind::Circle, &acts)).expect("valid");
    let start = Instant::now();
    let mut clock = || start.elapsed().as_secs_f64() * 1e3;
    t.step_timed(500, &mut clock);
    println!("per activation (step_timed, 500 steps, evaluation excluded): µs per step");
    for r in t.runs() {
        println!(
            "  {:<11} {:6.2} µs/step  {:9.0} steps/s",
            r.activation.id(),
            r.ms_per_step.unwrap_or(f64::NAN) * 1e3,
            1e3 / r.ms_per_step.unwrap_or(f64::NAN)
        );
    }
    let mut region = Vec::new();
    let (wall, cpu) = best_ms(5, || {
        for i in 0..acts.len() {
            t.grid(i, 64, &mut region);
        }
    });
    println!("decision regions, 64 x 64, all 8 networks: {wall:.2} ms wall, {cpu:.2} ms CPU");
}

fn main() {
    let section = std::env::args().nth(1).unwrap_or_default();
    println!(
        "native, {} build; timings on a shared machine are provisional",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    if section.is_empty() || section == "gemm" {
        bench_gemm();
    }
    if section.is_empty() || section == "sim" {
        bench_sim();
    }
    if section.is_empty() || section == "train" {
        bench_train();
    }
}
