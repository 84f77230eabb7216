//! Which of the page's views is shown.

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
