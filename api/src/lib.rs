//! The calculator's model for host pages, without the UI: an ES module built by
//! `scripts/dist.sh` into `dist/api/value_chain_api.js`. Every function takes and returns
//! plain JS objects and throws a JS `Error` with a clear message on bad input; the module
//! keeps working after an error (nothing here can panic on input).
//!
//! ```js
//! import init, * as api from './api/value_chain_api.js';
//! await init();
//! api.evaluatePath(['primary', 'rod', 'lv-cable']).added_value_per_t; // 5000
//! ```
use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use value_chain_model::{
    self as model, Dataset, FirmBoundaries, Level, MoneyBasis, Reading, Scenario,
};
use wasm_bindgen::prelude::*;

/// Paths and product lists longer than this are refused before any work is done.
const MAX_ITEMS: u32 = 10_000;

/// The region a host page gets until it picks one: the chain's own.
const DEFAULT_REGION: &str = "binzhou";

thread_local! {
    /// The dataset in use: the default region until the host page picks another or loads
    /// its own.
    static DATASET: RefCell<Option<Dataset>> = const { RefCell::new(None) };
}

/// A shipped region resolved onto its chain, or an error naming the known ids.
fn region_dataset(id: &str) -> Result<Dataset, JsError> {
    match model::region::builtin(id) {
        Some(resolved) => resolved.map_err(|e| JsError::new(&format!("region '{id}': {e}"))),
        None => Err(JsError::new(&format!(
            "unknown region '{id}'; known: {}",
            model::region::builtin_ids().collect::<Vec<_>>().join(", ")
        ))),
    }
}

fn with_dataset<T>(f: impl FnOnce(&Dataset) -> Result<T, JsError>) -> Result<T, JsError> {
    DATASET.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(
                region_dataset(DEFAULT_REGION)
                    .or_else(|_| Dataset::binzhou())
                    .map_err(|e| JsError::new(&format!("default dataset: {e}")))?,
            );
        }
        match slot.as_ref() {
            Some(ds) => f(ds),
            None => Err(JsError::new("no dataset loaded")),
        }
    })
}

/// `with_dataset`, or a shipped region's dataset for this one call when `region` names one
/// (the dataset in use stays).
fn with_region<T>(
    region: Option<&str>,
    f: impl FnOnce(&Dataset) -> Result<T, JsError>,
) -> Result<T, JsError> {
    match region {
        Some(id) => f(&region_dataset(id)?),
        None => with_dataset(f),
    }
}

/// The `region` of an options object (`{ region: 'baotou' }`); none when absent.
fn region_option(options: &JsValue, what: &str) -> Result<Option<String>, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    if !options.is_object() {
        return Err(JsError::new(&format!(
            "{what}: options must be an object like {{ region: 'baotou' }}"
        )));
    }
    let value = js_sys::Reflect::get(options, &JsValue::from_str("region"))
        .map_err(|_| JsError::new(&format!("{what}: options.region cannot be read")))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        JsError::new(&format!(
            "{what}: options.region must be a region id (a string), e.g. 'baotou'"
        ))
    })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Maps as plain objects, so `result.shares.rod` works in JS.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

fn path_arg(value: JsValue) -> Result<Vec<String>, JsError> {
    if let Some(len) = value.dyn_ref::<js_sys::Array>().map(|a| a.length()) {
        if len > MAX_ITEMS {
            return Err(JsError::new(&format!(
                "a path has at most {MAX_ITEMS} products; got {len}"
            )));
        }
    }
    serde_wasm_bindgen::from_value::<Vec<String>>(value).map_err(|e| {
        JsError::new(&format!(
            "a path is an array of product ids, e.g. ['primary', 'rod']: {e}"
        ))
    })
}

fn id_arg(value: JsValue, what: &str) -> Result<String, JsError> {
    value.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "{what} must be a product id (a string), e.g. 'furniture'"
        ))
    })
}

#[derive(Serialize)]
struct ProductInfo<'a> {
    id: &'a str,
    name: &'a model::Name,
    kind: model::ProductKind,
    local: bool,
    end_product: bool,
}

/// The products of the dataset in use: `[{id, name: {en, zh}, kind, local, end_product}]`.
#[wasm_bindgen]
pub fn products() -> Result<JsValue, JsError> {
    with_dataset(|ds| {
        let list: Vec<ProductInfo> = ds
            .products()
            .iter()
            .map(|p| ProductInfo {
                id: &p.id,
                name: &p.name,
                kind: p.kind,
                local: p.local,
                end_product: ds.is_end_product(&p.id),
            })
            .collect();
        to_js(&list)
    })
}

