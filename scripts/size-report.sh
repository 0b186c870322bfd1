#!/usr/bin/env bash
# Prints every file of the release dist/: raw, gzip -9 and brotli bytes, and the totals.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d dist ] || { echo "no dist/: run scripts/release-build.sh first" >&2; exit 1; }
node scripts/size-report.mjs dist
