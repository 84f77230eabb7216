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

// 3. Readings. `basis: 'statistical'` puts every money figure without VAT (default
// 'market'); `firms` reads gross output with every stage a 'separate' firm (the default),
// the 'casthouse-integrated' one or the chain as one firm ('integrated'). The result gives
// gross output on every reading and the value-added (增加值) estimate as low, base, high.
const billion = (yuan) => `${(yuan / 1e9).toFixed(1)} billion yuan`;
const plan = { tonnage: 6460000, shares: { 'lv-cable': 0.2, furniture: 0.05 } };
const market = api.evaluateScenario(plan);
const statistical = api.evaluateScenario({ ...plan, basis: 'statistical', firms: 'integrated' });
const out = (id, text, data) => {
  const el = document.getElementById(id);
  el.textContent = text;
  for (const [k, v] of Object.entries(data)) el.dataset[k] = String(v);
};
out('statistical', `${billion(statistical.added_value)} (${statistical.basis}; market prices: ${billion(market.added_value)})`, {
  basis: statistical.basis, statistical: statistical.added_value, market: market.added_value,
});
const range = statistical.gross_output_range;
out('gross-range', `${billion(range.integrated)} (one firm) to ${billion(range.separate)} (every stage separate); used: ${billion(statistical.gross_output)}`, {
  integrated: range.integrated, casthouseIntegrated: range.casthouse_integrated, separate: range.separate,
  chosen: statistical.gross_output,
});
const va = statistical.value_added;
out('value-added', `${billion(va.base)} (range ${billion(va.low)} – ${billion(va.high)}), against added value ${billion(statistical.added_value)}`, {
  low: va.low, base: va.base, high: va.high, addedValue: statistical.added_value,
});

// 4. Presets and verdicts: each target on every admissible reading, and in one word whether
// it is met on every reading, only on some, or on none.
const presets = api.presets();
out('presets', presets.map((p) => p.name.en).join('; '), { ids: presets.map((p) => p.id).join(',') });
const list = document.getElementById('verdicts');
for (const v of api.targetVerdicts('zouping-2020')) {
  const item = document.createElement('li');
  const met = v.readings.filter((r) => r.met).map((r) => `${r.reading.basis}/${r.reading.firms}`);
  const figure = v.metric === 'deep-processing-rate' ? `${v.target * 100} %` : billion(v.target);
  item.textContent = `${v.metric} ${figure}: ${v.verdict}` + (met.length ? ` (met on ${met.join(', ')})` : '');
  item.setAttribute('data-testid', `api-verdict-${v.metric}`);
  item.dataset.verdict = v.verdict;
  item.dataset.readings = JSON.stringify(v.readings);
  item.dataset.target = String(v.target);
  list.append(item);
}

// 5. Options: the targets held on some readings only, e.g. on the statistical basis as a
// statistics bureau counts (`{ basis: 'statistical' }`), or gross output with one firm
// boundary (`{ firms: 'integrated' }`); the verdict is then over those readings. An
// unknown option or value throws an Error naming it.
const statisticalList = document.getElementById('verdicts-statistical');
for (const v of api.targetVerdicts('zouping-2020', { basis: 'statistical' })) {
  const item = document.createElement('li');
  const met = v.readings.filter((r) => r.met).map((r) => r.reading.firms);
  item.textContent = `${v.metric}: ${v.verdict}` + (met.length ? ` (met with ${met.join(', ')} firms)` : '');
  item.setAttribute('data-testid', `api-verdict-statistical-${v.metric}`);
  item.dataset.verdict = v.verdict;
  item.dataset.readings = JSON.stringify(v.readings);
  statisticalList.append(item);
}
try {
  api.targetVerdicts('zouping-2020', { basis: 'net' });
  show('option-error', 'no error?');
} catch (e) {
  show('option-error', `${e.constructor.name}: ${e.message}`);
}

