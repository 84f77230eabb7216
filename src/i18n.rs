//! Interface languages (the interface's texts are in `catalog`; dataset texts carry both
//! languages themselves). Pure: the browser's language list is passed in.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The code used in links (`?lang=zh|en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// The language a dataset's own text (a citation) is written in, for its `lang`
    /// attribute: Chinese if it has any CJK character, else English.
    pub fn of_text(text: &str) -> Lang {
        if text.chars().any(|c| {
            ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
        }) {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// Picks the text in this language (the exports' column names; the components' texts are
    /// in `catalog::texts`).
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Reads `zh`, `zh-CN`, `zh-Hans-CN`, `en`, `en-GB`… (any case); None for anything else.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages that we have; English if none is
    /// Chinese or English (a visitor who reads neither more likely reads English).
    pub fn from_preferences<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::parse(tag.as_ref()))
            .unwrap_or(Lang::En)
    }
}

/// A dataset's names are read in the interface's language (`Name::get`).
impl From<Lang> for crate::model::Language {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Zh => crate::model::Language::Zh,
            Lang::En => crate::model::Language::En,
        }
    }
}

/// A product's name in a language, or its id for an id the dataset lacks (validation makes
/// that impossible, but a label must never panic).
pub fn product_name(ds: &crate::model::Dataset, id: &str, lang: Lang) -> String {
    ds.product(id)
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_is_marked_with_its_own_language() {
        assert_eq!(Lang::of_text("SMM 6063 billet processing fee"), Lang::En);
        assert_eq!(Lang::of_text("滨州市发改委，大众日报 2019"), Lang::Zh);
        assert_eq!(Lang::of_text("Dazhong Daily (大众日报)"), Lang::Zh);
        assert_eq!(Lang::of_text(""), Lang::En);
    }

    #[test]
    fn parses_language_tags() {
        let cases = [
            ("zh", Some(Lang::Zh)),
            ("zh-CN", Some(Lang::Zh)),
            ("ZH_tw", Some(Lang::Zh)),
            ("zh-Hans-CN", Some(Lang::Zh)),
            (" en ", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("fr", None),
            ("", None),
            ("-", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Lang::parse(tag), want, "{tag:?}");
        }
    }

    #[test]
    fn picks_first_known_browser_language() {
        assert_eq!(Lang::from_preferences(&["fr-FR", "zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::from_preferences(&["en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::from_preferences(&["de"]), Lang::En);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
    }
}
