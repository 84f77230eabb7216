//! A region's year (docs/model.md, "Scenario"): baseline against plan, trajectory and
//! goal-seek.

use super::dataset::{Dataset, Level, ProcessingLevel, MAX_TONNES};
use super::error::ModelError;
use super::metal::{stage_tonnes, Figures, MetalBalance, ScrapFate};
use super::paths::{add_some, finite, ids, resolve, resolve_default, ResolvedPath};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

pub use crate::limits::{MAX_UPLIFT_PERCENT, MAX_YEARS, SHARE_TOLERANCE};
pub use crate::metric::Metric;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepUplift {
    pub from: String,
    pub to: String,
    pub percent: f64,
}

/// Inputs of a region's year. Products absent from `shares` get no metal; products absent
/// from `local` keep the dataset's flag; steps absent from `uplift` get 0 %.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Q: primary metal per year, tonnes.
    pub tonnage: f64,
    /// Share of Q sent down the product's path, by product id.
    #[serde(default)]
    pub shares: BTreeMap<String, f64>,
    #[serde(default)]
    pub local: BTreeMap<String, bool>,
    #[serde(default)]
    pub uplift: Vec<StepUplift>,
    /// Path overrides by product id (from the start product); otherwise the default path.
    #[serde(default)]
    pub paths: BTreeMap<String, Vec<String>>,
    /// Process scrap remelted in the region (default) or sold out of it.
    #[serde(default)]
    pub scrap: ScrapFate,
}

impl Scenario {
    /// The region's tonnage with nothing processed: all metal leaves as primary.
    pub fn for_region(ds: &Dataset) -> Scenario {
        Scenario {
            tonnage: ds.region().primary_tonnes_per_year,
            shares: BTreeMap::new(),
            local: BTreeMap::new(),
            uplift: Vec::new(),
            paths: BTreeMap::new(),
            scrap: ScrapFate::Remelted,
        }
    }

    /// The region's year as the dataset says it is today: its sourced baseline, or all
    /// metal sold as ingot (`Baseline::Hypothetical`).
    pub fn baseline(ds: &Dataset) -> (Scenario, BaselineKind) {
        let mut scenario = Scenario::for_region(ds);
        match ds.baseline() {
            Some(b) => {
                scenario.shares = b.shares.clone();
                (scenario, BaselineKind::Sourced)
            }
            None => (scenario, BaselineKind::Hypothetical),
        }
    }

    /// A dataset preset as a plan: its tonnage and shares, everything else as `Scenario`'s
    /// defaults.
    pub fn from_preset(ds: &Dataset, id: &str) -> Result<Scenario, ModelError> {
        let preset = ds
            .preset(id)
            .ok_or_else(|| ModelError::UnknownPreset { id: id.to_string() })?;
        let mut scenario = Scenario::for_region(ds);
        scenario.tonnage = preset.tonnage;
        scenario.shares = preset.shares.clone();
        Ok(scenario)
    }

    /// The scenario a fraction `progress` (0 = baseline, 1 = plan) of the way to the plan:
    /// tonnage, shares and uplifts interpolate; local flags and path choices, being yes/no
    /// decisions, switch to the plan's at the midpoint.
    pub fn blend(baseline: &Scenario, plan: &Scenario, progress: f64) -> Scenario {
        // a·(1−f) + b·f rather than a + (b−a)·f: exact at both ends.
        let mix = |a: f64, b: f64| a * (1.0 - progress) + b * progress;
        let mut shares = BTreeMap::new();
        for id in baseline.shares.keys().chain(plan.shares.keys()) {
            let a = baseline.shares.get(id).copied().unwrap_or(0.0);
            let b = plan.shares.get(id).copied().unwrap_or(0.0);
            shares.insert(id.clone(), mix(a, b));
        }
        let mut uplift: Vec<StepUplift> = Vec::new();
        for u in baseline.uplift.iter().chain(&plan.uplift) {
            if uplift.iter().any(|x| x.from == u.from && x.to == u.to) {
                continue;
            }
            let find = |list: &[StepUplift]| {
                list.iter()
                    .find(|x| x.from == u.from && x.to == u.to)
                    .map_or(0.0, |x| x.percent)
            };
            uplift.push(StepUplift {
                from: u.from.clone(),
                to: u.to.clone(),
                percent: mix(find(&baseline.uplift), find(&plan.uplift)),
            });
        }
        let decisions = if progress < 0.5 { baseline } else { plan };
        Scenario {
            tonnage: mix(baseline.tonnage, plan.tonnage),
            shares,
            local: decisions.local.clone(),
            uplift,
            paths: decisions.paths.clone(),
            scrap: decisions.scrap,
        }
    }
}

