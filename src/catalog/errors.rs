//! The model's and the dataset format's errors, variant by variant, in Chinese and English.
//!
//! Every match is exhaustive (no catch-all arm), so a new variant of an error or of one of
//! the enums it carries does not compile until it has its text in both languages. The
//! English keeps the meaning of the model's `Display` texts, with items and fields named in
//! words; ids, JSON field names (in backticks) and numbers are the same in both languages.
//! Numbers are written plainly (`{}`), as the model writes them: this module stays pure.
use crate::i18n::Lang;
use crate::model::dataset::{MAX_ID_LEN, MAX_TONNES, MAX_YEAR, MIN_YEAR, OLDEST_SCHEMA};
use crate::model::{
    DatasetError, Field, Item, Language, ModelError, Reference, SourceField, MAX_UPLIFT_PERCENT,
};
use crate::saved::{SavedError, MAX_NAME_CHARS, MAX_VIEWS};

/// Formats the text for `lang`; both literals capture the caller's variables by name.
macro_rules! text {
    ($lang:expr, $zh:literal, $en:literal $(,)?) => {
        match $lang {
            Lang::Zh => format!($zh),
            Lang::En => format!($en),
        }
    };
}

/// A model error as the visitor reads it.
pub fn model_error(error: &ModelError, lang: Lang) -> String {
    use ModelError::*;
    match error {
        UnknownPreset { id } => text!(
            lang,
            "数据集中没有预设“{id}”",
            "the dataset has no preset '{id}'"
        ),
        UnknownProduct { id } => text!(
            lang,
            "数据集中没有产品“{id}”",
            "there is no product '{id}' in the dataset"
        ),
        EmptyPath => text!(
            lang,
            "路径为空：请至少给出一个产品代码",
            "the path is empty: give at least one product id"
        ),
        NoStep { from, to } => {
            let step = step_words(from, to, lang);
            text!(lang, "不存在{step}", "there is no {step}")
        }
        RecyclingStepInPath { from, to } => text!(
            lang,
            "“{from}”→“{to}”是回收再生工序；加工路径只能经过生产工序",
            "'{from}' → '{to}' is a recycling step; paths follow production steps only"
        ),
        NoDefaultPath { product } => text!(
            lang,
            "产品“{product}”无法从起点产品经生产工序到达",
            "product '{product}' cannot be reached from the start product by production steps"
        ),
        PathStart {
            product,
            first,
            start,
        } => text!(
            lang,
            "通往“{product}”的路径从“{first}”开始，应从“{start}”开始",
            "the path to '{product}' begins at '{first}'; it must begin at '{start}'"
        ),
        PathEnd { product, last } => text!(
            lang,
            "为“{product}”给出的路径以“{last}”结尾，应以“{product}”结尾",
            "the path given for '{product}' ends at '{last}'; it must end at '{product}'"
        ),
        ShareForStart { product } => text!(
            lang,
            "“{product}”是起点产品，不能为它设定份额：没有送往任何加工路径的金属本来就以“{product}”的形态离开",
            "'{product}' is the start product and takes no share: metal not sent down a path already leaves as '{product}'"
        ),
        InvalidTonnage { value } => {
let value = number(*value, lang);
text!(
            lang,
            "年产量 {value} 无效：请填写 0 到 {MAX_TONNES} 之间的吨数",
            "tonnage {value} is not allowed: give a number from 0 to {MAX_TONNES}"
        )
}
        InvalidShare { product, value } => {
let value = number(*value, lang);
text!(
            lang,
            "“{product}”的份额 {value} 无效：请填写 0 到 1 之间的数",
            "share {value} for '{product}' is not allowed: give a number from 0 to 1"
        )
}
        SharesExceedOne { total } => {
            let percent = match total.is_finite() {
 true => format!("{:.2}", total * 100.0),
 false => number(total * 100.0, lang),
};
            text!(
                lang,
                "各份额合计为 {percent}%，不能超过 100%",
                "shares add up to {percent} %; they must not exceed 100 %"
            )
        }
        UnknownStep { from, to } => text!(
            lang,
            "不存在生产工序“{from}”→“{to}”",
            "there is no production step '{from}' → '{to}'"
        ),
        DuplicateUplift { from, to } => {
            let step = step_words(from, to, lang);
            text!(
                lang,
                "{step}设定了不止一个研发提升",
                "{step} has more than one R&D uplift"
            )
        }
        InvalidUplift { from, to, percent } => {
            let step = step_words(from, to, lang);
            let percent = number(*percent, lang);
            text!(
                lang,
                "{step}的研发提升 {percent}% 无效：请填写 -100% 到 {MAX_UPLIFT_PERCENT}% 之间的数",
                "R&D uplift {percent} % on {step} is not allowed: give -100 to {MAX_UPLIFT_PERCENT} %"
            )
        }
        InvalidYears { years, max } => text!(
            lang,
            "年限 {years} 年无效：请填写 1 到 {max} 年",
            "{years} years is not allowed: give 1 to {max}"
        ),
        InvalidTarget { value } => {
let value = number(*value, lang);
text!(
            lang,
            "目标值 {value} 无效：请填写不小于 0 的有限数值",
            "target {value} is not allowed: give a finite number of at least 0"
        )
}
        InvalidSamples { requested, max } => text!(
            lang,
            "抽样次数 {requested} 无效：请填写 1 到 {max} 次",
            "{requested} samples is not allowed: give 1 to {max}"
        ),
        TooManyPaths { limit } => text!(
            lang,
            "加工路径超过 {limit} 条：产业链分支太多，无法逐条列出",
            "more than {limit} paths: the chain branches too much to list every path"
        ),
        NotFinite { what } => {
            let what = overflowed_words(what, lang);
            text!(
                lang,
                "{what}计算溢出：请检查是否有极小的成材率或极大的数值",
                "{what} overflowed; check for extremely small yields or large values"
            )
        }
        Serialize { message } => {
            let message = parser_words(message, lang);
            text!(
                lang,
                "无法写出 JSON（{message}）",
                "could not write JSON: {message}"
            )
        }
    }
}

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
        UnsupportedSchema { found, supported } => text!(
            lang,
            "格式版本（`schema`）为 {found}；本版本只能读取第 {OLDEST_SCHEMA} 至 {supported} 版",
            "`schema` is {found}; this version reads schemas {OLDEST_SCHEMA} to {supported}"
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
        InvalidId { id } => text!(
            lang,
            "代码“{id}”不符合规则：请使用 1 到 {MAX_ID_LEN} 个小写字母、数字或连字符",
            "id '{id}' is not allowed: use 1 to {MAX_ID_LEN} lowercase letters, digits or hyphens"
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
        InvalidYear { item, source, year } => {
            let item = item_words(item, lang);
            let words = source_words(*source, lang);
            text!(
                lang,
                "{item}：{words}的年份（`{source}.year`）为 {year}，请填写 {MIN_YEAR} 到 {MAX_YEAR} 之间的年份",
                "{item}: the year of the {words} (`{source}.year`) is {year}; give a year between {MIN_YEAR} and {MAX_YEAR}"
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

/// A number as the model writes it (`{}`); in Chinese, a number that is not finite in words.
fn number(value: f64, lang: Lang) -> String {
    match lang {
        Lang::Zh if value.is_nan() => "非数值".to_string(),
        Lang::Zh if value.is_infinite() => {
            let sign = if value < 0.0 { "负" } else { "正" };
            format!("{sign}无穷大")
        }
        Lang::Zh | Lang::En => format!("{value}"),
    }
}

/// The part of the dataset an error is about, as the subject of a sentence.
fn item_words(item: &Item, lang: Lang) -> String {
    match item {
        Item::Dataset => text!(lang, "数据集", "the dataset"),
        Item::Metal => text!(lang, "数据集的金属", "the dataset's metal"),
        Item::MetalPrice => text!(lang, "金属价格", "the metal price"),
        Item::MeltLoss => text!(lang, "熔炼烧损率", "the melt loss"),
        Item::ScrapPrice => text!(lang, "废料价格", "the scrap price"),
        Item::Region => text!(lang, "地区", "the region"),
        Item::Baseline => text!(lang, "基准年", "the baseline"),
        Item::Preset { id } => text!(lang, "预设“{id}”", "preset '{id}'"),
        Item::Product { id } => text!(lang, "产品“{id}”", "product '{id}'"),
        Item::Step { from, to } => step_words(from, to, lang),
    }
}

fn step_words(from: &str, to: &str, lang: Lang) -> String {
    text!(lang, "工序“{from}”→“{to}”", "step '{from}' → '{to}'")
}

/// A numeric field of an item. A step's low, base and high are those of its added value
/// (its yield is the field `Yield`); other items' are those of their own range.
fn field_words(item: &Item, field: Field, lang: Lang) -> String {
    let of_step = matches!(item, Item::Step { .. });
    let words = match (field, of_step) {
        (Field::Low, true) => lang.pick("附加值低值", "the low added value"),
        (Field::Low, false) => lang.pick("低值", "the low value"),
        (Field::Base, true) => lang.pick("附加值基准值", "the base added value"),
        (Field::Base, false) => lang.pick("基准值", "the base value"),
        (Field::High, true) => lang.pick("附加值高值", "the high added value"),
        (Field::High, false) => lang.pick("高值", "the high value"),
        (Field::Yield, _) => lang.pick("成材率", "the yield"),
        (Field::KwhPerT, _) => lang.pick("每吨用电量（kWh/t）", "the electricity use (kWh/t)"),
        (Field::JobsPer10kt, _) => lang.pick("每万吨就业岗位数", "the jobs per 10,000 t"),
        (Field::Co2PerT, _) => lang.pick("每吨二氧化碳排放量", "the CO2 emissions per ton"),
        (Field::PrimaryTonnesPerYear, _) => {
            lang.pick("原生金属年产量", "the primary metal output per year")
        }
        (Field::Tonnage, _) => lang.pick("年产量（吨数）", "the tonnage"),
        (Field::Share, _) => lang.pick("其中一个份额", "a share"),
        (Field::Target, _) => lang.pick("其中一个目标值", "a target"),
    };
    words.to_string()
}

/// Which of an item's `source` objects, in words (the message adds its JSON name).
fn source_words(source: SourceField, lang: Lang) -> &'static str {
    match source {
        SourceField::Source => lang.pick("来源", "source"),
        SourceField::YieldSource => lang.pick("成材率来源", "yield source"),
        SourceField::KwhSource => lang.pick("用电量来源", "electricity-use source"),
        SourceField::JobsSource => lang.pick("就业岗位来源", "jobs source"),
        SourceField::Co2Source => lang.pick("二氧化碳排放来源", "CO2 source"),
    }
}

/// The language of a dataset name.
fn language_words(language: Language, lang: Lang) -> &'static str {
    match language {
        Language::En => lang.pick("英文", "English"),
        Language::Zh => lang.pick("中文", "Chinese"),
    }
}

/// Where a product id was referenced, as the subject of a sentence.
fn reference_words(reference: &Reference, lang: Lang) -> String {
    match reference {
        Reference::Start => text!(
            lang,
            "数据集的起点产品（`start`）",
            "the dataset's start product (`start`)"
        ),
        Reference::StepFrom { from, to } => {
            let step = step_words(from, to, lang);
            text!(
                lang,
                "{step}的投入产品（`from`）",
                "the input product (`from`) of {step}"
            )
        }
        Reference::StepTo { from, to } => {
            let step = step_words(from, to, lang);
            text!(
                lang,
                "{step}的产出产品（`to`）",
                "the output product (`to`) of {step}"
            )
        }
        Reference::DefaultPath { product } => text!(
            lang,
            "产品“{product}”的默认路径（`default_path`）",
            "the default path (`default_path`) of product '{product}'"
        ),
        Reference::Edit => text!(lang, "一项修改", "an edit"),
        Reference::ReferenceProduct => text!(
            lang,
            "数据集的参照产品（`reference_product`）",
            "the dataset's reference product (`reference_product`)"
        ),
        Reference::Baseline => text!(
            lang,
            "基准年的份额（`baseline.shares`）",
            "the baseline's shares (`baseline.shares`)"
        ),
        Reference::Preset { id } => text!(
            lang,
            "预设“{id}”的份额（`shares`）",
            "the shares (`shares`) of preset '{id}'"
        ),
    }
}

/// Ids as a list: 'a', 'b' in English, “a”、“b” in Chinese.
fn quoted_list(ids: &[String], lang: Lang) -> String {
    let quoted: Vec<String> = ids
        .iter()
        .map(|id| text!(lang, "“{id}”", "'{id}'"))
        .collect();
    quoted.join(lang.pick("、", ", "))
}

/// What overflowed (`ModelError::NotFinite::what`). The model names it in English words;
/// the names it uses are translated, and any other is not shown in Chinese.
fn overflowed_words(what: &str, lang: Lang) -> String {
    match lang {
        Lang::En => what.to_string(),
        Lang::Zh => match what {
            "added value per ton" => "每吨附加值",
            "metal per ton" => "每吨产品耗用的金属",
            "total added value" => "附加值合计",
            "total output value" => "产值合计",
            "gross output" => "统计口径产值",
            "retained value" => "留在本地的附加值",
            "tornado" => "敏感性分析（龙卷风图）",
            "Monte Carlo sample" => "蒙特卡罗抽样",
            _ => "某项计算结果",
        }
        .to_string(),
    }
}

/// The JSON parser's own message (serde_json's, English). The messages it gives for a file
/// that is not JSON, and the common ones for JSON that is not the dataset format, are
/// translated; any other is shown as it stands, marked as the parser's words.
fn parser_words(message: &str, lang: Lang) -> String {
    match lang {
        Lang::En => message.to_string(),
        Lang::Zh => match parser_words_zh(message) {
            Some(words) => words,
            None => format!("解析器原文：{message}"),
        },
    }
}

fn parser_words_zh(message: &str) -> Option<String> {
    let fixed = match message {
        "EOF while parsing a list" => Some("数组尚未闭合，文件就结束了"),
        "EOF while parsing an object" => Some("对象尚未闭合，文件就结束了"),
        "EOF while parsing a string" => Some("字符串尚未闭合，文件就结束了"),
        "EOF while parsing a value" => Some("此处应有一个值，文件却结束了"),
        "expected `:`" => Some("此处应为 `:`"),
        "expected `,` or `]`" => Some("此处应为 `,` 或 `]`"),
        "expected `,` or `}`" => Some("此处应为 `,` 或 `}`"),
        "expected `\"`" => Some("此处应为 `\"`"),
        "expected ident" => Some("此处的值无法识别"),
        "expected value" => Some("此处应为一个值"),
        "invalid escape" => Some("无效的转义序列"),
        "invalid number" => Some("无效的数字"),
        "number out of range" => Some("数字超出范围"),
        "invalid unicode code point" => Some("无效的字符码位"),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            Some("字符串中有未转义的控制字符")
        }
        "key must be a string" => Some("键必须是字符串"),
        "invalid value: expected key to be a number in quotes" => Some("键应为带引号的数字"),
        "float key must be finite (got NaN or +/-inf)" => Some("浮点数键必须是有限数值"),
        "lone leading surrogate in hex escape" => Some("十六进制转义中有不成对的代理项"),
        "trailing comma" => Some("多余的逗号"),
        "trailing characters" => Some("JSON 结束后还有多余的字符"),
        "unexpected end of hex escape" => Some("十六进制转义不完整"),
        "recursion limit exceeded" => Some("嵌套层数过多"),
        _ => None,
    };
    if let Some(words) = fixed {
        return Some(words.to_string());
    }
    // serde's messages for a struct or an enum: the name in backticks is a JSON field name
    // or a value from the file, kept as it is.
    let quoted = |prefix: &str| {
        let rest = message.strip_prefix(prefix)?;
        let end = rest.find('`')?;
        Some(rest[..end].to_string())
    };
    if let Some(field) = quoted("missing field `") {
        return Some(format!("缺少字段 `{field}`"));
    }
    if let Some(field) = quoted("unknown field `") {
        return Some(format!("无法识别的字段 `{field}`"));
    }
    if let Some(field) = quoted("duplicate field `") {
        return Some(format!("字段 `{field}` 重复"));
    }
    if let Some(value) = quoted("unknown variant `") {
        return Some(format!("无法识别的取值 `{value}`"));
    }
    let (kind, expected) = if let Some(rest) = message.strip_prefix("invalid type: ") {
        ("值的类型不对", rest)
    } else if let Some(rest) = message.strip_prefix("invalid value: ") {
        ("值不符合要求", rest)
    } else if let Some(rest) = message.strip_prefix("invalid length ") {
        ("元素个数不对", rest)
    } else {
        return None;
    };
    let expected = expected.rsplit_once(", expected ").map(|(_, e)| e);
    let hint = match expected {
        Some("f64" | "f32") => "：应为数字",
        Some("u8" | "u16" | "u32" | "u64" | "usize") => "：应为不小于 0 的整数",
        Some("i8" | "i16" | "i32" | "i64") => "：应为整数",
        Some("a string") => "：应为字符串",
        Some("a boolean") => "：应为 `true` 或 `false`",
        Some("a sequence") => "：应为数组",
        Some("a map") => "：应为对象",
        Some("a number or an object { low, base, high }") => {
            "：应为数字，或含 `low`、`base`、`high` 的对象"
        }
        Some(other) if other.starts_with("struct ") => "：应为对象",
        _ => "",
    };
    Some(format!("{kind}{hint}"))
}

/// Why saved views could not be read or saved.
// Worded here, not in `saved`: the catalog reads the saved views' errors, never the reverse.
impl SavedError {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        saved_error(self, lang)
    }
}

