#!/usr/bin/env bash
# The math benchmark: evaluations per second of every activation and its derivative over 1e6
# points, natively (examples/math_bench.rs) and as WebAssembly in headless Chromium
# (tests/wasm_math_bench.rs, the identical loop from activation_explorer::math::bench), then
# the ratio wasm/native per function (< 1 means wasm is slower). Both use the release profile.
# Needs wasm-bindgen-test-runner and chromedriver (scripts/setup.sh). Not a timed test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "==> native: cargo run --release --example math_bench" >&2
cargo run --release --quiet --example math_bench | tee "$tmp/native.txt" >&2

echo "==> wasm (headless Chromium): cargo test --release --target wasm32-unknown-unknown --test wasm_math_bench" >&2
cargo test --release --target wasm32-unknown-unknown --test wasm_math_bench -- --nocapture \
  2>&1 | tee "$tmp/wasm.txt" >&2

if ! grep -q '^BENCH [a-z_0-9]* [0-9]' "$tmp/wasm.txt"; then
  echo "no BENCH lines in the wasm output (did the runner capture console.log?)" >&2
  exit 1
fi

echo
awk '
  FNR == 1 { file++ }
  /^BENCH / && $2 != "id" {
    if (file == 1) { ne[$2] = $3; nd[$2] = $4; order[++n] = $2 }
    else { we[$2] = $3; wd[$2] = $4 }
  }
  END {
    printf "%-12s %14s %14s %8s %14s %14s %8s\n", "id", "native f/s", "wasm f/s", "ratio", "native df/s", "wasm df/s", "ratio"
    for (i = 1; i <= n; i++) {
      id = order[i]
      printf "%-12s %14.3e %14.3e %8.2f %14.3e %14.3e %8.2f\n", id, ne[id], we[id], we[id] / ne[id], nd[id], wd[id], wd[id] / nd[id]
    }
  }
' "$tmp/native.txt" "$tmp/wasm.txt"
