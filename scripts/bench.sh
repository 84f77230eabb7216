#!/usr/bin/env bash
# `make bench`: builds the release app and the reference app (bench/reference), serves both
# with nginx (scripts/serve.sh, as in production), measures them side by side in headless
# Chromium (bench/run.mjs) and prints a table; the same figures go to bench/results/<time>.json.
# Benchmarks, not tests: nothing here fails on a slow figure.
#
#   scripts/bench.sh            full run (about 13 minutes on 2 cores, 2026-12-07)
#   BENCH_SKIP_BUILD=1 scripts/bench.sh   measure the last build again (no dist, no reference)
#   BENCH_QUICK=1 scripts/bench.sh        fewer runs, for working on the bench itself
# Ports: BENCH_PORT (app, default 8097), +1 (reference), +2 (the app with wasm names, for profiles),
# +3 (the app without scripts: the page's own floor), +4 (the first tap's throttling proxy).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PORT=${BENCH_PORT:-8097}
REF_PORT=$((PORT + 1))
OUT=target/bench
APP_DIST=$OUT/app
REF_DIST=$OUT/reference
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULT=bench/results/$STAMP.json
mkdir -p "$OUT" bench/results
say() { printf '[bench] %s\n' "$*" >&2; }
started=$(date +%s)

scripts/setup.sh test
# shellcheck disable=SC1091
. target/toolchain.env
if ! command -v twiggy >/dev/null; then
  say "cargo install twiggy 0.8 (a few minutes, once)"
  "$HOME/.cargo/bin/cargo" install twiggy --version '^0.8' || say "twiggy did not install: no size breakdown"
fi

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  say "release build of the app into $APP_DIST"
  scripts/dist.sh "$APP_DIST"
  say "release build of the reference (bench/reference) into $REF_DIST"
  # Its own target dir under target/, so nothing lands inside bench/.
  # Its index.html with the root index.html's wasm-opt flags filled in (written once, there).
  sed "s#@WASM_OPT_FLAGS@#$(scripts/wasm-opt-flags.sh)#" bench/reference/index.html > bench/reference/.index-built.html
  (cd bench/reference && CARGO_TARGET_DIR="$ROOT/target/bench-reference" \
     trunk build --release --offline --dist "$ROOT/$REF_DIST" .index-built.html)
  rm -f bench/reference/.index-built.html
  node scripts/postbuild.mjs "$REF_DIST"
fi

# The wasm's largest contributors: the wasm that Trunk fed to wasm-bindgen (names kept), run
# through wasm-bindgen and the same `wasm-opt -Oz` as the dist build but with -g, so the
# function names survive; its size less the name section matches the dist wasm.
TW=$OUT/twiggy
NAMED=""
rm -rf "$TW" && mkdir -p "$TW"
if command -v twiggy >/dev/null && [ -f target/wasm32-unknown-unknown/release/value-chain.wasm ]; then
  say "size breakdown (wasm-bindgen + wasm-opt -Oz -g + twiggy)"
  # --out-name as Trunk's, so the wasm's import module names match the dist JS glue.
  wasm-bindgen --target web --out-dir "$TW" --out-name value-chain target/wasm32-unknown-unknown/release/value-chain.wasm
  # shellcheck disable=SC2046
  wasm-opt -Oz -g $(scripts/wasm-opt-flags.sh) -o "$TW/app_named.wasm" "$TW/value-chain_bg.wasm"
  twiggy top -n 20 "$TW/app_named.wasm" > "$TW/top.txt"
  twiggy top -n 100000 --format json "$TW/app_named.wasm" > "$TW/top.json"
  # For the CPU profile: a copy of the dist whose wasm keeps the names (no stale .gz/.br).
  rm -rf "$OUT/app-named" && cp -r "$APP_DIST" "$OUT/app-named"
  for w in "$OUT"/app-named/*_bg.wasm; do cp "$TW/app_named.wasm" "$w"; rm -f "$w.gz" "$w.br"; done
  NAMED=1
fi

say "native model benchmark (cargo bench -p value-chain-model --bench model)"
cargo bench -p value-chain-model --bench model 2>/dev/null | tee "$OUT/model.txt" >&2 || say "cargo bench failed"

# The page's own floor (issue 28): the same pre-rendered pages with their scripts removed.
FLOOR_DIST=$OUT/app-floor
node bench/strip-scripts.mjs "$APP_DIST" "$FLOOR_DIST"

# The servers run in the background; the trap stops exactly these.
PIDS=()
stop_servers() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop_servers EXIT
NAMED_PORT=$((PORT + 2))
FLOOR_PORT=$((PORT + 3))
PROXY_PORT=$((PORT + 4))
SERVED=("$PORT:$APP_DIST" "$REF_PORT:$REF_DIST" "$FLOOR_PORT:$FLOOR_DIST")
[ -n "$NAMED" ] && SERVED+=("$NAMED_PORT:$OUT/app-named")
for pair in "${SERVED[@]}"; do
  port=${pair%%:*} dir=${pair#*:}
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    say "port $port is in use: set BENCH_PORT to a free pair of ports"; exit 1
  fi
  scripts/serve.sh "$port" "$dir" >/dev/null 2>"$OUT/nginx-$port.log" &
  PIDS+=($!)
done
for pair in "${SERVED[@]}"; do
  port=${pair%%:*}
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
done

say "measuring (headless Chromium, Lighthouse)"
node bench/run.mjs \
  --app "http://127.0.0.1:$PORT/" --app-dist "$APP_DIST" \
  --ref "http://127.0.0.1:$REF_PORT/" --ref-dist "$REF_DIST" \
  --twiggy "$TW" --model "$OUT/model.txt" --out "$RESULT" \
  --floor "http://127.0.0.1:$FLOOR_PORT/" --tap-proxy-port "$PROXY_PORT" \
  ${NAMED:+--named "http://127.0.0.1:$NAMED_PORT/"} ${BENCH_QUICK:+--quick}
say "whole run: $(( $(date +%s) - started )) s; figures in $RESULT"