pub fn saved_error(e: &SavedError, lang: Lang) -> String {
    use Lang::{En, Zh};
    match (e, lang) {
        (SavedError::Corrupt { .. }, Zh) => {
            "已保存的视图数据已损坏，无法读取；原数据保持不变。".into()
        }
        (SavedError::Corrupt { .. }, En) => {
            "The saved views could not be read (corrupt data); they were left untouched.".into()
        }
        (SavedError::UnsupportedSchema { found }, Zh) => {
            format!("已保存的视图来自另一版本（格式 {found}），无法读取；原数据保持不变。")
        }
        (SavedError::UnsupportedSchema { found }, En) => {
            format!("The saved views come from another version (format {found}) and cannot be read; they were left untouched.")
        }
        (SavedError::TooLarge { .. }, Zh) => {
            "已保存的视图数据过大，无法读取；原数据保持不变。".into()
        }
        (SavedError::TooLarge { .. }, En) => {
            "The saved views are too large to read; they were left untouched.".into()
        }
        (SavedError::TooMany { .. }, Zh) => {
            format!("最多可保存 {MAX_VIEWS} 个视图，请先删除一些。")
        }
        (SavedError::TooMany { .. }, En) => {
            format!("At most {MAX_VIEWS} views can be saved; delete some first.")
        }
        (SavedError::EmptyName, Zh) => "请输入名称。".into(),
        (SavedError::EmptyName, En) => "Please enter a name.".into(),
        (SavedError::NameTooLong { .. }, Zh) => format!("名称最多 {MAX_NAME_CHARS} 个字符。"),
        (SavedError::NameTooLong { .. }, En) => {
            format!("A name has at most {MAX_NAME_CHARS} characters.")
        }
        (SavedError::QueryTooLong { .. }, Zh) => "这个视图的链接太长，无法保存。".into(),
        (SavedError::QueryTooLong { .. }, En) => "This view's link is too long to save.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;
    use std::collections::BTreeSet;

    /// One error of either kind.
    #[derive(Clone)]
    enum Case {
        Model(ModelError),
        Dataset(DatasetError),
    }

    impl Case {
        fn text(&self, lang: Lang) -> String {
            match self {
                Case::Model(error) => model_error(error, lang),
                Case::Dataset(error) => dataset_error(error, lang),
            }
        }
    }

    const MODEL_VARIANTS: usize = 21;
    const DATASET_VARIANTS: usize = 31;

    /// The variant's name: exhaustive, so a new variant fails to compile here too, and the
    /// test below counts the distinct tags of the cases it checks.
    fn tag(case: &Case) -> &'static str {
        match case {
            Case::Model(error) => match error {
                ModelError::UnknownPreset { .. } => "m:UnknownPreset",
                ModelError::UnknownProduct { .. } => "m:UnknownProduct",
                ModelError::EmptyPath => "m:EmptyPath",
                ModelError::NoStep { .. } => "m:NoStep",
                ModelError::RecyclingStepInPath { .. } => "m:RecyclingStepInPath",
                ModelError::NoDefaultPath { .. } => "m:NoDefaultPath",
                ModelError::PathStart { .. } => "m:PathStart",
                ModelError::PathEnd { .. } => "m:PathEnd",
                ModelError::ShareForStart { .. } => "m:ShareForStart",
                ModelError::InvalidTonnage { .. } => "m:InvalidTonnage",
                ModelError::InvalidShare { .. } => "m:InvalidShare",
                ModelError::SharesExceedOne { .. } => "m:SharesExceedOne",
                ModelError::UnknownStep { .. } => "m:UnknownStep",
                ModelError::DuplicateUplift { .. } => "m:DuplicateUplift",
                ModelError::InvalidUplift { .. } => "m:InvalidUplift",
                ModelError::InvalidYears { .. } => "m:InvalidYears",
                ModelError::InvalidTarget { .. } => "m:InvalidTarget",
                ModelError::InvalidSamples { .. } => "m:InvalidSamples",
                ModelError::TooManyPaths { .. } => "m:TooManyPaths",
                ModelError::NotFinite { .. } => "m:NotFinite",
                ModelError::Serialize { .. } => "m:Serialize",
            },
            Case::Dataset(error) => match error {
                DatasetError::TooLarge { .. } => "d:TooLarge",
                DatasetError::Syntax { .. } => "d:Syntax",
                DatasetError::WrongType { .. } => "d:WrongType",
                DatasetError::UnsupportedSchema { .. } => "d:UnsupportedSchema",
                DatasetError::TooManyProducts { .. } => "d:TooManyProducts",
                DatasetError::TooManySteps { .. } => "d:TooManySteps",
                DatasetError::InvalidId { .. } => "d:InvalidId",
                DatasetError::DuplicateProduct { .. } => "d:DuplicateProduct",
                DatasetError::DuplicatePreset { .. } => "d:DuplicatePreset",
                DatasetError::MissingFigure { .. } => "d:MissingFigure",
                DatasetError::TooManyPresets { .. } => "d:TooManyPresets",
                DatasetError::InvalidPresetYears { .. } => "d:InvalidPresetYears",
                DatasetError::SharesExceedOne { .. } => "d:SharesExceedOne",
                DatasetError::DuplicateStep { .. } => "d:DuplicateStep",
                DatasetError::UnknownProduct { .. } => "d:UnknownProduct",
                DatasetError::UnknownStep { .. } => "d:UnknownStep",
                DatasetError::MissingName { .. } => "d:MissingName",
                DatasetError::EmptyCurrency => "d:EmptyCurrency",
                DatasetError::EmptyCitation { .. } => "d:EmptyCitation",
                DatasetError::InvalidYear { .. } => "d:InvalidYear",
                DatasetError::NotFinite { .. } => "d:NotFinite",
                DatasetError::Negative { .. } => "d:Negative",
                DatasetError::NotPositive { .. } => "d:NotPositive",
                DatasetError::ValueTooLarge { .. } => "d:ValueTooLarge",
                DatasetError::RangeOrder { .. } => "d:RangeOrder",
                DatasetError::YieldOutOfRange { .. } => "d:YieldOutOfRange",
                DatasetError::Cycle { .. } => "d:Cycle",
                DatasetError::DefaultPathStart { .. } => "d:DefaultPathStart",
                DatasetError::DefaultPathEnd { .. } => "d:DefaultPathEnd",
                DatasetError::DefaultPathNoStep { .. } => "d:DefaultPathNoStep",
                DatasetError::AmbiguousPath { .. } => "d:AmbiguousPath",
            },
        }
    }

    // Nested enums, listed in full; the matches prove the lists complete.
    fn items() -> Vec<Item> {
        let all = vec![
            Item::Dataset,
            Item::Metal,
            Item::MetalPrice,
            Item::MeltLoss,
            Item::ScrapPrice,
            Item::Region,
            Item::Baseline,
            Item::Preset {
                id: "base-plan".into(),
            },
            Item::Product { id: "ingot".into() },
            Item::Step {
                from: "rod".into(),
                to: "lv-cable".into(),
            },
        ];
        for item in &all {
            match item {
                Item::Dataset
                | Item::Metal
                | Item::MetalPrice
                | Item::MeltLoss
                | Item::ScrapPrice
                | Item::Region
                | Item::Baseline
                | Item::Preset { .. }
                | Item::Product { .. }
                | Item::Step { .. } => {}
            }
        }
        assert_eq!(all.len(), 10);
        all
    }

    const FIELDS: [Field; 11] = [
        Field::Low,
        Field::Base,
        Field::High,
        Field::Yield,
        Field::KwhPerT,
        Field::JobsPer10kt,
        Field::Co2PerT,
        Field::PrimaryTonnesPerYear,
        Field::Tonnage,
        Field::Share,
        Field::Target,
    ];

    const SOURCES: [SourceField; 5] = [
        SourceField::Source,
        SourceField::YieldSource,
        SourceField::KwhSource,
        SourceField::JobsSource,
        SourceField::Co2Source,
    ];

    const LANGUAGES: [Language; 2] = [Language::En, Language::Zh];

    fn references() -> Vec<Reference> {
        let all = vec![
            Reference::Start,
            Reference::StepFrom {
                from: "rod".into(),
                to: "lv-cable".into(),
            },
            Reference::StepTo {
                from: "rod".into(),
                to: "lv-cable".into(),
            },
            Reference::DefaultPath {
                product: "lv-cable".into(),
            },
            Reference::Edit,
            Reference::ReferenceProduct,
            Reference::Baseline,
            Reference::Preset {
                id: "base-plan".into(),
            },
        ];
        for reference in &all {
            match reference {
                Reference::Start
                | Reference::StepFrom { .. }
                | Reference::StepTo { .. }
                | Reference::DefaultPath { .. }
                | Reference::Edit
                | Reference::ReferenceProduct
                | Reference::Baseline
                | Reference::Preset { .. } => {}
            }
        }
        assert_eq!(all.len(), 8);
        all
    }

    fn exhaustive_enums(field: Field, source: SourceField, language: Language) {
        match field {
            Field::Low
            | Field::Base
            | Field::High
            | Field::Yield
            | Field::KwhPerT
            | Field::JobsPer10kt
            | Field::Co2PerT
            | Field::PrimaryTonnesPerYear
            | Field::Tonnage
            | Field::Share
            | Field::Target => {}
        }
        match source {
            SourceField::Source
            | SourceField::YieldSource
            | SourceField::KwhSource
            | SourceField::JobsSource
            | SourceField::Co2Source => {}
        }
        match language {
            Language::En | Language::Zh => {}
        }
    }

    fn cases() -> Vec<Case> {
        use DatasetError as D;
        use ModelError as M;
        let s = |v: &str| v.to_string();
        let mut cases: Vec<Case> = [
            M::UnknownPreset { id: s("base-plan") },
            M::UnknownProduct { id: s("foil") },
            M::EmptyPath,
            M::NoStep {
                from: s("rod"),
                to: s("lv-cable"),
            },
            M::RecyclingStepInPath {
                from: s("scrap"),
                to: s("ingot"),
            },
            M::NoDefaultPath { product: s("foil") },
            M::PathStart {
                product: s("lv-cable"),
                first: s("rod"),
                start: s("ingot"),
            },
            M::PathEnd {
                product: s("lv-cable"),
                last: s("rod"),
            },
            M::ShareForStart {
                product: s("ingot"),
            },
            M::InvalidTonnage { value: -5.0 },
            M::InvalidTonnage {
                value: f64::NEG_INFINITY,
            },
            M::SharesExceedOne {
                total: f64::INFINITY,
            },
            M::InvalidShare {
                product: s("foil"),
                value: 1.5,
            },
            M::SharesExceedOne { total: 1.2 },
            M::UnknownStep {
                from: s("rod"),
                to: s("foil"),
            },
            M::DuplicateUplift {
                from: s("rod"),
                to: s("lv-cable"),
            },
            M::InvalidUplift {
                from: s("rod"),
                to: s("lv-cable"),
                percent: 5000.0,
            },
            M::InvalidYears { years: 0, max: 50 },
            M::InvalidTarget { value: f64::NAN },
            M::InvalidSamples {
                requested: 0,
                max: 1_000_000,
            },
            M::TooManyPaths { limit: 10_000 },
            M::NotFinite {
                what: s("added value per ton"),
            },
            M::NotFinite {
                what: s("metal per ton"),
            },
            M::NotFinite {
                what: s("total added value"),
            },
            M::NotFinite {
                what: s("total output value"),
            },
            M::NotFinite {
                what: s("gross output"),
            },
            M::NotFinite {
                what: s("retained value"),
            },
            M::NotFinite { what: s("tornado") },
            M::NotFinite {
                what: s("Monte Carlo sample"),
            },
            M::NotFinite {
                what: s("something new"),
            },
            M::Serialize {
                message: s("key must be a string"),
            },
        ]
        .into_iter()
        .map(Case::Model)
        .collect();
        let dataset = [
            D::TooLarge {
                bytes: 3_000_000,
                limit: 2_097_152,
            },
            D::Syntax {
                line: 3,
                column: 5,
                message: s("expected value"),
            },
            D::Syntax {
                line: 9,
                column: 1,
                message: s("EOF while parsing an object"),
            },
            D::WrongType {
                line: 12,
                column: 4,
                message: s("missing field `melt_loss`"),
            },
            D::WrongType {
                line: 12,
                column: 4,
                message: s("invalid type: string \"abc\", expected f64"),
            },
            D::UnsupportedSchema {
                found: s("3"),
                supported: 2,
            },
            D::TooManyProducts {
                count: 1001,
                limit: 1000,
            },
            D::TooManySteps {
                count: 5001,
                limit: 5000,
            },
            D::InvalidId { id: s("Rod") },
            D::DuplicateProduct { id: s("rod") },
            D::DuplicatePreset { id: s("base-plan") },
            D::MissingFigure {
                field: s("melt_loss"),
            },
            D::TooManyPresets {
                count: 51,
                limit: 50,
            },
            D::InvalidPresetYears {
                id: s("base-plan"),
                years: 0,
                max: 50,
            },
            D::SharesExceedOne {
                item: Item::Baseline,
                total: 1.25,
            },
            D::DuplicateStep {
                from: s("rod"),
                to: s("lv-cable"),
            },
            D::UnknownStep {
                from: s("rod"),
                to: s("foil"),
            },
            D::EmptyCurrency,
            D::RangeOrder {
                item: Item::MetalPrice,
                low: 20000.0,
                base: 19000.0,
                high: 21000.0,
            },
            D::YieldOutOfRange {
                from: s("rod"),
                to: s("lv-cable"),
                value: 1.2,
            },
            D::YieldOutOfRange {
                from: s("rod"),
                to: s("lv-cable"),
                value: f64::NAN,
            },
            D::YieldOutOfRange {
                from: s("rod"),
                to: s("lv-cable"),
                value: f64::INFINITY,
            },
            D::Cycle {
                products: vec![s("foil"), s("rod")],
            },
            D::DefaultPathStart {
                product: s("lv-cable"),
                first: Some(s("rod")),
                start: s("ingot"),
            },
            D::DefaultPathStart {
                product: s("lv-cable"),
                first: None,
                start: s("ingot"),
            },
            D::DefaultPathEnd {
                product: s("lv-cable"),
                last: Some(s("rod")),
            },
            D::DefaultPathEnd {
                product: s("lv-cable"),
                last: None,
            },
            D::DefaultPathNoStep {
                product: s("lv-cable"),
                from: s("ingot"),
                to: s("lv-cable"),
            },
            D::AmbiguousPath {
                product: s("lv-cable"),
                predecessors: vec![s("rod"), s("foil")],
            },
        ];
        cases.extend(dataset.into_iter().map(Case::Dataset));
        // Every item, field, source, language and reference, inside the errors that carry them.
        for reference in references() {
            cases.push(Case::Dataset(D::UnknownProduct {
                id: s("foil"),
                referenced_by: reference,
            }));
        }
        for item in items() {
            for field in FIELDS {
                exhaustive_enums(field, SourceField::Source, Language::En);
                let (item, value) = (item.clone(), -3.5);
                cases.push(Case::Dataset(D::NotFinite {
                    item: item.clone(),
                    field,
                }));
                cases.push(Case::Dataset(D::Negative {
                    item: item.clone(),
                    field,
                    value,
                }));
                cases.push(Case::Dataset(D::NotPositive {
                    item: item.clone(),
                    field,
                    value,
                }));
                cases.push(Case::Dataset(D::ValueTooLarge {
                    item,
                    field,
                    value: 2e9,
                    max: 1e9,
                }));
            }
            for source in SOURCES {
                cases.push(Case::Dataset(D::EmptyCitation {
                    item: item.clone(),
                    source,
                }));
                cases.push(Case::Dataset(D::InvalidYear {
                    item: item.clone(),
                    source,
                    year: 1850,
                }));
            }
            for language in LANGUAGES {
                cases.push(Case::Dataset(D::MissingName {
                    item: item.clone(),
                    language,
                }));
            }
            cases.push(Case::Dataset(D::RangeOrder {
                item: item.clone(),
                low: 3.0,
                base: 2.0,
                high: 1.0,
            }));
            cases.push(Case::Dataset(D::SharesExceedOne { item, total: 1.5 }));
        }
        cases
    }

    /// Ids and codes of the test values, and the ASCII words Chinese texts may contain.
    /// Words between backticks (JSON field names and tokens) are not checked.
    const ALLOWED: &[&str] = &[
        "base", "plan", "foil", "ingot", "rod", "cable", "scrap", "Rod", "JSON", "UTF", "kWh",
        "CNY",
    ];

    fn has_cjk(text: &str) -> bool {
        text.chars().any(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
        })
    }

    /// Runs of 3 or more ASCII letters outside backticks that are not allowed.
    fn stray_words(text: &str) -> Vec<String> {
        let mut words = Vec::new();
        for (n, part) in text.split('`').enumerate() {
            if n % 2 == 1 {
                continue;
            }
            for word in part.split(|c: char| !c.is_ascii_alphabetic()) {
                if word.len() >= 3 && !ALLOWED.contains(&word) {
                    words.push(word.to_string());
                }
            }
        }
        words
    }

    /// The one check of a case: both texts present, the Chinese Chinese, the English not.
    #[track_caller]
    fn check(case: &Case) {
        let zh = case.text(Lang::Zh);
        let en = case.text(Lang::En);
        assert!(
            !zh.trim().is_empty(),
            "empty Chinese text for {}",
            tag(case)
        );
        assert!(
            !en.trim().is_empty(),
            "empty English text for {}",
            tag(case)
        );
        assert_ne!(zh, en, "Chinese same as English: {en}");
        assert!(has_cjk(&zh), "no Chinese in: {zh}");
        assert!(!has_cjk(&en), "Chinese in the English: {en}");
        let stray = stray_words(&zh);
        assert!(stray.is_empty(), "English words {stray:?} in: {zh}");
        assert_eq!(zh.matches('`').count() % 2, 0, "unpaired backtick in: {zh}");
        assert_eq!(en.matches('`').count() % 2, 0, "unpaired backtick in: {en}");
    }

    #[test]
    fn every_variant_has_chinese_and_english() {
        let cases = cases();
        let mut tags = BTreeSet::new();
        for case in &cases {
            check(case);
            tags.insert(tag(case));
        }
        assert_eq!(tags.len(), MODEL_VARIANTS + DATASET_VARIANTS, "{tags:?}");
    }

    #[test]
    fn item_field_and_reference_texts_differ() {
        // Distinct items, fields and references read differently, in both languages.
        for lang in Lang::ALL {
            let items: BTreeSet<String> = items().iter().map(|i| item_words(i, lang)).collect();
            assert_eq!(items.len(), 10);
            let step = Item::Step {
                from: "rod".into(),
                to: "lv-cable".into(),
            };
            let fields: BTreeSet<String> = FIELDS
                .iter()
                .map(|&f| field_words(&step, f, lang))
                .collect();
            assert_eq!(fields.len(), FIELDS.len());
            let sources: BTreeSet<&str> = SOURCES.iter().map(|&s| source_words(s, lang)).collect();
            assert_eq!(sources.len(), SOURCES.len());
            let languages: BTreeSet<&str> =
                LANGUAGES.iter().map(|&l| language_words(l, lang)).collect();
            assert_eq!(languages.len(), 2);
            let references: BTreeSet<String> = references()
                .iter()
                .map(|r| reference_words(r, lang))
                .collect();
            assert_eq!(references.len(), 8);
        }
    }

    #[test]
    fn known_answers() {
        let cases = [
            (
                Case::Dataset(DatasetError::NotFinite {
                    item: Item::Step {
                        from: "rod".into(),
                        to: "lv-cable".into(),
                    },
                    field: Field::Base,
                }),
                "工序“rod”→“lv-cable”：附加值基准值不是有限数值",
                "step 'rod' → 'lv-cable': the base added value is not a finite number",
            ),
            (
                Case::Dataset(DatasetError::Negative {
                    item: Item::MetalPrice,
                    field: Field::Low,
                    value: -3.5,
                }),
                "金属价格：低值为 -3.5，不能为负数",
                "the metal price: the low value is -3.5; it must not be negative",
            ),
            (
                Case::Model(ModelError::UnknownProduct { id: "foil".into() }),
                "数据集中没有产品“foil”",
                "there is no product 'foil' in the dataset",
            ),
            (
                Case::Dataset(DatasetError::UnknownProduct {
                    id: "foil".into(),
                    referenced_by: Reference::Preset {
                        id: "base-plan".into(),
                    },
                }),
                "预设“base-plan”的份额（`shares`）指向产品“foil”，但数据集的产品列表（`products`）中没有它",
                "the shares (`shares`) of preset 'base-plan' names product 'foil', which is not among the dataset's products (`products`)",
            ),
            (
                Case::Model(ModelError::SharesExceedOne { total: 1.2 }),
                "各份额合计为 120.00%，不能超过 100%",
                "shares add up to 120.00 %; they must not exceed 100 %",
            ),
            (
                Case::Dataset(DatasetError::SharesExceedOne {
                    item: Item::Baseline,
                    total: 1.25,
                }),
                "基准年：各份额合计为 1.25，合计最多为 1（即全部金属）",
                "the baseline: the shares add up to 1.25; together they can be at most 1 (the whole metal)",
            ),
            (
                Case::Dataset(DatasetError::MissingFigure {
                    field: "melt_loss".into(),
                }),
                "缺少 `melt_loss`：第 2 版格式的文件须给出熔炼烧损率和废料价格，并各自注明来源",
                "`melt_loss` is missing: a schema-2 file gives the melt loss and the scrap price, each with its source",
            ),
            (
                Case::Dataset(DatasetError::Syntax {
                    line: 3,
                    column: 5,
                    message: "expected value".into(),
                }),
                "第 3 行第 5 列：不是有效的 JSON（此处应为一个值）",
                "line 3, column 5: not valid JSON (expected value)",
            ),
            (
                Case::Dataset(DatasetError::EmptyCitation {
                    item: Item::Step {
                        from: "rod".into(),
                        to: "lv-cable".into(),
                    },
                    source: SourceField::YieldSource,
                }),
                "工序“rod”→“lv-cable”：成材率来源的出处（`yield_source.citation`）为空，请写明数据出自哪里",
                "step 'rod' → 'lv-cable': the citation of the yield source (`yield_source.citation`) is empty — say where the figure comes from",
            ),
            (
                Case::Model(ModelError::InvalidUplift {
                    from: "rod".into(),
                    to: "lv-cable".into(),
                    percent: 5000.0,
                }),
                "工序“rod”→“lv-cable”的研发提升 5000% 无效：请填写 -100% 到 1000% 之间的数",
                "R&D uplift 5000 % on step 'rod' → 'lv-cable' is not allowed: give -100 to 1000 %",
            ),
            (
                Case::Dataset(DatasetError::Cycle {
                    products: vec!["foil".into(), "rod".into()],
                }),
                "生产工序形成了循环，经过“foil”、“rod”：请把闭合循环的那道工序标为 `\"recycling\": true`，或删除它",
                "production steps form a cycle through 'foil', 'rod'; mark the step that closes it `\"recycling\": true` or remove it",
            ),
            (
                Case::Model(ModelError::InvalidTarget { value: f64::NAN }),
                "目标值 非数值 无效：请填写不小于 0 的有限数值",
                "target NaN is not allowed: give a finite number of at least 0",
            ),
        ];
        for (case, zh, en) in cases {
            assert_eq!(case.text(Lang::Zh), zh);
            assert_eq!(case.text(Lang::En), en);
        }
    }

    #[test]
    fn english_keeps_the_models_text_where_it_names_no_item() {
        // Where the model's text names no item or field, the English is the model's text.
        for error in [
            ModelError::UnknownPreset {
                id: "base-plan".into(),
            },
            ModelError::EmptyPath,
            ModelError::InvalidTonnage { value: -1.0 },
            ModelError::InvalidYears { years: 0, max: 50 },
            ModelError::TooManyPaths { limit: 10 },
        ] {
            assert_eq!(model_error(&error, Lang::En), error.to_string());
        }
        for error in [
            DatasetError::TooLarge { bytes: 3, limit: 2 },
            DatasetError::UnsupportedSchema {
                found: "3".into(),
                supported: 2,
            },
            DatasetError::DuplicateStep {
                from: "rod".into(),
                to: "lv-cable".into(),
            },
        ] {
            assert_eq!(dataset_error(&error, Lang::En), error.to_string());
        }
    }

    /// Files that the parser refuses, and the messages it gives for them, come out in
    /// Chinese (not marked as the parser's own words).
    #[test]
    fn the_parsers_messages_are_translated() {
        let valid = include_str!("../../data/binzhou-aluminium.json");
        let files = [
            "",
            "{",
            "{\"schema\": 2,",
            "[1, 2",
            "{\"a\" 1}",
            "{\"schema\": 2 \"x\": 1}",
            "{\"name\": \"abc",
            "{\"schema\": tru}",
            "{\"schema\": 2} x",
            "{\"schema\": 2, }",
            "{\"schema\": 01}",
            "{\"name\": \"\\q\"}",
            "{1: 2}",
            "{\"schema\": 2}",
            "{\"schema\": 2, \"name\": 5}",
            "{\"schema\": 2, \"colour\": 5}",
            "{\"schema\": 2, \"schema\": 2}",
        ];
        let mut texts: Vec<String> = files
            .iter()
            .map(|file| file.to_string())
            .chain([
                valid.replacen("\"kind\": \"", "\"kind\": \"x", 1),
                valid.replacen("\"local\": ", "\"local\": 7, \"x\": ", 1),
                valid.replacen("\"yield\": ", "\"yield\": \"a\", \"q\": ", 1),
                valid.replacen("\"years\": ", "\"years\": -1, \"q\": ", 1),
                valid.replacen("\"year\": ", "\"year\": 1.5, \"q\": ", 1),
            ])
            .map(|file| match Dataset::from_json(&file) {
                Ok(_) => panic!("accepted: {file}"),
                Err(errors) => errors.0,
            })
            .flat_map(|errors| errors.into_iter())
            .map(|error| {
                let case = Case::Dataset(error);
                check(&case);
                case.text(Lang::Zh)
            })
            .collect();
        texts.dedup();
        for text in &texts {
            assert!(!text.contains("解析器原文"), "untranslated: {text}");
        }
        // A message it does not know is shown, marked as the parser's.
        let unknown = parser_words("something else", Lang::Zh);
        assert_eq!(unknown, "解析器原文：something else");
    }
}
