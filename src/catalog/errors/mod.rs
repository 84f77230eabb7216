//! The model's, the dataset format's and the stored lists' (saved views, kept drafts)
//! errors, variant by variant.
//!
//! The English of a model or dataset error is the model's own `Display`: one English
//! wording, the model's; this module adds the Chinese. Every match is exhaustive (no
//! catch-all arm), so a new variant does not compile until it has its Chinese. Ids, JSON
//! field names (in backticks) and numbers are the same in both languages; each error
//! carries its own limits, so no limit constant is imported here.
use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::model::{Metric, ModelError};
use crate::saved::SavedViewsError;
use crate::stored_list::{StoredList, StoredListError};

mod dataset;
mod words;

pub use dataset::dataset_error;
use words::{number, overflowed_words, parser_words, step_words};

/// A model error as the visitor reads it: in English the model's own `Display` (the one
/// English wording), in Chinese the text here.
pub fn model_error(error: &ModelError, lang: Lang) -> String {
    use ModelError::*;
    if lang == Lang::En {
        return error.to_string();
    }
    match error {
        UnknownPreset { id } => format!("数据集中没有预设“{id}”"),
        UnknownProduct { id } => format!("数据集中没有产品“{id}”"),
        EmptyPath => "路径为空：请至少给出一个产品代码".to_string(),
        NoStep { from, to } => {
            let step = step_words(from, to);
            format!("不存在{step}")
        }
        RecyclingStepInPath { from, to } => format!("“{from}”→“{to}”是回收再生工序；加工路径只能经过生产工序"),
        NoDefaultPath { product } => format!("产品“{product}”无法从起点产品经生产工序到达"),
        PathStart {
            product,
            first,
            start,
        } => format!("通往“{product}”的路径从“{first}”开始，应从“{start}”开始"),
        PathEnd { product, last } => format!("为“{product}”给出的路径以“{last}”结尾，应以“{product}”结尾"),
        ShareForStart { product } => format!("“{product}”是起点产品，不能为它设定份额：没有送往任何加工路径的金属本来就以“{product}”的形态离开"),
        InvalidTonnage { value, max } => {
let value = number(*value);
format!("年产量 {value} 无效：请填写 0 到 {max} 之间的吨数")
}
        InvalidShare { product, value } => {
let value = number(*value);
format!("“{product}”的份额 {value} 无效：请填写 0 到 1 之间的数")
}
        SharesExceedOne { total } => {
            let percent = match total.is_finite() {
 true => format!("{:.2}", total * 100.0),
 false => number(total * 100.0),
};
            format!("各份额合计为 {percent}%，不能超过 100%")
        }
        UnknownStep { from, to } => format!("不存在生产工序“{from}”→“{to}”"),
        DuplicateUplift { from, to } => {
            let step = step_words(from, to);
            format!("{step}设定了不止一个研发提升")
        }
        InvalidUplift {
            from,
            to,
            percent,
            max,
        } => {
            let step = step_words(from, to);
            let percent = number(*percent);
            format!("{step}的研发提升 {percent}% 无效：请填写 -100% 到 {max}% 之间的数")
        }
        InvalidYears { years, max } => format!("年限 {years} 年无效：请填写 1 到 {max} 年"),
        InvalidTarget { value } => {
let value = number(*value);
format!("目标值 {value} 无效：请填写不小于 0 的有限数值")
}
        InvalidSamples { requested, max } => format!("抽样次数 {requested} 无效：请填写 1 到 {max} 次"),
        TooManyPaths { limit } => format!("加工路径超过 {limit} 条：产业链分支太多，无法逐条列出"),
        TargetBasisStated {
            metric,
            stated,
            asked,
        } => {
            let basis = |code: &str| match code {
                "statistical" => "统计口径（不含税）",
                _ => "市场价（含税）",
            };
            let (stated, asked) = (basis(stated), basis(asked));
            let measure = match Metric::from_code(metric) {
                Some(Metric::AddedValue) => Text::MetricAddedValue,
                Some(Metric::OutputValue) => Text::MetricOutputValue,
                Some(Metric::RetainedValue) => Text::MetricRetainedValue,
                Some(Metric::ValueAdded) => Text::MetricValueAdded,
                Some(Metric::DeepProcessingRate) => Text::MetricDeepProcessingRate,
                Some(Metric::GrossOutput) | None => Text::MetricGrossOutput,
            };
            let measure = measure.get(Lang::Zh);
            format!("{measure}目标的来源说明其按{stated}计，不能按{asked}衡量")
        }
        NoValueAddedEstimate => {
            "无法估算增加值：规划中有工序在数据集中没有增加值占比（`value_added_shares`）".to_string()
        }
        NoCarbonFigure => {
            "无法计算二氧化碳排放：产业链中没有生产起始产品的工序给出每吨二氧化碳排放（`co2_t_per_t`）".to_string()
        }
        NotFinite { what } => {
            let what = overflowed_words(what);
            format!("{what}计算溢出：请检查是否有极小的成材率或极大的数值")
        }
        Serialize { message } => {
            let message = parser_words(message);
            format!("无法写出 JSON（{message}）")
        }
    }
}

