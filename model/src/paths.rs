//! Paths through the chain: search, evaluation per ton, metal balance, comparison.

use super::dataset::{Badge, Dataset, Level, Name, Product, ValueRange};
use super::error::ModelError;
use super::metal::{stage_tonnes, Figures, MetalBalance, ScrapFate};
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
    /// Metal entering the step per ton of end product (circulating scrap included).
    pub metal_in_per_t: f64,
    /// Tonnes of this step's product per ton of end product.
    pub metal_out_per_t: f64,
    /// Process scrap cut at this step, remelted and used again.
    pub scrap_per_t: f64,
    pub kwh_per_t: Option<f64>,
    pub jobs_per_10kt: Option<f64>,
    pub badge: Badge,
    /// The year of the step's added value, and whether it is more than five years from
    /// the price year (not indexed: marked).
    pub year: i32,
    pub stale: bool,
}

pub use crate::basis::PriceBasis;
use crate::basis::{Estimate, MoneyBasis, YearSpan};

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
    /// A / A(reference product) at the same level; None without a reference product or
    /// when its A is 0.
    pub multiplier_vs_rod: Option<f64>,
    /// M = Π 1/yield: gross metal through the first step per ton of end product.
    pub metal_per_t: f64,
    /// M − 1: circulating process scrap.
    pub scrap_per_t: f64,
    /// Scrap remelted: the metal balance per ton of end product.
    pub balance: MetalBalance,
    /// N: metal consumed net per ton of end product (1 + melt loss).
    pub net_metal_per_t: f64,
    /// A / N: added value per ton of metal consumed.
    pub added_value_per_t_metal: f64,
    pub price_basis: PriceBasis,
    /// The money basis of every money figure here.
    pub basis: MoneyBasis,
    /// The years of the metal price and of the fees used ("metal 2019; fees 2013–2025").
    pub years: YearSpan,
    /// Estimated value added (增加值) per ton, Σ av_i · v_i at v's low, base and high;
    /// None when a step has no value-added share.
    pub value_added_per_t: Option<Estimate>,
    /// Tons of aluminium per ton of the end product (1 when the dataset gives none), to
    /// show tons of product (T / c) and figures per ton of product (A · c) where asked.
    pub metal_content: f64,
    /// Sums over the steps that have data, for the tons each stage makes per ton of end
    /// product; None when no step has any.
    pub kwh_per_t: Option<f64>,
    pub jobs_per_10kt: Option<f64>,
    pub co2_t_per_t: Option<f64>,
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

pub(crate) fn finite(value: f64, what: &str) -> Result<f64, ModelError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(ModelError::NotFinite {
            what: what.to_string(),
        })
    }
}

