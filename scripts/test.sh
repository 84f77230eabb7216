#!/usr/bin/env bash
# Runs every test layer, each to the end even if another failed, prints one summary line per
# layer and exits non-zero on any failure.
#   scripts/test.sh [lint|native|wasm|e2e|panic|fuzz ...]   (default: all layers)
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
LAYERS=("$@")
[ ${#LAYERS[@]} -eq 0 ] && LAYERS=(lint native wasm e2e panic fuzz)
LOG=target/test-logs
mkdir -p "$LOG"

scripts/setup.sh test || { echo "[test] set-up failed"; exit 1; }

RUSTUP_CARGO=$HOME/.cargo/bin/cargo
[ -x "$RUSTUP_CARGO" ] || RUSTUP_CARGO=cargo

# Sums "test result: ok. N passed; M failed" lines of cargo's test harness and of
# wasm-bindgen-test-runner.
count_cargo() { # log -> "passed failed"
  awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { printf "%d %d", p, f }' "$1"
}

# Formatting and clippy (warnings as errors), natively and for wasm32 (src/ui); each check
# (fmt, clippy, clippy-wasm32) counts as one test. First, as the quickest to fail.
layer_lint() {
  scripts/lint.sh 2>&1 | tee "$LOG/lint.log"
  local rc=${PIPESTATUS[0]}
  echo "lint $rc $(grep -c '^\[lint\] ok' "$LOG/lint.log") $(grep -c '^\[lint\] FAIL' "$LOG/lint.log")"
}

layer_native() {
  # rustup's stable toolchain, without the wasm environment.
  "$RUSTUP_CARGO" test --workspace --no-fail-fast 2>&1 | tee "$LOG/native.log"
  local rc=${PIPESTATUS[0]}
  read -r p f < <(count_cargo "$LOG/native.log")
  echo "native $rc $p $f"
}

layer_wasm() {
  (
    # shellcheck disable=SC1091
    . target/toolchain.env
    tests=()
    for t in tests/web_*.rs; do tests+=(--test "$(basename "$t" .rs)"); done
    cargo test --no-fail-fast --target wasm32-unknown-unknown "${tests[@]}"
  ) 2>&1 | tee "$LOG/wasm.log"
  local rc=${PIPESTATUS[0]}
  read -r p f < <(count_cargo "$LOG/wasm.log")
  echo "wasm $rc $p $f"
}

layer_e2e() {
  local rc=0
  scripts/dist.sh 2>&1 | tee "$LOG/dist.log"; rc=${PIPESTATUS[0]}
  if [ "$rc" -eq 0 ]; then
    npx playwright test --config e2e/playwright.config.ts 2>&1 | tee "$LOG/e2e.log"
    rc=${PIPESTATUS[0]}
  fi
  local p f
  p=$(sed -n 's/^ *\([0-9][0-9]*\) passed.*/\1/p' "$LOG/e2e.log" 2>/dev/null | tail -1)
  f=$(sed -n 's/^ *\([0-9][0-9]*\) failed.*/\1/p' "$LOG/e2e.log" 2>/dev/null | tail -1)
  echo "e2e $rc ${p:-0} ${f:-0}"
}

# The last-resort panic page, in a test-only build that panics on purpose.
layer_panic() {
  scripts/test-panic.sh 2>&1 | tee "$LOG/panic.log"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(sed -n 's/^ *\([0-9][0-9]*\) passed.*/\1/p' "$LOG/panic.log" | tail -1)
  f=$(sed -n 's/^ *\([0-9][0-9]*\) failed.*/\1/p' "$LOG/panic.log" | tail -1)
  echo "panic $rc ${p:-0} ${f:-0}"
}

# A short bounded fuzz run of each target (`make fuzz` runs the long one).
layer_fuzz() {
  FUZZ_SECONDS=${FUZZ_SECONDS:-10} scripts/fuzz.sh short 2>&1 | tee "$LOG/fuzz.log"
  local rc=${PIPESTATUS[0]}
  # A machine where no nightly toolchain can be installed skips this layer (said in the
  # summary) instead of failing the run for a tool the set-up could not get.
  if grep -q '^\[fuzz\] skip' "$LOG/fuzz.log"; then echo "fuzz 0 0 0 skip"; return; fi
  echo "fuzz $rc $(grep -c '^\[fuzz\] ok' "$LOG/fuzz.log") $(grep -c '^\[fuzz\] FAIL' "$LOG/fuzz.log")"
}

summary=()
failed_layers=0
total_p=0; total_f=0
for layer in "${LAYERS[@]}"; do
  start=$(date +%s)
  echo "=== layer: $layer ==="
  # tee to our own stdout (an inherited descriptor), not to /dev/stderr: reopening
  # /dev/stderr truncates the log when stderr is a file (`make test > log 2>&1`, CI).
  "layer_$layer" 2>&1 | tee "$LOG/$layer.layer"
  read -r name rc p f skip <<<"$(tail -1 "$LOG/$layer.layer")"
  secs=$(( $(date +%s) - start ))
  if [ "${skip:-}" = skip ]; then
    summary+=("$(printf '%-7s %-6s (%ss) %s' "$name" skipped "$secs" "$(grep -m1 '\[fuzz\] skip' "$LOG/$layer.layer" | cut -c8-)")")
    continue
  fi
  if [ "$rc" -eq 0 ] && [ "$p" -gt 0 ]; then status=ok; else status=FAILED; failed_layers=$((failed_layers + 1)); fi
  [ "$p" -gt 0 ] || [ "$rc" -ne 0 ] || echo "[test] layer $name ran no test"
  summary+=("$(printf '%-7s %-6s %4d passed, %d failed  (%ss)' "$name" "$status" "$p" "$f" "$secs")")
  total_p=$((total_p + p)); total_f=$((total_f + f))
done 2>&1

echo
echo "=== summary ==="
printf '%s\n' "${summary[@]}"
echo "tests: $total_p passed, $total_f failed"
[ "$failed_layers" -eq 0 ]
