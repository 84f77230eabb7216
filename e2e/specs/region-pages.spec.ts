// Pre-rendered pages per region (issue 29): `en/baotou/furniture/` and `zh/baotou/furniture/`
// for every region but the default one (whose addresses are the plain ones), every product
// and both languages. Each shows the region's figure without JavaScript, the same the app
// computes; a query link whose state such a page shows lands on it; the app started there is
// in that region, and a region picked moves the address to its page; offline, a second
// region opens after a visit to the first, and after a visit in which the app never started
// it says that the region's figures are not saved yet. The regions and products are the pickers' and the
// sitemap's, never a count typed in.
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';
import type { APIRequestContext, Page } from '@playwright/test';

const LANGS = ['zh', 'en'] as const;

/** The regions the picker offers (the default one first) and their names, and the products. */
async function pickers(page: Page, lang: string) {
  await page.goto(`./${lang}/`);
  const regions = await page.getByTestId('region-picker').locator('option')
    .evaluateAll((os) => os.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent ?? '' })));
  const products = await page.getByTestId('product-picker').locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  return { regions, products };
}

/** The sitemap's pages, as paths below the app's address. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('./sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  return locs.map((loc) => loc.slice(locs[0].length));
}

/** The figure a page shows before any script: its `data-value` in the served HTML. */
async function servedFigure(request: APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(`./${path}`)).text();
  const tag = html.match(/<[^>]*data-testid="added-value-per-ton"[^>]*>/)?.[0] ?? '';
  return tag.match(/data-value="([^"]*)"/)?.[1] ?? '';
}

const figure = (page: Page) => page.getByTestId('added-value-per-ton');

/** The regions' names in `lang`, by id, as the served region picker lists them. */
async function regionNames(request: APIRequestContext, lang: string): Promise<Record<string, string>> {
  const html = await (await request.get(`./${lang}/`)).text();
  const select = html.match(/<select id="region-picker"[\s\S]*?<\/select>/)?.[0] ?? '';
  return Object.fromEntries([...select.matchAll(/<option value="([^"]+)"[^>]*>([^<]+)<\/option>/g)].map((m) => [m[1], m[2]]));
}

/** The paths the service worker has kept, in any of its caches. */
async function keptPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname);
    }
    return out;
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`every region's page shows its figure, its name in the title, the figure the app computes (${lang})`, async ({ page, request, browser, baseURL }) => {
      test.setTimeout(300_000);
      const { regions, products } = await pickers(page, lang);
      const [home, ...others] = regions;
      expect(home.id).toBe('binzhou');
      expect(others.length).toBeGreaterThan(0);
      // The sitemap lists exactly these pages for the language: one per region and product.
      const listed = (await sitemapPaths(request)).filter((p) => new RegExp(`^${lang}/[^/]+/[^/]+/$`).test(p));
      const want = others.flatMap((r) => products.map((id) => `${lang}/${r.id}/${id}/`));
      expect(listed.sort()).toEqual([...want].sort());
      const shown = new Map<string, string>();
      for (const region of others) {
        for (const id of products) {
          const path = `${lang}/${region.id}/${id}/`;
          const response = await page.goto(`./${path}`);
          expect(response?.status(), path).toBe(200);
          const value = await figure(page).getAttribute('data-value');
          expect(Number(value), path).toBeGreaterThan(0);
          shown.set(path, value!);
          // The region is named in the title, with the figure the page shows.
          const title = await page.title();
          expect(title, path).toContain(region.name);
          const text = (await figure(page).innerText()).trim().split(/\s/)[0];
          expect(title, path).toContain(text);
          // The picker shows the region, and the region's panel is there.
          await expect(page.getByTestId('region-picker'), path).toHaveValue(region.id);
          await expect(page.getByTestId('region-panel'), path).toHaveAttribute('data-region', region.id);
        }
      }
      // What the app computes for each, in the region picked in the app itself.
      const context = await browser.newContext({ javaScriptEnabled: true, baseURL });
      const app = await context.newPage();
      try {
        for (const region of others) {
          // `basis=market` (the default) is more than any page shows: the app renders it.
          await app.goto(`./?lang=${lang}&region=${region.id}&product=${products[0]}&basis=market`);
          await expect(app.locator('html[data-app="ready"]')).toHaveCount(1);
          await expect(app.getByTestId('region-picker')).toHaveValue(region.id);
          for (const id of products) {
            await app.getByTestId('product-picker').selectOption(id);
            const path = `${lang}/${region.id}/${id}/`;
            await expect(figure(app), path).toHaveAttribute('data-value', shown.get(path)!);
          }
        }
      } finally {
        await context.close();
      }
    });
  }
});

