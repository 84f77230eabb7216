#!/usr/bin/env bash
# Prints the wasm-opt feature flags, read from index.html's data-wasm-opt-params (what
# Trunk passes for the app), so the host-page API and the bench's named build use the same
# flags, written once.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
flags=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' "$ROOT/index.html")
[ -n "$flags" ] || { echo "[wasm-opt-flags] index.html has no data-wasm-opt-params" >&2; exit 1; }
echo "$flags"
