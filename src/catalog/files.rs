//! The texts of the files the visitor downloads (CSV column names and row labels) and the
//! words they share with the page: badge names and the price basis. One exhaustive match
//! per text, as in `texts`.
use crate::i18n::Lang;
use crate::model::{Badge, Dataset, MoneyBasis};

/// Fixed column names and row labels of the CSV exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Csv {
    PriceBasis,
    /// The years of the figures used (after the price basis).
    FigureYears,
    Product,
    ProductId,
    Path,
    AddedValuePerTon,
    AddedValueLow,
    AddedValueHigh,
    OutputValuePerTon,
    WeakestSource,
    Share,
    Tonnes,
    AddedValue,
    OutputValue,
    GrossOutput,
    Baseline,
    Plan,
    SoldUnprocessed,
    RetainedValue,
    ScrapSold,
    /// The unit of tonnage.
    TonUnit,
    /// The shipped region the figures are for (the last row).
    Region,
    /// t CO₂ per ton along a path, and its range (the smelting figure's).
    Co2PerTon,
    Co2Low,
    Co2High,
}

impl Csv {
    pub const ALL: [Csv; 25] = [
        Csv::PriceBasis,
        Csv::FigureYears,
        Csv::Product,
        Csv::ProductId,
        Csv::Path,
        Csv::AddedValuePerTon,
        Csv::AddedValueLow,
        Csv::AddedValueHigh,
        Csv::OutputValuePerTon,
        Csv::WeakestSource,
        Csv::Share,
        Csv::Tonnes,
        Csv::AddedValue,
        Csv::OutputValue,
        Csv::GrossOutput,
        Csv::Baseline,
        Csv::Plan,
        Csv::SoldUnprocessed,
        Csv::RetainedValue,
        Csv::ScrapSold,
        Csv::TonUnit,
        Csv::Region,
        Csv::Co2PerTon,
        Csv::Co2Low,
        Csv::Co2High,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        use Csv::*;
        use Lang::*;
        match (self, lang) {
            (PriceBasis, Zh) => "价格口径",
            (PriceBasis, En) => "Price basis",
            (FigureYears, Zh) => "数据年份",
            (FigureYears, En) => "Years of the figures",
            (Product, Zh) => "产品",
            (Product, En) => "Product",
            (ProductId, Zh) => "产品代码",
            (ProductId, En) => "Product id",
            (Path, Zh) => "加工路径",
            (Path, En) => "Path",
            (AddedValuePerTon, Zh) => "每吨附加值",
            (AddedValuePerTon, En) => "Added value per ton",
            (AddedValueLow, Zh) => "附加值低值",
            (AddedValueLow, En) => "Added value, low",
            (AddedValueHigh, Zh) => "附加值高值",
            (AddedValueHigh, En) => "Added value, high",
            (OutputValuePerTon, Zh) => "每吨产值",
            (OutputValuePerTon, En) => "Output value per ton",
            (WeakestSource, Zh) => "最弱来源",
            (WeakestSource, En) => "Weakest source",
            (Share, Zh) => "份额",
            (Share, En) => "share",
            (Tonnes, Zh) => "吨数",
            (Tonnes, En) => "tonnes",
            (AddedValue, Zh) => "附加值",
            (AddedValue, En) => "added value",
            (OutputValue, Zh) => "产值",
            (OutputValue, En) => "output value",
            (GrossOutput, Zh) => "统计口径产值",
            (GrossOutput, En) => "gross output",
            (Baseline, Zh) => "现状",
            (Baseline, En) => "Baseline",
            (Plan, Zh) => "规划",
            (Plan, En) => "Plan",
            (SoldUnprocessed, Zh) => "（直接出售）",
            (SoldUnprocessed, En) => " (sold unprocessed)",
            (RetainedValue, Zh) => "留在本地的附加值",
            (RetainedValue, En) => "Added value retained in the region",
            (ScrapSold, Zh) => "售出的加工废料",
            (ScrapSold, En) => "Process scrap sold",
            (TonUnit, Zh) => "吨",
            (TonUnit, En) => "t",
            (Region, Zh) => "地区",
            (Region, En) => "Region",
            (Co2PerTon, Zh) => "每吨二氧化碳排放（吨）",
            (Co2PerTon, En) => "CO₂ per ton (t)",
            (Co2Low, Zh) => "二氧化碳低值（吨）",
            (Co2Low, En) => "CO₂, low (t)",
            (Co2High, Zh) => "二氧化碳高值（吨）",
            (Co2High, En) => "CO₂, high (t)",
        }
    }
}

/// The region row's value: the region's name and its id (`region=` in links).
pub fn region_cell(name: &str, id: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}（{id}）"),
        Lang::En => format!("{name} ({id})"),
    }
}

/// A column name with its unit: `每吨附加值（元/吨）`, `Added value per ton (yuan/t)`.
pub fn with_unit(label: &str, unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{label}（{unit}）"),
        Lang::En => format!("{label} ({unit})"),
    }
}

/// A money column with its unit and its basis: `每吨附加值（元/吨；2019年价格，统计口径，
/// 不含增值税）`, `Added value per ton (yuan/t; 2019 prices, statistical, excl. VAT)`.
pub fn with_unit_on(label: &str, unit: &str, basis: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{label}（{unit}；{basis}）"),
        Lang::En => format!("{label} ({unit}; {basis})"),
    }
}

