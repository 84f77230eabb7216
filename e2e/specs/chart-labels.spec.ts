// Chart labels are readable: every chart text is drawn at 11 CSS px or more (its font size
// times the SVG's scale on screen), inside its chart, off the other labels, off the Sankey's
// bands and the chain map's steps, and the trajectory's target label off the line. Measured
// in the page at a phone's, a tablet's and a desktop's width, in both languages, in every
// view and every tab of the scenario's results.
import { test, expect } from '../fixtures';

type Finding = { problems: string[]; sizes: Record<string, number> };

/** Every chart on the page: its labels' drawn sizes (the smallest per chart) and what is
 * wrong with them. */
async function inspect(page: import('@playwright/test').Page): Promise<Finding> {
  // Charts below the fold are drawn once scrolled to (content-visibility): bring each in.
  for (const chart of await page.locator('svg[data-chart]').all()) {
    if (await chart.isVisible()) await chart.scrollIntoViewIfNeeded();
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const problems: string[] = [];
    const sizes: Record<string, number> = {};
    const note = (chart: string, px: number) => { sizes[chart] = Math.min(sizes[chart] ?? Infinity, Math.round(px * 100) / 100); };
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const label = (t: Element) => (t.textContent ?? '').trim();
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('svg[data-chart]'))) {
      const chart = svg.getAttribute('data-chart') ?? '?';
      if (!svg.getClientRects().length) continue;
      const frame = svg.getBoundingClientRect();
      const texts = Array.from(svg.querySelectorAll<SVGTextElement>('text'))
        .filter((t) => t.getClientRects().length && label(t) && !t.closest('[hidden], .hidden'));
      const boxes = texts.map((t) => t.getBoundingClientRect());
      texts.forEach((t, k) => {
        // Drawn size: the computed font size (user units) times the SVG's scale.
        const m = t.getScreenCTM();
        const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
        note(chart, px);
        if (px < 10.95) problems.push(`${chart}: "${label(t)}" drawn at ${px.toFixed(1)} px`);
        const b = boxes[k];
        if (b.left < frame.left - 1 || b.right > frame.right + 1 || b.top < frame.top - 1 || b.bottom > frame.bottom + 1) {
          problems.push(`${chart}: "${label(t)}" cut by the chart's edge`);
        }
        for (let j = k + 1; j < texts.length; j++) {
          if (overlap(b, boxes[j])) problems.push(`${chart}: "${label(t)}" × "${label(texts[j])}"`);
        }
      });
      // Shapes a label must stay off: the Sankey's bands, the chain map's steps, the
      // trajectory's line. Points across each label's box, tested against each stroke.
      const shapes = Array.from(svg.querySelectorAll<SVGGeometryElement>('path.sankey-link, .chain-map .edge path, [data-chart="chain-map"] .edge path, polyline.trajectory-line'));
      for (const shape of shapes) {
        const inverse = shape.getScreenCTM()?.inverse();
        if (!inverse) continue;
        texts.forEach((t, k) => {
          const b = boxes[k];
          for (let i = 1; i < 6; i++) {
            for (let j = 1; j < 4; j++) {
              const p = new DOMPoint(b.left + (b.width * i) / 6, b.top + (b.height * j) / 4).matrixTransform(inverse);
              if (shape.isPointInStroke(p)) {
                problems.push(`${chart}: "${label(t)}" on a ${shape.getAttribute('class') ?? shape.parentElement?.getAttribute('class') ?? 'line'}`);
                return;
              }
            }
          }
        });
      }
      // A chain map's name stays inside its box.
      for (const node of Array.from(svg.querySelectorAll('.node'))) {
        const box = node.querySelector('.node-box')?.getBoundingClientRect();
        if (!box) continue;
        for (const t of Array.from(node.querySelectorAll('text'))) {
          const b = t.getBoundingClientRect();
          if (b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5) {
            problems.push(`${chart}: "${label(t)}" runs out of its box`);
          }
        }
      }
    }
    // Labels in the page beside a chart (keys, legends) are text too.
    for (const item of Array.from(document.querySelectorAll<HTMLElement>('.chart-legend li, .sankey-key li'))) {
      if (!item.getClientRects().length) continue;
      const px = parseFloat(getComputedStyle(item).fontSize);
      note('legend', px);
      if (px < 10.95) problems.push(`legend: "${label(item)}" at ${px} px`);
    }
    return { problems: [...new Set(problems)], sizes };
  });
}

for (const [width, height] of [[360, 760], [768, 1000], [1280, 900]]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height } });
    // Four pages and every result tab, measured: more than the default 30 s on a busy machine.
    test.setTimeout(150_000);
    for (const lang of ['zh', 'en']) {
      // One page through the views (a page per view cost a fixture and a wasm start each).
      test(`chart text is readable, whole and off the marks (${lang})`, async ({ calc, page }) => {
        const problems: string[] = [];
        const sizes: Record<string, number> = {};
        const check = async (where: string) => {
          const found = await inspect(page);
          problems.push(...found.problems.map((p) => `${where}: ${p}`));
          for (const [chart, px] of Object.entries(found.sizes)) sizes[chart] = Math.min(sizes[chart] ?? Infinity, px);
        };
        for (const query of ['view=path&product=furniture', 'view=compare', 'view=scenario', 'view=scenario&target=added%3A30000000000&years=8']) {
          await calc.open(`lang=${lang}&${query}`);
          await expect(page.locator('svg[data-chart]').first()).toBeVisible();
          await page.waitForTimeout(300);
          await check(query);
          // The scenario's results are tabs: every chart in each of them.
          for (const tab of await page.locator('.result-tabs [role="tab"]').all()) {
            await tab.click();
            await expect(tab).toHaveAttribute('aria-selected', 'true');
            await page.waitForTimeout(300);
            await check(`${query}, ${await tab.innerText()}`);
          }
        }
        // Where the chain map's drawing would be too small to read, the list of stages is it.
        await calc.open(`lang=${lang}&view=path&product=furniture`);
        await expect(calc.testId('stage-list')).toBeVisible();
        if (width < 728) await expect(page.locator('[data-chart="chain-map"]')).toHaveCount(0);
        else await expect(page.locator('[data-chart="chain-map"]')).toBeVisible();
        console.log(`smallest chart text at ${width} px (${lang}): ${JSON.stringify(sizes)}`);
        expect(problems).toEqual([]);
        // Every chart the views show was measured.
        for (const chart of ['waterfall', 'compare', 'sankey', 'trajectory', 'tornado']) expect(Object.keys(sizes)).toContain(chart);
        await calc.expectClean();
      });
    }
  });
}
