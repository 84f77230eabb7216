//! Texts the scenario components share: dataset names in the current language, metric
//! names, model errors. Dataset names are plain strings rendered as text nodes (never HTML).
use crate::i18n::Lang;
use crate::model::{Dataset, Figure, Metric, ModelError};

pub use crate::i18n::product_name;

pub fn step_name(ds: &Dataset, from: &str, to: &str, lang: Lang) -> String {
    format!(
        "{} → {}",
        product_name(ds, from, lang),
        product_name(ds, to, lang)
    )
}

pub fn metric_name(metric: Metric, lang: Lang) -> &'static str {
    match metric {
        Metric::AddedValue => lang.pick("附加值", "Added value"),
        Metric::OutputValue => lang.pick("产值", "Output value"),
        Metric::GrossOutput => lang.pick("统计口径产值", "Gross output (as statistics count it)"),
        Metric::RetainedValue => lang.pick("留在本地的附加值", "Value retained in the region"),
        Metric::DeepProcessingRate => lang.pick("精深加工率", "Deep-processing rate"),
    }
}

/// A metric's value as people read it: a share in percent, an amount in 万/亿 or
/// thousand/million/billion yuan.
pub fn metric_value(metric: Metric, value: f64, lang: Lang) -> String {
    if metric.is_rate() {
        super::format::percent(value, lang)
    } else {
        super::format::yuan(value, lang, super::format::Precision::Significant3)
    }
}

/// `metric_value` written out in full, for a data table.
pub fn metric_value_full(metric: Metric, value: f64, lang: Lang) -> String {
    if metric.is_rate() {
        super::format::percent(value, lang)
    } else {
        super::format::yuan(value, lang, super::format::Precision::Significant3Full)
    }
}

/// A tornado bar's figure, e.g. "Metal price" or "Profile → Furniture".
pub fn figure_name(ds: &Dataset, figure: &Figure, lang: Lang) -> String {
    match figure {
        Figure::MetalPrice => lang.pick("铝价", "Metal price").to_string(),
        Figure::ScrapPrice => lang.pick("废铝价格", "Scrap price").to_string(),
        Figure::MeltLoss => lang.pick("熔炼烧损率", "Melt loss").to_string(),
        Figure::RegionTonnes => lang.pick("地区产量", "Region tonnage").to_string(),
        Figure::StepAddedValue { from, to } => step_name(ds, from, to, lang),
        Figure::StepYield { from, to } => {
            format!(
                "{}{}",
                lang.pick("成材率 ", "Yield "),
                step_name(ds, from, to, lang)
            )
        }
        Figure::ProductLocal { id } => product_name(ds, id, lang),
    }
}

/// The model's message (English), introduced in the current language.
pub fn error_text(error: &ModelError, lang: Lang) -> String {
    format!(
        "{}{}",
        lang.pick("无法计算：", "Cannot compute: "),
        crate::catalog::errors::model_error(error, lang)
    )
}

/// A unit for an axis or a row of large amounts, so labels stay short: 亿/万 in Chinese,
/// billion/million in English. Returns (divisor, unit text).
pub fn amount_unit(max: f64, lang: Lang) -> (f64, &'static str) {
    let max = max.abs();
    match lang {
        Lang::Zh if max >= 1e8 => (1e8, "亿元"),
        Lang::Zh if max >= 1e4 => (1e4, "万元"),
        Lang::Zh => (1.0, "元"),
        Lang::En if max >= 1e9 => (1e9, "billion yuan"),
        Lang::En if max >= 1e6 => (1e6, "million yuan"),
        Lang::En => (1.0, "yuan"),
    }
}

/// Shortens a long dataset name for a chart label (the full name stays in the aria-label
/// and the table).
pub fn short_label(name: &str, max_chars: usize) -> String {
    if name.chars().count() <= max_chars {
        name.to_string()
    } else {
        format!(
            "{}…",
            name.chars()
                .take(max_chars.saturating_sub(1))
                .collect::<String>()
        )
    }
}
