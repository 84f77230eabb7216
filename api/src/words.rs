//! The API's own messages, in both languages side by side (one exhaustive match): the
//! app's catalog (`src/catalog`) is part of the UI crate, which the API's wasm leaves out.
//! A host page picks the language with `lang: 'zh'` where a function takes it; English
//! otherwise. Ids, option names and numbers read the same in both.
use value_chain_model::Language;

/// Something a host page passed that the API refuses.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// `options` is not an object; `example` shows one.
    OptionsNotObject {
        example: &'static str,
    },
    /// An option this function does not take.
    UnknownOption {
        key: String,
        known: String,
    },
    /// Reading the option threw (a getter, a proxy).
    OptionUnreadable {
        key: String,
    },
    /// `lang` is neither `'en'` nor `'zh'`: said in both, the caller's language unknown.
    BadLanguage,
    /// An argument that should be a product id is not a string.
    ProductNotString,
    /// An argument that should be a region id is not a string.
    RegionNotString,
    UnknownRegion {
        id: String,
        known: String,
    },
    UnknownProduct {
        id: String,
    },
    /// `basis` is neither `'market'` nor `'statistical'`.
    BadBasis,
    /// `carbonPrice` is not a number (a string, NaN, ±Infinity); `got` as given.
    CarbonPriceNotANumber {
        got: String,
        currency: &'static str,
    },
    CarbonPriceNegative {
        got: f64,
    },
    CarbonPriceTooHigh {
        got: f64,
        max: f64,
        currency: &'static str,
    },
    /// `carbonCurrency` names no currency the API knows.
    BadCarbonCurrency {
        got: String,
    },
    /// `carbonCurrency` without `carbonPrice`.
    CurrencyWithoutPrice,
}

