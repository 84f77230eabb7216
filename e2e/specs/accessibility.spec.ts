// Zero axe-core violations (WCAG 2.1 AA) on every view, in both languages, light and dark.
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';

for (const lang of ['zh', 'en']) {
  for (const view of ['path', 'compare', 'scenario']) {
    test(`no axe violations: ${view} view, ${lang}, light and dark`, async ({ calc, page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await calc.open(`lang=${lang}&view=${view}`);
      await expect(calc.testId(`view-${view}`)).toBeVisible();
      expect(await axeViolations(page), 'light').toEqual([]);
      // The colours follow the scheme live: the same page, dark.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(page), 'dark').toEqual([]);
      await calc.expectClean();
    });
  }
}

// The scenario's results are tabs: axe sees only the one shown, so each in turn.
for (const lang of ['zh', 'en']) {
  test(`no axe violations in any of the scenario's result tabs (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&view=scenario`);
    for (const tab of ['products', 'years', 'uncertainty']) {
      await calc.testId(`results-tab-${tab}`).click();
      await expect(calc.testId(`results-panel-${tab}`)).toBeVisible();
      expect(await axeViolations(page), tab).toEqual([]);
    }
    // A chart's table, shown instead of its chart.
    await calc.testId('tornado-table-toggle').click();
    await expect(calc.testId('tornado-table')).toBeVisible();
    expect(await axeViolations(page), 'tornado table').toEqual([]);
    await calc.expectClean();
  });
}

// The answer-first layouts: a phone, and the compact embed card.
for (const [name, viewport, extra] of [
  ['phone', { width: 390, height: 844 }, ''],
  ['embed', { width: 600, height: 400 }, '&embed=1'],
] as const) {
  for (const view of ['path', 'compare', 'scenario']) {
    test(`no axe violations: ${view} view, ${name} layout`, async ({ calc, page }) => {
      await page.setViewportSize(viewport);
      await calc.open(`lang=zh&view=${view}${extra}`);
      await expect(calc.testId(`view-${view}`)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await calc.expectClean();
    });
  }
}

test('every interactive element is reachable with Tab and has a name', async ({ calc, page }) => {
  await calc.open('lang=en');
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const name = el.getAttribute('aria-label') || el.textContent?.trim() || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || '';
      return { tag: el.tagName, name, id: el.dataset.testid ?? '' };
    });
    if (!info) continue;
    expect(info.name, `focused ${info.tag} ${info.id} has an accessible name`).not.toBe('');
    seen.add(info.id);
  }
  expect(seen.has('lang-en') || seen.has('lang-zh')).toBe(true);
  expect([...seen].some((id) => id.startsWith('product-'))).toBe(true);
});
