// Embed mode in an iframe of a page on another origin: auto-height, theme, lock, and the
// link to the full calculator.
import { test, expect } from '../fixtures';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, serveHostPages } from '../pages/servers';

// The host page is served by a plain server on another port: another origin, with no CSP
// of ours, as an investment-promotion site would be. The examples, and the host pages some
// tests write (a page the browser did not get from a local server may not frame one).
const hostDir = mkdtempSync(join(tmpdir(), 'value-chain-host-'));
cpSync(resolve(ROOT, 'examples'), hostDir, { recursive: true });
let host: Awaited<ReturnType<typeof serveHostPages>>;
test.beforeAll(async () => { host = await serveHostPages(hostDir, 8093 + test.info().parallelIndex * 10); });
test.afterAll(async () => { await host.stop(); });
const hostPage = (baseURL: string) => `${host.url}host-page.html?app=${encodeURIComponent(baseURL)}`;

test('the iframe resizes to its content and takes the theme colour', async ({ page, baseURL }) => {
  await page.goto(hostPage(baseURL!));
  const frameEl = page.locator('#calculator');
  const frame = page.frameLocator('#calculator');
  await expect(frame.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
  // embed.js sets the height from the app's messages; the initial attribute is 600.
  await expect.poll(async () => frameEl.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
  const frameHeight = await frameEl.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10));
  const contentHeight = await frame.locator('html').evaluate((h) => h.scrollHeight);
  expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
  const accent = await frame.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--accent').trim());
  expect(accent).toBe('#c0392b');
  // The full page of the card's view, from the app's address (the host page's `app`).
  await expect(frame.getByTestId('open-full')).toHaveAttribute('href', `${new URL(baseURL!).pathname}en/furniture/`);
});

test('in a 600 px iframe the compact card is at most 800 px tall and the iframe follows it', async ({ page, baseURL }) => {
  // The host page has margins: a viewport of 680 gives the iframe about 600 px.
  await page.setViewportSize({ width: 680, height: 500 });
  await page.goto(hostPage(baseURL!));
  const frameEl = page.locator('#calculator');
  expect(await frameEl.evaluate((f) => f.getBoundingClientRect().width)).toBeGreaterThanOrEqual(600);
  const frame = page.frameLocator('#calculator');
  await expect(frame.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
  await expect.poll(async () => frameEl.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height || '0', 10))).toBeLessThanOrEqual(800);
  const frameHeight = await frameEl.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10));
  const contentHeight = await frame.locator('html').evaluate((h) => h.scrollHeight);
  expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
  expect(frameHeight).toBeGreaterThan(300);
});

test('height messages from elsewhere are ignored by the host script', async ({ page, baseURL }) => {
  await page.goto(hostPage(baseURL!));
  const frame = page.frameLocator('#calculator');
  await expect(frame.getByTestId('added-value-per-ton')).toBeVisible();
  await expect.poll(async () => page.locator('#calculator').evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/px$/);
  const before = await page.locator('#calculator').evaluate((f: HTMLIFrameElement) => f.style.height);
  // The host page itself (not the iframe) posts a forged message, and junk payloads.
  await page.evaluate(() => {
    window.postMessage({ type: 'value-chain:height', height: 99999 }, '*');
    window.postMessage({ type: 'value-chain:height', height: 'NaN' }, '*');
    window.postMessage('value-chain:height', '*');
    window.postMessage(null, '*');
  });
  await page.waitForTimeout(300);
  expect(await page.locator('#calculator').evaluate((f: HTMLIFrameElement) => f.style.height)).toBe(before);
});

test('lock=1 makes the figures read-only', async ({ calc }) => {
  await calc.open('lang=en&embed=1&lock=1&product=rod');
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '500');
  await expect(calc.testId('assumptions')).toHaveCount(0);
  await calc.expectClean();
});

test('a bad theme is refused with a message', async ({ calc, page }) => {
  await calc.open('lang=en&embed=1&theme=red%3Bbackground%3Aurl(x)');
  await expect(calc.testId('notices')).toContainText('theme=');
  const accent = await page.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--accent').trim());
  expect(accent).not.toContain('url');
  await calc.expectClean();
});

