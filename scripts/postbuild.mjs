// After `trunk build`: move Trunk's inline boot script into a hashed file, so the page runs
// under `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-inline', then precompress.
// Usage: node scripts/postbuild.mjs dist [--warm-intl]
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
// Only the app formats numbers with Intl; the bench's reference app must not pay for it.
const warmIntl = process.argv.includes('--warm-intl');
// The app's page and the pages pre-rendered from it (scripts/dist.sh, src/bin/prerender.rs):
// every index.html of the build, at any depth (`en/furniture/index.html`), the "page not
// found" pages (`404.html`, `en/404.html`) and the "not saved for offline use" pages
// (`offline.html`, `en/offline.html`), whose scripts and styles the CSP must allow too.
const pages = readdirSync(dist, { recursive: true })
  .map((name) => String(name).split(sep).join('/'))
  .filter((name) => /^(?:(?!api\/|assets\/|examples\/).*\/)?(index|404|offline)\.html$/.test(name))
  .sort();

const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
let moved = 0;
// The page's first Intl.NumberFormat loads ICU's locale data: ~60 ms of main thread at 1×
// CPU (measured in Chromium; later ones take 0.1 ms), and the app's first render needs
// one. Done just after the first paint (the loading message), while the wasm is still
// downloading and compiling, instead of inside the app's first render. Measured on a
// throttled network (150 ms, 1.6 Mbit/s, 4× CPU, 7 loads each): result at 2,116 ms with it,
// 2,194 ms without; on localhost the wasm is ready before the first frame and it changes nothing.
const WARM_UP = `requestAnimationFrame(() => setTimeout(() => { try { new Intl.NumberFormat(navigator.languages, { maximumFractionDigits: 2 }).format(1); } catch (e) {} }, 0));`;
const warmUp = (body) => {
  const call = /const wasm = await (init\([^;]*\));/;
  if (!warmIntl || !call.test(body)) return body;
  return body.replace(call, (_m, init) => `${WARM_UP}\nconst wasm = await ${init};`);
};
// Trunk's boot script fetches the wasm at an address relative to the page; resolved against
// the boot script itself instead, the same file loads it from every page's folder.
const wasmBesideScript = (body) =>
  body.replace(/module_or_path: '(\.\/[^']+)'/, (_m, path) => `module_or_path: new URL('${path}', import.meta.url)`);
