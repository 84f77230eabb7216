//! Tornado and Monte Carlo (docs/model.md, "Uncertainty"). Every ranged figure takes
//! part: metal price, scrap price, melt loss, each used step's value, yield and own melt
//! loss, and for value added the value-added shares the used steps take; for CO₂ the
//! chain's CO₂ per ton of primary metal (the region's range) with the yields. The
//! path or scenario is compiled once; each draw re-evaluates it on a set of figures
//! without allocating, which keeps 10,000 samples in a few milliseconds.

use super::basis::Reading;
use super::dataset::{Dataset, Figure, Level, ProcessingLevel, ValueRange};
use super::error::ModelError;
use super::metal::ScrapFate as Fate;
use super::metal::{stage_tonnes, Figures, ScrapFate};
use super::paths::{resolve, ResolvedPath};
use super::rng::{Rng, Triangular};
use super::scenario::{compile_read, metric_of, totals, Compiled, Detail, Metric, Scenario};
use serde::{Deserialize, Serialize};

pub const MAX_SAMPLES: u32 = 1_000_000;

/// A per-ton quantity of a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PathMetric {
    /// A, per ton of end product.
    AddedValue,
    /// Metal price + A.
    OutputValue,
    /// A / N, per ton of metal consumed.
    AddedValuePerMetal,
    /// t CO₂ per ton along the path from the start product (`carbon::path_carbon`, with
    /// process scrap remelted as for `AddedValuePerMetal`): `c_s · N + Σ c_i · G_i`.
    Co2,
}

/// What a scenario's tornado and Monte Carlo measure: one of its totals, or its CO₂
/// (tonnes a year), which is not a target's measure and so not a `Metric`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Metric(Metric),
    Co2,
}

impl From<Metric> for Measure {
    fn from(metric: Metric) -> Measure {
        Measure::Metric(metric)
    }
}

impl Measure {
    /// Its code (a metric's own code, `co2`).
    pub fn code(self) -> &'static str {
        match self {
            Measure::Metric(m) => m.code(),
            Measure::Co2 => "co2",
        }
    }

    pub fn from_code(code: &str) -> Option<Measure> {
        match code {
            "co2" => Some(Measure::Co2),
            other => Metric::from_code(other).map(Measure::Metric),
        }
    }

    /// The measures a scenario of `ds` has: every metric, and CO₂ where the chain gives it.
    pub fn offered(ds: &Dataset) -> Vec<Measure> {
        let mut all: Vec<Measure> = Metric::ALL.into_iter().map(Measure::Metric).collect();
        if super::carbon::smelting_co2(ds).is_some() {
            all.push(Measure::Co2);
        }
        all
    }
}

/// What is measured: a path's per-ton figure or a scenario's total.
enum Subject {
    Path {
        path: ResolvedPath,
        metric: PathMetric,
    },
    Scenario {
        compiled: Compiled,
        metric: Metric,
    },
    /// A scenario's CO₂ in tonnes a year: the Q tons smelted and the processing steps' own.
    ScenarioCo2 {
        compiled: Compiled,
    },
}

impl Subject {
    fn of_scenario(compiled: Compiled, measure: Measure) -> Subject {
        match measure {
            Measure::Metric(metric) => Subject::Scenario { compiled, metric },
            Measure::Co2 => Subject::ScenarioCo2 { compiled },
        }
    }

    fn value(&self, ds: &Dataset, f: &Figures) -> f64 {
        match self {
            Subject::Path { path, metric } => {
                let a: f64 = path.steps.iter().map(|&s| f.value(s)).sum();
                match metric {
                    PathMetric::AddedValue => a,
                    PathMetric::OutputValue => f.price + a,
                    PathMetric::AddedValuePerMetal => {
                        a / f.balance(&path.steps, ScrapFate::Remelted).net_metal
                    }
                    PathMetric::Co2 => f.co2_primary.map_or(f64::NAN, |c| {
                        let mut processing = 0.0;
                        stage_tonnes(f, &path.steps, |_, s, made| {
                            let own = ds.steps().get(s).and_then(|step| step.co2_t_per_t);
                            processing += own.unwrap_or(0.0) * made;
                        });
                        c * f.balance(&path.steps, ScrapFate::Remelted).net_metal + processing
                    }),
                }
            }
            Subject::Scenario { compiled, metric } => metric_of(ds, compiled, f, *metric),
            Subject::ScenarioCo2 { compiled } => totals(
                ds,
                compiled,
                f,
                Detail::Only(Metric::GrossOutput),
                |_, _| {},
            )
            .co2
            .filter(|_| f.co2_primary.is_some())
            .unwrap_or(f64::NAN),
        }
    }

