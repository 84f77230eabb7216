// The host-page API module, imported by a page on another origin: results, clear errors,
// and still working after an error.
import { test, expect } from '../fixtures';
import { resolve } from 'node:path';
import { ROOT, serveHostPages } from '../pages/servers';

let host: Awaited<ReturnType<typeof serveHostPages>>;
test.beforeAll(async () => { host = await serveHostPages(resolve(ROOT, 'examples'), 8094 + test.info().workerIndex * 10); });
test.afterAll(async () => { await host.stop(); });

test('the example host page computes with the API', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}host-page.html?app=${encodeURIComponent(baseURL!)}`);
  await expect(page.getByTestId('api-furniture')).toHaveText('80000 yuan/t');
  await expect(page.getByTestId('api-error')).toContainText('Error: ');
  await expect(page.getByTestId('api-error')).toContainText('furniture');
  await expect(page.getByTestId('api-after')).toHaveText('500 yuan/t');
  expect(errors).toEqual([]);
});

test('bad arguments throw Errors with clear messages', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}examples/host-page.html`);
  await expect(page.getByTestId('api-after')).toHaveText('500 yuan/t');
  const results = await page.evaluate(async (base) => {
    const api = await import(`${base}api/value_chain_api.js`);
    const attempt = (f: () => unknown) => {
      try { f(); return 'no error'; } catch (e: any) { return `${e instanceof Error}:${e.message}`; }
    };
    return {
      nullPath: attempt(() => api.evaluatePath(null)),
      numberPath: attempt(() => api.evaluatePath(42)),
      unknown: attempt(() => api.evaluatePath(['primary', 'unobtainium'])),
      hugeArray: attempt(() => api.evaluatePath(new Array(1_000_000).fill('primary'))),
      badScenario: attempt(() => api.evaluateScenario({ tonnage: 'lots' })),
      overShares: attempt(() => api.evaluateScenario({ tonnage: 1000, shares: { rod: 0.8, furniture: 0.5 } })),
      nullScenario: attempt(() => api.evaluateScenario(null)),
      badDataset: attempt(() => api.loadDataset('{"schema": 99}')),
      badSamples: attempt(() => api.monteCarloPath('furniture', 0, 1)),
      badSeed: attempt(() => api.monteCarloPath('furniture', 100, -1)),
      mc1: api.monteCarloPath('furniture', 10000, 7),
      mc2: api.monteCarloPath(['primary', 'billet', 'profile', 'furniture'], 10000, 7),
      after: api.evaluatePath(['primary', 'rod', 'lv-cable']).added_value_per_t,
      ranked: api.rankEndProducts().length,
      products: api.products().some((p: any) => p.id === 'furniture' && p.name.zh === '全铝家具'),
    };
  }, baseURL);
  expect(results.mc1).toEqual(results.mc2);
  expect(results.mc1.p10).toBeLessThanOrEqual(results.mc1.p50);
  expect(results.mc1.p50).toBeLessThanOrEqual(results.mc1.p90);
  expect(results.mc1.p10).toBeGreaterThanOrEqual(72770);
  expect(results.mc1.p90).toBeLessThanOrEqual(87940);
  for (const key of ['nullPath', 'numberPath', 'unknown', 'hugeArray', 'badScenario', 'overShares', 'nullScenario', 'badDataset', 'badSamples', 'badSeed']) {
    expect((results as any)[key], key).toMatch(/^true:.{10,}/);
  }
  expect(results.unknown).toContain('unobtainium');
  expect(results.after).toBe(5000);
  expect(results.ranked).toBeGreaterThan(5);
  expect(results.products).toBe(true);
});

test('2 Mt sent whole to any end product never yields less than selling the ingot', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}examples/host-page.html`);
  await expect(page.getByTestId('api-after')).toHaveText('500 yuan/t');
  const rows = await page.evaluate(async (base) => {
    const api = await import(`${base}api/value_chain_api.js`);
    const ingot = api.evaluateScenario({ tonnage: 2_000_000 });
    return api.rankEndProducts().map((r: any) => {
      const s = api.evaluateScenario({ tonnage: 2_000_000, shares: { [r.product]: 1 } });
      return {
        product: r.product, output: s.output_value, ingot: ingot.output_value, gross: s.gross_output,
        consumed: s.metal_consumed, added: s.added_value,
      };
    });
  }, baseURL);
  expect(rows.length).toBeGreaterThanOrEqual(15);
  for (const r of rows) {
    expect(r.output, r.product).toBeGreaterThanOrEqual(r.ingot);
    expect(r.gross, r.product).toBeGreaterThanOrEqual(r.output);
    expect(r.consumed, r.product).toBeCloseTo(2_000_000, 3);
    expect(r.added, r.product).toBeGreaterThan(0);
  }
});
