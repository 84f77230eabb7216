//! The words of a result's readings: the firm boundaries gross output is counted on, the
//! value-added (增加值) estimate, targets held against every reading, and the warning when
//! a plan needs much of the country's output of a product. One `match` over the languages
//! per text, as in `texts`.
use crate::i18n::Lang;
use crate::model::{FirmBoundaries, MoneyBasis, ReadingValue, VerdictKind};

/// A firm-boundary reading as the switch names it.
pub fn firms_label(firms: FirmBoundaries, lang: Lang) -> &'static str {
    use FirmBoundaries::*;
    match (firms, lang) {
        (Separate, Lang::Zh) => "各环节为独立企业",
        (Separate, Lang::En) => "every stage a separate firm",
        (CasthouseIntegrated, Lang::Zh) => "铸造并入加工企业",
        (CasthouseIntegrated, Lang::En) => "casthouse inside the processing firms",
        (Integrated, Lang::Zh) => "全链为一家企业",
        (Integrated, Lang::En) => "the whole chain one firm",
    }
}

/// A firm-boundary reading in a few words, beside its figure.
pub fn firms_short(firms: FirmBoundaries, lang: Lang) -> &'static str {
    use FirmBoundaries::*;
    match (firms, lang) {
        (Separate, Lang::Zh) => "各环节独立",
        (Separate, Lang::En) => "separate firms",
        (CasthouseIntegrated, Lang::Zh) => "铸造并入",
        (CasthouseIntegrated, Lang::En) => "casthouse in",
        (Integrated, Lang::Zh) => "全链一家",
        (Integrated, Lang::En) => "one firm",
    }
}

/// The firm-boundary switch's legend.
pub fn firms_legend(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "统计口径产值的企业边界",
        Lang::En => "Gross output counts",
    }
}

/// The plan's gross output on each firm-boundary reading (`values` formatted, in the order
/// integrated, casthouse-integrated, separate), introducing the line.
pub fn gross_output_range_lead(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "规划的统计口径产值随企业边界而变：",
        Lang::En => "The plan's gross output by firm boundaries: ",
    }
}

/// Marks the reading the table uses.
pub fn chosen_reading(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "，表中所用",
        Lang::En => ", used above",
    }
}

/// The value-added estimate's label.
pub fn value_added_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "增加值（估算）",
        Lang::En => "Value added (estimate)",
    }
}

/// The value-added estimate per ton, on the path's result card.
pub fn value_added_per_ton_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "每吨增加值（估算）",
        Lang::En => "Value added per ton (estimate)",
    }
}

/// An estimate's range, `low` and `high` formatted.
pub fn estimate_range(low: &str, high: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("区间 {low} – {high}"),
        Lang::En => format!("range {low} – {high}"),
    }
}

/// The condition a firm-boundary reading states ("if every stage is a separate firm").
fn firms_condition(firms: FirmBoundaries, lang: Lang) -> &'static str {
    use FirmBoundaries::*;
    match (firms, lang) {
        (Separate, Lang::Zh) => "每个环节都是独立企业",
        (Separate, Lang::En) => "every stage is a separate firm",
        (CasthouseIntegrated, Lang::Zh) => "铸造环节并入加工其产品的企业",
        (CasthouseIntegrated, Lang::En) => {
            "the casthouse is inside the firms that process its metal"
        }
        (Integrated, Lang::Zh) => "全链为一家企业",
        (Integrated, Lang::En) => "the whole chain is one firm",
    }
}

fn basis_condition(basis: MoneyBasis, lang: Lang) -> &'static str {
    match (basis, lang) {
        (MoneyBasis::Market, Lang::Zh) => "按含税价格计",
        (MoneyBasis::Market, Lang::En) => "prices include VAT",
        (MoneyBasis::Statistical, Lang::Zh) => "按不含税价格计",
        (MoneyBasis::Statistical, Lang::En) => "prices exclude VAT",
    }
}

