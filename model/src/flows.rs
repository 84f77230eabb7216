//! The Sankey's flows of a scenario's year: metal from the region's start product down each
//! path, ingot sold, process scrap going round (scrap → remelt → back to the start), the
//! melt loss, and scrap sold when it is. Tonnes and yuan come from the same walk, so the
//! two views of the chart always agree.

use super::dataset::{Dataset, Level};
use super::error::ModelError;
use super::metal::{stage_tonnes, Figures};
use super::scenario::{compile, Scenario};
use serde::{Deserialize, Serialize};

/// Node keys that are not products (product nodes are keyed by product id).
pub const SOLD: &str = "#sold";
pub const SCRAP: &str = "#scrap";
pub const REMELT: &str = "#remelt";
pub const MELT_LOSS: &str = "#melt-loss";
pub const SCRAP_SOLD: &str = "#scrap-sold";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlowKind {
    /// Metal made into the next product.
    Product,
    /// Metal leaving the region unprocessed, as ingot.
    Sold,
    /// Process scrap cut at a stage.
    Scrap,
    /// Scrap to the remelt furnace.
    Remelt,
    /// Remelted metal back to the start of the chain.
    Return,
    /// Lost as dross in remelting.
    Loss,
    /// Scrap sold out of the region.
    ScrapSold,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flow {
    pub from: String,
    pub to: String,
    pub tonnes: f64,
    /// The metal's value at that point: metal price plus the value added so far (uplifts
    /// included); scrap and remelted metal at the metal price, sold scrap at the scrap
    /// price, melt loss at the metal price.
    pub yuan: f64,
    pub kind: FlowKind,
}

fn add(flows: &mut Vec<Flow>, from: &str, to: &str, tonnes: f64, yuan: f64, kind: FlowKind) {
    // Nothing, or not a number: no band to draw.
    if tonnes.is_nan() || tonnes <= 0.0 {
        return;
    }
    match flows.iter_mut().find(|f| f.from == from && f.to == to) {
        Some(f) => {
            f.tonnes += tonnes;
            f.yuan += yuan;
        }
        None => flows.push(Flow {
            from: from.to_string(),
            to: to.to_string(),
            tonnes,
            yuan,
            kind,
        }),
    }
}

/// The year's flows of `scenario`, aggregated by (from, to), with every figure at base.
pub fn scenario_flows(ds: &Dataset, scenario: &Scenario) -> Result<Vec<Flow>, ModelError> {
    let compiled = compile(ds, scenario)?;
    let f = Figures::at(ds, Level::Base);
    let q = compiled.tonnage;
    let start = ds.start();
    let mut flows = Vec::new();
    let (mut scrap, mut lost, mut sold) = (0.0, 0.0, 0.0);
    for line in &compiled.lines {
        // The same balance as every other figure of the scenario (one formula for N).
        let balance = f.balance(&line.path.steps, compiled.scrap);
        let tonnes = q * line.share / balance.net_metal;
        // Value per ton after each step (uplifted), from the first step on.
        let mut after = Vec::with_capacity(line.path.steps.len());
        let mut value = f.price;
        for (&s, factor) in line.path.steps.iter().zip(&line.factors) {
            value += f.value(s) * factor;
            after.push(value);
        }
        stage_tonnes(&f, &line.path.steps, |i, s, made| {
            let (Some(&from), Some(&to)) =
                (line.path.products.get(i), line.path.products.get(i + 1))
            else {
                return;
            };
            let (from, to) = (ds.products().get(from), ds.products().get(to));
            let (Some(from), Some(to)) = (from, to) else {
                return;
            };
            let out = tonnes * made;
            let cut = out / f.yield_of(s) - out;
            let worth = after.get(i).copied().unwrap_or(f.price);
            add(
                &mut flows,
                &from.id,
                &to.id,
                out,
                out * worth,
                FlowKind::Product,
            );
            add(
                &mut flows,
                &from.id,
                SCRAP,
                cut,
                cut * f.price,
                FlowKind::Scrap,
            );
        });
        scrap += tonnes * balance.circulating_scrap;
        lost += tonnes * balance.melt_loss;
        sold += tonnes * balance.scrap_sold;
    }
    let ingot = q * (1.0 - compiled.allocated).max(0.0);
    add(
        &mut flows,
        start,
        SOLD,
        ingot,
        ingot * f.price,
        FlowKind::Sold,
    );
    if sold > 0.0 {
        add(
            &mut flows,
            SCRAP,
            SCRAP_SOLD,
            sold,
            sold * f.scrap_price,
            FlowKind::ScrapSold,
        );
    } else {
        add(
            &mut flows,
            SCRAP,
            REMELT,
            scrap,
            scrap * f.price,
            FlowKind::Remelt,
        );
        let back = scrap - lost;
        add(
            &mut flows,
            REMELT,
            start,
            back,
            back * f.price,
            FlowKind::Return,
        );
        add(
            &mut flows,
            REMELT,
            MELT_LOSS,
            lost,
            lost * f.price,
            FlowKind::Loss,
        );
    }
    Ok(flows)
}
