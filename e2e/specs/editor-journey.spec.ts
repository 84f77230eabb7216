// The chain editor's whole journey, as the issue states it, in both languages: a
// three-product copper chain built from blank by keyboard only, with its result; ten steps
// pasted from a tab-separated block; a yield of 1.5, a cycle and a missing name each said at
// its cell while the last valid result stays; undo back to the start and redo to the end;
// the draft found again after a reload; the chain's link opened in a fresh context, read-only
// with "Edit a copy", with the same chain and result; a tampered link said clearly, the page
// alive; axe clean on the editor.
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { axeViolations } from '../pages/calculator';

/** Tab (or Shift+Tab) until the element with this test id has the focus. */
async function tabTo(page: Page, id: string, back = false, max = 800) {
  for (let n = 0; n < max; n++) {
    const at = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.testid ?? '');
    if (at === id) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${id} not reached by ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Replaces the focused field's text as typed (blank: emptied). */
async function typeOver(page: Page, text: string) {
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
}

const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.testid ?? '');

const TEST_SOURCE = {
  en: 'Test figure of the editor journey (not a source)',
  zh: '编辑器测试用数字（非出处）',
};

/** The chain's own figures, one a line, in the form's order (`ChainColumn`s of `chain_columns`). */
function chainFigures(lang: string): string[] {
  const source = [TEST_SOURCE.en, TEST_SOURCE.zh, '2024', 'estimate', ''];
  return [
    'Copper chain', '铜产业链', 'Copper', '铜', 'CNY', 'cathode', '',
    '68000', '70000', '72000', 'yes', ...source, // metal price
    '0.01', '0.02', '0.03', ...source, // melt loss
    '60000', '62000', '64000', ...source, // scrap price
    '0.13', 'yes', ...source, // VAT
    '100000', ...source, // region
  ];
}

const PRODUCTS = [
  ['cathode', 'Copper cathode', '阴极铜', 'smelting'],
  ['rod', 'Copper rod', '铜杆', 'semi-finished'],
  ['wire', 'Copper wire', '铜线', 'finished'],
];
// Added value low, base, high and yield of cathode → rod and rod → wire (test figures).
const STEPS = [
  ['cathode', 'rod', '800', '1000', '1200', '1', '1', '1'],
  ['rod', 'wire', '2000', '2500', '3000', '1', '1', '1'],
];
const WIRE_RESULT = '3500';

/** The headers of a table as the page shows them (the visitor's language). */
async function headers(page: Page, table: string): Promise<string[]> {
  return page.getByTestId(`editor-${table}`).locator('thead th').allInnerTexts();
}

async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

async function figureOnPath(page: Page) {
  await page.getByTestId('tab-path').click();
  await expect(page.getByTestId('result-card')).toBeVisible();
  // The wire's result (the path view keeps the product picked while the chain has it).
  await page.getByTestId('product-picker').selectOption('wire');
  await expect(page.getByTestId('product-picker')).toHaveValue('wire');
  const value = await page.getByTestId('added-value-per-ton').getAttribute('data-value');
  // Back to the editor, from the dataset section.
  await page.getByTestId('open-editor').click();
  await expect(page.getByTestId('editor-view')).toBeVisible();
  return value;
}

