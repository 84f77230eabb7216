// Importing another chain's dataset (a JSON file read in the browser), with every problem
// listed item by item while the current data stays in force; exporting the current
// dataset (which imports again); returning to the default (Binzhou) dataset.
import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { Assumptions, fixture } from '../pages/assumptions';

// Not about offline use: with the service worker blocked, only the test changes the page
// (its first install once reloaded the page, dropping what a test had typed).
test.use({ serviceWorkers: 'block' });

const BINZHOU = 'Binzhou aluminium chain (Zouping, Shandong)';

test('a custom chain imports: names, chain map and result are its own', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  await a.expectHeadline(80000);
  await calc.testId('import-file').setInputFiles(fixture('copper-chain.json'));

  await expect(calc.testId('dataset-name')).toHaveText('Example copper chain');
  await expect(calc.testId('notices')).toContainText('Dataset imported: Example copper chain');
  await expect(calc.testId('import-errors')).toHaveCount(0);
  // Its only end product along its only path: 600 + 7,400 + 12,000.
  await a.expectHeadline(20000);
  await expect(calc.testId('product-motor-coil')).toBeVisible();
  await expect(calc.testId('product-furniture')).toHaveCount(0);
  await a.expectValue('edit-price', 48000);
  await a.expectValue('edit-av-copper-rod-enamelled-wire', 7400);
  await expect(calc.testId('step-enamelled-wire-motor-coil')).toContainText('Enamelled wire → Motor coils');

  // Its figures are editable like the default ones.
  await a.type('edit-av-enamelled-wire-motor-coil', '1.3万');
  await a.expectHeadline(21000);

  await calc.testId('lang-zh').click();
  await expect(calc.testId('dataset-name')).toHaveText('示例铜产业链');
  await calc.expectClean();
});

test('a file dropped on the drop zone imports too', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  const text = readFileSync(fixture('copper-chain.json'), 'utf8');
  const dataTransfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'copper-chain.json', { type: 'application/json' }));
    return dt;
  }, text);
  await calc.testId('import-drop').dispatchEvent('dragover', { dataTransfer });
  await calc.testId('import-drop').dispatchEvent('drop', { dataTransfer });
  await expect(calc.testId('dataset-name')).toHaveText('Example copper chain');
  await a.expectHeadline(20000);
  await calc.expectClean();
});

test('a file with mistakes is refused with each problem listed; the data stays', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  await calc.testId('import-file').setInputFiles(fixture('bad-duplicates.json'));

  const errors = calc.testId('import-errors').locator('li');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toHaveText("product id 'copper-rod' is used more than once");
  await expect(errors.nth(1)).toHaveText("step 'cathode' → 'copper-rod': the yield (`yield`) is 1.5; it must be above 0 and at most 1");
  await expect(calc.testId('dataset-import')).toContainText('bad-duplicates.json was not imported');
  await expect(calc.testId('dataset-name')).toHaveText(BINZHOU);
  await a.expectHeadline(80000);
  await expect(calc.testId('product-furniture')).toBeVisible();

  // In the Chinese interface the same problems are in Chinese (the file's ids and fields stay).
  await calc.testId('lang-zh').click();
  await expect(errors.nth(1)).toHaveText('工序“cathode”→“copper-rod”：成材率（`yield`）为 1.5，应大于 0 且不超过 1');
  await calc.testId('lang-en').click();

  // A good file afterwards clears the list.
  await calc.testId('import-file').setInputFiles(fixture('copper-chain.json'));
  await expect(calc.testId('dataset-name')).toHaveText('Example copper chain');
  await expect(calc.testId('import-errors')).toHaveCount(0);
  await calc.expectClean();
});

test('a file that is not JSON is refused with where it breaks', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  await calc.testId('import-file').setInputFiles(fixture('malformed.json'));
  const errors = calc.testId('import-errors').locator('li');
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText('not valid JSON');
  await expect(errors.first()).toContainText('line 5');
  await a.expectHeadline(80000);
  await calc.expectClean();
});

test('a file over 2 MiB is refused before it is read', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  await calc.testId('import-file').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1, ' '),
  });
  const errors = calc.testId('import-errors').locator('li');
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText('the limit is 2097152 bytes');
  await a.expectHeadline(80000);
  await calc.expectClean();
});

