import { launch, freshPage } from './browser.mjs';
const b = await launch();
const { context, page } = await freshPage(b, 1);
await page.goto(process.argv[2] + '?lang=en&product=furniture');
await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready');
const ids = ['product-lv-cable', 'product-furniture', 'product-rod', 'product-wheels'];
for (const id of ids) await page.getByTestId(id).scrollIntoViewIfNeeded();
await page.waitForTimeout(500);
await b.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
for (let i = 0; i < 12; i++) { await page.getByTestId(ids[i % 4]).click(); await page.waitForTimeout(150); }
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
const layouts = ev.filter((e) => e.name === 'Layout' && e.dur > 500);
for (const l of layouts.slice(0, 12)) console.log('Layout', (l.dur / 1000).toFixed(1), 'dirty', l.args?.beginData?.dirtyObjects, 'total', l.args?.beginData?.totalObjects, 'partial', l.args?.beginData?.partialLayout, 'root', JSON.stringify(l.args?.endData?.layoutRoots?.length));
const by = new Map();
for (const e of ev.filter((e) => e.ph === 'X' && e.dur)) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
console.log([...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([n, ms]) => `${n} ${(ms / 12).toFixed(2)}`).join('\n'));
console.log('dom', await page.evaluate(() => document.querySelectorAll('*').length));
await b.close();
