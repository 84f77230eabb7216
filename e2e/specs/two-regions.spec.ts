// Two regions side by side (issue 29): a link opens both with their added value and CO₂,
// the lower CO₂ where the data says; the product picker changes both; the carbon price's
// example gives a carbon cost line beside added value, never inside it, on the path's card
// too; a bad price is refused at the field; an unknown region is a notice; the compact card;
// on a phone both answers are on the first screen; axe is clean. Expected figures come from
// the data files, never typed in.
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../pages/servers';

type RegionFile = { id: string; name: { en: string; zh: string }; co2_primary?: { base: number } };
const regions = readdirSync(resolve(ROOT, 'data/regions'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(resolve(ROOT, 'data/regions', f), 'utf8')) as RegionFile);
const region = (id: string) => regions.find((r) => r.id === id)!;
// The EU CBAM example, as the model states it (model/src/carbon.rs).
const carbonSource = readFileSync(resolve(ROOT, 'model/src/carbon.rs'), 'utf8');
const CBAM = Number(carbonSource.match(/CBAM_2026_Q1_EUR: f64 = ([\d.]+);/)![1]);

const num = async (loc: import('@playwright/test').Locator, attr = 'data-value') => Number(await loc.getAttribute(attr));

for (const lang of ['zh', 'en'] as const) {
  test(`a two-regions link shows both with their CO₂, the lower one as the data says (${lang})`, async ({ calc, page }) => {
    // Baotou and Wenshan both give their own CO₂ per ton of primary metal.
    const [a, b] = ['baotou', 'wenshan'];
    expect(region(a).co2_primary && region(b).co2_primary).toBeTruthy();
    await calc.open(`lang=${lang}&view=regions&a=${a}&b=${b}`);
    await expect(calc.testId('tab-regions')).toHaveAttribute('aria-selected', 'true');
    await expect(calc.testId('region-column-a')).toHaveAttribute('data-region', a);
    await expect(calc.testId('region-column-b')).toHaveAttribute('data-region', b);
    await expect(calc.testId('region-name-a')).toHaveText(region(a).name[lang]);
    await expect(calc.testId('region-name-b')).toHaveText(region(b).name[lang]);
    for (const side of ['a', 'b']) {
      await expect(calc.testId(`region-co2-${side}`)).toContainText('CO₂');
      expect(await num(calc.testId(`region-co2-${side}`))).toBeGreaterThan(0);
      await expect(calc.testId(`region-column-${side}`).locator('.badge').first()).toBeVisible();
    }
    // The lower CO₂: the region whose smelting carries less, by the files.
    const lower = region(a).co2_primary!.base < region(b).co2_primary!.base ? 'a' : 'b';
    await expect(calc.testId('regions-lower')).toHaveAttribute('data-lower', lower);
    await expect(calc.testId(`region-column-${lower}`)).toHaveAttribute('data-lower', 'true');
    const other = lower === 'a' ? 'b' : 'a';
    expect(await num(calc.testId(`region-co2-${lower}`))).toBeLessThan(await num(calc.testId(`region-co2-${other}`)));
    await expect(page).toHaveURL(/[?&]view=regions(&|$)/);
    await expect(page).toHaveURL(/[?&]a=baotou(&|$)/);
    await calc.expectClean();
  });

  test(`changing the product changes both regions (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&view=regions&a=baotou&b=wenshan&product=rod`);
    const before = [await num(calc.testId('region-av-a')), await num(calc.testId('region-av-b')),
      await num(calc.testId('region-co2-a')), await num(calc.testId('region-co2-b'))];
    await calc.testId('product-picker').selectOption('furniture');
    await expect(calc.testId('region-av-a')).not.toHaveAttribute('data-value', String(before[0]));
    await expect(calc.testId('region-av-b')).not.toHaveAttribute('data-value', String(before[1]));
    await expect(calc.testId('region-co2-a')).not.toHaveAttribute('data-value', String(before[2]));
    await expect(calc.testId('region-co2-b')).not.toHaveAttribute('data-value', String(before[3]));
    await expect(page).toHaveURL(/[?&]product=furniture(&|$)/);
    // A region picked on one side changes that side only.
    await calc.testId('region-a').selectOption('xinjiang');
    await expect(calc.testId('region-column-a')).toHaveAttribute('data-region', 'xinjiang');
    await expect(calc.testId('region-column-b')).toHaveAttribute('data-region', 'wenshan');
    await expect(page).toHaveURL(/[?&]a=xinjiang(&|$)/);
    await calc.expectClean();
  });

  test(`the carbon price gives a cost line of its own, never inside added value (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&view=regions&a=baotou&b=wenshan&product=rod`);
    // Off by default, and said so.
    await expect(calc.testId('carbon-price-off')).toBeVisible();
    await expect(calc.testId('region-carbon-cost-a')).toHaveCount(0);
    const av = await num(calc.testId('region-av-a'));
    await calc.testId('carbon-price-example').click();
    for (const side of ['a', 'b']) {
      const cost = calc.testId(`region-carbon-cost-${side}`);
      await expect(cost).toHaveAttribute('data-price', String(CBAM));
      await expect(cost).toHaveAttribute('data-currency', 'EUR');
      const co2 = await num(calc.testId(`region-co2-${side}`));
      expect(Math.abs(await num(cost) - co2 * CBAM)).toBeLessThan(1e-6);
    }
    // The example is labelled, with its source's date and badge.
    await expect(calc.testId('carbon-price-source')).toContainText('2026');
    await expect(calc.testId('carbon-price-source').locator('.badge')).toBeVisible();
    expect(await num(calc.testId('region-av-a'))).toBe(av);
    await expect(page).toHaveURL(/[?&]carbonprice=75\.36%3AEUR(&|$)/);

    // On the path's result card: a line of its own; the headline is the same as without it.
    await calc.testId('tab-path').click();
    const cost = calc.testId('carbon-cost');
    await expect(cost).toBeVisible();
    const withPrice = await num(calc.testId('added-value-per-ton'));
    const co2 = await num(calc.testId('path-co2'));
    expect(Math.abs(await num(cost) - co2 * CBAM)).toBeLessThan(1e-6);
    await expect(calc.testId('result-card').locator('.carbon-cost-row')).toHaveCount(1);
    await calc.testId('carbon-price-clear').click();
    await expect(cost).toHaveCount(0);
    expect(await num(calc.testId('added-value-per-ton'))).toBe(withPrice);
    await expect(page).not.toHaveURL(/carbonprice=/);
    await calc.expectClean();
  });

  test(`a bad carbon price is refused at the field, in the page's language (${lang})`, async ({ calc }) => {
    await calc.open(`lang=${lang}&view=regions`);
    const field = calc.testId('carbon-price');
    for (const [typed, words] of [
      ['-5', lang === 'zh' ? '不能小于' : 'at least'],
      ['abc', lang === 'zh' ? '数字' : 'number'],
      ['20000', lang === 'zh' ? '不能大于' : 'at most'],
    ]) {
      await field.fill(typed);
      await expect(calc.testId('carbon-price-error')).toContainText(words);
      await expect(calc.testId('region-carbon-cost-a')).toHaveCount(0);
    }
    await field.fill('600');
    await expect(calc.testId('carbon-price-error')).toHaveCount(0);
    await expect(calc.testId('region-carbon-cost-a')).toHaveAttribute('data-price', '600');
    await calc.expectClean();
  });

  test(`an unknown region in a link is a notice, that side's default shown (${lang})`, async ({ calc }) => {
    await calc.open(`lang=${lang}&view=regions&a=atlantis&b=baotou`);
    await expect(calc.testId('notices')).toContainText('a=atlantis');
    await expect(calc.testId('notices')).toContainText(lang === 'zh' ? '默认值' : 'default');
    await expect(calc.testId('region-column-a')).toHaveAttribute('data-region', 'binzhou');
    await expect(calc.testId('region-column-b')).toHaveAttribute('data-region', 'baotou');
    await calc.expectClean();
  });

  test(`the compact card: both answers, no pickers (${lang})`, async ({ calc }) => {
    await calc.open(`lang=${lang}&view=regions&a=baotou&b=wenshan&embed=1&carbonprice=75.36:EUR`);
    await expect(calc.testId('view-regions')).toHaveClass(/compact/);
    for (const side of ['a', 'b']) {
      await expect(calc.testId(`region-av-${side}`)).toBeVisible();
      await expect(calc.testId(`region-co2-${side}`)).toBeVisible();
      await expect(calc.testId(`region-carbon-cost-${side}`)).toBeVisible();
    }
    await expect(calc.testId('region-a')).toHaveCount(0);
    await expect(calc.testId('carbon-price-field')).toHaveCount(0);
    await expect(calc.testId('open-full')).toBeVisible();
    await calc.expectClean();
  });

  test(`no axe violations in the two-regions view (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&view=regions&a=baotou&b=wenshan&carbonprice=75.36:EUR`);
    await expect(calc.testId('region-carbon-cost-b')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await calc.expectClean();
  });
}

test.describe('phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const lang of ['zh', 'en'] as const) {
    test(`both regions' figures are on the first screen (${lang})`, async ({ calc, page }) => {
      await calc.open(`lang=${lang}&view=regions&a=baotou&b=wenshan`);
      for (const id of ['region-av-a', 'region-av-b', 'region-co2-a', 'region-co2-b']) {
        const box = await calc.testId(id).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, inside: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0 };
        });
        expect(box.inside, `${id} at ${box.top}–${box.bottom}`).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await calc.expectClean();
    });
  }
});
