// The answer first: on a phone the figure and a way to change the product are on the first
// screen for every product; an embed is a compact card; the English scenario writes large
// amounts the way people read them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '../fixtures';
import { ROOT } from '../pages/servers';

const dataset = JSON.parse(readFileSync(resolve(ROOT, 'data/binzhou-aluminium.json'), 'utf8'));
// Every product a visitor can pick: all but the start and what is not sold along a path.
const PRODUCTS: string[] = dataset.products
  .filter((p: any) => !['refining', 'smelting', 'scrap', 'recycled'].includes(p.kind))
  .map((p: any) => p.id);

/** Whether an element is wholly inside the first screen (nothing scrolled). */
async function onFirstScreen(page: import('@playwright/test').Page, testId: string) {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), inside: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0 };
  });
}

test.describe('phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const lang of ['zh', 'en']) {
    test(`the result and the product picker are on the first screen for every product (${lang})`, async ({ calc, page }) => {
      expect(PRODUCTS.length).toBeGreaterThan(15);
      // Opened by link once, then every product through the picker (as a visitor would).
      await calc.open(`lang=${lang}&product=${PRODUCTS[0]}`);
      for (const id of PRODUCTS) {
        await calc.testId('product-picker').selectOption(id);
        await expect(calc.testId('product-picker')).toHaveValue(id);
        await expect(page.getByTestId('result-path')).toContainText(await page.evaluate(
          (pid) => (document.querySelector(`#product-picker option[value="${pid}"]`) as HTMLOptionElement).text, id));
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const figure = await onFirstScreen(page, 'added-value-per-ton');
        expect(figure.inside, `${id}: figure at ${figure.top}–${figure.bottom}`).toBe(true);
        const picker = await onFirstScreen(page, 'product-picker');
        expect(picker.inside, `${id}: picker at ${picker.top}–${picker.bottom}`).toBe(true);
      }
      await calc.expectClean();
    });
  }

  test('the product changes from the first screen, without scrolling', async ({ calc, page }) => {
    await calc.open('lang=zh&product=lv-cable');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '5000');
    await calc.testId('product-picker').selectOption('furniture');
    await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await calc.expectClean();
  });

  for (const view of ['compare', 'scenario']) {
    test(`the ${view} view leads with its answer on a phone`, async ({ calc, page }) => {
      await calc.open(`lang=zh&view=${view}`);
      const answer = view === 'compare' ? 'compare-ranking' : 'scenario-summary';
      const box = await onFirstScreen(page, answer);
      expect(box.top, `${answer} starts at ${box.top}`).toBeLessThan(844 * 0.6);
    });
  }
});

