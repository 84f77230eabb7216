//! A plan's targets held against its results on every admissible reading (docs/model.md,
//! "Targets"): each firm-boundary reading for gross output, and each money basis where the
//! target's source does not say which it is on. The verdict names the readings, so no
//! target reads "met" without saying on which.

use crate::basis::{FirmBoundaries, MoneyBasis, Reading};
use crate::dataset::{Dataset, Level, PresetTarget, Source, TargetBasis};
use crate::error::ModelError;
use crate::metric::Metric;
use crate::scenario::{evaluate_scenario_read, Scenario, ScenarioResult};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerdictKind {
    /// Met on every admissible reading.
    MetEveryReading,
    /// Met on some readings only (`met_on` names them).
    MetOnlyIf,
    /// Not met on any reading.
    NotMet,
}

impl VerdictKind {
    pub const ALL: [VerdictKind; 3] = [
        VerdictKind::MetEveryReading,
        VerdictKind::MetOnlyIf,
        VerdictKind::NotMet,
    ];

    /// The verdict's code in the API (`"met-only-if"`).
    pub fn code(self) -> &'static str {
        match self {
            VerdictKind::MetEveryReading => "met-every-reading",
            VerdictKind::MetOnlyIf => "met-only-if",
            VerdictKind::NotMet => "not-met",
        }
    }

    pub fn from_code(code: &str) -> Option<VerdictKind> {
        VerdictKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The plan's figure on one reading.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ReadingValue {
    pub reading: Reading,
    pub value: f64,
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetVerdict {
    pub metric: Metric,
    pub target: f64,
    /// Where the target is stated (the target's own source, else the preset's).
    pub source: Source,
    /// What the source says of its basis.
    pub basis: TargetBasis,
    pub verdict: VerdictKind,
    /// Every admissible reading with the plan's figure on it.
    pub readings: Vec<ReadingValue>,
    /// The readings on which the target is met (all, some or none).
    pub met_on: Vec<Reading>,
    /// Value − target on the least favourable reading (negative: the shortfall there).
    pub worst_margin: f64,
    /// Value − target on the most favourable reading (negative: the shortfall on every
    /// reading is at least this).
    pub best_margin: f64,
}

/// Which readings to hold targets on, where a host page asks for some only: a money basis,
/// firm boundaries, or both (None: every admissible one). Firm boundaries narrow gross
/// output only (no other measure depends on them) and a basis money measures only; a basis
/// other than the one a target's source states is refused.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadingFilter {
    pub basis: Option<MoneyBasis>,
    pub firms: Option<FirmBoundaries>,
}

impl ReadingFilter {
    /// The admissible readings of a target this filter keeps, or the refusal when it asks
    /// for a basis the target's source rules out.
    pub fn readings(&self, metric: Metric, basis: TargetBasis) -> Result<Vec<Reading>, ModelError> {
        let all = admissible_readings(metric, basis);
        let asked_basis = self.basis.filter(|_| !metric.is_rate());
        let asked_firms = self.firms.filter(|_| metric == Metric::GrossOutput);
        let kept: Vec<Reading> = all
            .iter()
            .copied()
            .filter(|r| asked_basis.is_none_or(|b| r.basis == b))
            .filter(|r| asked_firms.is_none_or(|f| r.firms == f))
            .collect();
        match (kept.is_empty(), asked_basis, all.first()) {
            (true, Some(asked), Some(stated)) => Err(ModelError::TargetBasisStated {
                metric: metric.code().to_string(),
                stated: stated.basis.code().to_string(),
                asked: asked.code().to_string(),
            }),
            _ => Ok(kept),
        }
    }
}

