// The whole view lives in the URL: opening a link restores exactly that view.
import { test, expect } from '../fixtures';

test('a full link round-trips through a reload', async ({ calc, page }) => {
  const link = 'lang=en&view=path&path=primary,billet,profile,casings&price=14500&av=profile.furniture:70000&yield=primary.rod:0.97&q=7000000&years=8&ramp=linear&cur=USD:0.14';
  await calc.open(link);
  await expect(calc.testId('added-value-per-ton')).toBeVisible();
  const url = new URL(page.url());
  for (const [k, v] of new URLSearchParams(link)) expect(url.searchParams.get(k), k).toBe(v);
  const before = await calc.testId('added-value-per-ton').getAttribute('data-value');
  await page.reload();
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', before!);
  await calc.expectClean();
});

test('the article path links open on their figures', async ({ calc }) => {
  for (const [product, value] of [['rod', '500'], ['lv-cable', '5000'], ['furniture', '80000']]) {
    await calc.open(`lang=en&product=${product}`);
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', value);
  }
});

for (const bad of [
  'product=unobtainium',
  'path=primary,furniture',
  'price=NaN&lang=en',
  `path=${'primary,'.repeat(5000)}`,
  'lang=en&%00%FF=%E2%80%AE&view=compare%3Cscript%3E',
]) {
  test(`a broken link shows a message and the defaults: ${bad.slice(0, 40)}`, async ({ calc }) => {
    await calc.open(bad);
    await expect(calc.testId('notices')).toBeVisible();
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '5000');
    await calc.expectClean();
  });
}