/// Whether a baseline comes from a source or is the "all sold as ingot" assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BaselineKind {
    Sourced,
    Hypothetical,
}

impl BaselineKind {
    pub const ALL: [BaselineKind; 2] = [BaselineKind::Sourced, BaselineKind::Hypothetical];

    /// The kind's code where the page marks it (`data-kind="sourced"`).
    pub fn code(self) -> &'static str {
        match self {
            BaselineKind::Sourced => "sourced",
            BaselineKind::Hypothetical => "hypothetical",
        }
    }

    pub fn from_code(code: &str) -> Option<BaselineKind> {
        BaselineKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductOutcome {
    pub product: String,
    pub share: f64,
    pub path: Vec<String>,
    /// T_k = Q · s_k / N_k.
    pub tonnes: f64,
    /// M_k: gross metal through the first step per ton.
    pub metal_per_t: f64,
    /// N_k: metal consumed net per ton.
    pub net_metal_per_t: f64,
    /// A_k with uplifts.
    pub added_value_per_t: f64,
    pub added_value: f64,
    pub output_value: f64,
    /// Every stage's sales of this line, as statistics count them.
    pub gross_output: f64,
    pub retained_value: f64,
    /// Process scrap made along the path in the year (remelted or sold).
    pub scrap_tonnes: f64,
    pub kwh: Option<f64>,
    pub jobs: Option<f64>,
    pub co2_t: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub level: Level,
    pub tonnage: f64,
    pub metal_price: f64,
    pub scrap: ScrapFate,
    /// Σ s_k.
    pub allocated_share: f64,
    /// Q · (1 − Σ s_k), leaving the region as primary metal.
    pub metal_sold_tonnes: f64,
    pub products: Vec<ProductOutcome>,
    pub added_value: f64,
    /// What leaves the region, at the price of the form it leaves in: products, ingot
    /// sold, and scrap sold (when it is).
    pub output_value: f64,
    /// Gross output as statistics count it: every stage's sales, so a ton sold as billet,
    /// then profile, then furniture counts three times; plus ingot and scrap sold.
    pub gross_output: f64,
    /// Added value of local steps only.
    pub retained_value: f64,
    /// Added value of non-local steps: it leaks out of the region.
    pub leaked_value: f64,
    /// Σ T_k · N_k = Q · Σ s_k: metal consumed by processing, melt loss included.
    pub metal_consumed: f64,
    /// Σ s_k over products at the deep-processing level or beyond.
    pub deep_processing_rate: f64,
    /// 1 − deep-processing rate.
    pub top_heaviness_tonnage: f64,
    /// Share of output value that is unprocessed metal (0 when output value is 0).
    pub top_heaviness_value: f64,
    /// Over the tons each stage makes, where the data has figures; None when none has.
    pub electricity_kwh: Option<f64>,
    pub jobs: Option<f64>,
    pub co2_t: Option<f64>,
    /// Process scrap made in the year (it goes round, or is sold).
    pub scrap_tonnes: f64,
    /// Of it, lost as dross when remelted.
    pub melt_loss_tonnes: f64,
    /// Of it, sold out of the region (scrap sold), credited at `scrap_price`.
    pub scrap_sold_tonnes: f64,
    pub scrap_price: f64,
}

/// A scenario checked against a dataset and resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Compiled {
    pub(crate) tonnage: f64,
    pub(crate) allocated: f64,
    pub(crate) scrap: ScrapFate,
    pub(crate) lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub(crate) product: usize,
    pub(crate) share: f64,
    pub(crate) path: ResolvedPath,
    /// Per path step: 1 + uplift / 100.
    pub(crate) factors: Vec<f64>,
    /// Per path step: whether its product is local.
    pub(crate) local: Vec<bool>,
    /// At the deep-processing level or beyond.
    pub(crate) deep: bool,
}

