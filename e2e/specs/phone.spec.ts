// Usable at 360 px wide: every view fits with no horizontal scrolling.
import { test, expect } from '../fixtures';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const lang of ['zh', 'en']) {
  for (const view of ['path', 'compare', 'scenario']) {
    test(`${view} view fits 360 px (${lang})`, async ({ calc, page }) => {
      await calc.open(`lang=${lang}&view=${view}`);
      await expect(calc.testId(`view-${view}`)).toBeVisible();
      // Against 360, not innerWidth: a mobile viewport widens to its content.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 360);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      await calc.expectClean();
    });
  }
}

test('a product can be tapped on a phone', async ({ calc }) => {
  await calc.open('lang=en');
  await calc.testId('product-furniture').tap();
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
});

test('the chain diagram is built only on wide screens, and follows a resize', async ({ calc, page }) => {
  await calc.open('lang=en&product=furniture');
  await expect(calc.testId('stage-list')).toBeVisible();
  // On a phone only the list of stages is shown; the diagram is not even in the page.
  await expect(page.locator('[data-chart="chain-map"]')).toHaveCount(0);
  await page.setViewportSize({ width: 1024, height: 740 });
  await expect(page.locator('[data-chart="chain-map"]')).toBeVisible();
  await expect(calc.testId('map-node-furniture')).toHaveClass(/\bselected\b/);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.locator('[data-chart="chain-map"]')).toHaveCount(0);
  await calc.expectClean();
});

test('a notice\'s buttons keep their words on one line (zh and en)', async ({ calc, page }) => {
  for (const lang of ['zh', 'en']) {
    // A link with several bad values: a long notice beside its button.
    await calc.open(`lang=${lang}&product=nonsense&years=0&price=abc`);
    const buttons = page.locator('[data-testid="notices"] button, [data-testid="update-notice"] button');
    await expect(buttons.first()).toBeVisible();
    for (const button of await buttons.all()) {
      const { lines, text } = await button.evaluate((b) => {
        const style = getComputedStyle(b);
        // The text's own box: the button without its padding.
        const content = b.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return { lines: content / parseFloat(style.lineHeight), text: b.textContent };
      });
      expect(lines, `"${text}" (${lang}): lines of text`).toBeLessThanOrEqual(1.5);
    }
  }
  await calc.expectClean();
});