// "Open the full calculator": the full page of the card's view, from the site's base, in a
// new tab; never the card again (a `./?…` link, relative to `…/furniture/embed/`, was).
/** Opens a pre-rendered page and lets its app take it over (a sign of use starts it). */
async function openPage(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  await page.mouse.move(2, 2);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
}

/** Where the link goes: its address resolved against the card's. */
async function fullLink(page: import('@playwright/test').Page) {
  const link = page.getByTestId('open-full');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  return link.evaluate((a: HTMLAnchorElement) => new URL(a.href, location.href));
}

for (const lang of ['en', 'zh']) {
  test(`the card's link opens the full page of the product shown, in a new tab (${lang})`, async ({ calc, page }) => {
    await openPage(page, `${lang}/furniture/embed/`);
    await calc.testId('product-picker').selectOption('casings');
    const headline = await calc.testId('added-value-per-ton').getAttribute('data-value');
    await expect.poll(async () => (await fullLink(page)).pathname).toBe(`/${lang}/casings/`);
    const url = await fullLink(page);
    expect(url.search, 'the page shows the product: nothing left for the query').toBe('');
    expect(url.href).not.toMatch(/embed|furniture/);
    // Followed: the full calculator, not the card, with the same figure.
    const [full] = await Promise.all([page.waitForEvent('popup'), calc.testId('open-full').click()]);
    await full.waitForLoadState();
    expect(new URL(full.url()).pathname).toBe(`/${lang}/casings/`);
    await expect(full.getByTestId('app')).not.toHaveClass(/\bembed\b/);
    await expect(full.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', headline!);
    await calc.expectClean();
  });
}

test('from a query card the link goes to the same page, with what the page does not show', async ({ calc, page }) => {
  await calc.open('lang=en&product=casings&embed=1');
  expect((await fullLink(page)).pathname).toBe('/en/casings/');
  await calc.open('lang=zh&product=furniture&price=15000&embed=1&theme=%23c0392b');
  const url = await fullLink(page);
  expect(url.pathname).toBe('/zh/furniture/');
  expect(Object.fromEntries(url.searchParams)).toEqual({ price: '15000' });
  await calc.expectClean();
});

// The compact card in small frames, and auto-height that never jumps.
/** A host page of our own on the host's origin: `frames` inside its body. */
async function hostWith(page: import('@playwright/test').Page, name: string, body: string) {
  writeFileSync(join(hostDir, `test-${name}.html`), `<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1">
    <style>body { margin: 0; } iframe { display: block; border: 0; }</style></head><body>${body}</body></html>`);
  await page.goto(`${host.url}test-${name}.html`);
}

for (const lang of ['en', 'zh']) {
  test(`in a fixed 360 × 400 frame the card shows product, figure, unit, basis, path and source (${lang})`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 400 });
    await hostWith(page, `fixed-${lang}`,
      `<iframe id="card" src="${baseURL}${lang}/furniture/embed/" title="card" width="360" height="400"></iframe>`);
    const frame = page.frameLocator('#card');
    await expect(frame.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    const unit = lang === 'en' ? 'yuan/t' : '元/吨';
    await expect(frame.getByTestId('added-value-per-ton')).toContainText(unit);
    await expect(frame.getByTestId('headline-per')).toContainText(lang === 'en' ? 'per ton of aluminium made into Aluminium furniture' : '按每吨铝加工成全铝家具计');
    await expect(frame.getByTestId('result-path')).toContainText(lang === 'en' ? 'Aluminium furniture' : '全铝家具');
    // Wholly inside the frame, nothing scrolled.
    for (const id of ['result-path', 'added-value-per-ton', 'headline-per', 'price-basis', 'headline-source']) {
      const box = await frame.getByTestId(id).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height, scrolled: window.scrollY };
      });
      expect(box.scrolled).toBe(0);
      expect(box.height, id).toBeGreaterThan(0);
      expect(box.bottom, `${id} ends at ${box.bottom} px`).toBeLessThanOrEqual(400);
    }
    await expect(frame.getByTestId('headline-source').locator('.badge')).toBeVisible();
    // The figure and its unit on one line ("80,000 / yuan/t" was two).
    const lines = await frame.getByTestId('added-value-per-ton').evaluate((el) =>
      el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(lines, 'lines of the headline').toBeLessThan(1.5);
  });
}

