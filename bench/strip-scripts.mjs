// The page's own floor (issue 28): a copy of a built dist whose HTML pages have no script —
// every <script> element removed, and the hints that fetch or compile a script
// (<link rel="modulepreload">, <link rel="preload" as="script">) with them — so a cold load
// of `en/furniture/` there costs what the pre-rendered page itself costs. Everything else
// (styles, icons, the server's redirect of `/`) stays. The .gz/.br copies of the changed
// pages are written again (nginx serves them with gzip_static/brotli_static), as
// scripts/postbuild.mjs writes them.
//   node bench/strip-scripts.mjs DIST OUT
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="?modulepreload"?[^>]*>/gi, '')
    .replace(/<link\b(?=[^>]*\brel="?preload"?)(?=[^>]*\bas="?script"?)[^>]*>/gi, '');
}

/** Copies `dist` to `out` with every .html page stripped; returns the number of pages changed. */
export function writeFloorCopy(dist, out) {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  let changed = 0;
  for (const name of readdirSync(out, { recursive: true })) {
    const path = join(out, String(name));
    if (!String(name).endsWith('.html') || !statSync(path).isFile()) continue;
    const html = readFileSync(path, 'utf8');
    const stripped = stripScripts(html);
    if (stripped === html) continue;
    writeFileSync(path, stripped);
    const raw = Buffer.from(stripped);
    writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    writeFileSync(`${path}.br`, brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }));
    changed += 1;
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, out] = process.argv.slice(2);
  if (!dist || !out) { console.error('usage: node bench/strip-scripts.mjs DIST OUT'); process.exit(2); }
  console.error(`[strip-scripts] ${writeFloorCopy(dist, out)} pages without scripts in ${out}`);
}
