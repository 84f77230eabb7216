// Cold loads: what the first view transfers, and how long it takes until the result is on
// screen. Each run uses a fresh browser context (cold HTTP cache, service workers blocked).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { freshPage, median, round, sleep } from './browser.mjs';

const RESULT = '[data-testid="added-value-per-ton"]';

// Runs in the page before any of its scripts: the moment the result shows a number (a
// MutationObserver, so no polling work competes with the app), and the layout shifts.
// Times count from the first navigation of the load: a page that sends the browser on (the
// home page to en/ in an English browser) starts a second document with its own clock, and
// the time spent in the first one belongs to the load too (offset, from sessionStorage).
export const LOAD_PROBE = `(() => {
  let offset = 0;
  try {
    const first = Number(sessionStorage.getItem('__benchOrigin'));
    if (first) offset = performance.timeOrigin - first;
    else sessionStorage.setItem('__benchOrigin', String(performance.timeOrigin));
  } catch (e) {}
  const probe = { result: null, resultFrame: null, cls: 0, offset };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) probe.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { probe.clsError = String(e); }
  const check = () => {
    const el = document.querySelector('${RESULT}');
    if (!el || !/[0-9]/.test(el.textContent || '')) return;
    probe.result = performance.now() + offset;
    observer.disconnect();
    // Just after the next frame's paint: rAF runs before it, a task queued there after it.
    requestAnimationFrame(() => setTimeout(() => { probe.resultFrame = performance.now() + offset; }, 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** One cold load of `url` at `rate`× CPU: FCP, result time, script time, CLS (ms, ms, ms, score). */
export async function coldLoad(browser, url, rate) {
  const { context, page, cdp } = await freshPage(browser, rate, LOAD_PROBE);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench && window.__bench.resultFrame != null && getComputedStyle(document.documentElement).visibility !== "hidden", null,
      { timeout: 60_000, polling: 100 });
    // Late layout shifts (fonts, images) still count: give the page a moment to settle.
    await sleep(300);
    const probe = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      const offset = window.__bench.offset;
      return { ...window.__bench, fcp: fcp ? fcp.startTime + offset : null, domContentLoaded: nav ? nav.domContentLoadedEventEnd + offset : null };
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    return {
      fcp_ms: probe.fcp,
      result_ms: probe.result,
      result_painted_ms: probe.resultFrame,
      script_ms: metric('ScriptDuration') * 1000,
      task_ms: metric('TaskDuration') * 1000,
      // The browser's own style and layout over the whole load (every frame and forced layout
      // until the measurement ends, not the first frame alone).
      style_ms: metric('RecalcStyleDuration') * 1000,
      layout_ms: metric('LayoutDuration') * 1000,
      cls: probe.cls,
    };
  } finally {
    await context.close();
  }
}

/** Medians of `runs` cold loads of each app, interleaved (app, ref, app, …) so both see the same noise. */
export async function coldLoads(browser, apps, rate, runs, log) {
  const samples = Object.fromEntries(apps.map((a) => [a.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const app of apps) {
      try {
        samples[app.name].push(await coldLoad(browser, app.url, rate));
      } catch (e) {
        log(`cold load ${app.name} ${rate}x run ${i + 1} failed: ${e.message.split('\n')[0]}`);
      }
    }
  }
  const out = {};
  for (const app of apps) {
    const s = samples[app.name];
    const pick = (k) => round(median(s.map((x) => x[k])), k === 'cls' ? 4 : 1);
    out[app.name] = {
      runs: s.length,
      fcp_ms: pick('fcp_ms'), result_ms: pick('result_ms'), result_painted_ms: pick('result_painted_ms'),
      script_ms: pick('script_ms'), task_ms: pick('task_ms'), style_ms: pick('style_ms'), layout_ms: pick('layout_ms'), cls: pick('cls'),
      samples: s.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, round(v, k === 'cls' ? 4 : 1)]))),
    };
  }
  return out;
}

function sizesOf(dist, path) {
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const raw = readFileSync(path);
  const gz = existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gzipSync(raw, { level: 9 }).length;
  const br = existsSync(`${path}.br`) ? statSync(`${path}.br`).size
    : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
  return { raw: raw.length, gzip: gz, brotli: br };
}

/** Every file the first view loads (network events of one cold load), with its sizes from dist. */
export async function firstLoadTransfer(browser, url, dist) {
  const { context, page } = await freshPage(browser, 1, LOAD_PROBE);
  const seen = [];
  page.on('requestfinished', (request) => seen.push(request));
  page.on('requestfailed', (request) => seen.push(request));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench && window.__bench.resultFrame != null && getComputedStyle(document.documentElement).visibility !== "hidden", null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const base = new URL(url);
    const files = [];
    const urls = new Set();
    for (const request of seen) {
      // A file requested twice (the icon: <link rel=icon> and the favicon fetch) counts once.
      if (urls.has(request.url())) continue;
      urls.add(request.url());
      const u = new URL(request.url());
      const response = await request.response();
      let sizes = null;
      let wire = null;
      try { wire = (await request.sizes()).responseBodySize; } catch { /* failed request */ }
      let name = u.pathname;
      const redirect = response && response.status() >= 300 && response.status() < 400;
      // A redirect (the server's `/` → `en/`) carries no file: its few bytes are in transferred_body.
      if (redirect) sizes = { raw: 0, gzip: 0, brotli: 0 };
      else if (u.origin === base.origin && u.pathname.startsWith(base.pathname)) {
        name = u.pathname.slice(base.pathname.length) || 'index.html';
        if (name.endsWith('/')) name += 'index.html';
        sizes = sizesOf(dist, join(dist, decodeURIComponent(name)));
      }
      files.push({
        file: name, type: request.resourceType(), status: response ? response.status() : 'failed',
        encoding: response ? (await response.allHeaders())['content-encoding'] ?? 'identity' : null,
        transferred_body: wire, ...(sizes ?? { raw: null, gzip: null, brotli: null }),
      });
    }
    files.sort((a, b) => (b.brotli ?? 0) - (a.brotli ?? 0));
    const sum = (k) => files.reduce((s, f) => s + (f[k] ?? 0), 0);
    return {
      files,
      total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), transferred_body: sum('transferred_body') },
    };
  } finally {
    await context.close();
  }
}

/** What the service worker fetches after the first view (every file of the build, sw.js's list). */
export function precacheTotal(dist) {
  const swPath = join(dist, 'sw.js');
  if (!existsSync(swPath)) return null;
  const m = /const FILES = (\[[\s\S]*?\]);/.exec(readFileSync(swPath, 'utf8'));
  if (!m) return null;
  const names = JSON.parse(m[1]).map((n) => (n === './' ? 'index.html' : n.replace(/^\.\//, '')));
  const total = { files: names.length, raw: 0, gzip: 0, brotli: 0 };
  for (const n of names) {
    const s = sizesOf(dist, join(dist, n));
    if (s) { total.raw += s.raw; total.gzip += s.gzip; total.brotli += s.brotli; }
  }
  return total;
}
