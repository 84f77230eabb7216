// Editing the figures: an edit changes the result and is marked; reset returns to the
// sourced value; the link keeps edits through a reload; locked pages have no editor.
import { test, expect } from '../fixtures';
import { Assumptions, fixture, panelAxeViolations } from '../pages/assumptions';

// Not about offline use: with the service worker blocked, only the test changes the page
// (its first install once reloaded the page, dropping what a test had typed).
test.use({ serviceWorkers: 'block' });

// Furniture along its default path: billet 300 + profile 2,700 + furniture 77,000 = 80,000.
const FURNITURE = 'lang=en&product=furniture';
const STEP = 'edit-av-profile-furniture';

test('editing profile → furniture changes the furniture result; reset returns 80000', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open(FURNITURE);
  await a.expectHeadline(80000);
  await a.expectValue(STEP, 77000);
  await a.expectEdited(STEP, false);
  await expect(a.reset(STEP)).toHaveCount(0);

  await a.type(STEP, '87000');
  await a.expectHeadline(90000);
  await a.expectValue(STEP, 87000);
  await a.expectEdited(STEP, true);
  await expect(a.row(STEP)).toContainText('(edited)');
  await expect(calc.testId('edit-count')).toHaveAttribute('data-value', '1');

  await a.reset(STEP).click();
  await a.expectHeadline(80000);
  await a.expectValue(STEP, 77000);
  await a.expectEdited(STEP, false);
  await expect(a.field(STEP)).toHaveValue('77000');
  await calc.expectClean();
});

test('the link keeps an edit through a reload, marked as edited', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open(FURNITURE);
  await a.type(STEP, '8.7万');
  await a.expectHeadline(90000);
  await expect(page).toHaveURL(/av=profile\.furniture(:|%3A)87000/);

  await page.reload();
  await a.expectHeadline(90000);
  await a.expectValue(STEP, 87000);
  await a.expectEdited(STEP, true);
  await expect(a.field(STEP)).toHaveValue('87000');

  // A fresh visit to the same address restores the same view.
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await a.expectHeadline(90000);
  await a.expectEdited(STEP, true);
  await calc.expectClean();
});

test('reset all returns every figure to its sourced value', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open(FURNITURE);
  await a.type('edit-price', '15000');
  await a.type('edit-av-billet-profile', '3200');
  await a.type('edit-yield-billet-profile', '85%');
  await a.expectHeadline(80500);
  await expect(calc.testId('edit-count')).toHaveAttribute('data-value', '3');

  await calc.testId('reset-all').click();
  await a.expectHeadline(80000);
  await a.expectValue('edit-price', 13900);
  await a.expectValue('edit-av-billet-profile', 2700);
  await a.expectValue('edit-yield-billet-profile', 0.8);
  await expect(a.field('edit-yield-billet-profile')).toHaveValue('80%');
  await expect(calc.testId('edit-count')).toHaveAttribute('data-value', '0');
  await expect(calc.testId('reset-all')).toBeDisabled();
  await expect(page).not.toHaveURL(/[?&](price|av|yield)=/);
  await calc.expectClean();
});

test('every step is listed, the current path first, with badges and ranges', async ({ calc, page }) => {
  await calc.open('lang=zh&product=furniture');
  const panel = calc.testId('assumptions');
  await expect(panel).toContainText('假设与数据');
  const onPath = calc.testId('path-steps');
  for (const step of ['primary-billet', 'billet-profile', 'profile-furniture']) {
    await expect(onPath.getByTestId(`step-${step}`)).toBeVisible();
  }
  await expect(onPath.getByTestId('step-primary-rod')).toHaveCount(0);
  // The others are one click away, and every figure has its editor.
  await calc.testId('other-steps').locator('summary').click();
  await expect(calc.testId('step-rod-lv-cable')).toBeVisible();
  await expect(page.getByTestId('edit-av-rod-lv-cable')).toHaveValue('4500');
  await expect(page.getByTestId('edit-yield-rod-lv-cable')).toHaveValue('97%');
  await expect(calc.testId('edit-price-range')).toHaveText('范围 1.35万–1.43万');
  await expect(calc.testId('step-primary-rod').locator('[data-badge="article"]').first()).toBeVisible();
  await calc.expectClean();
});

