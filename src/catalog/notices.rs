//! Notices (refused edits, bad link values, a link's missing dataset) in both languages.
use crate::catalog::errors::{dataset_error, model_error};
use crate::i18n::Lang;
use crate::model::Figure;
use crate::state::{clip, DataProblem, DataSource, Notice, Problem, Subject};

impl Notice {
    /// The notice worded in a language.
    pub fn message(&self, lang: Lang) -> String {
        notice(self, lang)
    }
}

pub fn notice(notice: &Notice, lang: Lang) -> String {
    match (notice, lang) {
        (
            Notice::Imported(crate::model::ImportNotice::Schema1 {
                melt_loss,
                scrap_price_share,
                reference_product,
            }),
            lang,
        ) => schema1_import(
            melt_loss * 100.0,
            scrap_price_share * 100.0,
            reference_product.as_deref(),
            lang,
        ),
        (Notice::Imported(crate::model::ImportNotice::AssumedVat { schema, rate, year }), lang) => {
            assumed_vat_import(*schema, rate * 100.0, *year, lang)
        }
        (Notice::BadLinkValue { param, value }, Lang::Zh) => {
            format!("链接参数 {param}={} 无法识别，已改用默认值。", clip(value))
        }
        (Notice::BadLinkValue { param, value }, Lang::En) => {
            format!(
                "The link's {param}={} is not understood; the default is shown instead.",
                clip(value)
            )
        }
        (Notice::Rejected { what, errors }, Lang::Zh) => {
            let errors: Vec<String> = errors.iter().map(|e| problem(e, lang)).collect();
            format!("{}未采用：{}", subject(what, lang), errors.join("；"))
        }
        (Notice::Rejected { what, errors }, Lang::En) => {
            let errors: Vec<String> = errors.iter().map(|e| problem(e, lang)).collect();
            format!(
                "{} was not applied: {}",
                subject(what, lang),
                errors.join("; ")
            )
        }
        (Notice::DataUnavailable { source, why }, _) => data_unavailable(source, why, lang),
        (Notice::DatasetImported(name), Lang::Zh) => {
            crate::catalog::texts::dataset_imported(&name.zh, lang)
        }
        (Notice::DatasetImported(name), Lang::En) => {
            crate::catalog::texts::dataset_imported(&name.en, lang)
        }
        (Notice::ChainLink(error), lang) => crate::catalog::editor::fragment_text(error, lang),
        (Notice::ImportNotKept, lang) => {
            crate::catalog::texts::Text::ImportNotKept.get(lang).into()
        }
    }
}

fn subject(what: &Subject, lang: Lang) -> String {
    match (what, lang) {
        (Subject::Product(id), _) => clip(id),
        (Subject::Path(ids), _) => clip(&ids.join(" → ")),
        (Subject::Figure(figure), _) => figure_name(figure, lang),
        (Subject::Shares, Lang::Zh) => "产品份额".into(),
        (Subject::Shares, Lang::En) => "The shares".into(),
        (Subject::Uplift { from, to }, Lang::Zh) => format!("工序 {from} → {to} 的研发提升"),
        (Subject::Uplift { from, to }, Lang::En) => format!("The R&D uplift of {from} → {to}"),
        (Subject::Local(id), Lang::Zh) => format!("产品 {} 是否本地加工", clip(id)),
        (Subject::Local(id), Lang::En) => format!("Whether {} is made locally", clip(id)),
        (Subject::Tonnage, Lang::Zh) => "年产量".into(),
        (Subject::Tonnage, Lang::En) => "The tonnage".into(),
        (Subject::Years, Lang::Zh) => "年限".into(),
        (Subject::Years, Lang::En) => "The number of years".into(),
        (Subject::Scenario, Lang::Zh) => "情景".into(),
        (Subject::Scenario, Lang::En) => "The scenario".into(),
        (Subject::Target, Lang::Zh) => "目标".into(),
        (Subject::Target, Lang::En) => "The target".into(),
        (Subject::GoalSeek, Lang::Zh) => "反推的产品组合".into(),
        (Subject::GoalSeek, Lang::En) => "The goal-seek mix".into(),
        (Subject::Preset(id), Lang::Zh) => format!("预设 {}", clip(id)),
        (Subject::Preset(id), Lang::En) => format!("Preset {}", clip(id)),
        (Subject::DefaultDataset, Lang::Zh) => "内置数据集".into(),
        (Subject::DefaultDataset, Lang::En) => "The built-in dataset".into(),
        (Subject::Export, Lang::Zh) => "导出".into(),
        (Subject::Export, Lang::En) => "The export".into(),
        (Subject::Region(id), Lang::Zh) => format!("地区 {}", clip(id)),
        (Subject::Region(id), Lang::En) => format!("The region {}", clip(id)),
    }
}

