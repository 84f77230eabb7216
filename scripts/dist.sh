#!/usr/bin/env bash
# Builds the deployable static files (release profile, wasm-opt -Oz, no inline script), with
# the pages pre-rendered at build time.
#   scripts/dist.sh [--dev] [DIR]    (default DIR: dist/; --dev: unoptimised, for quick e2e work)
#   SITE_URL=https://example.org/tools/aluminium/ scripts/dist.sh   (default: http://127.0.0.1:8080/,
#   with a warning at the start and the end: a deployment needs its own)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=scripts/site-url.sh
. scripts/site-url.sh
MODE=--release
if [ "${1:-}" = "--dev" ]; then MODE=""; shift; fi
OUT=${1:-dist}
scripts/setup.sh build
# shellcheck disable=SC1091
. target/toolchain.env
start=$(date +%s)
# One stylesheet: app.css (the variables) first, print.css last, the views' in between.
cat styles/app.css $(ls styles/*.css | grep -v -e '/app.css$' -e '/print.css$') styles/print.css > target/styles.css
# index.html's data-cargo-features ("hydration") wins over Trunk's --features, so extra
# features (TRUNK_BUILD_FEATURES, e.g. the panic test's) go into a copy of it.
TARGET=index.html
if [ -n "${TRUNK_BUILD_FEATURES:-}" ]; then
  TARGET=.index-features.html
  sed "s/data-cargo-features=\"hydration\"/data-cargo-features=\"hydration,${TRUNK_BUILD_FEATURES}\"/" index.html > "$TARGET"
  grep -q "hydration,${TRUNK_BUILD_FEATURES}" "$TARGET" || { echo "[dist] index.html has no data-cargo-features to extend" >&2; exit 1; }
  trap 'rm -f "$ROOT/.index-features.html"' EXIT
  unset TRUNK_BUILD_FEATURES
fi
trunk build $MODE --offline --dist "$OUT" "$TARGET"
# The pre-rendered pages (src/bin/prerender.rs): the app rendered natively by Yew's server
# renderer into a page per language, view and product, from the index.html Trunk wrote,
# with sitemap.xml and robots.txt. Before postbuild.mjs, so the service worker precaches
# them. SITE_URL is where the site is served (canonical addresses, Open Graph, sitemap).
# Native, with rustup's cargo and without the wasm build's build-std settings.
RUSTUP_CARGO=$HOME/.cargo/bin/cargo; [ -x "$RUSTUP_CARGO" ] || RUSTUP_CARGO=cargo
env -u CARGO_UNSTABLE_BUILD_STD -u RUSTC_BOOTSTRAP -u CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER \
  "$RUSTUP_CARGO" run --quiet --bin prerender -- "$OUT" "$SITE_URL"
# The host-page API: the model alone (no UI), as an ES module in $OUT/api/.
PROFILE_DIR=debug; [ -n "$MODE" ] && PROFILE_DIR=release
cargo build -p value-chain-api $MODE --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir "$OUT/api" --out-name value_chain_api \
  "target/wasm32-unknown-unknown/$PROFILE_DIR/value_chain_api.wasm"
if [ -n "$MODE" ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types \
    --enable-multivalue --enable-sign-ext --enable-mutable-globals \
    -o "$OUT/api/value_chain_api_bg.wasm" "$OUT/api/value_chain_api_bg.wasm"
fi
# The example host page, served beside the app as a demo (and for the e2e tests).
mkdir -p "$OUT/examples" && cp examples/host-page.html examples/host-page.js examples/host-page.css examples/small-chain.json "$OUT/examples/"
node scripts/postbuild.mjs "$OUT" --warm-intl
wasm=$(ls "$OUT"/*.wasm | head -1)
printf '[dist] built in %ss: %s, %s bytes (%s gzip, %s brotli)\n' "$(( $(date +%s) - start ))" \
  "$(basename "$wasm")" "$(stat -c%s "$wasm")" "$(stat -c%s "$wasm.gz")" "$(stat -c%s "$wasm.br")"
# Said again last, where a deployer reads.
site_url_warning
