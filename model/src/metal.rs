//! Scrap goes round (docs/model.md, "Metal balance"): process scrap is remelted and comes
//! back; only the melt loss is lost. Per ton of end product a path draws `M = Π 1/y`
//! tonnes through its first step, `M − 1` of which is circulating scrap, and consumes net
//! `N = 1 + Σ_i (G_i − G_{i+1})·ℓ_i` tonnes of metal, each step's scrap losing its own
//! share (or `M` when the scrap is sold out of the region).

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
    /// Every step's scrap losing the same share `melt_loss` when remelted.
    pub fn new(gross_metal: f64, melt_loss: f64, fate: ScrapFate) -> MetalBalance {
        MetalBalance::with_loss(gross_metal, (gross_metal - 1.0) * melt_loss, fate)
    }

    /// From M and the tonnes lost in remelting per ton of end product (Σ scrap_i · ℓ_i).
    pub fn with_loss(gross_metal: f64, lost: f64, fate: ScrapFate) -> MetalBalance {
        let scrap = gross_metal - 1.0;
        match fate {
            ScrapFate::Remelted => MetalBalance {
                gross_metal,
                circulating_scrap: scrap,
                melt_loss: lost,
                scrap_sold: 0.0,
                net_metal: 1.0 + lost,
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
    /// A step's own melt loss, by step index (None: the dataset's `melt_loss`).
    pub(crate) own_losses: Vec<Option<f64>>,
    /// The value-added shares v at their low, base and high, each once
    /// (`Dataset::value_added_share_table`): a draw moves one base for every step taking it.
    pub(crate) va_shares: Vec<[f64; 3]>,
    /// Which of `va_shares` each step takes, by step index (None: the dataset gives none).
    pub(crate) va_share_of: Vec<Option<usize>>,
    /// By step index.
    pub(crate) values: Vec<f64>,
    pub(crate) yields: Vec<f64>,
    /// t CO₂ per ton of primary metal smelted (`carbon::smelting`; None where the chain
    /// gives none, and then no CO₂ total is offered).
    pub(crate) co2_primary: Option<f64>,
}

impl Figures {
    pub(crate) fn at(ds: &Dataset, level: Level) -> Figures {
        let (va_shares, va_share_of) = ds.value_added_share_table();
        Figures {
            price: ds.metal_price().range().at(level),
            scrap_price: ds.scrap_price().range().at(level),
            melt_loss: ds.melt_loss().range().at(level),
            own_losses: ds
                .steps()
                .iter()
                .map(|s| s.melt_loss.as_ref().map(|l| l.range().at(level)))
                .collect(),
            va_shares,
            va_share_of,
            values: ds.steps().iter().map(|s| s.added_value.at(level)).collect(),
            yields: ds.steps().iter().map(|s| s.yield_.at(level)).collect(),
            co2_primary: ds.smelting().map(|s| s.range.at(level)),
        }
    }

    pub(crate) fn value(&self, step: usize) -> f64 {
        self.values.get(step).copied().unwrap_or(0.0)
    }

    /// A step's yield (1 for an index the dataset lacks, which validation rules out).
    pub(crate) fn yield_of(&self, step: usize) -> f64 {
        self.yields.get(step).copied().unwrap_or(1.0)
    }

    /// ℓ of a step's scrap: its own, else the dataset's.
    pub(crate) fn loss_of(&self, step: usize) -> f64 {
        self.own_losses
            .get(step)
            .copied()
            .flatten()
            .unwrap_or(self.melt_loss)
    }

    /// v of a step at its low, base and high, where the dataset gives one.
    pub(crate) fn va_share_range(&self, step: usize) -> Option<[f64; 3]> {
        let which = self.va_share_of.get(step).copied().flatten()?;
        self.va_shares.get(which).copied()
    }

    /// M and the tonnes lost in remelting, per ton of end product, in one pass: with
    /// `P_i = Π_{j<i} y_j`, step i's scrap is `M · P_i · (1 − y_i)` (= G_i − G_{i+1}).
    pub(crate) fn metal_and_loss(&self, steps: &[usize]) -> (f64, f64) {
        let (mut reach, mut lost) = (1.0, 0.0);
        for &s in steps {
            let y = self.yield_of(s);
            lost += self.loss_of(s) * reach * (1.0 - y);
            reach *= y;
        }
        let m = 1.0 / reach;
        (m, m * lost)
    }

    /// The metal balance of a path of steps per ton of its end product.
    pub(crate) fn balance(&self, steps: &[usize], fate: ScrapFate) -> MetalBalance {
        let (m, lost) = self.metal_and_loss(steps);
        MetalBalance::with_loss(m, lost, fate)
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
