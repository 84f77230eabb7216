//! The parts of an error's text: items, fields, sources, references, numbers, the parser's
//! messages, in both languages.
use crate::i18n::Lang;
use crate::model::{Field, Item, Language, Reference, SourceField};

/// A number as the model writes it (`{}`); in Chinese, a number that is not finite in words.
pub(super) fn number(value: f64, lang: Lang) -> String {
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
pub(super) fn item_words(item: &Item, lang: Lang) -> String {
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

pub(super) fn step_words(from: &str, to: &str, lang: Lang) -> String {
    text!(lang, "工序“{from}”→“{to}”", "step '{from}' → '{to}'")
}

/// A numeric field of an item. A step's low, base and high are those of its added value
/// (its yield is the field `Yield`); other items' are those of their own range.
pub(super) fn field_words(item: &Item, field: Field, lang: Lang) -> String {
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
pub(super) fn source_words(source: SourceField, lang: Lang) -> &'static str {
    match source {
        SourceField::Source => lang.pick("来源", "source"),
        SourceField::YieldSource => lang.pick("成材率来源", "yield source"),
        SourceField::KwhSource => lang.pick("用电量来源", "electricity-use source"),
        SourceField::JobsSource => lang.pick("就业岗位来源", "jobs source"),
        SourceField::Co2Source => lang.pick("二氧化碳排放来源", "CO2 source"),
    }
}

/// The language of a dataset name.
pub(super) fn language_words(language: Language, lang: Lang) -> &'static str {
    match language {
        Language::En => lang.pick("英文", "English"),
        Language::Zh => lang.pick("中文", "Chinese"),
    }
}

/// Where a product id was referenced, as the subject of a sentence.
pub(super) fn reference_words(reference: &Reference, lang: Lang) -> String {
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
pub(super) fn quoted_list(ids: &[String], lang: Lang) -> String {
    let quoted: Vec<String> = ids
        .iter()
        .map(|id| text!(lang, "“{id}”", "'{id}'"))
        .collect();
    quoted.join(lang.pick("、", ", "))
}

/// What overflowed (`ModelError::NotFinite::what`). The model names it in English words;
/// the names it uses are translated, and any other is not shown in Chinese.
pub(super) fn overflowed_words(what: &str, lang: Lang) -> String {
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
pub(super) fn parser_words(message: &str, lang: Lang) -> String {
    match lang {
        Lang::En => message.to_string(),
        Lang::Zh => match parser_words_zh(message) {
            Some(words) => words,
            None => format!("解析器原文：{message}"),
        },
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