/// Every product the start product's metal can reach by production steps, in dataset
/// order: what a visitor can pick and a scenario can send metal to (semi-finished products
/// such as rod are sold too, not only end products).
pub fn sold_products(ds: &Dataset) -> Vec<String> {
    ds.products()
        .iter()
        .filter(|p| p.id != ds.start() && default_path(ds, &p.id).is_ok())
        .map(|p| p.id.clone())
        .collect()
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

/// A of the reference product's default path (rod in the default dataset).
fn reference_added_value(ds: &Dataset, figures: &Figures) -> Option<f64> {
    let path = resolve_default(ds, ds.reference_product()?).ok()?;
    let a: f64 = path.steps.iter().map(|&s| figures.value(s)).sum();
    (a > 0.0).then_some(a)
}

/// Adds `value` to an optional sum (None until some step has data).
pub(crate) fn add_some(sum: &mut Option<f64>, value: Option<f64>) {
    if let Some(v) = value {
        *sum = Some(sum.unwrap_or(0.0) + v);
    }
}

pub(crate) fn evaluate_resolved(
    ds: &Dataset,
    path: &ResolvedPath,
    level: Level,
) -> Result<PathEvaluation, ModelError> {
    evaluate_with(ds, path, &Figures::at(ds, level), level)
}

/// The path with every figure as in `figures` (`level` only labels the result).
pub(crate) fn evaluate_with(
    ds: &Dataset,
    path: &ResolvedPath,
    figures: &Figures,
    level: Level,
) -> Result<PathEvaluation, ModelError> {
    let price = figures.price;
    let mut made = vec![1.0; path.steps.len()];
    stage_tonnes(figures, &path.steps, |n, _, tonnes| {
        if let Some(slot) = made.get_mut(n) {
            *slot = tonnes;
        }
    });
    let mut stages = Vec::with_capacity(path.steps.len());
    let mut cumulative = 0.0;
    let mut years = YearSpan::new(ds.metal_price().source.year);
    let (mut kwh, mut jobs, mut co2) = (None, None, None);
    for (n, &s) in path.steps.iter().enumerate() {
        let Some(step) = ds.steps().get(s) else {
            continue;
        };
        let increment = figures.value(s);
        cumulative += increment;
        let metal_out = made.get(n).copied().unwrap_or(1.0);
        let metal_in = metal_out / figures.yield_of(s);
        add_some(&mut kwh, step.kwh_per_t.map(|k| k * metal_out));
        add_some(&mut jobs, step.jobs_per_10kt.map(|j| j * metal_out));
        add_some(&mut co2, step.co2_t_per_t.map(|c| c * metal_out));
        let year = step.source.year;
        years.include(year);
        stages.push(PathStage {
            year,
            stale: years.is_stale(year),
            from: step.from.clone(),
            to: step.to.clone(),
            increment,
            cumulative,
            output_value_per_t: price + cumulative,
            multiplier_vs_metal: (price + cumulative) / price,
            yield_: figures.yield_of(s),
            metal_in_per_t: metal_in,
            metal_out_per_t: metal_out,
            scrap_per_t: metal_in - metal_out,
            kwh_per_t: step.kwh_per_t,
            jobs_per_10kt: step.jobs_per_10kt,
            badge: step.source.badge,
        });
    }
    let a = finite(cumulative, "added value per ton")?;
    let mut va = Some([0.0; 3]);
    for &s in &path.steps {
        va = match (va, figures.va_share_range(s)) {
            (Some([l, b, h]), Some([vl, vb, vh])) => {
                let av = figures.value(s);
                Some([l + av * vl, b + av * vb, h + av * vh])
            }
            _ => None,
        };
    }
    let metal_content = path
        .products
        .last()
        .and_then(|&p| ds.products().get(p))
        .and_then(|p| p.metal_content.as_ref())
        .map_or(1.0, |c| c.range().at(level));
    let balance = figures.balance(&path.steps, ScrapFate::Remelted);
    let m = finite(balance.gross_metal, "metal per ton")?;
    Ok(PathEvaluation {
        products: ids(ds, &path.products),
        level,
        metal_price: price,
        stages,
        added_value_per_t: a,
        output_value_per_t: price + a,
        // The price is validated positive, so these divisions are finite.
        multiplier_vs_metal: (price + a) / price,
        multiplier_vs_rod: reference_added_value(ds, figures).map(|rod| a / rod),
        metal_per_t: m,
        scrap_per_t: balance.circulating_scrap,
        balance,
        net_metal_per_t: balance.net_metal,
        // N ≥ 1, so this is finite.
        added_value_per_t_metal: a / balance.net_metal,
        price_basis: ds.price_basis(),
        basis: MoneyBasis::Market,
        years,
        value_added_per_t: va.map(|[low, base, high]| Estimate { low, base, high }),
        metal_content,
        kwh_per_t: kwh,
        jobs_per_10kt: jobs,
        co2_t_per_t: co2,
    })
}

impl PathEvaluation {
    /// The same evaluation on another money basis: every money figure divided (or
    /// multiplied) by 1 + the VAT rate when the dataset's prices include VAT; tonnes and
    /// multipliers (ratios of money) as they are.
    pub fn on_basis(&self, ds: &Dataset, basis: MoneyBasis) -> PathEvaluation {
        let by = ds.divisor(self.basis) / ds.divisor(basis);
        let mut p = self.clone();
        p.basis = basis;
        if by == 1.0 {
            return p;
        }
        for money in [
            &mut p.metal_price,
            &mut p.added_value_per_t,
            &mut p.output_value_per_t,
            &mut p.added_value_per_t_metal,
        ] {
            *money *= by;
        }
        p.value_added_per_t = p.value_added_per_t.map(|v| v.scaled(by));
        for stage in &mut p.stages {
            for money in [
                &mut stage.increment,
                &mut stage.cumulative,
                &mut stage.output_value_per_t,
            ] {
                *money *= by;
            }
        }
        p
    }
}

/// The weakest source among the steps of a path (its added value per ton rests on them);
/// None for a path without steps.
pub fn weakest_badge<S: AsRef<str>>(ds: &Dataset, path: &[S]) -> Option<Badge> {
    path.windows(2)
        .filter_map(|pair| match pair {
            [from, to] => ds.step(from.as_ref(), to.as_ref()).map(|s| s.source.badge),
            _ => None,
        })
        .min_by_key(|b| b.strength())
}

/// The years of the figures on `paths` (each a list of product ids, as in the ranking): the
/// metal price's and the span of the steps' added values ("metal 2019; fees 2013–2025").
/// A pair that is not a step of the dataset is left out.
pub fn years_of_paths<'a, S: AsRef<str> + 'a>(
    ds: &Dataset,
    paths: impl IntoIterator<Item = &'a [S]>,
) -> YearSpan {
    let mut years = YearSpan::new(ds.metal_price().source.year);
    for path in paths {
        for pair in path.windows(2) {
            if let [from, to] = pair {
                if let Some(step) = ds.step(from.as_ref(), to.as_ref()) {
                    years.include(step.source.year);
                }
            }
        }
    }
    years
}

/// The years of every added value in the dataset, with the metal price's: what a file of
/// the whole dataset (the assumptions) rests on.
pub fn years_of_dataset(ds: &Dataset) -> YearSpan {
    let mut years = YearSpan::new(ds.metal_price().source.year);
    for step in ds.steps() {
        years.include(step.source.year);
    }
    years
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
    /// Made by some step and processed by none further (intermediates such as rod or
    /// billet are sold too, and ranked beside the end products).
    pub end_product: bool,
    /// The product's own step is the source article's figure.
    pub from_article: bool,
    /// t CO₂ per ton along the path (`carbon::path_carbon`): at the CO₂ per ton of primary
    /// metal's low, base and high; None when the chain gives no smelting CO₂.
    pub co2_t_per_t: Option<ValueRange>,
}

impl RankedProduct {
    /// The same row on another money basis (as `PathEvaluation::on_basis`; rows are
    /// ranked on the market basis, and one factor keeps their order).
    pub fn on_basis(&self, ds: &Dataset, from: MoneyBasis, to: MoneyBasis) -> RankedProduct {
        let by = ds.divisor(from) / ds.divisor(to);
        let mut r = self.clone();
        for money in [
            &mut r.added_value_per_t,
            &mut r.added_value_per_t_low,
            &mut r.added_value_per_t_high,
            &mut r.output_value_per_t,
            &mut r.added_value_per_t_metal,
        ] {
            *money *= by;
        }
        r
    }
}

/// All end products reachable from the start product, highest added value per ton first
/// (ties by id). End products the start does not reach are left out.
pub fn rank_end_products(ds: &Dataset) -> Result<Vec<RankedProduct>, ModelError> {
    rank(ds, |id| ds.is_end_product(id))
}

/// Every product the start reaches, intermediates (rod, billet, profile, sheet…) and end
/// products alike, each along its default path, highest added value per ton first.
/// The CO₂ per ton along an evaluated path from the dataset's start product
/// (`carbon::carbon_along`); None when the path does not start there or no step that makes
/// the start product gives its CO₂.
pub fn path_carbon(ds: &Dataset, ev: &PathEvaluation) -> Option<crate::carbon::PathCarbon> {
    if ev.products.first().map(String::as_str) != Some(ds.start()) {
        return None;
    }
    crate::carbon::carbon_along(ds, ev.net_metal_per_t, ev.co2_t_per_t.unwrap_or(0.0))
}

/// The electricity per ton along an evaluated path from the dataset's start product
/// (`carbon::electricity_along`); None when the path does not start there or no step that
/// makes the start product gives kWh.
pub fn path_electricity(
    ds: &Dataset,
    ev: &PathEvaluation,
) -> Option<crate::carbon::PathElectricity> {
    if ev.products.first().map(String::as_str) != Some(ds.start()) {
        return None;
    }
    crate::carbon::electricity_along(ds, ev.net_metal_per_t, ev.kwh_per_t.unwrap_or(0.0))
}

pub fn rank_products(ds: &Dataset) -> Result<Vec<RankedProduct>, ModelError> {
    rank(ds, |id| id != ds.start())
}

/// The article's figure: a product declaring `article_total` is marked while its path
/// total still equals it (an edited figure is no longer the article's); one declaring none
/// falls back to its last step's badge, as files without the field were read.
fn is_articles(product: &Product, base: &PathEvaluation) -> bool {
    match product.article_total {
        Some(total) => (base.added_value_per_t - total).abs() <= 1e-9 * total.abs().max(1.0),
        None => base
            .stages
            .last()
            .is_some_and(|s| s.badge == Badge::Article),
    }
}

fn rank(ds: &Dataset, keep: impl Fn(&str) -> bool) -> Result<Vec<RankedProduct>, ModelError> {
    let mut ranked = Vec::new();
    for product in ds.products() {
        if !keep(&product.id) {
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
            end_product: ds.is_end_product(&product.id),
            from_article: is_articles(product, &base),
            co2_t_per_t: path_carbon(ds, &base).map(|c| c.total),
        });
    }
    super::sort::sort_by(&mut ranked, |a, b| {
        b.added_value_per_t
            .total_cmp(&a.added_value_per_t)
            .then_with(|| a.product.cmp(&b.product))
    });
    Ok(ranked)
}
