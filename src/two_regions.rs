//! Two shipped regions side by side for one product (the two-regions view): for each, the
//! product's default path on the region's own sourced figures (the visitor's edits belong
//! to the dataset in force, not to these), its added value with range, its CO₂ and
//! electricity per ton, and its own plan's targets held against the plan on every
//! reading. Pure: `crate::derived` computes it once per pair, product and basis. The
//! figures and which side is lower are the model's (`model::two_regions`, which the
//! host-page API's `compareRegions` shares); this adds the cached regions and their plans.
use std::rc::Rc;

pub use crate::model::Lower;
use crate::model::{
    carbon_cost, lower_co2, region_figures, target_verdicts, CarbonPrice, Dataset, ModelError,
    MoneyBasis, PathCarbon, PathElectricity, PathEvaluation, PathRange, RegionFigures,
    TargetVerdict, ValueRange,
};
use crate::state::{Notice, PairSide, RegionPair};

/// One region's figures for the product.
#[derive(Debug, PartialEq)]
pub struct RegionSide {
    pub id: String,
    pub dataset: Rc<Dataset>,
    /// The product's default path in the region, on the page's basis.
    pub path: Result<PathEvaluation, ModelError>,
    /// The same path with every figure at its low and at its high.
    pub range: Option<PathRange>,
    pub carbon: Option<PathCarbon>,
    pub electricity: Option<PathElectricity>,
    /// The region's presets that state targets, each with its verdicts.
    pub plans: Vec<(String, Result<Vec<TargetVerdict>, ModelError>)>,
}

impl RegionSide {
    /// The carbon cost per ton at `price`; None without a price or without CO₂.
    pub fn carbon_cost(&self, price: Option<&CarbonPrice>) -> Option<ValueRange> {
        Some(carbon_cost(self.carbon.as_ref()?, price?))
    }
}

#[derive(Debug, PartialEq)]
pub struct TwoRegions {
    pub product: String,
    /// Each side, or the notice why it cannot be shown.
    pub a: Result<RegionSide, Notice>,
    pub b: Result<RegionSide, Notice>,
}

impl TwoRegions {
    pub fn side(&self, side: PairSide) -> &Result<RegionSide, Notice> {
        match side {
            PairSide::A => &self.a,
            PairSide::B => &self.b,
        }
    }

    /// The side whose path carries less CO₂ per ton.
    pub fn lower_co2(&self) -> Lower {
        let co2 = |s: &Result<RegionSide, Notice>| {
            s.as_ref()
                .ok()
                .and_then(|s| s.carbon.as_ref())
                .map(|c| c.total)
        };
        lower_co2(co2(&self.a), co2(&self.b))
    }
}

/// Both regions' figures for `product` on `basis`.
pub fn two_regions(pair: &RegionPair, product: &str, basis: MoneyBasis) -> TwoRegions {
    TwoRegions {
        product: product.to_string(),
        a: region_side(&pair.a, product, basis),
        b: region_side(&pair.b, product, basis),
    }
}

fn region_side(id: &str, product: &str, basis: MoneyBasis) -> Result<RegionSide, Notice> {
    // The reducer accepts only ids that resolve; the same cache answers here.
    let dataset = match crate::regions::resolve(id) {
        Some(Ok(ds)) => ds,
        _ => {
            return Err(Notice::BadLinkValue {
                param: "region".into(),
                value: id.into(),
            })
        }
    };
    let ds = &*dataset;
    let RegionFigures {
        path,
        range,
        carbon,
        electricity,
    } = region_figures(ds, product, basis);
    let plans = ds
        .presets()
        .iter()
        .filter(|p| !p.targets.is_empty())
        .map(|p| (p.id.clone(), target_verdicts(ds, &p.id)))
        .collect();
    Ok(RegionSide {
        id: id.to_string(),
        path,
        range,
        carbon,
        electricity,
        plans,
        dataset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::path_carbon;

    fn pair(a: &str, b: &str) -> RegionPair {
        RegionPair {
            a: a.into(),
            b: b.into(),
        }
    }

    /// Which side carries less CO₂ for a product, by the shipped data.
    #[track_caller]
    fn check_lower(a: &str, b: &str, product: &str, want: Lower) {
        let two = two_regions(&pair(a, b), product, MoneyBasis::Market);
        assert_eq!(two.lower_co2(), want, "{a} vs {b}, {product}");
    }

    #[test]
    fn hydropower_carries_less_co2_than_coal() {
        check_lower("baotou", "wenshan", "rod", Lower::Clearly(PairSide::B));
        check_lower("wenshan", "baotou", "lv-cable", Lower::Clearly(PairSide::A));
        check_lower(
            "xinjiang",
            "wenshan",
            "furniture",
            Lower::Clearly(PairSide::B),
        );
        check_lower("baotou", "baotou", "rod", Lower::Undecided);
    }

    /// Each side is the region's own sourced figures, as the model computes them.
    #[track_caller]
    fn check_side(id: &str, product: &str) {
        let two = two_regions(&pair(id, "binzhou"), product, MoneyBasis::Market);
        let side = two.a.as_ref().expect("resolves");
        let ds = crate::regions::resolve(id).unwrap().unwrap();
        assert!(Rc::ptr_eq(&side.dataset, &ds), "{id}: the cached region");
        let ev = crate::model::evaluate_default_path(&ds, product).unwrap();
        assert_eq!(side.path.as_ref().unwrap(), &ev, "{id} {product}");
        assert_eq!(side.carbon, path_carbon(&ds, &ev), "{id} {product}");
        assert!(side
            .electricity
            .as_ref()
            .is_some_and(|e| e.total > 13_000.0));
        let range = side.range.as_ref().expect("range");
        assert!(range.low.added_value_per_t <= ev.added_value_per_t);
        assert!(ev.added_value_per_t <= range.high.added_value_per_t);
        // The plans shown are the presets with targets, each judged.
        let with_targets = ds
            .presets()
            .iter()
            .filter(|p| !p.targets.is_empty())
            .count();
        assert_eq!(side.plans.len(), with_targets, "{id}");
        assert!(side.plans.iter().all(|(_, v)| v.is_ok()), "{id}");
    }

    #[test]
    fn each_side_is_the_regions_own() {
        for id in [
            "binzhou", "baotou", "baise", "gongyi", "xinjiang", "wenshan",
        ] {
            check_side(id, "rod");
            check_side(id, "furniture");
        }
    }

    #[test]
    fn a_carbon_cost_needs_a_price_and_co2() {
        let two = two_regions(&pair("baotou", "wenshan"), "rod", MoneyBasis::Market);
        let side = two.b.as_ref().unwrap();
        assert_eq!(side.carbon_cost(None), None);
        let price = CarbonPrice::cbam_example();
        let cost = side.carbon_cost(Some(&price)).unwrap();
        let co2 = side.carbon.as_ref().unwrap().total;
        assert!((cost.base - co2.base * 75.36).abs() < 1e-9);
        // An unknown product: no path, no carbon, no cost; the plans are still there.
        let two = two_regions(
            &pair("baotou", "wenshan"),
            "unobtainium",
            MoneyBasis::Market,
        );
        let side = two.a.as_ref().unwrap();
        assert!(side.path.is_err());
        assert_eq!(side.carbon_cost(Some(&price)), None);
    }
}
