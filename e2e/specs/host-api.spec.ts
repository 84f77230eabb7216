// The host-page API module, imported by a page on another origin: results, clear errors,
// and still working after an error.
import { test, expect } from '../fixtures';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, serveHostPages } from '../pages/servers';

let host: Awaited<ReturnType<typeof serveHostPages>>;
// The host pages' port follows the app's (E2E_PORT), so runs on other ports do not meet.
const HOST_PORT = Number(process.env.E2E_PORT ?? 8091) + 3;
test.beforeAll(async () => { host = await serveHostPages(resolve(ROOT, 'examples'), HOST_PORT + test.info().workerIndex * 2); });
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

// Issue 26's API through the example page: the readings (basis, firms), value added and the
// presets' verdicts, as a host page shows them. Expected values come from the dataset file
// and from the API's own readings, never typed in.
const data = JSON.parse(readFileSync(resolve(ROOT, 'data/binzhou-aluminium.json'), 'utf8')) as {
  vat: { rate: number; prices_include_vat: boolean };
  presets: { id: string; targets?: { metric: string; value: number }[] }[];
};
const DIVISOR = data.vat.prices_include_vat ? 1 + data.vat.rate : 1;

test('the example page reads the plan on the statistical basis, by firm boundaries, with value added', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}host-page.html?app=${encodeURIComponent(baseURL!)}`);
  const num = async (id: string, key: string) => Number(await page.getByTestId(id).getAttribute(`data-${key}`));
  const statistical = page.getByTestId('api-statistical');
  await expect(statistical).toHaveAttribute('data-basis', 'statistical');
  await expect(statistical).toContainText('billion yuan');
  const [s, m] = [await num('api-statistical', 'statistical'), await num('api-statistical', 'market')];
  expect(Math.abs(s - m / DIVISOR)).toBeLessThanOrEqual(1e-9 * m);
  // Gross output: integrated ≤ casthouse-integrated ≤ separate; the chosen reading is the one asked for.
  const [one, cast, sep, chosen] = await Promise.all(
    ['integrated', 'casthouse-integrated', 'separate', 'chosen'].map((k) => num('api-gross-range', k)),
  );
  expect(one).toBeLessThanOrEqual(cast);
  expect(cast).toBeLessThanOrEqual(sep);
  expect(one).toBeLessThan(sep);
  expect(chosen).toBe(one);
  // Value added: a ranged estimate below added value.
  const [low, base, high, added] = await Promise.all(
    ['low', 'base', 'high', 'added-value'].map((k) => num('api-value-added', k)),
  );
  expect(low).toBeLessThan(base);
  expect(base).toBeLessThan(high);
  expect(high).toBeLessThan(added);
  expect(added).toBe(s);
  expect(errors).toEqual([]);
});

test("through the API, the Zouping preset's 60 bn gross-output target is not met on every reading", async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}host-page.html?app=${encodeURIComponent(baseURL!)}`);
  // presets(): the dataset's, every one.
  await expect(page.getByTestId('api-presets')).toHaveAttribute('data-ids', data.presets.map((p) => p.id).join(','));
  const zouping = data.presets.find((p) => p.id === 'zouping-2020')!;
  const target = zouping.targets!.find((t) => t.metric === 'gross-output')!;
  const item = page.getByTestId('api-verdict-gross-output');
  await expect(item).toBeVisible();
  expect(Number(await item.getAttribute('data-target'))).toBe(target.value);
  const verdict = await item.getAttribute('data-verdict');
  expect(verdict).not.toBe('met-every-reading');
  expect(['met-only-if', 'not-met']).toContain(verdict);
  // The verdict is the readings': each reading met exactly when its value reaches the target,
  // every firm boundary among them, and the verdict as the readings say.
  const readings = JSON.parse((await item.getAttribute('data-readings'))!) as
    { reading: { basis: string; firms: string }; value: number; met: boolean }[];
  expect(new Set(readings.map((r) => r.reading.firms))).toEqual(new Set(['separate', 'casthouse-integrated', 'integrated']));
  for (const r of readings) expect(r.met, JSON.stringify(r)).toBe(r.value >= target.value);
  const met = readings.filter((r) => r.met).length;
  expect(verdict).toBe(met === 0 ? 'not-met' : met === readings.length ? 'met-every-reading' : 'met-only-if');
  await expect(item).toContainText(verdict!);
  // The same through the module, with the page's own readings of the preset's plan.
  const direct = await page.evaluate(async (base) => {
    const api = await import(`${base}api/value_chain_api.js`);
    const v = api.targetVerdicts('zouping-2020').find((t: any) => t.metric === 'gross-output');
    const preset = api.presets().find((p: any) => p.id === 'zouping-2020');
    const separate = api.evaluateScenario({ tonnage: preset.tonnage, shares: preset.shares, basis: 'market', firms: 'separate' });
    const reading = v.readings.find((r: any) => r.reading.basis === 'market' && r.reading.firms === 'separate');
    return { verdict: v.verdict, gross: separate.gross_output, reading: reading?.value };
  }, baseURL);
  expect(direct.verdict).toBe(verdict);
  expect(direct.reading).toBeCloseTo(direct.gross, 0);

  // Options: on the statistical basis only, the same statistical readings and values, and
  // the verdict over those three (separate 64.8 bn met; casthouse-integrated and integrated
  // not).
  const statistical = page.getByTestId('api-verdict-statistical-gross-output');
  await expect(statistical).toHaveAttribute('data-verdict', 'met-only-if');
  const kept = JSON.parse((await statistical.getAttribute('data-readings'))!) as typeof readings;
  expect(kept.map((r) => r.reading.basis)).toEqual(['statistical', 'statistical', 'statistical']);
  expect(kept).toEqual(readings.filter((r) => r.reading.basis === 'statistical'));
  await expect(page.getByTestId('api-option-error')).toContainText("Error: targetVerdicts(presetId, options): options: unknown variant `net`, expected `market` or `statistical`");
  const options = await page.evaluate(async (base) => {
    const api = await import(`${base}api/value_chain_api.js`);
    const attempt = (f: () => unknown) => {
      try { f(); return 'no error'; } catch (e: any) { return `${e instanceof Error}:${e.message}`; }
    };
    const one = (options: unknown) => api.targetVerdicts('zouping-2020', options)
      .find((t: any) => t.metric === 'gross-output');
    return {
      none: one(undefined).readings.length,
      empty: one({}).readings.length,
      integrated: one({ firms: 'integrated' }).readings.map((r: any) => `${r.reading.basis}/${r.reading.firms}`),
      both: one({ basis: 'market', firms: 'separate' }),
      unknownKey: attempt(() => one({ basi: 'market' })),
      badFirms: attempt(() => one({ firms: 'merged' })),
      notObject: attempt(() => one('statistical')),
      array: attempt(() => one(['statistical'])),
      unknownPreset: attempt(() => api.targetVerdicts('atlantis', { basis: 'market' })),
      after: one(null).verdict,
    };
  }, baseURL);
  expect(options.none).toBe(6);
  expect(options.empty).toBe(6);
  expect(options.integrated).toEqual(['market/integrated', 'statistical/integrated']);
  expect(options.both.verdict).toBe('met-every-reading');
  expect(options.both.readings).toHaveLength(1);
  expect(options.unknownKey).toMatch(/^true:.*options.*unknown field `basi`, expected `basis` or `firms`/);
  expect(options.badFirms).toMatch(/^true:.*options.*unknown variant `merged`, expected one of `separate`, `casthouse-integrated`, `integrated`/);
  expect(options.notObject).toMatch(/^true:.*options must be an object/);
  expect(options.array).toMatch(/^true:.*options must be an object/);
  expect(options.unknownPreset).toMatch(/^true:.*atlantis/);
  expect(options.after).toBe(verdict);
  expect(errors).toEqual([]);
});

