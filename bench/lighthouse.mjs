// Lighthouse 12.2.3 (npm; 13.x needs Node 22), mobile preset (its default), Debian Chromium:
// the four category scores, median of `runs`, and the audits that cost points.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, median, round } from './browser.mjs';

const CLI = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function runOnce(url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const out = join(dir, 'report.json');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, url, '--quiet', '--output=json', `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000, maxBuffer: 1 << 24 },
    (error, _stdout, stderr) => {
      try {
        if (error) throw new Error(`lighthouse: ${error.message.split('\n')[0]} ${stderr.slice(-300)}`);
        resolve(JSON.parse(readFileSync(out, 'utf8')));
      } catch (e) { reject(e); } finally { rmSync(dir, { recursive: true, force: true }); }
    });
  });
}

export async function lighthouse(url, runs, log) {
  const reports = [];
  for (let i = 0; i < runs; i++) {
    try { reports.push(await runOnce(url)); } catch (e) { log(`lighthouse run ${i + 1} failed: ${e.message}`); }
  }
  if (reports.length === 0) return { runs: 0, error: 'every Lighthouse run failed' };
  const scores = {};
  for (const c of CATEGORIES) scores[c] = median(reports.map((r) => (r.categories[c]?.score ?? NaN) * 100));
  // Audits below full marks in any run, with how many runs they failed in.
  const failing = {};
  for (const r of reports) {
    for (const c of CATEGORIES) {
      for (const ref of r.categories[c]?.auditRefs ?? []) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
          const key = `${c}: ${ref.id}`;
          failing[key] ??= { title: a.title, runs: 0, scores: [], display: a.displayValue ?? '' };
          failing[key].runs += 1;
          failing[key].scores.push(a.score);
        }
      }
    }
  }
  const metric = (id) => round(median(reports.map((r) => r.audits[id]?.numericValue)), id === 'cumulative-layout-shift' ? 4 : 0);
  return {
    version: reports[0].lighthouseVersion,
    runs: reports.length,
    form_factor: reports[0].configSettings?.formFactor,
    throttling: reports[0].configSettings?.throttlingMethod,
    scores,
    per_run: reports.map((r) => Object.fromEntries(CATEGORIES.map((c) => [c, round((r.categories[c]?.score ?? NaN) * 100, 0)]))),
    metrics_median: {
      fcp_ms: metric('first-contentful-paint'), lcp_ms: metric('largest-contentful-paint'),
      tbt_ms: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), speed_index_ms: metric('speed-index'),
    },
    audits_below_full_marks: failing,
  };
}
