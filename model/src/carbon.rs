//! CO₂ per ton along a path (issue 29): the smelting of the metal the path consumes, at the
//! CO₂ per ton of primary metal of the steps that make the start product (a region's own
//! figure where it gives one: resolution writes it there, with its range in the region's
//! profile), plus the processing steps' own CO₂ where the dataset gives it. Per ton of
//! metal contained in the product, like the headline: `c_s · N + Σ c_i · G_i`, where `N` is
//! the metal consumed net per ton (`PathEvaluation::net_metal_per_t`) and `Σ c_i · G_i`
//! the processing steps' CO₂ for the tons each makes (`PathEvaluation::co2_t_per_t`).
use serde::{Deserialize, Serialize};

use crate::dataset::{Dataset, Smelting, Source, ValueRange};

/// A path's CO₂ per ton, with the smelting figure it is built on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathCarbon {
    /// t CO₂ per ton of primary metal smelted: the region's range, or its point figure.
    pub smelting_per_t_primary: ValueRange,
    /// The smelting figure's source (the region's where it gives one).
    pub source: Source,
    /// `N`: tons of metal consumed net per ton of metal in the product.
    pub metal_per_t: f64,
    /// t CO₂ of the processing steps that give one, per ton (0 when none does).
    pub processing: f64,
    /// t CO₂ per ton of metal in the product, at the smelting figure's low, base and high.
    pub total: ValueRange,
}

/// The chain's CO₂ per ton of primary metal with its range (the region's where it gives
/// one); None when no step making the start product gives its CO₂, and then no CO₂ total
/// can be computed.
pub fn smelting_co2(ds: &Dataset) -> Option<ValueRange> {
    ds.smelting().map(|s| s.range)
}

/// The CO₂ per ton along a path from the start product that consumes `n` tons of metal
/// net per ton and whose steps give `processing` t CO₂ per ton (`paths::path_carbon` reads
/// both off an evaluation); None when no step making the start product gives its CO₂.
pub(crate) fn carbon_along(ds: &Dataset, n: f64, processing: f64) -> Option<PathCarbon> {
    let Smelting {
        step,
        range: smelting,
    } = ds.smelting()?;
    let step = ds.steps().get(step)?;
    let source = step
        .co2_source
        .clone()
        .unwrap_or_else(|| step.source.clone());
    let total = |c: f64| c * n + processing;
    Some(PathCarbon {
        smelting_per_t_primary: smelting,
        source,
        metal_per_t: n,
        processing,
        total: ValueRange {
            low: total(smelting.low),
            base: total(smelting.base),
            high: total(smelting.high),
        },
    })
}

/// Electricity along a path, per ton of metal in the product: the smelting step's kWh per
/// ton of primary metal times the metal consumed (`N`), plus the processing steps' own kWh
/// for the tons each makes, where the dataset gives them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathElectricity {
    /// kWh per ton of primary metal smelted (the chain's national figure: no region gives
    /// its own).
    pub smelting_kwh_per_t_primary: f64,
    /// That figure's source.
    pub source: Source,
    /// kWh of the processing steps that give one, per ton (0 when none does).
    pub processing: f64,
    /// kWh per ton of metal in the product.
    pub total: f64,
}

/// The electricity per ton along an evaluated path from the dataset's start product; None
/// when the path does not start there or no step that makes the start product gives kWh.
pub(crate) fn electricity_along(ds: &Dataset, n: f64, processing: f64) -> Option<PathElectricity> {
    let step = ds
        .steps()
        .iter()
        .find(|s| !s.recycling && s.to == ds.start() && s.kwh_per_t.is_some())?;
    let kwh = step.kwh_per_t?;
    let source = step
        .kwh_source
        .clone()
        .unwrap_or_else(|| step.source.clone());
    Some(PathElectricity {
        smelting_kwh_per_t_primary: kwh,
        source,
        processing,
        total: kwh * n + processing,
    })
}

/// The currency a carbon price is given in: what a market charges is often in euro (the
/// EU's), and the page's own figures are in yuan. The carbon cost is shown in the price's
/// own currency: no exchange rate is assumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CarbonCurrency {
    Yuan,
    Euro,
}

impl CarbonCurrency {
    /// ISO 4217 code, as links and files write it.
    pub fn code(self) -> &'static str {
        match self {
            CarbonCurrency::Yuan => "CNY",
            CarbonCurrency::Euro => "EUR",
        }
    }

    /// `CNY`/`cny`/`yuan` or `EUR`/`eur`/`euro`.
    pub fn from_code(code: &str) -> Option<CarbonCurrency> {
        match code.trim().to_ascii_lowercase().as_str() {
            "cny" | "yuan" | "rmb" => Some(CarbonCurrency::Yuan),
            "eur" | "euro" => Some(CarbonCurrency::Euro),
            _ => None,
        }
    }
}

