//! A region's year (MODEL.md "Scenario"), baseline against plan, trajectory and goal-seek.

use super::dataset::{Dataset, Level, ProductKind, MAX_TONNES};
use super::error::ModelError;
use super::paths::{finite, ids, metal_factor, resolve, resolve_default, ResolvedPath};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

pub const MAX_UPLIFT_PERCENT: f64 = 10_000.0;
pub const MAX_YEARS: u32 = 200;
/// Shares may sum to 1 + this, so that e.g. 0.1 + 0.2 + 0.7 is accepted.
pub const SHARE_TOLERANCE: f64 = 1e-9;

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
        }
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
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductOutcome {
    pub product: String,
    pub share: f64,
    pub path: Vec<String>,
    /// T_k = Q · s_k / M_k.
    pub tonnes: f64,
    pub metal_per_t: f64,
    /// A_k with uplifts.
    pub added_value_per_t: f64,
    pub added_value: f64,
    pub output_value: f64,
    pub retained_value: f64,
    pub scrap_tonnes: f64,
    pub kwh: Option<f64>,
    pub jobs: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub level: Level,
    pub tonnage: f64,
    pub metal_price: f64,
    /// Σ s_k.
    pub allocated_share: f64,
    /// Q · (1 − Σ s_k), leaving the region as primary metal.
    pub metal_sold_tonnes: f64,
    pub products: Vec<ProductOutcome>,
    pub added_value: f64,
    pub output_value: f64,
    /// Added value of local steps only.
    pub retained_value: f64,
    /// Added value of non-local steps: it leaks out of the region.
    pub leaked_value: f64,
    /// Σ s_k over products not of kind smelting.
    pub deep_processing_rate: f64,
    /// 1 − deep-processing rate.
    pub top_heaviness_tonnage: f64,
    /// Share of output value that is unprocessed metal (0 when output value is 0).
    pub top_heaviness_value: f64,
    /// Over the used steps that have data; None when none has.
    pub electricity_kwh: Option<f64>,
    pub jobs: Option<f64>,
    pub scrap_tonnes: f64,
    /// Scrap taken back by the declared recycling step (0 without one); reported beside
    /// the totals, not inside them, so the totals follow MODEL.md's formulas exactly.
    pub recycled_tonnes: f64,
    pub recycling_added_value: f64,
}

/// A scenario checked against a dataset and resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Compiled {
    pub(crate) tonnage: f64,
    pub(crate) allocated: f64,
    pub(crate) lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub(crate) product: usize,
    pub(crate) share: f64,
    pub(crate) path: ResolvedPath,
    pub(crate) metal_per_t: f64,
    pub(crate) tonnes: f64,
    /// Per path step: 1 + uplift / 100.
    pub(crate) factors: Vec<f64>,
    /// Per path step: whether its product is local.
    pub(crate) local: Vec<bool>,
}

pub(crate) fn compile(ds: &Dataset, scenario: &Scenario) -> Result<Compiled, ModelError> {
    let q = scenario.tonnage;
    if !(q.is_finite() && (0.0..=MAX_TONNES).contains(&q)) {
        return Err(ModelError::InvalidTonnage { value: q });
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
        let metal_per_t = metal_factor(ds, &path.steps)?;
        let factors = path
            .steps
            .iter()
            .map(|s| uplift.get(s).copied().unwrap_or(1.0))
            .collect();
        let local = path.products.iter().skip(1).map(|&p| is_local(p)).collect();
        lines.push(Line {
            product,
            share,
            tonnes: q * share / metal_per_t,
            metal_per_t,
            path,
            factors,
            local,
        });
    }
    if allocated > 1.0 + SHARE_TOLERANCE {
        return Err(ModelError::SharesExceedOne { total: allocated });
    }
    Ok(Compiled {
        tonnage: q,
        allocated: allocated.min(1.0),
        lines,
    })
}

pub fn evaluate_scenario(ds: &Dataset, scenario: &Scenario) -> Result<ScenarioResult, ModelError> {
    evaluate_scenario_at(ds, scenario, Level::Base)
}

/// The scenario with every figure (metal price, step values) at `level`.
pub fn evaluate_scenario_at(
    ds: &Dataset,
    scenario: &Scenario,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    let compiled = compile(ds, scenario)?;
    evaluate_compiled(ds, &compiled, level)
}

