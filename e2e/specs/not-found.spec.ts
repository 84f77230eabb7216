// Unknown addresses: a mistyped or stale address gets the "page not found" page
// (src/ui/shell/not_found.rs) in one navigation, with status 404, in the language the address names
// (else the browser's, as the home page picks it), with the app's styles, a link home and,
// when the address is close to a page's, a link to that page (in a region's address, that
// region's page: `/en/baotou/furnture/` → `/en/baotou/furniture/`). From nginx, and from the
// service worker online and offline: never the home page, whose language redirect, served
// at another address, went round forever (`/en/furnture/en/en/…`).
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';

type Lang = 'en' | 'zh';

/** Bad addresses, below the site's root; `lang` is the address's own language (null: the
 *  browser's), `nearest` the page it was probably meant to be (`{lang}`: of the page's). */
const BAD: { path: string; lang: Lang | null; nearest: string | null }[] = [
  { path: 'en/furnture/', lang: 'en', nearest: 'en/furniture/' },
  { path: 'zh/furnture/', lang: 'zh', nearest: 'zh/furniture/' },
  { path: 'furnture/', lang: null, nearest: '{lang}/furniture/' },
  { path: 'en/nope/deeper/', lang: 'en', nearest: null },
  { path: 'en/furniture/x/', lang: 'en', nearest: 'en/furniture/' },
  // A region's address (`<lang>/<region>/<product>/`): the same region's page of the closest
  // product, the closest region's page of the product; the default region's are the plain
  // pages; a region's address without its product, its page of the home page's product
  // (lv-cable); a view, which no region has a page of, the plain one.
  { path: 'en/baotou/furnture/', lang: 'en', nearest: 'en/baotou/furniture/' },
  { path: 'zh/baotou/furnture/', lang: 'zh', nearest: 'zh/baotou/furniture/' },
  { path: 'en/baotuo/furniture/', lang: 'en', nearest: 'en/baotou/furniture/' },
  { path: 'zh/baotuo/furniture/', lang: 'zh', nearest: 'zh/baotou/furniture/' },
  { path: 'baotou/furniture/', lang: null, nearest: '{lang}/baotou/furniture/' },
  { path: 'en/binzhou/furniture/', lang: 'en', nearest: 'en/furniture/' },
  { path: 'zh/wenshan/', lang: 'zh', nearest: 'zh/wenshan/lv-cable/' },
  { path: 'en/wenshan/compare/', lang: 'en', nearest: 'en/compare/' },
  { path: 'nothing.html', lang: null, nearest: null },
  // A hashed file of an older build, gone since.
  { path: 'value-chain-0123456789abcdef_bg.wasm', lang: null, nearest: null },
];

const TITLE: Record<Lang, string> = { en: 'Page not found', zh: '找不到这个页面' };

/** Opens `path` and checks the 404 page it must get; `browserLang` is the page's language
 *  for an address that names none (the home page's rule for the context's locale). */
async function checkNotFound(page: Page, baseURL: string, path: string, lang: Lang | null, nearest: string | null, browserLang: Lang, fromWorker: boolean) {
  const what = `/${path}`;
  const pageLang = lang ?? browserLang;
  let navigations = 0;
  const count = (frame: import('@playwright/test').Frame) => { if (frame === page.mainFrame()) navigations += 1; };
  page.on('framenavigated', count);
  try {
    const response = await page.goto(`./${path}`);
    // A page that moves on (a redirect, a loop) never shows the 404 page, or shows it after
    // more than one navigation.
    await expect(page.getByTestId('not-found'), what).toBeVisible();
    await page.waitForLoadState('load');
    expect(navigations, `${what}: navigations`).toBe(1);
    expect(new URL(page.url()).pathname, what).toBe(`/${path}`);
    expect(response?.status(), what).toBe(404);
    expect(response?.fromServiceWorker(), `${what}: answered by the service worker`).toBe(fromWorker);
    await expect(page.locator('html'), what).toHaveAttribute('lang', pageLang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.locator('h1'), what).toHaveText(TITLE[pageLang]);
    // The app's styles (app.css's variables, the 404 page's own rule), from any depth.
    const styles = await page.evaluate(() => ({
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      bodyMargin: getComputedStyle(document.body).marginTop,
      mainWidth: getComputedStyle(document.querySelector('main')!).maxWidth,
    }));
    expect(styles.accent, `${what}: app.css`).not.toBe('');
    expect(styles.bodyMargin, `${what}: app.css`).toBe('0px');
    expect(styles.mainWidth, `${what}: not-found.css`).not.toBe('none');
    // Home, absolute from the site's root: the Chinese home is the site itself.
    const home = new URL(pageLang === 'zh' ? './' : './en/', baseURL).href;
    expect(await page.getByTestId('not-found-home').evaluate((a) => (a as HTMLAnchorElement).href), what).toBe(home);
    // The page it was probably meant to be, or none.
    if (nearest) {
      const want = new URL(`./${nearest.replace('{lang}', pageLang)}`, baseURL).href;
      await expect(page.getByTestId('not-found-suggestion'), what).toBeVisible();
      expect(await page.getByTestId('not-found-nearest').evaluate((a) => (a as HTMLAnchorElement).href), what).toBe(want);
    } else {
      await expect(page.getByTestId('not-found-suggestion'), what).toBeHidden();
    }
    expect(await page.evaluate(() => (window as any).__csp ?? []), `${what}: CSP violations`).toEqual([]);
  } finally {
    page.off('framenavigated', count);
  }
}

