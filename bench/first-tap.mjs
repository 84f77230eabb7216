// Issue 28's figures of the first tap and of the page's own floor.
//
// firstTaps: a new visitor on a phone (390 × 844, touch, mobile), 4× CPU, on a throttled
// network applied by bench/throttle-proxy.mjs (150 ms per request, one shared 1.6 Mbit/s
// down link, the service worker's downloads included). Each run, per page, in a fresh
// context:
//   (a) "first visit": a cold load; once the answer is painted and the page has loaded, a
//       pause of PAUSE_MS (a reader's look at the answer), then a tap on a product of the
//       product list; timed from the tap (the touchstart's timeStamp) until the headline
//       figure's digits differ from those before the tap (MutationObserver, init script),
//       and until the frame after that is painted (rAF + setTimeout(0), as LOAD_PROBE);
//   (b) "wasm cached": the proxy idle for IDLE_MS (the worker's downloads done), then the
//       same page opened again in the same context (its HTTP cache and service worker) and
//       the same tap;
//   (c) for comparison, a fresh context with service workers blocked: the same tap.
// Also, per visit, the bytes the service worker's own requests had received when the tap
// came (counted by the proxy, see isServiceWorkerRequest there) and by the time the figure
// changed.
//
// pageFloors: cold loads (bench/load.mjs coldLoad, unthrottled network) of each page and of
// the same pre-rendered page with its scripts removed (bench/strip-scripts.mjs, served beside
// it), interleaved; result painted at 1× and 4× and the ratio app / floor.
import { chromium } from 'playwright-core';
import { CHROMIUM, LAUNCH_ARGS, median, round, sleep } from './browser.mjs';
import { LOAD_PROBE, coldLoads } from './load.mjs';
import { startThrottleProxy } from './throttle-proxy.mjs';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const NETWORK = { latencyMs: 150, downBytesPerSec: 1.6e6 / 8 };
export const CPU_RATE = 4;
export const PAUSE_MS = 1000;
const IDLE_MS = 2000;
const RESULT = '[data-testid="added-value-per-ton"]';
// The product tapped on each page: one whose added value per ton differs from the page's
// answer, in the product list under the chain map (`stage-list`, src/ui/charts/chain_map.rs),
// which phones show (the diagram above it is not drawn there).
export const TAP_TARGETS = { '/': 'furniture', 'en/furniture/': 'lv-cable' };
const tapSelector = (product) => `[data-testid="stage-list"] button[data-testid="product-${product}"]`;

// Init script: armed just before the tap with the figure's text then; records the tap (the
// first trusted touchstart or pointerdown after that) and the moment the figure's digits
// change. Digits only, so a "calculating…" added beside the old figure is no change. A tap
// may open another page (a product's own page, scripts/start.template.js): the armed probe
// is kept in the tab's sessionStorage and the next document's probe goes on from it, its
// figure painted being the change. Times are absolute (timeOrigin + the document's clock).
export const TAP_PROBE = `(() => {
  const sel = '${RESULT}';
  const KEY = '__benchTap';
  const now = () => performance.timeOrigin + performance.now();
  const digits = () => { const el = document.querySelector(sel); return el ? (el.textContent || '').replace(/[^0-9]/g, '') : ''; };
  const probe = { armed: false, before: null, tap: null, changed: null, changedFrame: null, text: null, pages: 1 };
  try { Object.assign(probe, JSON.parse(sessionStorage.getItem(KEY) || 'null') || {}); if (probe.armed) probe.pages += 1; } catch (e) {}
  const keep = () => { try { sessionStorage.setItem(KEY, JSON.stringify(probe)); } catch (e) {} };
  window.__tap = probe;
  probe.arm = () => { probe.armed = true; probe.before = digits(); keep(); };
  const onTap = (e) => {
    if (!probe.armed || probe.tap != null || !e.isTrusted) return;
    probe.tap = performance.timeOrigin + Math.min(e.timeStamp, performance.now());
    keep();
    check();
  };
  addEventListener('touchstart', onTap, { capture: true, passive: true });
  addEventListener('pointerdown', onTap, { capture: true, passive: true });
  const check = () => {
    if (probe.tap == null || probe.changed != null) return;
    const d = digits();
    if (!d || d === probe.before) return;
    probe.changed = now();
    probe.text = document.querySelector(sel).textContent;
    requestAnimationFrame(() => setTimeout(() => {
      probe.changedFrame = now();
      try { sessionStorage.removeItem(KEY); } catch (e) {}
    }, 0));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  check();
})();`;

export async function launchThroughProxy(proxyServer) {
  return chromium.launch({
    executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS,
    // Chromium sends nothing for 127.0.0.1 through a proxy unless loopback is taken off its
    // implicit bypass list.
    proxy: { server: proxyServer, bypass: '<-loopback>' },
  });
}

const loaded = (page) => page.waitForFunction(() => window.__bench && window.__bench.resultFrame != null
  && getComputedStyle(document.documentElement).visibility !== 'hidden' && document.readyState === 'complete',
null, { timeout: 90_000, polling: 100 });

