//! The whole state of the page, its constructors and what it answers. Only the reducer
//! (`state::reducer` and its sub-reducers) changes the fields that must agree with each
//! other: the dataset with its reference and edits, the path and the scenario with the
//! dataset, the source and a waiting link with the dataset in force.
use std::rc::Rc;

use super::inputs::{Currency, ScenarioInputs};
use super::notice::{Notice, Problem, Subject};
use super::pair::RegionPair;
use super::scenario;
use super::source::DataSource;
use super::view::View;
use crate::i18n::Lang;
use crate::model::{
    default_path, CarbonPrice, Dataset, DatasetErrors, Edit, Figure, FirmBoundaries, Metric,
    MoneyBasis, PerTon, Reading, ValueRange,
};

#[derive(Clone, Debug)]
pub struct AppState {
    pub lang: Lang,
    pub view: View,
    /// The dataset as loaded (the default or an import): what "reset" returns to.
    pub(super) reference: Rc<Dataset>,
    /// `reference` with `edits` applied: the figures every view computes with.
    pub(super) dataset: Rc<Dataset>,
    /// The visitor's edits, at most one per figure, in the order made.
    pub(super) edits: Vec<Edit>,
    /// The path shown in the Path view, from the dataset's start product.
    pub(super) path: Vec<String>,
    /// Inputs the model can evaluate on `dataset`.
    pub(super) scenario: ScenarioInputs,
    pub currency: Option<Currency>,
    /// The money basis of every figure shown (`basis=`): market prices or statistical.
    pub basis: MoneyBasis,
    /// The firm-boundary reading of the scenario's gross output (`firms=`).
    pub firms: FirmBoundaries,
    /// What the path card's per-ton figures are per ton of (`per=`): the metal contained
    /// (the default) or the product.
    pub per_ton: PerTon,
    pub notices: Vec<Notice>,
    /// `embed=1`: compact layout for iframes.
    pub embed: bool,
    /// `lock=1`: figures read-only (for host pages).
    pub locked: bool,
    /// `theme=#rrggbb`: the host page's accent colour, validated.
    pub theme: Option<String>,
    /// `carbonprice=`: what a market charges per t CO₂ on imports; None (the default):
    /// no carbon cost is shown.
    pub carbon_price: Option<CarbonPrice>,
    /// The two regions of the two-regions view (`a=`, `b=`), shipped region ids.
    pub(super) pair: RegionPair,
    /// Where `reference` came from.
    pub(super) source: DataSource,
    /// A link named a dataset (`data=`) that is still being fetched: the link's other
    /// parameters (accepted, not yet applied: they may name the file's products), applied
    /// once it is loaded. Until then the page says it is loading.
    pub(super) pending: Option<Vec<(String, String)>>,
    /// The chain editor, from when the editor view is first opened on this dataset.
    pub(super) editor: Option<Rc<crate::editor::Editor>>,
    /// The chain came whole in a `#chain=` link: the editor shows it read-only until the
    /// visitor asks to edit a copy.
    pub(super) shared_chain: bool,
}

/// Equal states: every field equal, except that the dataset in force is not compared
/// itself. It is `reference` with `edits` applied (the reducer keeps it so), so equal
/// references and edits make it equal; comparing it figure by figure cost the page about a
/// millisecond per keystroke at 1× CPU (a new `Rc` after every edit, so no address match;
/// `make bench`'s profile). Written out field by field, so that a new field cannot be left
/// out without a compile error.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        let AppState {
            lang,
            view,
            reference,
            dataset: _,
            edits,
            path,
            scenario,
            currency,
            basis,
            firms,
            per_ton,
            notices,
            embed,
            locked,
            theme,
            carbon_price,
            pair,
            source,
            pending,
            editor,
            shared_chain,
        } = self;
        *lang == other.lang
            && *view == other.view
            && *edits == other.edits
            && *path == other.path
            && *currency == other.currency
            && *basis == other.basis
            && *firms == other.firms
            && *per_ton == other.per_ton
            && *embed == other.embed
            && *locked == other.locked
            && *theme == other.theme
            && *carbon_price == other.carbon_price
            && *pair == other.pair
            && *shared_chain == other.shared_chain
            && *notices == other.notices
            && *scenario == other.scenario
            && *source == other.source
            && *pending == other.pending
            && *editor == other.editor
            && *reference == other.reference
    }
}

thread_local! {
    /// The built-in dataset: the default region resolved onto its chain (the chain's own
    /// figures, with the region's profile), parsed and validated once per page (every link
    /// read and every "return to the default" would otherwise parse it again). Should the
    /// region not resolve, the chain alone.
    static DEFAULT_DATASET: Result<Rc<Dataset>, DatasetErrors> =
        match crate::regions::resolve(crate::regions::DEFAULT) {
            Some(Ok(ds)) => Ok(ds),
            _ => Dataset::binzhou().map(Rc::new),
        };
}

/// The product shown first: the article's cable, else the first end product.
const FIRST_PRODUCT: &str = "lv-cable";

impl AppState {
    /// The default view of a dataset, in a language.
    pub fn new(lang: Lang, dataset: Rc<Dataset>) -> AppState {
        AppState::from_source(lang, dataset, DataSource::Builtin)
    }

