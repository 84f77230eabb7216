import { launch, freshPage } from './browser.mjs';
const url = process.argv[2];
const b = await launch();
for (let r = 0; r < 3; r++) {
const { context, page } = await freshPage(b, 1);
await b.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink', 'netlog'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(300);
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
const nav = ev.find((e) => e.name === 'navigationStart') ?? ev.find((e) => e.name === 'ResourceSendRequest');
const t = (e) => ((e.ts - nav.ts) / 1000).toFixed(1);
const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
const names = new Set(['ResourceSendRequest', 'ResourceReceiveResponse', 'ResourceFinish', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'firstContentfulPaint', 'MarkDOMContent', 'CSSParserImpl::ParseStyleSheet']);
const rows = ev.filter((e) => names.has(e.name) && e.ts >= nav.ts && (!fcp || e.ts <= fcp.ts + 1)).sort((a, b) => a.ts - b.ts)
  .map((e) => `${t(e)} ${e.name} ${e.dur ? (e.dur / 1000).toFixed(1) + 'ms' : ''} ${(e.args?.data?.url ?? e.args?.data?.requestId ?? '').toString().slice(-30)}`);
console.log('---', rows.join('\n'));
await context.close();
}
await b.close();
