// Never a dead page: the bad inputs of docs/bad-inputs.md that need a browser — storage that
// is corrupt, from another version, full or disabled; hostile messages and API calls from a
// host page; a 100 KB link; a 10 MB dataset file; markup in dataset labels — and a clean
// console across the main flows. Each case checks the person gets a message they can act
// on, what was saved is kept, and the page still computes.
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const KEY = 'value-chain.saved-views';

// No service worker here (offline.spec.ts covers it): on a first visit its clients.claim()
// fires controllerchange and the page reloads, which would race with every step below.
test.use({ serviceWorkers: 'block' });

/** The app still computes: pick furniture, read the article's 80,000 yuan/t. */
async function stillWorks(page: Page) {
  await page.goto('./?lang=en&product=furniture');
  await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
}

async function openSavedViews(page: Page) {
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('saved-views')).toBeVisible();
}

test.describe('storage', () => {
  test('corrupt saved views: a message, the data left untouched, a way to start over', async ({ calc, page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"schema": 1, "views": [{"name": "half a view"');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await calc.open('lang=en&product=rod');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '500');
    await openSavedViews(page);
    await expect(calc.testId('saved-views-error')).toContainText('could not be read');
    await expect(calc.testId('saved-save')).toBeDisabled();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('{"schema": 1, "views": [{"name": "half a view"');
    // The person chooses to discard it; saving works again.
    await calc.testId('saved-views-start-over').click();
    await expect(calc.testId('saved-views-empty')).toBeVisible();
    await calc.testId('saved-name').fill('Rod');
    await calc.testId('saved-save').click();
    await expect(calc.testId('saved-views-list')).toContainText('Rod');
    await calc.expectClean();
  });

  test('saved views from another version are reported and kept', async ({ calc, page }) => {
    const future = JSON.stringify({ schema: 2, views: [{ name: 'from v2', query: 'lang=en', saved_at: '2030-01-01', tags: [] }] });
    await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [KEY, future]);
    await calc.open('lang=en');
    await openSavedViews(page);
    await expect(calc.testId('saved-views-error')).toContainText('another version');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(future);
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '5000');
    await calc.expectClean();
  });

  test('a full storage quota: saving says so, the page keeps working', async ({ calc, page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await calc.open('lang=en&product=rod');
    await openSavedViews(page);
    await calc.testId('saved-name').fill('Rod');
    await calc.testId('saved-save').click();
    await expect(calc.testId('saved-views-message')).toContainText('storage is full or disabled');
    await expect(calc.testId('saved-views-message')).toContainText('copy the link');
    await expect(calc.testId('saved-views-empty')).toBeVisible();
    await calc.testId('share-close').click();
    await calc.testId('tab-compare').click();
    await expect(calc.testId('view-compare')).toBeVisible();
    await expect(calc.testId('compare-bar-furniture')).toBeVisible();
    await calc.expectClean();
  });

  test('storage disabled (private mode, blocked cookies): a message, everything else works', async ({ calc, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
      });
    });
    await calc.open('lang=en&product=furniture');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    await openSavedViews(page);
    await expect(calc.testId('saved-views-error')).toContainText('does not let the page use local storage');
    await expect(calc.testId('saved-save')).toBeDisabled();
    await calc.testId('share-close').click();
    await calc.testId('lang-zh').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await calc.expectClean();
  });
});