test('export saves the current dataset, with edits, as JSON that imports again', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  await a.type('edit-av-profile-furniture', '87000');
  await a.expectHeadline(90000);

  const [download] = await Promise.all([page.waitForEvent('download'), calc.testId('export-dataset').click()]);
  expect(download.suggestedFilename()).toBe('binzhou-aluminium-chain-zouping-shandong.json');
  const file = await download.path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.schema).toBe(3);
  expect(json.name.en).toBe(BINZHOU);
  const step = json.steps.find((s: any) => s.from === 'profile' && s.to === 'furniture');
  expect(step.added_value.base).toBe(87000);

  // Back to the sourced figures, then the exported file brings the edit back as data.
  await calc.testId('reset-dataset').click();
  // The default path again: profile → furniture is among the other steps.
  await a.showOtherSteps();
  await a.expectValue('edit-av-profile-furniture', 77000);
  await calc.testId('import-file').setInputFiles(file);
  await expect(calc.testId('notices')).toContainText('Dataset imported');
  await a.expectValue('edit-av-profile-furniture', 87000);
  await a.expectEdited('edit-av-profile-furniture', false);
  await calc.expectClean();
});

test('return to the default dataset brings Binzhou back', async ({ calc, page }) => {
  const a = new Assumptions(page);
  await calc.open('lang=en&product=furniture');
  await calc.testId('import-file').setInputFiles(fixture('copper-chain.json'));
  await a.expectHeadline(20000);
  // The interface names the chain's own products, not aluminium's: the compare table's
  // multipliers are against copper cathode, and there is no reference product.
  await expect(calc.testId('reset-dataset')).toHaveText(`Return to the default dataset (${BINZHOU})`);
  await calc.testId('tab-compare').click();
  await calc.testId('compare-show-table').click();
  const headers = page.locator('.compare-table thead th');
  await expect(headers.filter({ hasText: 'vs Copper cathode' })).toHaveCount(1);
  await expect(headers.filter({ hasText: /\brod\b|\bmetal\b|luminium/ })).toHaveCount(0);
  await calc.testId('tab-path').click();

  await calc.testId('reset-dataset').click();
  await expect(calc.testId('dataset-name')).toHaveText(BINZHOU);
  await a.expectValue('edit-price', 13900);
  await calc.testId('product-furniture').click();
  await a.expectHeadline(80000);
  await calc.expectClean();
});

// The interface's words for the metal come from the dataset (`metal`; the copper fixture has
// none, so the interface says 金属 / metal): after an import, no view, definition, table or
// tab speaks of aluminium. Only the button back to the default dataset names it.
for (const lang of ['zh', 'en'] as const) {
  test(`an imported chain's interface does not speak of aluminium (${lang})`, async ({ calc, page }) => {
    const aluminium = lang === 'zh' ? /铝/ : /luminium/;
    await calc.open(`lang=${lang}`);
    await calc.testId('import-file').setInputFiles(fixture('copper-chain.json'));
    await expect(calc.testId('dataset-name')).toHaveText(lang === 'zh' ? '示例铜产业链' : 'Example copper chain');
    await expect(calc.testId('app-title')).toHaveText(lang === 'zh' ? '产业链增值计算器' : 'Value-chain calculator');
    expect(await page.title()).toBe(lang === 'zh' ? '产业链增值计算器' : 'Value-chain calculator');
    const said = () =>
      page.evaluate((source) => {
        const re = new RegExp(source);
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const el = walker.currentNode.parentElement;
          if (!el || el.closest('[data-testid="reset-dataset"], script, style')) continue;
          const text = walker.currentNode.textContent ?? '';
          if (re.test(text)) out.push(`${text.trim()}  <${el.tagName.toLowerCase()} ${el.getAttribute('data-testid') ?? el.className}>`);
        }
        for (const el of Array.from(document.querySelectorAll('[aria-label], [title]'))) {
          for (const attr of ['aria-label', 'title']) {
            const v = el.getAttribute(attr) ?? '';
            if (re.test(v)) out.push(`${v}  [${attr}]`);
          }
        }
        return out;
      }, aluminium.source);
    for (const view of ['path', 'compare', 'scenario']) {
      await calc.testId(`tab-${view}`).click();
      await expect(calc.testId(`view-${view}`)).toBeVisible();
      for (const d of await page.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
      expect(await said(), view).toEqual([]);
      for (const tab of await page.locator('.result-tabs [role="tab"]').all()) {
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        expect(await said(), await tab.innerText()).toEqual([]);
      }
    }
    await calc.expectClean();
  });
}
