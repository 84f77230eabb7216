//! The sums over a scenario's lines: one pass per line, shared by full results and
//! Monte Carlo draws.

use super::compile::{Compiled, Line};
use crate::basis::FirmBoundaries;
use crate::dataset::Dataset;
use crate::metal::{stage_tonnes, Figures, MetalBalance, ScrapFate};
use crate::metric::Metric;
use crate::paths::add_some;

/// Gross output by firm-boundary reading, in the order of `FirmBoundaries::ALL`.
pub(crate) type ByFirms = [f64; 3];

pub(crate) fn reading_index(firms: FirmBoundaries) -> usize {
    match firms {
        FirmBoundaries::Separate => 0,
        FirmBoundaries::CasthouseIntegrated => 1,
        FirmBoundaries::Integrated => 2,
    }
}

/// One line of a scenario in the year: the metal sent down one path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LineOutcome {
    /// Tons of what leaves the region (aluminium contained).
    pub(crate) tonnes: f64,
    pub(crate) balance: MetalBalance,
    /// A of the stages the region makes, with uplifts.
    pub(crate) a: f64,
    /// What the steps made elsewhere add to the metal that leaves, per ton of it.
    pub(crate) leaked: f64,
    pub(crate) gross_output: ByFirms,
    /// Σ av_i · v_i per ton at v's low, base and high; None when a step has no share.
    pub(crate) va: Option<[f64; 3]>,
    pub(crate) kwh: Option<f64>,
    pub(crate) jobs: Option<f64>,
    pub(crate) co2: Option<f64>,
}

/// What a line's evaluation computes beyond tonnes and added value: everything (a result
/// to show), or only what one metric needs (a Monte Carlo draw).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    Full,
    Only(Metric),
}

/// One pass over a line's steps: (M, tonnes lost in remelting, A with uplifts), per ton
/// of what leaves.
#[inline]
fn line_core(line: &Line, f: &Figures) -> (f64, f64, f64) {
    let (mut reach, mut lost, mut a) = (1.0, 0.0, 0.0);
    for (&s, &factor) in line.path.steps.iter().zip(&line.factors) {
        let y = f.yield_of(s);
        lost += f.loss_of(s) * reach * (1.0 - y);
        reach *= y;
        a += f.value(s) * factor;
    }
    let m = 1.0 / reach;
    (m, m * lost, a)
}

/// One metric of a scenario without the rest of the result, for Monte Carlo draws, on
/// the compiled reading. The same formulas as `totals` (a property test holds the two
/// equal).
pub(crate) fn metric_of(ds: &Dataset, compiled: &Compiled, f: &Figures, metric: Metric) -> f64 {
    let divisor = ds.divisor(compiled.reading.basis);
    if matches!(
        metric,
        Metric::GrossOutput | Metric::DeepProcessingRate | Metric::ValueAdded
    ) {
        // Value added needs the per-step shares: the full pass (NaN without an estimate).
        let detail = match metric {
            Metric::ValueAdded => Detail::Full,
            other => Detail::Only(other),
        };
        let t = totals(ds, compiled, f, detail, |_, _| {});
        return match metric {
            Metric::GrossOutput => t.gross_of(compiled.reading.firms) / divisor,
            Metric::ValueAdded => t.va.map_or(f64::NAN, |[_, base, _]| base) / divisor,
            _ => t.deep,
        };
    }
    let q = compiled.tonnage;
    let (mut sum, mut scrap_sold) = (0.0, 0.0);
    for line in &compiled.lines {
        let (m, lost, a) = line_core(line, f);
        let balance = MetalBalance::with_loss(m, lost, compiled.scrap);
        let tonnes = q * line.share / balance.net_metal;
        sum += tonnes
            * match metric {
                Metric::OutputValue => f.price + a,
                _ => a,
            };
        scrap_sold += tonnes * balance.scrap_sold;
    }
    if metric == Metric::OutputValue {
        sum += q * (1.0 - compiled.allocated).max(0.0) * f.price + scrap_sold * f.scrap_price;
    }
    sum / divisor
}

