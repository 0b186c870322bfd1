#!/usr/bin/env bash
# Installs the docs generators that the embedding tests build real sites with, pinned, only when
# missing (like trunk in scripts/setup.sh). Sources: crates.io and PyPI, nothing else.
#   mdBook     cargo install --locked mdbook (into ~/.cargo/bin; only its `search` feature:
#              the tests never run `mdbook serve`/`watch`, which pull in tokio + axum)
#   MkDocs + Material, Sphinx + Furo   pip, into the venv .cache/docs-venv, from
#              integrations/docs-requirements.lock (reinstalled only when the lock changes)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

MDBOOK_VERSION=0.5.4
VENV=.cache/docs-venv
LOCK=integrations/docs-requirements.lock

log() { printf '\033[1m[setup-docs]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[setup-docs] %s\033[0m\n' "$*" >&2; exit 1; }

if [ "$(mdbook --version 2>/dev/null | awk '{print $2}')" != "v$MDBOOK_VERSION" ]; then
  log "installing mdbook $MDBOOK_VERSION (cold: about 2 minutes)"
  cargo install --locked mdbook --version "$MDBOOK_VERSION" --no-default-features --features search
fi

stamp="$VENV/.installed-lock"
if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$LOCK" "$stamp"; then
  command -v python3 >/dev/null || die "python3 not found: install Python 3.11+ (apt-get install python3 python3-venv)."
  log "creating $VENV from $LOCK (mkdocs, mkdocs-material, sphinx, furo; about a minute)"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --no-input -r "$LOCK"
  cp "$LOCK" "$stamp"
fi
log "docs tools ready: $(mdbook --version), $("$VENV/bin/mkdocs" --version | cut -d' ' -f1-3), sphinx $("$VENV/bin/python" -c 'import sphinx; print(sphinx.__version__)'), furo $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("furo"))')"
