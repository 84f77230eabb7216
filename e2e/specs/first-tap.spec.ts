// The first tap (issue 28): a query link a pre-rendered page shows goes to that page before
// anything is painted, any other never shows another answer as its own; a tap while the app
// starts is marked and announced at once; the service worker downloads little before the
// first tap, and nothing with Save-Data.
import { test, expect } from '../fixtures';
import type { Page, Route } from '@playwright/test';

// A route holds the wasm back only from the page itself, not from a service worker's fetch;
// the worker has tests of its own below.
test.use({ serviceWorkers: 'block' });

/** Holds the app's wasm back until `release()`: the page stays pre-rendered meanwhile. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route: Route) => { await held; await route.continue(); });
  return release;
}

/** Records, at every frame from the first, what the page shows as its answer. */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: { path: string; value: string | null; pending: boolean; updating: boolean; visible: boolean; ready: boolean }[] = [];
    (window as any).__frames = frames;
    const probe = () => {
      const figure = document.querySelector('[data-testid="added-value-per-ton"]');
      const html = document.documentElement;
      if (figure) {
        frames.push({
          path: location.pathname + location.search,
          value: figure.getAttribute('data-value'),
          pending: html.hasAttribute('data-pending'),
          updating: html.hasAttribute('data-updating'),
          visible: getComputedStyle(html).visibility !== 'hidden',
          ready: html.getAttribute('data-app') === 'ready',
        });
      }
      requestAnimationFrame(probe);
    };
    requestAnimationFrame(probe);
  });
}
const frames = (page: Page) => page.evaluate(() => (window as any).__frames as any[]);

