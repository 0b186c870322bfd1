//! The neural-network core in WebAssembly: the pinned race and simulations give the same
//! bits as natively (`tests/pinned_numbers`), so a URL gives the same losses to the last
//! digit in the browser. Run with
//! `cargo test --target wasm32-unknown-unknown --test wasm_nn` (headless Chromium).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

mod pinned_numbers;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_pinned_race_gives_the_native_bits() {
    assert_eq!(pinned_numbers::race_hash(), pinned_numbers::RACE_HASH);
}

#[wasm_bindgen_test]
fn the_pinned_simulations_give_the_native_bits() {
    assert_eq!(pinned_numbers::sim_hash(), pinned_numbers::SIM_HASH);
}