const boots = new Set();
const nginxConf = readFileSync(fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url)), 'utf8');
// A pre-rendered page (src/bin/prerender.rs) starts the app through start-<hash>.js
// (scripts/start.template.js): at once when the address asks for more than the page shows,
// else at the visitor's first sign of use. Its answer needs no wasm, so the page no longer
// preloads it. The app's shell and the bench's reference app keep Trunk's boot.
const prerendered = /<div id="app">(?:<!--.*?-->)?<div data-testid="app"/;
const preloads = /<link rel="(?:modulepreload|preload)" [^>]*>/g;
const startTemplate = readFileSync(fileURLToPath(new URL('./start.template.js', import.meta.url)), 'utf8');
const starts = new Set();
// What the boot script loads (the app's script, then its wasm): fetched by the start script
// together with the boot script itself, in parallel instead of one after the other (two
// round trips less on a phone network).
const loadsOf = (bootBody) => [
  ...[...bootBody.matchAll(/from '(\.\/[^']+\.js)'/g)].map((m) => ({ href: m[1], as: 'script' })),
  ...[...bootBody.matchAll(/new URL\('(\.\/[^']+\.wasm)'/g)].map((m) => ({ href: m[1], as: 'fetch' })),
];
const startFor = (boot, bootBody) => {
  const body = startTemplate.replace('__BOOT__', `./${boot}`).replace('__LOADS__', JSON.stringify(loadsOf(bootBody)));
  const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  if (!starts.has(name)) writeFileSync(join(dist, name), body);
  starts.add(name);
  return name;
};
let lazy = 0;
// What each pre-rendered page's head says it shows (its `value-chain-page` meta tag,
// src/ui/shell/prerender.rs `page_meta`), by file: how a region's page finds the plain
// page of the same product and language, its offline stand-in (below).
const metas = new Map();
const metaOf = (html) => {
  const tag = html.match(/<meta name="value-chain-page"[^>]*>/);
  if (!tag) return null;
  const attr = (name) => (tag[0].match(new RegExp(` ${name}="([^"]*)"`)) || [])[1];
  return {
    content: attr('content'), lang: attr('data-lang'), view: attr('data-view'), product: attr('data-product'),
    region: attr('data-region') || '', embed: / data-embed[ >]/.test(tag[0]), home: / data-home[ >]/.test(tag[0]),
  };
};
for (const page of pages) {
  const path = join(dist, page);
  const up = '../'.repeat(page.split('/').length - 1);
  let html = readFileSync(path, 'utf8');
  const meta = metaOf(html);
  if (meta) metas.set(page, meta);
  const isPrerendered = prerendered.test(html);
  html = html.replace(inline, (_all, raw) => {
    const body = wasmBesideScript(warmUp(raw));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const name = `boot-${hash}.js`;
    if (!boots.has(name)) writeFileSync(join(dist, name), body.trim() + '\n');
    boots.add(name);
    moved += 1;
    return `<script type="module" src="./${up}${isPrerendered ? startFor(name, body) : name}"></script>`;
  });
  if (isPrerendered) {
    html = html.replace(preloads, '');
    lazy += 1;
  }
  // Inline scripts left (the home page's language redirect, src/ui/shell/prerender.rs) run only
  // if the CSP names their hash.
  for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    const csp = [...nginxConf.matchAll(/Content-Security-Policy "([^"]*)"/g)].map((m) => m[1]);
    if (csp.length === 0 || !csp.every((policy) => policy.includes(hash))) {
      console.error(`postbuild: an inline script in ${page} is not allowed by every CSP of deploy/nginx.conf: add ${hash} to its script-src`);
      process.exit(1);
    }
  }
  if (/<script(?![^>]*\bsrc=)(?!>)[^>]*>/.test(html)) {
    console.error(`postbuild: an inline script with attributes is left in ${page}; the CSP would block it`);
    process.exit(1);
  }
  if (/\sstyle="/.test(html) || /<style[\s>]/.test(html)) {
    console.error(`postbuild: inline style in ${page}; the CSP would block it`);
    process.exit(1);
  }
  writeFileSync(path, html);
}

// The service worker (scripts/sw.template.js): the files of this build but the share cards
// (link previews fetch them, the app never does), in four lists, so that what it downloads
// before the first tap stays small (a reader who never taps downloads about a page more):
//  - SHELL, precached when it installs: styles, start script, icons, manifest, the home,
//    "not found" and "not saved for offline use" pages and their scripts (the page being
//    read is added by the start script's message);
//  - APP and PAGES, once the app has started: the boot script, the app's script and wasm
//    and the files they import; every other pre-rendered page but the compact cards and
//    the regions' pages;
//  - OTHERS, cached on their first use: the host-page API, the examples, type files, the
//    sitemap, the compact cards (opened in host pages' frames, online), the regions' pages.
// A region's page not kept is served offline by a stand-in: the plain page of its product
// and language (in PAGES) with the region's address in its head, which the app, started at
// once, renders for the region (STAND_INS: each region page's address, its plain page's
// and its region). So every region works offline after a visit in which the app started, without
// precaching a page per region, product and language (a few MB more).
// Its version changes whenever any file does, so browsers see a new deployment.
const built = readdirSync(dist, { recursive: true })
  .map((name) => String(name).split(sep).join('/'))
  .filter((name) => statSync(join(dist, name)).isFile() && !/\.(gz|br)$/.test(name) && name !== 'sw.js' && !name.startsWith('cards/'))
  .sort();
const isRegionPage = (name) => !!(metas.get(name) && metas.get(name).region);
const isOther = (name) => /^(api|examples)\//.test(name) || /\.(d\.ts|map)$/.test(name)
  || /^(sitemap\.xml|robots\.txt)$/.test(name) || /(^|\/)embed\/index\.html$/.test(name)
  || isRegionPage(name);
