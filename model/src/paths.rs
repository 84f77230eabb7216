//! Paths through the chain: search, evaluation per ton, metal balance, comparison.

use super::dataset::{Badge, Dataset, Level, Name, ROD_ID};
use super::error::ModelError;
use serde::{Deserialize, Serialize};

/// Path listings stop here: a branching chain can have exponentially many paths.
pub const MAX_PATHS: usize = 10_000;

/// One step of an evaluated path. Tonnages are per ton of the path's end product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PathStage {
    pub from: String,
    pub to: String,
    pub increment: f64,
    pub cumulative: f64,
    /// Metal price + cumulative added value.
    pub output_value_per_t: f64,
    pub multiplier_vs_metal: f64,
    #[serde(rename = "yield")]
    pub yield_: f64,
    pub metal_in_per_t: f64,
    pub metal_out_per_t: f64,
    pub scrap_per_t: f64,
    pub kwh_per_t: Option<f64>,
    pub jobs_per_10kt: Option<f64>,
    pub badge: Badge,
}

/// What the declared recycling step makes of the path's process scrap, per ton of end product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecyclingOutcome {
    pub from: String,
    pub to: String,
    pub scrap_per_t: f64,
    pub recycled_per_t: f64,
    pub added_value_per_t: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PathEvaluation {
    pub products: Vec<String>,
    pub level: Level,
    pub metal_price: f64,
    pub stages: Vec<PathStage>,
    /// A = Σ increments: the headline figure.
    pub added_value_per_t: f64,
    pub output_value_per_t: f64,
    pub multiplier_vs_metal: f64,
    /// A / A(rod) at the same level; None without a rod product or when A(rod) is 0.
    pub multiplier_vs_rod: Option<f64>,
    /// M = Π 1/yield: primary metal drawn per ton of end product.
    pub metal_per_t: f64,
    /// M − 1.
    pub scrap_per_t: f64,
    /// A / M.
    pub added_value_per_t_metal: f64,
    pub recycling: Option<RecyclingOutcome>,
    /// Sums over the steps that have data; None when no step has any.
    pub kwh_per_t: Option<f64>,
    pub jobs_per_10kt: Option<f64>,
}

/// A path resolved to indices into the dataset.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ResolvedPath {
    pub(crate) products: Vec<usize>,
    pub(crate) steps: Vec<usize>,
}

pub(crate) fn resolve<S: AsRef<str>>(ds: &Dataset, path: &[S]) -> Result<ResolvedPath, ModelError> {
    if path.is_empty() {
        return Err(ModelError::EmptyPath);
    }
    let index = ds.index();
    let mut products = Vec::with_capacity(path.len());
    for id in path {
        let id = id.as_ref();
        let &i = index
            .product_by_id
            .get(id)
            .ok_or_else(|| ModelError::UnknownProduct { id: id.to_string() })?;
        products.push(i);
    }
    let mut steps = Vec::with_capacity(products.len().saturating_sub(1));
    for pair in path.windows(2) {
        let [from, to] = pair else { continue };
        let (from, to) = (from.as_ref(), to.as_ref());
        let no_step = || ModelError::NoStep {
            from: from.to_string(),
            to: to.to_string(),
        };
        let from_i = *index.product_by_id.get(from).ok_or_else(no_step)?;
        let to_i = *index.product_by_id.get(to).ok_or_else(no_step)?;
        let &step = index
            .step_by_pair
            .get(&(from_i, to_i))
            .ok_or_else(no_step)?;
        let is_recycling = ds.steps().get(step).ok_or_else(no_step)?.recycling;
        if is_recycling {
            return Err(ModelError::RecyclingStepInPath {
                from: from.to_string(),
                to: to.to_string(),
            });
        }
        steps.push(step);
    }
    Ok(ResolvedPath { products, steps })
}

pub(crate) fn resolve_default(ds: &Dataset, product: &str) -> Result<ResolvedPath, ModelError> {
    let index = ds.index();
    let &i = index
        .product_by_id
        .get(product)
        .ok_or_else(|| ModelError::UnknownProduct {
            id: product.to_string(),
        })?;
    let path = index
        .default_paths
        .get(i)
        .cloned()
        .flatten()
        .ok_or_else(|| ModelError::NoDefaultPath {
            product: product.to_string(),
        })?;
    let ids: Vec<&str> = path
        .iter()
        .filter_map(|&p| ds.products().get(p).map(|p| p.id.as_str()))
        .collect();
    resolve(ds, &ids)
}

pub(crate) fn ids(ds: &Dataset, products: &[usize]) -> Vec<String> {
    products
        .iter()
        .filter_map(|&p| ds.products().get(p).map(|p| p.id.clone()))
        .collect()
}

/// Primary metal drawn per ton of end product, M = Π 1/yield.
pub(crate) fn metal_factor(ds: &Dataset, steps: &[usize]) -> Result<f64, ModelError> {
    let mut m = 1.0;
    for &s in steps {
        let y = ds.steps().get(s).map_or(1.0, |s| s.yield_);
        m /= y;
    }
    finite(m, "primary metal per ton")
}

