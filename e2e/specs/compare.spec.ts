// Compare view: end products ranked by added value per ton, as a chart and as a table; a
// product opens its path. The article's figures: lv-cable 5,000, furniture 80,000 yuan/t.
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';

// The service worker's first install reloads the page once (controllerchange), which can
// swallow an early click or pull the document from under a check; offline use has its own
// spec, so these tests run without it.
test.use({ serviceWorkers: 'block' });

async function rowValues(page: import('@playwright/test').Page): Promise<{ id: string; value: number }[]> {
  return page.locator('[data-testid^="compare-row-"]').evaluateAll((rows) =>
    rows.map((r) => ({ id: r.getAttribute('data-testid')!.replace('compare-row-', ''), value: Number(r.getAttribute('data-value')) })),
  );
}

test('the table ranks every product sold, the article\'s three side by side', async ({ calc, page }) => {
  await calc.open('lang=en&view=compare');
  await calc.testId('compare-show-table').click();
  await expect(calc.testId('compare-table')).toBeVisible();
  const all = await rowValues(page);
  expect(all).toHaveLength(22);
  const valueOf = (id: string) => all.find((r) => r.id === id)?.value;
  // The article's comparison: rod 500, cable 5,000, furniture 80,000, each marked.
  expect([valueOf('rod'), valueOf('lv-cable'), valueOf('furniture')]).toEqual([500, 5000, 80000]);
  for (const id of ['billet', 'profile', 'sheet']) expect(valueOf(id), id).toBeGreaterThan(0);
  for (const id of ['rod', 'lv-cable', 'furniture']) await expect(calc.testId(`article-mark-${id}`)).toBeVisible();
  await expect(page.locator('.article-mark')).toHaveCount(3);
  // End products only: the sixteen, ranked (automotive extrusions are an intermediate of battery trays).
  await calc.testId('compare-end-only').click();
  await expect(calc.testId('compare-end-only')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-testid^="compare-row-"]')).toHaveCount(16);
  const rows = await rowValues(page);
  expect(rows.map((r) => r.id)).toEqual([
    'casings', 'furniture', 'battery-tray', 'formwork', 'die-casting', 'wheels', 'auto-sheet', 'foil-battery',
    'building-profile', 'foil-packaging', 'pv-frame', 'heat-sink', 'lv-cable', 'can-stock', 'industrial-profile',
    'overhead-conductor',
  ]);
  const values = rows.map((r) => r.value);
  expect([...values].sort((a, b) => b - a)).toEqual(values);
  await expect(calc.testId('compare-row-furniture')).toHaveAttribute('data-value', '80000');
  await expect(calc.testId('compare-row-lv-cable')).toHaveAttribute('data-value', '5000');
  await expect(calc.testId('compare-row-furniture')).toContainText('80,000 yuan/t');
  await expect(page.locator('.compare-table caption')).toContainText('highest first');
  await expect(page.locator('.compare-table th[scope="row"]')).toHaveCount(16);
  await expect(calc.testId('compare-row-rod')).toHaveCount(0);
  await calc.expectClean();
});

test('the chart has a bar per product, the current one marked, linear first with a log switch', async ({ calc, page }) => {
  await calc.open('lang=zh&view=compare&product=furniture');
  const chart = page.locator('svg[data-chart="compare"]');
  await expect(chart).toBeVisible();
  // Linear first: bars in proportion to the figures.
  await expect(chart.locator('title').first()).toContainText('线性刻度');
  await expect(calc.testId('compare-scale-linear')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-testid^="compare-bar-"]')).toHaveCount(22);
  await expect(calc.testId('compare-bar-rod')).toContainText("原文数字");
  await expect(page.locator('.compare-bar.selected')).toHaveAttribute('data-testid', 'compare-bar-furniture');
  await expect(calc.testId('compare-bar-furniture')).toContainText('8万');
  const width = async (id: string) => Number(await calc.testId(`compare-bar-${id}`).locator('rect.bar').getAttribute('width'));
  const linearRatio = (await width('lv-cable')) / (await width('furniture'));
  expect(linearRatio).toBeCloseTo(5000 / 80000, 2);
  await calc.testId('compare-scale-log').click();
  await expect(chart.locator('title').first()).toContainText('对数刻度');
  const logRatio = (await width('lv-cable')) / (await width('furniture'));
  // Log: 5,000 next to 80,000 is a third of the bar, not a sixteenth.
  expect(logRatio).toBeGreaterThan(0.3);
  await calc.testId('compare-scale-linear').click();
  await expect(chart.locator('title').first()).toContainText('线性刻度');
  await calc.expectClean();
});

test('clicking a row opens the path view with that product', async ({ calc, page }) => {
  await calc.open('lang=en&view=compare');
  await calc.testId('compare-show-table').click();
  await calc.testId('compare-row-furniture').getByRole('button').click();
  await expect(calc.testId('view-path')).toBeVisible();
  await expect(page).toHaveURL(/product=furniture/);
  await expect(page).toHaveURL(/view=path/);
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
  await calc.expectClean();
});

test('a bar is reachable and activated with the keyboard', async ({ calc, page }) => {
  await calc.open('lang=en&view=compare');
  await calc.testId('compare-bar-lv-cable').focus();
  await page.keyboard.press('Enter');
  await expect(calc.testId('view-path')).toBeVisible();
  await expect(page).toHaveURL(/product=lv-cable/);
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '5000');
  await calc.expectClean();
});

test.describe('accessibility and phone width', () => {
  test('chart and table pass axe and fit a 360 px phone', async ({ calc, page }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await calc.open('lang=zh&view=compare');
    expect(await axeViolations(page)).toEqual([]);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await calc.testId('compare-show-table').click();
    await expect(calc.testId('compare-table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await calc.expectClean();
  });
});

for (const lang of ['en', 'zh']) {
  test(`the comparison table gives each path's CO₂ per ton, lower on hydropower (${lang})`, async ({ calc }) => {
    const co2 = async (region: string) => {
      await calc.open(`lang=${lang}&view=compare&region=${region}`);
      await calc.testId('compare-show-table').click();
      await expect(calc.testId('compare-table')).toBeVisible();
      await expect(calc.testId('compare-table').locator('thead')).toContainText(lang === 'en' ? 'CO₂ per ton' : '每吨二氧化碳');
      const cell = calc.testId('compare-co2-furniture');
      return { value: Number(await cell.getAttribute('data-value')), text: await cell.innerText() };
    };
    const xinjiang = await co2('xinjiang');
    const wenshan = await co2('wenshan');
    expect(wenshan.value).toBeGreaterThan(0);
    expect(wenshan.value).toBeLessThan(xinjiang.value);
    // With its range where the region's figure has one: "base (low–high)".
    expect(wenshan.text).toMatch(/\(.+–.+\)/);
    await calc.expectClean();
  });
}
