//! A scenario checked against a dataset and resolved to indices.

use super::{Scenario, MAX_UPLIFT_PERCENT, SHARE_TOLERANCE};
use crate::basis::Reading;
use crate::dataset::{Dataset, ProcessingLevel, MAX_TONNES};
use crate::error::ModelError;
use crate::metal::ScrapFate;
use crate::paths::{resolve, resolve_default, ResolvedPath};
use std::collections::HashMap;

/// A scenario checked against a dataset and resolved to indices.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Compiled {
    pub(crate) tonnage: f64,
    pub(crate) allocated: f64,
    pub(crate) scrap: ScrapFate,
    pub(crate) lines: Vec<Line>,
    /// The money basis and firm boundaries the totals are read on.
    pub(crate) reading: Reading,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub(crate) product: usize,
    pub(crate) share: f64,
    /// The stages the region makes: the product's path up to its first non-local step
    /// (the whole path when every step is local). The last product leaves the region.
    pub(crate) path: ResolvedPath,
    /// Per path step: 1 + uplift / 100.
    pub(crate) factors: Vec<f64>,
    /// Per path step: its product is first processing (the casthouse's billet, rod, alloy
    /// ingot), which a casthouse inside the processing firm does not sell.
    pub(crate) first_processing: Vec<bool>,
    /// The steps after the first non-local one, made elsewhere, and their uplift factors.
    pub(crate) rest: Vec<usize>,
    pub(crate) rest_factors: Vec<f64>,
    /// What leaves the region is at the deep-processing level or beyond.
    pub(crate) deep: bool,
}

impl Line {
    /// The product that leaves the region (the start product when no step is local).
    pub(crate) fn leaves_as(&self) -> Option<usize> {
        self.path.products.last().copied()
    }
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
    compile_read(ds, scenario, Reading::default())
}

pub(crate) fn compile_read(
    ds: &Dataset,
    scenario: &Scenario,
    reading: Reading,
) -> Result<Compiled, ModelError> {
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
        let factor = |s: &usize| uplift.get(s).copied().unwrap_or(1.0);
        // The region makes the stages up to the first non-local step.
        let made_here = path
            .products
            .iter()
            .skip(1)
            .take_while(|&&p| is_local(p))
            .count();
        let rest: Vec<usize> = path.steps.get(made_here..).unwrap_or_default().to_vec();
        let rest_factors = rest.iter().map(factor).collect();
        let path = ResolvedPath {
            products: path.products.into_iter().take(made_here + 1).collect(),
            steps: path.steps.into_iter().take(made_here).collect(),
        };
        let level = |p: &usize| ds.products().get(*p).map(|p| p.processing_level());
        let first_processing = path
            .products
            .iter()
            .skip(1)
            .map(|p| level(p) == Some(ProcessingLevel::PrimaryProcessing))
            .collect();
        let deep = path
            .products
            .last()
            .and_then(level)
            .is_some_and(|l| l >= ProcessingLevel::DeepProcessing);
        lines.push(Line {
            product,
            share,
            factors: path.steps.iter().map(factor).collect(),
            path,
            first_processing,
            rest,
            rest_factors,
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
        reading,
    })
}
