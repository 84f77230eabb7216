//! Every text of the components (src/ui) in both languages, one file per view: `Text` for
//! the fixed texts, one function per text with arguments. A fixed text is one row, its
//! Chinese and its English side by side; a text with arguments is one function, one `match`
//! over the languages. Either way a text does not compile until it has both languages.
//! Pure (no web dependency), so the texts are tested natively.
use crate::i18n::Lang;

/// Declares `Text`, `Text::ALL` and `Text::get` from the rows of every view, so the key, the
/// list and the texts cannot fall out of step: `ALL[i] as usize == i` by construction. Each
/// view's `<view>_rows!` appends its rows and hands them on to the next macro named in the
/// list; the last is this one.
macro_rules! texts {
    ([] $($variant:ident => $zh:literal, $en:literal;)*) => {
        /// Every fixed text of the interface, grouped by the view that shows it. A text
        /// several views show (the same in both languages) is one variant, in `shared`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($variant,)*
        }

        impl Text {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Text] = &[$(Text::$variant,)*];

            /// The text in a language.
            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(Text::$variant => match lang {
                        Lang::Zh => $zh,
                        Lang::En => $en,
                    },)*
                }
            }
        }
    };
}

#[macro_use]
mod shared;
#[macro_use]
mod shell;
#[macro_use]
mod path;
#[macro_use]
mod compare;
#[macro_use]
mod scenario;
#[macro_use]
mod assumptions;
#[macro_use]
mod share;
#[macro_use]
mod charts;
mod region;
#[macro_use]
mod two_regions;

pub use assumptions::*;
pub use charts::*;
pub use compare::*;
pub use path::*;
pub use region::*;
pub use scenario::*;
pub use share::*;
pub use shared::*;
pub use shell::*;
pub use two_regions::*;

shared_rows! { [shell_rows, path_rows, compare_rows, scenario_rows, assumptions_rows, share_rows, charts_rows, two_regions_rows, texts] }

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Units and names a Chinese text may write in Latin letters.
    const LATIN_IN_CHINESE: [&str; 12] = [
        "kWh", "CO₂", "P10", "P50", "P90", "CSV", "JSON", "URL", "BOM", "Excel", "USD", "EUR",
    ];

    /// The longest run of English words (ASCII letters only, two or more, not a unit or a
    /// name) between spaces.
    fn longest_latin_run(text: &str) -> usize {
        let (mut run, mut longest) = (0, 0);
        for token in text.split_whitespace() {
            let word = token.trim_matches(|c: char| c.is_ascii_punctuation());
            let latin = word.len() >= 2
                && word.chars().all(|c| c.is_ascii_alphabetic())
                && !LATIN_IN_CHINESE.contains(&word);
            run = if latin { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        longest
    }

    #[test]
    fn every_text_has_both_languages() {
        for t in Text::ALL {
            assert!(!t.get(Lang::Zh).is_empty(), "{t:?} has no Chinese");
            assert!(!t.get(Lang::En).is_empty(), "{t:?} has no English");
            assert_ne!(t.get(Lang::Zh), t.get(Lang::En), "{t:?} is not translated");
        }
    }

    #[test]
    fn chinese_texts_are_not_english() {
        for t in Text::ALL {
            let zh = t.get(Lang::Zh);
            assert!(longest_latin_run(zh) < 3, "{t:?}: {zh:?}");
        }
        assert_eq!(longest_latin_run("Pick the product to see"), 5);
        assert_eq!(longest_latin_run("Pick a product to see"), 3);
        assert_eq!(
            longest_latin_run("CSV 文件带 BOM，可直接用 Excel 打开。"),
            0
        );
        assert_eq!(longest_latin_run("12 kWh of power"), 2);
    }

    #[test]
    fn all_lists_every_variant_once_in_its_place() {
        for (i, t) in Text::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i, "{t:?}");
        }
        let distinct: HashSet<Text> = Text::ALL.iter().copied().collect();
        assert_eq!(distinct.len(), Text::ALL.len());
    }

    #[test]
    fn a_text_two_components_share_is_one_variant() {
        let mut seen = HashSet::new();
        for t in Text::ALL {
            assert!(
                seen.insert((t.get(Lang::Zh), t.get(Lang::En))),
                "{t:?} repeats another variant's texts"
            );
        }
    }

    #[test]
    fn texts_with_arguments_keep_their_wording() {
        assert_eq!(first_met_in_year(3, Lang::Zh), "第 3 年首次达到目标。");
        assert_eq!(
            first_met_in_year(3, Lang::En),
            "The target is first met in year 3."
        );
        assert_eq!(
            edits_made(0, Lang::En),
            "All figures are the sourced values."
        );
        assert_eq!(edits_made(1, Lang::En), "1 figure changed.");
        assert_eq!(edits_made(2, Lang::Zh), "已修改 2 个数字。");
        assert_eq!(stage(0, Lang::Zh), "起点");
        assert_eq!(stage(-1, Lang::En), "Upstream");
        assert_eq!(stage(2, Lang::Zh), "第2道加工");
        assert_eq!(tonnes("646万", Lang::Zh), "646万 吨");
        assert_eq!(yuan_per_ton("80,000", Lang::En), "80,000 yuan/t");
        assert_eq!(
            import_refused("a.json", 1, Lang::En),
            "a.json was not imported; the current data stays in force. 1 problem found:"
        );
        assert_eq!(source_range("1–2", Lang::Zh), "（区间 1–2）");
        assert_eq!(source_range("1–2", Lang::En), " (range 1–2)");
        assert_eq!(unit_note("亿元", Lang::Zh), " 单位：亿元");
        assert_eq!(amount_unit(2e8, Lang::Zh), (1e8, "亿元"));
        assert_eq!(amount_unit(2e8, Lang::En), (1e6, "million yuan"));
        assert_eq!(
            goal_scaled("50%", "30%", "Added value", "1亿 元", Lang::En),
            "With 50% of the plan's change over the baseline (total 30% processed), added value is 1亿 元."
        );
    }
}