fn evaluate_line(
    ds: &Dataset,
    q: f64,
    scrap: ScrapFate,
    line: &Line,
    f: &Figures,
    detail: Detail,
) -> LineOutcome {
    let (m, lost, a) = line_core(line, f);
    let balance = MetalBalance::with_loss(m, lost, scrap);
    // N ≥ 1 (yields are at most 1, melt loss at least 0), so T is finite.
    let tonnes = q * line.share / balance.net_metal;
    let mut outcome = LineOutcome {
        tonnes,
        balance,
        a,
        leaked: 0.0,
        gross_output: [0.0; 3],
        va: None,
        kwh: None,
        jobs: None,
        co2: None,
    };
    if !matches!(detail, Detail::Full | Detail::Only(Metric::GrossOutput)) {
        return outcome;
    }
    // Each stage sells the tons it makes at metal price + the value added up to it; which
    // sales count depends on where the firm boundaries are.
    let last = line.path.steps.len().saturating_sub(1);
    let mut after = a;
    let (mut gross, mut kwh, mut jobs, mut co2) = ([0.0; 3], None, None, None);
    stage_tonnes(f, &line.path.steps, |n, s, made| {
        let made = tonnes * made;
        let sales = made * (f.price + after);
        let leaves = n == last;
        gross[0] += sales;
        if leaves || !line.first_processing.get(n).copied().unwrap_or(false) {
            gross[1] += sales;
        }
        if leaves {
            gross[2] += sales;
        }
        after -= f.value(s) * line.factors.get(n).copied().unwrap_or(1.0);
        if let Some(step) = ds.steps().get(s) {
            add_some(&mut kwh, step.kwh_per_t.map(|k| k * made));
            add_some(&mut jobs, step.jobs_per_10kt.map(|j| j * made / 10_000.0));
            add_some(&mut co2, step.co2_t_per_t.map(|c| c * made));
        }
    });
    if line.path.steps.is_empty() {
        // Nothing is made here: the metal leaves as the start product, sold by its maker.
        gross = [tonnes * f.price; 3];
    }
    outcome.gross_output = gross;
    outcome.kwh = kwh;
    outcome.jobs = jobs;
    outcome.co2 = co2;
    if detail != Detail::Full {
        return outcome;
    }
    // The steps made elsewhere: per ton that leaves, Π y of them reaches their end product.
    let (mut reach, mut rest_a) = (1.0, 0.0);
    for (&s, &factor) in line.rest.iter().zip(&line.rest_factors) {
        reach *= f.yield_of(s);
        rest_a += f.value(s) * factor;
    }
    outcome.leaked = reach * rest_a;
    let mut va = Some([0.0; 3]);
    for (&s, &factor) in line.path.steps.iter().zip(&line.factors) {
        let value = f.value(s) * factor;
        va = match (va, f.va_share_range(s)) {
            (Some([l, b, h]), Some([vl, vb, vh])) => {
                Some([l + value * vl, b + value * vb, h + value * vh])
            }
            _ => None,
        };
    }
    outcome.va = va;
    outcome
}

/// The totals a metric can aim at, without the per-product detail (no allocation, so the
/// Monte Carlo can evaluate it thousands of times). Money on the market basis.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Totals {
    pub(crate) added: f64,
    pub(crate) output: f64,
    pub(crate) gross: ByFirms,
    pub(crate) leaked: f64,
    pub(crate) deep: f64,
    pub(crate) metal_sold: f64,
    pub(crate) scrap: f64,
    pub(crate) melt_loss: f64,
    pub(crate) scrap_sold: f64,
    /// None when some step of the scenario has no value-added share.
    pub(crate) va: Option<[f64; 3]>,
    pub(crate) kwh: Option<f64>,
    pub(crate) jobs: Option<f64>,
    pub(crate) co2: Option<f64>,
}

impl Totals {
    pub(crate) fn gross_of(&self, firms: FirmBoundaries) -> f64 {
        self.gross.get(reading_index(firms)).copied().unwrap_or(0.0)
    }
}

/// Sums the lines of `compiled` with the figures `f`; `each` sees every line's outcome.
pub(crate) fn totals(
    ds: &Dataset,
    compiled: &Compiled,
    f: &Figures,
    detail: Detail,
    mut each: impl FnMut(&Line, &LineOutcome),
) -> Totals {
    let q = compiled.tonnage;
    let mut t = Totals {
        va: Some([0.0; 3]),
        ..Totals::default()
    };
    for line in &compiled.lines {
        let o = evaluate_line(ds, q, compiled.scrap, line, f, detail);
        t.added += o.tonnes * o.a;
        t.output += o.tonnes * (f.price + o.a);
        for (sum, line_gross) in t.gross.iter_mut().zip(o.gross_output) {
            *sum += line_gross;
        }
        t.leaked += o.tonnes * o.leaked;
        t.scrap += o.tonnes * o.balance.circulating_scrap;
        t.melt_loss += o.tonnes * o.balance.melt_loss;
        t.scrap_sold += o.tonnes * o.balance.scrap_sold;
        t.va = match (t.va, o.va) {
            (Some([l, b, h]), Some([ol, ob, oh])) => {
                Some([l + o.tonnes * ol, b + o.tonnes * ob, h + o.tonnes * oh])
            }
            _ => None,
        };
        add_some(&mut t.kwh, o.kwh);
        add_some(&mut t.jobs, o.jobs);
        add_some(&mut t.co2, o.co2);
        if line.deep {
            t.deep += line.share;
        }
        each(line, &o);
    }
    // The region smelts its Q tons, processed here or sold as ingot: their CO₂ is the
    // scenario's with the processing steps' own (`carbon::smelting`).
    if matches!(detail, Detail::Full | Detail::Only(Metric::GrossOutput)) {
        if let Some(c) = f.co2_primary {
            add_some(&mut t.co2, Some(q * c));
        }
    }
    t.metal_sold = q * (1.0 - compiled.allocated).max(0.0);
    let ingot = t.metal_sold * f.price;
    t.output += ingot + t.scrap_sold * f.scrap_price;
    // Ingot sold is a product; scrap sold is not (statistics count products).
    for gross in &mut t.gross {
        *gross += ingot;
    }
    t
}
