// A throttling HTTP proxy (node:http only) for the first-tap bench: every request the browser
// makes through it, the service worker's included, waits `latencyMs` before it is forwarded,
// and every response body shares one down link of `downBytesPerSec`. CDP's
// Network.emulateNetworkConditions throttles the page's requests only; a service worker's
// background downloads run in another target and would get the full speed of localhost.
//
// The link: a scheduler hands out the bytes the link can carry since its last turn (at most
// 20 ms' worth, so an idle link does not save up a burst) in equal shares to the responses
// that have bytes waiting; a share one response cannot use goes to the others (max-min
// fairness, roughly what competing TCP streams get). Upstream reads pause while a response
// has more than 64 KiB waiting. Response headers are not throttled (a few hundred bytes).
//
// Each request is recorded: url, referer, Sec-Fetch-Dest, Service-Worker, bytes delivered
// and when. `fromServiceWorker` marks the worker's own requests: `Service-Worker: script`
// (the worker script's fetch and its update checks) or a referer that is the worker script
// (`…/sw.js`: requests made in the worker's global scope carry its URL as referrer; a page's
// request that the worker passes on with `fetch(event.request)` keeps the page's referrer
// and counts as the page's).
import http from 'node:http';

const TICK_MS = 5;
const MAX_QUEUED = 64 * 1024;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate',
  'proxy-authorization', 'te', 'trailer', 'upgrade']);

export function isServiceWorkerRequest(headers) {
  if (headers['service-worker']) return true;
  const ref = headers.referer;
  if (!ref) return false;
  try { return /\/sw\.js$/.test(new URL(ref).pathname); } catch { return false; }
}

/**
 * Starts the proxy on 127.0.0.1:`port` (0: any free port).
 * Returns { server: 'http://127.0.0.1:PORT', port, log, bytesBy(filter, until), inFlight(), idleFor(), close() }.
 */
export async function startThrottleProxy({ port = 0, latencyMs = 150, downBytesPerSec = 1.6e6 / 8 } = {}) {
  const log = []; // one entry per request
  const active = new Set(); // responses with bytes waiting or still arriving
  let lastTurn = performance.now();
  let lastActivity = performance.now();
  let timer = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  const turn = () => {
    const now = performance.now();
    let budget = Math.min(downBytesPerSec * (now - lastTurn) / 1000, downBytesPerSec * 0.02);
    lastTurn = now;
    let waiting = [...active].filter((s) => s.queued > 0);
    while (budget >= 1 && waiting.length) {
      const share = Math.max(1, Math.floor(budget / waiting.length));
      for (const s of waiting) {
        const n = Math.min(share, s.queued, Math.floor(budget));
        if (n <= 0) continue;
        s.send(n);
        budget -= n;
      }
      waiting = waiting.filter((s) => s.queued > 0);
    }
    for (const s of [...active]) s.maybeEnd();
    if (active.size) lastActivity = now;
    if (!active.size && timer) { clearInterval(timer); timer = null; }
  };
  const wake = () => {
    if (!timer) { lastTurn = performance.now(); timer = setInterval(turn, TICK_MS); }
  };

  const server = http.createServer((req, res) => {
    const started = performance.now();
    lastActivity = started;
    const entry = {
      url: req.url, method: req.method, referer: req.headers.referer ?? null,
      dest: req.headers['sec-fetch-dest'] ?? null, service_worker_header: req.headers['service-worker'] ?? null,
      from_service_worker: isServiceWorkerRequest(req.headers),
      started, status: null, encoding: null, bytes: 0, done: null, chunks: [],
    };
    log.push(entry);
    let target;
    try { target = new URL(req.url); } catch { res.writeHead(400); res.end('absolute URL expected'); return; }
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v;
    const body = [];
    req.on('data', (c) => body.push(c));
    req.on('end', () => setTimeout(() => {
      const up = http.request({
        agent, host: target.hostname, port: target.port || 80, method: req.method,
        path: target.pathname + target.search, headers,
      }, (upRes) => {
        entry.status = upRes.statusCode;
        entry.encoding = upRes.headers['content-encoding'] ?? 'identity';
        const out = {};
        for (const [k, v] of Object.entries(upRes.headers)) if (!HOP_BY_HOP.has(k)) out[k] = v;
        res.writeHead(upRes.statusCode, upRes.statusMessage, out);
        const stream = {
          chunks: [], queued: 0, ended: false,
          send(n) {
            while (n > 0 && this.chunks.length) {
              const c = this.chunks[0];
              const part = c.length <= n ? c : c.subarray(0, n);
              if (part === c) this.chunks.shift(); else this.chunks[0] = c.subarray(n);
              res.write(part);
              n -= part.length;
              this.queued -= part.length;
              entry.bytes += part.length;
            }
            entry.chunks.push([performance.now(), entry.bytes]);
            if (this.queued < MAX_QUEUED && upRes.isPaused()) upRes.resume();
          },
          maybeEnd() {
            if (this.ended && this.queued === 0) {
              active.delete(this);
              entry.done = performance.now();
              lastActivity = entry.done;
              res.end();
            }
          },
        };
        active.add(stream);
        wake();
        upRes.on('data', (c) => {
          stream.chunks.push(c);
          stream.queued += c.length;
          if (stream.queued >= MAX_QUEUED) upRes.pause();
        });
        upRes.on('end', () => { stream.ended = true; });
        upRes.on('error', () => { stream.ended = true; });
        res.on('close', () => { if (!res.writableFinished) { active.delete(stream); upRes.destroy(); entry.done = entry.done ?? performance.now(); } });
      });
      up.on('error', (e) => {
        entry.status = 502; entry.done = performance.now();
        if (!res.headersSent) res.writeHead(502);
        res.end(String(e.message));
      });
      up.end(Buffer.concat(body));
    }, latencyMs));
  });
  // HTTPS tunnels are not used by the bench (its servers are plain HTTP): refused, so a
  // request that would bypass the throttle shows up as an error instead.
  server.on('connect', (req, socket) => { socket.end('HTTP/1.1 501 Not Implemented\r\n\r\n'); });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, '127.0.0.1', resolve); });
  const actualPort = server.address().port;
  return {
    server: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    log,
    /** Bytes delivered to the browser up to time `until` (performance.now() of this process) by requests passing `filter`. */
    bytesBy(filter = () => true, until = Infinity) {
      let sum = 0;
      for (const e of log) {
        if (!filter(e)) continue;
        let b = 0;
        for (const [t, total] of e.chunks) { if (t <= until) b = total; else break; }
        sum += b;
      }
      return sum;
    },
    /** Requests forwarded and not yet finished. */
    inFlight: () => log.filter((e) => e.done == null).length,
    /** Milliseconds since the link last carried bytes or a request arrived. */
    idleFor: () => (active.size || log.some((e) => e.done == null) ? 0 : performance.now() - lastActivity),
    close() {
      if (timer) clearInterval(timer);
      agent.destroy();
      server.closeAllConnections?.();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
