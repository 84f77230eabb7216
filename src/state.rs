//! The whole state of the page and the one reducer that changes it. Pure: the UI dispatches
//! `Action`s and renders `AppState`; links are read and written through `from_query` /
//! `to_query`, so the link round trip is tested natively.
use crate::i18n::Lang;
use crate::query;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Path,
    Compare,
    Scenario,
}

impl View {
    pub const ALL: [View; 3] = [View::Path, View::Compare, View::Scenario];

    pub fn code(self) -> &'static str {
        match self {
            View::Path => "path",
            View::Compare => "compare",
            View::Scenario => "scenario",
        }
    }

    pub fn parse(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code.trim())
    }
}

/// Something about the link or the last input that the visitor should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A known link parameter with a value we cannot use; the default is shown instead.
    BadLinkValue { param: String, value: String },
}

impl Notice {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Notice::BadLinkValue { param, value }, Lang::Zh) => {
                format!("链接参数 {param}={} 无法识别，已改用默认值。", clip(value))
            }
            (Notice::BadLinkValue { param, value }, Lang::En) => {
                format!("The link's {param}={} is not understood; the default is shown instead.", clip(value))
            }
        }
    }
}

/// Long or hostile values are shown shortened: a notice must stay readable.
fn clip(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        format!("{}…", value.chars().take(MAX).collect::<String>())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub view: View,
    pub notices: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetView(View),
    DismissNotices,
}

impl AppState {
    /// The state a link describes. Unknown parameters are ignored (links pick up tracking
    /// parameters when shared); known ones with bad values fall back to the default and
    /// leave a notice. `browser_langs` decides the language when the link does not.
    pub fn from_query<S: AsRef<str>>(query_string: &str, browser_langs: &[S]) -> AppState {
        let mut state = AppState {
            lang: Lang::from_preferences(browser_langs),
            view: View::default(),
            notices: Vec::new(),
        };
        for (key, value) in query::parse(query_string) {
            let bad = |state: &mut AppState| {
                state.notices.push(Notice::BadLinkValue { param: key.clone(), value: value.clone() })
            };
            match key.as_str() {
                "lang" => match Lang::parse(&value) {
                    Some(lang) => state.lang = lang,
                    None => bad(&mut state),
                },
                "view" => match View::parse(&value) {
                    Some(view) => state.view = view,
                    None => bad(&mut state),
                },
                _ => {}
            }
        }
        state
    }

    /// The link to this exact view (without the leading `?`).
    pub fn to_query(&self) -> String {
        query::encode(&[("lang", self.lang.code().to_string()), ("view", self.view.code().to_string())])
    }

    pub fn apply(mut self, action: Action) -> AppState {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::SetView(view) => self.view = view,
            Action::DismissNotices => self.notices.clear(),
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_LANGS: [&str; 0] = [];

    #[test]
    fn reads_links() {
        let s = AppState::from_query("?lang=en&view=compare", &["zh-CN"]);
        assert_eq!((s.lang, s.view), (Lang::En, View::Compare));
        assert!(s.notices.is_empty());

        let s = AppState::from_query("", &["zh-CN", "en"]);
        assert_eq!((s.lang, s.view), (Lang::Zh, View::Path));
    }

    #[test]
    fn bad_link_values_fall_back_with_a_notice() {
        let s = AppState::from_query("lang=xx&view=%3Cscript%3E&utm_source=wechat", &NO_LANGS);
        assert_eq!((s.lang, s.view), (Lang::En, View::Path));
        assert_eq!(s.notices.len(), 2, "{:?}", s.notices);
        assert!(s.notices[1].message(Lang::En).contains("view=<script>"));
    }

    #[test]
    fn long_values_are_clipped_in_notices() {
        let long = "x".repeat(100_000);
        let s = AppState::from_query(&format!("view={long}"), &NO_LANGS);
        assert!(s.notices[0].message(Lang::Zh).chars().count() < 100);
    }

    #[test]
    fn link_round_trip() {
        for lang in Lang::ALL {
            for view in View::ALL {
                let s = AppState::from_query("", &NO_LANGS).apply(Action::SetLang(lang)).apply(Action::SetView(view));
                let back = AppState::from_query(&s.to_query(), &NO_LANGS);
                assert_eq!(back, s);
            }
        }
    }
}