impl Compiled {
    /// Steps used by any line, in order of first use (the order of Monte Carlo draws).
    pub(crate) fn used_steps(&self) -> Vec<usize> {
        let mut used: Vec<usize> = Vec::new();
        for &s in self.lines.iter().flat_map(|l| &l.path.steps) {
            if !used.contains(&s) {
                used.push(s);
            }
        }
        used
    }
}

pub(crate) fn compile(ds: &Dataset, scenario: &Scenario) -> Result<Compiled, ModelError> {
    let q = scenario.tonnage;
    if !(q.is_finite() && (0.0..=MAX_TONNES).contains(&q)) {
        return Err(ModelError::InvalidTonnage {
            value: q,
            max: MAX_TONNES,
        });
    }
    let index = ds.index();
    let mut uplift: HashMap<usize, f64> = HashMap::new();
    for u in &scenario.uplift {
        let unknown = || ModelError::UnknownStep {
            from: u.from.clone(),
            to: u.to.clone(),
        };
        let from = *index.product_by_id.get(&u.from).ok_or_else(unknown)?;
        let to = *index.product_by_id.get(&u.to).ok_or_else(unknown)?;
        let &step = index.step_by_pair.get(&(from, to)).ok_or_else(unknown)?;
        if ds.steps().get(step).is_none_or(|s| s.recycling) {
            return Err(unknown());
        }
        if !(u.percent.is_finite() && (-100.0..=MAX_UPLIFT_PERCENT).contains(&u.percent)) {
            return Err(ModelError::InvalidUplift {
                from: u.from.clone(),
                to: u.to.clone(),
                percent: u.percent,
                max: MAX_UPLIFT_PERCENT,
            });
        }
        if uplift.insert(step, 1.0 + u.percent / 100.0).is_some() {
            return Err(ModelError::DuplicateUplift {
                from: u.from.clone(),
                to: u.to.clone(),
            });
        }
    }
    for id in scenario.local.keys() {
        if !index.product_by_id.contains_key(id) {
            return Err(ModelError::UnknownProduct { id: id.clone() });
        }
    }
    let is_local = |product: usize| -> bool {
        ds.products()
            .get(product)
            .is_some_and(|p| scenario.local.get(&p.id).copied().unwrap_or(p.local))
    };

    let mut allocated = 0.0;
    let mut lines = Vec::with_capacity(scenario.shares.len());
    for (id, &share) in &scenario.shares {
        let &product = index
            .product_by_id
            .get(id)
            .ok_or_else(|| ModelError::UnknownProduct { id: id.clone() })?;
        if product == index.start {
            return Err(ModelError::ShareForStart {
                product: id.clone(),
            });
        }
        if !(share.is_finite() && (0.0..=1.0).contains(&share)) {
            return Err(ModelError::InvalidShare {
                product: id.clone(),
                value: share,
            });
        }
        allocated += share;
        let path = match scenario.paths.get(id) {
            Some(explicit) => {
                let path = resolve(ds, explicit)?;
                if path.products.first() != Some(&index.start) {
                    return Err(ModelError::PathStart {
                        product: id.clone(),
                        first: explicit.first().cloned().unwrap_or_default(),
                        start: ds.start().to_string(),
                    });
                }
                if path.products.last() != Some(&product) {
                    return Err(ModelError::PathEnd {
                        product: id.clone(),
                        last: explicit.last().cloned().unwrap_or_default(),
                    });
                }
                path
            }
            None => resolve_default(ds, id)?,
        };
        let factors = path
            .steps
            .iter()
            .map(|s| uplift.get(s).copied().unwrap_or(1.0))
            .collect();
        let local = path.products.iter().skip(1).map(|&p| is_local(p)).collect();
        let deep = ds
            .products()
            .get(product)
            .is_some_and(|p| p.processing_level() >= ProcessingLevel::DeepProcessing);
        lines.push(Line {
            product,
            share,
            path,
            factors,
            local,
            deep,
        });
    }
    if allocated > 1.0 + SHARE_TOLERANCE {
        return Err(ModelError::SharesExceedOne { total: allocated });
    }
    Ok(Compiled {
        tonnage: q,
        allocated: allocated.min(1.0),
        scrap: scenario.scrap,
        lines,
    })
}