for (const lang of ['zh', 'en'] as const) {
  test(`the editor's journey: a copper chain by keyboard, paste, problems at cells, undo, reload, link (${lang})`, async ({ calc, page, browser, baseURL, context }) => {
    test.setTimeout(420_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await calc.open(`lang=${lang}&view=editor`);
    await expect(calc.testId('editor-view')).toBeVisible();

    // From blank, by keyboard only.
    await tabTo(page, 'editor-start-blank');
    await page.keyboard.press('Enter');
    await expect(calc.testId('cell-chain-0-name-en')).toHaveValue(lang === 'zh' ? 'New chain' : 'New chain');
    await expect(calc.testId('editor-status')).toHaveClass(/invalid/);
    await expect(calc.testId('editor-undo')).toBeDisabled();
    await tabTo(page, 'cell-chain-0-name-en');
    for (const value of chainFigures(lang)) {
      await typeOver(page, value);
      await page.keyboard.press('Enter');
    }
    // The start product, then two more rows: the add button puts the focus in the new row.
    await tabTo(page, 'cell-products-0-id');
    for (const [n, product] of PRODUCTS.entries()) {
      if (n > 0) {
        await tabTo(page, 'add-products');
        await page.keyboard.press('Enter');
        await expect.poll(() => focused(page)).toBe(`cell-products-${n}-id`);
      }
      for (const [k, value] of product.entries()) {
        await typeOver(page, value);
        if (k < product.length - 1) await page.keyboard.press('Tab');
      }
    }
    for (const [n, step] of STEPS.entries()) {
      await tabTo(page, 'add-steps');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(`cell-steps-${n}-from`);
      // from, to, added value ×3, yield ×3, kWh, CO₂, jobs, then the added value's source.
      const row = [...step, '', '', '', TEST_SOURCE.en, TEST_SOURCE.zh, '2024', 'estimate'];
      for (const [k, value] of row.entries()) {
        await typeOver(page, value);
        if (k < row.length - 1) await page.keyboard.press('Tab');
      }
    }
    // Presets the blank chain may carry from its template are removed, by keyboard too.
    while (await calc.testId('remove-presets-0').count()) {
      await tabTo(page, 'remove-presets-0');
      await page.keyboard.press('Enter');
    }
    const problems = await page.locator('[data-testid$="-problem"]').allInnerTexts();
    expect(problems, 'every cell filled in').toEqual([]);
    await expect(calc.testId('editor-status')).not.toHaveClass(/invalid/);
    expect(await axeViolations(page), 'the editor, a chain built').toEqual([]);

    // Its result: cathode → rod → wire, 1,000 + 2,500 yuan per ton at yield 1.
    expect(await figureOnPath(page)).toBe(WIRE_RESULT);
    await expect(calc.testId('dataset-name')).toHaveText(lang === 'zh' ? '铜产业链' : 'Copper chain');

    // Ten steps pasted from a tab-separated block, after ten products pasted the same way
    // (each with a header row in the page's language). Each new product is made by one step
    // (a product two steps make would need a default path), and none from the wire, which
    // stays the chain's first end product.
    const productHeads = await headers(page, 'products');
    const parts = Array.from({ length: 10 }, (_, i) => `p${i + 1}`);
    const productBlock = [
      [productHeads[1], productHeads[2], productHeads[3], productHeads[4]].join('\t'),
      ...parts.map((id, i) => [id, `Part ${i + 1}`, `部件${i + 1}`, 'finished'].join('\t')),
    ].join('\n');
    await calc.testId('add-products').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('cell-products-3-id');
    await paste(page, productBlock);
    await expect(calc.testId('row-products-12')).toBeVisible();
    const stepHeads = await headers(page, 'steps');
    // # from to low base high, yield low base high, kWh CO₂ jobs, citation en zh year badge
    const head = [1, 2, 3, 4, 5, 7, 12, 13, 14, 15].map((i) => stepHeads[i]);
    const edges = [
      ['rod', 'p1'], ['p1', 'p2'], ['p2', 'p3'], ['cathode', 'p4'], ['p4', 'p5'],
      ['p5', 'p6'], ['rod', 'p7'], ['p7', 'p8'], ['cathode', 'p9'], ['p9', 'p10'],
    ];
    expect(edges).toHaveLength(10);
    const stepBlock = [
      head.join('\t'),
      ...edges.map(([from, to]) => [from, to, '90', '100', '110', '1', TEST_SOURCE.en, TEST_SOURCE.zh, '2024', 'estimate'].join('\t')),
    ].join('\r\n');
    await calc.testId('add-steps').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('cell-steps-2-from');
    await paste(page, stepBlock);
    await expect(calc.testId('row-steps-11')).toBeVisible();
    await expect(calc.testId('row-steps-12')).toHaveCount(0);
    await expect(calc.testId('cell-steps-11-to')).toHaveValue('p10');
    await expect(calc.testId('editor-status')).not.toHaveClass(/invalid/);
    expect(await figureOnPath(page), 'the result keeps its product').toBe(WIRE_RESULT);

    // Invalid edits: each said at its cell, in the page's language; the result stays.
    const invalid = [
      { cell: 'cell-steps-0-yield-base', text: '1.5' },
      { cell: 'cell-steps-4-to', text: 'p1' }, // p2 → p1: p1 → p2 → p1, a cycle
      { cell: 'cell-products-1-name-en', text: '' },
    ];
    for (const { cell, text } of invalid) {
      await calc.testId(cell).focus();
      await typeOver(page, text);
      const problem = calc.testId(`${cell}-problem`);
      await expect(problem).toBeVisible();
      const words = await problem.innerText();
      if (lang === 'zh') expect(words, cell).toMatch(/[\u4e00-\u9fff]/);
      else expect(words, cell).not.toMatch(/[\u4e00-\u9fff]/);
      await expect(calc.testId(cell)).toHaveAttribute('aria-invalid', 'true');
      await expect(calc.testId('editor-status')).toHaveClass(/invalid/);
      expect(await axeViolations(page), `the editor with a problem at ${cell}`).toEqual([]);
      expect(await figureOnPath(page), `the result stays while ${cell} is invalid`).toBe(WIRE_RESULT);
      await expect(calc.testId(cell)).toHaveValue(text);
      // Ctrl+Z, from anywhere in the editor, takes the edit back.
      await calc.testId(cell).focus();
      await page.keyboard.press('Control+z');
      await expect(calc.testId(`${cell}-problem`)).toHaveCount(0);
    }
    await expect(calc.testId('editor-status')).not.toHaveClass(/invalid/);

    // Undo back to the start, then redo to the end.
    await calc.testId('editor-undo').focus();
    for (let n = 0; n < 400 && await calc.testId('editor-undo').isEnabled(); n++) await page.keyboard.press('Control+z');
    await expect(calc.testId('editor-undo')).toBeDisabled();
    await expect(calc.testId('cell-chain-0-name-en')).toHaveValue('New chain');
    await expect(calc.testId('row-products-1')).toHaveCount(0);
    await expect(calc.testId('row-steps-0')).toHaveCount(0);
    await calc.testId('editor-redo').focus();
    for (let n = 0; n < 400 && await calc.testId('editor-redo').isEnabled(); n++) await page.keyboard.press('Control+Shift+z');
    await expect(calc.testId('editor-redo')).toBeDisabled();
    await expect(calc.testId('row-products-12')).toBeVisible();
    await expect(calc.testId('row-steps-11')).toBeVisible();
    await expect(calc.testId('cell-chain-0-name-zh')).toHaveValue('铜产业链');
    // The end is the last change undone: the missing name, at its cell again.
    await expect(calc.testId('cell-products-1-name-en-problem')).toBeVisible();
    await calc.testId('cell-products-1-name-en').focus();
    await page.keyboard.press('Control+z');
    await expect(calc.testId('editor-status')).not.toHaveClass(/invalid/);
    expect(await figureOnPath(page)).toBe(WIRE_RESULT);

    // Reload: the draft is found again, in force (once the address says the editor).
    await expect.poll(() => page.url()).toContain('view=editor');
    await page.reload();
    await page.mouse.move(3, 3);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(calc.testId('editor-view')).toBeVisible();
    await expect(calc.testId('cell-chain-0-name-zh')).toHaveValue('铜产业链');
    await expect(calc.testId('row-steps-11')).toBeVisible();
    // The address's product is the draft's: no notice says it is missing.
    await expect(calc.testId('notices').filter({ hasText: 'wire' })).toHaveCount(0);
    await calc.testId('editor-drafts').locator('summary').click();
    await expect(calc.testId('draft-0-name')).toContainText(lang === 'zh' ? '铜产业链' : 'Copper chain');
    expect(await figureOnPath(page)).toBe(WIRE_RESULT);

    // The link, in a fresh context: the same chain and result, read-only until a copy is
    // edited.
    await calc.testId('copy-chain-link').click();
    const link = await calc.testId('chain-link').inputValue();
    expect(link).toContain('#chain=');
    await calc.expectClean();

    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    other.on('pageerror', (e) => errors.push(String(e)));
    await other.goto(link);
    await other.mouse.move(2, 2);
    await expect(other.getByTestId('dataset-name')).toHaveText(lang === 'zh' ? '铜产业链' : 'Copper chain');
    await expect(other.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', WIRE_RESULT);
    await expect(other.getByTestId('shared-chain')).toBeVisible();
    await other.getByTestId('open-editor').click();
    await expect(other.getByTestId('cell-steps-11-to')).toHaveValue('p10');
    await expect(other.getByTestId('cell-steps-11-to')).toHaveAttribute('readonly');
    await expect(other.getByTestId('editor-undo')).toBeDisabled();
    expect(await axeViolations(other), 'the editor, read-only').toEqual([]);
    await other.getByTestId('edit-a-copy').click();
    await expect(other.getByTestId('shared-chain')).toHaveCount(0);
    await other.getByTestId('cell-steps-11-added_value-base').fill('105');
    await expect(other.getByTestId('editor-status')).not.toHaveClass(/invalid/);
    await expect(other.getByTestId('editor-undo')).toBeEnabled();

    // Tampered: characters changed in the middle of the fragment.
    const at = link.indexOf('#chain=') + 7 + 200;
    const tampered = link.slice(0, at) + 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' + link.slice(at + 32);
    await other.goto('about:blank');
    await other.goto(tampered);
    await other.mouse.move(2, 2);
    const notice = other.getByTestId('notices');
    await expect(notice).toBeVisible();
    const said = await notice.innerText();
    if (lang === 'zh') expect(said).toMatch(/链接/);
    else expect(said).toMatch(/link/i);
    await expect(other.getByTestId('added-value-per-ton')).toBeVisible();
    await expect(other.getByTestId('shared-chain')).toHaveCount(0);
    expect(errors).toEqual([]);
    await fresh.close();
  });
}
