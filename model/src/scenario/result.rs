//! A scenario's result: per product and in total, on a money basis and a firm-boundary
//! reading.

use super::compile::{compile_read, Compiled};
use super::totals::{reading_index, totals, Detail};
use super::Scenario;
use crate::basis::{Estimate, FirmBoundaries, MoneyBasis, Reading, YearSpan};
use crate::dataset::{Dataset, Level};
use crate::error::ModelError;
use crate::limits::NATIONAL_OUTPUT_WARNING_SHARE;
use crate::metal::{Figures, ScrapFate};
use crate::metric::Metric;
use crate::paths::{finite, ids};
use serde::{Deserialize, Serialize};

/// Gross output under each firm-boundary reading (integrated ≤ casthouse-integrated ≤
/// separate).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GrossOutputRange {
    pub integrated: f64,
    pub casthouse_integrated: f64,
    pub separate: f64,
}

impl GrossOutputRange {
    pub fn of(&self, firms: FirmBoundaries) -> f64 {
        match firms {
            FirmBoundaries::Separate => self.separate,
            FirmBoundaries::CasthouseIntegrated => self.casthouse_integrated,
            FirmBoundaries::Integrated => self.integrated,
        }
    }

    fn from_sums(sums: [f64; 3]) -> GrossOutputRange {
        let at = |firms| sums.get(reading_index(firms)).copied().unwrap_or(0.0);
        GrossOutputRange {
            separate: at(FirmBoundaries::Separate),
            casthouse_integrated: at(FirmBoundaries::CasthouseIntegrated),
            integrated: at(FirmBoundaries::Integrated),
        }
    }

    fn scaled(self, by: f64) -> GrossOutputRange {
        GrossOutputRange {
            integrated: self.integrated * by,
            casthouse_integrated: self.casthouse_integrated * by,
            separate: self.separate * by,
        }
    }
}

/// A product the plan needs more of than a stated share of what the country makes: a
/// warning, never a refusal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NationalOutputWarning {
    pub product: String,
    /// Tons of aluminium the plan makes of it in the year.
    pub tonnes: f64,
    /// China's output and its year, as the dataset gives them.
    pub china_tonnes: f64,
    pub year: i32,
    /// tonnes / china_tonnes.
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductOutcome {
    pub product: String,
    pub share: f64,
    /// The stages the region makes (up to the first non-local step).
    pub path: Vec<String>,
    /// The product that leaves the region: the last local stage's.
    pub leaves_as: String,
    /// T_k = Q · s_k / N_k: tons of aluminium in what leaves.
    pub tonnes: f64,
    /// c of what leaves (tons of aluminium per ton of product; 1 when the dataset gives
    /// none), for tons of product `tonnes / metal_content` where a visitor asks for them.
    pub metal_content: f64,
    /// M_k: gross metal through the first step per ton.
    pub metal_per_t: f64,
    /// N_k: metal consumed net per ton.
    pub net_metal_per_t: f64,
    /// A_k with uplifts.
    pub added_value_per_t: f64,
    pub added_value: f64,
    pub output_value: f64,
    /// The sales of this line's stages, as statistics count them on the chosen reading.
    pub gross_output: f64,
    pub retained_value: f64,
    /// Estimated value added (增加值) of the line's stages; None without shares.
    pub value_added: Option<Estimate>,
    /// Process scrap made along the path in the year (remelted or sold).
    pub scrap_tonnes: f64,
    pub kwh: Option<f64>,
    pub jobs: Option<f64>,
    pub co2_t: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub level: Level,
    /// The money basis every money figure is on.
    pub basis: MoneyBasis,
    /// The firm-boundary reading of `gross_output`.
    pub firms: FirmBoundaries,
    pub tonnage: f64,
    pub metal_price: f64,
    pub scrap: ScrapFate,
    /// Σ s_k.
    pub allocated_share: f64,
    /// Q · (1 − Σ s_k), leaving the region as primary metal.
    pub metal_sold_tonnes: f64,
    pub products: Vec<ProductOutcome>,
    pub added_value: f64,
    /// What leaves the region, at the price of the form it leaves in: products, ingot
    /// sold, and scrap sold (when it is).
    pub output_value: f64,
    /// Gross output as statistics count it (the factory method), on the chosen reading:
    /// with separate firms a ton sold as billet, then profile, then furniture counts three
    /// times. Ingot sold counts; scrap sold does not (it is not a product).
    pub gross_output: f64,
    pub gross_output_range: GrossOutputRange,
    /// Added value of the stages made in the region (the same as `added_value`: the
    /// region makes only its local stages).
    pub retained_value: f64,
    /// What the steps made elsewhere add to the metal that leaves the region.
    pub leaked_value: f64,
    /// Estimated value added (增加值) = Σ T_k Σ av_i·v_i, at v's low, base and high; None
    /// when a step of the scenario has no value-added share.
    pub value_added: Option<Estimate>,
    /// Products the plan needs more than 10 % of China's output of.
    pub warnings: Vec<NationalOutputWarning>,
    /// The years of the metal price and of the fees of the stages used.
    pub years: YearSpan,
    /// Σ T_k · N_k = Q · Σ s_k: metal consumed by processing, melt loss included.
    pub metal_consumed: f64,
    /// Σ s_k over products at the deep-processing level or beyond.
    pub deep_processing_rate: f64,
    /// 1 − deep-processing rate.
    pub top_heaviness_tonnage: f64,
    /// Share of output value that is unprocessed metal (0 when output value is 0).
    pub top_heaviness_value: f64,
    /// Over the tons each stage makes, where the data has figures; None when none has.
    pub electricity_kwh: Option<f64>,
    pub jobs: Option<f64>,
    pub co2_t: Option<f64>,
    /// Process scrap made in the year (it goes round, or is sold).
    pub scrap_tonnes: f64,
    /// Of it, lost as dross when remelted.
    pub melt_loss_tonnes: f64,
    /// Of it, sold out of the region (scrap sold), credited at `scrap_price`.
    pub scrap_sold_tonnes: f64,
    pub scrap_price: f64,
}

