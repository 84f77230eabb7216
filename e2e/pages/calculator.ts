// Page object for the calculator: every spec talks to the app through this, by data-testid.
import { expect, type Page, type ConsoleMessage, type Request } from '@playwright/test';

export class Calculator {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly cspViolations: string[] = [];

  constructor(readonly page: Page, baseURL: string) {
    const origin = new URL(baseURL).origin;
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)));
    page.on('request', (req: Request) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
        this.foreignRequests.push(req.url());
      }
    });
  }

  /** Opens the app with the given query string and waits until the wasm has rendered (a
   * pre-rendered page shows `app` before the wasm runs: `<html data-app="ready">` says the
   * app has taken it over). A page without a query starts its app at the visitor's first
   * sign of use: the pointer moving over it is one. */
  async open(query = '') {
    await this.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as any).__csp = ((window as any).__csp ?? []).concat(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.page.getByTestId('app')).toBeVisible();
    await this.page.mouse.move(2, 2);
    await expect(this.page.locator('html[data-app="ready"]')).toHaveCount(1);
  }

  testId(id: string) { return this.page.getByTestId(id); }

  async cspReport(): Promise<string[]> {
    return (await this.page.evaluate(() => (window as any).__csp ?? [])) as string[];
  }

  /** The page is healthy: no console error, no request elsewhere, no CSP violation. */
  async expectClean() {
    expect(this.consoleErrors, 'console errors').toEqual([]);
    expect(this.foreignRequests, 'requests to other origins').toEqual([]);
    expect(await this.cspReport(), 'CSP violations').toEqual([]);
  }
}

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  const results = await page.evaluate(() =>
    (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }),
  );
  return (results.violations as any[]).map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')})`,
  );
}
