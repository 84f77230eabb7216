// Two served builds' interaction latency, interleaved: the bench's edits and clicks
// (bench/interact.mjs, run without the trace) on A, then B, then B, then A, … for N rounds,
// and the median of the rounds' p50 and p95. One round's p95 moves by a third between runs
// on this 2-core machine; the median of interleaved rounds is what can be compared.
//   node bench/ab-interaction.mjs URL_A URL_B [rounds=6] [rate=4] [edits and clicks=60]
import { launch, median, round } from './browser.mjs';
import { interactionLatency } from './interact.mjs';

const [a, b, rounds = '6', rate = '4', n = '60'] = process.argv.slice(2);
if (!a || !b) { console.error('usage: node bench/ab-interaction.mjs URL_A URL_B [rounds] [rate] [n]'); process.exit(2); }
const browser = await launch();
try {
  const rows = new Map([[a, []], [b, []]]);
  for (let i = 0; i < Number(rounds); i++) {
    for (const url of (i % 2 ? [b, a] : [a, b])) {
      const r = await interactionLatency(browser, url, Number(rate), Number(n), Number(n), (m) => console.error(m), '', { trace: false });
      if (r.error) { console.log(`round ${i + 1} ${url}: ${r.error}`); continue; }
      rows.get(url).push(r);
      console.log(`round ${i + 1} ${url} ${rate}x: edits p50 ${r.input.p50_ms} p95 ${r.input.p95_ms} | clicks p50 ${r.click.p50_ms} p95 ${r.click.p95_ms} | all p95 ${r.all.p95_ms}`);
    }
  }
  for (const [url, rs] of rows) {
    const m = (kind, q) => round(median(rs.map((r) => r[kind][q])));
    console.log(`median of ${rs.length} rounds, ${url} ${rate}x: edits p50 ${m('input', 'p50_ms')} p95 ${m('input', 'p95_ms')} | clicks p50 ${m('click', 'p50_ms')} p95 ${m('click', 'p95_ms')} | all p95 ${m('all', 'p95_ms')} ms`);
  }
} finally {
  await browser.close();
}
