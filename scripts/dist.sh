#!/usr/bin/env bash
# Builds the deployable static files (release profile, wasm-opt -Oz, no inline script).
#   scripts/dist.sh [--dev] [DIR]    (default DIR: dist/; --dev: unoptimised, for quick e2e work)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MODE=--release
if [ "${1:-}" = "--dev" ]; then MODE=""; shift; fi
OUT=${1:-dist}
scripts/setup.sh build
# shellcheck disable=SC1091
. target/toolchain.env
start=$(date +%s)
trunk build $MODE --offline --dist "$OUT"
node scripts/postbuild.mjs "$OUT"
wasm=$(ls "$OUT"/*.wasm)
printf '[dist] built in %ss: %s, %s bytes (%s gzip, %s brotli)\n' "$(( $(date +%s) - start ))" \
  "$(basename "$wasm")" "$(stat -c%s "$wasm")" "$(stat -c%s "$wasm.gz")" "$(stat -c%s "$wasm.br")"
