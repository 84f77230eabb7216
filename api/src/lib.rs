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
    self as model, CarbonCurrency, CarbonPrice, CarbonPriceError, Dataset, FirmBoundaries,
    Language, Level, MoneyBasis, Reading, Scenario, ValueRange,
};
use wasm_bindgen::prelude::*;

mod words;
use words::Problem;

/// Paths and product lists longer than this are refused before any work is done.
const MAX_ITEMS: u32 = 10_000;

/// The region a host page gets until it picks one: the chain's own.
const DEFAULT_REGION: &str = "binzhou";

thread_local! {
    /// The dataset in use: the default region until the host page picks another or loads
    /// its own.
    static DATASET: RefCell<Option<Dataset>> = const { RefCell::new(None) };
}

/// `problem` as a JS error, worded in `lang` after `what` (the call and argument).
fn fail(problem: Problem, what: &str, lang: Language) -> JsError {
    JsError::new(&problem.words(what, lang))
}

/// A shipped region resolved onto its chain, or an error naming the known ids.
fn region_dataset(id: &str, what: &str, lang: Language) -> Result<Dataset, JsError> {
    match model::region::builtin(id) {
        Some(resolved) => resolved.map_err(|e| JsError::new(&format!("region '{id}': {e}"))),
        None => Err(fail(
            Problem::UnknownRegion {
                id: shown_text(id),
                known: model::region::builtin_ids().collect::<Vec<_>>().join(", "),
            },
            what,
            lang,
        )),
    }
}

/// At most 40 characters of what a caller gave, for a message.
fn shown_text(text: &str) -> String {
    text.chars().take(40).collect()
}

/// A JS value as a message shows it: a string quoted, a number as JS writes it, otherwise
/// its type.
fn shown(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        return format!("'{}'", shown_text(&text));
    }
    match value.as_f64() {
        Some(n) if n.is_nan() => "NaN".to_string(),
        Some(n) if n.is_infinite() => (if n > 0.0 { "Infinity" } else { "-Infinity" }).into(),
        Some(n) => n.to_string(),
        None => format!("({})", value.js_typeof().as_string().unwrap_or_default()),
    }
}

fn with_dataset<T>(f: impl FnOnce(&Dataset) -> Result<T, JsError>) -> Result<T, JsError> {
    DATASET.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(
                region_dataset(DEFAULT_REGION, "", Language::En)
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
        Some(id) => f(&region_dataset(id, "", Language::En)?),
        None => with_dataset(f),
    }
}

/// An options object: absent (undefined or null) or an object of known keys. Its `lang`
/// (`'en'` or `'zh'`, English without) is the language of every message about the call.
struct Options {
    object: Option<JsValue>,
    what: &'static str,
    lang: Language,
}

