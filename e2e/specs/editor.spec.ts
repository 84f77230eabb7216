// The chain editor (view=editor), opened from the dataset section: no axe violation in
// either language, a problem shown at its cell while the results keep the last valid
// chain, and the result following the chain once it is valid again.
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';

for (const lang of ['zh', 'en']) {
  test(`the editor: a problem at its cell, the result follows the valid chain (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&product=lv-cable`);
    const figure = () => calc.testId('added-value-per-ton').getAttribute('data-value');
    const before = await figure();
    await calc.testId('open-editor').click();
    await expect(calc.testId('editor-view')).toBeVisible();
    expect(await axeViolations(page), 'editor').toEqual([]);

    // The step into low-voltage cable.
    const row = await page.evaluate(() => {
      const tos = [...document.querySelectorAll<HTMLInputElement>('input[data-testid^="cell-steps-"][data-testid$="-to"]')];
      const at = tos.find((input) => input.value === 'lv-cable');
      return at?.dataset.row ?? '';
    });
    expect(row).not.toBe('');
    const cell = (code: string) => calc.testId(`cell-steps-${row}-${code}`);

    // A yield of 1.5: said at its cell, in the page's language; the result stays.
    await cell('yield-high').fill('1.5');
    await expect(calc.testId(`cell-steps-${row}-yield-high-problem`)).toBeVisible();
    await expect(cell('yield-high')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page), 'editor with a problem').toEqual([]);
    await calc.testId('tab-path').click();
    await expect(calc.testId('result-card')).toBeVisible();
    expect(await figure()).toBe(before);

    // Back in the editor the typed value is still there; undo it, then a new added value.
    await calc.testId('open-editor').click();
    await expect(cell('yield-high')).toHaveValue('1.5');
    await calc.testId('editor-undo').click();
    await expect(calc.testId(`cell-steps-${row}-yield-high-problem`)).toHaveCount(0);
    for (const end of ['low', 'base', 'high']) await cell(`added_value-${end}`).fill('9000');
    await expect(calc.testId('editor-status')).not.toHaveClass(/invalid/);
    await calc.testId('tab-path').click();
    await expect.poll(figure).not.toBe(before);
    await calc.expectClean();
  });
}

test('a chain travels whole in a link to a fresh context; a damaged link says so', async ({ calc, page, browser, baseURL }) => {
  await calc.open('lang=en&view=editor');
  await calc.testId('editor-chain').locator('summary').click();
  await calc.testId('cell-chain-0-name-en').fill('Shared chain');
  await expect(calc.testId('editor-status')).not.toHaveClass(/invalid/);
  await calc.testId('copy-chain-link').click();
  const link = await calc.testId('chain-link').inputValue();
  expect(link).toContain('#chain=');
  await calc.expectClean();

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await other.goto(link);
  await other.mouse.move(2, 2);
  await expect(other.getByTestId('dataset-name')).toHaveText('Shared chain');
  await expect(other.getByTestId('added-value-per-ton')).toBeVisible();

  // Cut short, as a chat app might: a clear message, the default chain, a live page.
  await other.goto(link.slice(0, link.length - 200));
  await other.mouse.move(2, 2);
  await expect(other.getByTestId('notices')).toContainText('damaged');
  await expect(other.getByTestId('dataset-name')).not.toHaveText('Shared chain');
  await expect(other.getByTestId('added-value-per-ton')).toBeVisible();
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a link that unpacks to more than the limit is refused without unpacking it all', async ({ page }) => {
  await page.goto('./en/');
  // 8 MB of spaces, a few KB once deflated: a decompression bomb in a link.
  const fragment = await page.evaluate(async () => {
    const blob = new Blob([new Uint8Array(8 * 1024 * 1024).fill(32)]);
    const packed = new Uint8Array(await new Response(blob.stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let text = '';
    for (const b of packed) text += String.fromCharCode(b);
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  });
  expect(fragment.length).toBeLessThan(65_536);
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`./?lang=en#chain=${fragment}`);
  await page.mouse.move(2, 2);
  await expect(page.getByTestId('notices')).toContainText('more than the limit of 512 KiB');
  await expect(page.getByTestId('added-value-per-ton')).toBeVisible();
  expect(errors).toEqual([]);
});
