import { launch, freshPage } from './browser.mjs';
const url = process.argv[2];
const b = await launch();
for (const round of [1, 2, 3]) {
const { context, page } = await freshPage(b, 1);
for (const k of [1, 2]) {
await b.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'] });
await page.goto(url + (k === 2 ? '?' : ''), { waitUntil: 'load' });
await page.waitForTimeout(300);
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
const nav = ev.find((e) => e.name === 'navigationStart');
const lay = ev.filter((e) => e.name === 'Layout' && e.dur).map((e) => (e.dur / 1000).toFixed(1));
const style = ev.filter((e) => e.name === 'UpdateLayoutTree' && e.dur).map((e) => (e.dur / 1000).toFixed(1));
console.log(`ctx${round} load${k}: fcp ${fcp && nav ? ((fcp.ts - nav.ts) / 1000).toFixed(0) : '?'} layouts ${lay.slice(0, 4).join(',')} styles ${style.slice(0, 3).join(',')}`);
}
await context.close();
}
await b.close();
