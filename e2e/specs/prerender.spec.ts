// Pre-rendered pages (`ui::prerender`, run by scripts/dist.sh): every product's answer is
// in the HTML itself, readable without JavaScript, the same figure the app computes; the
// wasm takes a page over without a visible change; each product page has its share card.
import { test, expect } from '../fixtures';
import type { APIRequestContext, Page } from '@playwright/test';

/** The site's pages as the sitemap lists them, as paths relative to the app (`en/furniture/`). */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('./sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.length).toBeGreaterThan(30);
  // The sitemap's addresses are absolute at the build's site URL; the path after its root.
  const root = locs[0];
  return locs.map((loc) => loc.slice(root.length));
}

/** Product pages: `zh/<id>/` and `en/<id>/` (not the views, not the homes). */
function productPages(paths: string[]): { path: string; lang: string; id: string }[] {
  return paths.flatMap((path) => {
    const m = /^(zh|en)\/([a-z0-9-]+)\/$/.exec(path);
    return m && !['compare', 'scenario'].includes(m[2]) ? [{ path, lang: m[1], id: m[2] }] : [];
  });
}

async function figure(page: Page): Promise<{ value: string; text: string }> {
  const el = page.getByTestId('added-value-per-ton');
  return { value: (await el.getAttribute('data-value')) ?? '', text: (await el.innerText()).trim() };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the homes and every product page show the figure the app computes', async ({ page, request, browser, baseURL }) => {
    test.setTimeout(180_000);
    const products = productPages(await sitemapPaths(request));
    // Every product the picker offers, both languages (the picker is in the markup).
    await page.goto('./en/');
    const offered = await page.getByTestId('product-picker').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered.length).toBeGreaterThan(15);
    expect(products.map((p) => p.id).sort()).toEqual([...offered, ...offered].sort());
    const withoutJs = new Map<string, string>();
    for (const { path } of [{ path: '' }, { path: 'en/' }, ...products]) {
      await page.goto(`./${path}`);
      const { value } = await figure(page);
      expect(Number(value), path).toBeGreaterThan(0);
      withoutJs.set(path, value);
      // The page is complete: the stages, the waterfall as SVG, the sources.
      await expect(page.locator('svg[data-chart="waterfall"]'), path).toHaveCount(1);
      await expect(page.getByTestId('sources'), path).toHaveCount(1);
    }
    // What the app computes for the same product, from a query link it renders itself.
    const context = await browser.newContext({ javaScriptEnabled: true, baseURL });
    const app = await context.newPage();
    try {
      for (const { path, lang, id } of products) {
        // `basis=market` (the default) is more than any page shows: the app renders it.
        await app.goto(`./?lang=${lang}&product=${id}&basis=market`);
        await expect(app.locator('html[data-app="ready"]')).toHaveCount(1);
        expect((await figure(app)).value, path).toBe(withoutJs.get(path));
      }
      // The homes: the default product in each language.
      for (const [path, lang] of [['', 'zh'], ['en/', 'en']]) {
        await app.goto(`./?lang=${lang}&basis=market`);
        await expect(app.locator('html[data-app="ready"]')).toHaveCount(1);
        expect((await figure(app)).value, path || '/').toBe(withoutJs.get(path));
      }
    } finally {
      await context.close();
    }
  });

  test('a page says what needs JavaScript, in its language', async ({ page }) => {
    await page.goto('./en/furniture/');
    await expect(page.getByText(/Picking another product, changing figures, exporting and sharing need JavaScript/)).toBeVisible();
    await page.goto('./zh/furniture/');
    await expect(page.getByText(/修改数字、导出和分享需要启用 JavaScript/)).toBeVisible();
  });
});

test.describe('holding the wasm back', () => {
  test.use({ serviceWorkers: 'block' });
  test('the wasm takes a page over without a shift, a changed figure or lost focus', async ({ calc, page }) => {
    // Hold the wasm back until the visitor has focused a control of the pre-rendered page
    // (which starts the app).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as any).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./en/furniture/');
    const before = await figure(page);
    expect(before.value).toBe('80000');
    await page.getByTestId('product-picker').focus();
    release();
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    expect(await figure(page)).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('product-picker');
    expect(await page.evaluate(() => (window as any).__cls)).toBeLessThanOrEqual(0.01);
    // And it is the app now: picking another product answers.
    await page.getByTestId('product-picker').selectOption('rod');
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '500');
    await calc.expectClean();
});
});