/// A scenario column: the side, then the figure (`规划附加值`, `Plan added value`).
pub fn side_column(side: &str, figure: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{side}{figure}"),
        Lang::En => format!("{side} {figure}"),
    }
}

/// `yuan/t` / `元/吨`, or the dataset's own currency code.
pub fn per_ton_unit(currency: &str, lang: Lang) -> String {
    match (currency, lang) {
        ("CNY", Lang::Zh) => "元/吨".into(),
        ("CNY", Lang::En) => "yuan/t".into(),
        (code, Lang::Zh) => format!("{code}/吨"),
        (code, Lang::En) => format!("{code}/t"),
    }
}

pub fn money_unit(currency: &str, lang: Lang) -> String {
    match (currency, lang) {
        ("CNY", Lang::Zh) => "元".into(),
        ("CNY", Lang::En) => "yuan".into(),
        (code, _) => code.to_string(),
    }
}

/// "2019 prices, incl. VAT": the basis every money figure is stated on.
pub fn price_basis_label(ds: &Dataset, lang: Lang) -> String {
    price_basis_label_on(ds, MoneyBasis::Market, lang)
}

/// The label of figures on a money basis: the dataset's own (market prices), or without
/// VAT, named as the statistical basis.
pub fn price_basis_label_on(ds: &Dataset, on: MoneyBasis, lang: Lang) -> String {
    let basis = ds.price_basis();
    let statistical = on == MoneyBasis::Statistical;
    let vat_included = if statistical {
        Some(false)
    } else {
        basis.vat_included
    };
    let vat = match (vat_included, lang) {
        (Some(true), Lang::Zh) => "含增值税",
        (Some(false), Lang::Zh) => "不含增值税",
        (None, Lang::Zh) => "是否含增值税未说明",
        (Some(true), Lang::En) => "incl. VAT",
        (Some(false), Lang::En) => "excl. VAT",
        (None, Lang::En) => "VAT not stated",
    };
    match (statistical, lang) {
        (false, Lang::Zh) => format!("{}年价格，{vat}", basis.year),
        (false, Lang::En) => format!("{} prices, {vat}", basis.year),
        (true, Lang::Zh) => format!("{}年价格，{vat}（统计口径）", basis.year),
        (true, Lang::En) => format!("{} prices, {vat} (statistical basis)", basis.year),
    }
}

/// The basis of a money column, in a few words: the price year, market or statistical, and
/// VAT ("2019 prices, statistical, excl. VAT").
pub fn price_basis_short(ds: &Dataset, on: MoneyBasis, lang: Lang) -> String {
    let year = ds.price_basis().year;
    let vat_included = match on {
        MoneyBasis::Market => ds.price_basis().vat_included,
        MoneyBasis::Statistical => Some(false),
    };
    let (kind, vat) = match (on, vat_included, lang) {
        (MoneyBasis::Market, _, Lang::Zh) => ("市场价", vat_zh(vat_included)),
        (MoneyBasis::Statistical, _, Lang::Zh) => ("统计口径", vat_zh(vat_included)),
        (MoneyBasis::Market, _, Lang::En) => ("market", vat_en(vat_included)),
        (MoneyBasis::Statistical, _, Lang::En) => ("statistical", vat_en(vat_included)),
    };
    match lang {
        Lang::Zh => format!("{year}年价格，{kind}，{vat}"),
        Lang::En => format!("{year} prices, {kind}, {vat}"),
    }
}

fn vat_zh(included: Option<bool>) -> &'static str {
    match included {
        Some(true) => "含增值税",
        Some(false) => "不含增值税",
        None => "是否含增值税未说明",
    }
}

fn vat_en(included: Option<bool>) -> &'static str {
    match included {
        Some(true) => "incl. VAT",
        Some(false) => "excl. VAT",
        None => "VAT not stated",
    }
}

/// A badge's name, on the page (`ui::badge`) and in the files alike.
pub fn badge_label(badge: Badge, lang: Lang) -> &'static str {
    match (badge, lang) {
        (Badge::Article, Lang::Zh) => "报道",
        (Badge::Article, Lang::En) => "article",
        (Badge::Published, Lang::Zh) => "公开数据",
        (Badge::Published, Lang::En) => "published",
        (Badge::Derived, Lang::Zh) => "推算",
        (Badge::Derived, Lang::En) => "derived",
        (Badge::Estimate, Lang::Zh) => "估算",
        (Badge::Estimate, Lang::En) => "estimate",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_csv_text_is_listed_once_and_distinct() {
        for (i, text) in Csv::ALL.iter().enumerate() {
            assert_eq!(*text as usize, i, "{text:?} out of place in ALL");
        }
        for lang in Lang::ALL {
            let texts: BTreeSet<&str> = Csv::ALL.iter().map(|t| t.get(lang)).collect();
            assert_eq!(
                texts.len(),
                Csv::ALL.len(),
                "two texts read alike in {lang:?}"
            );
            assert!(texts.iter().all(|t| !t.trim().is_empty()));
        }
        // Chinese column names are Chinese.
        assert!(Csv::ALL.iter().all(|t| !t.get(Lang::Zh).is_ascii()));
    }

    #[test]
    fn badge_words_differ_per_badge() {
        let badges = [
            Badge::Article,
            Badge::Published,
            Badge::Derived,
            Badge::Estimate,
        ];
        for lang in Lang::ALL {
            let words: BTreeSet<&str> = badges.iter().map(|b| badge_label(*b, lang)).collect();
            assert_eq!(words.len(), 4);
        }
    }
}
