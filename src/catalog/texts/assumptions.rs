//! The assumptions panel, the currency picker and the dataset import.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! assumptions_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        AssumptionsTitle => "假设与数据", "Assumptions and data";
        AssumptionsIntro => "下列每个数字都可以修改：可输入 80000、80,000、8万 或全角数字；成材率可写 98%。修改过的数字会标出，可逐项或全部恢复来源数值。", "Every figure below can be changed: type 80000, 80,000 or 8万 (full-width digits too); yields as 98%. Changed figures are marked and can be reset one by one or all at once.";
        ResetAll => "全部恢复来源数值", "Reset all to sourced values";
        PriceHeading => "价格", "Price";
        StepsOnPathHeading => "当前路径的工序", "Steps on the current path";
        NoStepsOnPath => "当前路径没有加工工序。", "The current path has no processing step.";
        RecyclingTag => "回收", "recycling";
        CurrencyLegend => "同时以另一种货币显示金额", "Also show amounts in another currency";
        CurrencyCode => "货币代码", "Currency code";
        CurrencyRate => "每 1 元人民币可兑换的该货币数额", "Units of that currency per 1 yuan";
        YuanOnly => "只用人民币", "Yuan only";
        CurrencyCodeError => "请输入三个字母的货币代码，例如 USD 或 EUR。", "Enter a three-letter code such as USD or EUR.";
        CurrencyExample => "例如：USD，0.14（1 元约合 0.14 美元）。", "For example: USD at 0.14 (one yuan is about 0.14 US dollars).";
        DatasetLegend => "数据集", "Dataset";
        InUse => "正在使用：", "In use: ";
        // What a visitor needs to know; the format's version and its spec stay in
        // docs/dataset-format.md.
        ImportHint => "可导入另一条产业链的数据：由本计算器导出、或按同样格式编写的 JSON 文件，不超过 2 MB。文件只在你的浏览器中读取，不会上传。", "Import another chain's data: a JSON file exported from this calculator, or written in the same format, at most 2 MB. The file is read in your browser and never uploaded.";
        ImportFile => "导入数据集（JSON 文件，也可拖放到此处）", "Import a dataset (JSON file, or drop it here)";
        ExportDataset => "导出当前数据集", "Export the current dataset";
        ImportNotKept => "浏览器存储已满或不可用：重新加载页面后需再次导入此数据集。", "The browser's storage is full or unavailable: after a reload, import this dataset again.";
    } };
}

/// The count of edited figures, beside "Reset all".
pub fn edits_made(count: usize, lang: Lang) -> String {
    match (count, lang) {
        (0, Lang::Zh) => "所有数字均为来源数值。".to_string(),
        (0, Lang::En) => "All figures are the sourced values.".to_string(),
        (n, Lang::Zh) => format!("已修改 {n} 个数字。"),
        (n, Lang::En) => format!("{n} figure{} changed.", if n == 1 { "" } else { "s" }),
    }
}

/// The summary of the steps off the current path.
pub fn other_steps(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("其他工序 ({count})"),
        Lang::En => format!("Other steps ({count})"),
    }
}

/// How many of the steps off the current path are edited.
pub fn other_steps_edited(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（已修改 {count} 项）"),
        Lang::En => format!(" ({count} edited)"),
    }
}

/// The notice after an import (`name` in the notice's language).
pub fn dataset_imported(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已导入数据集：{name}"),
        Lang::En => format!("Dataset imported: {name}"),
    }
}

/// While a file is read.
pub fn reading_file(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("正在读取 {file}…"),
        Lang::En => format!("Reading {file}…"),
    }
}

/// A refused import, before the list of its problems.
pub fn import_refused(file: &str, problems: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{file} 未导入，当前数据保持不变。发现 {problems} 个问题："),
        Lang::En => format!(
            "{file} was not imported; the current data stays in force. {problems} problem{} found:",
            if problems == 1 { "" } else { "s" }
        ),
    }
}
