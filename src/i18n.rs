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

/// A citation's first clause (up to `;` or the end of its first sentence), cut at a word
/// (in Chinese, at a character) to at most `max` characters, with "…" where anything was
/// left out: the whole citation is in the sources.
pub fn short_citation(citation: &str, max: usize) -> String {
    let citation = citation.trim();
    let end = ["; ", "；", "。", ". "]
        .iter()
        .filter_map(|sep| citation.find(sep))
        .min()
        .unwrap_or(citation.len());
    let clause = citation.get(..end).unwrap_or(citation).trim_end();
    let cut = end < citation.len();
    let count = clause.chars().count();
    if !cut && count <= max {
        return clause.to_string();
    }
    if cut && count < max {
        return format!("{clause}…");
    }
    // The first `max - 1` characters, back to the last space if there is one.
    let limit = clause
        .char_indices()
        .nth(max.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(clause.len());
    let head = clause.get(..limit).unwrap_or(clause);
    let head = match head.rfind(' ') {
        Some(space) if space > 0 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    format!("{}…", head.trim_end_matches([' ', ',', ':', '(']))
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

    #[track_caller]
    fn check_short_citation(citation: &str, max: usize, want: &str) {
        let short = short_citation(citation, max);
        assert_eq!(short, want, "{citation}");
        assert!(short.chars().count() <= max, "{short} is longer than {max}");
    }

    #[test]
    fn a_citation_is_cut_to_its_first_clause_at_a_word() {
        // Short and whole: as it is.
        check_short_citation(
            "SMM 6063 billet fee (June 2019)",
            80,
            "SMM 6063 billet fee (June 2019)",
        );
        // The first clause, marked as cut.
        check_short_citation(
            "Article: furniture adds 80,000 yuan (2019); matches the commission's +570 %",
            80,
            "Article: furniture adds 80,000 yuan (2019)…",
        );
        check_short_citation("Estimate. Judged from trade reports", 80, "Estimate…");
        // A long clause, at a word.
        check_short_citation(
            "Estimate (weak): consumer-electronics casings 200,000-1,000,000 yuan/t of product",
            40,
            "Estimate (weak): consumer-electronics…",
        );
        // Chinese, at a character, first clause to "；".
        check_short_citation(
            "滨州市发改委：型材较铝水增值22%；另见大众日报",
            80,
            "滨州市发改委：型材较铝水增值22%…",
        );
        check_short_citation("一二三四五六七八九十", 5, "一二三四…");
        check_short_citation("", 80, "");
    }
}