test('a locked page shows no editor', async ({ calc }) => {
  await calc.open('lang=en&product=furniture&lock=1');
  await expect(calc.testId('app')).toBeVisible();
  await expect(calc.testId('assumptions')).toHaveCount(0);
  await calc.expectClean();
});

test('amounts can also be shown in another currency', async ({ calc, page }) => {
  await calc.open(FURNITURE);
  await calc.testId('currency-code').fill('usd');
  await calc.testId('currency-rate').fill('0.14');
  await expect(page).toHaveURL(/cur=USD(:|%3A)0\.14/);
  await expect(calc.testId('currency-preview')).toContainText('1,400 USD');
  await calc.testId('currency-code').fill('US1');
  await expect(calc.testId('currency-code-error')).toBeVisible();
  await expect(page).toHaveURL(/cur=USD/);
  await calc.testId('currency-clear').click();
  await expect(page).not.toHaveURL(/cur=/);
  await expect(calc.testId('currency-code')).toHaveValue('');
  await expect(calc.testId('currency-rate')).toHaveValue('');
  await calc.expectClean();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`on a phone, ${colorScheme}`, () => {
    test.use({ viewport: { width: 360, height: 740 }, colorScheme });
    test('the panel fits without sideways scrolling and has no axe violation', async ({ calc, page }) => {
      const a = new Assumptions(page);
      await calc.open('lang=zh&product=furniture');
      await calc.testId('other-steps').locator('summary').click();
      await a.type('edit-av-profile-furniture', 'abc');
      await a.type('edit-yield-billet-profile', '90%');
      await calc.testId('currency-code').fill('usd');
      await calc.testId('currency-rate').fill('0.14');
      await calc.testId('import-file').setInputFiles(fixture('bad-duplicates.json'));
      await expect(calc.testId('import-errors').locator('li')).toHaveCount(2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      expect(await panelAxeViolations(page)).toEqual([]);
      await calc.expectClean();
    });
  });
}

test('an edit leaves the source\'s range as the source gave it and shows the visitor\'s value beside it', async ({ calc, page }) => {
  const a = new Assumptions(page);
  // What the default dataset's sources say (data/binzhou-aluminium.json): metal price
  // 13,500–14,300 yuan/t, profile → furniture 70,000–84,000 yuan/t; the typed values lie
  // outside both. Chinese writes amounts from 10,000 up in 万.
  const cases: Array<[string, string, string, string, string, string]> = [
    // lang, figure, typed, the source's range as shown, the value as shown, its source entry
    ['en', 'edit-price', '20000', 'range 13,500–14,300', '20,000 yuan/t', 'source-metal-price'],
    ['en', STEP, '123', 'range 70,000–84,000', '123 yuan/t', 'source-av-profile-furniture'],
    ['zh', 'edit-price', '20000', '范围 1.35万–1.43万', '2万 元/吨', 'source-metal-price'],
    ['zh', STEP, '123', '范围 7万–8.4万', '123 元/吨', 'source-av-profile-furniture'],
  ];
  for (const lang of ['en', 'zh']) {
    await calc.open(`lang=${lang}&product=furniture`);
    for (const [, id, typed, range, shown, source] of cases.filter(([l]) => l === lang)) {
      await expect(calc.testId(`${id}-range`)).toHaveText(range);
      const cited = (await calc.testId(source).locator('.source-cite').textContent()) ?? '';
      await expect(calc.testId(`${id}-yours`)).toHaveCount(0);
      await a.type(id, typed);
      await a.expectValue(id, Number(typed));
      // The range is still the source's, in the editor and in the sources list.
      await expect(calc.testId(`${id}-range`)).toHaveText(range);
      await expect(calc.testId(source).locator('.source-cite')).toHaveText(cited);
      // The visitor's own value stands beside it, with its unit.
      await expect(calc.testId(`${id}-yours`)).toHaveText(lang === 'en' ? `your value: ${shown}` : `你的数值：${shown}`);
    }
    // Back to the source's values: no "your value" any more.
    await calc.testId('reset-all').click();
    await expect(calc.testId('edit-price-yours')).toHaveCount(0);
    await expect(calc.testId(`${STEP}-yours`)).toHaveCount(0);
  }
  await calc.expectClean();
});
