#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there at the right
# version. Idempotent; called by every Makefile target. README.md ("Set-up") says why each
# step is the way it is.
#
#   scripts/setup.sh [build|test|serve|all]   (default: all)
#
# Writes target/toolchain.env: the environment for wasm32 builds (sourced by the other
# scripts). Native `cargo test` never uses it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WHAT=${1:-all}

TRUNK_VERSION=0.21.14
# The CLI must be the exact version of the crate in Cargo.lock (pinned with `=`).
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock 2>/dev/null | sed -n 's/^version = "\(.*\)"/\1/p')
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "[setup] no wasm-bindgen in Cargo.lock" >&2; exit 1; }
# Trunk's check of wasm-opt's version (it would download another one otherwise): the
# binaryen that package.json pins, so that version is written there alone.
BINARYEN_MAJOR=$(sed -n 's/^ *"binaryen": "\([0-9]*\)\..*/\1/p' package.json)
CACHE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/value-chain
mkdir -p "$CACHE_DIR" target

say() { printf '[setup] %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
APT_UPDATED=0
# Installs the Debian packages among "$@" that are not installed yet.
apt_need() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "missing packages ${missing[*]} and no apt-get: install them by hand"; return 1
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"; $SUDO apt-get update -qq; APT_UPDATED=1
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# rustup's own cargo, for native builds and `cargo install`, whatever PATH says.
RUSTUP_CARGO=$HOME/.cargo/bin/cargo
[ -x "$RUSTUP_CARGO" ] || RUSTUP_CARGO=$(command -v cargo)

# --- the wasm32 standard library -------------------------------------------------------
# The rustup target where it exists or can be added quickly (ordinary developer machines);
# otherwise Debian's rustc-web with std built from source (machines that cannot download).
wasm_mode() {
  # VALUE_CHAIN_WASM=debian|rustup forces a choice (to test the fallback on any machine).
  case "${VALUE_CHAIN_WASM:-}" in debian|rustup) echo "$VALUE_CHAIN_WASM"; return ;; esac
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo rustup; return
  fi
  if [ "$(cat "$CACHE_DIR/wasm-mode" 2>/dev/null)" = debian ]; then echo debian; return; fi
  if command -v rustup >/dev/null && timeout 30 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    echo rustup; return
  fi
  # Remembered so that later runs do not wait for the timeout again.
  echo debian | tee "$CACHE_DIR/wasm-mode"
}

setup_wasm() {
  local mode; mode=$(wasm_mode)
  local env=target/toolchain.env
  if [ "$mode" = debian ]; then
    apt_need rustc-web cargo-web rust-web-src lld-22
    say "wasm32: Debian rustc-web $(/usr/bin/rustc --version | cut -d' ' -f2) with std built from source"
    # /usr/bin first: rustup's cargo (rustc 1.95) has no std source to build from.
    # node_modules/.bin first of all: Debian's binaryen 108 cannot read modern wasm.
    cat > "$env" <<EOF
export WASM_MODE=debian
export PATH="$ROOT/node_modules/.bin:/usr/bin:$HOME/.cargo/bin:\$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld
EOF
  else
    say "wasm32: rustup target"
    cat > "$env" <<EOF
export WASM_MODE=rustup
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:\$PATH"
EOF
  fi
  cat >> "$env" <<EOF
export TRUNK_OFFLINE=true
export TRUNK_TOOLS_WASM_OPT=version_$BINARYEN_MAJOR
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT=120
EOF
  fetch_wasm_deps
}

# Trunk runs cargo offline, so every crate the wasm build needs must be in cargo's cache
# first. On the Debian path that includes the standard library's own dependencies
# (dlmalloc, rustc-demangle, ...), which only a build-std resolution asks for: a fresh
# cargo home has none of them. `cargo fetch` in the build's own environment downloads
# exactly those (and the app's, the API's and the browser tests' crates); when all are
# cached it takes about a second and needs no network.
fetch_wasm_deps() {
  say "cargo fetch --target wasm32-unknown-unknown"
  (
    # shellcheck disable=SC1091
    . target/toolchain.env
    cargo fetch --target wasm32-unknown-unknown --quiet
  ) || { say "cargo fetch failed: the offline wasm build cannot work without these crates"; return 1; }
}

# --- cargo-installed tools --------------------------------------------------------------
have_version() { # command, expected version string
  command -v "$1" >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/$1" ] || return 1
  local bin; bin=$(command -v "$1" 2>/dev/null || echo "$HOME/.cargo/bin/$1")
  "$bin" --version 2>/dev/null | grep -qF "$2"
}

setup_cargo_tools() {
  if ! have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
    say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes on 2 cores)"
    # Not --locked: one locked dependency is missing from the registry mirror here.
    "$RUSTUP_CARGO" install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  if ! have_version trunk "$TRUNK_VERSION"; then
    say "cargo install trunk $TRUNK_VERSION (about 18 minutes on 2 cores)"
    # --locked: without it two incompatible cssparser versions fail to compile.
    "$RUSTUP_CARGO" install trunk --version "$TRUNK_VERSION" --locked --force
  fi
}

# --- node packages (binaryen's wasm-opt, Playwright, axe-core) -----------------------------
setup_node() {
  command -v npm >/dev/null || apt_need nodejs npm
  local stamp=node_modules/.lock-sha
  local want; want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "npm ci"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
}

setup_browser() { apt_need chromium chromium-driver fonts-wqy-microhei; }
# The share cards (drawn at build time by the pre-render step) need a CJK font.
setup_fonts() { apt_need fonts-wqy-microhei; }
setup_server() { apt_need nginx libnginx-mod-http-brotli-static brotli; }

case "$WHAT" in
  build) setup_wasm; setup_cargo_tools; setup_node; setup_fonts ;;
  serve) setup_wasm; setup_cargo_tools; setup_node; setup_fonts; setup_server ;;
  test|all) setup_wasm; setup_cargo_tools; setup_node; setup_server; setup_browser ;;
  *) say "unknown: $WHAT (build|serve|test|all)"; exit 2 ;;
esac
say "ready ($WHAT)"