async function recordCsp(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__csp = ((window as any).__csp ?? []).concat(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

for (const [locale, browserLang] of [['en-US', 'en'], ['zh-CN', 'zh']] as const) {
  test.describe(`in a ${browserLang === 'en' ? 'English' : 'Chinese'} browser (${locale})`, () => {
    test.use({ locale });

    test.describe('without the service worker', () => {
      test.use({ serviceWorkers: 'block' });

      test('every bad address gets the 404 page in one navigation', async ({ page, baseURL }) => {
        await recordCsp(page);
        for (const { path, lang, nearest } of BAD) await checkNotFound(page, baseURL!, path, lang, nearest, browserLang, false);
      });
    });

    test('with the service worker, online and offline, every bad address gets the 404 page in one navigation', async ({ page, context, baseURL }) => {
      // The worker precaches every file of the build before it takes over.
      test.setTimeout(120_000);
      await recordCsp(page);
      await page.goto('./en/furniture/');
      await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active, null, { timeout: 60_000 });
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15_000 });
      for (const { path, lang, nearest } of BAD) await checkNotFound(page, baseURL!, path, lang, nearest, browserLang, true);
      // Offline: the worker's own copy of the 404 page.
      await context.setOffline(true);
      try {
        for (const { path, lang, nearest } of BAD) await checkNotFound(page, baseURL!, path, lang, nearest, browserLang, true);
        // And the page it offers opens, from the worker's copy.
        await page.goto('./en/furnture/');
        await page.getByTestId('not-found-nearest').click();
        await expect(page).toHaveURL(/\/en\/furniture\/$/);
        await expect(page.getByTestId('added-value-per-ton')).toBeVisible();
        // A region's page offered, not kept (the app never started here, so its wasm is
        // not kept either): the page that says so, not the 404 page again.
        await page.goto('./en/baotou/furnture/');
        await page.getByTestId('not-found-nearest').click();
        await expect(page).toHaveURL(/\/en\/baotou\/furniture\/$/);
        await expect(page.getByTestId('offline-page')).toBeVisible();
        await expect(page.getByTestId('not-found')).toHaveCount(0);
      } finally {
        await context.setOffline(false);
      }
    });
  });
}

test('the page offered opens the product', async ({ page }) => {
  const response = await page.goto('./en/furnture/');
  expect(response?.status()).toBe(404);
  await page.getByTestId('not-found-nearest').click();
  await expect(page).toHaveURL(/\/en\/furniture\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', /\d/);
});

for (const lang of ['en', 'zh'] as const) {
  test(`a mistyped region's address offers the region's page, named as its title names it (${lang})`, async ({ page, request }) => {
    const title = (await (await request.get(`./${lang}/baotou/furniture/`)).text()).match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
    const response = await page.goto(`./${lang}/baotuo/furnture/`);
    expect(response?.status()).toBe(404);
    const nearest = page.getByTestId('not-found-nearest');
    expect(await nearest.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname)).toBe(`/${lang}/baotou/furniture/`);
    // The region first, then the product: the start of the page's own title.
    const name = (await nearest.textContent()) ?? '';
    expect(name).toContain(' · ');
    expect(title.startsWith(name), `${title} starts with ${name}`).toBe(true);
    await nearest.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/baotou/furniture/$`));
    await expect(page.getByTestId('region-picker')).toHaveValue('baotou');
    await expect(page.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', /\d/);
  });
}

test.describe('on a host that answers every address with the home page', () => {
  test.use({ locale: 'en-US', serviceWorkers: 'block' });

  // Such a host (a single-page-app fallback) serves index.html at /en/furnture/: the home
  // page's language redirect must not go on to /en/furnture/en/ (and on, forever).
  test('the home page served at another address does not loop', async ({ page }) => {
    const home = await (await page.request.get('./', { headers: { 'Accept-Language': 'zh-CN' } })).text();
    expect(home).toContain('location.replace(');
    await page.route(/\/furnture\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: home }));
    let navigations = 0;
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations += 1; });
    await page.goto('./en/furnture/');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/en/furnture/');
    expect(navigations).toBe(1);
    await expect(page.locator('html')).toBeVisible();
  });
});