pub fn evaluate_scenario(ds: &Dataset, scenario: &Scenario) -> Result<ScenarioResult, ModelError> {
    evaluate_scenario_at(ds, scenario, Level::Base)
}

/// The scenario with every figure (prices, melt loss, step values and yields) at `level`.
pub fn evaluate_scenario_at(
    ds: &Dataset,
    scenario: &Scenario,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    let compiled = compile(ds, scenario)?;
    evaluate_compiled(ds, &compiled, &Figures::at(ds, level), level)
}

/// One line of a scenario in the year: the metal sent down one path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LineOutcome {
    pub(crate) tonnes: f64,
    pub(crate) balance: MetalBalance,
    /// A_k with uplifts, and its local part.
    pub(crate) a: f64,
    pub(crate) a_local: f64,
    pub(crate) gross_output: f64,
    pub(crate) kwh: Option<f64>,
    pub(crate) jobs: Option<f64>,
    pub(crate) co2: Option<f64>,
}

/// What a line's evaluation computes beyond tonnes and added value: everything (a result
/// to show), or only what one metric needs (a Monte Carlo draw).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    Full,
    Only(Metric),
}

/// One pass over a line's steps: (M, A with uplifts, its local part).
#[inline]
fn line_core(line: &Line, f: &Figures) -> (f64, f64, f64) {
    let (mut m, mut a, mut a_local) = (1.0, 0.0, 0.0);
    for ((&s, &factor), &local) in line.path.steps.iter().zip(&line.factors).zip(&line.local) {
        m /= f.yield_of(s);
        let value = f.value(s) * factor;
        a += value;
        if local {
            a_local += value;
        }
    }
    (m, a, a_local)
}

/// One metric of a scenario without the rest of the result, for Monte Carlo draws. The
/// same formulas as `totals` (a property test holds the two equal).
pub(crate) fn metric_of(ds: &Dataset, compiled: &Compiled, f: &Figures, metric: Metric) -> f64 {
    if matches!(metric, Metric::GrossOutput | Metric::DeepProcessingRate) {
        return metric.of_totals(&totals(ds, compiled, f, Detail::Only(metric), |_, _| {}));
    }
    let q = compiled.tonnage;
    let (mut sum, mut scrap_sold) = (0.0, 0.0);
    for line in &compiled.lines {
        let (m, a, a_local) = line_core(line, f);
        let balance = MetalBalance::new(m, f.melt_loss, compiled.scrap);
        let tonnes = q * line.share / balance.net_metal;
        sum += tonnes
            * match metric {
                Metric::RetainedValue => a_local,
                Metric::OutputValue => f.price + a,
                _ => a,
            };
        scrap_sold += tonnes * balance.scrap_sold;
    }
    if metric == Metric::OutputValue {
        sum += q * (1.0 - compiled.allocated).max(0.0) * f.price + scrap_sold * f.scrap_price;
    }
    sum
}

