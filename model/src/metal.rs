//! Scrap goes round (docs/model.md, "Metal balance"): process scrap is remelted and comes
//! back; only the melt loss is lost. Per ton of end product a path draws `M = Π 1/y`
//! tonnes through its first step, `M − 1` of which is circulating scrap, and consumes net
//! `N = 1 + (M − 1)·ℓ` tonnes of metal (or `M` when the scrap is sold out of the region).

use super::dataset::{Dataset, Level};
use serde::{Deserialize, Serialize};

/// What happens to process scrap in a scenario.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScrapFate {
    /// Remelted in the region and used again (the default): only the melt loss is lost.
    #[default]
    Remelted,
    /// Sold out of the region at the scrap price.
    Sold,
}

impl ScrapFate {
    pub const ALL: [ScrapFate; 2] = [ScrapFate::Remelted, ScrapFate::Sold];

    /// The fate's code in links and forms (`scrap=sold`).
    pub fn code(self) -> &'static str {
        match self {
            ScrapFate::Remelted => "remelted",
            ScrapFate::Sold => "sold",
        }
    }

    pub fn from_code(code: &str) -> Option<ScrapFate> {
        ScrapFate::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// The metal balance of one ton of end product.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MetalBalance {
    /// M = Π 1/y: gross metal through the path's first step.
    pub gross_metal: f64,
    /// M − 1: process scrap made along the path.
    pub circulating_scrap: f64,
    /// (M − 1)·ℓ when the scrap is remelted; 0 when it is sold.
    pub melt_loss: f64,
    /// M − 1 when the scrap is sold; 0 when it is remelted.
    pub scrap_sold: f64,
    /// N: metal consumed net, 1 + melt loss (remelted) or M (sold).
    pub net_metal: f64,
}

impl MetalBalance {
    pub fn new(gross_metal: f64, melt_loss: f64, fate: ScrapFate) -> MetalBalance {
        let scrap = gross_metal - 1.0;
        match fate {
            ScrapFate::Remelted => MetalBalance {
                gross_metal,
                circulating_scrap: scrap,
                melt_loss: scrap * melt_loss,
                scrap_sold: 0.0,
                net_metal: 1.0 + scrap * melt_loss,
            },
            ScrapFate::Sold => MetalBalance {
                gross_metal,
                circulating_scrap: scrap,
                melt_loss: 0.0,
                scrap_sold: scrap,
                net_metal: gross_metal,
            },
        }
    }
}

/// Every ranged figure of a dataset at one value each: all at a level, or one Monte Carlo
/// draw, or one tornado bar's end. Paths and scenarios are evaluated on these, so that
/// yields, melt loss and the scrap price take part in the uncertainty like the values do.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figures {
    pub(crate) price: f64,
    pub(crate) scrap_price: f64,
    pub(crate) melt_loss: f64,
    /// By step index.
    pub(crate) values: Vec<f64>,
    pub(crate) yields: Vec<f64>,
}

impl Figures {
    pub(crate) fn at(ds: &Dataset, level: Level) -> Figures {
        Figures {
            price: ds.metal_price().range().at(level),
            scrap_price: ds.scrap_price().range().at(level),
            melt_loss: ds.melt_loss().range().at(level),
            values: ds.steps().iter().map(|s| s.added_value.at(level)).collect(),
            yields: ds.steps().iter().map(|s| s.yield_.at(level)).collect(),
        }
    }

    pub(crate) fn value(&self, step: usize) -> f64 {
        self.values.get(step).copied().unwrap_or(0.0)
    }

    /// A step's yield (1 for an index the dataset lacks, which validation rules out).
    pub(crate) fn yield_of(&self, step: usize) -> f64 {
        self.yields.get(step).copied().unwrap_or(1.0)
    }

    /// M = Π 1/y over `steps`.
    pub(crate) fn gross_metal(&self, steps: &[usize]) -> f64 {
        steps.iter().fold(1.0, |m, &s| m / self.yield_of(s))
    }
}

/// Tonnes of each step's product per ton of end product (the last step's is 1): the metal
/// that reaches each stage, scrap still to be cut downstream included. Calls `each` with
/// (position on the path, step index, tonnes made), last step first.
pub(crate) fn stage_tonnes(
    figures: &Figures,
    steps: &[usize],
    mut each: impl FnMut(usize, usize, f64),
) {
    let mut made = 1.0;
    for (n, &s) in steps.iter().enumerate().rev() {
        each(n, s, made);
        made /= figures.yield_of(s);
    }
}
