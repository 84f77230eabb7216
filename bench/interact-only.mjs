// Interaction latency alone, for working on it: the same measurement as `make bench`
// (bench/interact.mjs: a run without the trace, then one with it) against an app that is
// already served.
//   node bench/interact-only.mjs http://127.0.0.1:8097/ [edits] [clicks] [rates, e.g. 1,4] [extra query]
// The extra query (e.g. `data=old.json`, a dataset file served next to the app) compares two
// builds on the same dataset.
import { launch } from './browser.mjs';
import { interaction, interactionFloor } from './interact.mjs';

const [url, edits = '60', clicks = '60', rates = '1,4', extraQuery = ''] = process.argv.slice(2);
if (!url) { console.error('usage: node bench/interact-only.mjs URL [edits] [clicks] [rates] [extra query]'); process.exit(2); }
const browser = await launch();
try {
  for (const rate of rates.split(',').map(Number)) {
    const r = await interaction(browser, url, rate, Number(edits), Number(clicks), (m) => console.error(m), extraQuery);
    if (r.error) { console.log(`${rate}x: ${r.error}`); continue; }
    if (r.trace?.error) { console.log(`${rate}x  input p50 ${r.input.p50_ms} p95 ${r.input.p95_ms} | click p50 ${r.click.p50_ms} p95 ${r.click.p95_ms} | all p95 ${r.all.p95_ms} ms; the traced run failed: ${r.trace.error}`); continue; }
    const per = (name) => ((r.trace.main_thread_ms_by_event.find((e) => e.name === name)?.ms ?? 0) / r.all.count).toFixed(1);
    console.log(`${rate}x  input p50 ${r.input.p50_ms} p95 ${r.input.p95_ms} | click p50 ${r.click.p50_ms} p95 ${r.click.p95_ms} | all p95 ${r.all.p95_ms} ms`
      + ` | trace all p95 ${r.trace.all.p95_ms} | per interaction: handlers ${per('EventDispatch')} style ${per('UpdateLayoutTree')}`
      + ` layout ${per('Layout')} prepaint ${per('PrePaint')} paint ${per('Paint')} commit ${per('Commit')} | DOM ${r.dom.elements} | product buttons ${r.product_buttons}`);
    const t = r.while_tracing;
    if (t) console.log(`${rate}x  in the traced run: input p50 ${t.input.p50_ms} p95 ${t.input.p95_ms} | click p50 ${t.click.p50_ms} p95 ${t.click.p95_ms} | all p95 ${t.all.p95_ms} ms`);
    const w = r.trace.main_thread_work;
    const floor = await interactionFloor(browser, rate, 30);
    const w2 = r.trace.main_thread_work_two_frames;
    console.log(`${rate}x  through the frame after: input p50 ${w2.input.p50_ms} p95 ${w2.input.p95_ms} | click p50 ${w2.click.p50_ms} p95 ${w2.click.p95_ms} | all p95 ${w2.all.p95_ms} ms`);
    console.log(`${rate}x  main-thread work: input p50 ${w.input.p50_ms} p95 ${w.input.p95_ms} | click p50 ${w.click.p50_ms} p95 ${w.click.p95_ms} | all p95 ${w.all.p95_ms} ms; floor of the method p50 ${floor.p50_ms} p95 ${floor.p95_ms} ms`);
  }
} finally {
  await browser.close();
}
