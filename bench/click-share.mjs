// The browser's share of a product click: the bench's clicks on the chain map's product
// buttons (Playwright scrolls each into view, as in bench/interact.mjs), answered three ways,
// input → next paint (in-page probe, no trace):
//   none — the app does not see the click (a capturing listener stops it): the method's floor
//          with Playwright's scrolling;
//   dom  — the same listener changes, by hand, the texts a product click changes in the result
//          card (figure, figure per ton of metal, path, range, source, its "per ton of" line)
//          and brings the answer back into view as the app does: style, layout and paint
//          without any script of the app;
//   app  — the app's own click.
//   node bench/click-share.mjs URL [clicks=60] [rounds=2] [rate=4]
import { freshPage, launch, median, quantile, round } from './browser.mjs';
import { PROBE, waitSamples } from './interact.mjs';

function byHand(mode) {
  addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    e.stopPropagation();
    e.preventDefault();
    if (mode !== 'dom') return;
    const h = document.getElementById('result-heading');
    const top = h.getBoundingClientRect().top;
    if (top < 0 || top > innerHeight * 0.8) h.scrollIntoView(true);
    const k = Math.floor(Math.random() * 90000) + 1000;
    const set = (sel, text) => { const el = document.querySelector(sel); if (el) el.textContent = text; };
    set('[data-testid="added-value-per-ton"]', `${k.toLocaleString('en')} yuan/t`);
    set('[data-testid="added-value-per-metal"]', `${Math.round(k * 0.99).toLocaleString('en')} yuan/t`);
    const path = document.querySelector('[data-testid="result-path"]');
    if (path) path.textContent = path.textContent.split(' → ').reverse().join(' → ');
    for (const el of document.querySelectorAll('[data-testid="added-value-range"] .num')) el.textContent = `${k - 500} – ${k + 700}`;
    set('[data-testid="headline-source-link"]', `source ${k}`);
    set('[data-testid="headline-per"]', `per ton of aluminium made into product ${k % 31}`);
  }, true);
}

const [url, n = '60', rounds = '2', rate = '4'] = process.argv.slice(2);
if (!url) { console.error('usage: node bench/click-share.mjs URL [clicks] [rounds] [rate]'); process.exit(2); }
const modes = ['none', 'dom', 'app'];
const browser = await launch();
try {
  const res = new Map(modes.map((m) => [m, []]));
  for (let r = 0; r < Number(rounds); r++) {
    for (const mode of (r % 2 ? [...modes].reverse() : modes)) {
      const { context, page } = await freshPage(browser, Number(rate), PROBE);
      try {
        await page.goto(new URL('?lang=en&product=furniture', url).href);
        await page.getByTestId('added-value-per-ton').waitFor();
        await page.mouse.move(2, 2);
        await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
        await page.waitForTimeout(500);
        if (mode !== 'app') await page.evaluate(byHand, mode);
        const buttons = await page.locator('button[data-testid^="product-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
        for (let i = 0; i < Number(n); i++) {
          await page.getByTestId(buttons[i % buttons.length]).click();
          await waitSamples(page, i + 1);
        }
        const v = (await page.evaluate(() => window.__lat.samples)).map((x) => x.ms);
        res.get(mode).push({ p50: quantile(v, 0.5), p95: quantile(v, 0.95) });
        console.log(`round ${r + 1} ${mode.padEnd(4)} ${rate}x: p50 ${round(quantile(v, 0.5))} p95 ${round(quantile(v, 0.95))} ms`);
      } finally {
        await context.close();
      }
    }
  }
  for (const [mode, rs] of res) console.log(`median of ${rs.length} rounds, ${mode.padEnd(4)} ${rate}x: p50 ${round(median(rs.map((x) => x.p50)))} p95 ${round(median(rs.map((x) => x.p95)))} ms`);
} finally {
  await browser.close();
}