impl Options {
    /// Reads `options` of the call `what`, which takes the keys `known` (`lang` among them
    /// where the call words its messages in either language); `example` shows an object.
    fn read(
        options: &JsValue,
        what: &'static str,
        known: &[&str],
        example: &'static str,
    ) -> Result<Options, JsError> {
        let mut read = Options {
            object: None,
            what,
            lang: Language::En,
        };
        if options.is_undefined() || options.is_null() {
            return Ok(read);
        }
        if !options.is_object() || js_sys::Array::is_array(options) {
            return Err(read.fail(Problem::OptionsNotObject { example }));
        }
        read.object = Some(options.clone());
        if known.contains(&"lang") {
            if let Some(lang) = read.get("lang")? {
                read.lang = serde_wasm_bindgen::from_value::<Language>(lang)
                    .map_err(|_| read.fail(Problem::BadLanguage))?;
            }
        }
        // The deserializer reads a struct's own fields only, so unknown keys are looked for
        // here: a misspelt option is said, not ignored.
        let keys = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>());
        if let Some(unknown) = keys
            .iter()
            .filter_map(|k| k.as_string())
            .find(|k| !known.contains(&k.as_str()))
        {
            return Err(read.fail(Problem::UnknownOption {
                key: shown_text(&unknown),
                known: known.join(", "),
            }));
        }
        Ok(read)
    }

    fn fail(&self, problem: Problem) -> JsError {
        fail(problem, self.what, self.lang)
    }

    /// The option `key`; None when absent, undefined or null.
    fn get(&self, key: &str) -> Result<Option<JsValue>, JsError> {
        let Some(object) = &self.object else {
            return Ok(None);
        };
        let value = js_sys::Reflect::get(object, &JsValue::from_str(key))
            .map_err(|_| self.fail(Problem::OptionUnreadable { key: key.into() }))?;
        Ok((!value.is_undefined() && !value.is_null()).then_some(value))
    }

    /// `region`: a shipped region's id.
    fn region(&self) -> Result<Option<String>, JsError> {
        self.get("region")?
            .map(|v| {
                v.as_string().ok_or_else(|| {
                    fail(
                        Problem::RegionNotString,
                        &format!("{}: options.region", self.what),
                        self.lang,
                    )
                })
            })
            .transpose()
    }

    /// `basis`: `'market'` (the default) or `'statistical'`.
    fn basis(&self) -> Result<MoneyBasis, JsError> {
        match self.get("basis")? {
            None => Ok(MoneyBasis::default()),
            Some(v) => serde_wasm_bindgen::from_value::<MoneyBasis>(v)
                .map_err(|_| self.fail(Problem::BadBasis)),
        }
    }

    /// `carbonPrice` (per t CO₂, a number from 0 to `MAX_CARBON_PRICE`) in `carbonCurrency`
    /// (`'EUR'`, the default, or `'CNY'`); None without a price.
    fn carbon_price(&self) -> Result<Option<CarbonPrice>, JsError> {
        let currency = match self.get("carbonCurrency")? {
            None => None,
            Some(v) => Some(
                v.as_string()
                    .and_then(|code| CarbonCurrency::from_code(&code))
                    .ok_or_else(|| self.fail(Problem::BadCarbonCurrency { got: shown(&v) }))?,
            ),
        };
        let Some(price) = self.get("carbonPrice")? else {
            return match currency {
                Some(_) => Err(self.fail(Problem::CurrencyWithoutPrice)),
                None => Ok(None),
            };
        };
        let currency = currency.unwrap_or(CarbonCurrency::Euro);
        let not_a_number = || Problem::CarbonPriceNotANumber {
            got: shown(&price),
            currency: currency.code(),
        };
        let n = price.as_f64().ok_or_else(|| self.fail(not_a_number()))?;
        CarbonPrice::checked(n, currency).map(Some).map_err(|e| {
            self.fail(match e {
                CarbonPriceError::NotFinite => not_a_number(),
                CarbonPriceError::Negative => Problem::CarbonPriceNegative { got: n },
                CarbonPriceError::AboveMax { max } => Problem::CarbonPriceTooHigh {
                    got: n,
                    max,
                    currency: currency.code(),
                },
            })
        })
    }
}

// The shapes of the options and results typed below (`unchecked_*_type`), for host pages
// written in TypeScript; the other functions' stay `any`.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A figure at its low, base and high. */
export interface LowBaseHigh { low: number; base: number; high: number }
/** A carbon price's cost per ton of product, in the price's currency. */
export interface CarbonCost extends LowBaseHigh { per_t_co2: number; currency: 'EUR' | 'CNY' }
/** A carbon price per t CO₂ (0 to 10000; euro unless `carbonCurrency: 'CNY'`) and the language of the call's errors. */
export interface CarbonOptions { carbonPrice?: number; carbonCurrency?: 'EUR' | 'CNY'; lang?: 'en' | 'zh' }
export interface EvaluatePathOptions extends CarbonOptions { region?: string }
export interface CompareRegionsOptions extends CarbonOptions { basis?: 'market' | 'statistical' }
export interface ComparedRegion {
  region: string;
  name: { en: string; zh: string };
  path: string[];
  added_value_per_t: LowBaseHigh;
  co2_per_t?: LowBaseHigh & { badge: 'article' | 'published' | 'derived' | 'estimate' };
  carbon_cost?: CarbonCost;
}
export interface RegionComparison {
  product: string;
  basis: 'market' | 'statistical';
  a: ComparedRegion;
  b: ComparedRegion;
  lower_co2: { verdict: 'clearly' | 'at-base' | 'undecided'; side?: 'a' | 'b'; region?: string };
}
"#;

