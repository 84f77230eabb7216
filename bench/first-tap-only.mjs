// `make bench`'s first-tap and page-floor figures (bench/first-tap.mjs) on their own, against
// builds already served (scripts/serve.sh PORT DIR):
//   node bench/strip-scripts.mjs DIST FLOOR_DIR && scripts/serve.sh PORT2 FLOOR_DIR &
//   node bench/first-tap-only.mjs APP_URL [FLOOR_URL] [--runs N] [--floor-runs N]
//        [--proxy-port P] [--no-tap] [--out FILE.json]
// Without FLOOR_URL only the first taps are measured; --no-tap measures the floor alone.
// The throttling proxy listens on 127.0.0.1:P (default: any free port).
import { writeFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { TAP_TARGETS, firstTapLines, firstTaps, pageFloors } from './first-tap.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const positional = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--') && !['--no-tap'].includes(argv[i - 1])));
const [appUrl, floorUrl] = positional;
if (!appUrl) { console.error('usage: node bench/first-tap-only.mjs APP_URL [FLOOR_URL] [--runs N] [--floor-runs N] [--proxy-port P] [--no-tap] [--out FILE]'); process.exit(2); }
const runs = Number(opt('runs', 5));
const floorRuns = Number(opt('floor-runs', 7));
const log = (m) => process.stderr.write(`[first-tap] ${m}\n`);
const pages = Object.entries(TAP_TARGETS).map(([path, product]) => ({ name: path, url: new URL(path === '/' ? '' : path, appUrl).href, product }));

const results = { when: new Date().toISOString(), app: appUrl, floor: floorUrl ?? null };
if (!argv.includes('--no-tap')) {
  log(`first taps, ${runs} runs per page and case`);
  results.first_tap = await firstTaps(pages, runs, log, { proxyPort: Number(opt('proxy-port', 0)) });
}
if (floorUrl) {
  log(`page floors, ${floorRuns} cold loads each at 1× and 4×`);
  const browser = await launch();
  try {
    results.page_floor = await pageFloors(browser, pages.map((p) => ({ name: p.name, url: p.url, floor: new URL(p.name === '/' ? '' : p.name, floorUrl).href })), floorRuns, log);
  } finally {
    await browser.close();
  }
}
console.log(firstTapLines(results.first_tap, results.page_floor).join('\n'));
const out = opt('out');
if (out) writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
