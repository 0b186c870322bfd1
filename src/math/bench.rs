//! A throughput benchmark of [`Activation::eval`] and [`Activation::derivative`], shared by
//! the native example (`cargo run --release --example math_bench`) and the WebAssembly test
//! (`tests/wasm_math_bench.rs`), so both time the identical loop. The caller supplies the clock.

use std::hint::black_box;

use super::Activation;

/// The number of points per pass (1e6), evenly spread over [−12, 12] so every branch runs.
pub const POINTS: usize = 1_000_000;

/// The least time (ms) each figure is measured over: the pass is repeated until it elapses.
pub const MIN_MS: f64 = 100.0;

/// One measured activation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BenchRow {
    /// The activation measured.
    pub activation: Activation,
    /// Evaluations of f per second.
    pub eval_per_sec: f64,
    /// Evaluations of f′ per second.
    pub derivative_per_sec: f64,
}

/// The benchmark's inputs: `n` points evenly spread over [−12, 12].
pub fn inputs(n: usize) -> Vec<f64> {
    let step = 24.0 / (n.max(2) - 1) as f64;
    (0..n).map(|i| -12.0 + step * i as f64).collect()
}

/// Times `f` over all of `xs`, repeating the pass until at least `min_ms` have elapsed on
/// the clock `now_ms` (milliseconds); returns evaluations per second.
fn time_passes(
    xs: &[f64],
    now_ms: &mut dyn FnMut() -> f64,
    min_ms: f64,
    f: &dyn Fn(f64) -> f64,
) -> f64 {
    let start = now_ms();
    let mut passes = 0u64;
    let mut acc = 0.0;
    loop {
        for &x in xs {
            acc += f(black_box(x));
        }
        passes += 1;
        let elapsed = now_ms() - start;
        if elapsed >= min_ms {
            black_box(acc);
            let seconds = (elapsed / 1000.0).max(1e-9);
            return (passes as f64 * xs.len() as f64) / seconds;
        }
    }
}

/// Warms one activation up: a short untimed pass of f and f′ over at most 10,000 of `xs`.
///
/// A WebAssembly engine starts with baseline code and swaps in optimised code only on a later
/// call (V8 has no on-stack replacement for wasm), so without it the first functions measured
/// (Sigmoid) ran their whole 100 ms in baseline code: 0.3× native, against 0.6× once warm.
pub fn warm_up(a: Activation, xs: &[f64], now_ms: &mut dyn FnMut() -> f64) {
    let few = &xs[..xs.len().min(10_000)];
    let a = black_box(a);
    time_passes(few, now_ms, 0.0, &|x| a.eval(x));
    time_passes(few, now_ms, 0.0, &|x| a.derivative(x));
}

/// Measures one activation: f and then f′ over all of `xs`, each pass repeated until `min_ms`
/// milliseconds have passed on the clock `now_ms`.
pub fn measure(
    a: Activation,
    xs: &[f64],
    now_ms: &mut dyn FnMut() -> f64,
    min_ms: f64,
) -> BenchRow {
    let a = black_box(a);
    let eval_per_sec = time_passes(xs, now_ms, min_ms, &|x| a.eval(x));
    let derivative_per_sec = time_passes(xs, now_ms, min_ms, &|x| a.derivative(x));
    BenchRow {
        activation: a,
        eval_per_sec,
        derivative_per_sec,
    }
}

/// Runs the benchmark for every activation: `points` inputs per pass, each measurement
/// repeated until `min_ms` milliseconds have passed on the caller's clock `now_ms`. Every
/// function is warmed up first ([`warm_up`]).
pub fn run(mut now_ms: impl FnMut() -> f64, points: usize, min_ms: f64) -> Vec<BenchRow> {
    let xs = inputs(points);
    for &a in &Activation::ALL {
        warm_up(a, &xs, &mut now_ms);
    }
    Activation::ALL
        .iter()
        .map(|&a| measure(a, &xs, &mut now_ms, min_ms))
        .collect()
}

/// Formats the rows as a table, one `BENCH <id> <eval/s> <derivative/s>` line per
/// activation (the format `scripts/bench-math.sh` parses), under a header line.
pub fn format_table(rows: &[BenchRow]) -> String {
    let mut out = String::from("BENCH id eval_per_sec derivative_per_sec\n");
    for r in rows {
        out.push_str(&format!(
            "BENCH {} {:.4e} {:.4e}\n",
            r.activation.id(),
            r.eval_per_sec,
            r.derivative_per_sec
        ));
    }
    out
}
