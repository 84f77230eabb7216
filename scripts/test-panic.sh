#!/usr/bin/env bash
# Tests the last-resort panic hook: builds a test-only release app in which `?panic=now`
# panics on purpose (cargo feature `panic-test`; never deployed), serves it with nginx and
# runs e2e/specs/panic.spec.ts against it.
#   scripts/test-panic.sh            (E2E_PORT to change the port, default 8098)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=target/dist-panic
scripts/setup.sh test
start=$(date +%s)
# scripts/dist.sh itself (so the build stays the deployed one in every other respect), with
# the feature passed to Trunk through its environment.
TRUNK_BUILD_FEATURES=panic-test scripts/dist.sh "$OUT"
echo "[test-panic] built $OUT in $(( $(date +%s) - start ))s"
E2E_DIST="../$OUT" E2E_PANIC_DIST=1 E2E_PORT="${E2E_PORT:-8098}" \
  npx playwright test --config e2e/playwright.config.ts specs/panic.spec.ts
echo "[test-panic] done in $(( $(date +%s) - start ))s"
