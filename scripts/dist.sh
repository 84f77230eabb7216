#!/usr/bin/env bash
# Builds the deployable static files (release profile, wasm-opt -Oz, no inline script), with
# the pages pre-rendered at build time: `trunk build`, whose hooks (Trunk.toml:
# scripts/styles.sh, scripts/trunk-post-build.sh) make the rest, so a plain
# `trunk build --release` writes the same files.
#   scripts/dist.sh [--dev] [DIR]    (default DIR: dist/; --dev: unoptimised, for quick e2e work)
#   SITE_URL=https://example.org/tools/aluminium/ scripts/dist.sh   (default: http://127.0.0.1:8080/,
#   with a warning at the start and the end: a deployment needs its own)
#   TRUNK_BUILD_FEATURES=panic-test scripts/dist.sh DIR   (extra Cargo features: the panic test)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/site-url.sh
. scripts/site-url.sh
# The post-build hook pre-renders the pages for this address.
export SITE_URL
MODE=--release
if [ "${1:-}" = "--dev" ]; then MODE=""; shift; fi
OUT=${1:-dist}
scripts/setup.sh build
# shellcheck disable=SC1091
. target/toolchain.env
start=$(date +%s)
trunk build $MODE --offline --dist "$OUT"
wasm=$(ls "$OUT"/*.wasm | head -1)
printf '[dist] built in %ss: %s, %s bytes (%s gzip, %s brotli)\n' "$(( $(date +%s) - start ))" \
  "$(basename "$wasm")" "$(stat -c%s "$wasm")" "$(stat -c%s "$wasm.gz")" "$(stat -c%s "$wasm.br")"
# Said again last, where a deployer reads.
site_url_warning
