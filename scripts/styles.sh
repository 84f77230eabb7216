#!/usr/bin/env bash
# The one stylesheet index.html links (target/styles.css): styles/app.css (the variables)
# first, print.css last, the views' in between; one request instead of seven. Trunk's
# pre_build hook (Trunk.toml), so `trunk build`, `trunk serve` (make dev, again on every
# edit of styles/) and make dist join it the same way. Written only when it changed, so a
# rebuild does not wake the watcher for nothing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mkdir -p target
# shellcheck disable=SC2046
cat styles/app.css $(ls styles/*.css | grep -v -e '/app.css$' -e '/print.css$') styles/print.css > target/styles.css.new
if cmp -s target/styles.css.new target/styles.css; then rm target/styles.css.new; else mv target/styles.css.new target/styles.css; fi
