import { launch } from './browser.mjs';
const b = await launch();
for (const [w, h, name] of [[1280, 720, 'desk'], [412, 823, 'phone']]) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: false });
  const p = await ctx.newPage();
  await p.goto(process.argv[2]);
  await p.screenshot({ path: `/tmp/shot-${name}.png` });
  const vis = await p.evaluate(() => [...document.querySelectorAll('section, .path-map-column, .path-details, details')].map((e) => { const r = e.getBoundingClientRect(); return `${e.className || e.tagName} top ${Math.round(r.top)} h ${Math.round(r.height)}`; }));
  console.log(name, vis.join(' | '));
  await ctx.close();
}
await b.close();