test('in a 600 × 400 frame the stages chart takes at most half the frame', async ({ page, baseURL }) => {
  // It took 276 px, 70 % of the frame, and was most of what a visitor saw of the card.
  await page.setViewportSize({ width: 600, height: 400 });
  for (const lang of ['en', 'zh']) {
    await hostWith(page, `wide-${lang}`,
      `<iframe id="card" src="${baseURL}${lang}/furniture/embed/" title="card" width="600" height="400"></iframe>`);
    const frame = page.frameLocator('#card');
    await expect(frame.locator('[data-chart="waterfall"]')).toBeVisible();
    const chart = await frame.getByTestId('waterfall').evaluate((el) => el.getBoundingClientRect().height);
    expect(chart, `${lang}: stages chart in px`).toBeLessThanOrEqual(200);
    // Its text stays readable.
    const sizes = await frame.locator('[data-chart="waterfall"] text').evaluateAll((texts) =>
      texts.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      }));
    expect(Math.min(...sizes), `${lang}: smallest chart text in px`).toBeGreaterThanOrEqual(11);
  }
});

// Every mark keeps its key in the card, compactly (the keys were hidden to save height).
for (const lang of ['en', 'zh']) {
  test(`in a 600 × 400 frame the stages' key is one line of short labels (${lang})`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await hostWith(page, `key-${lang}`,
      `<iframe id="card" src="${baseURL}${lang}/casings/embed/" title="card" width="600" height="400"></iframe>`);
    const frame = page.frameLocator('#card');
    await expect(frame.locator('[data-chart="waterfall"]')).toBeVisible();
    const key = frame.getByTestId('waterfall-legend');
    await expect(key).toBeVisible();
    const box = await key.evaluate((el) => ({ height: el.getBoundingClientRect().height, font: parseFloat(getComputedStyle(el).fontSize) }));
    expect(box.height, `${lang}: key height in px`).toBeLessThanOrEqual(24);
    expect(box.font, `${lang}: key font in px`).toBeGreaterThanOrEqual(12);
    // Casings' last stage is an estimate, drawn as a dashed hollow bar: the key says so.
    await expect(key.locator('.swatch-estimate')).toBeVisible();
    const short = lang === 'en' ? ['Sourced', 'Estimate', 'Total'] : ['有出处', '估算', '合计'];
    await expect(key.locator('.legend-short')).toHaveText(short);
    for (const s of await key.locator('.legend-short').all()) await expect(s).toBeVisible();
    for (const l of await key.locator('.legend-long').all()) await expect(l).toBeHidden();
    // Every item on the key's one line, inside the chart's card.
    const items = await key.locator('li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect()));
    expect(new Set(items.map((r) => Math.round(r.top))).size, `${lang}: lines of the key`).toBe(1);
    const card = await frame.getByTestId('waterfall').evaluate((el) => el.getBoundingClientRect().right);
    for (const r of items) expect(r.right).toBeLessThanOrEqual(card);
  });
}

test('the full page keeps the long labels of the stages\' key', async ({ calc }) => {
  await calc.open('lang=en&product=casings');
  const key = calc.testId('waterfall-legend');
  await expect(key.locator('.legend-long').first()).toBeVisible();
  for (const s of await key.locator('.legend-short').all()) await expect(s).toBeHidden();
  await expect(key).toContainText('An estimate');
});

