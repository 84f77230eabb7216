#!/usr/bin/env bash
# Builds the deployable static files into dist/ (release profile, wasm-opt -Oz, no inline
# script). Usage: scripts/dist.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
scripts/setup.sh build
# shellcheck disable=SC1091
. target/toolchain.env
start=$(date +%s)
trunk build --release --offline
node scripts/postbuild.mjs dist
wasm=$(ls dist/*.wasm)
printf '[dist] built in %ss: %s, %s bytes (%s gzip, %s brotli)\n' "$(( $(date +%s) - start ))" \
  "$(basename "$wasm")" "$(stat -c%s "$wasm")" "$(stat -c%s "$wasm.gz")" "$(stat -c%s "$wasm.br")"