// 6. Regions: the regions shipped with the calculator, each with its capacity, power and
// CO₂ per ton of primary metal (null where it has no source of its own: the national
// figure applies). `{ region }` evaluates one call on a region's figures; setRegion(id)
// uses a region for every later call, resetDataset() returns to the default (Binzhou).
const regions = api.regions();
out('regions', regions.map((r) => `${r.name.en} (${r.capacity_t.toLocaleString('en')} t, ${r.capacity_year})`).join('; '), {
  ids: regions.map((r) => r.id).join(','),
});
const rods = document.getElementById('region-rod');
for (const r of regions) {
  const path = api.evaluatePath('rod', { region: r.id });
  const scenario = api.evaluateScenario({ tonnage: r.capacity_t, shares: { rod: 0.5 }, region: r.id });
  const item = document.createElement('li');
  item.textContent = `${r.name.en}: rod ${path.added_value_per_t} yuan/t, ${path.carbon.total.base.toFixed(1)} t CO₂ per t; half its metal into rod adds ${billion(scenario.added_value)}`;
  item.setAttribute('data-testid', `api-region-${r.id}`);
  item.dataset.rod = String(path.added_value_per_t);
  item.dataset.co2 = String(path.carbon.total.base);
  item.dataset.added = String(scenario.added_value);
  rods.append(item);
}
api.setRegion('baotou');
const baotouRod = api.evaluatePath('rod').added_value_per_t;
let unknown = '';
try { api.setRegion('atlantis'); } catch (e) { unknown = e.message; }
const stillBaotou = api.evaluatePath('rod').added_value_per_t;
api.resetDataset();
out('set-region', `rod ${baotouRod} yuan/t; an unknown region throws (${unknown}) and Baotou stays (${stillBaotou}); after resetDataset(): ${api.evaluatePath('rod').added_value_per_t}`, {
  rod: baotouRod, unknown, still: stillBaotou, reset: api.evaluatePath('rod').added_value_per_t,
});

// 7. Two regions side by side, as the app's two-regions view shows them: for each, the
// product's added value per ton (low, base, high, on the basis asked for) and its CO₂ per
// ton with its badge, and which one carries less CO₂ ('clearly': the ranges do not
// overlap; 'at-base': lower at the base figures only). A carbon price (per t CO₂, euro
// unless `carbonCurrency: 'CNY'`; the EU CBAM price for Q1 2026 here) adds each side's
// carbon cost per ton, as `evaluatePath` does; `lang: 'zh'` words its errors in Chinese.
const CBAM_EUR = 75.36;
const pair = api.compareRegions('lv-cable', 'xinjiang', 'wenshan', { carbonPrice: CBAM_EUR });
const side = (s) => `${s.name.en}: ${s.added_value_per_t.base} yuan/t (${s.added_value_per_t.low}–${s.added_value_per_t.high}), `
  + `${s.co2_per_t.base.toFixed(1)} t CO₂ per t (${s.co2_per_t.badge}), carbon cost €${Math.round(s.carbon_cost.base)} per t`;
const lower = pair[pair.lower_co2.side];
out('two-regions', `${side(pair.a)}; ${side(pair.b)}. Less CO₂: ${lower ? `${lower.name.en} (${pair.lower_co2.verdict})` : 'undecided'}`, {
  lower: pair.lower_co2.region ?? '', verdict: pair.lower_co2.verdict,
  aCo2: pair.a.co2_per_t.base, bCo2: pair.b.co2_per_t.base,
  aCost: pair.a.carbon_cost.base, bCost: pair.b.carbon_cost.base,
});
const cable = api.evaluatePath('lv-cable', { carbonPrice: CBAM_EUR });
out('carbon-cost', `cable here: ${cable.carbon.total.base.toFixed(1)} t CO₂ per t, €${Math.round(cable.carbon_cost.base)} per t at €${CBAM_EUR} per t CO₂ (added value stays ${cable.added_value_per_t} yuan/t)`, {
  cost: cable.carbon_cost.base, co2: cable.carbon.total.base, currency: cable.carbon_cost.currency,
});
try {
  api.evaluatePath('lv-cable', { carbonPrice: -5, lang: 'zh' });
  show('carbon-error', 'no error?');
} catch (e) {
  show('carbon-error', `${e.constructor.name}: ${e.message}`);
}
