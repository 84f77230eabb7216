// Exports: CSV (UTF-8 with BOM, headers in the page's language), the assumptions JSON with
// the visitor's edits, and each chart as SVG and PNG — as real downloads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import type { Calculator } from '../pages/calculator';

// The service worker's first install reloads the page once (controllerchange), which can
// swallow an early click or pull the document from under a check; offline use has its own
// spec, so these tests run without it.
test.use({ serviceWorkers: 'block' });

const data = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/binzhou-aluminium.json', import.meta.url)), 'utf8'),
) as { vat: { rate: number; prices_include_vat: boolean }; steps: { recycling?: boolean; source: { year: number } }[] };
const DIVISOR = data.vat.prices_include_vat ? 1 + data.vat.rate : 1;
// Every product is ranked, so the comparison's file spans the years of every step on a path.
const feeYears = data.steps.filter((s) => !s.recycling).map((s) => s.source.year);
const [feesFrom, feesTo] = [Math.min(...feeYears), Math.max(...feeYears)];

async function download(calc: Calculator, page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), calc.testId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('comparison CSV: BOM, Chinese headers and the furniture row', async ({ calc, page }) => {
  await calc.open('lang=zh&view=compare');
  await calc.testId('share-open').click();
  const { name, bytes } = await download(calc, page, 'download-compare-csv');
  expect(name).toBe('value-chain-compare.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  const on = '（元/吨；2019年价格，市场价，含增值税）';
  expect(lines[0]).toBe(`产品,产品代码,加工路径,每吨附加值${on},附加值低值${on},附加值高值${on},每吨产值${on},每吨耗铝附加值${on},相对铝锭倍数,相对铝杆倍数,最弱来源,每吨二氧化碳排放（吨）,二氧化碳低值（吨）,二氧化碳高值（吨）`);
  const furniture = lines.find((l) => l.startsWith('全铝家具,furniture,'));
  expect(furniture).toContain(',80000,');
  expect(furniture).toContain('电解铝 → 铝合金圆铸棒（6063） → 铝挤压型材 → 全铝家具');
  // Its CO₂ per ton along the path, and the range, last: never inside added value.
  const [co2, low, high] = furniture!.split(',').slice(-3).map(Number);
  expect(low).toBeLessThanOrEqual(co2);
  expect(co2).toBeLessThanOrEqual(high);
  expect(co2).toBeGreaterThan(10);
  // A header, 22 products (intermediates too), the price basis, the years of the figures
  // and the region.
  expect(lines.filter((l) => l.length > 0)).toHaveLength(26);
  expect(lines).toContain('地区,滨州铝产业链（山东邹平）（binzhou）');
  expect(lines).toContain(`数据年份,铝价 2019年；加工费 ${feesFrom}–${feesTo}年，未按价格指数调整`);
  expect(lines.find((l) => l.startsWith('铝杆,rod,'))).toContain(',500,');
  expect(lines).toContain('价格口径,2019年价格，含增值税');
  await expect(calc.testId('share-status')).toContainText('value-chain-compare.csv');
  await calc.expectClean();
});

test('scenario CSV: baseline and plan side by side, in English', async ({ calc, page }) => {
  await calc.open('lang=en&view=scenario');
  await calc.testId('share-open').click();
  const { bytes } = await download(calc, page, 'download-scenario-csv');
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFFProduct,Product id,Baseline share (0–1),Baseline tonnes (t)')).toBe(true);
  const lines = text.split('\r\n');
  // The example plan (Shandong's) sends 1 % of 6.46 Mt down the furniture path.
  const furniture = lines.find((l) => l.startsWith('Aluminium furniture,furniture,'))!;
  expect(furniture.split(',').slice(2, 8)).toEqual(['0', '0', '0', '0', '0', '0.01']);
  expect(lines).toContain('Price basis,"2019 prices, incl. VAT"');
  expect(lines.some((l) => l.startsWith('Total (primary metal tonnes),,1,6460000,0,'))).toBe(true);
  await calc.expectClean();
});

test('assumptions JSON holds the dataset with the edit and the edit itself', async ({ calc, page }) => {
  await calc.open('lang=en&product=furniture&av=profile.furniture:90000');
  await calc.testId('share-open').click();
  const { name, bytes } = await download(calc, page, 'download-assumptions-json');
  expect(name).toBe('value-chain-assumptions.json');
  const doc = JSON.parse(bytes.toString('utf8'));
  expect(doc.edits).toEqual([{ edit: 'step-added-value', from: 'profile', to: 'furniture', base: 90000 }]);
  const step = doc.dataset.steps.find((s: any) => s.from === 'profile' && s.to === 'furniture');
  expect(step.added_value.base).toBe(90000);
  expect(doc.dataset.schema).toBe(3);
  // The region the figures are for: the default one, with its whole profile.
  expect(doc.region.id).toBe('binzhou');
  expect(doc.dataset.region.profile.id).toBe('binzhou');
  await calc.expectClean();
});

test('the compare chart downloads as SVG with its bars', async ({ calc, page }) => {
  await calc.open('lang=en&view=compare');
  await calc.testId('share-open').click();
  const { name, bytes } = await download(calc, page, 'download-svg-compare');
  expect(name).toBe('value-chain-compare.svg');
  const svg = bytes.toString('utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect((svg.match(/<rect [^>]*class="bar"/g) ?? []).length).toBe(22);
  expect(svg).toContain('Aluminium furniture');
  expect(svg).toMatch(/<rect [^>]*class="bar"[^>]* fill="rgb\(|<rect [^>]*fill="rgb\([^>]*class="bar"/);
  expect(svg).not.toContain('tabindex');
  // It is an image a browser can open: parse it back.
  const ok = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.documentElement.nodeName === 'svg' && !doc.querySelector('parsererror');
  }, svg);
  expect(ok).toBe(true);
  await calc.expectClean();
});

test('the compare chart downloads as PNG', async ({ calc, page }) => {
  await calc.open('lang=en&view=compare');
  await calc.testId('share-open').click();
  const { name, bytes } = await download(calc, page, 'download-png-compare');
  expect(name).toBe('value-chain-compare.png');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5000);
  // IHDR: width and height at twice the chart's viewBox.
  const viewBox = (await page.locator('svg[data-chart="compare"]').getAttribute('viewBox'))!.split(' ').map(Number);
  expect(bytes.readUInt32BE(16)).toBe(Math.ceil(viewBox[2] * 2));
  expect(bytes.readUInt32BE(20)).toBe(Math.ceil(viewBox[3] * 2));
  await calc.expectClean();
});

