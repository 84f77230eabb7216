#!/usr/bin/env bash
# Serves dist/ with nginx, using deploy/nginx.conf (the sample deployment config) with the
# root and port replaced. Usage: scripts/serve.sh [PORT] [DIST]   (foreground; Ctrl-C stops)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${1:-8080}
DIST=$(cd "${2:-$ROOT/dist}" && pwd)
RUN="$ROOT/target/nginx-$PORT"
mkdir -p "$RUN/logs"
sed -e "s#root /srv/value-chain;#root $DIST;#" \
    -e "s#listen 127.0.0.1:8080;#listen 127.0.0.1:$PORT;#" \
    -e "s#pid /run/value-chain-nginx.pid;#pid $RUN/nginx.pid;#" \
    "$ROOT/deploy/nginx.conf" > "$RUN/nginx.conf"
# Without the brotli_static module (not Debian, or not installed) serve gzip only.
if [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  sed -i -e '/brotli_static on;/d' -e '/ngx_http_brotli_static_module/d' "$RUN/nginx.conf"
fi
# Running as root: workers as root too, so they can read a checkout in any folder.
if [ "$(id -u)" -eq 0 ]; then sed -i '1i user root;' "$RUN/nginx.conf"; fi
echo "[serve] http://127.0.0.1:$PORT/ (nginx, root $DIST)"
exec nginx -p "$RUN" -c "$RUN/nginx.conf" -g 'daemon off;' -e stderr
