# Every target installs what it needs first (scripts/setup.sh, idempotent).
.PHONY: serve dev test dist same-build setup lint test-native test-wasm test-e2e test-panic test-fuzz test-fallback bench fuzz clean

PORT ?= 8080

## Build the release app and serve it at http://127.0.0.1:$(PORT)/ with nginx.
serve: dist
	scripts/setup.sh serve
	scripts/serve.sh $(PORT)

## Development server: trunk serve (debug build, rebuilt when the sources or styles/ change)
## at http://127.0.0.1:$(PORT)/, into target/dev-dist so that dist/ stays the release build;
## Trunk's hooks (Trunk.toml) join the styles and pre-render the pages as make dist does.
## What builds and tests write (dist/, e2e/test-results/, fuzz/) triggers no rebuild.
dev:
	scripts/setup.sh build
	mkdir -p dist e2e/test-results
	. target/toolchain.env && exec trunk serve --offline --dist target/dev-dist --port $(PORT) \
	  --ignore dist --ignore e2e/test-results --ignore fuzz

## Run every test layer (lint, native model, wasm in headless Chromium, end-to-end).
test:
	scripts/test.sh

## The deployable static files, in dist/.
dist:
	scripts/dist.sh

## Checks that a plain `trunk build --release` writes what `make dist` writes.
same-build:
	scripts/same-build.sh

setup:
	scripts/setup.sh all

## cargo fmt --check and clippy with -D warnings, natively and for wasm32 (scripts/lint.sh);
## the same checks as the `lint` layer of `make test`.
lint:
	scripts/setup.sh build
	scripts/lint.sh

test-native:
	scripts/test.sh native
test-wasm:
	scripts/test.sh wasm
test-e2e:
	scripts/test.sh e2e
test-panic:
	scripts/test.sh panic
test-fuzz:
	scripts/test.sh fuzz

## The release build on the Debian fallback (std from source) from a fresh clone and an
## empty cargo home; `make test-fallback WHAT=test` runs every test layer that way.
test-fallback:
	scripts/test-fallback.sh $(or $(WHAT),dist)

## Benchmarks against a reference Yew app (prints a table; JSON in bench/results/).
bench:
	scripts/bench.sh

## Fuzz the link decoder, number parser and dataset loader (10 million runs each, or
## FUZZ_SECONDS per target; FUZZ_RUNS to change the count). Needs rustup's nightly.
fuzz:
	scripts/fuzz.sh long

clean:
	rm -rf dist target/nginx-* target/test-logs
