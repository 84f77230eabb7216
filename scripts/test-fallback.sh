#!/usr/bin/env bash
# The build as a machine without rustup's wasm32 target must do it: a fresh clone of the
# committed HEAD in a temporary folder, an empty cargo home, the Debian path forced
# (std built from source). Run it whenever the build or the set-up changed.
#
#   scripts/test-fallback.sh [dist|test]    (default: dist; `test` runs the whole `make test`)
#
# Tools installed with `cargo install` (Trunk, wasm-bindgen) are still taken from
# ~/.cargo/bin: what this checks is that every crate the build needs is fetched before
# Trunk's offline build, which an empty cargo home exposes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WHAT=${1:-dist}
case "$WHAT" in dist|test) ;; *) echo "usage: scripts/test-fallback.sh [dist|test]" >&2; exit 2 ;; esac
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
git clone --quiet "$ROOT" "$TMP/repo"
mkdir "$TMP/cargo-home"
cd "$TMP/repo"
echo "[test-fallback] $(git log -1 --format='%h %s') in $TMP/repo, CARGO_HOME=$TMP/cargo-home, VALUE_CHAIN_WASM=debian"
start=$(date +%s)
rc=0
CARGO_HOME="$TMP/cargo-home" VALUE_CHAIN_WASM=debian make "$WHAT" || rc=$?
secs=$(( $(date +%s) - start ))
if [ "$rc" -eq 0 ]; then
  echo "[test-fallback] ok: make $WHAT on the Debian path from a fresh clone in ${secs}s"
else
  echo "[test-fallback] FAILED: make $WHAT on the Debian path (exit $rc after ${secs}s)"
fi
exit "$rc"
