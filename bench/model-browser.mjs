// The model inside the browser, through the host-page API module (dist/api/value_chain_api.js,
// built from api/src/lib.rs with the release profile): calls timed from page JS with
// performance.now(). Chromium coarsens that clock to 0.1 ms on a page that is not
// cross-origin isolated, so the fast calls are timed in batches and divided.
import { freshPage, median, quantile, round } from './browser.mjs';

export const PATH = ['primary', 'billet', 'profile', 'furniture'];
// The plan of bench/model.rs, so the native and browser figures describe the same work.
export const SCENARIO = {
  tonnage: 6_460_000,
  shares: { rod: 0.2, 'lv-cable': 0.1, profile: 0.1, furniture: 0.05, 'foil-battery': 0.05, 'auto-sheet': 0.05, casings: 0.01 },
};

export async function modelInBrowser(browser, appUrl, rate, mcCalls, log) {
  const { context, page } = await freshPage(browser, rate);
  try {
    // A quiet page on the app's origin (the example host page), so the module imports same-origin.
    await page.goto(new URL('examples/host-page.html', appUrl).href, { timeout: 60_000 });
    return await page.evaluate(async ({ base, path, scenario, mcCalls }) => {
      const api = await import(new URL('api/value_chain_api.js', base).href);
      await api.default();
      const perCall = (fn, batch, batches) => {
        for (let i = 0; i < batch; i++) fn(); // warm-up (the first calls build the dataset)
        const times = [];
        for (let b = 0; b < batches; b++) {
          const t0 = performance.now();
          for (let i = 0; i < batch; i++) fn();
          times.push((performance.now() - t0) / batch);
        }
        return times;
      };
      const path_times = perCall(() => api.evaluatePath(path), 100, 21);
      const scenario_times = perCall(() => api.evaluateScenario(scenario), 50, 21);
      let mc = null;
      let mcError = null;
      const mc_times = [];
      if (typeof api.monteCarloPath === 'function') {
        try {
          mc = api.monteCarloPath(path, 10_000, 1);
          for (let i = 0; i < mcCalls; i++) {
            const t0 = performance.now();
            api.monteCarloPath(path, 10_000, i + 1);
            mc_times.push(performance.now() - t0);
          }
        } catch (e) { mcError = String(e.message ?? e); }
      } else {
        mcError = 'monteCarloPath is not exported by the API module';
      }
      return {
        path_result: api.evaluatePath(path).added_value_per_t,
        path_times, scenario_times, mc_times, mc, mcError,
      };
    }, { base: appUrl, path: PATH, scenario: SCENARIO, mcCalls }).then((r) => ({
      rate,
      evaluate_path_ms: round(median(r.path_times), 4),
      evaluate_path_added_value: r.path_result,
      evaluate_scenario_ms: round(median(r.scenario_times), 4),
      monte_carlo_10k_ms: round(median(r.mc_times), 2),
      monte_carlo_10k_p90_ms: round(quantile(r.mc_times, 0.9), 2),
      monte_carlo_calls: r.mc_times.length,
      monte_carlo_summary: r.mc,
      error: r.mcError ?? undefined,
    }));
  } catch (e) {
    log(`model in browser ${rate}x failed: ${e.message.split('\n')[0]}`);
    return { rate, error: e.message.split('\n')[0] };
  } finally {
    await context.close();
  }
}
