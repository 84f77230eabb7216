// Issue 26's screens: the price basis (market or statistical) on the path, compare and
// scenario views and in the link; the scenario's firm-boundary reading, value added (增加值)
// beside added value, the presets' verdicts on every reading and the national-output
// warnings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { axeViolations, type Calculator } from '../pages/calculator';

const data = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/binzhou-aluminium.json', import.meta.url)), 'utf8'),
) as {
  vat: { rate: number; prices_include_vat: boolean };
  metal_price: { source: { year: number } };
  steps: { from: string; to: string; source: { year: number } }[];
};
const DIVISOR = data.vat.prices_include_vat ? 1 + data.vat.rate : 1;

async function value(calc: Calculator, id: string): Promise<number> {
  const raw = await calc.testId(id).first().getAttribute('data-value');
  expect(raw, `${id} has data-value`).not.toBeNull();
  return Number(raw);
}

/** Each figure's value now against its value before, on the statistical basis. */
function expectStatistical(before: Record<string, number>, after: Record<string, number>) {
  for (const [id, market] of Object.entries(before)) {
    const want = market / DIVISOR;
    expect(Math.abs(after[id] - want), id).toBeLessThanOrEqual(1e-9 * Math.abs(want));
    expect(after[id], `${id} changed`).not.toBe(market);
  }
}

async function figures(calc: Calculator, ids: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of ids) out[id] = await value(calc, id);
  return out;
}

async function toStatistical(calc: Calculator, page: Page, view: string) {
  await calc.testId('basis-statistical').check();
  await expect(calc.testId('price-basis').first()).toHaveAttribute('data-basis', 'statistical');
  await expect(page).toHaveURL(/basis=statistical/);
  expect(page.url(), view).toContain(`view=${view}`);
}

for (const lang of ['en', 'zh']) {
  test(`the basis switch changes every money figure and survives a reload (${lang})`, async ({ calc, page }) => {
    // Path
    await calc.open(`lang=${lang}&view=path&product=furniture`);
    const pathIds = ['added-value-per-ton', 'added-value-per-metal', 'output-value-per-ton'];
    await expect(calc.testId('added-value-per-ton')).toBeVisible();
    await expect(calc.testId('price-basis').first()).toHaveAttribute('data-basis', 'market');
    const pathMarket = await figures(calc, pathIds);
    await toStatistical(calc, page, 'path');
    await expect(calc.testId('price-basis').first()).toContainText(lang === 'zh' ? '统计口径' : 'statistical basis');
    expectStatistical(pathMarket, await figures(calc, pathIds));
    await page.reload();
    await expect(calc.testId('basis-statistical')).toBeChecked();
    expectStatistical(pathMarket, await figures(calc, pathIds));

    // Compare: the ranking's rows, on the basis carried over from the path view.
    await calc.open(`lang=${lang}&view=compare`);
    await calc.testId('compare-show-table').click();
    const rowIds = ['compare-row-furniture', 'compare-row-lv-cable', 'compare-row-rod'];
    const compareMarket = await figures(calc, rowIds);
    await toStatistical(calc, page, 'compare');
    expectStatistical(compareMarket, await figures(calc, rowIds));
    await page.reload();
    await calc.testId('compare-show-table').click();
    expectStatistical(compareMarket, await figures(calc, rowIds));

    // Scenario: the headline and the totals.
    await calc.open(`lang=${lang}&view=scenario`);
    await expect(calc.testId('scenario-summary')).toBeVisible();
    const totals = ['scenario-headline', 'scenario-added-plan', 'scenario-output-plan', 'scenario-gross-plan', 'scenario-output-baseline', 'scenario-retained-plan'];
    const scenarioMarket = await figures(calc, totals);
    await toStatistical(calc, page, 'scenario');
    expectStatistical(scenarioMarket, await figures(calc, totals));
    await page.reload();
    await expect(calc.testId('price-basis').first()).toHaveAttribute('data-basis', 'statistical');
    expectStatistical(scenarioMarket, await figures(calc, totals));
    // Back to market prices: the link forgets the parameter (old links mean market).
    await calc.testId('basis-market').check();
    await expect(page).not.toHaveURL(/basis=/);
    const back = await value(calc, 'scenario-added-plan');
    expect(Math.abs(back - scenarioMarket['scenario-added-plan'])).toBeLessThanOrEqual(1e-9 * Math.abs(back));
    await calc.expectClean();
  });
}