// The phone's first screen says what the figure is per ton of, and where it comes from: the
// headline's source (badge and short citation) links to its full entry in the sources. The
// figure per ton of metal is a labelled secondary line, never a second headline.
for (const [width, height] of [[360, 740], [390, 844]]) {
  test.describe(`phone, ${width} × ${height}, the headline's basis and source`, () => {
    test.use({ viewport: { width, height }, isMobile: true, hasTouch: true });
    for (const lang of ['zh', 'en']) {
      test(`figure, unit, per ton of what, and source on the first screen (${lang})`, async ({ calc, page }) => {
        for (const id of ['furniture', 'lv-cable', 'casings']) {
          await calc.open(`lang=${lang}&product=${id}`);
          const product = dataset.products.find((p: any) => p.id === id).name[lang];
          const figure = calc.testId('added-value-per-ton');
          await expect(figure).toContainText(lang === 'en' ? 'yuan/t' : '元/吨');
          await expect(calc.testId('headline-per')).toHaveText(
            lang === 'en' ? `per ton of aluminium made into ${product}` : `按每吨铝加工成${product}计`);
          const source = calc.testId('headline-source');
          await expect(source.locator('.badge')).toBeVisible();
          const link = calc.testId('headline-source-link');
          expect((await link.innerText()).length, 'a short citation').toBeGreaterThan(10);
          for (const testId of ['added-value-per-ton', 'headline-per', 'headline-source']) {
            const box = await onFirstScreen(page, testId);
            expect(box.inside, `${id}: ${testId} at ${box.top}–${box.bottom}`).toBe(true);
          }
          // The link is to the source of the largest step, further down the page.
          const target = (await link.getAttribute('href'))!;
          expect(target).toMatch(/^#source-av-/);
          const steps = dataset.steps.filter((s: any) => target === `#source-av-${s.from}-${s.to}`);
          expect(steps, `${target} names a step`).toHaveLength(1);
          // The step that makes most of the figure (the stages table's increments).
          const rows = page.locator('[data-testid^="waterfall-row-"]');
          await expect(rows.first()).toBeAttached();
          const increments = await rows.evaluateAll((trs) => trs.map((r) => Number(r.getAttribute('data-value'))));
          expect(steps[0].added_value.base, `${target} is the largest step`).toBe(Math.max(...increments));
          await expect(source.locator('.badge')).toHaveAttribute('data-badge', steps[0].source.badge);
          await link.click();
          const entry = page.locator(target);
          await expect(entry).toBeInViewport();
          await expect(entry.locator('.badge')).toHaveAttribute('data-badge', steps[0].source.badge);
          // The figure per ton of metal: labelled, not bold, smaller, aligned with the figure.
          const side = await calc.testId('added-value-per-metal').evaluate((el) => {
            const head = document.querySelector('[data-testid="added-value-per-ton"]')!;
            const line = el.closest('p')!;
            return {
              weight: Number(getComputedStyle(el).fontWeight),
              size: parseFloat(getComputedStyle(el).fontSize),
              headSize: parseFloat(getComputedStyle(head).fontSize),
              left: line.getBoundingClientRect().left,
              headLeft: head.getBoundingClientRect().left,
              label: line.textContent!.replace(el.textContent!, '').trim(),
            };
          });
          expect(side.weight, 'the per-metal figure is not bold').toBeLessThanOrEqual(400);
          expect(side.size, 'the per-metal figure is small').toBeLessThanOrEqual(side.headSize / 2);
          expect(Math.abs(side.left - side.headLeft), 'aligned with the headline').toBeLessThanOrEqual(1);
          expect(side.label).toBe(lang === 'en' ? 'Per ton of aluminium consumed:' : '按每吨净耗铝计：');
        }
        await calc.expectClean();
      });
    }
  });
}

test.describe('embed, 600 × 400', () => {
  test.use({ viewport: { width: 600, height: 400 } });
  for (const lang of ['zh', 'en']) {
    test(`the path card is at most 800 px tall with the result on the first screen (${lang})`, async ({ calc, page }) => {
      await calc.open(`lang=${lang}&embed=1&product=furniture`);
      await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, 'document height').toBeLessThanOrEqual(800);
      expect((await onFirstScreen(page, 'added-value-per-ton')).inside).toBe(true);
      await expect(calc.testId('open-full')).toBeVisible();
      await calc.expectClean();
    });
  }
  for (const view of ['compare', 'scenario']) {
    test(`view=${view} fits the same compact frame`, async ({ calc, page }) => {
      await calc.open(`lang=en&embed=1&view=${view}`);
      await expect(calc.testId(`view-${view}`)).toBeVisible();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, 'document height').toBeLessThanOrEqual(800);
      await calc.expectClean();
    });
  }
  test('nothing scrolls sideways at 320 px', async ({ calc, page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    for (const view of ['path', 'compare', 'scenario']) {
      await calc.open(`lang=zh&embed=1&view=${view}&product=furniture`);
      await expect(calc.testId(`view-${view}`)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - 320)).toBeLessThanOrEqual(0);
    }
  });
});