    /// The default view of a dataset loaded from `source`.
    pub fn from_source(lang: Lang, dataset: Rc<Dataset>, source: DataSource) -> AppState {
        let path = initial_path(&dataset);
        AppState {
            lang,
            view: View::default(),
            scenario: ScenarioInputs::example(&dataset),
            reference: dataset.clone(),
            dataset,
            edits: Vec::new(),
            path,
            currency: None,
            basis: MoneyBasis::default(),
            firms: FirmBoundaries::default(),
            per_ton: PerTon::default(),
            notices: Vec::new(),
            embed: false,
            locked: false,
            theme: None,
            carbon_price: None,
            pair: RegionPair::default(),
            source,
            pending: None,
            editor: None,
            shared_chain: false,
        }
    }

    /// The built-in dataset's default view. The default dataset is checked by tests; should
    /// it ever fail to load, an empty chain with a notice keeps the page alive.
    pub fn with_default_dataset(lang: Lang) -> AppState {
        match DEFAULT_DATASET.with(Clone::clone) {
            Ok(ds) => AppState::new(lang, ds),
            Err(errors) => {
                let mut s = AppState::new(lang, Rc::new(Dataset::placeholder()));
                s.notices.push(rejected(Subject::DefaultDataset, &errors));
                s
            }
        }
    }

    /// The same state waiting for its link's dataset: `params` (the link's accepted
    /// parameters) are applied once the dataset is loaded.
    pub fn awaiting(mut self, params: Vec<(String, String)>) -> AppState {
        self.pending = Some(params);
        self
    }

    /// The same state, its figures read as the built-in chain's: what a link waiting for a
    /// dataset that cannot be had falls back to (its reference is still the default).
    pub fn on_builtin(mut self) -> AppState {
        self.source = DataSource::Builtin;
        self
    }

    /// The dataset as loaded (the default or an import): what "reset" returns to.
    pub fn reference(&self) -> &Rc<Dataset> {
        &self.reference
    }

    /// The dataset in force: the reference with the visitor's edits.
    pub fn dataset(&self) -> &Rc<Dataset> {
        &self.dataset
    }

    /// The visitor's edits, at most one per figure, in the order made.
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// The path shown in the Path view, from the dataset's start product.
    pub fn path(&self) -> &[String] {
        &self.path
    }

    /// The scenario's inputs (the model can evaluate both sides).
    pub fn scenario(&self) -> &ScenarioInputs {
        &self.scenario
    }

    /// Where the reference came from.
    pub fn source(&self) -> &DataSource {
        &self.source
    }

    /// The shipped region in force (`crate::regions`); none for a dataset from a file.
    pub fn region(&self) -> Option<&str> {
        self.source.region()
    }

    /// The two regions of the two-regions view.
    pub fn pair(&self) -> &RegionPair {
        &self.pair
    }

    /// Whether the chain came in a `#chain=` link and is shown read-only.
    pub fn shared_chain(&self) -> bool {
        self.shared_chain
    }

    /// The chain editor, once the editor view has been opened.
    pub fn editor(&self) -> Option<&Rc<crate::editor::Editor>> {
        self.editor.as_ref()
    }

    /// A waiting link's parameters, while its dataset is being fetched.
    pub fn pending(&self) -> Option<&[(String, String)]> {
        self.pending.as_deref()
    }

    /// The reading every result is computed on: the money basis and firm boundaries.
    pub fn reading(&self) -> Reading {
        Reading {
            basis: self.basis,
            firms: self.firms,
        }
    }

    /// A new target's value for a measure: see `scenario::default_target`.
    pub fn default_target(&self, metric: Metric) -> f64 {
        scenario::default_target(&self.dataset, &self.scenario, metric)
    }

    /// Whether a figure differs from its sourced value.
    pub fn is_edited(&self, figure: &Figure) -> bool {
        self.edits.iter().any(|e| &e.figure() == figure)
    }

    /// The range a figure's source gives (the dataset as loaded), whatever the visitor
    /// typed: an edit widens only the computational range (`Dataset::range_of`).
    pub fn sourced_range(&self, figure: &Figure) -> Option<ValueRange> {
        self.reference.range_of(figure)
    }

    /// The visitor's own value of a figure they edited; None while it is the source's.
    pub fn your_value(&self, figure: &Figure) -> Option<f64> {
        self.is_edited(figure)
            .then(|| self.dataset.value_of(figure))
            .flatten()
    }
}

/// The default dataset's start product's first path: to the article's cable if present.
pub(super) fn initial_path(ds: &Dataset) -> Vec<String> {
    default_path(ds, FIRST_PRODUCT)
        .ok()
        .or_else(|| {
            ds.end_product_ids()
                .first()
                .and_then(|id| default_path(ds, id).ok())
        })
        .unwrap_or_else(|| vec![ds.start().to_string()])
}

/// A refusal by the dataset's validation.
pub(super) fn rejected(what: Subject, errors: &DatasetErrors) -> Notice {
    Notice::Rejected {
        what,
        errors: errors.0.iter().cloned().map(Problem::Dataset).collect(),
    }
}