test.describe('the app starts on first use', () => {
  const wasmRequests = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) seen.push(r.url()); });
    return seen;
  };

  test('a page that is only read does not start the app, and still registers the service worker', async ({ page }) => {
    const wasm = wasmRequests(page);
    await page.goto('./en/furniture/');
    await page.waitForLoadState('load');
    // The offline copy is made for readers too.
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()), null, { timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(wasm).toEqual([]);
    await expect(page.locator('html[data-app]')).toHaveCount(0);
    // The first sign of use starts it.
    await page.mouse.move(10, 10);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    expect(wasm.length).toBe(1);
  });

  test('a link that asks for more than the page shows starts it at once', async ({ page }) => {
    // (One that another page shows goes to that page: first-tap.spec.ts.)
    await page.goto('./en/furniture/?product=rod&price=15000');
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '500');
  });

  // What the visitor does while the wasm is still on its way is done once it has arrived;
  // another product picked opens that product's page instead, whose app then starts by itself.
  // (The wasm is held back by the page's route; the service worker, which would fetch it
  // around the route once it controls the page, is kept out.)
  test.describe('before the app has started', () => {
    test.use({ serviceWorkers: 'block' });
    const early: { what: string; act: (page: Page) => Promise<void>; value: string; url: RegExp }[] = [
      {
        what: 'a product picked',
        act: async (page) => { await page.getByTestId('product-picker').click(); await page.getByTestId('product-picker').selectOption('lv-cable'); },
        value: '5000', url: /\/en\/lv-cable\/$/,
      },
      {
        what: 'a figure typed',
        act: async (page) => { await page.getByTestId('edit-av-profile-furniture').fill('50000'); },
        value: '53000', url: /av=profile\.furniture%3A50000/,
      },
      {
        what: 'a product clicked on the chain map',
        act: async (page) => { await page.getByTestId('map-node-rod').click(); },
        value: '500', url: /\/en\/rod\/$/,
      },
      {
        what: 'a product opened with the keyboard on the chain map',
        act: async (page) => { await page.getByTestId('map-node-rod').focus(); await page.keyboard.press('Enter'); },
        value: '500', url: /\/en\/rod\/$/,
      },
    ];
    for (const { what, act, value, url } of early) {
      test(`${what} before the app has started`, async ({ calc, page }) => {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
        await page.goto('./en/furniture/');
        await act(page);
        await expect(page.locator('html[data-app="starting"]')).toHaveCount(1);
        release();
        await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
        await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', value);
        await expect(page).toHaveURL(url);
        await calc.expectClean();
      });
    }
  });
});

for (const lang of ['zh', 'en']) {
  test(`the ${lang} product page's share card is a 1200 × 630 PNG whose alt text has the figure`, async ({ page, request }) => {
    await page.goto(`./${lang}/furniture/`);
    const meta = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute('content');
    const image = (await meta('og:image'))!;
    expect(image).toMatch(new RegExp(`/cards/${lang}-furniture\\.png$`));
    expect(await meta('twitter:image')).toBe(image);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('og:image:width')).toBe('1200');
    expect(await meta('og:image:height')).toBe('630');
    // The card is served beside the page (the build's site URL is another origin here).
    const res = await request.get(`./cards/${lang}-furniture.png`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // The alt text carries the page's own figure ("8万", "80,000"), as does the title.
    const shown = (await figure(page)).text.split(/\s/)[0];
    expect(shown).toMatch(/\d/);
    expect(await meta('og:image:alt')).toContain(shown);
    expect(await page.title()).toContain(shown);
  });
}

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  // The server (deploy/nginx.conf) answers the navigation with a redirect; where it does not
  // (another host, the service worker offline), the page's own inline script does.
  test('the server sends the home page to en/, keeping the query', async ({ page }) => {
    const response = await page.goto('./?product=rod');
    expect(response?.request().redirectedFrom()?.url()).toMatch(/\/\?product=rod$/);
    expect(response?.url()).toMatch(/\/en\/\?product=rod$/);
    // Then the page's own script goes on to the page that shows that link (rod's).
    await expect(page).toHaveURL(/\/en\/rod\/$/);
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '500');
    // Not for a fetch (the service worker's precache of ./ must get the page itself), and not
    // for an address that names its language.
    for (const [path, headers] of [['./', { 'Sec-Fetch-Dest': 'empty' }], ['./?lang=zh', { 'Sec-Fetch-Dest': 'document' }]] as const) {
      const r = await page.request.get(path, { headers: { ...headers, 'Accept-Language': 'en-US,en' }, maxRedirects: 0 });
      expect(r.status(), path).toBe(200);
      expect(r.headers()['vary'], path).toContain('Accept-Language');
    }
  });

  test('the home page sends it to en/ before painting any Chinese', async ({ page }) => {
    // As a host without the server's redirect would serve it: the home page itself.
    const served: number[] = [];
    await page.route(/\/$/, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('/en/')) return route.fallback();
      const response = await route.fetch({ headers: { ...route.request().headers(), 'accept-language': 'zh' } });
      served.push(response.status());
      await route.fulfill({ response });
    });
    // Each document reports whether it was visible when its DOM was ready.
    const seen: { path: string; visibility: string }[] = [];
    await page.exposeFunction('reportVisibility', (path: string, visibility: string) => seen.push({ path, visibility }));
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () =>
        (window as any).reportVisibility(location.pathname, getComputedStyle(document.documentElement).visibility));
    });
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
    expect(served).toEqual([200]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('app-title')).toHaveText('Aluminium value-chain calculator');
    await page.mouse.move(2, 2);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    // The probe works (the English page reported itself visible); the home page, if its DOM
    // got that far before the browser left it, was hidden.
    const enPath = new URL(page.url()).pathname;
    expect(seen.some((s) => s.path === enPath && s.visibility === 'visible'), JSON.stringify(seen)).toBe(true);
    const home = seen.filter((s) => s.path === enPath.replace(/en\/$/, ''));
    expect(home.every((s) => s.visibility === 'hidden'), JSON.stringify(seen)).toBe(true);
    // A link that names its language stays in it, on the page that shows it.
    await page.goto('./?lang=zh&product=furniture');
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/zh\/furniture\/$/);
    await expect(page.getByTestId('app-title')).toHaveText('铝产业链增值计算器');
    await page.goto('./?product=furniture');
    await expect(page).toHaveURL(/\/en\/furniture\/$/);
    // One that no page shows stays a query, in the browser's language.
    await page.goto('./?product=furniture&price=15000');
    await expect(page).toHaveURL(/\/en\/.*price=15000/);
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
  });
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the home page stays Chinese', async ({ calc, page }) => {
    await calc.open();
    // It stays at the app's own address (the link then names its view: ?lang=zh&…).
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(\?lang=zh&.*)?$/);
    await expect(calc.testId('app-title')).toHaveText('铝产业链增值计算器');
  });
});
