// Input parsing: what people type is read (`80,000`, `8万`, full-width digits, spaces);
// what makes no sense gets an inline message and the last valid value stays in force, so
// the result on the page does not change. Table-driven: each case is a step of one page.
import { test, expect } from '../fixtures';
import { Assumptions } from '../pages/assumptions';

// Not about offline use: with the service worker blocked, only the test changes the page
// (its first install once reloaded the page, dropping what a test had typed).
test.use({ serviceWorkers: 'block' });

const FURNITURE = 'lang=en&product=furniture';
const STEP = 'edit-av-profile-furniture';
// billet 300 + profile 2,700 along the furniture path, plus the furniture step itself.
const REST_OF_PATH = 3000;

const accepted: [string, number][] = [
  ['80000', 80000],
  ['80,000', 80000],
  ['8万', 80000],
  ['８００００', 80000],
  ['  80000  ', 80000],
  ['0.5万', 5000],
  ['７．７万', 77000],
  ['12,345.5', 12345.5],
];

test('added value: what people type is read', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open(FURNITURE);
  for (const [typed, value] of accepted) {
    await test.step(`"${typed}" → ${value}`, async () => {
      await a.type(STEP, '1');
      await a.expectValue(STEP, 1);
      await a.type(STEP, typed);
      await expect(a.error(STEP)).toHaveCount(0);
      await a.expectValue(STEP, value);
      await a.expectHeadline(REST_OF_PATH + value);
    });
  }
  await calc.expectClean();
});

const refused = ['abc', 'NaN', '-5', '1e309', '123456789012345678901234567890', '1.2亿', '1,5', ''];

test('added value: nonsense gets a message and changes nothing', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open(FURNITURE);
  for (const typed of refused) {
    await test.step(`"${typed}"`, async () => {
      await a.type(STEP, '80000');
      await a.expectHeadline(83000);
      await expect(a.error(STEP)).toHaveCount(0);
      await a.type(STEP, typed);
      await expect(a.error(STEP)).toBeVisible();
      await expect(a.field(STEP)).toHaveAttribute('aria-invalid', 'true');
      await a.expectValue(STEP, 80000);
      await a.expectHeadline(83000);
      // Leaving the field keeps the message: the text was not taken.
      await a.field(STEP).blur();
      await expect(a.error(STEP)).toBeVisible();
      await expect(a.field(STEP)).toHaveValue(typed);
    });
  }
  await calc.expectClean();
});

test('metal price: 1.2亿 is absurd, 1.5万 is read', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open(FURNITURE);
  await a.type('edit-price', '1.2亿');
  await expect(a.error('edit-price')).toContainText('at most 1 million');
  await a.expectValue('edit-price', 13900);
  await a.type('edit-price', '1.5万');
  await expect(a.error('edit-price')).toHaveCount(0);
  await a.expectValue('edit-price', 15000);
  await a.expectHeadline(80000); // the price is not part of the added value
  await calc.expectClean();
});

// Limits are written like every other number on the page (separators, 万/亿), and a
// field that refuses 0 says "more than 0", never "at least 0" for the 0 it refuses.
const limits: Record<string, [string, string, string][]> = {
  en: [
    ['edit-price', '1.2亿', 'Must be at most 1 million.'],
    ['edit-price', '0', 'Must be more than 0.'],
    ['edit-price', '-5', 'Must be more than 0.'],
    [STEP, '2000万', 'Must be at most 10 million.'],
    [STEP, '-5', 'Must be at least 0.'],
  ],
  zh: [
    ['edit-price', '1.2亿', '不能大于 100万。'],
    ['edit-price', '0', '必须大于 0。'],
    ['edit-price', '-5', '必须大于 0。'],
    [STEP, '2000万', '不能大于 1000万。'],
    [STEP, '-5', '不能小于 0。'],
  ],
};

for (const [lang, cases] of Object.entries(limits)) {
  test(`limits in messages are written as numbers are, and say what they mean (${lang})`, async ({ calc, page }) => {
    const a = new Assumptions(page);
    await calc.open(`lang=${lang}&product=furniture`);
    for (const [id, typed, message] of cases) {
      await test.step(`${id}: "${typed}"`, async () => {
        await a.type(id, typed);
        await expect(a.error(id)).toHaveText(message);
      });
    }
    // A yield of 0 is refused as "more than 0" too.
    await a.type('edit-yield-billet-profile', '0');
    await expect(a.error('edit-yield-billet-profile')).toHaveText(lang === 'en' ? 'Must be more than 0.' : '必须大于 0。');
    await calc.expectClean();
  });
}

test('yield: 0 and over 100 % are refused, percentages and fractions read', async ({ calc, page }) => {
  const a = new Assumptions(page);
  const Y = 'edit-yield-billet-profile';
  await calc.open(FURNITURE);
  for (const typed of ['0', '0%', '101%', '-3%', 'abc']) {
    await test.step(`"${typed}" refused`, async () => {
      await a.type(Y, typed);
      await expect(a.error(Y)).toBeVisible();
      await a.expectValue(Y, 0.8);
      await a.expectEdited(Y, false);
    });
  }
  for (const [typed, value] of [['97%', 0.97], ['0.96', 0.96], ['95', 0.95], ['100%', 1]] as [string, number][]) {
    await test.step(`"${typed}" → ${value}`, async () => {
      await a.type(Y, typed);
      await expect(a.error(Y)).toHaveCount(0);
      await a.expectValue(Y, value);
      await a.expectEdited(Y, true);
      // Shown as a percentage once the field is left.
      await a.field(Y).blur();
      await expect(a.field(Y)).toHaveValue(`${Math.round(value * 100)}%`);
    });
  }
  await calc.expectClean();
});

test('messages are in the page language', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=zh&product=furniture');
  await a.type(STEP, 'abc');
  await expect(a.error(STEP)).toContainText('无法识别为数字');
  await a.type(STEP, '-5');
  await expect(a.error(STEP)).toContainText('不能小于 0');
  await calc.expectClean();
});