// Issue 29's region functions through the example page: regions(), the `region` option of
// the evaluate functions and setRegion(id). Expected values come from the region files.
test('the example page lists the regions and computes with each one', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}host-page.html?app=${encodeURIComponent(baseURL!)}`);
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(resolve(ROOT, 'data/regions')).filter((f) => f.endsWith('.json'));
  const regions = files.map((f) => JSON.parse(readFileSync(resolve(ROOT, 'data/regions', f), 'utf8')) as {
    id: string; fees?: { from: string; to: string; added_value: { base: number } }[];
  });
  const chainRod = (JSON.parse(readFileSync(resolve(ROOT, 'data/binzhou-aluminium.json'), 'utf8')) as {
    steps: { from: string; to: string; added_value: { base: number } }[];
  }).steps.find((s) => s.from === 'primary' && s.to === 'rod')!.added_value.base;
  const rod = (id: string) => regions.find((r) => r.id === id)!.fees
    ?.find((f) => f.from === 'primary' && f.to === 'rod')?.added_value.base ?? chainRod;
  const ids = (await page.getByTestId('api-regions').getAttribute('data-ids'))!.split(',');
  expect([...ids].sort()).toEqual(regions.map((r) => r.id).sort());
  expect(ids[0]).toBe('binzhou');
  for (const id of ids) {
    await expect(page.getByTestId(`api-region-${id}`)).toHaveAttribute('data-rod', String(rod(id)));
  }
  const set = page.getByTestId('api-set-region');
  await expect(set).toHaveAttribute('data-rod', String(rod('baotou')));
  await expect(set).toHaveAttribute('data-still', String(rod('baotou')));
  await expect(set).toHaveAttribute('data-reset', String(rod('binzhou')));
  expect(await set.getAttribute('data-unknown')).toContain('atlantis');
  // Bad region arguments throw clear Errors; the module keeps working.
  const results = await page.evaluate(async (base) => {
    const api = await import(`${base}api/value_chain_api.js`);
    const attempt = (f: () => unknown) => {
      try { f(); return 'no error'; } catch (e: any) { return `${e instanceof Error}:${e.message}`; }
    };
    return {
      badOption: attempt(() => api.evaluatePath('rod', { region: 'atlantis' })),
      numberOption: attempt(() => api.evaluatePath('rod', { region: 7 })),
      notObject: attempt(() => api.evaluatePath('rod', 'baotou')),
      badScenario: attempt(() => api.evaluateScenario({ tonnage: 1000, region: 'atlantis' })),
      badSet: attempt(() => api.setRegion(null)),
      after: api.evaluatePath('rod').added_value_per_t,
      region: api.regions().find((r: any) => r.id === 'wenshan'),
    };
  }, baseURL);
  for (const key of ['badOption', 'numberOption', 'notObject', 'badScenario', 'badSet']) {
    expect((results as any)[key], key).toMatch(/^true:.{10,}/);
  }
  expect(results.badOption).toContain('atlantis');
  expect(results.after).toBe(rod('binzhou'));
  const wenshan = JSON.parse(readFileSync(resolve(ROOT, 'data/regions/wenshan.json'), 'utf8'));
  expect(results.region.capacity_t).toBe(wenshan.capacity.primary_tonnes_per_year);
  expect(results.region.power).toBe(wenshan.power.kind);
  expect(results.region.co2_t_per_t_primary).toBe(wenshan.co2_primary.base);
  expect(errors).toEqual([]);
});

test('a path carries its CO₂ per ton, and the Monte Carlo draws it on request', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}host-page.html?app=${encodeURIComponent(baseURL!)}`);
  // The example page lists each region's rod with its CO₂: hydropower below captive coal.
  const co2 = async (id: string) => Number(await page.getByTestId(`api-region-${id}`).getAttribute('data-co2'));
  expect(await co2('wenshan')).toBeLessThan(await co2('xinjiang'));
  await expect(page.getByTestId('api-region-wenshan')).toContainText('t CO₂ per t');
  const results = await page.evaluate(async (base) => {
    const api = await import(`${base}api/value_chain_api.js`);
    const attempt = (f: () => unknown) => {
      try { f(); return 'no error'; } catch (e: any) { return `${e instanceof Error}:${e.message}`; }
    };
    const path = api.evaluatePath('furniture');
    return {
      carbon: path.carbon,
      added: path.added_value_per_t,
      notFromStart: api.evaluatePath(['billet', 'profile']).carbon,
      mc: api.monteCarloPath('furniture', 2000, 7, { metric: 'co2' }),
      mcAgain: api.monteCarloPath('furniture', 2000, 7, { metric: 'co2' }),
      mcDefault: api.monteCarloPath('furniture', 2000, 7),
      badMetric: attempt(() => api.monteCarloPath('furniture', 100, 7, { metric: 'carbon' })),
      badOptions: attempt(() => api.monteCarloPath('furniture', 100, 7, 'co2')),
    };
  }, baseURL);
  // CO₂ is its own figure, never inside added value (the article's 80,000 stays exact).
  expect(results.added).toBe(80000);
  const { low, base, high } = results.carbon.total;
  expect(low).toBeLessThanOrEqual(base);
  expect(base).toBeLessThanOrEqual(high);
  expect(base).toBeCloseTo(results.carbon.smelting_per_t_primary.base * results.carbon.metal_per_t + results.carbon.processing, 9);
  // No CO₂ for a path that does not start at the start product (absent: undefined).
  expect(results.notFromStart ?? null).toBeNull();
  // The CO₂ draw centres on the path's CO₂; the same seed gives the same figures.
  expect(results.mc.base_value).toBeCloseTo(base, 9);
  expect(results.mc.p10).toBeLessThanOrEqual(results.mc.p50);
  expect(results.mc.p50).toBeLessThanOrEqual(results.mc.p90);
  expect(results.mcAgain).toEqual(results.mc);
  expect(results.mcDefault.base_value).toBe(80000);
  expect(results.badMetric).toMatch(/^true:.*'co2'/);
  expect(results.badOptions).toMatch(/^true:.*metric/);
  expect(errors).toEqual([]);
});