test.describe('links', () => {
  test('a 100 KB link opens the app with a message, not a server error', async ({ calc, page }) => {
    const query = `lang=en&product=furniture&path=${'primary,'.repeat(12_800)}`;
    expect(query.length).toBeGreaterThan(100_000);
    const response = await page.goto(`./?${query}`);
    expect(response?.status()).toBe(200);
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    await expect(calc.testId('notices')).toContainText('path=primary,primary');
    // The address bar is rewritten to the short link of what is shown.
    // (written LINK_DELAY_MS after the app's last change)
    await expect.poll(() => page.url().length).toBeLessThan(300);
    await calc.expectClean();
  });

  test('CSS in theme= is refused with a notice', async ({ calc, page }) => {
    await calc.open('lang=en&embed=1&product=rod&theme=red%3Bbackground%3Aurl(x)');
    await expect(calc.testId('notices')).toContainText('theme=red;background');
    const accent = await page.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--accent').trim());
    expect(accent).not.toContain('url');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '500');
    await calc.expectClean();
  });

  test('?panic=now does nothing in an ordinary build', async ({ calc }) => {
    await calc.open('lang=en&product=rod&panic=now');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '500');
    await expect(calc.testId('crash')).toHaveCount(0);
    await calc.expectClean();
  });
});

test.describe('typed numbers', () => {
  test('nonsense in a figure: an inline message, the last valid value stays', async ({ calc, page }) => {
    await calc.open('lang=en&product=lv-cable');
    const field = calc.testId('edit-av-rod-lv-cable');
    const total = calc.testId('added-value-per-ton');
    await expect(total).toHaveAttribute('data-value', '5000');
    for (const [text, message] of [
      ['abc', 'Not a number'], ['-', 'Not a number'], ['NaN', 'Not a number'], ['Infinity', 'Not a number'],
      ['', 'Enter a number'], ['-5', 'at least 0'], ['1e309', 'at most'], ['123456789012345678901234567890', 'at most'],
      ['1,5', 'Commas separate thousands'],
    ]) {
      await field.fill(text);
      await expect(calc.testId('edit-av-rod-lv-cable-error'), text).toContainText(message);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(total, text).toHaveAttribute('data-value', '5000');
    }
    // Mixed full-width digits with a unit: read, and the error goes.
    await field.fill('４千');
    await expect(calc.testId('edit-av-rod-lv-cable-error')).toHaveCount(0);
    await expect(total).toHaveAttribute('data-value', '4500');
    // Yield 0 and over 100 % are refused the same way.
    const yieldField = calc.testId('edit-yield-rod-lv-cable');
    for (const text of ['0', '101%']) {
      await yieldField.fill(text);
      await expect(calc.testId('edit-yield-rod-lv-cable-error'), text).toBeVisible();
    }
    await calc.expectClean();
  });
});