for (const [lang, furniture] of [['zh', '家具'], ['en', 'furniture']] as const) {
  test(`a query link a page shows goes to that page (${lang})`, async ({ page }) => {
    await recordFrames(page);
    const release = await holdWasm(page);
    // The form host pages and older shares use, with WeChat's own keys added.
    await page.goto(`./?lang=${lang}&product=furniture&from=singlemessage&isappinstalled=0`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/furniture/$`));
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    await expect(page.getByTestId('result-path')).toContainText(furniture);
    // The page is the answer: not pending, and the app not needed to show it.
    await expect(page.locator('html[data-pending]')).toHaveCount(0);
    release();
    const seen = await frames(page);
    expect(seen.length).toBeGreaterThan(0);
    // The home page's cable figure was never painted as this link's answer.
    const wrong = seen.filter((f) => f.visible && f.value !== '80000');
    expect(wrong, JSON.stringify(wrong.slice(0, 3))).toEqual([]);
  });
}

test('a query link no page shows is marked as not yet its answer until the app has it', async ({ page }) => {
  await recordFrames(page);
  const release = await holdWasm(page);
  // Furniture on the statistical basis: the home page shows cable on the market basis.
  await page.goto('./en/?product=furniture&basis=statistical');
  await expect(page.locator('html[data-pending]')).toHaveCount(1);
  await expect(page.getByTestId('app-status')).toHaveText('Calculating…');
  await expect(page.getByTestId('app-status')).toHaveAttribute('role', 'status');
  // Dimmed, in the style sheet's words.
  await expect.poll(() => page.locator('.result-card .headline').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.6);
  await page.waitForTimeout(300);
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.getByTestId('price-basis')).toHaveAttribute('data-basis', 'statistical');
  await expect(page.locator('html[data-pending]')).toHaveCount(0);
  await expect(page.getByTestId('app-status')).toHaveText('');
  const value = Number(await page.getByTestId('added-value-per-ton').getAttribute('data-value'));
  const seen = await frames(page);
  // Every frame that showed an answer unmarked showed the link's own.
  const wrong = seen.filter((f) => f.visible && !f.pending && Number(f.value) !== value);
  expect(wrong, JSON.stringify(wrong.slice(0, 3))).toEqual([]);
  expect(seen.some((f) => f.pending && f.value === '5000'), 'the pre-rendered answer was shown marked').toBe(true);
});

test('a link with a bad value is not redirected, and marked until the app says what it did', async ({ page }) => {
  await recordFrames(page);
  const release = await holdWasm(page);
  await page.goto('./en/?product=no-such-product');
  await expect(page.locator('html[data-pending]')).toHaveCount(1);
  expect(new URL(page.url()).pathname).toBe('/en/');
  await page.waitForTimeout(200);
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('html[data-pending]')).toHaveCount(0);
  await expect(page.getByTestId('notices')).toBeVisible();
  const seen = await frames(page);
  const unmarked = seen.filter((f) => f.visible && !f.ready && !f.pending);
  expect(unmarked, JSON.stringify(unmarked.slice(0, 3))).toEqual([]);
});

for (const [lang, words, rod] of [['zh', '计算中…', '铝杆'], ['en', 'Calculating…', 'rod']] as const) {
  test(`a tap while the app starts is marked and announced at once (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const release = await holdWasm(page);
    await page.goto(`./${lang}/furniture/`);
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    // When the tap happened and when the page marked it, in the page's own clock.
    await page.evaluate(() => {
      const w = window as any;
      addEventListener('click', (e) => { w.__tapAt ??= e.timeStamp; }, true);
      new MutationObserver(() => {
        if (document.documentElement.hasAttribute('data-updating')) w.__markedAt ??= performance.now();
      }).observe(document.documentElement, { attributes: true });
    });
    // A control only the app can answer (no page shows furniture on the statistical basis).
    const statistical = page.getByTestId('basis-statistical');
    await statistical.scrollIntoViewIfNeeded();
    await statistical.click();
    await expect(page.locator('html[data-updating]')).toHaveCount(1);
    await expect(page.getByTestId('app-status')).toHaveText(words);
    const { tapAt, markedAt } = await page.evaluate(() => ({ tapAt: (window as any).__tapAt, markedAt: (window as any).__markedAt }));
    expect(markedAt - tapAt, 'ms from the tap to the mark').toBeLessThanOrEqual(100);
    // Dimmed (after a transition of 0.1 s).
    await expect.poll(() => page.locator('.result-card .headline').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.6);
    release();
    // The app does what was tapped.
    await expect(page.getByTestId('price-basis')).toHaveAttribute('data-basis', 'statistical');
    await expect(page.getByTestId('basis-statistical')).toBeChecked();
    expect(Number(await page.getByTestId('added-value-per-ton').getAttribute('data-value'))).toBeLessThan(80000);
    await expect(page.locator('html[data-updating]')).toHaveCount(0);
    await expect(page.getByTestId('app-status')).toHaveText('');
  });

  test(`a tap on another product while the app starts opens that product's page (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Held for the whole test: the product's page is the answer, without the app.
    await holdWasm(page);
    await page.goto(`./${lang}/furniture/`);
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    const before = await page.evaluate(() => history.length);
    // The stage list, a screen or more under the answer on a phone.
    const tap = page.getByTestId('product-rod');
    await tap.scrollIntoViewIfNeeded();
    await tap.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/rod/$`));
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '500');
    await expect(page.getByTestId('result-path')).toContainText(rod);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    // The answer is on the first screen, and the address was replaced, as the app's are.
    const top = await page.locator('#result-heading').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(844);
    expect(await page.evaluate(() => history.length)).toBe(before);
    // The page opened so starts the app by itself once loaded (the wasm is asked for).
    await expect(page.locator('html[data-app="starting"]')).toHaveCount(1);
  });

  test(`the product picker while the app starts opens the picked product's page (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await holdWasm(page);
    await page.goto(`./${lang}/furniture/`);
    await page.getByTestId('product-picker').selectOption('rod');
    await expect(page).toHaveURL(new RegExp(`/${lang}/rod/$`));
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '500');
    await expect(page.getByTestId('product-picker')).toHaveValue('rod');
  });
}

test('a product tap after another change waits for the app and does both', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdWasm(page);
  await page.goto('./en/furniture/');
  await page.getByTestId('basis-statistical').click();
  const rod = page.getByTestId('product-rod');
  await rod.scrollIntoViewIfNeeded();
  await rod.click();
  // No page shows rod on the statistical basis: the page stays, marked, until the app answers.
  expect(new URL(page.url()).pathname).toBe('/en/furniture/');
  await expect(page.locator('html[data-updating]')).toHaveCount(1);
  release();
  await expect(page.getByTestId('price-basis')).toHaveAttribute('data-basis', 'statistical');
  await expect(page.getByTestId('result-path')).toContainText('rod');
  expect(Number(await page.getByTestId('added-value-per-ton').getAttribute('data-value'))).toBeLessThan(500);
});

test('a tap on the stage list after the start brings the changed answer into view', async ({ calc, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await calc.open('lang=en&product=furniture');
  const cable = calc.testId('product-lv-cable');
  await cable.scrollIntoViewIfNeeded();
  expect(await page.locator('#result-heading').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0);
  await cable.click();
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '5000');
  await expect.poll(() => page.locator('#result-heading').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
  await calc.expectClean();
});

test.describe('the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('before the first tap it downloads the pages and styles, not the wasm, the API or type files', async ({ page, context }) => {
    const fromWorker: { url: string; bytes: number }[] = [];
    context.on('requestfinished', async (request) => {
      if (!request.serviceWorker()) return;
      const sizes = await request.sizes().catch(() => null);
      fromWorker.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
    });
    await page.goto('./en/furniture/');
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.active, null, { timeout: 20_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('html[data-app]').count(), 'the app has not started').toBe(0);
    const urls = fromWorker.map((r) => new URL(r.url).pathname);
    expect(urls).toContain('/en/furniture/');
    expect(urls.filter((u) => /\.wasm$|\/api\/|\/examples\/|\.d\.ts$|\.map$/.test(u))).toEqual([]);
    const total = fromWorker.reduce((sum, r) => sum + r.bytes, 0);
    console.log(`service worker before the first tap: ${fromWorker.length} requests, ${total} bytes`);
    expect(total).toBeLessThanOrEqual(400_000);
    // Once the app has started, it keeps the app's wasm for offline use.
    await page.mouse.move(2, 2);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect.poll(() => page.evaluate(async () => {
      const names = await caches.keys();
      for (const name of names) {
        const keys = await (await caches.open(name)).keys();
        if (keys.some((r) => r.url.endsWith('_bg.wasm') && !r.url.includes('/api/'))) return true;
      }
      return false;
    }), { timeout: 20_000 }).toBe(true);
  });

  test('with Save-Data nothing is downloaded in the background', async ({ page, context }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '3g' }, configurable: true });
    });
    const fromWorker: string[] = [];
    context.on('request', (request) => { if (request.serviceWorker()) fromWorker.push(request.url()); });
    await page.goto('./en/furniture/');
    await page.waitForLoadState('load');
    // Past the idle moment the worker would be registered at, and past the app's start.
    await page.waitForTimeout(1500);
    await page.mouse.move(2, 2);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()))).toBe(false);
    expect(fromWorker).toEqual([]);
  });
});
