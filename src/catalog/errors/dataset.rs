//! A dataset file's errors, variant by variant.
use super::words::*;
use crate::i18n::Lang;
use crate::model::{DatasetError, Item};

/// A dataset file's error as the visitor reads it: in English the model's own `Display` (the
/// one English wording), in Chinese the text here.
pub fn dataset_error(error: &DatasetError, lang: Lang) -> String {
    use DatasetError::*;
    if lang == Lang::En {
        return error.to_string();
    }
    match error {
        TooLarge { bytes, limit } => format!("文件大小为 {bytes} 字节，上限为 {limit} 字节：请拆分产业链或删除未用到的条目"),
        Syntax {
            line,
            column,
            message,
        } => {
            let message = parser_words(message);
            format!("第 {line} 行第 {column} 列：不是有效的 JSON（{message}）")
        }
        WrongType {
            line,
            column,
            message,
        } => {
            let message = parser_words(message);
            format!("第 {line} 行第 {column} 列：不符合数据集格式（{message}）")
        }
        UnsupportedSchema {
            found,
            oldest,
            supported,
        } => format!("格式版本（`schema`）为 {found}；本版本只能读取第 {oldest} 至 {supported} 版"),
        TooManyProducts { count, limit } => format!("共有 {count} 个产品，最多允许 {limit} 个"),
        TooManySteps { count, limit } => format!("共有 {count} 道工序，最多允许 {limit} 道"),
        InvalidId { id, max_len } => format!("代码“{id}”不符合规则：请使用 1 到 {max_len} 个小写字母、数字或连字符"),
        DuplicateProduct { id } => format!("产品代码“{id}”出现了不止一次"),
        DuplicatePreset { id } => format!("预设代码“{id}”出现了不止一次"),
        MissingFigure { field } => format!("缺少 `{field}`：第 2 版及以后格式的文件须给出熔炼烧损率和废料价格，第 3 版还须给出增值税（`vat`），并各自注明来源"),
        TooManyPresets { count, limit } => format!("共有 {count} 个预设，最多允许 {limit} 个"),
        InvalidPresetYears { id, years, max } => format!("预设“{id}”：年限（`years`）为 {years}，请填写 1 到 {max}"),
        SharesExceedOne { item, total } => {
            let item = item_words(item);
            let total = number(*total);
            format!("{item}：各份额合计为 {total}，合计最多为 1（即全部金属）")
        }
        DuplicateStep { from, to } => {
            let step = step_words(from, to);
            format!("{step}声明了不止一次")
        }
        UnknownProduct { id, referenced_by } => {
            let reference = reference_words(referenced_by);
            format!("{reference}指向产品“{id}”，但数据集的产品列表（`products`）中没有它")
        }
        UnknownStep { from, to } => {
            let step = step_words(from, to);
            format!("不存在{step}")
        }
        NoValueAddedShare { item } => {
            let item = item_words(item);
            format!("无法修改{item}：数据集在这里没有给出增加值占比")
        }
        UnknownChain { found, known } => {
            let known = known
                .iter()
                .map(|id| format!("“{id}”"))
                .collect::<Vec<_>>()
                .join("、");
            format!("该地区所依据的产业链“{found}”（`extends`）在此不可用；可用的有：{known}")
        }
        UnknownPreset { id } => {
            format!("该地区保留产业链的预设“{id}”（`chain_presets`），但产业链中没有这个预设")
        }
        RegionalFigure { figure, given: true } => format!(
            "该地区既给出了自己的“{figure}”，又说明采用全国数字（`national`）：请只保留其一"
        ),
        RegionalFigure { figure, given: false } => format!(
            "该地区既没有给出自己的“{figure}”，也没有说明采用全国数字：请补上该数字及其来源，或添加一条 `national` 说明为何没有"
        ),
        InvalidUrl { item, source, url } => {
            let item = item_words(item);
            let words = source_words(*source);
            format!("{item}：{words}的网址（`{source}.url`）为“{url}”；请填写以 https:// 或 http:// 开头的网址，或者删去")
        }
        MissingName { item, language } => {
            // The metal's names are under `metal`, every other item's under `name`.
            let field = if *item == Item::Metal { "metal" } else { "name" };
            let item = item_words(item);
            let name = language_words(*language);
            format!("{item}：{name}名称（`{field}.{language}`）为空")
        }
        EmptyCurrency => "货币（`currency`）为空：请填写货币代码，例如 CNY".to_string(),
        EmptyCitation { item, source } => {
            let item = item_words(item);
            let words = source_words(*source);
            format!("{item}：{words}的出处（`{source}.citation`）为空，请写明数据出自哪里")
        }
        InvalidYear {
            item,
            source,
            year,
            min,
            max,
        } => {
            let item = item_words(item);
            let words = source_words(*source);
            format!("{item}：{words}的年份（`{source}.year`）为 {year}，请填写 {min} 到 {max} 之间的年份")
        }
        NotFinite { item, field } => {
            let field = field_words(item, *field);
            let item = item_words(item);
            format!("{item}：{field}不是有限数值")
        }
        Negative { item, field, value } => {
            let field = field_words(item, *field);
            let value = number(*value);
            let item = item_words(item);
            format!("{item}：{field}为 {value}，不能为负数")
        }
        NotPositive { item, field, value } => {
            let field = field_words(item, *field);
            let value = number(*value);
            let item = item_words(item);
            format!("{item}：{field}为 {value}，必须大于 0")
        }
        ValueTooLarge {
            item,
            field,
            value,
            max,
        } => {
            let field = field_words(item, *field);
            let (value, max) = (number(*value), number(*max));
            let item = item_words(item);
            format!("{item}：{field}为 {value}，最大允许 {max}")
        }
        RangeOrder {
            item,
            low,
            base,
            high,
        } => {
            let item = item_words(item);
            let (low, base, high) = (number(*low), number(*base), number(*high));
            format!("{item}：应满足 低值 ≤ 基准值 ≤ 高值，实际为低值 {low}、基准值 {base}、高值 {high}")
        }
        YieldOutOfRange { from, to, value } => {
            let step = step_words(from, to);
            let value = number(*value);
            format!("{step}：成材率（`yield`）为 {value}，应大于 0 且不超过 1")
        }
        Cycle { products } => {
            let products = quoted_list(products);
            format!("生产工序形成了循环，经过{products}：请把闭合循环的那道工序标为 `\"recycling\": true`，或删除它")
        }
        DefaultPathStart {
            product,
            first,
            start,
        } => match first {
            Some(first) => format!("产品“{product}”：默认路径（`default_path`）从“{first}”开始，应从起点产品“{start}”开始"),
            None => format!("产品“{product}”：默认路径（`default_path`）为空"),
        },
        DefaultPathEnd { product, last } => match last {
            Some(last) => format!("产品“{product}”：默认路径（`default_path`）以“{last}”结尾，应以“{product}”结尾"),
            None => format!("产品“{product}”：默认路径（`default_path`）为空，应以“{product}”结尾"),
        },
        DefaultPathNoStep { product, from, to } => format!("产品“{product}”：默认路径（`default_path`）经过“{from}”→“{to}”，但没有“{from}”→“{to}”这道生产工序"),
        AmbiguousPath {
            product,
            predecessors,
        } => {
            let predecessors = quoted_list(predecessors);
            format!("产品“{product}”可由{predecessors}加工而来：请添加默认路径（`default_path`），指明采用哪一条")
        }
    }
}
