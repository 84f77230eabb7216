// Embed mode in an iframe of a page on another origin: auto-height, theme, lock, and the
// link to the full calculator.
import { test, expect } from '../fixtures';
import { resolve } from 'node:path';
import { ROOT, serveHostPages } from '../pages/servers';

// The host page is served by a plain server on another port: another origin, with no CSP
// of ours, as an investment-promotion site would be.
let host: Awaited<ReturnType<typeof serveHostPages>>;
test.beforeAll(async () => { host = await serveHostPages(resolve(ROOT, 'examples'), 8093 + test.info().workerIndex * 10); });
test.afterAll(async () => { await host.stop(); });
const hostPage = (baseURL: string) => `${host.url}host-page.html?app=${encodeURIComponent(baseURL)}`;

test('the iframe resizes to its content and takes the theme colour', async ({ page, baseURL }) => {
  await page.goto(hostPage(baseURL!));
  const frameEl = page.locator('#calculator');
  const frame = page.frameLocator('#calculator');
  await expect(frame.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
  // embed.js sets the height from the app's messages; the initial attribute is 600.
  await expect.poll(async () => frameEl.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
  const frameHeight = await frameEl.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10));
  const contentHeight = await frame.locator('html').evaluate((h) => h.scrollHeight);
  expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
  const accent = await frame.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--accent').trim());
  expect(accent).toBe('#c0392b');
  await expect(frame.getByTestId('open-full')).toHaveAttribute('href', /product=furniture/);
  await expect(frame.getByTestId('open-full')).not.toHaveAttribute('href', /embed=1/);
});

test('in a 600 px iframe the compact card is at most 800 px tall and the iframe follows it', async ({ page, baseURL }) => {
  // The host page has margins: a viewport of 680 gives the iframe about 600 px.
  await page.setViewportSize({ width: 680, height: 500 });
  await page.goto(hostPage(baseURL!));
  const frameEl = page.locator('#calculator');
  expect(await frameEl.evaluate((f) => f.getBoundingClientRect().width)).toBeGreaterThanOrEqual(600);
  const frame = page.frameLocator('#calculator');
  await expect(frame.getByTestId('added-value-per-ton')).toHaveAttribute('data-value', '80000');
  await expect.poll(async () => frameEl.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height || '0', 10))).toBeLessThanOrEqual(800);
  const frameHeight = await frameEl.evaluate((f: HTMLIFrameElement) => parseInt(f.style.height, 10));
  const contentHeight = await frame.locator('html').evaluate((h) => h.scrollHeight);
  expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
  expect(frameHeight).toBeGreaterThan(300);
});

test('height messages from elsewhere are ignored by the host script', async ({ page, baseURL }) => {
  await page.goto(hostPage(baseURL!));
  const frame = page.frameLocator('#calculator');
  await expect(frame.getByTestId('added-value-per-ton')).toBeVisible();
  await expect.poll(async () => page.locator('#calculator').evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/px$/);
  const before = await page.locator('#calculator').evaluate((f: HTMLIFrameElement) => f.style.height);
  // The host page itself (not the iframe) posts a forged message, and junk payloads.
  await page.evaluate(() => {
    window.postMessage({ type: 'value-chain:height', height: 99999 }, '*');
    window.postMessage({ type: 'value-chain:height', height: 'NaN' }, '*');
    window.postMessage('value-chain:height', '*');
    window.postMessage(null, '*');
  });
  await page.waitForTimeout(300);
  expect(await page.locator('#calculator').evaluate((f: HTMLIFrameElement) => f.style.height)).toBe(before);
});

test('lock=1 makes the figures read-only', async ({ calc }) => {
  await calc.open('lang=en&embed=1&lock=1&product=rod');
  await expect(calc.testId('added-value-per-ton')).toHaveAttribute('data-value', '500');
  await expect(calc.testId('assumptions')).toHaveCount(0);
  await calc.expectClean();
});

test('a bad theme is refused with a message', async ({ calc, page }) => {
  await calc.open('lang=en&embed=1&theme=red%3Bbackground%3Aurl(x)');
  await expect(calc.testId('notices')).toContainText('theme=');
  const accent = await page.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--accent').trim());
  expect(accent).not.toContain('url');
  await calc.expectClean();
});
