//! Two regions side by side for one product: what the app's two-regions view and the
//! host-page API's `compareRegions` both show, computed here once. For each region, the
//! product's default path on the region's own figures on a money basis, with every figure
//! at its low and high, and its CO₂ and electricity per ton; and which of the two carries
//! less CO₂ per ton, as far as the ranges can say.
use serde::Serialize;

use crate::basis::MoneyBasis;
use crate::carbon::{PathCarbon, PathElectricity};
use crate::dataset::{Dataset, ValueRange};
use crate::error::ModelError;
use crate::paths::{
    default_path, evaluate_path, evaluate_path_range, path_carbon, path_electricity,
    PathEvaluation, PathRange,
};

/// Which of the two regions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PairSide {
    A,
    B,
}

/// One region's figures for the product.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionFigures {
    /// The product's default path in the region, on the basis asked for.
    pub path: Result<PathEvaluation, ModelError>,
    /// The same path with every figure at its low and at its high, on that basis.
    pub range: Option<PathRange>,
    pub carbon: Option<PathCarbon>,
    pub electricity: Option<PathElectricity>,
}

impl RegionFigures {
    /// Added value per ton at the figures' low, base and high.
    pub fn added_value_per_t(&self) -> Option<ValueRange> {
        self.range.as_ref().map(|r| ValueRange {
            low: r.low.added_value_per_t,
            base: r.base.added_value_per_t,
            high: r.high.added_value_per_t,
        })
    }
}

/// `product`'s figures in the region whose dataset is `ds`, on `basis`.
pub fn region_figures(ds: &Dataset, product: &str, basis: MoneyBasis) -> RegionFigures {
    let path = default_path(ds, product)
        .and_then(|p| evaluate_path(ds, &p).map(|ev| (p, ev.on_basis(ds, basis))));
    let (range, carbon, electricity) = match &path {
        Ok((p, ev)) => (
            evaluate_path_range(ds, p).ok().map(|r| PathRange {
                low: r.low.on_basis(ds, basis),
                base: r.base.on_basis(ds, basis),
                high: r.high.on_basis(ds, basis),
            }),
            path_carbon(ds, ev),
            path_electricity(ds, ev),
        ),
        Err(_) => (None, None, None),
    };
    RegionFigures {
        path: path.map(|(_, ev)| ev),
        range,
        carbon,
        electricity,
    }
}

/// Which region carries less CO₂ per ton, as far as the data can say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lower {
    /// Lower on every figure: its high is below the other's low.
    Clearly(PairSide),
    /// Lower at the base figures, but the ranges overlap.
    AtBase(PairSide),
    /// Equal at the base figures, or a side has no CO₂ figure.
    Undecided,
}

/// Which of `a` and `b` (each region's CO₂ per ton with its range, None without one) is
/// lower.
pub fn lower_co2(a: Option<ValueRange>, b: Option<ValueRange>) -> Lower {
    let (Some(a), Some(b)) = (a, b) else {
        return Lower::Undecided;
    };
    if a.high < b.low {
        Lower::Clearly(PairSide::A)
    } else if b.high < a.low {
        Lower::Clearly(PairSide::B)
    } else if a.base < b.base {
        Lower::AtBase(PairSide::A)
    } else if b.base < a.base {
        Lower::AtBase(PairSide::B)
    } else {
        Lower::Undecided
    }
}
