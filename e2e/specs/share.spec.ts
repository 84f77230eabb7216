// Share and embed in one place: the link to this view, the iframe snippet, named views in
// localStorage (surviving a reload; unreadable data reported, the page still working).
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';

// The service worker's first install reloads the page once (controllerchange), which would
// pull the document from under axe and the clipboard check; offline use has its own spec.
test.use({ serviceWorkers: 'block' });

test('the copied link is the pre-rendered page of this view; Escape closes the panel', async ({ calc, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await calc.open('lang=en&view=compare&product=furniture');
  await calc.testId('share-open').click();
  await expect(calc.testId('share-panel')).toBeVisible();
  // The compare page, with what it does not show (the chosen product) as its query.
  const link = `${baseURL}en/compare/?product=furniture`;
  await expect(calc.testId('share-link')).toHaveValue(link);
  await calc.testId('share-copy-link').click();
  await expect(calc.testId('share-status')).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(calc.testId('share-panel')).toHaveCount(0);
  await expect(calc.testId('share-open')).toBeFocused();
  await calc.expectClean();
});

test('the iframe snippet embeds this view', async ({ calc, page }) => {
  await calc.open('lang=zh&view=compare');
  await calc.testId('share-open').click();
  const snippet = await calc.testId('share-embed').inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1[^"]*" title="铝产业链增值计算器" width="100%" height="640" loading="lazy" style="border:0"><\/iframe>$/);
  const src = snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
  expect(new URL(src).searchParams.get('view')).toBe('compare');
  await calc.expectClean();
});

test('a product\'s snippet and link are its pre-rendered pages, and open the same view', async ({ calc, page, baseURL }) => {
  await calc.open('lang=en&product=furniture&price=15000');
  await calc.testId('share-open').click();
  await expect(calc.testId('share-link')).toHaveValue(`${baseURL}en/furniture/?price=15000`);
  const snippet = await calc.testId('share-embed').inputValue();
  const src = snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
  expect(src).toBe(`${baseURL}en/furniture/embed/?price=15000`);
  const before = await calc.testId('added-value-per-ton').getAttribute('data-value');
  await page.goto(src);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', before!);
  await expect(calc.testId('edit-price')).toHaveCount(0); // the compact card
  await calc.expectClean();
});

test('a named view survives a reload and opens again', async ({ calc, page }) => {
  await calc.open('lang=en&view=compare&product=furniture');
  await calc.testId('share-open').click();
  await calc.testId('saved-name').fill('Furniture for the board');
  await calc.testId('saved-save').click();
  await expect(calc.testId('saved-view-0')).toContainText('Furniture for the board');
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('value-chain.saved-views')))!);
  expect(stored.schema).toBe(1);
  expect(stored.views[0].query).toContain('product=furniture');

  await page.goto('./?lang=en&view=scenario');
  await expect(calc.testId('view-scenario')).toBeVisible();
  await calc.testId('share-open').click();
  await calc.testId('saved-open-0').click();
  await expect(calc.testId('view-compare')).toBeVisible();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page).toHaveURL(/product=furniture/);
  await expect(page.locator('.compare-bar.selected')).toHaveAttribute('data-testid', 'compare-bar-furniture');
  await calc.expectClean();
});

test('corrupt saved views show a message, are kept, and the page works', async ({ calc, page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('value-chain.saved-views', '{"schema":1,"views":[{"name":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await calc.open('lang=en');
  await calc.testId('share-open').click();
  await expect(calc.testId('saved-views-error')).toContainText('could not be read');
  await expect(calc.testId('saved-save')).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem('value-chain.saved-views'))).toBe('{"schema":1,"views":[{"name":');
  // The rest of the page still works.
  await calc.testId('tab-compare').click();
  await expect(calc.testId('view-compare')).toBeVisible();
  await calc.expectClean();
});
