// The reference table of tests/intl.rs: how the browser's Intl.NumberFormat writes the
// numbers the page formats (src/ui/format.rs: its options, mirrored in `options` below),
// for the server renderer's own formatter (src/intl.rs) to match byte for byte.
//   node scripts/intl-table.mjs            rewrites the table in tests/intl.rs (Node's ICU)
//   node scripts/intl-table.mjs --chromium prints where Chromium's Intl differs from Node's
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VALUES = [
  0, -0, 0.5, -0.5, 0.001, -0.001, -0.004, -0.005, 0.005, 0.015, 0.0123, 0.000123456, 0.125,
  1, 1.005, 5.7, 9.995, 12.5, 33.33333, 98, 99.5, 160, 999.5, 999.95, 5000, -5000, 9999,
  9999.5, 9999.99, 10000, 12345, -12345, 12345.678, 80000, -80000, 99950, 99995, 99999,
  100000, 123456.789, 646000, 999999, 999999.5, -999999.5, 1e6, 1234567, 6.46e6, 9999999,
  99999999, 1e8, 1.69e8, -1.69e8, 1.685e8, 1.695e8, 999949999, 1e9, 1.69e10, 9.9999e11,
  1e12, 1.2345e12, 1e15, 1.23456789e16, 1e20,
];
const LANGS = { zh: 'zh-CN', en: 'en' };
const PRECISIONS = ['Exact', 'Significant3', 'ExactFull', 'Significant3Full'];

// src/ui/format.rs: compact only outside tables, from 10,000 in Chinese, 1,000,000 in English.
function options(lang, precision, value) {
  const compact = !precision.endsWith('Full') && Math.abs(value) >= (lang === 'zh' ? 1e4 : 1e6);
  const o = {};
  if (compact) { o.notation = 'compact'; o.compactDisplay = 'long'; }
  if (precision.startsWith('Significant3')) o.maximumSignificantDigits = 3;
  else { o.maximumFractionDigits = 2; if (compact) o.maximumSignificantDigits = 6; }
  return o;
}

// Runs in Node and, as a string, in the browser.
function table(VALUES, LANGS, PRECISIONS, options) {
  const rows = [];
  for (const lang of Object.keys(LANGS))
    for (const precision of PRECISIONS)
      for (const value of VALUES)
        rows.push([lang, precision, Object.is(value, -0) ? '-0' : String(value),
          new Intl.NumberFormat(LANGS[lang], options(lang, precision, value)).format(value)]);
  return rows;
}

const node = table(VALUES, LANGS, PRECISIONS, options);
if (process.argv.includes('--chromium')) {
  const { chromium } = await import(new URL('../node_modules/playwright-core/index.mjs', import.meta.url));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage();
  const version = browser.version();
  const fromChromium = await page.evaluate(
    ([t, o, v, l, p]) => eval(`(${t})`)(v, l, p, eval(`(${o})`)),
    [table.toString(), options.toString(), VALUES, LANGS, PRECISIONS]);
  await browser.close();
  const differ = node.filter((row, i) => row[3] !== fromChromium[i][3]);
  for (const row of differ) console.log(`differs: ${row.join(' | ')} (Chromium: ${fromChromium[node.indexOf(row)][3]})`);
  console.log(`Chromium ${version} against Node ${process.versions.node} (ICU ${process.versions.icu}): ${node.length} numbers, ${differ.length} differ`);
  process.exit(differ.length ? 1 : 0);
}
const file = fileURLToPath(new URL('../tests/intl.rs', import.meta.url));
const rust = node.map(([l, p, v, s]) => `    (${l === 'zh' ? 'Zh' : 'En'}, ${p}, "${v}", "${s}"),`).join('\n');
const src = readFileSync(file, 'utf8').replace(
  /(\/\/ BEGIN TABLE[^\n]*\n)[\s\S]*?( *\/\/ END TABLE)/,
  (_m, a, b) => `${a}${rust}\n${b}`);
writeFileSync(file, src);
console.log(`tests/intl.rs: ${node.length} rows from Node ${process.versions.node} (ICU ${process.versions.icu})`);