/// The carbon cost per ton of a path's CO₂ at a carbon price, in the price's currency.
#[derive(Serialize)]
struct CarbonCost {
    low: f64,
    base: f64,
    high: f64,
    per_t_co2: f64,
    /// `"EUR"` or `"CNY"`.
    currency: &'static str,
}

fn carbon_cost(carbon: &model::PathCarbon, price: &CarbonPrice) -> CarbonCost {
    let ValueRange { low, base, high } = model::carbon_cost(carbon, price);
    CarbonCost {
        low,
        base,
        high,
        per_t_co2: price.per_t_co2(),
        currency: price.currency().code(),
    }
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
    value
        .as_string()
        .ok_or_else(|| fail(Problem::ProductNotString, what, Language::En))
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
/// chain's start product or the chain gives no smelting CO₂) and, at a carbon price, the
/// carbon cost per ton.
#[derive(Serialize)]
struct PathWithCarbon {
    #[serde(flatten)]
    evaluation: model::PathEvaluation,
    carbon: Option<model::PathCarbon>,
    #[serde(skip_serializing_if = "Option::is_none")]
    carbon_cost: Option<CarbonCost>,
}

/// Evaluates a path (array of ids) — or the default path when given a product id:
/// stages, added value per ton, output value, multipliers, metal balance, and `carbon`
/// (t CO₂ per ton along the path, `total: {low, base, high}`, never part of added value).
/// `options` (all optional): `{ region: 'baotou' }` evaluates it on that region's figures;
/// `{ carbonPrice: 75.36 }` (per t CO₂, 0 to 10000; `carbonCurrency: 'EUR'` by default, or
/// `'CNY'`) adds `carbon_cost: {low, base, high, per_t_co2, currency}`, the cost per ton
/// of selling into a market that charges it, never part of added value (absent without
/// CO₂); `lang: 'zh'` words the options' errors in Chinese.
#[wasm_bindgen(js_name = evaluatePath)]
pub fn evaluate_path(
    path: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "EvaluatePathOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = Options::read(
        &options,
        "evaluatePath(path, options)",
        &["region", "carbonPrice", "carbonCurrency", "lang"],
        "{ region: 'baotou', carbonPrice: 75.36 }",
    )?;
    let region = options.region()?;
    let price = options.carbon_price()?;
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
        let carbon_cost = carbon
            .as_ref()
            .zip(price.as_ref())
            .map(|(c, p)| carbon_cost(c, p));
        to_js(&PathWithCarbon {
            evaluation,
            carbon,
            carbon_cost,
        })
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
        let ds = region_dataset(id, "", Language::En)?;
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
    let id = id
        .as_string()
        .ok_or_else(|| fail(Problem::RegionNotString, "setRegion(id): id", Language::En))?;
    let ds = region_dataset(&id, "", Language::En)?;
    DATASET.with(|cell| *cell.borrow_mut() = Some(ds));
    Ok(())
}

/// One region of `compareRegions`.
#[derive(Serialize)]
struct ComparedRegion {
    region: String,
    name: model::Name,
    /// The product's default path in the region.
    path: Vec<String>,
    /// Added value per ton at the figures' low, base and high, on the comparison's basis.
    added_value_per_t: ValueRange,
    /// t CO₂ per ton along the path with its range and the badge of its source (the
    /// region's own CO₂ figure where it gives one); absent where the chain gives no CO₂.
    #[serde(skip_serializing_if = "Option::is_none")]
    co2_per_t: Option<Co2PerT>,
    /// At a carbon price: its cost per ton (absent without a price or without CO₂).
    #[serde(skip_serializing_if = "Option::is_none")]
    carbon_cost: Option<CarbonCost>,
}

#[derive(Serialize)]
struct Co2PerT {
    low: f64,
    base: f64,
    high: f64,
    badge: model::Badge,
}

/// Which region carries less CO₂ per ton: `verdict` `"clearly"` (its high is below the
/// other's low), `"at-base"` (lower at the base figures, the ranges overlap) or
/// `"undecided"` (equal, or a side without CO₂), with the `side` (`"a"`, `"b"`) and its
/// `region` id where one is lower.
#[derive(Serialize)]
struct LowerCo2 {
    verdict: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    side: Option<model::PairSide>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<String>,
}

