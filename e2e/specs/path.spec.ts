// The Path view: picking paths on the chain map (mouse and keyboard) shows the article's
// figures, the waterfall has a bar per stage, the sources name the article, and the link
// restores the path.
import { test, expect } from '../fixtures';
import { axeViolations } from '../pages/calculator';

const headline = 'added-value-per-ton';

test('picking products by click shows the article figures, stage bars and sources', async ({ calc, page }) => {
  await calc.open('lang=en&product=rod');
  await expect(calc.testId(headline)).toHaveText('500 yuan/t');
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '500');

  await calc.testId('product-lv-cable').click();
  await expect(calc.testId(headline)).toHaveText('5,000 yuan/t');
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '5000');
  await expect(page.locator('[data-testid^="waterfall-stage-"]')).toHaveCount(2);

  await calc.testId('product-furniture').click();
  await expect(calc.testId(headline)).toHaveText('80,000 yuan/t');
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '80000');
  const bars = page.locator('[data-testid^="waterfall-stage-"]');
  await expect(bars).toHaveCount(3);
  expect(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).toEqual(['300', '2700', '77000']);
  await expect(calc.testId('waterfall-stage-profile-furniture')).toContainText('77,000');

  // Every figure on the path is cited; the article is named, and furniture's step, the
  // article's total minus another source's profile figure, says so with its badge in words.
  const article = calc.testId('source-av-profile-furniture');
  await expect(article).toContainText("Derived from the article and another source: the article's 80,000 yuan");
  await expect(article.locator('.badge')).toContainText('derived');
  await expect(calc.testId('sources')).toContainText('(2019)');
  await expect(calc.testId('source-metal-price').locator('.badge')).toContainText('estimate');
  await expect(calc.testId('source-metal-price').locator('.badge')).toContainText('13,500–14,300 yuan/t');

  await expect(page).toHaveURL(/[?&]product=furniture(&|$)/);
  await calc.expectClean();
});

test('picking products with the keyboard, on the diagram and on the list', async ({ calc, page }) => {
  await calc.open('lang=en&product=lv-cable');
  await calc.testId('map-node-furniture').focus();
  await page.keyboard.press('Enter');
  await expect(calc.testId(headline)).toHaveText('80,000 yuan/t');
  await calc.testId('map-node-rod').focus();
  await page.keyboard.press('Space');
  await expect(calc.testId(headline)).toHaveText('500 yuan/t');
  // Tab moves from one diagram node to the next focusable one.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', /^map-node-/);
  await calc.testId('product-lv-cable').focus();
  await page.keyboard.press('Enter');
  await expect(calc.testId(headline)).toHaveText('5,000 yuan/t');
  await expect(calc.testId('map-node-lv-cable')).toHaveAttribute('aria-current', 'true');
  await expect(calc.testId('map-edge-rod-lv-cable')).toHaveClass(/on-path/);
  await calc.expectClean();
});

test('Chinese shows 万 and 元/吨', async ({ calc }) => {
  await calc.open('lang=zh&product=furniture');
  await expect(calc.testId(headline)).toHaveText('8万 元/吨');
  await calc.testId('product-lv-cable').click();
  await expect(calc.testId(headline)).toHaveText('5,000 元/吨');
  await expect(calc.testId('sources').locator('.badge').first()).toContainText('估算');
  await calc.expectClean();
});

test('the path chooser switches the casings path, and the link restores it', async ({ calc, page }) => {
  await calc.open('lang=en&product=casings');
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '385800');
  const viaProfile = page.locator('[data-path="primary,billet,profile,casings"]');
  await viaProfile.check();
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '386000');
  await expect(page.locator('[data-testid^="waterfall-stage-"]')).toHaveCount(3);
  await expect(page).toHaveURL(/[?&]path=primary(,|%2C)billet(,|%2C)profile(,|%2C)casings/);

  // Reopening the link shows the same path, chosen in the radio group.
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '386000');
  await expect(page.locator('[data-path="primary,billet,profile,casings"]')).toBeChecked();
  await expect(calc.testId('result-path')).toHaveText(/Alloy billet.*Extrusion profiles.*Electronics casings/);

  // Arrow keys move through the radio group.
  await viaProfile.focus();
  await page.keyboard.press('ArrowUp');
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '385800');
  // The default path to casings again: its page's address, or the query on another page.
  await expect(page).toHaveURL(/\/en\/casings\/$|[?&]product=casings/);
  await calc.expectClean();
});

