// Two measurements of a pre-rendered page whose app starts on first use (README, "The app
// starts on first use"):
//  - throttledLoads: cold loads on a throttled network (150 ms, 1.6 Mbit/s down, 4× CPU),
//    the time until the result shows (the "≤ 1.5 s on a throttled network");
//  - takeOver: the main thread's work of a cold load until the page is idle, then of the
//    app's start at the first sign of use (a pointer moving over the page) until it has
//    taken the page over (`<html data-app="ready">`) and painted.
import { freshPage, median, round, sleep } from './browser.mjs';
import { LOAD_PROBE } from './load.mjs';

/** Medians of `runs` throttled cold loads of each of `apps` ({name, url}), interleaved. */
export async function throttledLoads(browser, apps, runs, log) {
  const samples = Object.fromEntries(apps.map((a) => [a.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const app of apps) {
      const { context, page, cdp } = await freshPage(browser, 4, LOAD_PROBE);
      try {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
        await page.goto(app.url, { waitUntil: 'commit', timeout: 60_000 });
        await page.waitForFunction(() => window.__bench && window.__bench.resultFrame != null && getComputedStyle(document.documentElement).visibility !== "hidden", null, { timeout: 60_000, polling: 100 });
        samples[app.name].push(await page.evaluate(() => window.__bench.resultFrame));
      } catch (e) {
        log(`throttled load ${app.name} run ${i + 1} failed: ${e.message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
    }
  }
  return Object.fromEntries(apps.map((a) => [a.name, {
    runs: samples[a.name].length,
    result_painted_ms: round(median(samples[a.name])),
    samples: samples[a.name].map((x) => round(x)),
  }]));
}

const busy = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (name) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  return { task: m('TaskDuration'), script: m('ScriptDuration') };
};

/** Main-thread work (ms, medians of `runs`) of loading `url` and of its app's start on first use. */
export async function takeOver(browser, url, rate, runs, log) {
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, cdp } = await freshPage(browser, rate, LOAD_PROBE);
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.__bench && window.__bench.resultFrame != null && getComputedStyle(document.documentElement).visibility !== "hidden", null, { timeout: 60_000, polling: 100 });
      await page.waitForLoadState('networkidle');
      await sleep(300);
      const loaded = await busy(cdp);
      const startedAt = await page.evaluate(() => performance.now());
      await page.mouse.move(5, 5);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready', null, { timeout: 60_000, polling: 'raf' });
      // Through the paint of the taken-over page.
      const readyAt = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
      const ready = await busy(cdp);
      rows.push({
        load_task_ms: loaded.task, load_script_ms: loaded.script,
        start_task_ms: ready.task - loaded.task, start_script_ms: ready.script - loaded.script,
        start_to_ready_ms: readyAt - startedAt,
      });
    } catch (e) {
      log(`take-over ${url} ${rate}x run ${i + 1} failed: ${e.message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  const pick = (k) => round(median(rows.map((r) => r[k])));
  return {
    rate, runs: rows.length,
    load_task_ms: pick('load_task_ms'), load_script_ms: pick('load_script_ms'),
    start_task_ms: pick('start_task_ms'), start_script_ms: pick('start_script_ms'),
    start_to_ready_ms: pick('start_to_ready_ms'),
  };
}
