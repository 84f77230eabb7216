// Cold loads on a throttled network (latency 150 ms, 1.6 Mbit/s down, 4× CPU), two served
// builds interleaved, 7 loads each: the time until the result shows. Used to check the boot
// script's Intl warm-up (scripts/postbuild.mjs), which only matters when the wasm download
// is slow.   node bench/slow-network.mjs APP_URL OTHER_URL
import { launch, median } from './browser.mjs';
const urls = process.argv.slice(2, 4); const runs = 7;
if (urls.length < 2) { console.error('usage: node bench/slow-network.mjs APP_URL OTHER_URL'); process.exit(2); }
const b = await launch(); const res = urls.map(() => []);
for (let i = 0; i < runs; i++) for (const [k, url] of urls.entries()) {
  const ctx = await b.newContext({ serviceWorkers: 'block' });
  const p = await ctx.newPage(); const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.addInitScript(() => { new MutationObserver(() => { const e = document.querySelector('[data-testid="added-value-per-ton"]'); if (e && /\d/.test(e.textContent) && !window.__r) window.__r = performance.now(); }).observe(document, { subtree: true, childList: true, characterData: true }); });
  await p.goto(url, { timeout: 60000 }); await p.waitForFunction(() => window.__r, null, { polling: 50, timeout: 60000 });
  res[k].push(await p.evaluate(() => window.__r)); await ctx.close();
}
await b.close();
for (const [k, url] of urls.entries()) console.log(url, 'result median', median(res[k]).toFixed(0), 'ms', res[k].map((x) => x.toFixed(0)).join(' '));