    /// Which kinds of figure the result can depend on: only those are drawn (a draw that
    /// cannot move the result only costs time) and only those can have a tornado bar.
    fn depends_on(&self, slot: Slot) -> bool {
        let money = |metric: Metric| !matches!(metric, Metric::DeepProcessingRate);
        // CO₂ moves with its own figure and with the tons each step makes.
        let carbon = matches!(
            slot,
            Slot::Co2Primary | Slot::Yield(_) | Slot::MeltLoss | Slot::StepMeltLoss(_)
        );
        match self {
            Subject::Path {
                metric: PathMetric::Co2,
                ..
            }
            | Subject::ScenarioCo2 { .. } => carbon,
            Subject::Path { metric, .. } => matches!(
                (metric, slot),
                (_, Slot::Value(_))
                    | (PathMetric::OutputValue, Slot::Price)
                    | (
                        PathMetric::AddedValuePerMetal,
                        Slot::Yield(_) | Slot::MeltLoss | Slot::StepMeltLoss(_)
                    )
            ),
            Subject::Scenario { compiled, metric } => match slot {
                // Tons made (T = Q·s/N) move with the yields, and with the melt loss when
                // scrap is remelted; every money total moves with the tons.
                Slot::Value(_) | Slot::Yield(_) => money(*metric),
                Slot::ValueAddedShare(_) => *metric == Metric::ValueAdded,
                Slot::MeltLoss | Slot::StepMeltLoss(_) => {
                    money(*metric) && compiled.scrap == Fate::Remelted
                }
                Slot::Price => matches!(metric, Metric::OutputValue | Metric::GrossOutput),
                Slot::ScrapPrice => {
                    matches!(metric, Metric::OutputValue | Metric::GrossOutput)
                        && compiled.scrap == Fate::Sold
                }
                Slot::Co2Primary => false,
            },
        }
    }

    /// Steps the result depends on, in order of first use.
    fn steps(&self) -> Vec<usize> {
        match self {
            Subject::Path { path, .. } => path.steps.clone(),
            Subject::Scenario { compiled, .. } | Subject::ScenarioCo2 { compiled } => {
                compiled.used_steps()
            }
        }
    }
}

/// One ranged figure: which it is, its range, and where it sits in `Figures`.
struct Ranged {
    figure: Figure,
    range: ValueRange,
    slot: Slot,
}

#[derive(Clone, Copy)]
enum Slot {
    Price,
    ScrapPrice,
    MeltLoss,
    Value(usize),
    Yield(usize),
    /// A step's own melt loss (a step without one follows `MeltLoss`).
    StepMeltLoss(usize),
    /// A value-added share, by its place in `Figures::va_shares`: every step taking it
    /// moves with it.
    ValueAddedShare(usize),
    /// The chain's CO₂ per ton of primary metal (`Figures::co2_primary`).
    Co2Primary,
}

impl Slot {
    fn set(self, f: &mut Figures, v: f64) {
        let target = match self {
            Slot::Price => &mut f.price,
            Slot::ScrapPrice => &mut f.scrap_price,
            Slot::MeltLoss => &mut f.melt_loss,
            Slot::Value(s) => match f.values.get_mut(s) {
                Some(x) => x,
                None => return,
            },
            Slot::Yield(s) => match f.yields.get_mut(s) {
                Some(x) => x,
                None => return,
            },
            Slot::StepMeltLoss(s) => {
                if let Some(own) = f.own_losses.get_mut(s) {
                    *own = Some(v);
                }
                return;
            }
            Slot::ValueAddedShare(n) => match f.va_shares.get_mut(n) {
                // Value added is read at the shares' base.
                Some([_, base, _]) => base,
                None => return,
            },
            Slot::Co2Primary => match &mut f.co2_primary {
                Some(c) => c,
                None => return,
            },
        };
        *target = v;
    }
}