for (const lang of LANGS) {
  test(`a region's query link lands on the region's page, and back (${lang})`, async ({ calc, page, request }) => {
    const furniture = await servedFigure(request, `${lang}/baotou/furniture/`);
    await page.goto(`./?region=baotou&product=furniture&lang=${lang}`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/baotou/furniture/$`));
    await expect(figure(page)).toHaveAttribute('data-value', furniture);
    await expect(page.locator('html[data-pending]')).toHaveCount(0);
    // From a plain page, and from one region's page to another's or to the plain one.
    await page.goto(`./${lang}/rod/?region=wenshan`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/wenshan/rod/$`));
    await page.goto(`./${lang}/wenshan/rod/?region=binzhou`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/rod/$`));
    await page.goto(`./${lang}/wenshan/rod/?product=furniture`);
    await expect(page).toHaveURL(new RegExp(`/${lang}/wenshan/furniture/$`));
    // A region with what no page shows stays a query: the app answers it.
    await page.goto(`./?lang=${lang}&region=baotou&view=compare`);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(page.getByTestId('region-picker')).toHaveValue('baotou');
    await calc.expectClean();
  });

  test(`the app started on a region's page is in that region; a region picked moves the address (${lang})`, async ({ calc, page, request }) => {
    const [wenshan, plain] = await Promise.all([
      servedFigure(request, `${lang}/wenshan/furniture/`),
      servedFigure(request, `${lang}/furniture/`),
    ]);
    const baotou = await servedFigure(request, `${lang}/baotou/furniture/`);
    await page.goto(`./${lang}/baotou/furniture/`);
    await page.mouse.move(2, 2);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    // Taken over as it is: the same figure, the region's picker and panel, its own address.
    await expect(figure(page)).toHaveAttribute('data-value', baotou);
    await expect(calc.testId('region-picker')).toHaveValue('baotou');
    await expect(calc.testId('region-panel')).toHaveAttribute('data-region', 'baotou');
    expect(new URL(page.url()).pathname).toBe(`/${lang}/baotou/furniture/`);
    await calc.testId('region-picker').selectOption('wenshan');
    await expect(figure(page)).toHaveAttribute('data-value', wenshan);
    await expect(page).toHaveURL(new RegExp(`/${lang}/wenshan/furniture/$`));
    await calc.testId('region-picker').selectOption('binzhou');
    await expect(figure(page)).toHaveAttribute('data-value', plain);
    await expect(page).toHaveURL(new RegExp(`/${lang}/furniture/$`));
    // An edit on a region's page keeps the region in the address.
    await calc.testId('region-picker').selectOption('baotou');
    await expect(page).toHaveURL(new RegExp(`/${lang}/baotou/furniture/$`));
    await page.getByTestId('edit-av-profile-furniture').fill('50000');
    await expect(page).toHaveURL(new RegExp(`/${lang}/baotou/furniture/\\?av=`));
    await expect(figure(page)).not.toHaveAttribute('data-value', baotou);
    const edited = await figure(page).getAttribute('data-value');
    // That address opened afresh is the same region with the same edit.
    await page.goto(page.url());
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(calc.testId('region-picker')).toHaveValue('baotou');
    await expect(figure(page)).toHaveAttribute('data-value', edited!);
    await calc.expectClean();
  });

  test.describe('before the app has started', () => {
    test.use({ serviceWorkers: 'block' });
    test(`a product picked on a region's page opens that region's page of the product (${lang})`, async ({ calc, page, request }) => {
      const rod = await servedFigure(request, `${lang}/baotou/rod/`);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
      await page.goto(`./${lang}/baotou/furniture/`);
      await page.getByTestId('product-picker').selectOption('rod');
      await expect(page).toHaveURL(new RegExp(`/${lang}/baotou/rod/$`));
      await expect(figure(page)).toHaveAttribute('data-value', rod);
      await expect(page.getByTestId('region-picker')).toHaveValue('baotou');
      release();
      // The page opened so starts the app for the next tap.
      await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
      await expect(figure(page)).toHaveAttribute('data-value', rod);
      await calc.expectClean();
    });
  });

  test(`no axe violations on a region's page (${lang})`, async ({ calc, page }) => {
    await page.goto(`./${lang}/wenshan/furniture/`);
    expect(await axeViolations(page), 'as served').toEqual([]);
    await page.mouse.move(2, 2);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    expect(await axeViolations(page), 'with the app').toEqual([]);
    await calc.expectClean();
  });
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  for (const lang of LANGS) {
    test(`a second region's page opens offline after a visit to the first (${lang})`, async ({ calc, page, context, request }) => {
      test.setTimeout(90_000);
      const [first, second] = await Promise.all([
        servedFigure(request, `${lang}/baotou/furniture/`),
        servedFigure(request, `${lang}/wenshan/rod/`),
      ]);
      await page.goto(`./${lang}/baotou/furniture/`);
      await page.mouse.move(2, 2);
      await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20_000 }).catch(() => page.reload());
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20_000 });
      // The worker keeps the app and the plain pages once the app has started.
      await expect.poll(() => page.evaluate(async (lang) => {
        for (const name of await caches.keys()) {
          const keys = (await (await caches.open(name)).keys()).map((r) => r.url);
          if (keys.some((u) => /_bg\.wasm$/.test(u) && !u.includes('/api/')) && keys.some((u) => u.endsWith(`/${lang}/rod/`))) return true;
        }
        return false;
      }, lang), { timeout: 45_000 }).toBe(true);
      await context.setOffline(true);
      try {
        // Another region, never opened: the app computes it with no network.
        await page.goto(`./${lang}/wenshan/rod/`);
        await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
        await expect(figure(page)).toHaveAttribute('data-value', second);
        await expect(calc.testId('region-picker')).toHaveValue('wenshan');
        await expect(calc.testId('region-panel')).toHaveAttribute('data-region', 'wenshan');
        await expect(page.locator('html[data-pending]')).toHaveCount(0);
        expect(new URL(page.url()).pathname).toBe(`/${lang}/wenshan/rod/`);
        // Its stylesheet came too (its addresses are one folder further up).
        expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => {
          try { return sheet.cssRules.length > 0; } catch (e) { return false; }
        }))).toBe(true);
        await expect(page.locator('html[data-stand-in]')).toHaveCount(1);
        // And the first one, as it was kept.
        await page.goto(`./${lang}/baotou/furniture/`);
        await expect(figure(page)).toHaveAttribute('data-value', first);
      } finally {
        await context.setOffline(false);
      }
      await calc.expectClean();
    });
  }

  // After a visit in which the page was only read, the worker has its shell and that page,
  // not the app: no region's page it has not kept can be computed offline. Its address
  // exists, so it is not "not found"; and Binzhou's figure is never shown as the region's.
  for (const lang of LANGS) {
    test(`a region's page not saved after a visit in which the app never started says so and offers what is saved (${lang})`, async ({ page, context, request }) => {
      test.setTimeout(90_000);
      const [names, plain, wenshan] = await Promise.all([
        regionNames(request, lang),
        servedFigure(request, `${lang}/furniture/`),
        servedFigure(request, `${lang}/wenshan/furniture/`),
      ]);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as any).__csp = ((window as any).__csp ?? []).concat(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      // Read only: no sign of use, so the app never starts.
      await page.goto(`./${lang}/furniture/`);
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
      await expect.poll(() => keptPaths(page), { timeout: 30_000 }).toContain(`/${lang}/furniture/`);
      await expect(page.locator('html[data-app]')).toHaveCount(0);
      expect((await keptPaths(page)).filter((p) => p.endsWith('.wasm')), 'no wasm kept').toEqual([]);
      await context.setOffline(true);
      try {
        const response = await page.goto(`./${lang}/wenshan/furniture/`);
        await expect(page.getByTestId('offline-page')).toBeVisible();
        expect(response?.status()).toBe(503);
        expect(response?.fromServiceWorker()).toBe(true);
        expect(new URL(page.url()).pathname).toBe(`/${lang}/wenshan/furniture/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        await expect(page.getByTestId('not-found')).toHaveCount(0);
        // No figure at the region's address: none in the page, none in its title.
        await expect(figure(page)).toHaveCount(0);
        expect(await page.title()).not.toMatch(/\d/);
        // Said in a live region, naming the region's page.
        const status = page.getByTestId('offline-status');
        await expect(status).toHaveAttribute('role', 'status');
        await expect(status).toContainText(`${names.wenshan} · `);
        // What this device has saved, the same product first, named as Binzhou's.
        const saved = page.getByTestId('offline-saved').locator('li:not([hidden]) a');
        await expect(saved.first()).toHaveAttribute('href', `/${lang}/furniture/`);
        await expect(saved.first()).toHaveText(new RegExp(`^${names.binzhou.replace(/[()]/g, '\\$&')} · `));
        const listed = await saved.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const kept = await keptPaths(page);
        expect(listed.filter((href) => !kept.includes(href!)), 'only saved pages are listed').toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        // A region's page of a product this device has not saved at all: the same answer.
        expect((await page.goto(`./${lang}/baotou/rod/`))?.status()).toBe(503);
        await expect(page.getByTestId('offline-status')).toContainText(`${names.baotou} · `);
        await expect(saved.first()).toHaveAttribute('href', `/${lang}/furniture/`);
        // A plain page never opened: the same answer, naming it as Binzhou's.
        expect((await page.goto(`./${lang}/rod/`))?.status()).toBe(503);
        await expect(page.getByTestId('offline-status')).toContainText(`${names.binzhou} · `);
        await expect(figure(page)).toHaveCount(0);
        // The page offered opens at its own address with its own (Binzhou's) figure.
        await saved.first().click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/furniture/$`));
        await expect(figure(page)).toHaveAttribute('data-value', plain);
        await page.goto(`./${lang}/wenshan/furniture/`);
        await expect(page.getByTestId('offline-page')).toBeVisible();
      } finally {
        await context.setOffline(false);
      }
      // Back online, the page reloads itself: the region's own page and figure.
      await expect(figure(page)).toHaveAttribute('data-value', wenshan, { timeout: 15_000 });
      expect(new URL(page.url()).pathname).toBe(`/${lang}/wenshan/furniture/`);
      await expect(page.getByTestId('region-picker')).toHaveValue('wenshan');
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as any).__csp ?? [])).toEqual([]);
    });
  }
});