pub fn evaluate_scenario(ds: &Dataset, scenario: &Scenario) -> Result<ScenarioResult, ModelError> {
    evaluate_scenario_at(ds, scenario, Level::Base)
}

/// The scenario with every figure (prices, melt loss, step values and yields) at `level`,
/// on the market basis with separate firms.
pub fn evaluate_scenario_at(
    ds: &Dataset,
    scenario: &Scenario,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    evaluate_scenario_read(ds, scenario, level, Reading::default())
}

/// The scenario at `level` on a money basis and firm-boundary reading.
pub fn evaluate_scenario_read(
    ds: &Dataset,
    scenario: &Scenario,
    level: Level,
    reading: Reading,
) -> Result<ScenarioResult, ModelError> {
    let compiled = compile_read(ds, scenario, reading)?;
    evaluate_compiled(ds, &compiled, &Figures::at(ds, level), level)
}

pub(crate) fn evaluate_compiled(
    ds: &Dataset,
    compiled: &Compiled,
    f: &Figures,
    level: Level,
) -> Result<ScenarioResult, ModelError> {
    let firms = compiled.reading.firms;
    let at = reading_index(firms);
    let mut products = Vec::with_capacity(compiled.lines.len());
    let t = totals(ds, compiled, f, Detail::Full, |line, o| {
        let id = |p: Option<usize>| {
            p.and_then(|p| ds.products().get(p))
                .map(|p| p.id.clone())
                .unwrap_or_default()
        };
        products.push(ProductOutcome {
            product: id(Some(line.product)),
            share: line.share,
            path: ids(ds, &line.path.products),
            leaves_as: id(line.leaves_as()),
            tonnes: o.tonnes,
            metal_content: line
                .leaves_as()
                .and_then(|p| ds.products().get(p))
                .and_then(|p| p.metal_content.as_ref())
                .map_or(1.0, |c| c.range().at(level)),
            metal_per_t: o.balance.gross_metal,
            net_metal_per_t: o.balance.net_metal,
            added_value_per_t: o.a,
            added_value: o.tonnes * o.a,
            output_value: o.tonnes * (f.price + o.a),
            gross_output: o.gross_output.get(at).copied().unwrap_or(0.0),
            retained_value: o.tonnes * o.a,
            value_added: o.va.map(|[low, base, high]| Estimate {
                low: o.tonnes * low,
                base: o.tonnes * base,
                high: o.tonnes * high,
            }),
            scrap_tonnes: o.tonnes * o.balance.circulating_scrap,
            kwh: o.kwh,
            jobs: o.jobs,
            co2_t: o.co2,
        });
    });
    let top_heaviness_value = if t.output > 0.0 {
        t.metal_sold * f.price / t.output
    } else {
        0.0
    };
    let warnings = national_output_warnings(ds, &products);
    let mut years = YearSpan::new(ds.metal_price().source.year);
    for &s in compiled.lines.iter().flat_map(|l| &l.path.steps) {
        if let Some(step) = ds.steps().get(s) {
            years.include(step.source.year);
        }
    }
    let market = ScenarioResult {
        level,
        basis: MoneyBasis::Market,
        firms,
        tonnage: compiled.tonnage,
        metal_price: f.price,
        scrap: compiled.scrap,
        allocated_share: compiled.allocated,
        metal_sold_tonnes: t.metal_sold,
        products,
        added_value: finite(t.added, "total added value")?,
        output_value: finite(t.output, "total output value")?,
        gross_output: finite(t.gross_of(firms), "gross output")?,
        gross_output_range: GrossOutputRange::from_sums(t.gross),
        retained_value: finite(t.added, "retained value")?,
        leaked_value: t.leaked,
        value_added: t.va.map(|[low, base, high]| Estimate { low, base, high }),
        warnings,
        years,
        metal_consumed: compiled.tonnage * compiled.allocated,
        deep_processing_rate: t.deep,
        top_heaviness_tonnage: 1.0 - t.deep,
        top_heaviness_value,
        electricity_kwh: t.kwh,
        jobs: t.jobs,
        co2_t: t.co2,
        scrap_tonnes: t.scrap,
        melt_loss_tonnes: t.melt_loss,
        scrap_sold_tonnes: t.scrap_sold,
        scrap_price: f.scrap_price,
    };
    Ok(market.into_basis(ds, compiled.reading.basis))
}

