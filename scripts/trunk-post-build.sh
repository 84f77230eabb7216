#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): what turns Trunk's output into the deployable site,
# written into the staging folder that Trunk then moves to its dist. So `trunk build
# --release`, `make dist` and `make dev` (trunk serve) write the same files:
#   1. the pre-rendered pages (src/bin/prerender.rs: the app rendered natively by Yew's
#      server renderer into a page per language, view and product, from the index.html
#      Trunk wrote), with sitemap.xml and robots.txt; SITE_URL is where the site is served
#      (canonical addresses, Open Graph, sitemap);
#   2. the host-page API (the model alone, no UI) as an ES module in api/;
#   3. the example host page (a demo, and the e2e tests' host);
#   4. scripts/postbuild.mjs: boot scripts, the service worker, precompression.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=${TRUNK_STAGING_DIR:?"run by Trunk as a post_build hook (TRUNK_STAGING_DIR unset)"}
PROFILE=${TRUNK_PROFILE:-debug}
# The wasm build's environment (tools on PATH, build-std on the Debian path); Trunk was
# started in it already when make runs it, and sourcing it again changes nothing.
# shellcheck disable=SC1091
[ -f target/toolchain.env ] && . target/toolchain.env
SITE_URL=${SITE_URL:-http://127.0.0.1:8080/}

# Native, with rustup's cargo and without the wasm build's build-std settings.
RUSTUP_CARGO=$HOME/.cargo/bin/cargo; [ -x "$RUSTUP_CARGO" ] || RUSTUP_CARGO=cargo
env -u CARGO_UNSTABLE_BUILD_STD -u RUSTC_BOOTSTRAP -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER \
  "$RUSTUP_CARGO" run --quiet --bin prerender -- "$OUT" "$SITE_URL"

MODE=""; [ "$PROFILE" = release ] && MODE=--release
cargo build -p value-chain-api $MODE --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir "$OUT/api" --out-name value_chain_api \
  "target/wasm32-unknown-unknown/$PROFILE/value_chain_api.wasm"
if [ "$PROFILE" = release ]; then
  # shellcheck disable=SC2046
  wasm-opt -Oz $(scripts/wasm-opt-flags.sh) \
    -o "$OUT/api/value_chain_api_bg.wasm" "$OUT/api/value_chain_api_bg.wasm"
fi

mkdir -p "$OUT/examples"
cp examples/host-page.html examples/host-page.js examples/host-page.css examples/small-chain.json "$OUT/examples/"
node scripts/postbuild.mjs "$OUT" --warm-intl
