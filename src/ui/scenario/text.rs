//! Texts the scenario components share: dataset names in the current language, metric
//! names, model errors. Dataset names are plain strings rendered as text nodes (never HTML).
use crate::catalog::metal::{self, Metal};
use crate::catalog::texts::{self, Text};
use crate::derived::Measure;
use crate::i18n::Lang;
use crate::model::{Dataset, Figure, Metric, ModelError, ProcessingLevel};

pub use crate::i18n::product_name;

pub fn step_name(ds: &Dataset, from: &str, to: &str, lang: Lang) -> String {
    format!(
        "{} → {}",
        product_name(ds, from, lang),
        product_name(ds, to, lang)
    )
}

/// An uncertainty measure's name: a metric's, or CO₂'s.
pub fn measure_name(measure: Measure, lang: Lang) -> &'static str {
    match measure {
        Measure::Metric(m) => metric_name(m, lang),
        Measure::Co2 => Text::Co2Tonnes.get(lang),
    }
}

/// A value of an uncertainty measure as readers read it; `full` for a data table.
pub fn measure_value(measure: Measure, value: f64, full: bool, lang: Lang) -> String {
    use crate::ui::format::{tons, Precision};
    match (measure, full) {
        (Measure::Metric(m), false) => metric_value(m, value, lang),
        (Measure::Metric(m), true) => metric_value_full(m, value, lang),
        (Measure::Co2, false) => tons(value, lang, Precision::Significant3),
        (Measure::Co2, true) => tons(value, lang, Precision::Significant3Full),
    }
}

/// The unit a chart of `measure` up to `max` is written in: (divisor, unit).
pub fn measure_unit(measure: Measure, max: f64, lang: Lang) -> (f64, &'static str) {
    match measure {
        Measure::Metric(_) => texts::amount_unit(max, lang),
        Measure::Co2 => texts::tonnes_unit(max, lang),
    }
}

pub fn metric_name(metric: Metric, lang: Lang) -> &'static str {
    match metric {
        Metric::AddedValue => Text::MetricAddedValue.get(lang),
        Metric::OutputValue => Text::MetricOutputValue.get(lang),
        Metric::GrossOutput => Text::MetricGrossOutput.get(lang),
        Metric::RetainedValue => Text::MetricRetainedValue.get(lang),
        Metric::ValueAdded => Text::MetricValueAdded.get(lang),
        Metric::DeepProcessingRate => Text::MetricDeepProcessingRate.get(lang),
    }
}

/// A metric's value as people read it: a share in percent, an amount in wan/yi or
/// thousand/million/billion yuan.
pub fn metric_value(metric: Metric, value: f64, lang: Lang) -> String {
    if metric.is_rate() {
        crate::ui::format::percent(value, lang)
    } else {
        crate::ui::format::yuan(value, lang, crate::ui::format::Precision::Significant3)
    }
}

/// `metric_value` written out in full, for a data table.
pub fn metric_value_full(metric: Metric, value: f64, lang: Lang) -> String {
    if metric.is_rate() {
        crate::ui::format::percent(value, lang)
    } else {
        crate::ui::format::yuan(value, lang, crate::ui::format::Precision::Significant3Full)
    }
}

/// A tornado bar's figure, e.g. "Metal price" or "Profile → Furniture".
pub fn figure_name(ds: &Dataset, figure: &Figure, lang: Lang) -> String {
    match figure {
        Figure::MetalPrice => metal::metal_price(Metal::of(ds), lang),
        Figure::ScrapPrice => Text::ScrapPrice.get(lang).to_string(),
        Figure::MeltLoss => Text::MeltLossRate.get(lang).to_string(),
        Figure::RegionTonnes => Text::RegionTonnage.get(lang).to_string(),
        Figure::StepAddedValue { from, to } => step_name(ds, from, to, lang),
        Figure::StepYield { from, to } => texts::yield_of(&step_name(ds, from, to, lang), lang),
        Figure::ProductLocal { id } => product_name(ds, id, lang),
        Figure::StepMeltLoss { from, to } => {
            texts::melt_loss_of(&step_name(ds, from, to, lang), lang)
        }
        Figure::ValueAddedShare { level } => {
            texts::value_added_share_of(level_name(*level, lang), lang)
        }
        Figure::StepValueAddedShare { from, to } => {
            texts::value_added_share_of(&step_name(ds, from, to, lang), lang)
        }
        Figure::StepCo2 { from, to } => texts::co2_of(&step_name(ds, from, to, lang), lang),
    }
}

/// A processing level's name, as the product picker groups products.
pub fn level_name(level: ProcessingLevel, lang: Lang) -> &'static str {
    match level {
        ProcessingLevel::Smelting => Text::LevelSmelting.get(lang),
        ProcessingLevel::PrimaryProcessing => Text::LevelFirstProcessing.get(lang),
        ProcessingLevel::DeepProcessing => Text::LevelDeepProcessing.get(lang),
        ProcessingLevel::EndProduct => Text::LevelEndProducts.get(lang),
    }
}

/// The model's message (English), introduced in the current language.
pub fn error_text(error: &ModelError, lang: Lang) -> String {
    texts::cannot_compute(&crate::catalog::errors::model_error(error, lang), lang)
}

/// A unit for an axis or a row of large amounts, so labels stay short: yi/wan in Chinese,
/// billion/million in English. Returns (divisor, unit text).
pub fn amount_unit(max: f64, lang: Lang) -> (f64, &'static str) {
    texts::amount_unit(max, lang)
}