fn evaluate_line(
    ds: &Dataset,
    q: f64,
    scrap: ScrapFate,
    line: &Line,
    f: &Figures,
    detail: Detail,
) -> LineOutcome {
    let (m, a, a_local) = line_core(line, f);
    let balance = MetalBalance::new(m, f.melt_loss, scrap);
    // N ≥ 1 (yields are at most 1, melt loss at least 0), so T is finite.
    let tonnes = q * line.share / balance.net_metal;
    let (mut gross, mut kwh, mut jobs, mut co2) = (0.0, None, None, None);
    if !matches!(detail, Detail::Full | Detail::Only(Metric::GrossOutput)) {
        return LineOutcome {
            tonnes,
            balance,
            a,
            a_local,
            gross_output: gross,
            kwh,
            jobs,
            co2,
        };
    }
    // Each stage sells the tons it makes at metal price + the value added up to it.
    let mut after = a;
    stage_tonnes(f, &line.path.steps, |n, s, made| {
        let made = tonnes * made;
        gross += made * (f.price + after);
        after -= f.value(s) * line.factors.get(n).copied().unwrap_or(1.0);
        if let Some(step) = ds.steps().get(s) {
            add_some(&mut kwh, step.kwh_per_t.map(|k| k * made));
            add_some(&mut jobs, step.jobs_per_10kt.map(|j| j * made / 10_000.0));
            add_some(&mut co2, step.co2_t_per_t.map(|c| c * made));
        }
    });
    LineOutcome {
        tonnes,
        balance,
        a,
        a_local,
        gross_output: gross,
        kwh,
        jobs,
        co2,
    }
}

/// The totals a metric can aim at, without the per-product detail (no allocation, so the
/// Monte Carlo can evaluate it thousands of times).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Totals {
    pub(crate) added: f64,
    pub(crate) output: f64,
    pub(crate) gross: f64,
    pub(crate) retained: f64,
    pub(crate) deep: f64,
    pub(crate) metal_sold: f64,
    pub(crate) scrap: f64,
    pub(crate) melt_loss: f64,
    pub(crate) scrap_sold: f64,
    pub(crate) kwh: Option<f64>,
    pub(crate) jobs: Option<f64>,
    pub(crate) co2: Option<f64>,
}

/// Sums the lines of `compiled` with the figures `f`; `each` sees every line's outcome.
pub(crate) fn totals(
    ds: &Dataset,
    compiled: &Compiled,
    f: &Figures,
    detail: Detail,
    mut each: impl FnMut(&Line, &LineOutcome),
) -> Totals {
    let q = compiled.tonnage;
    let mut t = Totals::default();
    for line in &compiled.lines {
        let o = evaluate_line(ds, q, compiled.scrap, line, f, detail);
        t.added += o.tonnes * o.a;
        t.output += o.tonnes * (f.price + o.a);
        t.gross += o.gross_output;
        t.retained += o.tonnes * o.a_local;
        t.scrap += o.tonnes * o.balance.circulating_scrap;
        t.melt_loss += o.tonnes * o.balance.melt_loss;
        t.scrap_sold += o.tonnes * o.balance.scrap_sold;
        add_some(&mut t.kwh, o.kwh);
        add_some(&mut t.jobs, o.jobs);
        add_some(&mut t.co2, o.co2);
        if line.deep {
            t.deep += line.share;
        }
        each(line, &o);
    }
    t.metal_sold = q * (1.0 - compiled.allocated).max(0.0);
    let sold = t.metal_sold * f.price + t.scrap_sold * f.scrap_price;
    t.output += sold;
    t.gross += sold;
    t
}

