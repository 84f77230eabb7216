//! Which of the page's views is shown.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Path,
    Compare,
    Scenario,
    /// The chain editor: the chain's tables, editable (`view=editor`).
    Editor,
    /// Two shipped regions side by side for one product (`view=regions`).
    Regions,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Path,
        View::Compare,
        View::Scenario,
        View::Editor,
        View::Regions,
    ];
    /// The views of results, the header's tabs; the editor is opened from the dataset's
    /// section of the assumptions.
    pub const TABS: [View; 4] = [View::Path, View::Compare, View::Scenario, View::Regions];

    pub fn code(self) -> &'static str {
        match self {
            View::Path => "path",
            View::Compare => "compare",
            View::Scenario => "scenario",
            View::Editor => "editor",
            View::Regions => "regions",
        }
    }

    pub fn parse(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code.trim())
    }
}
