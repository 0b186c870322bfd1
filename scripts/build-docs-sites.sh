#!/usr/bin/env bash
# Builds the three docs sites of examples/docs-sites/ (mdBook, MkDocs Material, Sphinx + Furo)
# into .cache/docs-sites/<generator>/, each with the release dist/ copied in as the site's
# own copy of the explorer (explorer/, for Sphinx _static/explorer/). The e2e suite serves them
# at /sites/<generator>/ (tests/e2e/specs/docs-*.spec.ts). Needs scripts/setup-docs.sh and
# a release build (scripts/release-build.sh). Prints each build's time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

SRC=examples/docs-sites
OUT=.cache/docs-sites
VENV=.cache/docs-venv
# Material's instant navigation needs the URL the site is served at (tests/e2e: AE_E2E_PORT).
export AE_MKDOCS_SITE_URL="${AE_MKDOCS_SITE_URL:-http://127.0.0.1:${AE_E2E_PORT:-4173}/sites/mkdocs/}"
DIST="${AE_DIST:-dist}"
[ -f "$DIST/activation-explorer.js" ] || { echo "no $DIST/activation-explorer.js: run scripts/release-build.sh first" >&2; exit 1; }
[ -x "$VENV/bin/python" ] || { echo "no $VENV: run scripts/setup-docs.sh first" >&2; exit 1; }

timed() {
  local name=$1; shift
  local s e
  s=$(date +%s%N)
  "$@"
  e=$(date +%s%N)
  printf '[docs-sites] %-8s built in %d ms\n' "$name" $(( (e - s) / 1000000 ))
}
explorer() { rm -rf "$1"; mkdir -p "$1"; cp -r "$DIST"/. "$1"/; }

rm -rf "$OUT"
mkdir -p "$OUT"
MDBOOK_LOG=warn timed mdbook mdbook build --dest-dir "$(pwd)/$OUT/mdbook" "$SRC/mdbook"
explorer "$OUT/mdbook/explorer"
# -W: a warning (a bad page, a missing file) fails the build.
NO_MKDOCS_2_WARNING=1 timed mkdocs "$VENV/bin/mkdocs" build --quiet --strict --config-file "$SRC/mkdocs/mkdocs.yml" --site-dir "$(pwd)/$OUT/mkdocs"
explorer "$OUT/mkdocs/explorer"
timed sphinx "$VENV/bin/sphinx-build" --quiet -W -b html "$SRC/sphinx" "$OUT/sphinx"
explorer "$OUT/sphinx/_static/explorer"
