#!/usr/bin/env bash
# Fuzzes the inputs a visitor or a host page controls (share links, typed numbers, imported
# datasets, `#chain=` links) with cargo-fuzz / libFuzzer, one target after another (one process each: the
# machine is shared). Prints one line per target:
#   [fuzz] ok <target> <executions> execs
#   [fuzz] FAIL <target> <why> (<executions> execs; input: <artifact>)
# and exits non-zero if any target failed (scripts/test.sh's fuzz layer counts the lines).
#
#   scripts/fuzz.sh short         ~FUZZ_SECONDS (default 20) s per target, for `make test`
#   scripts/fuzz.sh long          FUZZ_RUNS (default 10 million) executions per target, or
#                                 FUZZ_SECONDS per target if set, whichever comes first
#   scripts/fuzz.sh MODE TARGET…  only these targets
#
# Seeds are in fuzz/corpus/<target> (kept in git); what libFuzzer learns goes to
# target/fuzz-corpus/<target>, so later runs start from it. A crashing input is saved in
# fuzz/artifacts/<target>/; replay it with `cargo +nightly fuzz run -s none <target> <file>`.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT/fuzz"

MODE=${1:-short}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(link_decoder number_parser dataset_loader chain_fragment)
LOGS="$ROOT/target/fuzz-logs"
mkdir -p "$LOGS"

say() { printf '[fuzz] %s\n' "$*"; }

case "$MODE" in
  short) LIMIT=(-max_total_time="${FUZZ_SECONDS:-20}") ;;
  long) LIMIT=(-runs="${FUZZ_RUNS:-10000000}" -max_total_time="${FUZZ_SECONDS:-0}") ;;
  *) echo "usage: scripts/fuzz.sh short|long [target…]" >&2; exit 2 ;;
esac

# cargo-fuzz runs on nightly (libFuzzer needs -Zsanitizer flags and nightly's coverage).
export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo +nightly --version >/dev/null 2>&1; then
  say "installing rustup's nightly toolchain (minimal profile)"
  if ! timeout 600 rustup toolchain install nightly --profile minimal >"$LOGS/nightly.log" 2>&1; then
    # Not a failure of the code under test: say so and let the caller skip the layer.
    say "skip: no nightly toolchain and it could not be installed here (see target/fuzz-logs/nightly.log); the fuzz layer did not run"
    exit 0
  fi
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz 0.13.1"
  cargo install cargo-fuzz --version 0.13.1 --locked || cargo install cargo-fuzz --version 0.13.1 || {
    say "FAIL setup: cargo-fuzz could not be installed"
    exit 1
  }
fi

# No sanitizer: the code is safe Rust (no `unsafe`), so AddressSanitizer would find nothing
# the panics and asserts do not, at a third of the speed. -O: the release profile.
FUZZ_FLAGS=(-O -s none)
if ! cargo +nightly fuzz build "${FUZZ_FLAGS[@]}" >"$LOGS/build.log" 2>&1; then
  tail -30 "$LOGS/build.log"
  say "FAIL build: see target/fuzz-logs/build.log"
  exit 1
fi

max_len() {
  case "$1" in
    number_parser) echo 256 ;;
    # Past the link decoder's 4,000-character limit per value.
    link_decoder) echo 8192 ;;
    # The default dataset (12 KB) fits.
    *) echo 16384 ;;
  esac
}

failed=0
for t in "${TARGETS[@]}"; do
  mkdir -p "$ROOT/target/fuzz-corpus/$t" "artifacts/$t"
  log="$LOGS/$t.log"
  start=$(date +%s)
  # -timeout: an input taking over 10 s counts as a failure (hostile input must not cost
  # time); -rss_limit_mb likewise for memory.
  cargo +nightly fuzz run "${FUZZ_FLAGS[@]}" "$t" "$ROOT/target/fuzz-corpus/$t" "corpus/$t" -- \
    -dict="dicts/$t.dict" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "${LIMIT[@]}" >"$log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
  # On a crash there are no final stats: the last status line has the count.
  [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9][0-9]*\).*/\1/p' "$log" | tail -1)
  execs=${execs:-0}
  if [ "$rc" -eq 0 ] && grep -q '^Done [0-9]* runs' "$log"; then
    say "ok $t $execs execs (${secs}s)"
  else
    failed=$((failed + 1))
    why=$(grep -m1 -E "panicked at|ERROR: libFuzzer|==[0-9]+==ERROR|Timeout|out-of-memory" "$log" | cut -c1-160)
    artifact=$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$log" | tail -1)
    grep -A12 -m1 "panicked at" "$log" | head -14
    say "FAIL $t ${why:-exit status $rc} ($execs execs; input: ${artifact:-none}; log: target/fuzz-logs/$t.log)"
  fi
done
[ "$failed" -eq 0 ]