/// Every figure the subject can depend on, in a fixed order (the order of Monte Carlo
/// draws, so a seed gives the same figures on every machine): the prices and melt loss,
/// each used step's figures in order of use, then the value-added shares in order of first
/// use (a level's share once, however many steps take it).
fn figures_of(ds: &Dataset, subject: &Subject, base: &Figures) -> Vec<Ranged> {
    let mut list = vec![
        Ranged {
            figure: Figure::MetalPrice,
            range: ds.metal_price().range(),
            slot: Slot::Price,
        },
        Ranged {
            figure: Figure::ScrapPrice,
            range: ds.scrap_price().range(),
            slot: Slot::ScrapPrice,
        },
        Ranged {
            figure: Figure::MeltLoss,
            range: ds.melt_loss().range(),
            slot: Slot::MeltLoss,
        },
    ];
    // Listed for every subject and kept only for CO₂ (`depends_on`), so the draws of the
    // other measures are as before: their seeds give the same figures.
    if let Some(smelting) = ds.smelting() {
        if let Some(step) = ds.steps().get(smelting.step) {
            list.push(Ranged {
                figure: Figure::StepCo2 {
                    from: step.from.clone(),
                    to: step.to.clone(),
                },
                range: smelting.range,
                slot: Slot::Co2Primary,
            });
        }
    }
    let steps = subject.steps();
    for &s in &steps {
        let Some(step) = ds.steps().get(s) else {
            continue;
        };
        let (from, to) = (step.from.clone(), step.to.clone());
        list.push(Ranged {
            figure: Figure::StepAddedValue {
                from: from.clone(),
                to: to.clone(),
            },
            range: step.added_value,
            slot: Slot::Value(s),
        });
        list.push(Ranged {
            figure: Figure::StepYield {
                from: from.clone(),
                to: to.clone(),
            },
            range: step.yield_,
            slot: Slot::Yield(s),
        });
        if let Some(own) = &step.melt_loss {
            list.push(Ranged {
                figure: Figure::StepMeltLoss { from, to },
                range: own.range(),
                slot: Slot::StepMeltLoss(s),
            });
        }
    }
    let mut seen = Vec::new();
    for &s in &steps {
        let (Some(step), Some(n)) = (
            ds.steps().get(s),
            base.va_share_of.get(s).copied().flatten(),
        ) else {
            continue;
        };
        let Some(share) = ds.value_added_share(step) else {
            continue;
        };
        if seen.contains(&n) {
            continue;
        }
        seen.push(n);
        let figure = match ProcessingLevel::ALL.get(n) {
            // The first places are the levels' shares (`Dataset::value_added_share_table`).
            Some(&level) if step.value_added_share.is_none() => Figure::ValueAddedShare { level },
            _ => Figure::StepValueAddedShare {
                from: step.from.clone(),
                to: step.to.clone(),
            },
        };
        list.push(Ranged {
            figure,
            range: share.range(),
            slot: Slot::ValueAddedShare(n),
        });
    }
    list.retain(|r| subject.depends_on(r.slot));
    list
}

