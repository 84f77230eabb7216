// Issue 26's screens: the price basis (market or statistical) on the path, compare and
// scenario views and in the link; the scenario's firm-boundary reading, value added (增加值)
// beside added value, the presets' verdicts on every reading and the national-output
// warnings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import type { Calculator } from '../pages/calculator';

const data = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/binzhou-aluminium.json', import.meta.url)), 'utf8'),
) as { vat: { rate: number; prices_include_vat: boolean } };
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
