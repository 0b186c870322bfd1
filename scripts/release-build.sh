#!/usr/bin/env bash
# The release build: `trunk build --release` with the standard library rebuilt for size.
# Every release dist/ (tests, size report, benchmark) comes from here; arguments go to trunk.
#
# The pinned stable toolchain builds std from its rust-src component, with these unstable
# options enabled by RUSTC_BOOTSTRAP (for this build only; the rest of the project is stable):
#   build-std + optimize_for_size   std's size-optimised code paths, compiled with our profile
#   -Cpanic=immediate-abort         a panic traps at once: no message formatting, no hook
#   -Zlocation-detail=none          no file/line strings for panics
#   -Zfmt-debug=none                `{:?}` prints nothing (the app's messages use `{}` only)
# Measured on the release wasm: 264 → 214 KB gzip -9 together with the FontFamily and
# number-parsing changes of the same commit (see the README's performance section).
# The dev build (`make serve`) keeps panic messages for debugging, and its service worker is
# not stamped: it caches nothing (see sw/sw.js).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
# The depth lab's worker (bin ae-lab, cargo profile `worker`, index.html) also gets wasm SIMD:
# profile rustflags (unstable, enabled for this build only) keep it out of the app's own wasm.
export CARGO_UNSTABLE_PROFILE_RUSTFLAGS=true
export CARGO_PROFILE_WORKER_RUSTFLAGS="-Ctarget-feature=+simd128"
trunk build --release "$@"

# Minify the JS (scripts/minify-js.mjs), then stamp the service worker (sw/sw.js, copied to
# dist/sw.js by index.html) with the list of the build's files and their hashes: its version
# (scripts/sw-manifest.mjs). The dist directory is trunk's --dist, else Trunk.toml's "dist";
# another --config without --dist is neither minified nor stamped.
dist="dist"
dist_given=false
config=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --dist | -d) dist="${args[i + 1]:-}"; dist_given=true ;;
    --dist=*) dist="${args[i]#--dist=}"; dist_given=true ;;
    --config | -c) config="${args[i + 1]:-}" ;;
    --config=*) config="${args[i]#--config=}" ;;
  esac
done
if [ -n "$config" ] && ! $dist_given; then
  echo "sw-manifest: --config $config without --dist: not stamped"
else
  # The JS glue and loaders, minified (esbuild), before the stamp hashes them.
  node scripts/minify-js.mjs "$dist"
  node scripts/sw-manifest.mjs "$dist"
fi
