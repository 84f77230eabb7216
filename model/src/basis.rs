//! The price basis of every money figure and the readings of a scenario (money basis, firm
//! boundaries). A leaf: it uses nothing of the crate.
use serde::{Deserialize, Serialize};

/// The year and tax basis of every money figure (the metal price's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceBasis {
    pub year: i32,
    /// None: the source does not say.
    pub vat_included: Option<bool>,
}

/// Which prices money figures are on: what buyers pay (VAT included where the dataset's
/// prices include it) or the statistical basis (VAT excluded), as statistics count output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MoneyBasis {
    #[default]
    Market,
    Statistical,
}

impl MoneyBasis {
    pub const ALL: [MoneyBasis; 2] = [MoneyBasis::Market, MoneyBasis::Statistical];

    /// The basis's code in links and the API (`basis=statistical`).
    pub fn code(self) -> &'static str {
        match self {
            MoneyBasis::Market => "market",
            MoneyBasis::Statistical => "statistical",
        }
    }

    pub fn from_code(code: &str) -> Option<MoneyBasis> {
        MoneyBasis::ALL.into_iter().find(|b| b.code() == code)
    }
}

/// How the chain is split into enterprises, for gross output (the factory method counts
/// what each firm sells, not what it transfers to itself).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FirmBoundaries {
    /// Each stage a separate firm: every intermediate counted (the upper bound).
    #[default]
    Separate,
    /// The casthouse's billet, rod and alloy ingot are made by the firm that processes
    /// them: first-processing products are counted only when they leave the region.
    CasthouseIntegrated,
    /// Only what leaves the region is counted (the lower bound).
    Integrated,
}

impl FirmBoundaries {
    pub const ALL: [FirmBoundaries; 3] = [
        FirmBoundaries::Separate,
        FirmBoundaries::CasthouseIntegrated,
        FirmBoundaries::Integrated,
    ];

    /// The reading's code in links and the API (`firms=integrated`).
    pub fn code(self) -> &'static str {
        match self {
            FirmBoundaries::Separate => "separate",
            FirmBoundaries::CasthouseIntegrated => "casthouse-integrated",
            FirmBoundaries::Integrated => "integrated",
        }
    }

    pub fn from_code(code: &str) -> Option<FirmBoundaries> {
        FirmBoundaries::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// What per-ton figures are per ton of: the metal the product contains (the model's basis:
/// "a ton of aluminium processed into …") or the product itself, which for a composite
/// product (cable with its insulation, a conductor with its steel core, furniture with its
/// glass) weighs more than its metal. Shown only where a visitor asks for it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PerTon {
    #[default]
    Metal,
    Product,
}

impl PerTon {
    pub const ALL: [PerTon; 2] = [PerTon::Metal, PerTon::Product];

    /// Its code in links (`per=product`).
    pub fn code(self) -> &'static str {
        match self {
            PerTon::Metal => "metal",
            PerTon::Product => "product",
        }
    }

    pub fn from_code(code: &str) -> Option<PerTon> {
        PerTon::ALL.into_iter().find(|p| p.code() == code)
    }

    /// What a figure per ton of metal contained is multiplied by: 1, or per ton of product
    /// the product's metal content c (tons of metal per ton of product, `A · c`).
    pub fn factor(self, metal_content: f64) -> f64 {
        match self {
            PerTon::Metal => 1.0,
            PerTon::Product => metal_content,
        }
    }

    /// Tons of product per ton of metal contained (`1 / c`); 1 for a content that is not a
    /// share above 0.
    pub fn tons_of_product(metal_content: f64) -> f64 {
        if metal_content > 0.0 && metal_content <= 1.0 {
            1.0 / metal_content
        } else {
            1.0
        }
    }
}

/// One reading of a scenario's figures: a money basis and firm boundaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reading {
    pub basis: MoneyBasis,
    pub firms: FirmBoundaries,
}

/// A figure's low, base and high (the value-added estimate: v at its low, base, high).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub low: f64,
    pub base: f64,
    pub high: f64,
}

impl Estimate {
    pub fn scaled(self, by: f64) -> Estimate {
        Estimate {
            low: self.low * by,
            base: self.base * by,
            high: self.high * by,
        }
    }
}

/// The years of the money figures a result uses: the metal price's (the price year) and the
/// span of the fees' (none without steps). Figures are not indexed between years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearSpan {
    pub metal: i32,
    pub fees_from: Option<i32>,
    pub fees_to: Option<i32>,
}

impl YearSpan {
    pub fn new(metal: i32) -> YearSpan {
        YearSpan {
            metal,
            fees_from: None,
            fees_to: None,
        }
    }

    /// Takes in a fee of `year`.
    pub fn include(&mut self, year: i32) {
        self.fees_from = Some(self.fees_from.map_or(year, |y| y.min(year)));
        self.fees_to = Some(self.fees_to.map_or(year, |y| y.max(year)));
    }

    /// Both spans together (a baseline's and a plan's, for one file); the metal year is
    /// this one's (one dataset, one price year).
    pub fn with(self, other: YearSpan) -> YearSpan {
        let mut out = self;
        for year in [other.fees_from, other.fees_to].into_iter().flatten() {
            out.include(year);
        }
        out
    }

    /// Whether every fee is of the price year (nothing left unindexed to say).
    pub fn all_of_price_year(&self) -> bool {
        [self.fees_from, self.fees_to]
            .into_iter()
            .flatten()
            .all(|y| y == self.metal)
    }

    /// More than `MAX_YEARS_FROM_PRICE_YEAR` from the price year: marked where it is used.
    pub fn is_stale(&self, year: i32) -> bool {
        (i64::from(year) - i64::from(self.metal)).abs() > i64::from(MAX_YEARS_FROM_PRICE_YEAR)
    }
}

/// A figure further than this from the price year is marked on the stage that uses it.
pub const MAX_YEARS_FROM_PRICE_YEAR: i32 = 5;
