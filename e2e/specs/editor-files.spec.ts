// The chain editor's files and small screens: the tables as CSV (headers in the page's
// language, cells as typed), the chain as JSON that the host-page API loads to the same
// result as the page; on a phone (390 px) each row a form of labelled fields, no sideways
// scrolling of the page, axe clean.
import { test, expect } from '../fixtures';
import { readFileSync } from 'node:fs';
import { axeViolations } from '../pages/calculator';

for (const lang of ['zh', 'en'] as const) {
  test(`the editor's chain as CSV and JSON; the JSON loads in the host-page API to the same result (${lang})`, async ({ calc, page, baseURL }) => {
    await calc.open(`lang=${lang}&product=lv-cable`);
    await calc.testId('open-editor').click();
    const row = await page.evaluate(() => {
      const tos = [...document.querySelectorAll<HTMLInputElement>('input[data-testid^="cell-steps-"][data-testid$="-to"]')];
      return tos.find((input) => input.value === 'lv-cable')?.dataset.row ?? '';
    });
    expect(row).not.toBe('');
    for (const end of ['low', 'base', 'high']) await calc.testId(`cell-steps-${row}-added_value-${end}`).fill('9000');
    await expect(calc.testId('editor-status')).not.toHaveClass(/invalid/);
    await calc.testId('tab-path').click();
    const figure = await calc.testId('added-value-per-ton').getAttribute('data-value');
    await calc.testId('open-editor').click();

    const [csv] = await Promise.all([page.waitForEvent('download'), calc.testId('editor-download-csv').click()]);
    expect(csv.suggestedFilename()).toBe('value-chain-tables.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(lang === 'zh' ? '产出产品' : 'To');
    expect(text).toMatch(/lv-cable,9000,9000,9000/);
    await expect(calc.testId('editor-files-status')).toBeVisible();

    const [json] = await Promise.all([page.waitForEvent('download'), calc.testId('editor-download-json').click()]);
    expect(json.suggestedFilename()).toBe('value-chain-chain.json');
    const chain = readFileSync(await json.path(), 'utf8');
    await calc.expectClean();

    // The host-page API, on a page of the same site, loads the file to the same figure.
    await page.goto(`${baseURL}examples/host-page.html`);
    await expect(page.getByTestId('api-after')).toHaveText('500 yuan/t');
    const api = await page.evaluate(async ({ base, chain }) => {
      const api = await import(`${base}api/value_chain_api.js`);
      const before = api.evaluatePath(['primary', 'rod', 'lv-cable']).added_value_per_t;
      api.loadDataset(chain);
      return { before, after: api.evaluatePath(['primary', 'rod', 'lv-cable']).added_value_per_t };
    }, { base: baseURL, chain });
    expect(String(api.after)).toBe(figure);
    expect(api.after).not.toBe(api.before);
  });

  test(`on a phone the editor's rows are forms of labelled fields (${lang})`, async ({ calc, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await calc.open(`lang=${lang}&view=editor`);
    const from = calc.testId('cell-steps-0-from');
    const to = calc.testId('cell-steps-0-to');
    await expect(from).toBeVisible();
    const [a, b] = [await from.boundingBox(), await to.boundingBox()];
    expect(a && b).toBeTruthy();
    // One field under the other, each nearly the screen's width.
    expect(Math.abs(a!.x - b!.x)).toBeLessThan(2);
    expect(b!.y).toBeGreaterThan(a!.y + a!.height);
    expect(a!.width).toBeGreaterThan(300);
    // Each field shows its column's name above it.
    const label = await page.evaluate(() => {
      const td = document.querySelector('[data-testid="cell-steps-0-to"]')!.closest('td')!;
      return getComputedStyle(td, '::before').content;
    });
    expect(label).toBe(JSON.stringify(lang === 'zh' ? '产出产品' : 'To'));
    // The page itself does not scroll sideways.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    // Typing works as on a desktop, a problem at its cell.
    await calc.testId('cell-steps-0-yield-base').fill('1.5');
    await expect(calc.testId('cell-steps-0-yield-base-problem')).toBeVisible();
    expect(await axeViolations(page), 'the editor on a phone').toEqual([]);
    await calc.expectClean();
  });
}