#[derive(Serialize)]
struct RegionComparison {
    product: String,
    /// `"market"` or `"statistical"`: the basis of every money figure.
    basis: MoneyBasis,
    a: ComparedRegion,
    b: ComparedRegion,
    lower_co2: LowerCo2,
}

/// Two shipped regions side by side for one product, as the app's two-regions view shows
/// them (on the regions' own figures, whatever dataset is in use): for `a` and `b`, the
/// product's default path, `added_value_per_t: {low, base, high}` on `basis`, `co2_per_t:
/// {low, base, high, badge}`, and `lower_co2: {verdict: 'clearly' | 'at-base' |
/// 'undecided', side, region}`. `options` (all optional): `basis: 'market' |
/// 'statistical'`; `carbonPrice` (per t CO₂, with `carbonCurrency` as for `evaluatePath`)
/// adds each side's `carbon_cost`; `lang: 'zh'` words every error in Chinese.
#[wasm_bindgen(js_name = compareRegions, unchecked_return_type = "RegionComparison")]
pub fn compare_regions(
    #[wasm_bindgen(unchecked_param_type = "string")] product: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] b: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CompareRegionsOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    const WHAT: &str = "compareRegions(product, a, b, options)";
    let options = Options::read(
        &options,
        WHAT,
        &["basis", "carbonPrice", "carbonCurrency", "lang"],
        "{ basis: 'statistical', carbonPrice: 75.36, lang: 'zh' }",
    )?;
    let (lang, basis, price) = (options.lang, options.basis()?, options.carbon_price()?);
    let product = product.as_string().ok_or_else(|| {
        fail(
            Problem::ProductNotString,
            "compareRegions(product, a, b): product",
            lang,
        )
    })?;
    let side =
        |value: JsValue, name: &str| -> Result<(ComparedRegion, Option<ValueRange>), JsError> {
            let what = format!("compareRegions(product, a, b): {name}");
            let id = value
                .as_string()
                .ok_or_else(|| fail(Problem::RegionNotString, &what, lang))?;
            let ds = region_dataset(&id, &what, lang)?;
            let figures = model::region_figures(&ds, &product, basis);
            let added = figures.added_value_per_t();
            let evaluation = figures.path.map_err(|e| match e {
                model::ModelError::UnknownProduct { id } => fail(
                    Problem::UnknownProduct {
                        id: shown_text(&id),
                    },
                    &what,
                    lang,
                ),
                other => JsError::new(&format!("{what}: '{id}': {other}")),
            })?;
            let v = evaluation.added_value_per_t;
            let co2 = figures.carbon.as_ref().map(|c| c.total);
            Ok((
                ComparedRegion {
                    added_value_per_t: added.unwrap_or(ValueRange {
                        low: v,
                        base: v,
                        high: v,
                    }),
                    co2_per_t: figures.carbon.as_ref().map(|c| Co2PerT {
                        low: c.total.low,
                        base: c.total.base,
                        high: c.total.high,
                        badge: c.source.badge,
                    }),
                    carbon_cost: figures
                        .carbon
                        .as_ref()
                        .zip(price.as_ref())
                        .map(|(c, p)| carbon_cost(c, p)),
                    name: ds.name().clone(),
                    path: evaluation.products,
                    region: id,
                },
                co2,
            ))
        };
    let (a, a_co2) = side(a, "a")?;
    let (b, b_co2) = side(b, "b")?;
    let (verdict, side) = match model::lower_co2(a_co2, b_co2) {
        model::Lower::Clearly(side) => ("clearly", Some(side)),
        model::Lower::AtBase(side) => ("at-base", Some(side)),
        model::Lower::Undecided => ("undecided", None),
    };
    let region = side.map(|s| match s {
        model::PairSide::A => a.region.clone(),
        model::PairSide::B => b.region.clone(),
    });
    to_js(&RegionComparison {
        product,
        basis,
        a,
        b,
        lower_co2: LowerCo2 {
            verdict,
            side,
            region,
        },
    })
}