/// Value added of a plan with a step that takes no share has no estimate: said so, rather
/// than as a number that is not finite.
fn check_estimate(subject: &Subject, base_value: f64) -> Result<(), ModelError> {
    match subject {
        Subject::Scenario {
            metric: Metric::ValueAdded,
            ..
        } if base_value.is_nan() => Err(ModelError::NoValueAddedEstimate),
        Subject::Path {
            metric: PathMetric::Co2,
            ..
        }
        | Subject::ScenarioCo2 { .. }
            if base_value.is_nan() =>
        {
            Err(ModelError::NoCarbonFigure)
        }
        _ => Ok(()),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    pub figure: Figure,
    pub input_low: f64,
    pub input_base: f64,
    pub input_high: f64,
    pub value_at_low: f64,
    pub value_at_high: f64,
    /// |value_at_high − value_at_low|.
    pub swing: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tornado {
    pub base_value: f64,
    /// Largest swing first. Only figures with a range (low < high) that move the result.
    pub bars: Vec<TornadoBar>,
}

pub fn tornado_path<S: AsRef<str>>(
    ds: &Dataset,
    path: &[S],
    metric: PathMetric,
) -> Result<Tornado, ModelError> {
    let path = resolve(ds, path)?;
    tornado(ds, &Subject::Path { path, metric })
}

pub fn tornado_scenario(
    ds: &Dataset,
    scenario: &Scenario,
    measure: impl Into<Measure>,
) -> Result<Tornado, ModelError> {
    tornado_scenario_read(ds, scenario, measure, Reading::default())
}

/// As `tornado_scenario`, with the total read on a money basis and firm boundaries. For
/// `Measure::Co2`, the CO₂ per ton of primary metal and the yields and melt losses that
/// set the tons made.
pub fn tornado_scenario_read(
    ds: &Dataset,
    scenario: &Scenario,
    measure: impl Into<Measure>,
    reading: Reading,
) -> Result<Tornado, ModelError> {
    let compiled = compile_read(ds, scenario, reading)?;
    tornado(ds, &Subject::of_scenario(compiled, measure.into()))
}

fn tornado(ds: &Dataset, subject: &Subject) -> Result<Tornado, ModelError> {
    let base = Figures::at(ds, Level::Base);
    let base_value = subject.value(ds, &base);
    check_estimate(subject, base_value)?;
    let mut bars = Vec::new();
    let mut f = base.clone();
    for ranged in figures_of(ds, subject, &base) {
        if !ranged.range.has_spread() {
            continue;
        }
        let mut at = |v: f64| {
            ranged.slot.set(&mut f, v);
            let value = subject.value(ds, &f);
            ranged.slot.set(&mut f, ranged.range.base);
            value
        };
        let (at_low, at_high) = (at(ranged.range.low), at(ranged.range.high));
        // A figure the result does not depend on (the metal price for added value, a
        // yield for the value per ton of product) has no bar.
        if at_low == at_high {
            continue;
        }
        bars.push(TornadoBar {
            figure: ranged.figure,
            input_low: ranged.range.low,
            input_base: ranged.range.base,
            input_high: ranged.range.high,
            value_at_low: at_low,
            value_at_high: at_high,
            swing: (at_high - at_low).abs(),
        });
    }
    super::sort::sort_by(&mut bars, |a, b| b.swing.total_cmp(&a.swing));
    if !base_value.is_finite() || bars.iter().any(|b| !b.swing.is_finite()) {
        return Err(ModelError::NotFinite {
            what: "tornado".to_string(),
        });
    }
    Ok(Tornado { base_value, bars })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonteCarloSummary {
    pub samples: u32,
    pub seed: u32,
    /// Nearest-rank percentiles.
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    /// The result with every figure at base, for reference.
    pub base_value: f64,
}

pub fn monte_carlo_path<S: AsRef<str>>(
    ds: &Dataset,
    path: &[S],
    metric: PathMetric,
    samples: u32,
    seed: u32,
) -> Result<MonteCarloSummary, ModelError> {
    check_samples(samples)?;
    let path = resolve(ds, path)?;
    monte_carlo(ds, &Subject::Path { path, metric }, samples, seed)
}

pub fn monte_carlo_scenario(
    ds: &Dataset,
    scenario: &Scenario,
    measure: impl Into<Measure>,
    samples: u32,
    seed: u32,
) -> Result<MonteCarloSummary, ModelError> {
    monte_carlo_scenario_read(ds, scenario, measure, Reading::default(), samples, seed)
}

/// As `monte_carlo_scenario`, with the total read on a money basis and firm boundaries.
/// For `Measure::Co2`, drawn as `tornado_scenario_read` varies it.
pub fn monte_carlo_scenario_read(
    ds: &Dataset,
    scenario: &Scenario,
    measure: impl Into<Measure>,
    reading: Reading,
    samples: u32,
    seed: u32,
) -> Result<MonteCarloSummary, ModelError> {
    check_samples(samples)?;
    let compiled = compile_read(ds, scenario, reading)?;
    monte_carlo(
        ds,
        &Subject::of_scenario(compiled, measure.into()),
        samples,
        seed,
    )
}

fn check_samples(samples: u32) -> Result<(), ModelError> {
    if samples == 0 || samples > MAX_SAMPLES {
        return Err(ModelError::InvalidSamples {
            requested: samples,
            max: MAX_SAMPLES,
        });
    }
    Ok(())
}

fn monte_carlo(
    ds: &Dataset,
    subject: &Subject,
    samples: u32,
    seed: u32,
) -> Result<MonteCarloSummary, ModelError> {
    let mut f = Figures::at(ds, Level::Base);
    let base_value = subject.value(ds, &f);
    check_estimate(subject, base_value)?;
    // Only figures with a spread are drawn; the order is fixed (price, scrap price, melt
    // loss, each step's value and yield in order of use, then the value-added shares), so
    // a seed is reproducible.
    let drawn: Vec<(Slot, Triangular)> = figures_of(ds, subject, &f)
        .into_iter()
        .filter(|r| r.range.has_spread())
        .map(|r| {
            (
                r.slot,
                Triangular::new(r.range.low, r.range.base, r.range.high),
            )
        })
        .collect();
    let mut rng = Rng::new(u64::from(seed));
    let mut values = Vec::with_capacity(samples as usize);
    for _ in 0..samples {
        for (slot, t) in &drawn {
            slot.set(&mut f, t.draw(&mut rng));
        }
        values.push(subject.value(ds, &f));
    }
    if values.iter().any(|v| !v.is_finite()) {
        return Err(ModelError::NotFinite {
            what: "Monte Carlo sample".to_string(),
        });
    }
    // The standard sort here (its only use): 10,000 random samples sort 2× faster with it
    // than with `sort::sort_by`, and the Monte Carlo is the one sort where speed matters.
    values.sort_unstable_by(f64::total_cmp);
    let rank = |p: f64| -> f64 {
        // Nearest rank: the ⌈p·N⌉-th smallest value (1-based).
        let n = values.len();
        let r = ((p * n as f64).ceil() as usize).clamp(1, n.max(1));
        values.get(r - 1).copied().unwrap_or(base_value)
    };
    let mean = values.iter().sum::<f64>() / f64::from(samples);
    Ok(MonteCarloSummary {
        samples,
        seed,
        p10: rank(0.10),
        p50: rank(0.50),
        p90: rank(0.90),
        mean,
        min: values.first().copied().unwrap_or(base_value),
        max: values.last().copied().unwrap_or(base_value),
        base_value,
    })
}