pub(crate) fn evaluate_compiled(
    ds: &Dataset,
    compiled: &Compiled,
    f: &Figures,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    let mut products = Vec::with_capacity(compiled.lines.len());
    let t = totals(ds, compiled, f, Detail::Full, |line, o| {
        products.push(ProductOutcome {
            product: ds
                .products()
                .get(line.product)
                .map(|p| p.id.clone())
                .unwrap_or_default(),
            share: line.share,
            path: ids(ds, &line.path.products),
            tonnes: o.tonnes,
            metal_per_t: o.balance.gross_metal,
            net_metal_per_t: o.balance.net_metal,
            added_value_per_t: o.a,
            added_value: o.tonnes * o.a,
            output_value: o.tonnes * (f.price + o.a),
            gross_output: o.gross_output,
            retained_value: o.tonnes * o.a_local,
            scrap_tonnes: o.tonnes * o.balance.circulating_scrap,
            kwh: o.kwh,
            jobs: o.jobs,
            co2_t: o.co2,
        });
    });
    let top_heaviness_value = if t.output > 0.0 {
        t.metal_sold * f.price / t.output
    } else {
        0.0
    };
    Ok(ScenarioResult {
        level,
        tonnage: compiled.tonnage,
        metal_price: f.price,
        scrap: compiled.scrap,
        allocated_share: compiled.allocated,
        metal_sold_tonnes: t.metal_sold,
        products,
        added_value: finite(t.added, "total added value")?,
        output_value: finite(t.output, "total output value")?,
        gross_output: finite(t.gross, "gross output")?,
        retained_value: finite(t.retained, "retained value")?,
        leaked_value: t.added - t.retained,
        metal_consumed: compiled.tonnage * compiled.allocated,
        deep_processing_rate: t.deep,
        top_heaviness_tonnage: 1.0 - t.deep,
        top_heaviness_value,
        electricity_kwh: t.kwh,
        jobs: t.jobs,
        co2_t: t.co2,
        scrap_tonnes: t.scrap,
        melt_loss_tonnes: t.melt_loss,
        scrap_sold_tonnes: t.scrap_sold,
        scrap_price: f.scrap_price,
    })
}

// The metric's value in a result lives beside the result (`Metric` itself is a leaf).
impl Metric {
    pub fn of(self, result: &ScenarioResult) -> f64 {
        match self {
            Metric::AddedValue => result.added_value,
            Metric::OutputValue => result.output_value,
            Metric::GrossOutput => result.gross_output,
            Metric::RetainedValue => result.retained_value,
            Metric::DeepProcessingRate => result.deep_processing_rate,
        }
    }

    pub(crate) fn of_totals(self, t: &Totals) -> f64 {
        match self {
            Metric::AddedValue => t.added,
            Metric::OutputValue => t.output,
            Metric::GrossOutput => t.gross,
            Metric::RetainedValue => t.retained,
            Metric::DeepProcessingRate => t.deep,
        }
    }
}

/// Plan minus baseline of a figure either side may lack (None when both do).
pub fn change_of(baseline: Option<f64>, plan: Option<f64>) -> Option<f64> {
    match (baseline, plan) {
        (None, None) => None,
        (b, p) => Some(p.unwrap_or(0.0) - b.unwrap_or(0.0)),
    }
}

/// The most a product's share can be with the others as they are: what is left of the
/// whole plus its own share. One rule for the reducer's clamp and the editor's slider.
pub fn room_for(shares: &BTreeMap<String, f64>, product: &str) -> f64 {
    let others: f64 = shares
        .iter()
        .filter(|(id, _)| id.as_str() != product)
        .map(|(_, s)| s)
        .sum();
    (1.0 - others).max(0.0)
}

/// Plan minus baseline, for the side-by-side view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioChange {
    pub added_value: f64,
    pub output_value: f64,
    pub gross_output: f64,
    pub retained_value: f64,
    pub deep_processing_rate: f64,
    pub top_heaviness_value: f64,
    pub electricity_kwh: Option<f64>,
    pub jobs: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioComparison {
    pub baseline: ScenarioResult,
    pub plan: ScenarioResult,
    pub change: ScenarioChange,
}

pub fn compare_scenarios(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
) -> Result<ScenarioComparison, ModelError> {
    let b = evaluate_scenario(ds, baseline)?;
    let p = evaluate_scenario(ds, plan)?;
    let optional_change = change_of;
    let change = ScenarioChange {
        added_value: p.added_value - b.added_value,
        output_value: p.output_value - b.output_value,
        gross_output: p.gross_output - b.gross_output,
        retained_value: p.retained_value - b.retained_value,
        deep_processing_rate: p.deep_processing_rate - b.deep_processing_rate,
        top_heaviness_value: p.top_heaviness_value - b.top_heaviness_value,
        electricity_kwh: optional_change(b.electricity_kwh, p.electricity_kwh),
        jobs: optional_change(b.jobs, p.jobs),
    };
    Ok(ScenarioComparison {
        baseline: b,
        plan: p,
        change,
    })
}
