// The Chinese interface is Chinese: no English sentence outside text that is English by
// nature (a source's own title or citation, marked lang="en" or <cite>), in the text on
// screen and in the labels a screen reader reads.
import { test, expect } from '../fixtures';

/** Runs of three or more Latin words outside English-marked text, with where they are. */
async function englishRuns(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    // Words separated by spaces (a sentence), not a path, an id or an address.
    const run = /[A-Za-z][A-Za-z'’-]*(?:[,:;.()]*\s+[(]?[A-Za-z][A-Za-z'’-]*){2,}/g;
    const exempt = (el: Element | null) => !el || !!el.closest('[lang^="en"], cite, code, script, style, [hidden], [aria-hidden="true"]');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (exempt(el) || !el!.getClientRects().length) continue;
      for (const m of node.textContent!.match(run) ?? []) out.push(`${m.trim()}  <${el!.tagName.toLowerCase()} ${el!.getAttribute('data-testid') ?? el!.className}>`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      if (exempt(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        for (const m of el.getAttribute(attr)?.match(run) ?? []) out.push(`${m.trim()}  [${attr}] <${el.tagName.toLowerCase()} ${el.getAttribute('data-testid') ?? ''}>`);
      }
    }
    return out;
  });
}

for (const view of ['path', 'compare', 'scenario']) {
  test(`the Chinese ${view} view has no English sentence outside marked text`, async ({ calc, page }) => {
    await calc.open(`lang=zh&view=${view}&product=furniture`);
    await expect(calc.testId(`view-${view}`)).toBeVisible();
    // The assumptions come after the first paint.
    await expect(calc.testId('assumptions')).toBeVisible();
    for (const d of await page.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
    expect(await englishRuns(page)).toEqual([]);
    // The scenario's results are tabs: each one shown in turn.
    for (const tab of await page.locator('.result-tabs [role="tab"]').all()) {
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      expect(await englishRuns(page), await tab.innerText()).toEqual([]);
    }
  });
}

test('a refused edit and a bad link are explained in Chinese', async ({ calc, page }) => {
  await calc.open('lang=zh&product=nonsense&years=0&data=https%3A%2F%2Fexample.com%2Fx.json');
  await expect(calc.testId('notices')).toBeVisible();
  expect(await englishRuns(page)).toEqual([]);
});

// The dataset's own prose (the sources' citations, the plans' descriptions, the scrap
// price's derivation) is in the page's language too: a Chinese page shows no English
// passage even where it is a citation, an English page no Chinese one.

/** Runs of three or more Latin words in a text, after taking out web addresses. A word is
 * two or more letters (so 6063, A356, 1060-H18 or "x" in "0.79 x 13,900" are not words);
 * words run on across spaces and ASCII punctuation, and any Chinese character ends a run. A
 * proper name of one or two words (SMM, AL Circle, The Canmaker) or a unit (kWh/t) passes;
 * an English clause does not. */
function latinRuns(text: string): string[] {
  const withoutAddresses = text.replace(/\b(?:https?:\/\/\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|cn|gov)\b\S*)/g, ' ');
  return (withoutAddresses.match(/[A-Za-z][A-Za-z'’]+(?:[\s,.:;()'"/&-]+[A-Za-z][A-Za-z'’]+){2,}/g) ?? []).map((m) => m.trim());
}

test('the run check finds clauses, not names, units or addresses', () => {
  expect(latinRuns('Estimate: clean heavy process scrap')).toEqual(['Estimate: clean heavy process scrap']);
  expect(latinRuns('上海有色网（SMM），经 AL Circle 转引')).toEqual([]);
  expect(latinRuns('诺贝丽斯首席执行官，The Canmaker，2019年')).toEqual([]);
  expect(latinRuns('13,599 kWh/t；sdhxgroup.com，2024年；https://example.org/a-b-c')).toEqual([]);
  expect(latinRuns('0.79 x 13,900 ≈ 11,000，1060-H18铝卷')).toEqual([]);
});

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Opens a page and waits for the app (and its deferred panels) to be there. */
async function openPage(page: import('@playwright/test').Page, address: string) {
  await page.goto(address);
  await page.mouse.move(2, 2);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.getByTestId('assumptions')).toBeVisible();
}

/** The dataset's prose on the page: every citation, with where it is. */
async function citations(page: import('@playwright/test').Page): Promise<Array<[string, string]>> {
  return page.locator('cite').evaluateAll((cites) =>
    cites.map((c) => [c.closest('[data-testid]')?.getAttribute('data-testid') ?? '', c.textContent ?? ''] as [string, string]));
}

for (const [view, address] of [
  ['path', './zh/furniture/'],
  ['compare', './?lang=zh&view=compare&product=furniture'],
  ['scenario', './?lang=zh&view=scenario&product=furniture'],
] as const) {
  test(`the Chinese ${view} view shows the sources, plans and notes in Chinese`, async ({ page }) => {
    await openPage(page, address);
    const cited = await citations(page);
    // The path view cites every figure of the path; the scenario view its plans and the
    // scrap price. (The compare view cites nothing of its own.)
    if (view === 'path') expect(cited.length).toBeGreaterThanOrEqual(8);
    if (view === 'scenario') expect(cited.map(([where]) => where)).toEqual(expect.arrayContaining(['preset-shandong-2022', 'preset-zouping-2020', 'source-scrap-price']));
    for (const [where, text] of cited) {
      expect(text, where).toMatch(CJK);
      expect(latinRuns(text), `${where}: ${text}`).toEqual([]);
    }
    // One word for the yield across the page: 成材率, never 金属收得率.
    for (const d of await page.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('收得率');
    expect(body).toContain('成材率');
  });
}

test('the English path and scenario views show the sources and plans in English', async ({ page }) => {
  for (const address of ['./en/furniture/', './?lang=en&view=scenario&product=furniture']) {
    await openPage(page, address);
    const cited = await citations(page);
    expect(cited.length, address).toBeGreaterThan(2);
    for (const [where, text] of cited) expect(text, `${address} ${where}`).not.toMatch(CJK);
  }
});

/** Every term link on the page leads to an entry of a definitions panel that the click
 * opens and shows: the term and its definition, in the page's language. */
async function expectReachableDefinitions(page: import('@playwright/test').Page, lang: 'zh' | 'en', terms: string[]) {
  for (const term of terms) {
    const links = page.locator(`a[data-term="${term}"]`);
    expect(await links.count(), term).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const target = (await link.getAttribute('href'))!;
      expect(target, term).toMatch(/^#definitions-/);
      const entry = page.locator(target);
      // Close the panel first: the link must open it.
      await entry.evaluate((e) => e.closest('details')?.removeAttribute('open'));
      await expect(entry).toBeHidden();
      await link.click();
      await expect(entry).toBeVisible();
      await expect(entry).toBeInViewport();
      const [name, definition] = [await entry.locator('dt').innerText(), await entry.locator('dd').innerText()];
      expect(name.length, term).toBeGreaterThan(0);
      expect(definition.length, term).toBeGreaterThan(30);
      if (lang === 'zh') {
        expect(definition, term).toMatch(CJK);
        expect(latinRuns(definition), term).toEqual([]);
      } else {
        expect(definition, term).not.toMatch(CJK);
      }
    }
  }
}

for (const lang of ['zh', 'en'] as const) {
  test(`every ratio on screen links to its definition (${lang})`, async ({ page }) => {
    // The path view: the multipliers, the yields and the melt loss (result, sources, editors).
    await openPage(page, `./?lang=${lang}&product=furniture`);
    for (const id of ['multiplier-vs-metal', 'multiplier-vs-rod']) {
      await expect(page.getByTestId(id).locator('xpath=ancestor::div[contains(@class,"figure-row")]').locator('a[data-term="multipliers"]')).toHaveCount(1);
    }
    await expect(page.getByTestId('source-melt-loss').locator('a[data-term="melt-loss"]')).toHaveCount(1);
    await expect(page.getByTestId('source-yield-profile-furniture').locator('a[data-term="yield"]')).toHaveCount(1);
    await expect(page.getByTestId('edit-yield-profile-furniture-row').locator('a[data-term="yield"]')).toHaveCount(1);
    await expectReachableDefinitions(page, lang, ['multipliers', 'yield', 'melt-loss']);

    // The scenario view: the deep-processing rate and top-heaviness, on both bases.
    await openPage(page, `./?lang=${lang}&view=scenario&product=furniture`);
    for (const [row, term] of [['deep-rate', 'deep-processing-rate'], ['top-heavy', 'top-heaviness'], ['top-heavy-value', 'top-heaviness']]) {
      await expect(page.getByTestId(`scenario-${row}-plan`).locator('xpath=ancestor::tr').locator(`a[data-term="${term}"]`)).toHaveCount(1);
    }
    await expectReachableDefinitions(page, lang, ['deep-processing-rate', 'top-heaviness']);

    // The compare view: the multipliers' columns.
    await openPage(page, `./?lang=${lang}&view=compare&product=furniture`);
    const table = page.getByTestId('compare-table');
    if (!(await table.isVisible())) await page.getByTestId('compare-show-table').click();
    await expect(table.locator('th a[data-term="multipliers"]')).toHaveCount(2);
    await expectReachableDefinitions(page, lang, ['multipliers']);
  });
}
