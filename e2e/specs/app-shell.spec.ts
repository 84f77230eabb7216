// The release build mounts in a real Chromium behind nginx: title, both languages, tabs,
// and a clean page (no console error, no request to another origin, no CSP violation).
import { test, expect } from '../fixtures';

test('mounts with no console error, no foreign request and no CSP violation', async ({ calc }) => {
  await calc.open('lang=en');
  await expect(calc.testId('app-title')).toHaveText('Aluminium value-chain calculator');
  await expect(calc.testId('loading')).toHaveCount(0);
  await calc.expectClean();
});

test('the first HTML already holds the answer, before the wasm has started', async ({ request }) => {
  // Pre-rendered (ui::prerender): the home page is the Chinese path view of the default
  // product, its figure in the markup; nothing waits for the wasm to show it.
  const response = await request.get('./');
  const html = await response.text();
  expect(html).toMatch(/data-testid="added-value-per-ton" data-value="\d+/);
  expect(html).toContain('<html lang="zh-CN"');
  expect(html).not.toContain('data-testid="loading"');
  // One inline script, the language redirect, and the CSP allows exactly it by its hash.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  expect(inline.map((m) => m[0].slice(0, 8))).toEqual(['<script>']);
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(inline[0][1]).digest('base64');
  expect(response.headers()['content-security-policy']).toContain(`'sha256-${hash}'`);
  expect(response.headers()['content-security-policy']).not.toContain('unsafe-inline');
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('opens in Chinese and switches to English and back', async ({ calc, page }) => {
    await calc.open();
    await expect(calc.testId('app-title')).toHaveText('铝产业链增值计算器');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await calc.testId('lang-en').click();
    await expect(calc.testId('app-title')).toHaveText('Aluminium value-chain calculator');
    await expect(page).toHaveURL(/lang=en/);
    await calc.testId('lang-zh').click();
    await expect(calc.testId('app-title')).toHaveText('铝产业链增值计算器');
    await calc.expectClean();
  });
});

test('views are tabs reachable with the keyboard', async ({ calc, page }) => {
  await calc.open('lang=en');
  await calc.testId('tab-path').focus();
  await page.keyboard.press('ArrowRight');
  await expect(calc.testId('tab-compare')).toHaveAttribute('aria-selected', 'true');
  await expect(calc.testId('view-compare')).toBeVisible();
  await expect(page).toHaveURL(/view=compare/);
});

test('a broken link shows a message and the defaults, never a blank page', async ({ calc }) => {
  await calc.open('lang=en&view=%3Cimg%20src%3Dx%3E');
  await expect(calc.testId('notices')).toContainText('view=<img src=x>');
  await expect(calc.testId('view-path')).toBeVisible();
  await calc.expectClean();
});

test('serves the wasm with its MIME type and long caching, index.html revalidated', async ({ request, page }) => {
  const index = await request.get('./');
  expect(index.headers()['cache-control']).toBe('no-cache');
  expect(index.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  // The page names its start script, which names Trunk's boot script, which names the wasm
  // (a pre-rendered page does not preload it: README, "The app starts on first use").
  const start = (await index.text()).match(/<script type="module" src="\.\/(start-[0-9a-f]+\.js)"/)?.[1];
  expect(start, 'start script in index.html').toBeTruthy();
  const boot = (await (await request.get(`./${start}`)).text()).match(/'\.\/(boot-[0-9a-f]+\.js)'/)?.[1];
  expect(boot, 'boot script named by the start script').toBeTruthy();
  const wasm = (await (await request.get(`./${boot}`)).text()).match(/'\.\/([^']+_bg\.wasm)'/)?.[1];
  expect(wasm, 'wasm named by the boot script').toBeTruthy();
  const res = await request.get(`./${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(res.headers()['content-type']).toBe('application/wasm');
  expect(res.headers()['cache-control']).toContain('immutable');
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['vary']).toBe('Accept-Encoding');
  // Brotli where the browser takes it: the precompressed .br file, byte for byte.
  const br = await request.get(`./${wasm}`, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(Number(br.headers()['content-length'])).toBeLessThan(Number(res.headers()['content-length']));
});
