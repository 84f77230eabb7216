//! A dataset file's errors, variant by variant.
use super::words::*;
use crate::i18n::Lang;
use crate::model::{DatasetError, Item};

/// A dataset file's error as the visitor reads it.
pub fn dataset_error(error: &DatasetError, lang: Lang) -> String {
    use DatasetError::*;
    match error {
        TooLarge { bytes, limit } => text!(
            lang,
            "文件大小为 {bytes} 字节，上限为 {limit} 字节：请拆分产业链或删除未用到的条目",
            "the file is {bytes} bytes; the limit is {limit} bytes — split the chain or remove unused items"
        ),
        Syntax {
            line,
            column,
            message,
        } => {
            let message = parser_words(message, lang);
            text!(
                lang,
                "第 {line} 行第 {column} 列：不是有效的 JSON（{message}）",
                "line {line}, column {column}: not valid JSON ({message})"
            )
        }
        WrongType {
            line,
            column,
            message,
        } => {
            let message = parser_words(message, lang);
            text!(
                lang,
                "第 {line} 行第 {column} 列：不符合数据集格式（{message}）",
                "line {line}, column {column}: not the dataset format ({message})"
            )
        }
        UnsupportedSchema {
            found,
            oldest,
            supported,
        } => text!(
            lang,
            "格式版本（`schema`）为 {found}；本版本只能读取第 {oldest} 至 {supported} 版",
            "`schema` is {found}; this version reads schemas {oldest} to {supported}"
        ),
        TooManyProducts { count, limit } => text!(
            lang,
            "共有 {count} 个产品，最多允许 {limit} 个",
            "{count} products; at most {limit} are allowed"
        ),
        TooManySteps { count, limit } => text!(
            lang,
            "共有 {count} 道工序，最多允许 {limit} 道",
            "{count} steps; at most {limit} are allowed"
        ),
        InvalidId { id, max_len } => text!(
            lang,
            "代码“{id}”不符合规则：请使用 1 到 {max_len} 个小写字母、数字或连字符",
            "id '{id}' is not allowed: use 1 to {max_len} lowercase letters, digits or hyphens"
        ),
        DuplicateProduct { id } => text!(
            lang,
            "产品代码“{id}”出现了不止一次",
            "product id '{id}' is used more than once"
        ),
        DuplicatePreset { id } => text!(
            lang,
            "预设代码“{id}”出现了不止一次",
            "preset id '{id}' is used more than once"
        ),
        MissingFigure { field } => text!(
            lang,
            "缺少 `{field}`：第 2 版格式的文件须给出熔炼烧损率和废料价格，并各自注明来源",
            "`{field}` is missing: a schema-2 file gives the melt loss and the scrap price, each with its source"
        ),
        TooManyPresets { count, limit } => text!(
            lang,
            "共有 {count} 个预设，最多允许 {limit} 个",
            "{count} presets; at most {limit} are allowed"
        ),
        InvalidPresetYears { id, years, max } => text!(
            lang,
            "预设“{id}”：年限（`years`）为 {years}，请填写 1 到 {max}",
            "preset '{id}': the number of years (`years`) is {years}; give 1 to {max}"
        ),
        SharesExceedOne { item, total } => {
            let item = item_words(item, lang);
            let total = number(*total, lang);
            text!(
                lang,
                "{item}：各份额合计为 {total}，合计最多为 1（即全部金属）",
                "{item}: the shares add up to {total}; together they can be at most 1 (the whole metal)"
            )
        }
        DuplicateStep { from, to } => {
            let step = step_words(from, to, lang);
            text!(
                lang,
                "{step}声明了不止一次",
                "{step} is declared more than once"
            )
        }
        UnknownProduct { id, referenced_by } => {
            let reference = reference_words(referenced_by, lang);
            text!(
                lang,
                "{reference}指向产品“{id}”，但数据集的产品列表（`products`）中没有它",
                "{reference} names product '{id}', which is not among the dataset's products (`products`)"
            )
        }
        UnknownStep { from, to } => {
            let step = step_words(from, to, lang);
            text!(lang, "不存在{step}", "there is no {step}")
        }
        MissingName { item, language } => {
            // The metal's names are under `metal`, every other item's under `name`.
            let field = if *item == Item::Metal { "metal" } else { "name" };
            let item = item_words(item, lang);
            let name = language_words(*language, lang);
            text!(
                lang,
                "{item}：{name}名称（`{field}.{language}`）为空",
                "{item}: the {name} name (`{field}.{language}`) is empty"
            )
        }
        EmptyCurrency => text!(
            lang,
            "货币（`currency`）为空：请填写货币代码，例如 CNY",
            "the currency (`currency`) is empty: give a code such as CNY"
        ),
        EmptyCitation { item, source } => {
            let item = item_words(item, lang);
            let words = source_words(*source, lang);
            text!(
                lang,
                "{item}：{words}的出处（`{source}.citation`）为空，请写明数据出自哪里",
                "{item}: the citation of the {words} (`{source}.citation`) is empty — say where the figure comes from"
            )
        }
        InvalidYear {
            item,
            source,
            year,
            min,
            max,
        } => {
            let item = item_words(item, lang);
            let words = source_words(*source, lang);
            text!(
                lang,
                "{item}：{words}的年份（`{source}.year`）为 {year}，请填写 {min} 到 {max} 之间的年份",
                "{item}: the year of the {words} (`{source}.year`) is {year}; give a year between {min} and {max}"
            )
        }
        NotFinite { item, field } => {
            let field = field_words(item, *field, lang);
            let item = item_words(item, lang);
            text!(
                lang,
                "{item}：{field}不是有限数值",
                "{item}: {field} is not a finite number"
            )
        }
        Negative { item, field, value } => {
            let field = field_words(item, *field, lang);
            let value = number(*value, lang);
            let item = item_words(item, lang);
            text!(
                lang,
                "{item}：{field}为 {value}，不能为负数",
                "{item}: {field} is {value}; it must not be negative"
            )
        }
        NotPositive { item, field, value } => {
            let field = field_words(item, *field, lang);
            let value = number(*value, lang);
            let item = item_words(item, lang);
            text!(
                lang,
                "{item}：{field}为 {value}，必须大于 0",
                "{item}: {field} is {value}; it must be greater than zero"
            )
        }
        ValueTooLarge {
            item,
            field,
            value,
            max,
        } => {
            let field = field_words(item, *field, lang);
            let (value, max) = (number(*value, lang), number(*max, lang));
            let item = item_words(item, lang);
            text!(
                lang,
                "{item}：{field}为 {value}，最大允许 {max}",
                "{item}: {field} is {value}; the largest allowed is {max}"
            )
        }
        RangeOrder {
            item,
            low,
            base,
            high,
        } => {
            let item = item_words(item, lang);
            let (low, base, high) = (number(*low, lang), number(*base, lang), number(*high, lang));
            text!(
                lang,
                "{item}：应满足 低值 ≤ 基准值 ≤ 高值，实际为低值 {low}、基准值 {base}、高值 {high}",
                "{item}: need low ≤ base ≤ high, got low {low}, base {base}, high {high}"
            )
        }
        YieldOutOfRange { from, to, value } => {
            let step = step_words(from, to, lang);
            let value = number(*value, lang);
            text!(
                lang,
                "{step}：成材率（`yield`）为 {value}，应大于 0 且不超过 1",
                "{step}: the yield (`yield`) is {value}; it must be above 0 and at most 1"
            )
        }
        Cycle { products } => {
            let products = quoted_list(products, lang);
            text!(
                lang,
                "生产工序形成了循环，经过{products}：请把闭合循环的那道工序标为 `\"recycling\": true`，或删除它",
                "production steps form a cycle through {products}; mark the step that closes it `\"recycling\": true` or remove it"
            )
        }
        DefaultPathStart {
            product,
            first,
            start,
        } => match first {
            Some(first) => text!(
                lang,
                "产品“{product}”：默认路径（`default_path`）从“{first}”开始，应从起点产品“{start}”开始",
                "product '{product}': the default path (`default_path`) begins at '{first}'; it must begin at the start product '{start}'"
            ),
            None => text!(
                lang,
                "产品“{product}”：默认路径（`default_path`）为空",
                "product '{product}': the default path (`default_path`) is empty"
            ),
        },
        DefaultPathEnd { product, last } => match last {
            Some(last) => text!(
                lang,
                "产品“{product}”：默认路径（`default_path`）以“{last}”结尾，应以“{product}”结尾",
                "product '{product}': the default path (`default_path`) ends at '{last}'; it must end at '{product}'"
            ),
            None => text!(
                lang,
                "产品“{product}”：默认路径（`default_path`）为空，应以“{product}”结尾",
                "product '{product}': the default path (`default_path`) is empty; it must end at '{product}'"
            ),
        },
        DefaultPathNoStep { product, from, to } => text!(
            lang,
            "产品“{product}”：默认路径（`default_path`）经过“{from}”→“{to}”，但没有“{from}”→“{to}”这道生产工序",
            "product '{product}': the default path (`default_path`) goes '{from}' → '{to}', but there is no production step '{from}' → '{to}'"
        ),
        AmbiguousPath {
            product,
            predecessors,
        } => {
            let predecessors = quoted_list(predecessors, lang);
            text!(
                lang,
                "产品“{product}”可由{predecessors}加工而来：请添加默认路径（`default_path`），指明采用哪一条",
                "product '{product}' can be reached from {predecessors}; add a default path (`default_path`) to say which is the default"
            )
        }
    }
}