test('a product link opens on its path', async ({ calc, page }) => {
  await calc.open('lang=en&product=lv-cable');
  await calc.testId('product-furniture').click();
  await expect(page).toHaveURL(/[?&]product=furniture/);
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(calc.testId(headline)).toHaveAttribute('data-value', '80000');
  await expect(calc.testId('product-furniture')).toHaveAttribute('aria-current', 'true');
});

test('the waterfall offers a table and the metal price as first bar', async ({ calc, page }) => {
  await calc.open('lang=en&product=lv-cable');
  await expect(page.locator('svg[data-chart="waterfall"] > title')).toHaveCount(1);
  await expect(calc.testId('waterfall-table').locator('..')).toHaveClass(/visually-hidden/);
  await calc.testId('waterfall-table-toggle').click();
  await expect(calc.testId('waterfall-table')).toBeVisible();
  await expect(calc.testId('waterfall-row-rod-lv-cable')).toContainText('4,500 yuan/t');
  await calc.testId('waterfall-table-toggle').click();
  await calc.testId('waterfall-metal-toggle').check();
  await expect(calc.testId('waterfall-metal')).toHaveAttribute('data-value', '13900');
  await expect(calc.testId('waterfall-total')).toHaveAttribute('data-value', '18900');
  await calc.expectClean();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const lang of ['en', 'zh']) {
    test(`the path view fits 360 px and products are tappable (${lang})`, async ({ calc, page }) => {
      // lock=1 leaves the assumptions panel out, so the page-wide check below measures
      // this view (the whole page at 360 px is phone.spec.ts's concern).
      await calc.open(`lang=${lang}&product=casings&lock=1`);
      // The diagram gives way to the list of stages.
      await expect(page.locator('svg[data-chart="chain-map"]')).toBeHidden();
      await calc.testId('product-furniture').tap();
      await expect(calc.testId(headline)).toHaveAttribute('data-value', '80000');
      // Nothing in the Path view reaches past the screen's edge...
      const past = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid="view-path"] *'))
          .filter((e) => !e.closest('.visually-hidden'))
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`),
      );
      expect(past).toEqual([]);
      // ...and the page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const box = await calc.testId('product-rod').boundingBox();
      expect(box!.height, 'tap target height').toBeGreaterThanOrEqual(40);
      await calc.expectClean();
    });
  }
});

// Every kind of bar the waterfall draws has its key, drawn the same way, in the page's
// language: the dashed hollow bar of an estimate, the solid one of a sourced figure, the
// total and (when shown) the metal price.
for (const [lang, estimate] of [['en', 'An estimate'], ['zh', '估算的数字']]) {
  test(`the waterfall's key names every kind of bar it draws (${lang})`, async ({ calc, page }) => {
    for (const product of ['furniture', 'casings', 'foil-battery']) {
      await calc.open(`lang=${lang}&product=${product}`);
      const chart = page.locator('svg[data-chart="waterfall"]');
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      const legend = calc.testId('waterfall-legend');
      await expect(legend).toBeVisible();
      const kinds = async () => chart.locator('g.bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('class') ?? ''));
      const drawn = await kinds();
      const expectKey = async (swatch: string, shown: boolean) => {
        await expect(legend.locator(`.${swatch}`), `${product}: ${swatch}`).toHaveCount(shown ? 1 : 0);
        if (shown) expect((await legend.locator('li').filter({ has: page.locator(`.${swatch}`) }).innerText()).trim()).not.toBe('');
      };
      await expectKey('swatch-estimate', drawn.some((c) => c.includes('bar-estimate')));
      await expectKey('swatch-sourced', drawn.some((c) => /bar-(article|published|derived)/.test(c)));
      await expectKey('swatch-total', true);
      await expectKey('swatch-metal', false);
      if (drawn.some((c) => c.includes('bar-estimate'))) {
        // Drawn as the bar is: dashed and hollow.
        // As read: the embed's short label is in the item too, hidden.
        await expect(legend.locator('li').filter({ has: page.locator('.swatch-estimate') })).toHaveText(estimate, { useInnerText: true });
        const bar = await chart.locator('g.bar-estimate rect').first().evaluate((r) => getComputedStyle(r).strokeDasharray);
        expect(bar).not.toBe('none');
        const swatch = await legend.locator('.swatch-estimate').evaluate((s) => getComputedStyle(s).borderTopStyle);
        expect(swatch).toBe('dashed');
      }
      await calc.testId('waterfall-metal-toggle').check();
      await expectKey('swatch-metal', true);
    }
    await calc.expectClean();
  });
}

// Figures per ton of product, only where asked for: a composite product (furniture is 70 %
// aluminium by mass) offers them; the headline always says what a ton is of.
for (const lang of ['en', 'zh']) {
  test(`a composite product's figures per ton of product, when asked for (${lang})`, async ({ calc, page }) => {
    await calc.open(`lang=${lang}&product=furniture`);
    const figure = calc.testId(headline);
    const per = calc.testId('headline-per');
    const num = async (id: string) => Number(await calc.testId(id).getAttribute('data-value'));
    await expect(figure).toHaveAttribute('data-value', '80000');
    await expect(figure).toHaveAttribute('data-per', 'metal');
    await expect(per).toContainText(lang === 'en' ? 'per ton of aluminium made into' : '按每吨铝加工成');
    await expect(calc.testId('per-ton-metal')).toBeChecked();
    await expect(calc.testId('per-ton-switch')).toContainText(lang === 'en' ? 'per ton of aluminium' : '按每吨铝');
    await expect(calc.testId('per-ton-switch')).toContainText(lang === 'en' ? 'per ton of product' : '按每吨产品');
    await expect(calc.testId('product-per-ton-of-metal')).toHaveCount(0);
    const output = await num('output-value-per-ton');
    const valueAdded = await num('value-added-per-ton');

    await calc.testId('per-ton-product').check();
    await expect(figure).toHaveAttribute('data-per', 'product');
    expect(Number(await figure.getAttribute('data-value'))).toBeCloseTo(80000 * 0.7, 6);
    await expect(per).toContainText(lang === 'en' ? 'per ton of Aluminium furniture (70' : '按每吨全铝家具计（含铝70');
    await expect(per).not.toContainText(lang === 'en' ? 'made into' : '加工成');
    expect(await num('output-value-per-ton')).toBeCloseTo(output * 0.7, 6);
    expect(await num('value-added-per-ton')).toBeCloseTo(valueAdded * 0.7, 6);
    // Tons of product a ton of aluminium makes: 1 / 0.7.
    expect(await num('product-per-ton-of-metal')).toBeCloseTo(1 / 0.7, 9);
    await expect(page).toHaveURL(/[?&]per=product(&|$)/);
    expect(await axeViolations(page)).toEqual([]);

    // The link keeps it; another composite product reads per ton of product too, and a
    // product of plain aluminium offers no choice.
    await page.reload();
    await expect(calc.testId('per-ton-product')).toBeChecked();
    expect(Number(await figure.getAttribute('data-value'))).toBeCloseTo(56000, 6);
    await calc.testId('product-lv-cable').click();
    expect(Number(await figure.getAttribute('data-value'))).toBeCloseTo(5000 * 0.75, 6);
    await calc.testId('product-rod').click();
    await expect(figure).toHaveAttribute('data-value', '500');
    await expect(figure).toHaveAttribute('data-per', 'metal');
    await expect(calc.testId('per-ton-switch')).toHaveCount(0);
    await calc.testId('product-furniture').click();
    await calc.testId('per-ton-metal').check();
    await expect(figure).toHaveAttribute('data-value', '80000');
    await expect(page).not.toHaveURL(/per=/);
    await calc.expectClean();
  });
}
