// A fresh page's first edits, in-page (no Playwright between them): for each of the first 8
// edits of furniture's last step, the edit's own task (the input event, the reducer, Yew's
// render; ms) + the forced style and layout after it | the task after the next paint (the
// parts that follow one frame late). Shows what the engine's first runs of the code cost.
//   node bench/first-edits.mjs URL [rate=1] [pages=4]
import { freshPage, launch, round } from './browser.mjs';

const [url, rate = '1', pages = '4'] = process.argv.slice(2);
if (!url) { console.error('usage: node bench/first-edits.mjs URL [rate] [pages]'); process.exit(2); }
const browser = await launch();
try {
  for (let p = 0; p < Number(pages); p++) {
    const { context, page } = await freshPage(browser, Number(rate));
    try {
      await page.goto(new URL('?lang=en&product=furniture', url).href);
      await page.mouse.move(2, 2);
      await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
      await page.waitForTimeout(1500);
      const r = await page.evaluate(async () => {
        const field = document.querySelector('[data-testid="edit-av-profile-furniture"]');
        const out = [];
        for (let i = 0; i < 8; i++) {
          const t0 = performance.now();
          field.value = String(70100 + i * 100);
          field.dispatchEvent(new InputEvent('input', { bubbles: true }));
          await Promise.resolve();
          await new Promise((res) => queueMicrotask(res));
          const t1 = performance.now();
          void document.body.offsetHeight;
          const t2 = performance.now();
          await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
          const t3 = performance.now();
          await new Promise((res) => setTimeout(res, 100));
          out.push([t1 - t0, t2 - t1, t3 - t2]);
        }
        return out;
      });
      console.log(`page ${p + 1}, ${rate}x: ` + r.map(([a, b, c]) => `${round(a)}+${round(b)}|${round(c)}`).join('  '));
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
