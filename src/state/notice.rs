//! Notices: what the visitor should know, as facts. The words are the catalog's
//! (`impl Notice` in `catalog::notices`); the state never imports the catalog.
use super::source::DataSource;

/// Something the visitor should know about the link, the data or the last action. Typed:
/// the words are in `crate::catalog`, in both languages.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A known link parameter with a value we cannot use; the default is shown instead.
    BadLinkValue { param: String, value: String },
    /// An edit, a choice or an import that was refused; what was in force stays.
    Rejected { what: Subject, errors: Vec<Problem> },
    /// A link's dataset (`data=`) could not be had; the default chain is shown.
    DataUnavailable {
        source: DataSource,
        why: DataProblem,
    },
    /// A dataset was imported: its name, in both languages.
    DatasetImported(crate::model::Name),
    /// An imported dataset could not be kept in this browser's storage: a reload loses it.
    ImportNotKept,
    /// A `#chain=` link could not be read (damaged, too large, not a valid chain): the
    /// chain in force stays.
    ChainLink(crate::editor::fragment::FragmentError),
    /// What an import of an older file assumed; the catalog words it.
    Imported(crate::model::ImportNotice),
}

/// What a refused action was about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    Product(String),
    Path(Vec<String>),
    Figure(crate::model::Figure),
    Shares,
    Uplift {
        from: String,
        to: String,
    },
    Local(String),
    Tonnage,
    Years,
    /// The scenario a batch of intents (a link's) makes, checked once at the end.
    Scenario,
    Target,
    GoalSeek,
    Preset(String),
    DefaultDataset,
    Export,
    /// A region picked (its id).
    Region(String),
}

/// Why something was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Model(crate::model::ModelError),
    Dataset(crate::model::DatasetError),
    /// A path must start at the dataset's start product.
    PathNotFromStart {
        start: String,
    },
    /// The browser's own message (a failed download, say): shown as the browser gave it.
    Browser(String),
    /// The browser cannot read files (no FileReader).
    NoFileReader,
    /// The chosen file could not be read as text.
    FileUnreadable,
    /// No region shipped with the app has that id: the ids there are.
    UnknownRegion {
        known: Vec<String>,
    },
}

/// Why a link's dataset is not shown.
#[derive(Clone, Debug, PartialEq)]
pub enum DataProblem {
    /// A file imported in another browser: its copy is in that browser's storage only.
    NotInThisBrowser,
    /// Not a file of this site.
    OtherOrigin,
    /// The file could not be fetched (HTTP status, if there was a response).
    Fetch { status: Option<u16> },
    /// The file is not a valid dataset.
    Invalid(Vec<crate::model::DatasetError>),
}

impl Notice {
    /// What an import assumed (a schema-1 file: melt loss and scrap price).
    pub fn of_import(notice: &crate::model::ImportNotice) -> Notice {
        Notice::Imported(notice.clone())
    }
}

/// Long or hostile values are shown shortened: a notice must stay readable.
pub fn clip(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        format!("{}…", value.chars().take(MAX).collect::<String>())
    }
}