/// Why a stored list (saved views, kept drafts) could not be read, or is full.
// Worded here, not in `stored_list`: the catalog reads the lists' errors, never the reverse.
impl StoredListError {
    /// The message about `list` in a language.
    pub fn message(&self, list: StoredList, lang: Lang) -> String {
        stored_list_error(self, list, lang)
    }
}

pub fn stored_list_error(e: &StoredListError, list: StoredList, lang: Lang) -> String {
    match list {
        // The kept drafts are only ever read against their limits (keeping one more drops
        // the oldest), so every error about them is one that leaves the list unread.
        StoredList::Drafts => crate::catalog::editor::drafts_unreadable(lang).into(),
        StoredList::SavedViews => saved_views_list_error(e, lang),
    }
}

/// Why the saved views could not be read, or a view not saved.
impl SavedViewsError {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        saved_views_error(self, lang)
    }
}

/// A saved views' error in `lang`: the list's as `stored_list_error` words it for them, a
/// view's own here.
pub fn saved_views_error(e: &SavedViewsError, lang: Lang) -> String {
    use Lang::{En, Zh};
    match (e, lang) {
        (SavedViewsError::List(e), _) => stored_list_error(e, StoredList::SavedViews, lang),
        (SavedViewsError::EmptyName, Zh) => "请输入名称。".into(),
        (SavedViewsError::EmptyName, En) => "Please enter a name.".into(),
        (SavedViewsError::NameTooLong { max, .. }, Zh) => format!("名称最多 {max} 个字符。"),
        (SavedViewsError::NameTooLong { max, .. }, En) => {
            format!("A name has at most {max} characters.")
        }
        (SavedViewsError::QueryTooLong { .. }, Zh) => "这个视图的链接太长，无法保存。".into(),
        (SavedViewsError::QueryTooLong { .. }, En) => {
            "This view's link is too long to save.".into()
        }
    }
}

fn saved_views_list_error(e: &StoredListError, lang: Lang) -> String {
    use Lang::{En, Zh};
    match (e, lang) {
        (StoredListError::Corrupt { .. }, Zh) => {
            "已保存的视图数据已损坏，无法读取；原数据保持不变。".into()
        }
        (StoredListError::Corrupt { .. }, En) => {
            "The saved views could not be read (corrupt data); they were left untouched.".into()
        }
        (StoredListError::UnsupportedSchema { found }, Zh) => {
            format!("已保存的视图来自另一版本（格式 {found}），无法读取；原数据保持不变。")
        }
        (StoredListError::UnsupportedSchema { found }, En) => {
            format!("The saved views come from another version (format {found}) and cannot be read; they were left untouched.")
        }
        (StoredListError::TooLarge { .. }, Zh) => {
            "已保存的视图数据过大，无法读取；原数据保持不变。".into()
        }
        (StoredListError::TooLarge { .. }, En) => {
            "The saved views are too large to read; they were left untouched.".into()
        }
        (StoredListError::TooMany { max, .. }, Zh) => {
            format!("最多可保存 {max} 个视图，请先删除一些。")
        }
        (StoredListError::TooMany { max, .. }, En) => {
            format!("At most {max} views can be saved; delete some first.")
        }
    }
}

#[cfg(test)]
mod tests;
