//! A scenario checked against a dataset and resolved to indices.

use super::{Scenario, MAX_UPLIFT_PERCENT, SHARE_TOLERANCE};
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
