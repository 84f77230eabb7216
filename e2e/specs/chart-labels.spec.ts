// Chart labels never overlap each other, and the trajectory's target label never sits on
// the line: bounding boxes compared in the page, at a desktop and a phone width.
import { test, expect } from '../fixtures';

/** Pairs of overlapping labels in every chart on the page, and labels crossed by a line. */
async function collisions(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (const svg of Array.from(document.querySelectorAll('svg[data-chart]'))) {
      const chart = svg.getAttribute('data-chart');
      const texts = Array.from(svg.querySelectorAll('text'))
        .filter((t) => t.getClientRects().length && (t.textContent ?? '').trim() && !t.closest('[hidden], .hidden'));
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          if (overlap(boxes[i], boxes[j])) out.push(`${chart}: "${texts[i].textContent}" × "${texts[j].textContent}"`);
        }
      }
      // Data lines (not grid or target lines) must not cross a label.
      for (const line of Array.from(svg.querySelectorAll<SVGGeometryElement>('polyline.trajectory-line'))) {
        const length = line.getTotalLength();
        const m = line.getScreenCTM()!;
        for (let s = 0; s <= length; s += 2) {
          const p = line.getPointAtLength(s).matrixTransform(m);
          texts.forEach((t, k) => {
            const b = boxes[k];
            if (p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom) out.push(`${chart}: the line crosses "${t.textContent}"`);
          });
        }
      }
    }
    return [...new Set(out)];
  });
}

for (const [width, height] of [[1280, 900], [390, 844]]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height } });
    for (const lang of ['zh', 'en']) {
      // One page through the four views (a page per view cost a fixture and a wasm start each).
      test(`no label overlaps in any chart (${lang})`, async ({ calc, page }) => {
        for (const query of ['view=path&product=furniture', 'view=compare', 'view=scenario', 'view=scenario&target=added%3A30000000000&years=8']) {
          await calc.open(`lang=${lang}&${query}`);
          await expect(page.locator('svg[data-chart]').first()).toBeVisible();
          await page.waitForTimeout(300);
          expect(await collisions(page), query).toEqual([]);
          // The scenario's results are tabs: every chart in each of them.
          for (const tab of await page.locator('.result-tabs [role="tab"]').all()) {
            await tab.click();
            await expect(tab).toHaveAttribute('aria-selected', 'true');
            await page.waitForTimeout(200);
            expect(await collisions(page), `${query}, ${await tab.innerText()}`).toEqual([]);
          }
        }
        await calc.expectClean();
      });
    }
  });
}