/** The tap probe once the figure has changed and been painted, across a navigation. */
async function untilChanged(page, timeoutMs = 90_000) {
  const t0 = Date.now();
  for (;;) {
    const r = await page.evaluate(() => (window.__tap && window.__tap.changedFrame != null ? { ...window.__tap } : null))
      .catch(() => null); // the document is being replaced
    if (r) return r;
    if (Date.now() - t0 > timeoutMs) throw new Error('the figure did not change within 90 s of the tap');
    await sleep(100);
  }
}

/** One visit in `context`: load, pause, tap, wait for the figure. Times in ms. */
async function visit(context, url, product, proxy) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    const swBytes = () => proxy.bytesBy((e) => e.from_service_worker);
    const swAtStart = swBytes();
    const allAtStart = proxy.bytesBy();
    await page.goto(url, { waitUntil: 'commit', timeout: 90_000 });
    await loaded(page);
    const loadedAt = await page.evaluate(() => window.__bench.resultFrame);
    await sleep(PAUSE_MS);
    const target = page.locator(tapSelector(product));
    if ((await target.count()) !== 1) throw new Error(`no single ${tapSelector(product)} on ${url}`);
    await target.scrollIntoViewIfNeeded({ timeout: 30_000 });
    const before = await page.evaluate(() => { window.__tap.arm(); return document.querySelector('[data-testid="added-value-per-ton"]')?.textContent ?? null; });
    const swBeforeTap = swBytes() - swAtStart;
    const allBeforeTap = proxy.bytesBy() - allAtStart;
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller));
    await target.tap({ timeout: 30_000 });
    // The tap may open another page: the wait goes on in the next document.
    const r = await untilChanged(page);
    const swAtChange = swBytes() - swAtStart;
    return {
      result_painted_ms: loadedAt,
      tap_to_change_ms: r.changed - r.tap,
      tap_to_change_painted_ms: r.changedFrame - r.tap,
      sw_bytes_before_tap: swBeforeTap,
      sw_bytes_until_changed: swAtChange,
      all_bytes_before_tap: allBeforeTap,
      all_bytes_until_changed: proxy.bytesBy() - allAtStart,
      controlled_at_tap: controlled,
      pages_opened: r.pages - 1,
      before, after: r.text,
    };
  } finally {
    await page.close();
  }
}

const waitIdle = async (proxy, maxMs = 120_000) => {
  const t0 = Date.now();
  while (proxy.idleFor() < IDLE_MS && Date.now() - t0 < maxMs) await sleep(200);
  return proxy.idleFor() >= IDLE_MS;
};

const kib = (b) => (b == null ? null : round(b / 1024));
const CASES = ['first_visit', 'wasm_cached', 'no_service_worker'];

/**
 * Medians of `runs` first taps on each of `pages` ({ name, url, product }): the cases above,
 * interleaved page by page. Uses its own proxy (port `proxyPort`, 0 = any) and browser.
 */
