#!/usr/bin/env bash
# Serves the app locally with live rebuilds: http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh build
PORT="${PORT:-8080}"
echo "Activation Explorer: http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
exec trunk serve --port "$PORT" --address 127.0.0.1 "$@"
