// Headless Debian Chromium for the bench, launched as the end-to-end tests launch it
// (the args of e2e/playwright.config.ts), plus small statistics helpers.
import { chromium } from 'playwright-core';

// Same as e2e/playwright.config.ts `launchOptions.args` (kept in step by hand: that file is
// TypeScript read by Playwright's test runner, not importable from plain node).
export const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync',
];
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
}

/** A fresh context (cold HTTP cache, no service worker) and a page with a CDP session at `rate`× CPU slowdown. */
export async function freshPage(browser, rate, initScript) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  // Nearest rank, as the model's Monte Carlo does.
  const rank = Math.min(v.length, Math.max(1, Math.ceil(q * v.length)));
  return v[rank - 1];
}
export const median = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
export const round = (x, digits = 1) => (x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
