// Regions (issue 29): the header's picker switches the figures, the address and the title;
// a region link opens that region; the region panel shows its capacity, power and CO₂ with
// their sources, the national figure where it has none; an unknown region is a notice;
// the share link and the embed snippet keep the region; axe is clean with a region.
// Expected figures come from the data files, never typed in; the regions are the picker's.
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../pages/servers';

type Name = { en: string; zh: string };
type RegionFile = {
  id: string; name: Name; capacity: { primary_tonnes_per_year: number };
  fees?: { from: string; to: string; added_value: { base: number } }[];
  co2_primary?: { base: number };
  national?: { figure: string }[];
};
const regions = readdirSync(resolve(ROOT, 'data/regions'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(resolve(ROOT, 'data/regions', f), 'utf8')) as RegionFile);
const chain = JSON.parse(readFileSync(resolve(ROOT, 'data/binzhou-aluminium.json'), 'utf8')) as {
  steps: { from: string; to: string; added_value: { base: number } }[];
};
const region = (id: string) => regions.find((r) => r.id === id)!;
/** Rod's added value per ton in a region: its own fee, else the chain's. */
const rod = (id: string) =>
  (region(id).fees ?? []).find((f) => f.from === 'primary' && f.to === 'rod')?.added_value.base
  ?? chain.steps.find((s) => s.from === 'primary' && s.to === 'rod')!.added_value.base;

for (const lang of ['zh', 'en'] as const) {
  test(`picking a region changes the figures, the address and the title (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&product=rod`);
    const picker = calc.testId('region-picker');
    await expect(picker).toHaveValue('binzhou');
    // Every shipped region is offered, by its name in the page's language.
    const options = await picker.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.map(([v]) => v).sort()).toEqual(regions.map((r) => r.id).sort());
    for (const [id, text] of options) expect(text).toBe(region(id!).name[lang]);
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', String(rod('binzhou')));
    const before = await page.title();
    expect(before).not.toContain(region('baotou').name[lang]);

    await picker.selectOption('baotou');
    expect(rod('baotou')).not.toBe(rod('binzhou'));
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', String(rod('baotou')));
    // Rod in Baotou has a page of its own: the address is that page's (region-pages.spec.ts).
    await expect(page).toHaveURL(new RegExp(`/${lang}/baotou/rod/$`));
    await expect.poll(() => page.title()).toContain(region('baotou').name[lang]);
    // The region panel: Baotou's capacity and its own CO₂ figure, each with a badge.
    const panel = calc.testId('region-panel');
    await expect(panel).toHaveAttribute('data-region', 'baotou');
    await expect(panel.getByTestId('region-capacity')).toHaveAttribute('data-badge', /.+/);
    await expect(panel.getByTestId('region-co2')).not.toHaveAttribute('data-national', 'true');
    // The share link and the embed snippet keep the region.
    await calc.testId('share-open').click();
    expect(new URL(await calc.testId('share-link').inputValue()).pathname).toBe(`/${lang}/baotou/rod/`);
    const snippet = await calc.testId('share-embed').inputValue();
    const src = snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
    expect(new URL(src).searchParams.get('region')).toBe('baotou');
    await calc.testId('share-close').click();

    // Back to the default region: its address has no region, its title is the plain one.
    await picker.selectOption('binzhou');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', String(rod('binzhou')));
    await expect(page).not.toHaveURL(/region=/);
    await expect.poll(() => page.title()).not.toContain(region('baotou').name[lang]);
    await calc.expectClean();
  });

  test(`a region link opens that region, the national figure said where it has none (${lang})`, async ({ calc, page }) => {
    // A region with a fee of its own and no CO₂ figure of its own.
    const id = regions.find((r) => r.id !== 'binzhou' && !r.co2_primary && (r.fees ?? []).some((f) => f.to === 'rod'))!.id;
    await calc.open(`lang=${lang}&region=${id}&product=rod`);
    await expect(calc.testId('region-picker')).toHaveValue(id);
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', String(rod(id)));
    await expect.poll(() => page.title()).toContain(region(id).name[lang]);
    const panel = calc.testId('region-panel');
    await expect(panel).toHaveAttribute('data-region', id);
    await expect(panel).toContainText(region(id).name[lang]);
    const co2 = panel.getByTestId('region-co2');
    await expect(co2).toHaveAttribute('data-national', 'true');
    await expect(co2.getByTestId('region-national')).toBeVisible();
    await calc.expectClean();
  });

  test(`an unknown region in a link is a notice, the default region kept (${lang})`, async ({ calc }) => {
    await calc.open(`lang=${lang}&region=atlantis&product=rod`);
    await expect(calc.testId('notices')).toContainText('region=atlantis');
    await expect(calc.testId('notices')).toContainText(lang === 'zh' ? '默认值' : 'default');
    await expect(calc.testId('region-picker')).toHaveValue('binzhou');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', String(rod('binzhou')));
    await calc.expectClean();
  });

  test(`on a pre-rendered page, a region picked before the app has started opens the region's page (${lang})`, async ({ calc, page, baseURL }) => {
    await page.goto(`${baseURL}${lang}/rod/`);
    // The picker is in the page's own markup: a pick before the app has started opens the
    // region's pre-rendered page of the product, whose app then starts by itself.
    await calc.testId('region-picker').selectOption('baotou');
    await expect(page).toHaveURL(new RegExp(`/${lang}/baotou/rod/$`));
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', String(rod('baotou')));
    await expect(calc.testId('region-picker')).toHaveValue('baotou');
    // That address opened afresh is the same region.
    await page.goto(page.url());
    await page.mouse.move(2, 2);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', String(rod('baotou')));
    await expect(calc.testId('region-panel')).toHaveAttribute('data-region', 'baotou');
    await calc.expectClean();
  });

  test(`the result card carries the path's CO₂ from the region's power (${lang})`, async ({ calc }) => {
    // The region with the least CO₂ per ton of primary metal and the one with the most.
    const own = regions.filter((r) => r.co2_primary).sort((a, b) => a.co2_primary!.base - b.co2_primary!.base);
    const [least, most] = [own[0], own[own.length - 1]];
    expect(least.co2_primary!.base).toBeLessThan(most.co2_primary!.base);
    await calc.open(`lang=${lang}&region=${least.id}&product=furniture`);
    const co2 = calc.testId('path-co2');
    const read = async () => Promise.all(['low', 'value', 'high'].map(async (k) => Number(await co2.getAttribute(`data-${k}`))));
    const [low, base, high] = await read();
    // At least the smelting of the ton of metal in the product, from the region's figure.
    expect(base).toBeGreaterThanOrEqual(least.co2_primary!.base);
    expect(low).toBeLessThanOrEqual(base);
    expect(base).toBeLessThanOrEqual(high);
    await expect(co2).toContainText('CO₂');
    await calc.testId('region-picker').selectOption(most.id);
    await expect(co2).not.toHaveAttribute('data-value', String(base));
    const [, other] = await read();
    expect(other).toBeGreaterThan(base);
    await calc.expectClean();
  });

  test(`no axe violations with a region (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&region=wenshan&product=furniture`);
    await expect(calc.testId('region-panel')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await calc.expectClean();
  });
}
