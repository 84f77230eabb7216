#![cfg(not(target_arch = "wasm32"))]
//! A target's verdict in words names exactly the readings it is met on (catalog::readings).
use value_chain::catalog::readings::met_conditions;
use value_chain::i18n::Lang;
use value_chain::model::{FirmBoundaries as F, MoneyBasis as B, Reading, ReadingValue};

/// `met` lists the readings met among every firm boundary × both bases.
#[track_caller]
fn check(firms: &[F], met: &[(F, B)], en: &str, zh: &str) {
    let readings: Vec<ReadingValue> = firms
        .iter()
        .flat_map(|&f| B::ALL.into_iter().map(move |b| (f, b)))
        .map(|(firms, basis)| ReadingValue {
            reading: Reading { basis, firms },
            value: 0.0,
            met: met.contains(&(firms, basis)),
        })
        .collect();
    assert_eq!(met_conditions(&readings, Lang::En), en);
    assert_eq!(met_conditions(&readings, Lang::Zh), zh);
}

#[test]
fn the_conditions_name_the_readings_met() {
    let all = F::ALL;
    // Zouping's 60 bn: met with separate firms on both bases.
    check(
        &all,
        &[(F::Separate, B::Market), (F::Separate, B::Statistical)],
        "every stage is a separate firm",
        "每个环节都是独立企业",
    );
    // Met with separate firms only with VAT included.
    check(
        &all,
        &[(F::Separate, B::Market)],
        "every stage is a separate firm and prices include VAT",
        "每个环节都是独立企业且按含税价格计",
    );
    // Every firm boundary, but only with VAT: the basis alone.
    check(
        &all,
        &[
            (F::Separate, B::Market),
            (F::CasthouseIntegrated, B::Market),
            (F::Integrated, B::Market),
        ],
        "prices include VAT",
        "按含税价格计",
    );
    // Two firm boundaries.
    check(
        &all,
        &[
            (F::Separate, B::Market),
            (F::Separate, B::Statistical),
            (F::CasthouseIntegrated, B::Market),
            (F::CasthouseIntegrated, B::Statistical),
        ],
        "every stage is a separate firm or the casthouse is inside the firms that process its metal",
        "每个环节都是独立企业或铸造环节并入加工其产品的企业",
    );
    // A measure on one firm boundary: the basis only.
    check(
        &[F::Separate],
        &[(F::Separate, B::Market)],
        "prices include VAT",
        "按含税价格计",
    );
}