/// The readings a target can be read on: every firm boundary for gross output (the only
/// measure that depends on them); both money bases for a money measure whose source does
/// not say, else the one it states; a rate on none of them (market, separate).
pub fn admissible_readings(metric: Metric, basis: TargetBasis) -> Vec<Reading> {
    let firms: &[FirmBoundaries] = match metric {
        Metric::GrossOutput => &FirmBoundaries::ALL,
        _ => &[FirmBoundaries::Separate],
    };
    let bases: &[MoneyBasis] = match (metric.is_rate(), basis.vat_included) {
        (true, _) | (false, Some(true)) => &[MoneyBasis::Market],
        (false, Some(false)) => &[MoneyBasis::Statistical],
        (false, None) => &MoneyBasis::ALL,
    };
    firms
        .iter()
        .flat_map(|&firms| bases.iter().map(move |&basis| Reading { basis, firms }))
        .collect()
}

/// A measure of a result on a firm-boundary reading (the result's basis as it is).
fn value_on(
    result: &ScenarioResult,
    metric: Metric,
    firms: FirmBoundaries,
) -> Result<f64, ModelError> {
    match metric {
        Metric::GrossOutput => Ok(result.gross_output_range.of(firms)),
        other => other.try_of(result),
    }
}

/// One target held against a scenario's figures (every figure at base).
pub fn verdict_of(
    ds: &Dataset,
    scenario: &Scenario,
    target: &PresetTarget,
    fallback_source: &Source,
) -> Result<TargetVerdict, ModelError> {
    verdict_on(
        ds,
        scenario,
        target,
        fallback_source,
        ReadingFilter::default(),
    )
}

/// As `verdict_of`, on the admissible readings `filter` keeps: the verdict is over those.
pub fn verdict_on(
    ds: &Dataset,
    scenario: &Scenario,
    target: &PresetTarget,
    fallback_source: &Source,
    filter: ReadingFilter,
) -> Result<TargetVerdict, ModelError> {
    let kept = filter.readings(target.metric, target.basis)?;
    let market = evaluate_scenario_read(ds, scenario, Level::Base, Reading::default())?;
    let statistical = market.on_basis(ds, MoneyBasis::Statistical);
    let readings: Vec<ReadingValue> = kept
        .into_iter()
        .map(|reading| {
            let result = match reading.basis {
                MoneyBasis::Market => &market,
                MoneyBasis::Statistical => &statistical,
            };
            let value = value_on(result, target.metric, reading.firms)?;
            Ok(ReadingValue {
                reading,
                value,
                met: value >= target.value,
            })
        })
        .collect::<Result<_, ModelError>>()?;
    let margins = readings.iter().map(|r| r.value - target.value);
    let worst_margin = margins.clone().fold(f64::INFINITY, f64::min);
    let best_margin = margins.fold(f64::NEG_INFINITY, f64::max);
    let met_on: Vec<Reading> = readings
        .iter()
        .filter(|r| r.met)
        .map(|r| r.reading)
        .collect();
    let verdict = if met_on.len() == readings.len() {
        VerdictKind::MetEveryReading
    } else if met_on.is_empty() {
        VerdictKind::NotMet
    } else {
        VerdictKind::MetOnlyIf
    };
    Ok(TargetVerdict {
        metric: target.metric,
        target: target.value,
        source: target
            .source
            .clone()
            .unwrap_or_else(|| fallback_source.clone()),
        basis: target.basis,
        verdict,
        readings,
        met_on,
        worst_margin,
        best_margin,
    })
}

/// Every target of a dataset preset, held against the preset's own plan.
pub fn target_verdicts(ds: &Dataset, preset_id: &str) -> Result<Vec<TargetVerdict>, ModelError> {
    target_verdicts_on(ds, preset_id, ReadingFilter::default())
}

/// As `target_verdicts`, each target on the readings `filter` keeps.
pub fn target_verdicts_on(
    ds: &Dataset,
    preset_id: &str,
    filter: ReadingFilter,
) -> Result<Vec<TargetVerdict>, ModelError> {
    let preset = ds
        .preset(preset_id)
        .ok_or_else(|| ModelError::UnknownPreset {
            id: preset_id.to_string(),
        })?;
    let scenario = Scenario::from_preset(ds, preset_id)?;
    preset
        .targets
        .iter()
        .map(|target| verdict_on(ds, &scenario, target, &preset.source, filter))
        .collect()
}