for (const lang of ['en', 'zh']) {
  test(`an embedded scenario keeps the Sankey's key (${lang})`, async ({ calc, page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await calc.open(`lang=${lang}&view=scenario&embed=1`);
    const key = calc.testId('sankey-key');
    await expect(key).toBeVisible();
    const numbered = await page.locator('[data-chart="sankey"] .sankey-number').count();
    expect(numbered).toBeGreaterThan(0);
    await expect(key.locator('li')).toHaveCount(numbered);
    const fonts = await key.locator('li').evaluateAll((lis) => lis.map((li) => parseFloat(getComputedStyle(li).fontSize)));
    expect(Math.min(...fonts), `${lang}: key font in px`).toBeGreaterThanOrEqual(12);
    for (const li of await key.locator('li').all()) await expect(li).toBeVisible();
    await expect(calc.testId('sankey-legend')).toBeVisible();
    // The nodes' numbers are drawn at their size (font size times the SVG's scale on
    // screen), not shrunk to fit the card: the flows scroll inside it instead.
    const drawn = await page.locator('[data-chart="sankey"] .sankey-number').evaluateAll((ts) =>
      ts.map((t) => {
        const m = (t as SVGGraphicsElement).getScreenCTM();
        return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
      }));
    expect(Math.min(...drawn), `${lang}: the smallest node number in px`).toBeGreaterThanOrEqual(11);
    await expect(page.locator('.sankey-scroll')).toHaveAttribute('tabindex', '0');
    // Twenty nodes: the key scrolls beside the flows, a region the keys can scroll.
    const box = page.locator('.sankey-key-scroll');
    await expect(box).toHaveAttribute('tabindex', '0');
    await expect(box).toHaveAttribute('aria-label', lang === 'en' ? 'Key to the numbered nodes' : '图中编号对照');
    const [chart, keyBox] = await Promise.all([page.locator('[data-chart="sankey"]'), box].map((l) => l.evaluate((el) => el.getBoundingClientRect())));
    expect(keyBox.height, `${lang}: the key's box is no taller than the flows`).toBeLessThanOrEqual(chart.height + 1);
    expect(keyBox.left, `${lang}: the key beside the flows`).toBeGreaterThanOrEqual(chart.right - 1);
    await calc.expectClean();
  });
}

test('a frame below the fold has its height before it is scrolled to, and keeps it', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // Every height the host gives each frame, and whether the frame was in view then.
  await page.addInitScript(() => {
    (window as any).__heights = [];
    addEventListener('DOMContentLoaded', () => {
      for (const frame of document.querySelectorAll('iframe')) {
        new MutationObserver(() => {
          const r = frame.getBoundingClientRect();
          (window as any).__heights.push({ id: frame.id, height: frame.style.height, inView: r.top < innerHeight && r.bottom > 0 });
        }).observe(frame, { attributes: true, attributeFilter: ['style'] });
      }
    });
  });
  await hostWith(page, 'below-fold', `
    <iframe id="top" data-value-chain src="${baseURL}en/furniture/embed/" title="top" width="100%" height="400"></iframe>
    <div style="height: 600px"></div>
    <iframe id="below" data-value-chain src="${baseURL}zh/lv-cable/embed/" title="below" width="100%" height="400" loading="lazy"></iframe>
    <div style="height: 1200px"></div>
    <script src="${baseURL}assets/embed.js"></script>`);
  const below = page.locator('#below');
  const frame = page.frameLocator('#below');
  expect(await below.evaluate((f) => f.getBoundingClientRect().top)).toBeGreaterThan(740);
  // Out of view, the frame gets the height of its card.
  await expect.poll(() => below.evaluate((f: HTMLIFrameElement) => f.style.height), { timeout: 15_000 }).toMatch(/^\d+px$/);
  await expect(frame.locator('html[data-app="ready"]')).toHaveCount(1);
  const content = () => frame.locator('body').evaluate((b) => b.scrollHeight);
  await expect.poll(async () => parseInt(await below.evaluate((f: HTMLIFrameElement) => f.style.height), 10)).toBe(await content());
  const before = await below.evaluate((f: HTMLIFrameElement) => f.style.height);
  // Scrolled to: the frame renders (two of its frames), and its height stays.
  await below.evaluate((f) => f.scrollIntoView());
  await frame.locator('body').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await below.evaluate((f: HTMLIFrameElement) => f.style.height)).toBe(before);
  const heights = await page.evaluate(() => (window as any).__heights as { id: string; height: string; inView: boolean }[]);
  expect(heights.filter((h) => h.id === 'below' && h.inView), 'heights given while in view').toEqual([]);
  // The frame in view from the start: its first height is its last.
  const top = heights.filter((h) => h.id === 'top');
  expect(top.length, 'the top frame got a height').toBeGreaterThan(0);
  expect(new Set(top.map((h) => h.height)).size, `top frame heights ${top.map((h) => h.height)}`).toBe(1);
});
