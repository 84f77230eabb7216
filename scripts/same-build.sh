#!/usr/bin/env bash
# Checks that a plain `trunk build --release` and `make dist` write the same site: both into
# target/same-build/, then the file lists and every file's bytes compared (hashed names
# included: the same sources give the same names). Exits non-zero, listing the differences,
# when they differ.   scripts/same-build.sh   (make same-build)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=target/same-build
rm -rf "$OUT" && mkdir -p "$OUT"
scripts/dist.sh "$OUT/dist"
(
  # shellcheck disable=SC1091
  . target/toolchain.env
  trunk build --release --offline --dist "$OUT/trunk"
)
(cd "$OUT/dist" && find . -type f | sort) > "$OUT/dist.list"
(cd "$OUT/trunk" && find . -type f | sort) > "$OUT/trunk.list"
if ! diff -u "$OUT/dist.list" "$OUT/trunk.list"; then
  echo "[same-build] FAIL: the file lists differ (above)"; exit 1
fi
if ! diff -r -q "$OUT/dist" "$OUT/trunk"; then
  echo "[same-build] FAIL: these files differ"; exit 1
fi
echo "[same-build] ok: $(wc -l < "$OUT/dist.list") files, the same in both"
