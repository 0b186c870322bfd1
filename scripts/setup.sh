#!/usr/bin/env bash
# Installs what building and testing need, at pinned versions, only when missing.
# Sources: crates.io (cargo install), the npm registry, Debian's packages. Nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen that Cargo.lock resolves (pinned with `=`).
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}
WANT="${1:-all}"   # all | build (no browser)

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs), then run this again."
command -v npm >/dev/null || die "npm not found: install Node.js 20+ and npm, then run this again."

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release build rebuilds std for size from the toolchain's sources (scripts/release-build.sh).
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  log "adding the rust-src component"
  rustup component add rust-src
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (cold: about 8 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cold: about 3 minutes)"
  # Not --locked: its lock names a crate version the registry mirror may lack.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/@playwright/test ] \
   || [ package.json -nt node_modules/.package-lock.json ]; then
  log "installing npm tools (binaryen, esbuild, Playwright test runner, axe-core)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

if [ "$WANT" = all ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    command -v apt-get >/dev/null || die "Chromium and ChromeDriver are missing and apt-get is not available: install /usr/bin/chromium and /usr/bin/chromedriver."
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    log "installing chromium and chromium-driver from Debian"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
log "tools ready: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, $(node_modules/.bin/wasm-opt --version)"

# The docs generators the embedding tests build real sites with (mdBook, MkDocs Material,
# Sphinx + Furo), pinned, only when missing.
if [ "$WANT" = all ]; then
  scripts/setup-docs.sh
fi