test('the path view offers its waterfall as SVG and PNG', async ({ calc, page }) => {
  await calc.open('lang=en&product=furniture');
  await calc.testId('share-open').click();
  const svg = await download(calc, page, 'download-svg-waterfall');
  expect(svg.bytes.toString('utf8')).toContain('<svg');
  const png = await download(calc, page, 'download-png-waterfall');
  expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await calc.expectClean();
});

// The basis chosen on the page is the one exported: after switching to the statistical
// basis, every money column says so and every amount is the market one without VAT.
for (const lang of ['en', 'zh']) {
  test(`CSV files carry the basis chosen on the page (${lang})`, async ({ calc, page }) => {
    const statistical = lang === 'en' ? '2019 prices, statistical, excl. VAT' : '2019年价格，统计口径，不含增值税';
    const market = lang === 'en' ? 'market' : '市场价';
    const basisRow = lang === 'en' ? 'Price basis,"2019 prices, excl. VAT (statistical basis)"' : '价格口径,2019年价格，不含增值税（统计口径）';
    const furnitureRow = (lines: string[]) => lines.find((l) => l.includes(',furniture,'))!;

    await calc.open(`lang=${lang}&view=compare`);
    await calc.testId('share-open').click();
    const before = (await download(calc, page, 'download-compare-csv')).bytes.toString('utf8').split('\r\n');
    await calc.testId('basis-statistical').check();
    await expect(page).toHaveURL(/basis=statistical/);
    const after = (await download(calc, page, 'download-compare-csv')).bytes.toString('utf8').split('\r\n');
    expect(after[0].split(statistical).length - 1, after[0]).toBe(5);
    expect(after[0]).not.toContain(market);
    expect(after).toContain(basisRow);
    // Added value per ton (the fourth column) without VAT.
    const av = (line: string) => Number(line.split(',')[3]);
    expect(av(furnitureRow(after))).toBeCloseTo(av(furnitureRow(before)) / DIVISOR, 4);

    await calc.open(`lang=${lang}&view=scenario&basis=statistical`);
    await expect(calc.testId('price-basis').first()).toHaveAttribute('data-basis', 'statistical');
    await calc.testId('share-open').click();
    const scenario = (await download(calc, page, 'download-scenario-csv')).bytes.toString('utf8').split('\r\n');
    // Added, output and gross output, for baseline and plan.
    expect(scenario[0].split(statistical).length - 1, scenario[0]).toBe(6);
    expect(scenario[0]).not.toContain(market);
    expect(scenario).toContain(basisRow);
    // The totals row (no product id, a share of 1): the plan's output value as on the page.
    const total = scenario.map((l) => l.split(',')).find((c) => c[1] === '' && c[2] === '1')!;
    expect(Number(total[10])).toBeCloseTo(Number(await calc.testId('scenario-output-plan').getAttribute('data-value')), 0);
    await calc.expectClean();
  });
}
