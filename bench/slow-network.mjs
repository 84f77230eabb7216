// Cold loads on a throttled network (latency 150 ms, 1.6 Mbit/s down, 4× CPU), two served
// builds or pages interleaved, 7 loads each: the time until the result is painted (the same
// measurement as `make bench`'s, bench/first-use.mjs).
//   node bench/slow-network.mjs APP_URL OTHER_URL
import { launch } from './browser.mjs';
import { throttledLoads } from './first-use.mjs';

const urls = process.argv.slice(2, 4);
if (urls.length < 2) { console.error('usage: node bench/slow-network.mjs APP_URL OTHER_URL'); process.exit(2); }
const browser = await launch();
try {
  const apps = urls.map((url, i) => ({ name: `${i}`, url }));
  const r = await throttledLoads(browser, apps, 7, (m) => console.error(m));
  for (const app of apps) console.log(app.url, 'result painted, median', r[app.name].result_painted_ms, 'ms', r[app.name].samples.join(' '));
} finally {
  await browser.close();
}