test.describe('datasets', () => {
  test('a 10 MB dataset file is refused with a clear message; the data in force stays', async ({ calc }) => {
    await calc.open('lang=en&product=furniture');
    const name = await calc.testId('dataset-name').textContent();
    const big = Buffer.alloc(10 * 1024 * 1024, ' ');
    big.write('{"schema": 1, "name": {"en": "Huge", "zh": "巨大"}, "products": [', 0);
    await calc.testId('import-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: big });
    await expect(calc.testId('import-errors')).toContainText('the limit is 2097152 bytes');
    await expect(calc.testId('dataset-import')).toContainText('huge.json was not imported');
    await expect(calc.testId('dataset-name')).toHaveText(name ?? '');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    await calc.expectClean();
  });

  test('markup in dataset labels renders as text', async ({ calc, page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs += 1; void d.dismiss(); });
    const src = { citation: '<a href="javascript:alert(1)">cite</a>', year: 2024, badge: 'estimate' };
    const dataset = {
      schema: 1,
      name: { en: '<b>bold</b> chain', zh: '</script><script>alert(1)</script>' },
      currency: 'CNY',
      start: 'a',
      metal_price: { low: 90, base: 100, high: 120, source: src },
      region: { primary_tonnes_per_year: 1000, source: src },
      products: [
        { id: 'a', name: { en: 'Start</script>', zh: '起点</script>' }, kind: 'smelting', local: true },
        { id: 'b', name: { en: '<img src=x onerror=alert(1)>', zh: '<img src=x onerror=alert(1)>' }, kind: 'finished', local: true },
      ],
      steps: [{ from: 'a', to: 'b', added_value: { low: 10, base: 20, high: 30 }, yield: 0.5, source: src }],
    };
    await calc.open('lang=en');
    await calc.testId('import-file').setInputFiles({
      name: 'markup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await expect(calc.testId('dataset-name')).toHaveText('<b>bold</b> chain');
    await expect(calc.testId('result-path')).toContainText('<img src=x onerror=alert(1)>');
    await expect(calc.testId('result-path')).toContainText('Start</script>');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '20');
    // Every view and the other language show the labels, never as elements.
    for (const tab of ['tab-compare', 'tab-scenario', 'tab-path']) await calc.testId(tab).click();
    await calc.testId('lang-zh').click();
    await expect(calc.testId('dataset-name')).toHaveText('</script><script>alert(1)</script>');
    expect(await page.locator('#app img[src="x"], #app b, #app script, #app a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    await calc.expectClean();
  });
});

test.describe('host page', () => {
  // A host page on another origin, from a throwaway server of the test's own (loopback, so
  // Chromium's local-network checks allow the frame; no CSP, like many real host pages):
  // the app in an iframe registered with embed.js, optionally a second, unregistered one.
  let server: Server;
  let hostHtml = '';
  test.beforeAll(async () => {
    server = createServer((_req, res) => { res.setHeader('content-type', 'text/html'); res.end(hostHtml); });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });
  test.afterAll(async () => { await new Promise((done) => server.close(done)); });

  async function hostPage(page: Page, app: string, intruder = false) {
    const frame = (id: string, attrs: string, query: string) =>
      `<iframe id="${id}" ${attrs} title="calculator" width="100%" height="600" src="${app}?${query}"></iframe>`;
    hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
      <script src="${app}assets/embed.js"></script></head><body>
      ${frame('calculator', 'data-value-chain', 'embed=1&lang=en&product=furniture')}
      ${intruder ? frame('intruder', '', 'embed=1&lang=en&product=rod') : ''}
      </body></html>`;
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/host.html`);
  }

  test('malformed messages posted to the embedded app change nothing', async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await hostPage(page, baseURL!);
    const frame = page.frameLocator('#calculator');
    await expect(frame.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    await page.evaluate(() => {
      const target = (document.querySelector('#calculator') as HTMLIFrameElement).contentWindow!;
      const junk: unknown[] = [
        null, undefined, 0, NaN, '', 'value-chain:height', '{"type":"value-chain:state"}', [], [1, [2, [3]]],
        { type: 'value-chain:height', height: 'NaN' }, { type: 'value-chain:set', query: 'lang=zh&product=rod' },
        'value-chain:skip-waiting', { __proto__: { polluted: true } }, new ArrayBuffer(1024),
        'x'.repeat(5_000_000), { deep: JSON.parse('['.repeat(400) + ']'.repeat(400)) }, new Date(), /re/g,
      ];
      for (const message of junk) target.postMessage(message, '*');
    });
    await page.waitForTimeout(500);
    // Still the same view, still working: switch to another view in the frame.
    await expect(frame.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await frame.getByTestId('tab-compare').click();
    await expect(frame.getByTestId('view-compare')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('height messages from another frame or the host page itself are ignored by the host script', async ({ page, baseURL }) => {
    await hostPage(page, baseURL!, true);
    const frameEl = page.locator('#calculator');
    await expect(page.frameLocator('#calculator').getByTestId('added-value-per-ton')).toBeVisible();
    await expect(page.frameLocator('#intruder').getByTestId('added-value-per-ton')).toBeVisible();
    // The registered frame gets its height from its own messages.
    await expect.poll(() => frameEl.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
    const before = await frameEl.evaluate((f: HTMLIFrameElement) => f.style.height);
    // The unregistered frame (same app, same origin) posts a height: not its window, ignored.
    await page.frameLocator('#intruder').locator('body').evaluate(() => {
      window.parent.postMessage({ type: 'value-chain:height', height: 4321, version: 1 }, '*');
    });
    // The host page's own window forges messages and junk.
    await page.evaluate(() => {
      for (const m of [{ type: 'value-chain:height', height: 99999 }, { type: 'value-chain:height', height: 'NaN' },
        { type: 'value-chain:height', height: -5 }, 'value-chain:height', null, [1, 2]]) window.postMessage(m, '*');
    });
    await page.waitForTimeout(300);
    expect(await frameEl.evaluate((f: HTMLIFrameElement) => f.style.height)).toBe(before);
    expect(await page.locator('#intruder').evaluate((f: HTMLIFrameElement) => f.style.height)).toBe('');
  });

  test('more bad API arguments: wrong types, null, huge inputs — errors, then it still works', async ({ page, baseURL }) => {
    await page.goto(`${baseURL}examples/host-page.html`);
    await expect(page.getByTestId('api-after')).toHaveText('500 yuan/t');
    const results = await page.evaluate(async (base) => {
      const api = await import(`${base}api/value_chain_api.js`);
      const attempt = (f: () => unknown) => {
        try { f(); return 'no error'; } catch (e: any) { return `${e instanceof Error}:${String(e.message).slice(0, 300)}:${String(e.message).length}`; }
      };
      const manyShares = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`p${i}`, 1e-6]));
      return {
        mixedArray: attempt(() => api.evaluatePath(['primary', 42])),
        objectPath: attempt(() => api.evaluatePath({ length: 1e9 })),
        undefinedPath: attempt(() => api.evaluatePath(undefined)),
        pathsToNull: attempt(() => api.pathsTo(null)),
        defaultPathNumber: attempt(() => api.defaultPath(7)),
        hugeShares: attempt(() => api.evaluateScenario({ tonnage: 1000, shares: manyShares })),
        nanTonnage: attempt(() => api.evaluateScenario({ tonnage: NaN })),
        hugeTonnage: attempt(() => api.evaluateScenario({ tonnage: 1e308 })),
        samplesString: attempt(() => api.monteCarloPath('furniture', '1000', 1)),
        samplesHuge: attempt(() => api.monteCarloPath('furniture', 1e12, 1)),
        nullDataset: attempt(() => api.loadDataset(null)),
        hugeDataset: attempt(() => api.loadDataset(' '.repeat(10 * 1024 * 1024))),
        after: api.evaluatePath('furniture').added_value_per_t,
      };
    }, baseURL);
    for (const [key, value] of Object.entries(results)) {
      if (key === 'after') continue;
      expect(value, key).toMatch(/^true:.{10,}/);
      // A message to read, not a wall of text.
      expect(Number(String(value).split(':').pop()), key).toBeLessThan(2000);
    }
    expect(results.after).toBe(80000);
  });
});

test('the main flows leave no console error, foreign request or CSP violation', async ({ calc, page }) => {
  await calc.open('lang=en');
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '5000');
  // Pick products on the chain map (or its list on narrow screens).
  for (const id of ['furniture', 'rod']) {
    const node = calc.testId(`map-node-${id}`);
    if (await node.isVisible()) await node.click(); else await calc.testId(`product-${id}`).click();
  }
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '500');
  // Edit a figure.
  await calc.testId('edit-price').fill('2万');
  await expect(calc.testId('edit-count')).toHaveAttribute('data-value', '1');
  for (const view of ['compare', 'scenario', 'path']) {
    await calc.testId(`tab-${view}`).click();
    await expect(calc.testId(`view-${view}`)).toBeVisible();
  }
  await calc.testId('lang-zh').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await calc.testId('tab-compare').click();
  await calc.testId('tab-scenario').click();
  await calc.testId('share-open').click();
  await expect(calc.testId('share-panel')).toBeVisible();
  await calc.expectClean();
  // And the figures shown are numbers, never NaN or Infinity.
  const values = await page.locator('[data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  expect(values.length).toBeGreaterThan(5);
  expect(values.filter((v) => /NaN|Infinity/.test(v ?? ''))).toEqual([]);
});