/// Every path from the start product to `product`: an array of arrays of ids.
#[wasm_bindgen(js_name = pathsTo)]
pub fn paths_to(product: JsValue) -> Result<JsValue, JsError> {
    let id = id_arg(product, "pathsTo(product): product")?;
    with_dataset(|ds| {
        to_js(&model::paths_to(ds, ds.start(), &id).map_err(|e| JsError::new(&e.to_string()))?)
    })
}

/// The dataset's default path to `product`.
#[wasm_bindgen(js_name = defaultPath)]
pub fn default_path(product: JsValue) -> Result<JsValue, JsError> {
    let id = id_arg(product, "defaultPath(product): product")?;
    with_dataset(|ds| {
        to_js(&model::default_path(ds, &id).map_err(|e| JsError::new(&e.to_string()))?)
    })
}

/// A path's evaluation with its CO₂ (`carbon`: null when the path does not start at the
/// chain's start product or the chain gives no smelting CO₂).
#[derive(Serialize)]
struct PathWithCarbon {
    #[serde(flatten)]
    evaluation: model::PathEvaluation,
    carbon: Option<model::PathCarbon>,
}

/// Evaluates a path (array of ids) — or the default path when given a product id:
/// stages, added value per ton, output value, multipliers, metal balance, and `carbon`
/// (t CO₂ per ton along the path, `total: {low, base, high}`, never part of added value).
/// `options`: `{ region: 'baotou' }` evaluates it on that region's figures.
#[wasm_bindgen(js_name = evaluatePath)]
pub fn evaluate_path(path: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let region = region_option(&options, "evaluatePath(path, options)")?;
    with_region(region.as_deref(), |ds| {
        let path = match path.as_string() {
            Some(product) => {
                model::default_path(ds, &product).map_err(|e| JsError::new(&e.to_string()))?
            }
            None => path_arg(path)?,
        };
        let evaluation =
            model::evaluate_path(ds, &path).map_err(|e| JsError::new(&e.to_string()))?;
        let carbon = model::path_carbon(ds, &evaluation);
        to_js(&PathWithCarbon { evaluation, carbon })
    })
}

/// All end products ranked by added value per ton along their default path.
#[wasm_bindgen(js_name = rankEndProducts)]
pub fn rank_end_products() -> Result<JsValue, JsError> {
    with_dataset(|ds| {
        to_js(&model::rank_end_products(ds).map_err(|e| JsError::new(&e.to_string()))?)
    })
}

/// A scenario with the reading its figures are wanted on.
#[derive(Deserialize)]
struct ScenarioArgs {
    #[serde(flatten)]
    scenario: Scenario,
    /// `"market"` (the default) or `"statistical"` (VAT excluded).
    #[serde(default)]
    basis: MoneyBasis,
    /// `"separate"` (the default), `"casthouse-integrated"` or `"integrated"`.
    #[serde(default)]
    firms: FirmBoundaries,
    /// A shipped region's figures for this call (`"baotou"`); the dataset in use without.
    #[serde(default)]
    region: Option<String>,
}

/// Evaluates a region's year: `{tonnage, shares: {id: fraction}, local: {id: bool},
/// uplift: [{from, to, percent}], basis?, firms?}` (shares sum to at most 1). The result
/// gives `gross_output` on the chosen reading, `gross_output_range`, `value_added`
/// (`{low, base, high}`, the 增加值 estimate) and `basis`. `region: 'baotou'` evaluates it
/// on that region's figures.
#[wasm_bindgen(js_name = evaluateScenario)]
pub fn evaluate_scenario(scenario: JsValue) -> Result<JsValue, JsError> {
    if scenario.is_null() || scenario.is_undefined() || !scenario.is_object() {
        return Err(JsError::new("evaluateScenario(scenario): scenario must be an object like {tonnage: 6460000, shares: {rod: 0.2}}"));
    }
    let args: ScenarioArgs = serde_wasm_bindgen::from_value(scenario)
        .map_err(|e| JsError::new(&format!("evaluateScenario(scenario): {e}")))?;
    let reading = Reading {
        basis: args.basis,
        firms: args.firms,
    };
    with_region(args.region.as_deref(), |ds| {
        to_js(
            &model::evaluate_scenario_read(ds, &args.scenario, Level::Base, reading)
                .map_err(|e| JsError::new(&e.to_string()))?,
        )
    })
}

