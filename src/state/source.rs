//! Where the dataset in force came from.

/// Where the dataset in force came from: what a link must say so that another visitor gets
/// the same figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum DataSource {
    /// The chain compiled into the app.
    #[default]
    Builtin,
    /// A dataset file on the page's own site (`data=<path>`), e.g. a promotion page's chain.
    Url(String),
    /// A file the visitor imported, kept in this browser's storage under its content hash
    /// (`data=stored:<hash>`).
    Stored(String),
}