/// A figure's name, as the assumptions panel calls it.
pub fn figure_name(figure: &Figure, lang: Lang) -> String {
    match (figure, lang) {
        (Figure::MetalPrice, Lang::Zh) => "金属价格".into(),
        (Figure::MetalPrice, Lang::En) => "The metal price".into(),
        (Figure::ScrapPrice, Lang::Zh) => "废料价格".into(),
        (Figure::ScrapPrice, Lang::En) => "The scrap price".into(),
        (Figure::MeltLoss, Lang::Zh) => "熔炼烧损".into(),
        (Figure::MeltLoss, Lang::En) => "The melt loss".into(),
        (Figure::RegionTonnes, Lang::Zh) => "地区年产量".into(),
        (Figure::RegionTonnes, Lang::En) => "The region's tonnage".into(),
        (Figure::StepAddedValue { from, to }, Lang::Zh) => format!("工序 {from} → {to} 的附加值"),
        (Figure::StepAddedValue { from, to }, Lang::En) => {
            format!("The added value of {from} → {to}")
        }
        (Figure::StepYield { from, to }, Lang::Zh) => format!("工序 {from} → {to} 的成材率"),
        (Figure::StepYield { from, to }, Lang::En) => format!("The yield of {from} → {to}"),
        (Figure::ProductLocal { id }, Lang::Zh) => format!("产品 {id} 是否本地加工"),
        (Figure::ProductLocal { id }, Lang::En) => format!("Whether {id} is made locally"),
        (Figure::StepMeltLoss { from, to }, Lang::Zh) => format!("工序 {from} → {to} 的熔炼烧损"),
        (Figure::StepMeltLoss { from, to }, Lang::En) => {
            format!("The melt loss of {from} → {to}")
        }
        (Figure::ValueAddedShare { level }, Lang::Zh) => {
            format!("加工层级 {} 的增加值占比", level.code())
        }
        (Figure::ValueAddedShare { level }, Lang::En) => {
            format!("The value-added share of level {}", level.code())
        }
        (Figure::StepValueAddedShare { from, to }, Lang::Zh) => {
            format!("工序 {from} → {to} 的增加值占比")
        }
        (Figure::StepValueAddedShare { from, to }, Lang::En) => {
            format!("The value-added share of {from} → {to}")
        }
        (Figure::StepCo2 { from, to }, Lang::Zh) => {
            format!("工序 {from} → {to} 的每吨二氧化碳排放")
        }
        (Figure::StepCo2 { from, to }, Lang::En) => format!("The CO₂ per ton of {from} → {to}"),
    }
}

pub fn problem(problem: &Problem, lang: Lang) -> String {
    match (problem, lang) {
        (Problem::Model(e), _) => model_error(e, lang),
        (Problem::Dataset(e), _) => dataset_error(e, lang),
        (Problem::PathNotFromStart { start }, Lang::Zh) => format!("路径须从“{start}”开始"),
        (Problem::PathNotFromStart { start }, Lang::En) => format!("a path starts at '{start}'"),
        // The browser's own words: no translation exists; marked as such where shown.
        (Problem::Browser(message), Lang::Zh) => format!("浏览器报告：{}", clip(message)),
        (Problem::Browser(message), Lang::En) => format!("the browser reports: {}", clip(message)),
        (Problem::NoFileReader, Lang::Zh) => "此浏览器无法读取文件".into(),
        (Problem::NoFileReader, Lang::En) => "this browser cannot read files".into(),
        (Problem::FileUnreadable, Lang::Zh) => "文件无法作为文本读取".into(),
        (Problem::FileUnreadable, Lang::En) => "the file could not be read as text".into(),
        (Problem::UnknownRegion { known }, Lang::Zh) => {
            format!("本计算器没有这个地区（现有：{}）", known.join("、"))
        }
        (Problem::UnknownRegion { known }, Lang::En) => {
            format!("there is no such region here (known: {})", known.join(", "))
        }
    }
}

