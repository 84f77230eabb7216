// Page object for the assumptions panel: figures by their NumberInput id (`edit-price`,
// `edit-av-<from>-<to>`, `edit-yield-<from>-<to>`), each row carrying its value in force
// in data-value; the result card's headline for what the model computes.
import { expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export class Assumptions {
  constructor(readonly page: Page) {}

  field(id: string) { return this.page.getByTestId(id); }
  row(id: string) { return this.page.getByTestId(`${id}-row`); }
  error(id: string) { return this.page.getByTestId(`${id}-error`); }
  reset(id: string) { return this.page.getByTestId(`${id}-reset`); }
  headline() { return this.page.getByTestId('added-value-per-ton'); }

  /** Types as a person would (the field's `input` event), then leaves the field. */
  async type(id: string, text: string) {
    await this.field(id).fill(text);
  }

  /** Opens "Other steps" (its figures are built only while it is open), if it is closed. */
  async showOtherSteps() {
    const details = this.page.getByTestId('other-steps');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    await expect(details).toHaveJSProperty('open', true);
  }

  async expectValue(id: string, value: number) {
    await expect(this.row(id)).toHaveAttribute('data-value', String(value));
  }

  async expectHeadline(value: number) {
    await expect(this.headline()).toHaveAttribute('data-value', String(value));
  }

  async expectEdited(id: string, edited: boolean) {
    if (edited) await expect(this.row(id)).toHaveClass(/\bedited\b/);
    else await expect(this.row(id)).not.toHaveClass(/\bedited\b/);
  }
}

/** Absolute path of a file under e2e/fixtures/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** axe-core (WCAG 2.1 A/AA) on the assumptions panel only; the violations, summarised. */
export async function panelAxeViolations(page: Page): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(() =>
    (window as any).axe.run(
      { include: [['[data-testid="assumptions"]']] },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    ),
  );
  return (results.violations as any[]).map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')})`,
  );
}