/// The readings a target is met on, as conditions: the firm boundaries, and the money
/// basis where only one of the admissible bases meets it ("every stage is a separate firm
/// or prices include VAT" never says more than the readings do).
pub fn met_conditions(readings: &[ReadingValue], lang: Lang) -> String {
    let mut firms: Vec<FirmBoundaries> = Vec::new();
    let mut bases: Vec<MoneyBasis> = Vec::new();
    for r in readings {
        if !firms.contains(&r.reading.firms) {
            firms.push(r.reading.firms);
        }
        if !bases.contains(&r.reading.basis) {
            bases.push(r.reading.basis);
        }
    }
    let met_bases = |f: FirmBoundaries| -> Vec<MoneyBasis> {
        readings
            .iter()
            .filter(|r| r.met && r.reading.firms == f)
            .map(|r| r.reading.basis)
            .collect()
    };
    let met_firms: Vec<FirmBoundaries> = firms
        .iter()
        .copied()
        .filter(|f| !met_bases(*f).is_empty())
        .collect();
    // Every firm boundary met on the same bases: the basis alone is the condition.
    let first_bases = met_firms.first().map(|f| met_bases(*f));
    let same_bases = met_firms.len() == firms.len()
        && met_firms.iter().all(|f| Some(met_bases(*f)) == first_bases);
    let (and, or) = match lang {
        Lang::Zh => ("且", "或"),
        Lang::En => (" and ", " or "),
    };
    let basis_part = |met: &[MoneyBasis]| -> Option<String> {
        (met.len() < bases.len()).then(|| {
            met.iter()
                .map(|b| basis_condition(*b, lang))
                .collect::<Vec<_>>()
                .join(or)
        })
    };
    if same_bases {
        if let Some(first) = met_firms.first() {
            return basis_part(&met_bases(*first)).unwrap_or_default();
        }
    }
    met_firms
        .iter()
        .map(|f| {
            let firm = (firms.len() > 1).then(|| firms_condition(*f, lang).to_string());
            match (firm, basis_part(&met_bases(*f))) {
                (Some(firm), Some(basis)) => format!("{firm}{and}{basis}"),
                (Some(firm), None) => firm,
                (None, Some(basis)) => basis,
                (None, None) => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(or)
}

/// A target's verdict in words: `target` the measure and figure ("Gross output 60 billion
/// yuan"), `conditions` from `met_conditions`, `best` the margin on the most favourable
/// reading and `worst` on the least (both formatted without sign).
pub fn verdict_sentence(
    kind: VerdictKind,
    target: &str,
    conditions: &str,
    best: &str,
    worst: &str,
    lang: Lang,
) -> String {
    use VerdictKind::*;
    match (kind, lang) {
        (MetEveryReading, Lang::Zh) => {
            format!("{target}：所有口径下均达到（最不利的口径下仍高出 {worst}）。")
        }
        (MetEveryReading, Lang::En) => {
            format!("{target}: met on every reading ({worst} above it on the least favourable).")
        }
        (MetOnlyIf, Lang::Zh) => format!(
            "{target}：仅在{conditions}时达到（最多高出 {best}；最不利的口径下差 {worst}）。"
        ),
        (MetOnlyIf, Lang::En) => format!(
            "{target}: met only if {conditions} ({best} above it at best; {worst} short on the least favourable reading)."
        ),
        (NotMet, Lang::Zh) => {
            format!("{target}：任何口径下均未达到（最有利的口径下仍差 {best}）。")
        }
        (NotMet, Lang::En) => {
            format!("{target}: not met on any reading ({best} short even on the most favourable).")
        }
    }
}

/// The verdict's short name, for a heading or a table cell.
pub fn verdict_kind(kind: VerdictKind, lang: Lang) -> &'static str {
    use VerdictKind::*;
    match (kind, lang) {
        (MetEveryReading, Lang::Zh) => "所有口径下均达到",
        (MetEveryReading, Lang::En) => "met on every reading",
        (MetOnlyIf, Lang::Zh) => "仅在部分口径下达到",
        (MetOnlyIf, Lang::En) => "met only on some readings",
        (NotMet, Lang::Zh) => "任何口径下均未达到",
        (NotMet, Lang::En) => "not met on any reading",
    }
}

/// A measure and its target, introducing a verdict ("Gross output 60 billion yuan").
pub fn target_of(metric: &str, value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{metric}目标 {value}"),
        Lang::En => format!("{metric} target {value}"),
    }
}

/// The plan needs `share` (formatted) of China's output of `product` (`china` tons in
/// `year`).
pub fn national_output_warning(
    share: &str,
    product: &str,
    china: &str,
    year: i32,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!(
            "本规划所需的{product}相当于全国产量的 {share}（{year}年全国产量 {china}），一个地区难以做到。"
        ),
        Lang::En => format!(
            "This plan needs {share} of China's {} output ({china}, {year}): more than one region is likely to make.",
            product.to_lowercase()
        ),
    }
}
