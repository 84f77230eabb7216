//! Names and prose of a dataset, in both languages.

use serde::{Deserialize, Deserializer, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    pub en: String,
    pub zh: String,
}

impl Name {
    /// The name in a language (datasets carry both).
    pub fn get(&self, lang: impl Into<crate::lang::Language>) -> &str {
        match lang.into() {
            crate::lang::Language::En => &self.en,
            crate::lang::Language::Zh => &self.zh,
        }
    }
}

/// A dataset's prose (a source's citation: where a figure comes from and how it was
/// derived, a plan's description) in both languages. Written as one string, which serves
/// both languages (every file from before prose had two, so those keep importing), or as
/// `{ "en": …, "zh": … }`, where a language left out falls back to the other. Written back
/// in the form it was read.
#[derive(Debug, Clone, PartialEq)]
pub enum Prose {
    /// One text for both languages.
    Plain(String),
    /// Each language's own text; at least one is given (validation checks it).
    Translated {
        en: Option<String>,
        zh: Option<String>,
    },
}

impl Prose {
    /// The text in a language: its own, else the other language's (never blank when valid).
    pub fn get(&self, lang: impl Into<crate::lang::Language>) -> &str {
        let (own, other) = match (self, lang.into()) {
            (Prose::Plain(text), _) => return text,
            (Prose::Translated { en, zh }, crate::lang::Language::En) => (en, zh),
            (Prose::Translated { en, zh }, crate::lang::Language::Zh) => (zh, en),
        };
        [own, other]
            .into_iter()
            .flatten()
            .find(|text| !text.trim().is_empty())
            .map_or("", String::as_str)
    }

    /// Whether the file gives this language its own text (a plain string gives none).
    pub fn has(&self, lang: impl Into<crate::lang::Language>) -> bool {
        let text = match (self, lang.into()) {
            (Prose::Plain(_), _) => None,
            (Prose::Translated { en, .. }, crate::lang::Language::En) => en.as_ref(),
            (Prose::Translated { zh, .. }, crate::lang::Language::Zh) => zh.as_ref(),
        };
        text.is_some_and(|t| !t.trim().is_empty())
    }

    /// Whether any text written is blank, or none is written: such prose names no source.
    pub fn is_blank(&self) -> bool {
        match self {
            Prose::Plain(text) => text.trim().is_empty(),
            Prose::Translated { en, zh } => {
                (en.is_none() && zh.is_none())
                    || [en, zh]
                        .into_iter()
                        .flatten()
                        .any(|text| text.trim().is_empty())
            }
        }
    }
}

impl From<&str> for Prose {
    fn from(text: &str) -> Self {
        Prose::Plain(text.to_string())
    }
}

impl From<String> for Prose {
    fn from(text: String) -> Self {
        Prose::Plain(text)
    }
}

impl Serialize for Prose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Prose::Plain(text) => serializer.serialize_str(text),
            Prose::Translated { en, zh } => Translations {
                en: en.clone(),
                zh: zh.clone(),
            }
            .serialize(serializer),
        }
    }
}

/// The object form of `Prose` as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Translations {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    zh: Option<String>,
}

/// A visitor rather than an untagged enum, so that a wrong type is named with its line.
impl<'de> Deserialize<'de> for Prose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Prose, D::Error> {
        struct Written;
        impl<'de> serde::de::Visitor<'de> for Written {
            type Value = Prose;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or an object { en, zh }")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Prose, E> {
                Ok(Prose::Plain(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Prose, E> {
                Ok(Prose::Plain(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Prose, A::Error> {
                let Translations { en, zh } =
                    Translations::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Prose::Translated { en, zh })
            }
        }
        deserializer.deserialize_any(Written)
    }
}
