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
