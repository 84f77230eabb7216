import { lighthouse } from './lighthouse.mjs';
for (const url of process.argv.slice(3)) {
  const r = await lighthouse(url, Number(process.argv[2]), console.log);
  console.log(url, JSON.stringify(r.scores), JSON.stringify(r.metrics_median), Object.keys(r.audits_below_full_marks).join(', '));
}
