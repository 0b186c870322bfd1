//! Evaluations per second of every activation and its derivative over 1e6 points.
//!
//! Run with `cargo run --release --example math_bench` (a benchmark, not a timed test).
//! `scripts/bench-math.sh` runs this and the same loop in headless Chromium
//! (`tests/wasm_math_bench.rs`) and prints the wasm/native ratio.

use std::time::Instant;

use activation_explorer::math::bench;

fn main() {
    let start = Instant::now();
    let rows = bench::run(
        || start.elapsed().as_secs_f64() * 1e3,
        bench::POINTS,
        bench::MIN_MS,
    );
    println!(
        "native: {} points per pass, each figure measured over >= {} ms",
        bench::POINTS,
        bench::MIN_MS
    );
    print!("{}", bench::format_table(&rows));
}