pub(crate) fn evaluate_compiled(
    ds: &Dataset,
    compiled: &Compiled,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    let price = ds.metal_price().range().at(level);
    let q = compiled.tonnage;
    let take_back = ds.index().take_back.and_then(|s| ds.steps().get(s));
    let mut products = Vec::with_capacity(compiled.lines.len());
    let (mut added, mut output, mut retained) = (0.0, 0.0, 0.0);
    let (mut kwh_total, mut jobs_total): (Option<f64>, Option<f64>) = (None, None);
    let (mut deep, mut scrap_total) = (0.0, 0.0);
    for line in &compiled.lines {
        let mut a = 0.0;
        let mut a_local = 0.0;
        let (mut kwh, mut jobs): (Option<f64>, Option<f64>) = (None, None);
        for ((&s, &factor), &local) in line.path.steps.iter().zip(&line.factors).zip(&line.local) {
            let Some(step) = ds.steps().get(s) else {
                continue;
            };
            let value = step.added_value.at(level) * factor;
            a += value;
            if local {
                a_local += value;
            }
            if let Some(k) = step.kwh_per_t {
                kwh = Some(kwh.unwrap_or(0.0) + k * line.tonnes);
            }
            if let Some(j) = step.jobs_per_10kt {
                jobs = Some(jobs.unwrap_or(0.0) + j * line.tonnes / 10_000.0);
            }
        }
        let t = line.tonnes;
        let scrap = q * line.share - t;
        if let Some(k) = kwh {
            kwh_total = Some(kwh_total.unwrap_or(0.0) + k);
        }
        if let Some(j) = jobs {
            jobs_total = Some(jobs_total.unwrap_or(0.0) + j);
        }
        added += t * a;
        output += t * (price + a);
        retained += t * a_local;
        scrap_total += scrap;
        let smelting = ds
            .products()
            .get(line.product)
            .is_some_and(|p| p.kind == ProductKind::Smelting);
        if !smelting {
            deep += line.share;
        }
        products.push(ProductOutcome {
            product: ds
                .products()
                .get(line.product)
                .map(|p| p.id.clone())
                .unwrap_or_default(),
            share: line.share,
            path: ids(ds, &line.path.products),
            tonnes: t,
            metal_per_t: line.metal_per_t,
            added_value_per_t: a,
            added_value: t * a,
            output_value: t * (price + a),
            retained_value: t * a_local,
            scrap_tonnes: scrap,
            kwh,
            jobs,
        });
    }
    let unallocated = (1.0 - compiled.allocated).max(0.0);
    let metal_sold = q * unallocated;
    output += metal_sold * price;
    let recycled = take_back.map_or(0.0, |s| scrap_total * s.yield_);
    let recycling_added_value = take_back.map_or(0.0, |s| recycled * s.added_value.at(level));
    let top_heaviness_value = if output > 0.0 {
        metal_sold * price / output
    } else {
        0.0
    };
    Ok(ScenarioResult {
        level,
        tonnage: q,
        metal_price: price,
        allocated_share: compiled.allocated,
        metal_sold_tonnes: metal_sold,
        products,
        added_value: finite(added, "total added value")?,
        output_value: finite(output, "total output value")?,
        retained_value: finite(retained, "retained value")?,
        leaked_value: added - retained,
        deep_processing_rate: deep,
        top_heaviness_tonnage: 1.0 - deep,
        top_heaviness_value,
        electricity_kwh: kwh_total,
        jobs: jobs_total,
        scrap_tonnes: scrap_total,
        recycled_tonnes: recycled,
        recycling_added_value,
    })
}

/// A total of a scenario that trajectories and goal-seek aim at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    AddedValue,
    OutputValue,
    RetainedValue,
}

impl Metric {
    pub fn of(self, result: &ScenarioResult) -> f64 {
        match self {
            Metric::AddedValue => result.added_value,
            Metric::OutputValue => result.output_value,
            Metric::RetainedValue => result.retained_value,
        }
    }
}

