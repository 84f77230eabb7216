#![cfg(not(target_arch = "wasm32"))]
//! Two regions side by side: each region's figures for a product, and which carries less
//! CO₂ per ton (the app's two-regions view and the API's `compareRegions` both read these).

mod common;
use common::*;
use value_chain_model::*;

fn region(id: &str) -> Dataset {
    region::builtin(id)
        .unwrap_or_else(|| panic!("{id}: shipped"))
        .unwrap_or_else(|e| panic!("{id}: {e}"))
}

fn range(low: f64, base: f64, high: f64) -> Option<ValueRange> {
    Some(ValueRange { low, base, high })
}

/// Which of two CO₂ ranges is lower, and how sure that is.
#[track_caller]
fn check_lower(a: Option<ValueRange>, b: Option<ValueRange>, want: Lower) {
    assert_eq!(lower_co2(a, b), want, "{a:?} vs {b:?}");
}

#[test]
fn lower_is_clear_only_when_the_ranges_part() {
    use PairSide::{A, B};
    check_lower(
        range(1.0, 2.0, 3.0),
        range(4.0, 5.0, 6.0),
        Lower::Clearly(A),
    );
    check_lower(
        range(4.0, 5.0, 6.0),
        range(1.0, 2.0, 3.0),
        Lower::Clearly(B),
    );
    // Touching ranges overlap: lower at base only.
    check_lower(range(1.0, 2.0, 4.0), range(4.0, 5.0, 6.0), Lower::AtBase(A));
    check_lower(range(3.0, 5.0, 9.0), range(1.0, 4.0, 6.0), Lower::AtBase(B));
    check_lower(range(1.0, 2.0, 3.0), range(1.5, 2.0, 2.5), Lower::Undecided);
    check_lower(None, range(1.0, 2.0, 3.0), Lower::Undecided);
    check_lower(range(1.0, 2.0, 3.0), None, Lower::Undecided);
    check_lower(None, None, Lower::Undecided);
}

/// Which region carries less CO₂ for a product, by the shipped data.
#[track_caller]
fn check_regions(a: &str, b: &str, product: &str, want: Lower) {
    let co2 = |id: &str| {
        region_figures(&region(id), product, MoneyBasis::Market)
            .carbon
            .map(|c| c.total)
    };
    assert_eq!(lower_co2(co2(a), co2(b)), want, "{a} vs {b}, {product}");
}

#[test]
fn hydropower_carries_less_co2_than_coal() {
    use PairSide::{A, B};
    check_regions("baotou", "wenshan", "rod", Lower::Clearly(B));
    check_regions("wenshan", "baotou", "lv-cable", Lower::Clearly(A));
    check_regions("xinjiang", "wenshan", "furniture", Lower::Clearly(B));
    check_regions("baotou", "baotou", "rod", Lower::Undecided);
}

/// A region's figures are its default path evaluated on its dataset, on the basis asked
/// for, with the range around it and the CO₂ and electricity of that path.
#[track_caller]
fn check_figures(id: &str, product: &str) {
    let ds = region(id);
    let ev = evaluate_default_path(&ds, product).unwrap();
    let market = region_figures(&ds, product, MoneyBasis::Market);
    assert_eq!(market.path.as_ref().unwrap(), &ev, "{id} {product}");
    assert_eq!(market.carbon, path_carbon(&ds, &ev), "{id} {product}");
    assert_eq!(
        market.electricity,
        path_electricity(&ds, &ev),
        "{id} {product}"
    );
    let added = market.added_value_per_t().expect("range");
    assert_eq!(added.base, ev.added_value_per_t, "{id} {product}");
    assert!(
        added.low <= added.base && added.base <= added.high,
        "{id} {product}"
    );
    // On the statistical basis every money figure is without VAT; the CO₂ is not money.
    let statistical = region_figures(&ds, product, MoneyBasis::Statistical);
    let divisor = ds.divisor(MoneyBasis::Statistical);
    let without = statistical.added_value_per_t().expect("range");
    for (s, m) in [
        (without.low, added.low),
        (without.base, added.base),
        (without.high, added.high),
    ] {
        assert!(close(s, m / divisor), "{id} {product}: {s} vs {m}");
    }
    assert_eq!(
        statistical.path.as_ref().unwrap().basis,
        MoneyBasis::Statistical
    );
    assert_eq!(statistical.carbon, market.carbon, "{id} {product}");
}

#[test]
fn each_region_has_its_own_figures() {
    for id in region::builtin_ids() {
        check_figures(id, "rod");
        check_figures(id, "furniture");
    }
}

#[test]
fn an_unknown_product_has_no_figures() {
    let f = region_figures(&region("baotou"), "unobtainium", MoneyBasis::Market);
    assert!(
        matches!(f.path, Err(ModelError::UnknownProduct { .. })),
        "{:?}",
        f.path
    );
    assert_eq!(f.range, None);
    assert_eq!(f.carbon, None);
    assert_eq!(f.electricity, None);
    assert_eq!(f.added_value_per_t(), None);
}
