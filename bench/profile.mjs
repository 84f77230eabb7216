// Where the main thread's time goes: V8's sampling profiler (CDP Profiler) over one cold load
// and over a series of edits and clicks, on a copy of the app whose wasm keeps its function
// names (the same -Oz code; scripts/bench.sh serves it). Self time summed per function and
// per crate, so a slow figure points at the code to change.
import { freshPage, round } from './browser.mjs';
import { crateOf } from './wasm-size.mjs';

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? 0) / 1000; // µs → ms; a sample's time is the gap to the next
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const name = f.functionName || (f.url ? `(anonymous ${f.url.split('/').pop()})` : '(anonymous)');
    self.set(name, (self.get(name) ?? 0) + dt);
    total += dt;
  });
  const idle = self.get('(idle)') ?? 0;
  const busy = total - idle;
  const rows = [...self.entries()].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]);
  const group = new Map();
  for (const [name, ms] of rows) {
    const key = /^\$?[A-Za-z_<]/.test(name) && /::/.test(name) ? crateOf(name.replace(/^\$/, ''))
      : name.startsWith('(') ? name : `JS: ${name.startsWith('__wbg') || name.startsWith('__wbindgen') ? 'wasm-bindgen glue' : 'page/boot/browser'}`;
    group.set(key, (group.get(key) ?? 0) + ms);
  }
  return {
    busy_ms: round(busy), idle_ms: round(idle),
    top_functions: rows.slice(0, 15).map(([name, ms]) => ({ ms: round(ms), percent_of_busy: round((100 * ms) / busy), name })),
    by_crate: [...group.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)
      .map(([crate, ms]) => ({ ms: round(ms), percent_of_busy: round((100 * ms) / busy), crate })),
  };
}

export async function profileApp(browser, namedUrl, actions, log) {
  const out = {};
  // A cold load at 1× of a query link, so the app starts at once (a pre-rendered page that
  // is only read runs no wasm): until it has taken the page over. `basis=market` (the
  // default) is more than a page shows, so the link is not sent on to en/furniture/.
  {
    const { context, page, cdp } = await freshPage(browser, 1);
    try {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(new URL('?lang=en&product=furniture&basis=market', namedUrl).href, { waitUntil: 'commit', timeout: 60_000 });
      await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready', null, { timeout: 60_000, polling: 100 });
      out.cold_load = summarise((await cdp.send('Profiler.stop')).profile);
    } catch (e) {
      log(`profile of the cold load failed: ${e.message.split('\n')[0]}`);
    } finally { await context.close(); }
  }
  // Edits and clicks as in interact.mjs.
  {
    const { context, page, cdp } = await freshPage(browser, 1);
    try {
      await page.goto(new URL('?lang=en&product=furniture&basis=market', namedUrl).href, { timeout: 60_000 });
      const field = page.getByTestId('edit-av-profile-furniture');
      await field.waitFor({ timeout: 60_000 });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      for (let i = 0; i < actions; i++) await field.fill(String(70_100 + i * 100));
      const buttons = await page.locator('button[data-testid^="product-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
      for (let i = 0; i < actions; i++) await page.getByTestId(buttons[i % buttons.length]).click();
      out.interactions = { edits: actions, clicks: actions, ...summarise((await cdp.send('Profiler.stop')).profile) };
    } catch (e) {
      log(`profile of interactions failed: ${e.message.split('\n')[0]}`);
    } finally { await context.close(); }
  }
  return out;
}
