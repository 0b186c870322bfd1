#!/usr/bin/env bash
# Runs every test: format, lints (native + wasm32), native tests, wasm tests in headless
# Chromium, the release build, the docs sites of three generators (examples/docs-sites/), and
# the end-to-end suite. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh all

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native)"
cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32)"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
# The lazily loaded views' wasm (the depth lab's components, feature `views`), alone and with
# the app's, and the lab's worker (no Leptos).
cargo clippy --all-targets --all-features --target wasm32-unknown-unknown -- -D warnings
cargo clippy --no-default-features --features views --bin ae-views --target wasm32-unknown-unknown -- -D warnings
cargo clippy --no-default-features --bin ae-lab --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test

step "node tests (the e2e suite's static server)"
node --test tests/node/

step "wasm-bindgen tests in headless Chromium"
# With the views compiled in (`--all-features`): the components are tested inline; the lazy
# loading of the views' wasm by the page is the end-to-end suite's (lazy-views.spec.ts).
cargo test --target wasm32-unknown-unknown --all-features --test web

step "release build (trunk, size profile + wasm-opt)"
scripts/release-build.sh

step "size report"
scripts/size-report.sh

step "docs sites: mdBook, MkDocs Material, Sphinx + Furo (scripts/build-docs-sites.sh)"
scripts/build-docs-sites.sh

step "end-to-end tests (Playwright, headless Chromium)"
npx playwright test --config tests/e2e/playwright.config.ts