fn data_unavailable(source: &DataSource, why: &DataProblem, lang: Lang) -> String {
    let name = match source {
        DataSource::Builtin => String::new(),
        DataSource::Url(url) => clip(url),
        DataSource::Stored(hash) => hash.clone(),
        DataSource::Region(id) => clip(id),
    };
    match (why, lang) {
        (DataProblem::NotInThisBrowser, Lang::Zh) => {
            "这个链接使用的是在另一个浏览器中导入的数据集，本浏览器中没有它的副本；现显示内置的产业链。请向分享者索取数据集文件后导入。".into()
        }
        (DataProblem::NotInThisBrowser, Lang::En) => "This link uses a dataset imported in another browser; this browser has no copy of it, so the built-in chain is shown. Ask whoever shared the link for the dataset file and import it.".into(),
        (DataProblem::OtherOrigin, Lang::Zh) => format!("数据集 {name} 不在本网站上，未加载；现显示内置的产业链。"),
        (DataProblem::OtherOrigin, Lang::En) => format!("The dataset {name} is not on this site and was not loaded; the built-in chain is shown."),
        (DataProblem::Fetch { status: Some(code) }, Lang::Zh) => format!("无法获取数据集 {name}（HTTP {code}）；现显示内置的产业链。"),
        (DataProblem::Fetch { status: Some(code) }, Lang::En) => format!("The dataset {name} could not be fetched (HTTP {code}); the built-in chain is shown."),
        (DataProblem::Fetch { status: None }, Lang::Zh) => format!("无法获取数据集 {name}（网络不可用）；现显示内置的产业链。"),
        (DataProblem::Fetch { status: None }, Lang::En) => format!("The dataset {name} could not be fetched (no network); the built-in chain is shown."),
        (DataProblem::Invalid(errors), Lang::Zh) => {
            let list: Vec<String> = errors.iter().map(|e| dataset_error(e, lang)).collect();
            format!("数据集 {name} 无效，现显示内置的产业链：{}", list.join("；"))
        }
        (DataProblem::Invalid(errors), Lang::En) => {
            let list: Vec<String> = errors.iter().map(|e| dataset_error(e, lang)).collect();
            format!("The dataset {name} is not valid, so the built-in chain is shown: {}", list.join("; "))
        }
    }
}

/// What the import of a schema-1 file assumed: the melt loss and the scrap price (as a share
/// of the metal price), both in percent, and the reference product taken, if any.
pub fn schema1_import(
    melt_loss: f64,
    scrap_share: f64,
    reference: Option<&str>,
    lang: Lang,
) -> String {
    match (reference, lang) {
        (reference, Lang::Zh) => {
            let reference = reference
                .map(|id| format!("，并以“{id}”为参照产品"))
                .unwrap_or_default();
            format!("这是旧格式（第 1 版）的数据集：其中没有熔炼烧损和废料价格，已按估算补上：烧损 {melt_loss}%（区间 1–5%），废料价格为金属价格的 {scrap_share}%{reference}。可在“假设”中修改。")
        }
        (reference, Lang::En) => {
            let reference = reference
                .map(|id| format!(", and '{id}' as the reference product"))
                .unwrap_or_default();
            format!("This dataset is in the old format (schema 1), which has no melt loss or scrap price. Estimates were filled in: a melt loss of {melt_loss} % (range 1–5 %) and a scrap price of {scrap_share} % of the metal price{reference}. Change them under the assumptions.")
        }
    }
}

/// A file of schema 1 or 2 states no VAT: its prices were taken to include it.
pub fn assumed_vat_import(schema: u32, rate_percent: f64, year: i32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("这是旧格式（第 {schema} 版）的数据集，没有说明价格是否含增值税：已假设价格含税，税率取价格年份 {year} 年的 {rate_percent}%。可在数据文件的 `vat` 中改正。"),
        Lang::En => format!("This dataset is in an old format (schema {schema}) and does not say whether its prices include VAT. They were taken to include it, at {rate_percent} %, the rate of the price year {year}. Correct this under `vat` in the file."),
    }
}