/// The highest carbon price accepted, per t CO₂ in either currency: well above any price a
/// market has charged (the EU's allowances have stayed under €110) or a social cost of
/// carbon commonly cited, low enough that a typing slip (an extra zero or three) is caught.
pub const MAX_CARBON_PRICE: f64 = 10_000.0;

/// A price per ton of CO₂ that a market charges on goods imported into it. Valid by
/// construction: finite, 0 … `MAX_CARBON_PRICE`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CarbonPrice {
    per_t_co2: f64,
    currency: CarbonCurrency,
}

/// Why a number is not a carbon price.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CarbonPriceError {
    /// Not a number, or infinite.
    NotFinite,
    Negative,
    /// Above `max` (`MAX_CARBON_PRICE`).
    AboveMax {
        max: f64,
    },
}

impl CarbonPrice {
    /// The price, or why `per_t_co2` cannot be one: not a finite number, negative or above
    /// `MAX_CARBON_PRICE`.
    pub fn checked(
        per_t_co2: f64,
        currency: CarbonCurrency,
    ) -> Result<CarbonPrice, CarbonPriceError> {
        if !per_t_co2.is_finite() {
            Err(CarbonPriceError::NotFinite)
        } else if per_t_co2 < 0.0 {
            Err(CarbonPriceError::Negative)
        } else if per_t_co2 > MAX_CARBON_PRICE {
            Err(CarbonPriceError::AboveMax {
                max: MAX_CARBON_PRICE,
            })
        } else {
            Ok(CarbonPrice {
                per_t_co2,
                currency,
            })
        }
    }

    /// None for a price that is not a number, negative or above `MAX_CARBON_PRICE`.
    pub fn new(per_t_co2: f64, currency: CarbonCurrency) -> Option<CarbonPrice> {
        CarbonPrice::checked(per_t_co2, currency).ok()
    }

    pub fn per_t_co2(&self) -> f64 {
        self.per_t_co2
    }

    pub fn currency(&self) -> CarbonCurrency {
        self.currency
    }

    /// The example the page offers: the EU's CBAM certificate price for the first quarter
    /// of 2026 (`cbam_example_source`).
    pub fn cbam_example() -> CarbonPrice {
        CarbonPrice {
            per_t_co2: CBAM_2026_Q1_EUR,
            currency: CarbonCurrency::Euro,
        }
    }

    /// Whether this is the page's example, so it can be labelled as such.
    pub fn is_cbam_example(&self) -> bool {
        *self == CarbonPrice::cbam_example()
    }
}

/// The EU CBAM certificate price for imports in the first quarter of 2026, euro per t CO₂.
pub const CBAM_2026_Q1_EUR: f64 = 75.36;

/// Where `CBAM_2026_Q1_EUR` comes from.
pub fn cbam_example_source() -> Source {
    Source {
        citation: crate::dataset::Prose::Translated {
            en: Some(
                "EU CBAM certificate price for goods imported in Q1 2026: €75.36 per t CO₂, published by the European Commission on 7 April 2026 (the volume-weighted average of the quarter's EU ETS auction clearing prices, Implementing Regulation (EU) 2025/2548); as reported by Fendler Salva, 'CBAM: publication of the first certificate price' (2026)".into(),
            ),
            zh: Some(
                "欧盟碳边境调节机制（CBAM）2026年第一季度进口货物的证书价格：每吨二氧化碳75.36欧元，欧盟委员会2026年4月7日公布（该季度欧盟碳排放交易体系配额拍卖成交价的成交量加权平均，依据实施条例(EU) 2025/2548）；转引自 Fendler Salva《CBAM: publication of the first certificate price》（2026年）。".into(),
            ),
        },
        year: 2026,
        badge: crate::dataset::Badge::Published,
        url: Some("https://fendlersalva.com/insights/cbam-publication-of-the-first-certificate-price-what-are-the-concrete-implications-for-importers/".into()),
    }
}

/// The carbon cost per ton of product exported to a market that charges `price` on every
/// ton of CO₂ the path carries: the price times the path's CO₂ at its low, base and high,
/// in the price's currency. A cost of selling there, never part of added value.
pub fn carbon_cost(carbon: &PathCarbon, price: &CarbonPrice) -> ValueRange {
    let p = price.per_t_co2;
    ValueRange {
        low: carbon.total.low * p,
        base: carbon.total.base * p,
        high: carbon.total.high * p,
    }
}