for (const lang of ['en', 'zh']) {
  test(`value added (增加值) is shown with its range and an estimate badge beside added value (${lang})`, async ({ calc }) => {
    await calc.open(`lang=${lang}&view=path&product=furniture`);
    const perTon = calc.testId('value-added-per-ton');
    await expect(perTon).toBeVisible();
    const range = calc.testId('value-added-range');
    const [low, base, high] = [
      Number(await range.getAttribute('data-low')),
      Number(await perTon.getAttribute('data-value')),
      Number(await range.getAttribute('data-high')),
    ];
    expect(low).toBeLessThan(base);
    expect(base).toBeLessThan(high);
    // An estimate of part of added value, never more than it.
    expect(high).toBeLessThanOrEqual(await value(calc, 'added-value-per-ton'));
    await expect(perTon.locator('xpath=ancestor::div[@class="figure-row"]').locator('.badge')).toHaveCount(1);

    await calc.open(`lang=${lang}&view=scenario`);
    const plan = calc.testId('scenario-value-added-plan');
    await expect(plan).toBeVisible();
    const planRange = calc.testId('scenario-value-added-range-plan');
    await expect(planRange).toBeVisible();
    const va = Number(await plan.getAttribute('data-value'));
    expect(Number(await planRange.getAttribute('data-low'))).toBeLessThan(va);
    expect(Number(await planRange.getAttribute('data-high'))).toBeGreaterThan(va);
    expect(va).toBeLessThan(await value(calc, 'scenario-added-plan'));
    await expect(plan.locator('xpath=..').locator('th .badge')).toHaveCount(1);
    await calc.expectClean();
  });

  test(`the Zouping preset: its 60 bn target is met only on some readings, and its mix warns of China's output (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&view=scenario`);
    const verdict = calc.testId('preset-verdict-zouping-2020-gross');
    await expect(verdict).toBeVisible();
    await expect(verdict).toHaveAttribute('data-verdict', 'met-only-if');
    if (lang === 'en') {
      await expect(verdict).toContainText('met only if every stage is a separate firm');
      await expect(verdict).not.toContainText('met on every reading');
    } else {
      await expect(verdict).toContainText('仅在每个环节都是独立企业时达到');
      await expect(verdict).not.toContainText('所有口径下均达到');
    }
    await calc.testId('apply-preset-zouping-2020').click();
    const warning = calc.testId('national-output-warning-auto-sheet');
    await expect(warning).toBeVisible();
    expect(Number(await warning.getAttribute('data-share'))).toBeGreaterThan(0.1);
    await expect(warning).toContainText(lang === 'en' ? "of China's automotive body sheet output" : '全国产量');
    await expect(warning).toContainText('2024');
    // Battery foil: about 98 kt against China's 128 kt of 2021 (SMM).
    const foil = calc.testId('national-output-warning-foil-battery');
    await expect(foil).toBeVisible();
    expect(Number(await foil.getAttribute('data-share'))).toBeGreaterThan(0.5);
    await expect(foil).toContainText(lang === 'en' ? "of China's battery foil output" : '全国产量');
    await expect(foil).toContainText('2021');

    // The firm-boundary reading: gross output on the chosen one, the range around it.
    const separate = Number(await calc.testId('gross-range-separate').getAttribute('data-value'));
    const integrated = Number(await calc.testId('gross-range-integrated').getAttribute('data-value'));
    expect(integrated).toBeLessThan(separate);
    await expect(calc.testId('gross-range-separate')).toHaveAttribute('data-chosen', 'true');
    expect(await value(calc, 'scenario-gross-plan')).toBe(separate);
    await calc.testId('firms-integrated').check();
    await expect(page).toHaveURL(/firms=integrated/);
    await expect(calc.testId('gross-range-integrated')).toHaveAttribute('data-chosen', 'true');
    expect(await value(calc, 'scenario-gross-plan')).toBe(integrated);
    await page.reload();
    await expect(calc.testId('firms-integrated')).toBeChecked();
    expect(await value(calc, 'scenario-gross-plan')).toBe(integrated);
    expect(await axeViolations(page)).toEqual([]);
    await calc.expectClean();
  });
}

// The years of the figures: the result card gives the metal price's year and the span of the
// fees' on the path; a stage whose fee is more than five years from the price year carries a
// mark whose title says its year. Expected values are read from the dataset file.
const PRICE_YEAR = data.metal_price.source.year;
const stepYear = (from: string, to: string) => data.steps.find((s) => s.from === from && s.to === to)!.source.year;

for (const lang of ['en', 'zh']) {
  test(`the result card gives the years of its figures and marks a stage far from the price year (${lang})`, async ({ calc, page }) => {
    for (const [product, path] of [
      ['wheels', ['primary', 'alloy-ingot', 'wheels']],
      ['furniture', ['primary', 'billet', 'profile', 'furniture']],
    ] as const) {
      await calc.open(`lang=${lang}&view=path&path=${path.join(',')}`);
      const years = calc.testId('figure-years');
      await expect(years).toBeVisible();
      const fees = path.slice(1).map((to, k) => stepYear(path[k], to));
      const [from, to] = [Math.min(...fees), Math.max(...fees)];
      await expect(years).toHaveAttribute('data-metal', String(PRICE_YEAR));
      await expect(years).toHaveAttribute('data-fees-from', String(from));
      await expect(years).toHaveAttribute('data-fees-to', String(to));
      await expect(years).toContainText(from === to ? String(from) : `${from}–${to}`);
      const indexedNote = lang === 'en' ? 'not indexed' : '未按价格指数调整';
      if (fees.every((y) => y === PRICE_YEAR)) await expect(years).not.toContainText(indexedNote);
      else await expect(years).toContainText(indexedNote);
      for (let k = 1; k < path.length; k++) {
        const year = fees[k - 1];
        const mark = calc.testId(`stale-mark-${path[k - 1]}-${path[k]}`);
        if (Math.abs(year - PRICE_YEAR) > 5) {
          await expect(mark, `${path[k]} ${year}`).toBeVisible();
          await expect(mark).toHaveAttribute('data-year', String(year));
          await expect(mark).toHaveAttribute('title', new RegExp(`${year}`));
          // Read aloud as well as on hover.
          await expect(mark.locator('.visually-hidden')).toContainText(String(year));
        } else {
          await expect(mark, `${path[k]} ${year}`).toHaveCount(0);
        }
      }
    }
    // The wheels path has marks: the test above is not vacuous.
    expect(Math.abs(stepYear('primary', 'alloy-ingot') - PRICE_YEAR)).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    await calc.expectClean();
  });
}
