//! Which of the page's views is shown.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Path,
    Compare,
    Scenario,
    /// The chain editor: the chain's tables, editable (`view=editor`).
    Editor,
}

impl View {
    pub const ALL: [View; 4] = [View::Path, View::Compare, View::Scenario, View::Editor];
    /// The views of results, the header's tabs; the editor is opened from the dataset's
    /// section of the assumptions.
    pub const TABS: [View; 3] = [View::Path, View::Compare, View::Scenario];

    pub fn code(self) -> &'static str {
        match self {
            View::Path => "path",
            View::Compare => "compare",
            View::Scenario => "scenario",
            View::Editor => "editor",
        }
    }

    pub fn parse(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code.trim())
    }
}