export async function firstTaps(pages, runs, log, { proxyPort = 0 } = {}) {
  const proxy = await startThrottleProxy({ port: proxyPort, ...NETWORK });
  const browser = await launchThroughProxy(proxy.server);
  const samples = Object.fromEntries(pages.map((p) => [p.name, Object.fromEntries(CASES.map((c) => [c, []]))]));
  let swRequests = 0;
  try {
    for (let i = 0; i < runs; i++) {
      for (const p of pages) {
        const fresh = async (serviceWorkers) => {
          const context = await browser.newContext({ ...PHONE, serviceWorkers });
          await context.addInitScript(LOAD_PROBE);
          await context.addInitScript(TAP_PROBE);
          return context;
        };
        let context = await fresh('allow');
        try {
          const seen = proxy.log.length;
          const swSeen = proxy.bytesBy((e) => e.from_service_worker);
          const a = await visit(context, p.url, p.product, proxy);
          if (!(await waitIdle(proxy))) log(`first tap ${p.name} run ${i + 1}: the network was still busy after 120 s`);
          // Everything the worker fetched in the first visit, through the downloads after the tap.
          a.sw_bytes_visit = proxy.bytesBy((e) => e.from_service_worker) - swSeen;
          samples[p.name].first_visit.push(a);
          swRequests += proxy.log.slice(seen).filter((e) => e.from_service_worker).length;
          if (proxy.log.length === seen) log('first tap: the proxy saw no request (is it bypassed?)');
          samples[p.name].wasm_cached.push(await visit(context, p.url, p.product, proxy));
        } catch (e) {
          log(`first tap ${p.name} run ${i + 1} failed: ${e.message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
        context = await fresh('block');
        try {
          samples[p.name].no_service_worker.push(await visit(context, p.url, p.product, proxy));
        } catch (e) {
          log(`first tap ${p.name} (service worker blocked) run ${i + 1} failed: ${e.message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
        await waitIdle(proxy, 30_000);
      }
    }
  } finally {
    await browser.close();
    await proxy.close();
  }
  const out = {};
  for (const p of pages) {
    out[p.name] = { url: p.url, tapped: tapSelector(p.product) };
    for (const c of CASES) {
      const s = samples[p.name][c];
      const pick = (k) => round(median(s.map((x) => x[k])));
      out[p.name][c] = {
        runs: s.length,
        tap_to_change_painted_ms: pick('tap_to_change_painted_ms'),
        tap_to_change_ms: pick('tap_to_change_ms'),
        result_painted_ms: pick('result_painted_ms'),
        sw_kib_before_tap: kib(median(s.map((x) => x.sw_bytes_before_tap))),
        sw_kib_until_changed: kib(median(s.map((x) => x.sw_bytes_until_changed))),
        all_kib_before_tap: kib(median(s.map((x) => x.all_bytes_before_tap))),
        all_kib_until_changed: kib(median(s.map((x) => x.all_bytes_until_changed))),
        sw_kib_whole_visit: c === 'first_visit' ? kib(median(s.map((x) => x.sw_bytes_visit))) : undefined,
        sw_bytes_before_tap: median(s.map((x) => x.sw_bytes_before_tap)),
        samples: s.map((x) => ({
          tap_to_change_painted_ms: round(x.tap_to_change_painted_ms), result_painted_ms: round(x.result_painted_ms),
          sw_kib_before_tap: kib(x.sw_bytes_before_tap), sw_kib_until_changed: kib(x.sw_bytes_until_changed),
          sw_kib_whole_visit: kib(x.sw_bytes_visit),
          controlled_at_tap: x.controlled_at_tap, pages_opened: x.pages_opened, before: x.before, after: x.after,
        })),
      };
    }
  }
  out.service_worker_requests_seen = swRequests;
  return out;
}

/** Result painted of each page and of its script-free copy, cold loads at 1× and 4×, interleaved. */
export async function pageFloors(browser, pairs, runs, log) {
  const out = {};
  for (const rate of [1, 4]) {
    const apps = pairs.flatMap((p) => [{ name: p.name, url: p.url }, { name: `${p.name}_floor`, url: p.floor }]);
    const r = await coldLoads(browser, apps, rate, runs, log);
    out[`${rate}x`] = Object.fromEntries(pairs.map((p) => {
      const app = r[p.name];
      const floor = r[`${p.name}_floor`];
      const ratio = app.result_painted_ms && floor.result_painted_ms ? round(app.result_painted_ms / floor.result_painted_ms, 2) : null;
      return [p.name, {
        runs: Math.min(app.runs, floor.runs),
        app_result_painted_ms: app.result_painted_ms, floor_result_painted_ms: floor.result_painted_ms, ratio,
        app_fcp_ms: app.fcp_ms, floor_fcp_ms: floor.fcp_ms,
        app_samples: app.samples.map((x) => x.result_painted_ms), floor_samples: floor.samples.map((x) => x.result_painted_ms),
      }];
    }));
  }
  return out;
}

/** Printable lines for both. */
export function firstTapLines(taps, floors) {
  const out = [];
  const ms = (x) => (x == null ? '—' : `${x} ms`);
  if (taps?.error) out.push(`first tap: failed: ${taps.error}`);
  else if (taps) {
    out.push(`first tap: phone 390×844 (touch), ${CPU_RATE}× CPU, proxy ${NETWORK.latencyMs} ms per request + shared ${NETWORK.downBytesPerSec * 8 / 1e6} Mbit/s down (the worker's downloads too); tap ${PAUSE_MS} ms after the answer is painted; tap → figure changed and painted, medians`);
    for (const [name, r] of Object.entries(taps)) {
      if (typeof r !== 'object' || !r.first_visit) continue;
      out.push(`  ${name} (tap ${r.tapped}):`);
      for (const [c, label] of [['first_visit', 'first visit, worker downloading'], ['wasm_cached', 'second visit, wasm cached'], ['no_service_worker', 'service worker blocked']]) {
        const x = r[c];
        out.push(`    ${label.padEnd(32)} ${ms(x.tap_to_change_painted_ms).padStart(10)}  (n=${x.runs}; answer painted at ${ms(x.result_painted_ms)}; worker had ${x.sw_kib_before_tap} KiB at the tap, ${x.sw_kib_until_changed} KiB by the change; all requests ${x.all_kib_before_tap} KiB at the tap, ${x.all_kib_until_changed} KiB by the change)`);
        if (x.sw_kib_whole_visit != null) out.push(`      the worker's downloads over the whole visit (until the network was idle): ${x.sw_kib_whole_visit} KiB`);
        out.push(`      samples: ${x.samples.map((s) => s.tap_to_change_painted_ms).join(' ')}`);
      }
    }
  }
  if (floors) {
    out.push('the page\'s own floor: result painted, the page vs the same page without scripts (cold loads, unthrottled network), medians');
    for (const [rate, rows] of Object.entries(floors)) {
      for (const [name, r] of Object.entries(rows)) {
        out.push(`  ${rate} ${name.padEnd(18)} app ${ms(r.app_result_painted_ms).padStart(10)}  floor ${ms(r.floor_result_painted_ms).padStart(10)}  ratio ${r.ratio ?? '—'}  (n=${r.runs})`);
      }
    }
  }
  return out;
}
