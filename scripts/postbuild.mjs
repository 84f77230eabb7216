// After `trunk build`: move Trunk's inline boot script into a hashed file, so the page runs
// under `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline', then precompress.
// Usage: node scripts/postbuild.mjs dist
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_all, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dist, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('postbuild: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}
if (/\sstyle="/.test(html) || /<style[\s>]/.test(html)) {
  console.error('postbuild: inline style in index.html; the CSP would block it');
  process.exit(1);
}
writeFileSync(indexPath, html);

// Precompressed copies: nginx serves *.gz with gzip_static; a host with brotli_static
// serves *.br.
const compressible = /\.(html|js|mjs|css|wasm|json|svg|webmanifest|txt)$/;
let files = 0;
for (const name of readdirSync(dist, { recursive: true })) {
  const path = join(dist, name);
  if (!statSync(path).isFile() || !compressible.test(name)) continue;
  const raw = readFileSync(path);
  writeFileSync(path + '.gz', gzipSync(raw, { level: 9 }));
  writeFileSync(path + '.br', brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }));
  files += 1;
}
console.log(`postbuild: ${moved} boot script(s) moved out of index.html, ${files} files precompressed`);
