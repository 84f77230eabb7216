// The last-resort panic hook, against a test-only build where `?panic=now` panics on
// purpose (scripts/test-panic.sh builds it with `--features panic-test` and sets
// E2E_PANIC_DIST). Skipped against ordinary builds, which have no such switch.
import { test, expect } from '../fixtures';

test.skip(!process.env.E2E_PANIC_DIST, 'needs the panic-test build: scripts/test-panic.sh');
// No service worker: its first-visit takeover reloads the page, racing with the steps below.
test.use({ serviceWorkers: 'block' });

test('a panic replaces the page with a message and a way to start again', async ({ calc, page }) => {
  // A saved view from before the crash: "your saved scenarios are kept".
  await calc.open('lang=en&product=rod');
  await page.evaluate(() => localStorage.setItem('value-chain.saved-views',
    JSON.stringify({ schema: 1, views: [{ name: 'Before the crash', query: 'lang=en&product=furniture', saved_at: '2025-01-01T00:00:00Z' }] })));

  // `basis=market` (the default) keeps the link from being sent on to en/furniture/, whose
  // page script leaves out keys the deployed app does not read (`panic` is test-only).
  await page.goto('./?lang=en&product=furniture&basis=market&panic=now');
  const crash = calc.testId('crash');
  await expect(crash).toBeVisible();
  await expect(crash).toHaveAttribute('role', 'alert');
  await expect(crash).toContainText('The calculator stopped after an error');
  await expect(crash).toContainText('计算器出错停止了');
  // Not a blank page, and nothing of the dead app left to click.
  await expect(calc.testId('app')).toHaveCount(0);
  expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(40);
  // The hook says what happened in the console; nothing else went wrong.
  expect(calc.consoleErrors.join('\n')).toContain('value-chain panicked');
  expect(calc.foreignRequests).toEqual([]);
  expect(await calc.cspReport()).toEqual([]);

  // "Start again" is a real link to the bare page (without the link that caused the crash).
  const again = crash.getByRole('link', { name: /Start again/ });
  await expect(again).toHaveAttribute('href', './');
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(calc.testId('app')).toBeVisible();
  await expect(calc.testId('crash')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('panic')).toBeNull();
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', /^\d+/);
  // The saved view survived.
  expect(await page.evaluate(() => localStorage.getItem('value-chain.saved-views'))).toContain('Before the crash');
});
