//! The math benchmark compiled to WebAssembly and run in headless Chromium: the identical
//! loop of `examples/math_bench.rs` (`activation_explorer::math::bench`), timed with
//! `performance.now()`. Run by `scripts/bench-math.sh`, which prints the wasm/native ratio:
//! `cargo test --release --target wasm32-unknown-unknown --test wasm_math_bench -- --nocapture`.
#![cfg(target_arch = "wasm32")]

use activation_explorer::math::{Activation, bench};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Milliseconds from `performance.now()`, or `Date.now()` where there is no window.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

#[wasm_bindgen_test]
fn math_bench_in_the_browser() {
    let rows = bench::run(now_ms, bench::POINTS, bench::MIN_MS);
    console_log!(
        "wasm: {} points per pass, each figure measured over >= {} ms",
        bench::POINTS,
        bench::MIN_MS
    );
    console_log!("{}", bench::format_table(&rows));
    assert_eq!(rows.len(), Activation::ALL.len());
    for r in &rows {
        assert!(
            r.eval_per_sec.is_finite() && r.eval_per_sec > 0.0,
            "{:?}",
            r
        );
        assert!(
            r.derivative_per_sec.is_finite() && r.derivative_per_sec > 0.0,
            "{:?}",
            r
        );
    }
}