impl Problem {
    /// The message in `lang`; `what` names the call and argument (`compareRegions(product,
    /// a, b, options)`), and leads where it is given.
    pub fn words(&self, what: &str, lang: Language) -> String {
        use Language::{En, Zh};
        let text = match (self, lang) {
            (Problem::OptionsNotObject { example }, En) => {
                format!("options must be an object like {example}")
            }
            (Problem::OptionsNotObject { example }, Zh) => {
                format!("options 须为对象，例如 {example}")
            }
            (Problem::UnknownOption { key, known }, En) => {
                format!("unknown option `{key}`; known: {known}")
            }
            (Problem::UnknownOption { key, known }, Zh) => {
                format!("未知选项 `{key}`；可用选项：{known}")
            }
            (Problem::OptionUnreadable { key }, En) => format!("options.{key} cannot be read"),
            (Problem::OptionUnreadable { key }, Zh) => format!("无法读取 options.{key}"),
            (Problem::BadLanguage, En | Zh) => {
                "options.lang must be 'en' or 'zh' / options.lang 须为 'en' 或 'zh'".to_string()
            }
            (Problem::ProductNotString, En) => {
                "must be a product id (a string), e.g. 'furniture'".to_string()
            }
            (Problem::ProductNotString, Zh) => {
                "须为产品 id（字符串），例如 'furniture'".to_string()
            }
            (Problem::RegionNotString, En) => {
                "must be a region id (a string), e.g. 'baotou'".to_string()
            }
            (Problem::RegionNotString, Zh) => "须为地区 id（字符串），例如 'baotou'".to_string(),
            (Problem::UnknownRegion { id, known }, En) => {
                format!("unknown region '{id}'; known: {known}")
            }
            (Problem::UnknownRegion { id, known }, Zh) => {
                format!("没有地区“{id}”；可用地区：{known}")
            }
            (Problem::UnknownProduct { id }, En) => {
                format!("there is no product '{id}' in the dataset")
            }
            (Problem::UnknownProduct { id }, Zh) => format!("数据集中没有产品“{id}”"),
            (Problem::BadBasis, En) => {
                "options.basis must be 'market' (VAT included) or 'statistical' (VAT excluded)"
                    .to_string()
            }
            (Problem::BadBasis, Zh) => {
                "options.basis 须为 'market'（含增值税）或 'statistical'（不含增值税）".to_string()
            }
            (Problem::CarbonPriceNotANumber { got, currency }, En) => format!(
                "options.carbonPrice must be a number, the price per t CO₂ in {currency} (e.g. 75.36, the EU CBAM price for Q1 2026); got {got}"
            ),
            (Problem::CarbonPriceNotANumber { got, currency }, Zh) => format!(
                "options.carbonPrice 须为数字，即每吨二氧化碳的价格（{currency}，例如 2026年第一季度欧盟CBAM价格 75.36）；收到 {got}"
            ),
            (Problem::CarbonPriceNegative { got }, En) => {
                format!("options.carbonPrice cannot be negative; got {got}")
            }
            (Problem::CarbonPriceNegative { got }, Zh) => {
                format!("options.carbonPrice 不能为负数；收到 {got}")
            }
            (Problem::CarbonPriceTooHigh { got, max, currency }, En) => {
                format!("options.carbonPrice is at most {max} {currency} per t CO₂; got {got}")
            }
            (Problem::CarbonPriceTooHigh { got, max, currency }, Zh) => {
                format!("options.carbonPrice 最高为每吨二氧化碳 {max} {currency}；收到 {got}")
            }
            (Problem::BadCarbonCurrency { got }, En) => {
                format!("options.carbonCurrency must be 'EUR' or 'CNY'; got {got}")
            }
            (Problem::BadCarbonCurrency { got }, Zh) => {
                format!("options.carbonCurrency 须为 'EUR' 或 'CNY'；收到 {got}")
            }
            (Problem::CurrencyWithoutPrice, En) => {
                "options.carbonCurrency needs options.carbonPrice".to_string()
            }
            (Problem::CurrencyWithoutPrice, Zh) => {
                "给出 options.carbonCurrency 时须同时给出 options.carbonPrice".to_string()
            }
        };
        match (what.is_empty(), lang) {
            (true, _) => text,
            // A name's message reads on from it: "setRegion(id): id must be …".
            (false, _) if matches!(self, Problem::ProductNotString | Problem::RegionNotString) => {
                format!("{what} {text}")
            }
            (false, En) => format!("{what}: {text}"),
            (false, Zh) => format!("{what}：{text}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_problem() -> Vec<Problem> {
        vec![
            Problem::OptionsNotObject {
                example: "{ lang: 'zh' }",
            },
            Problem::UnknownOption {
                key: "carbonprice".into(),
                known: "region, carbonPrice".into(),
            },
            Problem::OptionUnreadable {
                key: "region".into(),
            },
            Problem::BadLanguage,
            Problem::ProductNotString,
            Problem::RegionNotString,
            Problem::UnknownRegion {
                id: "atlantis".into(),
                known: "binzhou, baotou".into(),
            },
            Problem::UnknownProduct {
                id: "unobtainium".into(),
            },
            Problem::BadBasis,
            Problem::CarbonPriceNotANumber {
                got: "'abc'".into(),
                currency: "EUR",
            },
            Problem::CarbonPriceNegative { got: -1.0 },
            Problem::CarbonPriceTooHigh {
                got: 20_000.0,
                max: 10_000.0,
                currency: "EUR",
            },
            Problem::BadCarbonCurrency {
                got: "'usd'".into(),
            },
            Problem::CurrencyWithoutPrice,
        ]
    }

    fn has_han(text: &str) -> bool {
        text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
    }

    /// Each message in its language, naming what was given, led by the call.
    #[track_caller]
    fn check(problem: &Problem) {
        let (en, zh) = (
            problem.words("f(x)", Language::En),
            problem.words("f(x)", Language::Zh),
        );
        assert!(
            en.starts_with("f(x)") && zh.starts_with("f(x)"),
            "{en} / {zh}"
        );
        assert!(zh.len() > "f(x)".len() + 10, "{zh}");
        assert!(has_han(&zh), "{problem:?}: {zh}");
        if problem != &Problem::BadLanguage {
            assert!(!has_han(&en), "{problem:?}: {en}");
            assert_ne!(en, zh);
        }
        // What the caller gave is in both.
        let given = match problem {
            Problem::UnknownOption { key, .. } => Some(key.clone()),
            Problem::UnknownRegion { id, .. } | Problem::UnknownProduct { id } => Some(id.clone()),
            Problem::CarbonPriceNotANumber { got, .. } | Problem::BadCarbonCurrency { got } => {
                Some(got.clone())
            }
            Problem::CarbonPriceNegative { got } | Problem::CarbonPriceTooHigh { got, .. } => {
                Some(got.to_string())
            }
            _ => None,
        };
        if let Some(given) = given {
            assert!(en.contains(&given) && zh.contains(&given), "{en} / {zh}");
        }
    }

    #[test]
    fn every_problem_is_worded_in_both_languages() {
        for problem in every_problem() {
            check(&problem);
        }
    }

    #[test]
    fn the_messages_before_a_language_option_read_as_they_did() {
        assert_eq!(
            Problem::ProductNotString.words("pathsTo(product): product", Language::En),
            "pathsTo(product): product must be a product id (a string), e.g. 'furniture'"
        );
        assert_eq!(
            Problem::UnknownRegion {
                id: "atlantis".into(),
                known: "binzhou, baotou".into()
            }
            .words("", Language::En),
            "unknown region 'atlantis'; known: binzhou, baotou"
        );
    }
}
