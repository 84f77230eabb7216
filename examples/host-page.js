// Example host page: embeds the calculator (auto-height through the app's embed.js) and
// computes with its API module. The app's address comes from ?app=… (default: the site
// this page is served from, one folder up).
const params = new URLSearchParams(location.search);
const app = new URL(params.get('app') ?? '../', location.href);

// 1. The iframe: embed mode, a theme colour and a preselected path; embed.js resizes it.
const frame = document.getElementById('calculator');
frame.src = new URL('./?embed=1&lang=en&product=furniture&theme=%23c0392b', app).href;
const resizer = document.createElement('script');
resizer.src = new URL('./assets/embed.js', app).href;
document.head.append(resizer);

// 2. The API: plain objects in and out; bad input throws an Error with a clear message.
const api = await import(new URL('./api/value_chain_api.js', app).href);
await api.default({ module_or_path: new URL('./api/value_chain_api_bg.wasm', app) });
const show = (id, text) => { document.getElementById(id).textContent = text; };

show('furniture', `${api.evaluatePath('furniture').added_value_per_t} yuan/t`);
const region = api.evaluateScenario({ tonnage: 6460000, shares: { 'lv-cable': 0.2 } });
show('scenario', `${Math.round(region.added_value / 1e8) / 10} billion yuan`);
try {
  api.evaluatePath(['primary', 'furniture']);
  show('error', 'no error?');
} catch (e) {
  show('error', `${e.constructor.name}: ${e.message}`);
}
show('after', `${api.evaluatePath(['primary', 'rod']).added_value_per_t} yuan/t`);