/// One preset of the dataset: `{id, name: {en, zh}, tonnage, shares, targets, years, source}`.
#[wasm_bindgen]
pub fn presets() -> Result<JsValue, JsError> {
    with_dataset(|ds| to_js(&ds.presets()))
}

/// What `targetVerdicts` may be asked to narrow to: a money basis, firm boundaries.
#[derive(Deserialize)]
struct VerdictOptions {
    /// `"market"` or `"statistical"`: money targets on that basis only.
    #[serde(default)]
    basis: Option<MoneyBasis>,
    /// `"separate"`, `"casthouse-integrated"` or `"integrated"`: gross output on those
    /// firm boundaries only.
    #[serde(default)]
    firms: Option<FirmBoundaries>,
}

/// A preset's targets held against its plan on every admissible reading: per target its
/// `metric`, `target`, `verdict` (`"met-every-reading"` | `"met-only-if"` | `"not-met"`),
/// `met_on` and every reading (`{reading: {basis, firms}, value, met}`). `options`
/// (optional) `{basis?, firms?}` keeps only the readings on that basis (money measures) and
/// those firm boundaries (gross output), and the verdict is over those; a basis a target's
/// source rules out is refused.
#[wasm_bindgen(js_name = targetVerdicts)]
pub fn target_verdicts(preset_id: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let id = id_arg(preset_id, "targetVerdicts(presetId, options): presetId")?;
    let filter = verdict_options(options)?;
    with_dataset(|ds| {
        to_js(
            &model::target_verdicts_on(ds, &id, filter)
                .map_err(|e| JsError::new(&format!("targetVerdicts('{id}', options): {e}")))?,
        )
    })
}

/// `targetVerdicts`' options: absent, or an object of known keys with known values.
fn verdict_options(options: JsValue) -> Result<model::ReadingFilter, JsError> {
    const WHAT: &str = "targetVerdicts(presetId, options): options";
    if options.is_undefined() || options.is_null() {
        return Ok(model::ReadingFilter::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(JsError::new(&format!(
            "{WHAT} must be an object like {{basis: 'statistical', firms: 'integrated'}}"
        )));
    }
    // The deserializer reads a struct's own fields only, so unknown keys are looked for here.
    const KNOWN: [&str; 2] = ["basis", "firms"];
    let keys = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>());
    if let Some(unknown) = keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| !KNOWN.contains(&k.as_str()))
    {
        let shown: String = unknown.chars().take(40).collect();
        return Err(JsError::new(&format!(
            "{WHAT}: unknown field `{shown}`, expected `basis` or `firms`"
        )));
    }
    // The deserializer's message is a JS error's text ("Error: unknown field …"): the
    // option's own words after our prefix.
    let parsed: VerdictOptions = serde_wasm_bindgen::from_value(options).map_err(|e| {
        let text = e.to_string();
        JsError::new(&format!(
            "{WHAT}: {}",
            text.strip_prefix("Error: ").unwrap_or(&text)
        ))
    })?;
    Ok(model::ReadingFilter {
        basis: parsed.basis,
        firms: parsed.firms,
    })
}

/// A whole number in min..=max from JS (refuses fractions, NaN, strings, out of range).
fn u32_arg(value: &JsValue, what: &str, min: u32, max: u32) -> Result<u32, JsError> {
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && (f64::from(min)..=f64::from(max)).contains(&n) => {
            Ok(n as u32)
        }
        _ => Err(JsError::new(&format!(
            "{what} must be a whole number from {min} to {max}"
        ))),
    }
}

/// The `metric` option of `monteCarloPath`: added value per ton unless asked.
fn path_metric_option(options: &JsValue, what: &str) -> Result<model::PathMetric, JsError> {
    const CODES: &str = "'added-value', 'output-value', 'added-value-per-metal' or 'co2'";
    if options.is_undefined() || options.is_null() {
        return Ok(model::PathMetric::AddedValue);
    }
    if !options.is_object() {
        return Err(JsError::new(&format!(
            "{what}: options must be an object like {{ metric: 'co2' }}"
        )));
    }
    let value = js_sys::Reflect::get(options, &JsValue::from_str("metric"))
        .map_err(|_| JsError::new(&format!("{what}: options.metric cannot be read")))?;
    if value.is_undefined() || value.is_null() {
        return Ok(model::PathMetric::AddedValue);
    }
    serde_wasm_bindgen::from_value::<model::PathMetric>(value)
        .map_err(|_| JsError::new(&format!("{what}: options.metric must be one of {CODES}")))
}