/// Every product that leaves the region in more than `NATIONAL_OUTPUT_WARNING_SHARE` of
/// China's output of it (where the dataset gives that output).
fn national_output_warnings(
    ds: &Dataset,
    products: &[ProductOutcome],
) -> Vec<NationalOutputWarning> {
    let mut warnings: Vec<NationalOutputWarning> = Vec::new();
    for outcome in products {
        let Some(china) = ds
            .product(&outcome.leaves_as)
            .and_then(|p| p.china_output.as_ref())
        else {
            continue;
        };
        match warnings.iter_mut().find(|w| w.product == outcome.leaves_as) {
            Some(w) => w.tonnes += outcome.tonnes,
            None => warnings.push(NationalOutputWarning {
                product: outcome.leaves_as.clone(),
                tonnes: outcome.tonnes,
                china_tonnes: china.tonnes,
                year: china.year,
                share: 0.0,
            }),
        }
    }
    for w in &mut warnings {
        // China's output is validated positive.
        w.share = w.tonnes / w.china_tonnes;
    }
    warnings.retain(|w| w.share > NATIONAL_OUTPUT_WARNING_SHARE);
    warnings
}

impl ScenarioResult {
    /// The same result on another money basis: every money figure divided (or multiplied)
    /// by 1 + the VAT rate when the dataset's prices include VAT; tonnes and rates as they
    /// are.
    pub fn on_basis(&self, ds: &Dataset, basis: MoneyBasis) -> ScenarioResult {
        self.clone().into_basis(ds, basis)
    }

    /// As `on_basis`, taking the result (no copy).
    pub fn into_basis(self, ds: &Dataset, basis: MoneyBasis) -> ScenarioResult {
        let by = ds.divisor(self.basis) / ds.divisor(basis);
        let mut r = self;
        r.basis = basis;
        if by == 1.0 {
            return r;
        }
        for money in [
            &mut r.metal_price,
            &mut r.added_value,
            &mut r.output_value,
            &mut r.gross_output,
            &mut r.retained_value,
            &mut r.leaked_value,
            &mut r.scrap_price,
        ] {
            *money *= by;
        }
        r.gross_output_range = r.gross_output_range.scaled(by);
        r.value_added = r.value_added.map(|v| v.scaled(by));
        for p in &mut r.products {
            for money in [
                &mut p.added_value_per_t,
                &mut p.added_value,
                &mut p.output_value,
                &mut p.gross_output,
                &mut p.retained_value,
            ] {
                *money *= by;
            }
            p.value_added = p.value_added.map(|v| v.scaled(by));
        }
        r
    }
}

// The metric's value in a result lives beside the result (`Metric` itself is a leaf).
impl Metric {
    pub fn of(self, result: &ScenarioResult) -> f64 {
        match self {
            Metric::AddedValue => result.added_value,
            Metric::OutputValue => result.output_value,
            Metric::GrossOutput => result.gross_output,
            Metric::RetainedValue => result.retained_value,
            Metric::ValueAdded => result.value_added.map_or(f64::NAN, |v| v.base),
            Metric::DeepProcessingRate => result.deep_processing_rate,
        }
    }

    /// As `of`, refusing value added where the result has no estimate (a step without a
    /// value-added share): what goal-seek, targets and verdicts hold a figure against.
    pub fn try_of(self, result: &ScenarioResult) -> Result<f64, crate::error::ModelError> {
        match (self, result.value_added) {
            (Metric::ValueAdded, None) => Err(crate::error::ModelError::NoValueAddedEstimate),
            _ => Ok(self.of(result)),
        }
    }
}