const isHome = (name) => /^((en|zh)\/)?(index|404|offline)\.html$/.test(name);
const isPage = (name) => pages.includes(name) && !isHome(name);
// Trunk's hashed script and wasm (`value-chain-<hash>.js`, `…_bg.wasm`), the boot script
// moved out of the page, wasm-bindgen's snippets; not the start script, which the pages load.
const isApp = (name) => /^snippets\//.test(name)
  || (!name.includes('/') && !name.startsWith('start-') && /^[\w-]+-[0-9a-f]{8,}(_bg\.wasm|\.js)$/.test(name));
// Every hashed script, stylesheet and wasm must fall under nginx's long-cache location; a
// name it misses is served no-cache, and nothing else would say so. (Trunk writes its hash
// without leading zeros: value-chain-4555b66eaae569e_bg.wasm has 15 digits.)
const longCache = nginxConf.match(/location ~\* "([^"]+)" \{\s*add_header Cache-Control "public, max-age=31536000, immutable"/);
if (!longCache) {
  console.error("postbuild: deploy/nginx.conf has no long-cache location (Cache-Control ... immutable) for the hashed files");
  process.exit(1);
}
const uncached = built.filter((name) => /-[0-9a-f]{8,}(_bg)?\.(wasm|js|css)$/.test(name)
  && !new RegExp(longCache[1], 'i').test(name));
if (uncached.length > 0) {
  console.error(`postbuild: deploy/nginx.conf's immutable location does not match ${uncached.join(', ')}`);
  process.exit(1);
}
const version = createHash('sha256');
for (const name of built) version.update(name).update(readFileSync(join(dist, name)));
// A pre-rendered page under the address it is opened at (`./en/furniture/`), as the
// worker's navigations look it up.
const address = (name) =>
  `./${name.endsWith('/index.html') && pages.includes(name) ? name.slice(0, -'index.html'.length) : name}`;
const others = built.filter(isOther);
const app = built.filter(isApp);
const later = built.filter((name) => isPage(name) && !isOther(name));
const shell = built.filter((name) => !isOther(name) && !isApp(name) && !isPage(name));
if (!app.some((name) => name.endsWith('_bg.wasm'))) {
  console.error("postbuild: no app wasm (<name>-<hash>_bg.wasm) found for the service worker's APP list");
  process.exit(1);
}
const list = (names) => JSON.stringify(names.map(address), null, 1);
// Each region page's plain page: same language, view and product, no region, not a card.
const standIns = {};
for (const [name, meta] of metas) {
  if (!meta.region) continue;
  const plain = [...metas].find(([, m]) => !m.region && !m.embed && !m.home && m.lang === meta.lang
    && m.view === meta.view && m.product === meta.product);
  if (!plain) {
    console.error(`postbuild: the region page ${name} has no plain page of its product and language for the service worker's offline stand-in`);
    process.exit(1);
  }
  standIns[address(name)] = [address(plain[0]), meta.region];
}
const template = readFileSync(fileURLToPath(new URL('./sw.template.js', import.meta.url)), 'utf8');
writeFileSync(join(dist, 'sw.js'), template
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__SHELL__', JSON.stringify(['./', ...shell.map(address)], null, 1))
  .replace('__APP__', list(app))
  .replace('__PAGES__', list(later))
  .replace('__OTHERS__', list(others))
  .replace('__STAND_INS__', JSON.stringify(standIns)));
const sizeOf = (names) => names.reduce((sum, name) => sum + statSync(join(dist, name)).size, 0);

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
console.log(`postbuild: ${moved} boot script(s) moved out of ${pages.length} pages into ${boots.size} file(s), ${lazy} pre-rendered page(s) start the app on first use, sw.js precaches ${shell.length} files (${sizeOf(shell)} bytes) on install and ${app.length} (${sizeOf(app)} bytes) and ${later.length} pages (${sizeOf(later)} bytes) once the app has started, ${others.length} on use (${Object.keys(standIns).length} region pages, with their offline stand-ins), ${files} files precompressed`);