test('the English scenario writes no number of more than 7 digits outside tables', async ({ calc, page }) => {
  await calc.open('lang=en&view=scenario');
  await expect(calc.testId('scenario-summary')).toBeVisible();
  for (const d of await page.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
  const longNumbers = () => page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      // Data tables keep full figures; the summary (a table too) is the answer and reads compact.
      const inDataTable = el?.closest('table') && !el.closest('[data-testid="scenario-summary"], [data-testid="scenario-presets"]');
      if (!el || inDataTable || el.closest('script, style, [hidden]') || !el.getClientRects().length) continue;
      for (const m of walker.currentNode.textContent!.match(/\d[\d,.]*\d/g) ?? []) {
        if (m.replace(/\D/g, '').length > 7) out.push(`${m} <${el.tagName.toLowerCase()} ${el.getAttribute('data-testid') ?? ''}>`);
      }
    }
    return out;
  });
  // Every tab of the results in turn.
  for (const tab of await page.locator('.result-tabs [role="tab"]').all()) {
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(await longNumbers(), await tab.innerText()).toEqual([]);
  }
  // Tables keep full figures.
  const cells = await page.locator('table td.num').allTextContents();
  expect(cells.some((t) => t.replace(/\D/g, '').length > 7), 'a full figure in a table').toBe(true);
});

test.describe('desktop, 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const lang of ['zh', 'en']) {
    test(`the scenario with every group open ends within 3,500 px, in two balanced columns (${lang})`, async ({ calc, page }) => {
      await calc.open(`lang=${lang}&view=scenario`);
      await expect(calc.testId('scenario-summary')).toBeVisible();
      const view = calc.testId('view-scenario');
      for (const d of await view.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
      const columns = ['.scenario-inputs-column', '.scenario-results-column'];
      for (const tab of await page.locator('.result-tabs [role="tab"]').all()) {
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        const name = await tab.innerText();
        const box = await view.boundingBox();
        const scrollY = await page.evaluate(() => window.scrollY);
        // The view's bottom, from the top of the page: the shared assumptions panel
        // under every view is not the scenario's layout.
        expect(box!.y + scrollY + box!.height, `${name}: bottom of the scenario view`).toBeLessThanOrEqual(3500);
        const [inputs, results] = await Promise.all(columns.map((c) => page.locator(c).boundingBox()));
        expect(results!.x, `${name}: results beside the inputs`).toBeGreaterThan(inputs!.x + inputs!.width - 1);
        // No long empty half: the shorter column is at least half the longer one.
        const ratio = Math.min(inputs!.height, results!.height) / Math.max(inputs!.height, results!.height);
        expect(ratio, `${name}: columns ${inputs!.height} and ${results!.height} px`).toBeGreaterThan(0.5);
      }
      await calc.expectClean();
    });
  }

  test('the result tabs follow the keyboard (arrows, Home, End) and keep their panels in the page', async ({ calc, page }) => {
    await calc.open('lang=en&view=scenario');
    const flows = calc.testId('results-tab-flows');
    await flows.focus();
    await page.keyboard.press('ArrowRight');
    await expect(calc.testId('results-tab-products')).toBeFocused();
    await expect(calc.testId('results-tab-products')).toHaveAttribute('aria-selected', 'true');
    await expect(calc.testId('results-panel-products')).toBeVisible();
    await expect(calc.testId('results-panel-flows')).toBeHidden();
    await page.keyboard.press('End');
    await expect(calc.testId('results-tab-uncertainty')).toBeFocused();
    await expect(calc.testId('p50')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(flows).toBeFocused();
    await expect(flows).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(calc.testId('results-tab-uncertainty')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(flows).toHaveAttribute('aria-selected', 'true');
    // One tab stop for the whole list; every tab's panel is in the page, but only the
    // chosen one is built (a hidden Monte Carlo costs nothing while shares are typed).
    expect(await page.locator('.result-tabs [role="tab"][tabindex="0"]').count()).toBe(1);
    await expect(calc.testId('results-panel-years')).toBeAttached();
    await expect(calc.testId('trajectory')).toHaveCount(0);
    await expect(calc.testId('p50')).toHaveCount(0);
    await calc.expectClean();
  });
});