/// Monte Carlo of a path's added value per ton (every figure drawn from its low–base–high
/// range): `{samples, seed, p10, p50, p90, mean, min, max, base_value}`. `path` is an array
/// of ids or a product id (its default path); the same seed gives the same result.
/// `options`: `{ metric: 'co2' }` draws the path's CO₂ per ton instead (the chain's CO₂
/// per ton of primary metal over its range, with the yields and melt losses), or
/// `'output-value'`, `'added-value-per-metal'`.
#[wasm_bindgen(js_name = monteCarloPath)]
pub fn monte_carlo_path(
    path: JsValue,
    samples: JsValue,
    seed: JsValue,
    options: JsValue,
) -> Result<JsValue, JsError> {
    let metric = path_metric_option(&options, "monteCarloPath(path, samples, seed, options)")?;
    let samples = u32_arg(
        &samples,
        "monteCarloPath(path, samples, seed): samples",
        1,
        model::sensitivity::MAX_SAMPLES,
    )?;
    let seed = u32_arg(
        &seed,
        "monteCarloPath(path, samples, seed): seed",
        0,
        u32::MAX,
    )?;
    with_dataset(|ds| {
        let path = match path.as_string() {
            Some(product) => {
                model::default_path(ds, &product).map_err(|e| JsError::new(&e.to_string()))?
            }
            None => path_arg(path)?,
        };
        let summary = model::monte_carlo_path(ds, &path, metric, samples, seed)
            .map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&summary)
    })
}

/// Uses another dataset (JSON text in the documented format) for every later call.
/// On error the dataset in use stays; the message lists every problem.
#[wasm_bindgen(js_name = loadDataset)]
pub fn load_dataset(json: JsValue) -> Result<(), JsError> {
    let text = json
        .as_string()
        .ok_or_else(|| JsError::new("loadDataset(json): json must be a string of JSON text"))?;
    let ds = Dataset::from_json(&text).map_err(|e| JsError::new(&e.to_string()))?;
    DATASET.with(|cell| *cell.borrow_mut() = Some(ds));
    Ok(())
}

/// Returns to the default dataset (the Binzhou region, the chain's own).
#[wasm_bindgen(js_name = resetDataset)]
pub fn reset_dataset() {
    DATASET.with(|cell| *cell.borrow_mut() = None);
}

#[derive(Serialize)]
struct RegionInfo {
    id: &'static str,
    name: model::Name,
    covers: model::Name,
    capacity_t: f64,
    capacity_year: i32,
    power: Option<model::PowerKind>,
    co2_t_per_t_primary: Option<f64>,
    /// The figures for which the national one applies (`"co2-primary"`, …).
    national: Vec<model::RegionalFigure>,
}

/// The regions shipped with the calculator, the default first: `[{id, name: {en, zh},
/// covers, capacity_t, capacity_year, power, co2_t_per_t_primary, national}]`
/// (`power` and `co2_t_per_t_primary` null where the region has no source of its own).
#[wasm_bindgen]
pub fn regions() -> Result<JsValue, JsError> {
    let mut list = Vec::new();
    for id in model::region::builtin_ids() {
        let ds = region_dataset(id)?;
        let region = ds.region();
        let Some(profile) = region.profile.as_ref() else {
            continue;
        };
        list.push(RegionInfo {
            id,
            name: ds.name().clone(),
            covers: profile.covers.clone(),
            capacity_t: region.primary_tonnes_per_year,
            capacity_year: region.source.year,
            power: profile.power.as_ref().map(|p| p.kind),
            co2_t_per_t_primary: profile.co2_primary.as_ref().map(|c| c.base),
            national: profile.national.iter().map(|n| n.figure).collect(),
        });
    }
    to_js(&list)
}

/// Uses a shipped region (`'baotou'`) for every later call; an unknown id throws and the
/// dataset in use stays.
#[wasm_bindgen(js_name = setRegion)]
pub fn set_region(id: JsValue) -> Result<(), JsError> {
    let id = id.as_string().ok_or_else(|| {
        JsError::new("setRegion(id): id must be a region id (a string), e.g. 'baotou'")
    })?;
    let ds = region_dataset(&id)?;
    DATASET.with(|cell| *cell.borrow_mut() = Some(ds));
    Ok(())
}
