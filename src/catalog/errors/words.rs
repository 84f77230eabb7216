//! The parts of an error's Chinese text: items, fields, sources, references, numbers, the
//! parser's messages. (Their English is the model's: `Display` of the error.)
use crate::model::{Field, Item, Language, Reference, SourceField};

/// A number as the model writes it (`{}`); in Chinese, a number that is not finite in words.
pub(super) fn number(value: f64) -> String {
    if value.is_nan() {
        "非数值".to_string()
    } else if value.is_infinite() {
        let sign = if value < 0.0 { "负" } else { "正" };
        format!("{sign}无穷大")
    } else {
        format!("{value}")
    }
}

/// The part of the dataset an error is about, as the subject of a sentence.
pub(super) fn item_words(item: &Item) -> String {
    match item {
        Item::Dataset => "数据集".to_string(),
        Item::Metal => "数据集的金属".to_string(),
        Item::MetalPrice => "金属价格".to_string(),
        Item::MeltLoss => "熔炼烧损率".to_string(),
        Item::ScrapPrice => "废料价格".to_string(),
        Item::Region => "地区".to_string(),
        Item::Baseline => "基准年".to_string(),
        Item::Preset { id } => format!("预设“{id}”"),
        Item::Product { id } => format!("产品“{id}”"),
        Item::Step { from, to } => step_words(from, to),
        Item::Vat => "增值税（`vat`）".to_string(),
        Item::ValueAddedShare { level } => {
            let name = match level.as_str() {
                "smelting" => "冶炼",
                "primary-processing" => "初加工",
                "deep-processing" => "精深加工",
                "end-product" => "终端产品",
                _ => "",
            };
            format!("加工层级“{name}”（`{level}`）的增加值占比（`value_added_shares`）")
        }
        Item::StepMeltLoss { from, to } => {
            format!("{}的熔炼烧损率（`melt_loss`）", step_words(from, to))
        }
        Item::StepValueAddedShare { from, to } => {
            format!(
                "{}的增加值占比（`value_added_share`）",
                step_words(from, to)
            )
        }
        Item::MetalContent { id } => format!("产品“{id}”的含铝量（`metal_content`）"),
        Item::ChinaOutput { id } => format!("产品“{id}”的全国产量（`china_output`）"),
        Item::Power => "地区的电力来源（`power`）".to_string(),
        Item::ElectricityPrice => "地区的电价（`electricity_price`）".to_string(),
        Item::Co2Primary => "地区每吨原生金属的二氧化碳排放（`co2_primary`）".to_string(),
        Item::Reported { metric, year } => {
            format!("{year}年的报告数字“{metric}”（`reported`）")
        }
        Item::National { figure } => format!("关于“{figure}”采用全国数字的说明（`national`）"),
    }
}

pub(super) fn step_words(from: &str, to: &str) -> String {
    format!("工序“{from}”→“{to}”")
}

/// A numeric field of an item. A step's low, base and high are those of its added value
/// (its yield is the field `Yield`); other items' are those of their own range.
pub(super) fn field_words(item: &Item, field: Field) -> String {
    let of_step = matches!(item, Item::Step { .. });
    let words = match (field, of_step) {
        (Field::Low, true) => "附加值低值",
        (Field::Low, false) => "低值",
        (Field::Base, true) => "附加值基准值",
        (Field::Base, false) => "基准值",
        (Field::High, true) => "附加值高值",
        (Field::High, false) => "高值",
        (Field::Yield, _) => "成材率",
        (Field::KwhPerT, _) => "每吨用电量（kWh/t）",
        (Field::JobsPer10kt, _) => "每万吨就业岗位数",
        (Field::Co2PerT, _) => "每吨二氧化碳排放量",
        (Field::PrimaryTonnesPerYear, _) => "原生金属年产量",
        (Field::Tonnage, _) => "年产量（吨数）",
        (Field::Share, _) => "其中一个份额",
        (Field::Target, _) => "其中一个目标值",
        (Field::Rate, _) => "税率",
    };
    words.to_string()
}

/// Which of an item's `source` objects, in words (the message adds its JSON name).
pub(super) fn source_words(source: SourceField) -> &'static str {
    match source {
        SourceField::Source => "来源",
        SourceField::YieldSource => "成材率来源",
        SourceField::KwhSource => "用电量来源",
        SourceField::JobsSource => "就业岗位来源",
        SourceField::Co2Source => "二氧化碳排放来源",
    }
}

/// The language of a dataset name.
pub(super) fn language_words(language: Language) -> &'static str {
    match language {
        Language::En => "英文",
        Language::Zh => "中文",
    }
}

/// Where a product id was referenced, as the subject of a sentence.
pub(super) fn reference_words(reference: &Reference) -> String {
    match reference {
        Reference::Start => "数据集的起点产品（`start`）".to_string(),
        Reference::StepFrom { from, to } => {
            let step = step_words(from, to);
            format!("{step}的投入产品（`from`）")
        }
        Reference::StepTo { from, to } => {
            let step = step_words(from, to);
            format!("{step}的产出产品（`to`）")
        }
        Reference::DefaultPath { product } => {
            format!("产品“{product}”的默认路径（`default_path`）")
        }
        Reference::Edit => "一项修改".to_string(),
        Reference::ReferenceProduct => "数据集的参照产品（`reference_product`）".to_string(),
        Reference::Baseline => "基准年的份额（`baseline.shares`）".to_string(),
        Reference::Preset { id } => format!("预设“{id}”的份额（`shares`）"),
        Reference::Region => "地区对产品的修改（`products`）".to_string(),
    }
}

/// Ids as a list: 'a', 'b' in English, “a”、“b” in Chinese.
pub(super) fn quoted_list(ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("“{id}”")).collect();
    quoted.join("、")
}

/// What overflowed (`ModelError::NotFinite::what`). The model names it in English words;
/// the names it uses are translated, and any other is not shown in Chinese.
pub(super) fn overflowed_words(what: &str) -> String {
    match what {
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
    .to_string()
}

/// The JSON parser's own message (serde_json's, English). The messages it gives for a file
/// that is not JSON, and the common ones for JSON that is not the dataset format, are
/// translated; any other is shown as it stands, marked as the parser's words.
pub(super) fn parser_words(message: &str) -> String {
    match parser_words_zh(message) {
        Some(words) => words,
        None => format!("解析器原文：{message}"),
    }
}

pub(super) fn parser_words_zh(message: &str) -> Option<String> {
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
