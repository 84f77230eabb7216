#!/usr/bin/env bash
# The lint layer: formatting and clippy, with warnings as errors. Runs every check to the
# end even if another failed, prints one line per check:
#   [lint] ok <check>
#   [lint] FAIL <check> (<how many> findings)
#   [lint] skip <check>: <why>
# and exits non-zero if any check failed (scripts/test.sh's lint layer counts the lines).
#
#   fmt            cargo fmt --all --check                          (rustup's stable, native)
#   clippy         cargo clippy -D warnings, natively (model, api, cards, the app's pure
#                  logic): the code that ships (--lib --bins) under the workspace lints, then
#                  the tests and benches (--tests --benches), which may unwrap, expect, index
#                  and panic: a failure there is a failed test, not a dead page
#   clippy-wasm32  cargo clippy --target wasm32-unknown-unknown -p value-chain --lib
#                  -D warnings, in the wasm build's environment (target/toolchain.env), so
#                  the Yew components in src/ui (compiled for wasm32 only) are linted too.
#                  Skipped, with a line saying why, where that toolchain has no clippy of
#                  its own version (the Debian path without rust-web-clippy).
#
#   scripts/lint.sh [fmt|clippy|clippy-wasm32 ...]   (default: all three)
# Each check's full output is in target/lint-logs/<check>.log.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CHECKS=("$@")
[ ${#CHECKS[@]} -eq 0 ] && CHECKS=(fmt clippy clippy-wasm32)
LOGS=target/lint-logs
mkdir -p "$LOGS"
# The wasm build's environment, written by scripts/setup.sh.
TOOLCHAIN_ENV=${TOOLCHAIN_ENV:-target/toolchain.env}

RUSTUP_CARGO=$HOME/.cargo/bin/cargo
[ -x "$RUSTUP_CARGO" ] || RUSTUP_CARGO=cargo

say() { printf '[lint] %s\n' "$*"; }

# Distinct clippy findings in a log: a "warning:"/"error:" header followed by its " --> "
# location, counted once even when two targets (the lib and its unit tests) report it.
count_clippy() { # log -> count
  awk '/^(warning|error)(\[[^]]*\])?: / { head = $0; next }
       head != "" && /^ *--> / { key = head "|" $2; if (!(key in seen)) { seen[key] = 1; n++ } }
       { head = "" }
       END { print n + 0 }' "$1"
}

check_fmt() {
  "$RUSTUP_CARGO" fmt --all --check 2>&1 | tee "$LOGS/fmt.log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -eq 0 ]; then say "ok fmt"; return 0; fi
  local files
  files=$(sed -n 's/^Diff in \(.*\):[0-9]*:$/\1/p; s/^Diff in \(.*\) at line [0-9]*:$/\1/p' "$LOGS/fmt.log" | sort -u | wc -l)
  say "FAIL fmt ($files files not formatted; \`cargo fmt --all\` formats them)"
  return 1
}

# What tests may do that shipped code may not (Cargo.toml, [workspace.lints]).
TEST_ALLOWS=(-A clippy::unwrap_used -A clippy::expect_used -A clippy::indexing_slicing -A clippy::panic)

check_clippy() {
  {
    "$RUSTUP_CARGO" clippy --workspace --lib --bins -- -D warnings 2>&1
    local shipped=${PIPESTATUS[0]}
    "$RUSTUP_CARGO" clippy --workspace --tests --benches -- -D warnings "${TEST_ALLOWS[@]}" 2>&1
    local tests=${PIPESTATUS[0]}
    [ "$shipped" -eq 0 ] && [ "$tests" -eq 0 ]
  } | tee "$LOGS/clippy.log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -eq 0 ]; then say "ok clippy"; return 0; fi
  say "FAIL clippy ($(count_clippy "$LOGS/clippy.log") findings)"
  return 1
}

check_clippy_wasm32() {
  if [ ! -f "$TOOLCHAIN_ENV" ]; then
    say "skip clippy-wasm32: no $TOOLCHAIN_ENV (run scripts/setup.sh build first)"
    return 0
  fi
  (
    # shellcheck disable=SC1090
    . "$TOOLCHAIN_ENV"
    # Clippy must be the wasm build's own compiler: rustup's stable with its wasm32 target,
    # or on the Debian path (rustc-web, std from source) Debian's rust-web-clippy.
    rustc_minor=$(rustc -V 2>/dev/null | sed -n 's/^rustc 1\.\([0-9]*\)\..*/\1/p')
    clippy_minor=$(cargo clippy -V 2>/dev/null | sed -n 's/^clippy 0\.1\.\([0-9]*\).*/\1/p')
    if [ -z "$clippy_minor" ] || [ "$clippy_minor" != "$rustc_minor" ]; then
      echo "no clippy for rustc 1.${rustc_minor:-?} ($WASM_MODE path; cargo clippy -V: $(cargo clippy -V 2>&1 | head -1))"
      exit 3
    fi
    cargo clippy --target wasm32-unknown-unknown -p value-chain --lib -- -D warnings
  ) 2>&1 | tee "$LOGS/clippy-wasm32.log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -eq 3 ]; then
    local why; why=$(tail -1 "$LOGS/clippy-wasm32.log")
    say "skip clippy-wasm32: $why; on the Debian path \`apt-get install rust-web-clippy\` provides it"
    return 0
  fi
  if [ "$rc" -eq 0 ]; then say "ok clippy-wasm32"; return 0; fi
  say "FAIL clippy-wasm32 ($(count_clippy "$LOGS/clippy-wasm32.log") findings)"
  return 1
}

# rustfmt and clippy are rustup components of the default profile; a machine whose
# toolchain lacks one gets it installed if it can, and otherwise the check is skipped with
# a line saying why: the lint layer never fails for want of a tool.
have_component() { # cargo subcommand, rustup component
  "$RUSTUP_CARGO" "$1" --version >/dev/null 2>&1 && return 0
  timeout 180 rustup component add "$2" >"$LOGS/component-$2.log" 2>&1
  "$RUSTUP_CARGO" "$1" --version >/dev/null 2>&1
}

failed=0
for check in "${CHECKS[@]}"; do
  case "$check" in
    fmt | clippy | clippy-wasm32)
      sub=${check%-wasm32}
      component=$([ "$sub" = fmt ] && echo rustfmt || echo clippy)
      if ! have_component "$sub" "$component"; then
        say "skip $check: rustup's $component component is not installed and could not be (see $LOGS/component-$component.log)"
        continue
      fi ;;
  esac
  case "$check" in
    fmt) check_fmt || failed=$((failed + 1)) ;;
    clippy) check_clippy || failed=$((failed + 1)) ;;
    clippy-wasm32) check_clippy_wasm32 || failed=$((failed + 1)) ;;
    *) say "FAIL $check (no such check: fmt, clippy, clippy-wasm32)"; failed=$((failed + 1)) ;;
  esac
done
[ "$failed" -eq 0 ]