pub(crate) fn finite(value: f64, what: &str) -> Result<f64, ModelError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(ModelError::NotFinite {
            what: what.to_string(),
        })
    }
}

/// The start product's default path to `product`, as product ids.
pub fn default_path(ds: &Dataset, product: &str) -> Result<Vec<String>, ModelError> {
    let resolved = resolve_default(ds, product)?;
    Ok(ids(ds, &resolved.products))
}

/// Every production path from `start` to every end product it reaches, depth first in file
/// order of steps. Fails beyond `MAX_PATHS` paths.
pub fn all_paths(ds: &Dataset, start: &str) -> Result<Vec<Vec<String>>, ModelError> {
    search_paths(ds, start, None)
}

/// Every production path from `start` to `end`.
pub fn paths_to(ds: &Dataset, start: &str, end: &str) -> Result<Vec<Vec<String>>, ModelError> {
    let &end_i = ds
        .index()
        .product_by_id
        .get(end)
        .ok_or_else(|| ModelError::UnknownProduct {
            id: end.to_string(),
        })?;
    search_paths(ds, start, Some(end_i))
}

fn search_paths(
    ds: &Dataset,
    start: &str,
    end: Option<usize>,
) -> Result<Vec<Vec<String>>, ModelError> {
    let index = ds.index();
    let &start_i = index
        .product_by_id
        .get(start)
        .ok_or_else(|| ModelError::UnknownProduct {
            id: start.to_string(),
        })?;
    let next = |product: usize| -> Vec<usize> {
        index
            .out_steps
            .get(product)
            .into_iter()
            .flatten()
            .filter_map(|&s| ds.steps().get(s))
            .filter_map(|s| index.product_by_id.get(&s.to).copied())
            .collect()
    };
    let mut found = Vec::new();
    // Iterative DFS: (current path, position of next successor to try). The graph of
    // production steps is acyclic (validated), so paths are finite.
    let mut path = vec![start_i];
    let mut cursors = vec![0usize];
    while let (Some(&node), Some(cursor)) = (path.last(), cursors.last_mut()) {
        let successors = next(node);
        if *cursor == 0 && path.len() > 1 {
            let is_target = match end {
                Some(end) => node == end,
                None => successors.is_empty(),
            };
            if is_target {
                if found.len() >= MAX_PATHS {
                    return Err(ModelError::TooManyPaths { limit: MAX_PATHS });
                }
                found.push(ids(ds, &path));
            }
        }
        match successors.get(*cursor) {
            Some(&to) => {
                *cursor += 1;
                path.push(to);
                cursors.push(0);
            }
            None => {
                path.pop();
                cursors.pop();
            }
        }
    }
    Ok(found)
}

/// Evaluates an explicit path (product ids) with every figure at base.
pub fn evaluate_path<S: AsRef<str>>(
    ds: &Dataset,
    path: &[S],
) -> Result<PathEvaluation, ModelError> {
    evaluate_path_at(ds, path, Level::Base)
}

/// Evaluates an explicit path with every figure (metal price and step values) at `level`.
pub fn evaluate_path_at<S: AsRef<str>>(
    ds: &Dataset,
    path: &[S],
    level: Level,
) -> Result<PathEvaluation, ModelError> {
    let resolved = resolve(ds, path)?;
    evaluate_resolved(ds, &resolved, level)
}

/// The start product's default path to `product`, evaluated at base.
pub fn evaluate_default_path(ds: &Dataset, product: &str) -> Result<PathEvaluation, ModelError> {
    let resolved = resolve_default(ds, product)?;
    evaluate_resolved(ds, &resolved, Level::Base)
}

/// A path at low, base and high (all figures together), for ranges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PathRange {
    pub low: PathEvaluation,
    pub base: PathEvaluation,
    pub high: PathEvaluation,
}

pub fn evaluate_path_range<S: AsRef<str>>(
    ds: &Dataset,
    path: &[S],
) -> Result<PathRange, ModelError> {
    let resolved = resolve(ds, path)?;
    Ok(PathRange {
        low: evaluate_resolved(ds, &resolved, Level::Low)?,
        base: evaluate_resolved(ds, &resolved, Level::Base)?,
        high: evaluate_resolved(ds, &resolved, Level::High)?,
    })
}

fn rod_added_value(ds: &Dataset, level: Level) -> Option<f64> {
    let rod = resolve_default(ds, ROD_ID).ok()?;
    let a: f64 = rod
        .steps
        .iter()
        .filter_map(|&s| ds.steps().get(s))
        .map(|s| s.added_value.at(level))
        .sum();
    (a > 0.0).then_some(a)
}

