//! The sums over a scenario's lines: one pass per line, shared by full results and
//! Monte Carlo draws.

use super::compile::{Compiled, Line};
use crate::dataset::Dataset;
use crate::metal::{stage_tonnes, Figures, MetalBalance, ScrapFate};
use crate::metric::Metric;
use crate::paths::add_some;

/// One line of a scenario in the year: the metal sent down one path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LineOutcome {
    pub(crate) tonnes: f64,
    pub(crate) balance: MetalBalance,
    /// A_k with uplifts, and its local part.
    pub(crate) a: f64,
    pub(crate) a_local: f64,
    pub(crate) gross_output: f64,
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

/// One pass over a line's steps: (M, A with uplifts, its local part).
#[inline]
fn line_core(line: &Line, f: &Figures) -> (f64, f64, f64) {
    let (mut m, mut a, mut a_local) = (1.0, 0.0, 0.0);
    for ((&s, &factor), &local) in line.path.steps.iter().zip(&line.factors).zip(&line.local) {
        m /= f.yield_of(s);
        let value = f.value(s) * factor;
        a += value;
        if local {
            a_local += value;
        }
    }
    (m, a, a_local)
}

/// One metric of a scenario without the rest of the result, for Monte Carlo draws. The
/// same formulas as `totals` (a property test holds the two equal).
pub(crate) fn metric_of(ds: &Dataset, compiled: &Compiled, f: &Figures, metric: Metric) -> f64 {
    if matches!(metric, Metric::GrossOutput | Metric::DeepProcessingRate) {
        return metric.of_totals(&totals(ds, compiled, f, Detail::Only(metric), |_, _| {}));
    }
    let q = compiled.tonnage;
    let (mut sum, mut scrap_sold) = (0.0, 0.0);
    for line in &compiled.lines {
        let (m, a, a_local) = line_core(line, f);
        let balance = MetalBalance::new(m, f.melt_loss, compiled.scrap);
        let tonnes = q * line.share / balance.net_metal;
        sum += tonnes
            * match metric {
                Metric::RetainedValue => a_local,
                Metric::OutputValue => f.price + a,
                _ => a,
            };
        scrap_sold += tonnes * balance.scrap_sold;
    }
    if metric == Metric::OutputValue {
        sum += q * (1.0 - compiled.allocated).max(0.0) * f.price + scrap_sold * f.scrap_price;
    }
    sum
}

fn evaluate_line(
    ds: &Dataset,
    q: f64,
    scrap: ScrapFate,
    line: &Line,
    f: &Figures,
    detail: Detail,
) -> LineOutcome {
    let (m, a, a_local) = line_core(line, f);
    let balance = MetalBalance::new(m, f.melt_loss, scrap);
    // N ≥ 1 (yields are at most 1, melt loss at least 0), so T is finite.
    let tonnes = q * line.share / balance.net_metal;
    let (mut gross, mut kwh, mut jobs, mut co2) = (0.0, None, None, None);
    if !matches!(detail, Detail::Full | Detail::Only(Metric::GrossOutput)) {
        return LineOutcome {
            tonnes,
            balance,
            a,
            a_local,
            gross_output: gross,
            kwh,
            jobs,
            co2,
        };
    }
    // Each stage sells the tons it makes at metal price + the value added up to it.
    let mut after = a;
    stage_tonnes(f, &line.path.steps, |n, s, made| {
        let made = tonnes * made;
        gross += made * (f.price + after);
        after -= f.value(s) * line.factors.get(n).copied().unwrap_or(1.0);
        if let Some(step) = ds.steps().get(s) {
            add_some(&mut kwh, step.kwh_per_t.map(|k| k * made));
            add_some(&mut jobs, step.jobs_per_10kt.map(|j| j * made / 10_000.0));
            add_some(&mut co2, step.co2_t_per_t.map(|c| c * made));
        }
    });
    LineOutcome {
        tonnes,
        balance,
        a,
        a_local,
        gross_output: gross,
        kwh,
        jobs,
        co2,
    }
}

/// The totals a metric can aim at, without the per-product detail (no allocation, so the
/// Monte Carlo can evaluate it thousands of times).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Totals {
    pub(crate) added: f64,
    pub(crate) output: f64,
    pub(crate) gross: f64,
    pub(crate) retained: f64,
    pub(crate) deep: f64,
    pub(crate) metal_sold: f64,
    pub(crate) scrap: f64,
    pub(crate) melt_loss: f64,
    pub(crate) scrap_sold: f64,
    pub(crate) kwh: Option<f64>,
    pub(crate) jobs: Option<f64>,
    pub(crate) co2: Option<f64>,
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
    let mut t = Totals::default();
    for line in &compiled.lines {
        let o = evaluate_line(ds, q, compiled.scrap, line, f, detail);
        t.added += o.tonnes * o.a;
        t.output += o.tonnes * (f.price + o.a);
        t.gross += o.gross_output;
        t.retained += o.tonnes * o.a_local;
        t.scrap += o.tonnes * o.balance.circulating_scrap;
        t.melt_loss += o.tonnes * o.balance.melt_loss;
        t.scrap_sold += o.tonnes * o.balance.scrap_sold;
        add_some(&mut t.kwh, o.kwh);
        add_some(&mut t.jobs, o.jobs);
        add_some(&mut t.co2, o.co2);
        if line.deep {
            t.deep += line.share;
        }
        each(line, &o);
    }
    t.metal_sold = q * (1.0 - compiled.allocated).max(0.0);
    let sold = t.metal_sold * f.price + t.scrap_sold * f.scrap_price;
    t.output += sold;
    t.gross += sold;
    t
}