/// Plan minus baseline, for the side-by-side view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioChange {
    pub added_value: f64,
    pub output_value: f64,
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
    let optional_change = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (None, None) => None,
        (a, b) => Some(b.unwrap_or(0.0) - a.unwrap_or(0.0)),
    };
    let change = ScenarioChange {
        added_value: p.added_value - b.added_value,
        output_value: p.output_value - b.output_value,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ramp {
    Linear,
    /// f(x) = 3x² − 2x³: slow start, fast middle, slow finish.
    SCurve,
}

impl Ramp {
    /// Progress at `x` ∈ [0, 1] (clamped).
    pub fn at(self, x: f64) -> f64 {
        let x = if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
        match self {
            Ramp::Linear => x,
            Ramp::SCurve => 3.0 * x * x - 2.0 * x * x * x,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub metric: Metric,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrajectoryYear {
    /// 0 is the baseline year, N the plan year.
    pub year: u32,
    pub progress: f64,
    pub tonnage: f64,
    pub allocated_share: f64,
    pub added_value: f64,
    pub output_value: f64,
    pub retained_value: f64,
    pub deep_processing_rate: f64,
    pub top_heaviness_value: f64,
    /// None without a target.
    pub meets_target: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trajectory {
    pub ramp: Ramp,
    pub years: Vec<TrajectoryYear>,
    pub target: Option<Target>,
    pub first_year_meeting_target: Option<u32>,
}

/// Years 0..=`years` from baseline to plan (see `Scenario::blend`).
pub fn trajectory(
    ds: &Dataset,
    baseline: &Scenario,
    plan: &Scenario,
    years: u32,
    ramp: Ramp,
    target: Option<Target>,
) -> Result<Trajectory, ModelError> {
    if years == 0 || years > MAX_YEARS {
        return Err(ModelError::InvalidYears {
            years,
            max: MAX_YEARS,
        });
    }
    if let Some(t) = target {
        check_target(t.value)?;
    }
    // Both ends are checked first so an invalid plan is reported as such, not as year n.
    compile(ds, baseline)?;
    compile(ds, plan)?;
    let mut rows = Vec::with_capacity(years as usize + 1);
    let mut first = None;
    for year in 0..=years {
        let progress = ramp.at(f64::from(year) / f64::from(years));
        let scenario = Scenario::blend(baseline, plan, progress);
        let result = evaluate_scenario(ds, &scenario)?;
        let meets = target.map(|t| t.metric.of(&result) >= t.value);
        if meets == Some(true) && first.is_none() {
            first = Some(year);
        }
        rows.push(TrajectoryYear {
            year,
            progress,
            tonnage: result.tonnage,
            allocated_share: result.allocated_share,
            added_value: result.added_value,
            output_value: result.output_value,
            retained_value: result.retained_value,
            deep_processing_rate: result.deep_processing_rate,
            top_heaviness_value: result.top_heaviness_value,
            meets_target: meets,
        });
    }
    Ok(Trajectory {
        ramp,
        years: rows,
        target,
        first_year_meeting_target: first,
    })
}

fn check_target(value: f64) -> Result<(), ModelError> {
    if value.is_finite() && value >= 0.0 {
        Ok(())
    } else {
        Err(ModelError::InvalidTarget { value })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum GoalSeek {
    /// `scenario` is the plan with shares scaled by `lambda`; its metric equals the target.
    Reached {
        lambda: f64,
        value: f64,
        scenario: Scenario,
    },
    /// No λ in [0, 1/Σ s] reaches the target; this is the closest one.
    Unreachable {
        best_lambda: f64,
        best_value: f64,
        scenario: Scenario,
    },
}

/// Scales the plan's shares by λ ≥ 0 (keeping Σ ≤ 1) until `metric` equals `target`.
pub fn goal_seek(
    ds: &Dataset,
    plan: &Scenario,
    metric: Metric,
    target: f64,
) -> Result<GoalSeek, ModelError> {
    check_target(target)?;
    compile(ds, plan)?;
    let total: f64 = plan.shares.values().sum();
    let scaled = |lambda: f64| {
        let mut s = plan.clone();
        for share in s.shares.values_mut() {
            // Clamped so rounding at λ_max cannot push a share above 1.
            *share = (*share * lambda).min(1.0);
        }
        s
    };
    let value_at = |lambda: f64| -> Result<f64, ModelError> {
        Ok(metric.of(&evaluate_scenario(ds, &scaled(lambda))?))
    };
    let lambda_max = if total > 0.0 { 1.0 / total } else { 0.0 };
    let v_min = value_at(0.0)?;
    let v_max = value_at(lambda_max)?;
    let tolerance = 1e-9 * target.abs().max(1.0);
    let (lo_v, hi_v) = (v_min.min(v_max), v_min.max(v_max));
    if target < lo_v - tolerance || target > hi_v + tolerance {
        let (best_lambda, best_value) = if (v_max - target).abs() <= (v_min - target).abs() {
            (lambda_max, v_max)
        } else {
            (0.0, v_min)
        };
        return Ok(GoalSeek::Unreachable {
            best_lambda,
            best_value,
            scenario: scaled(best_lambda),
        });
    }
    // The metric is monotone in λ (linear, in fact), so bisection on the sign converges.
    let increasing = v_max >= v_min;
    let (mut lo, mut hi) = (0.0, lambda_max);
    let mut mid = 0.5 * (lo + hi);
    let mut value = value_at(mid)?;
    for _ in 0..200 {
        if (value - target).abs() <= tolerance {
            break;
        }
        if (value < target) == increasing {
            lo = mid;
        } else {
            hi = mid;
        }
        mid = 0.5 * (lo + hi);
        value = value_at(mid)?;
    }
    Ok(GoalSeek::Reached {
        lambda: mid,
        value,
        scenario: scaled(mid),
    })
}