pub(crate) fn evaluate_resolved(
    ds: &Dataset,
    path: &ResolvedPath,
    level: Level,
) -> Result<PathEvaluation, ModelError> {
    let price = ds.metal_price().range().at(level);
    let m = metal_factor(ds, &path.steps)?;
    // Metal leaving the last stage is the ton of end product; walk back up the chain.
    let mut metal_in = vec![0.0; path.steps.len()];
    let mut metal_after = 1.0;
    for (slot, &s) in metal_in.iter_mut().zip(&path.steps).rev() {
        let y = ds.steps().get(s).map_or(1.0, |s| s.yield_);
        *slot = metal_after / y;
        metal_after = *slot;
    }
    let mut stages = Vec::with_capacity(path.steps.len());
    let mut cumulative = 0.0;
    let mut kwh: Option<f64> = None;
    let mut jobs: Option<f64> = None;
    for (n, &s) in path.steps.iter().enumerate() {
        let Some(step) = ds.steps().get(s) else {
            continue;
        };
        let increment = step.added_value.at(level);
        cumulative += increment;
        let metal_in_here = metal_in.get(n).copied().unwrap_or(1.0);
        let metal_out = metal_in.get(n + 1).copied().unwrap_or(1.0);
        if let Some(k) = step.kwh_per_t {
            kwh = Some(kwh.unwrap_or(0.0) + k);
        }
        if let Some(j) = step.jobs_per_10kt {
            jobs = Some(jobs.unwrap_or(0.0) + j);
        }
        stages.push(PathStage {
            from: step.from.clone(),
            to: step.to.clone(),
            increment,
            cumulative,
            output_value_per_t: price + cumulative,
            multiplier_vs_metal: (price + cumulative) / price,
            yield_: step.yield_,
            metal_in_per_t: metal_in_here,
            metal_out_per_t: metal_out,
            scrap_per_t: metal_in_here - metal_out,
            kwh_per_t: step.kwh_per_t,
            jobs_per_10kt: step.jobs_per_10kt,
            badge: step.source.badge,
        });
    }
    let a = finite(cumulative, "added value per ton")?;
    let scrap = m - 1.0;
    let recycling = ds
        .index()
        .take_back
        .and_then(|s| ds.steps().get(s))
        .map(|step| {
            let recycled = scrap * step.yield_;
            RecyclingOutcome {
                from: step.from.clone(),
                to: step.to.clone(),
                scrap_per_t: scrap,
                recycled_per_t: recycled,
                added_value_per_t: recycled * step.added_value.at(level),
            }
        });
    Ok(PathEvaluation {
        products: ids(ds, &path.products),
        level,
        metal_price: price,
        stages,
        added_value_per_t: a,
        output_value_per_t: price + a,
        // The price is validated positive, so these divisions are finite.
        multiplier_vs_metal: (price + a) / price,
        multiplier_vs_rod: rod_added_value(ds, level).map(|rod| a / rod),
        metal_per_t: m,
        scrap_per_t: scrap,
        added_value_per_t_metal: a / m,
        recycling,
        kwh_per_t: kwh,
        jobs_per_10kt: jobs,
    })
}

/// One end product in the comparison, along its default path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedProduct {
    pub product: String,
    pub name: Name,
    pub path: Vec<String>,
    pub added_value_per_t: f64,
    /// A with every figure at its low / high.
    pub added_value_per_t_low: f64,
    pub added_value_per_t_high: f64,
    pub output_value_per_t: f64,
    pub multiplier_vs_metal: f64,
    pub multiplier_vs_rod: Option<f64>,
    pub metal_per_t: f64,
    pub added_value_per_t_metal: f64,
}

/// All end products reachable from the start product, highest added value per ton first
/// (ties by id). End products the start does not reach are left out.
pub fn rank_end_products(ds: &Dataset) -> Result<Vec<RankedProduct>, ModelError> {
    let mut ranked = Vec::new();
    for product in ds.products() {
        if !ds.is_end_product(&product.id) {
            continue;
        }
        let path = match resolve_default(ds, &product.id) {
            Ok(path) => path,
            Err(ModelError::NoDefaultPath { .. }) => continue,
            Err(other) => return Err(other),
        };
        let base = evaluate_resolved(ds, &path, Level::Base)?;
        let low = evaluate_resolved(ds, &path, Level::Low)?;
        let high = evaluate_resolved(ds, &path, Level::High)?;
        ranked.push(RankedProduct {
            product: product.id.clone(),
            name: product.name.clone(),
            path: base.products.clone(),
            added_value_per_t: base.added_value_per_t,
            added_value_per_t_low: low.added_value_per_t,
            added_value_per_t_high: high.added_value_per_t,
            output_value_per_t: base.output_value_per_t,
            multiplier_vs_metal: base.multiplier_vs_metal,
            multiplier_vs_rod: base.multiplier_vs_rod,
            metal_per_t: base.metal_per_t,
            added_value_per_t_metal: base.added_value_per_t_metal,
        });
    }
    super::sort::sort_by(&mut ranked, |a, b| {
        b.added_value_per_t
            .total_cmp(&a.added_value_per_t)
            .then_with(|| a.product.cmp(&b.product))
    });
    Ok(ranked)
}