// Two regions side by side and a carbon price through the API: compareRegions gives what
// the app's two-regions view shows (the same model function), and the carbon price option
// adds the cost per ton, never inside added value. Bad arguments throw Errors in the
// caller's language (lang: 'zh' | 'en'). The CBAM price is the model's, never typed in.
const CBAM = Number(readFileSync(resolve(ROOT, 'model/src/carbon.rs'), 'utf8')
  .match(/CBAM_2026_Q1_EUR: f64 = ([\d.]+);/)![1]);

test('the example page compares two regions and prices their CO₂', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}host-page.html?app=${encodeURIComponent(baseURL!)}`);
  const two = page.getByTestId('api-two-regions');
  await expect(two).toHaveAttribute('data-lower', 'wenshan');
  await expect(two).toHaveAttribute('data-verdict', 'clearly');
  const attr = async (id: string, key: string) => Number(await page.getByTestId(id).getAttribute(`data-${key}`));
  const [aCo2, bCo2, aCost, bCost] = await Promise.all(['a-co2', 'b-co2', 'a-cost', 'b-cost'].map((k) => attr('api-two-regions', k)));
  expect(bCo2).toBeLessThan(aCo2);
  expect(aCost).toBeCloseTo(aCo2 * CBAM, 6);
  expect(bCost).toBeCloseTo(bCo2 * CBAM, 6);
  await expect(two).toContainText(/Less CO₂: Wenshan[^;]*\(clearly\)$/);
  const cost = page.getByTestId('api-carbon-cost');
  await expect(cost).toHaveAttribute('data-currency', 'EUR');
  expect(await attr('api-carbon-cost', 'cost')).toBeCloseTo((await attr('api-carbon-cost', 'co2')) * CBAM, 6);
  await expect(page.getByTestId('api-carbon-error')).toContainText('Error: evaluatePath(path, options)：options.carbonPrice 不能为负数；收到 -5');
  expect(errors).toEqual([]);
});

for (const lang of ['en', 'zh'] as const) {
  test(`compareRegions is the two-regions view's answer, and refuses bad arguments in its language (${lang})`, async ({ page, baseURL }) => {
    await page.goto(`${baseURL}examples/host-page.html`);
    await expect(page.getByTestId('api-after')).toHaveText('500 yuan/t');
    const r = await page.evaluate(async ([base, lang, cbam]) => {
      const api = await import(`${base}api/value_chain_api.js`);
      const attempt = (f: () => unknown) => {
        try { f(); return 'no error'; } catch (e: any) { return `${e instanceof Error}:${e.message}`; }
      };
      const cmp = (options: object) => api.compareRegions('furniture', 'baotou', 'wenshan', { lang, ...options });
      api.setRegion('gongyi'); // the comparison is on the regions' own figures, whatever is in use
      const market = cmp({});
      api.resetDataset();
      return {
        market,
        statistical: cmp({ basis: 'statistical' }),
        priced: cmp({ carbonPrice: cbam }),
        yuan: cmp({ carbonPrice: 550, carbonCurrency: 'CNY' }),
        same: api.compareRegions('rod', 'baotou', 'baotou').lower_co2,
        baotou: api.evaluatePath('furniture', { region: 'baotou' }),
        wenshan: api.evaluatePath('furniture', { region: 'wenshan' }),
        free: api.evaluatePath('furniture', { carbonPrice: 0, lang }).carbon_cost,
        priced_path: api.evaluatePath('furniture', { carbonPrice: cbam, lang }),
        not_from_start: api.evaluatePath(['billet', 'profile'], { carbonPrice: cbam }).carbon_cost ?? null,
        unknownA: attempt(() => api.compareRegions('rod', 'atlantis', 'wenshan', { lang })),
        numberB: attempt(() => api.compareRegions('rod', 'baotou', 7, { lang })),
        unknownProduct: attempt(() => api.compareRegions('unobtainium', 'baotou', 'wenshan', { lang })),
        numberProduct: attempt(() => api.compareRegions(42, 'baotou', 'wenshan', { lang })),
        badBasis: attempt(() => api.compareRegions('rod', 'baotou', 'wenshan', { lang, basis: 'net' })),
        text: attempt(() => api.evaluatePath('rod', { lang, carbonPrice: 'abc' })),
        nan: attempt(() => api.evaluatePath('rod', { lang, carbonPrice: NaN })),
        negative: attempt(() => api.evaluatePath('rod', { lang, carbonPrice: -1 })),
        high: attempt(() => api.evaluatePath('rod', { lang, carbonPrice: 20000 })),
        highCompare: attempt(() => api.compareRegions('rod', 'baotou', 'wenshan', { lang, carbonPrice: 1e6 })),
        currency: attempt(() => api.evaluatePath('rod', { lang, carbonPrice: 75, carbonCurrency: 'USD' })),
        currencyAlone: attempt(() => api.evaluatePath('rod', { lang, carbonCurrency: 'EUR' })),
        misspelt: attempt(() => api.evaluatePath('rod', { lang, carbonprice: 75 })),
        badLang: attempt(() => api.evaluatePath('rod', { lang: 'fr', carbonPrice: 75 })),
        notObject: attempt(() => api.compareRegions('rod', 'baotou', 'wenshan', 'zh')),
        after: api.compareRegions('rod', 'baotou', 'wenshan').lower_co2.region,
      };
    }, [baseURL, lang, CBAM] as const);
    // Each side is the region's own path, as evaluatePath gives it on that region.
    const { market } = r;
    for (const [side, own] of [[market.a, r.baotou], [market.b, r.wenshan]] as const) {
      expect(side.path).toEqual(own.products);
      expect(side.added_value_per_t.base).toBe(own.added_value_per_t);
      expect(side.added_value_per_t.low).toBeLessThanOrEqual(side.added_value_per_t.base);
      expect(side.added_value_per_t.base).toBeLessThanOrEqual(side.added_value_per_t.high);
      expect(side.co2_per_t.base).toBe(own.carbon.total.base);
      expect([side.co2_per_t.low, side.co2_per_t.high]).toEqual([own.carbon.total.low, own.carbon.total.high]);
      expect(['article', 'published', 'derived', 'estimate']).toContain(side.co2_per_t.badge);
      expect(side.carbon_cost).toBeUndefined();
    }
    expect(market.basis).toBe('market');
    expect(market.product).toBe('furniture');
    expect(market.a.region).toBe('baotou');
    expect(market.a.name.en).toBeTruthy();
    // Hydropower below coal on every figure: Wenshan, clearly.
    expect(market.lower_co2).toEqual({ verdict: 'clearly', side: 'b', region: 'wenshan' });
    expect(r.same).toEqual({ verdict: 'undecided' });
    // The statistical basis: the money without VAT, the CO₂ the same.
    expect(r.statistical.basis).toBe('statistical');
    expect(r.statistical.a.added_value_per_t.base).toBeCloseTo(market.a.added_value_per_t.base / DIVISOR, 6);
    expect(r.statistical.a.co2_per_t).toEqual(market.a.co2_per_t);
    // The carbon cost: the CO₂ per ton times the price, in its currency, beside added value.
    for (const s of ['a', 'b'] as const) {
      const co2 = r.priced[s].co2_per_t;
      const c = r.priced[s].carbon_cost;
      expect(c.low).toBeCloseTo(co2.low * CBAM, 6);
      expect(c.base).toBeCloseTo(co2.base * CBAM, 6);
      expect(c.high).toBeCloseTo(co2.high * CBAM, 6);
      expect(c.currency).toBe('EUR');
      expect(c.per_t_co2).toBe(CBAM);
      expect(r.priced[s].added_value_per_t).toEqual(market[s].added_value_per_t);
      expect(r.yuan[s].carbon_cost.currency).toBe('CNY');
      expect(r.yuan[s].carbon_cost.base).toBeCloseTo(co2.base * 550, 6);
    }
    expect(r.free).toEqual({ low: 0, base: 0, high: 0, per_t_co2: 0, currency: 'EUR' });
    expect(r.priced_path.carbon_cost.base).toBeCloseTo(r.priced_path.carbon.total.base * CBAM, 6);
    expect(r.priced_path.added_value_per_t).toBe(80000);
    expect(r.not_from_start).toBeNull();
    // Errors: every one an Error, worded in the caller's language, naming what was given.
    const zh = lang === 'zh';
    const expected: Record<string, RegExp> = {
      unknownA: zh ? /没有地区“atlantis”/ : /unknown region 'atlantis'; known: binzhou/,
      numberB: zh ? /: b 须为地区 id/ : /: b must be a region id/,
      unknownProduct: zh ? /数据集中没有产品“unobtainium”/ : /no product 'unobtainium'/,
      numberProduct: zh ? /product 须为产品 id/ : /product must be a product id/,
      badBasis: zh ? /options\.basis 须为 'market'/ : /options\.basis must be 'market'/,
      text: zh ? /options\.carbonPrice 须为数字.*收到 'abc'/ : /options\.carbonPrice must be a number.*got 'abc'/,
      nan: zh ? /须为数字.*收到 NaN/ : /must be a number.*got NaN/,
      negative: zh ? /不能为负数；收到 -1/ : /cannot be negative; got -1/,
      high: zh ? /最高为每吨二氧化碳 10000 EUR；收到 20000/ : /at most 10000 EUR per t CO₂; got 20000/,
      highCompare: zh ? /^true:compareRegions.*最高为.*收到 1000000/ : /^true:compareRegions.*at most 10000.*got 1000000/,
      currency: zh ? /carbonCurrency 须为 'EUR' 或 'CNY'；收到 'USD'/ : /carbonCurrency must be 'EUR' or 'CNY'; got 'USD'/,
      currencyAlone: zh ? /须同时给出 options\.carbonPrice/ : /carbonCurrency needs options\.carbonPrice/,
      misspelt: zh ? /未知选项 `carbonprice`/ : /unknown option `carbonprice`/,
      badLang: /options\.lang must be 'en' or 'zh' \/ options\.lang 须为 'en' 或 'zh'/,
      notObject: /options must be an object like/,
    };
    for (const [key, pattern] of Object.entries(expected)) {
      const message = (r as any)[key] as string;
      expect(message, key).toMatch(/^true:.{10,}/);
      expect(message, key).toMatch(pattern);
    }
    expect(r.after).toBe('wenshan');
  });
}

test("compareRegions says which region is lower as the app's two-regions view does", async ({ page, calc, baseURL }) => {
  for (const [a, b, product] of [['xinjiang', 'wenshan', 'lv-cable'], ['wenshan', 'baotou', 'rod']]) {
    await calc.open(`lang=en&view=regions&a=${a}&b=${b}&product=${product}`);
    await expect(calc.testId('regions-lower')).toHaveAttribute('data-lower', /^[ab]$/);
    const shown = await calc.testId('regions-lower').getAttribute('data-lower');
    const api = await page.evaluate(async ([base, a, b, product]) => {
      const api = await import(`${base}api/value_chain_api.js`);
      await api.default();
      return api.compareRegions(product, a, b).lower_co2;
    }, [baseURL, a, b, product] as const);
    expect(api.side, `${a} vs ${b}, ${product}`).toBe(shown);
  }
});
