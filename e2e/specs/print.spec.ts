// Print gives a one-page investor card: title, the path's result and waterfall, sources;
// no tabs, buttons or inputs.
import { test, expect } from '../fixtures';

// The service worker's first install reloads the page once (controllerchange), which can
// swallow an early click or pull the document from under a check; offline use has its own
// spec, so these tests run without it.
test.use({ serviceWorkers: 'block' });

test('print shows the result card and hides the controls', async ({ calc, page }) => {
  await calc.open('lang=en&product=furniture');
  await expect(calc.testId('added-value-per-ton')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(calc.testId('app-title')).toBeVisible();
  await expect(calc.testId('added-value-per-ton')).toBeVisible();
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
  await expect(page.locator('svg[data-chart="waterfall"]')).toBeVisible();
  await expect(calc.testId('tab-path')).toBeHidden();
  await expect(calc.testId('share-open')).toBeHidden();
  await expect(calc.testId('lang-en')).toBeHidden();
  expect(await page.locator('input:visible, select:visible, textarea:visible').count()).toBe(0);
  expect(await page.locator('button:visible').count()).toBe(0);
  // Black on white.
  const colours = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.color, s.backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  // One A4 page: the printed PDF has a single page.
  // Chromium's printToPDF now and then answers "Printing failed" under load: try again.
  let pdf: Buffer | undefined;
  for (let attempt = 0; attempt < 3 && !pdf; attempt++) {
    pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true }).catch(() => undefined);
  }
  if (!pdf) throw new Error('Chromium could not print to PDF');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(calc.testId('tab-path')).toBeVisible();
  await calc.expectClean();
});
