// Cold loads alone, for working on them: the same measurement as `make bench`
// (bench/load.mjs), app and reference interleaved, against builds that are already served.
//   node bench/load-only.mjs APP_URL REF_URL [runs] [rates, e.g. 1,4]
import { launch } from './browser.mjs';
import { coldLoads } from './load.mjs';

const [app, ref, runs = '7', rates = '1,4'] = process.argv.slice(2);
if (!app || !ref) { console.error('usage: node bench/load-only.mjs APP_URL REF_URL [runs] [rates]'); process.exit(2); }
const browser = await launch();
try {
  for (const rate of rates.split(',').map(Number)) {
    const r = await coldLoads(browser, [{ name: 'app', url: app }, { name: 'reference', url: ref }], rate, Number(runs), () => {});
    const f = (o) => `fcp ${o.fcp_ms} result ${o.result_ms} painted ${o.result_painted_ms} script ${o.script_ms} style ${o.style_ms} layout ${o.layout_ms} cls ${o.cls}`;
    console.log(`${rate}x  app: ${f(r.app)} | ref: ${f(r.reference)} | result ratio ${(r.app.result_ms / r.reference.result_ms).toFixed(2)}`);
  }
} finally {
  await browser.close();
}
