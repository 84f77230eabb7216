//! Everything that can change the state, grouped by what it changes: what the visitor did
//! (or what a link or a host page asks for), never a copy of state built from an earlier
//! render, so two intents that arrive before a redraw both take effect.
use std::collections::BTreeMap;
use std::rc::Rc;

use super::app_state::AppState;
use super::inputs::{Currency, Side};
use super::notice::Notice;
use super::pair::PairSide;
use super::source::DataSource;
use super::view::View;
use crate::i18n::Lang;
use crate::model::{
    CarbonPrice, Edit, Figure, FirmBoundaries, Metric, MoneyBasis, PerTon, Ramp, ScrapFate, Target,
};

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The page's frame: language, view, currency, money basis, embedding.
    Frame(FrameAction),
    /// The product and path shown in the path view.
    Path(PathAction),
    /// The dataset's figures.
    Figures(FigureAction),
    /// Which dataset is in force.
    Data(DataAction),
    /// One scenario intent, checked by the model on its own.
    Scenario(ScenarioAction),
    /// An edit of the chain in the editor (`crate::editor`): the draft changes, and the
    /// dataset in force follows it whenever the draft is valid.
    Editor(crate::editor::EditAction),
    /// Scenario intents taken together (a link): the model checks the scenario they make,
    /// not each intermediate one, so their order does not matter; if it refuses the lot,
    /// `AppState::apply` applies them one by one so that only the refused ones are left out.
    ScenarioBatch(Vec<ScenarioAction>),
    Notify(Notice),
    DismissNotices,
    /// Replaces the whole state (a saved view being restored).
    Restore(Box<AppState>),
}

/// The page's frame: nothing else depends on it.
#[derive(Clone, Debug, PartialEq)]
pub enum FrameAction {
    SetLang(Lang),
    SetView(View),
    SetCurrency(Option<Currency>),
    /// The money basis of every figure: market prices (VAT included) or statistical.
    SetBasis(MoneyBasis),
    /// The firm-boundary reading of gross output.
    SetFirms(FirmBoundaries),
    /// What the path's per-ton figures are per ton of: the metal contained or the product.
    SetPerTon(PerTon),
    /// Compact layout for iframes.
    SetEmbed(bool),
    /// Figures read-only (a host page's choice); edits after it are ignored.
    SetLocked(bool),
    /// The host page's accent colour (validated by `link::theme`).
    SetTheme(Option<String>),
    /// The carbon price a market charges on imports (`carbonprice=`), valid by
    /// construction; None: no carbon cost is shown.
    SetCarbonPrice(Option<CarbonPrice>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PathAction {
    /// Shows the default path to a product.
    SelectProduct(String),
    /// Shows the default path to a product in the path view (from compare or the chain map).
    OpenProduct(String),
    /// Shows an explicit path (validated; a bad one leaves the current path).
    SelectPath(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FigureAction {
    /// Changes a figure (validated by the model; replaces an earlier edit of that figure).
    Edit(Edit),
    /// Several figures at once (a link): validated once; if the model refuses the lot,
    /// `AppState::apply` applies them one by one so that only the refused ones are left out.
    Edits(Vec<Edit>),
    /// Returns one figure to its sourced value.
    ResetFigure(Figure),
    /// Returns every figure to its sourced value.
    ResetEdits,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DataAction {
    /// Replaces the dataset (already validated by `Dataset::from_json`), with where it came
    /// from and what the import assumed, if anything.
    ImportDataset {
        dataset: Rc<crate::model::Dataset>,
        source: DataSource,
        notices: Vec<Notice>,
    },
    /// A link's dataset, to be fetched or read from storage before its figures are shown.
    RequestDataset(DataSource),
    /// The link's dataset could not be had: the default chain stays, with why.
    DatasetUnavailable(Notice),
    /// Returns to the default dataset.
    ResetDataset,
    /// The dataset just brought in came whole in a `#chain=` link: shown read-only.
    MarkShared,
    /// Leaves the linked chain's read-only showing for the editor, on a copy of it (the
    /// link's chain, kept in this browser, stays as it came).
    EditCopy,
    /// Uses a region shipped with the app (`crate::regions`), resolved when first picked:
    /// its figures replace the dataset (edits go), the frame and the path shown stay.
    SelectRegion(String),
    /// One of the two regions of the two-regions view (a shipped region, resolved through
    /// `crate::regions` as `SelectRegion` does); the dataset in force stays.
    SelectPairRegion { side: PairSide, id: String },
}

/// What may change the scenario's inputs, and nothing else: a batch holds only these.
#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioAction {
    /// A year's primary metal, tons (finite, ≥ 0).
    SetTonnage {
        side: Side,
        tonnes: f64,
    },
    /// Sets one product's share of a side's tonnage, clamped so that shares never exceed 1.
    SetShare {
        side: Side,
        product: String,
        share: f64,
    },
    /// Replaces a side's shares (a link): refused whole if the model refuses them.
    SetShares {
        side: Side,
        shares: BTreeMap<String, f64>,
    },
    /// The plan's R&D uplift of one step, percent (0 removes it).
    SetUplift {
        from: String,
        to: String,
        percent: f64,
    },
    /// Whether the plan makes a product in the region.
    SetLocal {
        product: String,
        local: bool,
    },
    /// Years to reach the plan (1 … `MAX_YEARS`).
    SetYears(u32),
    SetRamp(Ramp),
    /// The target's figure, keeping its value; `None` removes the target.
    SetTargetMetric(Option<Metric>),
    /// The target's value (ignored without a target).
    SetTargetValue(f64),
    /// The whole target (a link).
    SetTarget(Option<Target>),
    /// Replaces the plan's mix with the one goal-seek finds for the target, computed from
    /// the state in force when the intent is applied.
    ApplyGoalSeek,
    /// Starts the scenario from one of the dataset's presets.
    ApplyPreset(String),
    /// Process scrap remelted in the region or sold, for baseline and plan alike.
    SetScrapFate(ScrapFate),
}

impl From<FrameAction> for Action {
    fn from(a: FrameAction) -> Action {
        Action::Frame(a)
    }
}

impl From<PathAction> for Action {
    fn from(a: PathAction) -> Action {
        Action::Path(a)
    }
}

impl From<FigureAction> for Action {
    fn from(a: FigureAction) -> Action {
        Action::Figures(a)
    }
}

impl From<DataAction> for Action {
    fn from(a: DataAction) -> Action {
        Action::Data(a)
    }
}

impl From<ScenarioAction> for Action {
    fn from(a: ScenarioAction) -> Action {
        Action::Scenario(a)
    }
}

impl From<crate::editor::EditAction> for Action {
    fn from(a: crate::editor::EditAction) -> Action {
        Action::Editor(a)
    }
}
