//! The whole state of the page and the one reducer that changes it. Pure: the UI dispatches
//! `Action`s and renders `AppState`; links are read and written by `crate::link`, so the
//! link round trip is tested natively. The reducer never fails: an action that cannot be
//! applied leaves the state as it was and adds a `Notice` saying why.
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::{
    default_path, evaluate_path, Dataset, DatasetErrors, Edit, Metric, Preset, Ramp, Scenario,
    ScrapFate, StepUplift, Target, MAX_YEARS,
};

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
    /// Plain information (e.g. "dataset imported"), with its text in both languages.
    Info { zh: String, en: String },
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
    Uplift { from: String, to: String },
    Local(String),
    Tonnage,
    Years,
    Target,
    GoalSeek,
    Preset(String),
    DefaultDataset,
    Export,
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

// The words of a notice are the catalog's (`impl Notice` in `catalog::notices`): the state
// holds facts only, and never imports the catalog.
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

/// Amounts also shown in another currency, at a rate the visitor enters.
#[derive(Clone, Debug, PartialEq)]
pub struct Currency {
    /// Three letters, e.g. `USD`.
    pub code: String,
    /// Units of that currency per yuan.
    pub per_yuan: f64,
}

/// The scenario view's inputs: a region's baseline year against its plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioInputs {
    pub baseline: Scenario,
    pub plan: Scenario,
    pub years: u32,
    pub ramp: Ramp,
    pub target: Option<Target>,
}

impl ScenarioInputs {
    pub fn side_mut(&mut self, side: Side) -> &mut Scenario {
        match side {
            Side::Plan => &mut self.plan,
            Side::Baseline => &mut self.baseline,
        }
    }

    /// The dataset's baseline (sourced, or all sold as ingot) against its first preset
    /// (the default dataset: Shandong's plan of a fine-processing rate about 50 %), or
    /// against itself when the dataset has no preset.
    pub fn example(ds: &Dataset) -> ScenarioInputs {
        match ds.presets().first() {
            Some(preset) => ScenarioInputs::from_preset(ds, preset),
            None => {
                let (baseline, _) = Scenario::baseline(ds);
                ScenarioInputs {
                    plan: baseline.clone(),
                    baseline,
                    years: 5,
                    ramp: Ramp::SCurve,
                    target: None,
                }
            }
        }
    }

    /// A preset as the plan, against the dataset's baseline at the preset's tonnage, with
    /// the preset's first target.
    pub fn from_preset(ds: &Dataset, preset: &Preset) -> ScenarioInputs {
        let (mut baseline, _) = Scenario::baseline(ds);
        baseline.tonnage = preset.tonnage;
        let mut plan = baseline.clone();
        plan.shares = preset.shares.clone();
        ScenarioInputs {
            baseline,
            plan,
            years: preset.years,
            ramp: Ramp::SCurve,
            target: preset.targets.first().map(|t| Target {
                metric: t.metric,
                value: t.value,
            }),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub view: View,
    /// The dataset as loaded (the default or an import): what "reset" returns to.
    pub reference: Rc<Dataset>,
    /// `reference` with `edits` applied: the figures every view computes with.
    pub dataset: Rc<Dataset>,
    /// The visitor's edits, at most one per figure, in the order made.
    pub edits: Vec<Edit>,
    /// The path shown in the Path view, from the dataset's start product.
    pub path: Vec<String>,
    pub scenario: ScenarioInputs,
    pub currency: Option<Currency>,
    pub notices: Vec<Notice>,
    /// `embed=1`: compact layout for iframes.
    pub embed: bool,
    /// `lock=1`: figures read-only (for host pages).
    pub locked: bool,
    /// `theme=#rrggbb`: the host page's accent colour, validated.
    pub theme: Option<String>,
    /// Where `reference` came from.
    pub source: DataSource,
    /// A link named a dataset (`data=`) that is still being fetched: the link's other
    /// parameters (accepted, not yet applied: they may name the file's products), applied
    /// once it is loaded. Until then the page says it is loading.
    pub pending: Option<Vec<(String, String)>>,
    /// Inside `Action::ScenarioBatch`: scenario intents skip the model's check, which the
    /// batch makes once at the end. Always false between actions.
    defer_check: bool,
}

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

/// Which year of the scenario an intent changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Baseline,
    Plan,
}

/// Everything that can change the state: what the visitor did (or what a link or a host
/// page asks for), never a copy of state built from an earlier render, so two intents that
/// arrive before a redraw both take effect.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    SetView(View),
    /// Shows the default path to a product.
    SelectProduct(String),
    /// Shows the default path to a product in the path view (from compare or the chain map).
    OpenProduct(String),
    /// Shows an explicit path (validated; a bad one leaves the current path).
    SelectPath(Vec<String>),
    /// Changes a figure (validated by the model; replaces an earlier edit of that figure).
    Edit(Edit),
    /// Several figures at once (a link): validated once; if the model refuses the lot,
    /// they are applied one by one so that only the refused ones are left out.
    Edits(Vec<Edit>),
    /// Scenario intents taken together (a link): the model checks the scenario they make,
    /// not each intermediate one, so their order does not matter; if it refuses the lot,
    /// they are applied one by one so that only the refused ones are left out.
    ScenarioBatch(Vec<Action>),
    /// Returns one figure to its sourced value.
    ResetFigure(crate::model::Figure),
    /// Returns every figure to its sourced value.
    ResetEdits,
    /// Replaces the dataset (already validated by `Dataset::from_json`), with where it came
    /// from and what the import assumed, if anything.
    ImportDataset {
        dataset: Rc<Dataset>,
        source: DataSource,
        notices: Vec<Notice>,
    },
    /// A link's dataset, to be fetched or read from storage before its figures are shown.
    RequestDataset(DataSource),
    /// The link's dataset could not be had: the default chain stays, with why.
    DatasetUnavailable(Notice),
    /// Returns to the default dataset.
    ResetDataset,
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
    SetCurrency(Option<Currency>),
    /// Compact layout for iframes.
    SetEmbed(bool),
    /// Figures read-only (a host page's choice); edits after it are ignored.
    SetLocked(bool),
    /// The host page's accent colour (validated by `link::theme`).
    SetTheme(Option<String>),
    Notify(Notice),
    DismissNotices,
    /// Replaces the whole state (a saved view being restored).
    Restore(Box<AppState>),
}

thread_local! {
    /// The built-in dataset, parsed and validated once per page (every link read and
    /// every "return to the default" would otherwise parse it again).
    static DEFAULT_DATASET: Result<Rc<Dataset>, DatasetErrors> = Dataset::binzhou().map(Rc::new);
}

/// The product shown first: the article's cable, else the first end product.
const FIRST_PRODUCT: &str = "lv-cable";

impl AppState {
    /// The default view of a dataset, in a language.
    pub fn new(lang: Lang, dataset: Rc<Dataset>) -> AppState {
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
            notices: Vec::new(),
            embed: false,
            locked: false,
            theme: None,
            source: DataSource::Builtin,
            pending: None,
            defer_check: false,
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

    pub fn apply(mut self, action: Action) -> AppState {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::SetView(view) => self.view = view,
            Action::SelectProduct(id) => match default_path(&self.dataset, &id) {
                Ok(path) => self.path = path,
                Err(e) => self.notices.push(Notice::Rejected {
                    what: Subject::Product(id),
                    errors: vec![Problem::Model(e)],
                }),
            },
            Action::OpenProduct(id) => {
                self = self.apply(Action::SelectProduct(id));
                self.view = View::Path;
            }
            Action::SelectPath(path) => match evaluate_path(&self.dataset, &path) {
                Ok(_) if path.first().map(String::as_str) == Some(self.dataset.start()) => {
                    self.path = path
                }
                Ok(_) => self.notices.push(Notice::Rejected {
                    what: Subject::Path(path),
                    errors: vec![Problem::PathNotFromStart {
                        start: self.dataset.start().to_string(),
                    }],
                }),
                Err(e) => self.notices.push(Notice::Rejected {
                    what: Subject::Path(path),
                    errors: vec![Problem::Model(e)],
                }),
            },
            Action::Edit(edit) => {
                if self.locked {
                    return self;
                }
                let replaces = self.edits.iter().any(|e| same_figure(e, &edit));
                let mut edits: Vec<Edit> = self
                    .edits
                    .iter()
                    .filter(|e| !same_figure(e, &edit))
                    .cloned()
                    .collect();
                edits.push(edit.clone());
                // The dataset in force is the reference with `self.edits` applied in order,
                // so an edit of a new figure applies to it directly: the same result as
                // replaying every edit, with one validation instead of one per edit (a
                // link with k edits would otherwise validate k(k+1)/2 times). Replacing an
                // earlier edit of the figure removes it from the middle: replay then.
                let applied = if replaces {
                    apply_edits(&self.reference, &edits)
                } else {
                    self.dataset.with_edit(&edit)
                };
                match applied {
                    Ok(ds) => {
                        self.dataset = Rc::new(ds);
                        self.edits = edits;
                    }
                    Err(errors) => self
                        .notices
                        .push(rejected(Subject::Figure(edit.figure()), &errors)),
                }
            }
            Action::Edits(batch) => {
                if self.locked {
                    return self;
                }
                let mut edits = self.edits.clone();
                for edit in &batch {
                    edits.retain(|e| !same_figure(e, edit));
                    edits.push(edit.clone());
                }
                match apply_edits(&self.reference, &edits) {
                    Ok(ds) => {
                        self.dataset = Rc::new(ds);
                        self.edits = edits;
                    }
                    Err(_) => {
                        self = batch
                            .into_iter()
                            .map(Action::Edit)
                            .fold(self, AppState::apply)
                    }
                }
            }
            Action::ScenarioBatch(batch) => {
                let mut trial = self.clone();
                trial.defer_check = true;
                let mut trial = batch.iter().cloned().fold(trial, AppState::apply);
                trial.defer_check = false;
                let ok = trial.notices.len() == self.notices.len()
                    && scenario_check(&trial.dataset, &trial.scenario).is_ok();
                self = if ok {
                    trial
                } else {
                    batch.into_iter().fold(self, AppState::apply)
                };
            }
            Action::ResetFigure(figure) => {
                let edits: Vec<Edit> = self
                    .edits
                    .iter()
                    .filter(|e| e.figure() != figure)
                    .cloned()
                    .collect();
                if let Ok(ds) = apply_edits(&self.reference, &edits) {
                    self.dataset = Rc::new(ds);
                    self.edits = edits;
                }
            }
            Action::ResetEdits => {
                self.dataset = self.reference.clone();
                self.edits.clear();
            }
            Action::ImportDataset {
                dataset,
                source,
                notices,
            } => {
                let fresh = AppState::new(self.lang, dataset);
                self = self.keep_frame(fresh);
                self.source = source;
                self.notices = notices;
            }
            Action::RequestDataset(source) => self.source = source,
            Action::DatasetUnavailable(notice) => {
                // `link::fall_back` applies a waiting link to the default chain first
                // (the reducer does not read links: `link` depends on `state`, not back).
                self.source = DataSource::Builtin;
                self.pending = None;
                self.notices.push(notice);
            }
            Action::ResetDataset => {
                let fresh = AppState::with_default_dataset(self.lang);
                self = self.keep_frame(fresh);
            }
            Action::SetTonnage { side, tonnes } => {
                // The model's rule for a tonnage (finite, 0 … MAX_TONNES) decides.
                let mut next = self.scenario.clone();
                next.side_mut(side).tonnage = tonnes;
                self.set_scenario(next, Subject::Tonnage);
            }
            Action::SetShare {
                side,
                product,
                share,
            } => set_share(&mut self.side_mut(side).shares, product, share),
            Action::SetShares { side, shares } => {
                let mut next = self.scenario.clone();
                next.side_mut(side).shares = shares;
                self.set_scenario(next, Subject::Shares);
            }
            Action::SetUplift { from, to, percent } => {
                let mut next = self.scenario.clone();
                next.plan.uplift.retain(|u| !(u.from == from && u.to == to));
                if percent != 0.0 {
                    next.plan.uplift.push(StepUplift {
                        from: from.clone(),
                        to: to.clone(),
                        percent,
                    });
                }
                self.set_scenario(next, Subject::Uplift { from, to });
            }
            Action::SetLocal { product, local } => {
                let mut next = self.scenario.clone();
                // A product left at the dataset's flag keeps no entry, so links stay short.
                if self
                    .dataset
                    .product(&product)
                    .is_some_and(|p| p.local == local)
                {
                    next.plan.local.remove(&product);
                } else {
                    next.plan.local.insert(product.clone(), local);
                }
                self.set_scenario(next, Subject::Local(product));
            }
            Action::SetYears(years) => {
                if (1..=MAX_YEARS).contains(&years) {
                    self.scenario.years = years;
                } else {
                    self.notices.push(Notice::Rejected {
                        what: Subject::Years,
                        errors: vec![Problem::Model(crate::model::ModelError::InvalidYears {
                            years,
                            max: MAX_YEARS,
                        })],
                    });
                }
            }
            Action::SetRamp(ramp) => self.scenario.ramp = ramp,
            Action::SetTargetMetric(metric) => {
                // Another measure's number means nothing here (0.5 yuan, a rate of
                // 500,000,000,000): a new measure starts from its own default.
                let target = metric.map(|metric| match self.scenario.target {
                    Some(t) if t.metric == metric => t,
                    _ => Target {
                        metric,
                        value: self.default_target(metric),
                    },
                });
                self.apply_target(target);
            }
            Action::SetTargetValue(value) => {
                if let Some(t) = self.scenario.target {
                    self.apply_target(Some(Target { value, ..t }));
                }
            }
            Action::SetTarget(target) => self.apply_target(target),
            Action::ApplyGoalSeek => {
                let s = &self.scenario;
                if let Some(t) = s.target {
                    match crate::model::goal_seek(
                        &self.dataset,
                        &s.baseline,
                        &s.plan,
                        t.metric,
                        t.value,
                    ) {
                        // The plan as it is already gives the mix's value: nothing to do.
                        Ok(found) => {
                            if let Some(mix) = found.to_apply() {
                                self.scenario.plan = mix.clone();
                            }
                        }
                        Err(e) => self.notices.push(Notice::Rejected {
                            what: Subject::GoalSeek,
                            errors: vec![Problem::Model(e)],
                        }),
                    }
                }
            }
            Action::ApplyPreset(id) => match self.dataset.preset(&id) {
                Some(preset) => self.scenario = ScenarioInputs::from_preset(&self.dataset, preset),
                None => self.notices.push(Notice::Rejected {
                    what: Subject::Preset(id.clone()),
                    errors: vec![Problem::Model(crate::model::ModelError::UnknownPreset {
                        id,
                    })],
                }),
            },
            Action::SetScrapFate(fate) => {
                self.scenario.plan.scrap = fate;
                self.scenario.baseline.scrap = fate;
            }
            Action::SetCurrency(currency) => self.currency = currency,
            Action::SetEmbed(embed) => self.embed = embed,
            Action::SetLocked(locked) => self.locked = locked,
            Action::SetTheme(theme) => self.theme = theme,
            Action::Notify(notice) => self.notices.push(notice),
            Action::DismissNotices => self.notices.clear(),
            Action::Restore(state) => self = *state,
        }
        self
    }

    fn side_mut(&mut self, side: Side) -> &mut Scenario {
        self.scenario.side_mut(side)
    }

    /// A new state (another dataset) in the page's frame: language, view, currency and the
    /// host page's embedding choices carry over.
    fn keep_frame(self, mut next: AppState) -> AppState {
        next.lang = self.lang;
        next.view = self.view;
        next.currency = self.currency;
        next.embed = self.embed;
        next.locked = self.locked;
        next.theme = self.theme;
        next
    }

    /// Takes scenario inputs if the model can evaluate both sides with them; otherwise keeps
    /// the ones in force and says why.
    fn set_scenario(&mut self, next: ScenarioInputs, what: Subject) {
        if self.defer_check {
            self.scenario = next;
            return;
        }
        match scenario_check(&self.dataset, &next) {
            Ok(_) => self.scenario = next,
            Err(e) => self.notices.push(Notice::Rejected {
                what,
                errors: vec![Problem::Model(e)],
            }),
        }
    }

    fn apply_target(&mut self, target: Option<Target>) {
        match target {
            Some(t) if !(t.value.is_finite() && t.value >= 0.0) => {
                self.notices.push(Notice::Rejected {
                    what: Subject::Target,
                    errors: vec![Problem::Model(crate::model::ModelError::InvalidTarget {
                        value: t.value,
                    })],
                })
            }
            _ => self.scenario.target = target,
        }
    }

    /// A new target's value: the plan's own figure rounded down to two significant
    /// digits (a rate to a whole percent), so the plan meets it and the field shows a round
    /// number; 0 when the plan cannot be evaluated.
    pub fn default_target(&self, metric: Metric) -> f64 {
        let Ok(result) = crate::model::evaluate_scenario(&self.dataset, &self.scenario.plan) else {
            return 0.0;
        };
        let value = metric.of(&result);
        if !(value.is_finite() && value > 0.0) {
            return 0.0;
        }
        let step = if metric.is_rate() {
            0.01
        } else {
            10f64.powf(value.log10().floor() - 1.0)
        };
        // The small allowance keeps a plan at 50 % (0.49999999999 in floating point) at
        // 50 %, not 49 %.
        (value / step + 1e-9).floor() * step
    }

    /// Whether a figure differs from its sourced value.
    pub fn is_edited(&self, figure: &crate::model::Figure) -> bool {
        self.edits.iter().any(|e| &e.figure() == figure)
    }

    /// The range a figure's source gives (the dataset as loaded), whatever the visitor
    /// typed: an edit widens only the computational range (`Dataset::range_of`).
    pub fn sourced_range(&self, figure: &crate::model::Figure) -> Option<crate::model::ValueRange> {
        self.reference.range_of(figure)
    }

    /// The visitor's own value of a figure they edited; None while it is the source's.
    pub fn your_value(&self, figure: &crate::model::Figure) -> Option<f64> {
        self.is_edited(figure)
            .then(|| self.dataset.value_of(figure))
            .flatten()
    }
}

/// Whether the model can evaluate both sides of the scenario.
fn scenario_check(ds: &Dataset, s: &ScenarioInputs) -> Result<(), crate::model::ModelError> {
    crate::model::evaluate_scenario(ds, &s.plan)
        .and_then(|_| crate::model::evaluate_scenario(ds, &s.baseline))
        .map(|_| ())
}

/// The default dataset's start product's first path: to the article's cable if present.
fn initial_path(ds: &Dataset) -> Vec<String> {
    default_path(ds, FIRST_PRODUCT)
        .ok()
        .or_else(|| {
            ds.end_product_ids()
                .first()
                .and_then(|id| default_path(ds, id).ok())
        })
        .unwrap_or_else(|| vec![ds.start().to_string()])
}

/// Sets one share, clamped to [0, 1 − the others]: the mix can never exceed 100 %.
fn set_share(shares: &mut BTreeMap<String, f64>, product: String, share: f64) {
    let room = crate::model::room_for(shares, &product);
    let share = if share.is_finite() {
        share.clamp(0.0, room)
    } else {
        0.0
    };
    if share > 0.0 {
        shares.insert(product, share);
    } else {
        shares.remove(&product);
    }
}

pub fn apply_edits(reference: &Dataset, edits: &[Edit]) -> Result<Dataset, DatasetErrors> {
    reference.with_edits(edits)
}

fn same_figure(a: &Edit, b: &Edit) -> bool {
    a.figure() == b.figure()
}

fn rejected(what: Subject, errors: &DatasetErrors) -> Notice {
    Notice::Rejected {
        what,
        errors: errors.0.iter().cloned().map(Problem::Dataset).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Figure;

    fn state() -> AppState {
        AppState::with_default_dataset(Lang::En)
    }

    #[test]
    fn starts_on_the_cable_path() {
        let s = state();
        assert_eq!(s.path, ["primary", "rod", "lv-cable"]);
        assert!(s.notices.is_empty());
    }

    #[test]
    fn selects_products_and_paths() {
        let s = state().apply(Action::SelectProduct("furniture".into()));
        assert_eq!(s.path.last().map(String::as_str), Some("furniture"));
        let s = s.apply(Action::SelectPath(vec!["primary".into(), "rod".into()]));
        assert_eq!(s.path, ["primary", "rod"]);
        let s = s.apply(Action::SelectPath(vec![
            "primary".into(),
            "furniture".into(),
        ]));
        assert_eq!(s.path, ["primary", "rod"], "a path with no step is refused");
        assert_eq!(s.notices.len(), 1);
        let s = s.apply(Action::SelectProduct("nonsense".into()));
        assert_eq!(s.notices.len(), 2);
    }

    #[test]
    fn edits_replace_each_other_and_reset() {
        let s = state()
            .apply(Action::Edit(Edit::MetalPrice { base: 15000.0 }))
            .apply(Action::Edit(Edit::MetalPrice { base: 16000.0 }));
        assert_eq!(s.edits.len(), 1);
        assert_eq!(s.dataset.metal_price().base, 16000.0);
        assert!(s.is_edited(&Figure::MetalPrice));
        let s = s.apply(Action::ResetFigure(Figure::MetalPrice));
        assert!(!s.is_edited(&Figure::MetalPrice));
        assert_eq!(s.dataset, s.reference);
    }

    #[track_caller]
    fn shows_source_range(query: &str, figure: Figure, sourced: (f64, f64), yours: Option<f64>) {
        let s = crate::link::from_query(query, &["en"]);
        let range = s.sourced_range(&figure).expect("a ranged figure");
        assert_eq!(
            (range.low, range.high),
            sourced,
            "{query}: the source's range"
        );
        assert_eq!(s.your_value(&figure), yours, "{query}: the visitor's value");
        // The model computes with a range that holds the value in force.
        let computed = s.dataset.range_of(&figure).expect("a ranged figure");
        let value = s
            .dataset
            .value_of(&figure)
            .expect("a figure of the dataset");
        assert!(
            computed.low <= value && value <= computed.high,
            "{query}: {computed:?} holds {value}"
        );
    }

    #[test]
    fn an_edit_leaves_the_sources_range_and_is_shown_as_the_visitors_value() {
        let price = Figure::MetalPrice;
        let furniture = Figure::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
        };
        let rod_yield = Figure::StepYield {
            from: "primary".into(),
            to: "rod".into(),
        };
        let scrap = Figure::ScrapPrice;
        // (link, figure, the source's low–high, the visitor's value)
        let cases = [
            ("lang=en", price.clone(), (13_500.0, 14_300.0), None),
            (
                "price=20000",
                price.clone(),
                (13_500.0, 14_300.0),
                Some(20_000.0),
            ),
            (
                "price=1000",
                price.clone(),
                (13_500.0, 14_300.0),
                Some(1_000.0),
            ),
            ("price=14000", price, (13_500.0, 14_300.0), Some(14_000.0)),
            (
                "av=profile.furniture:123",
                furniture.clone(),
                (70_000.0, 84_000.0),
                Some(123.0),
            ),
            (
                "av=profile.furniture:100000",
                furniture,
                (70_000.0, 84_000.0),
                Some(100_000.0),
            ),
            ("yield=primary.rod:0.5", rod_yield, (0.97, 0.99), Some(0.5)),
            (
                "scrapprice=20000",
                scrap,
                (10_000.0, 12_000.0),
                Some(20_000.0),
            ),
        ];
        for (query, figure, sourced, yours) in cases {
            shows_source_range(query, figure, sourced, yours);
        }
    }

    #[test]
    fn refused_edits_keep_the_last_valid_figures() {
        let s = state().apply(Action::Edit(Edit::StepYield {
            from: "primary".into(),
            to: "rod".into(),
            value: 1.5,
        }));
        assert!(s.edits.is_empty());
        assert_eq!(s.dataset, s.reference);
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn locked_state_ignores_edits() {
        let mut s = state();
        s.locked = true;
        let s = s.apply(Action::Edit(Edit::MetalPrice { base: 15000.0 }));
        assert!(s.edits.is_empty());
    }

    #[test]
    fn shares_never_exceed_one() {
        let mut s = state();
        s.scenario.plan.shares.clear();
        let s = s
            .apply(Action::SetShare {
                side: Side::Plan,
                product: "rod".into(),
                share: 0.7,
            })
            .apply(Action::SetShare {
                side: Side::Plan,
                product: "furniture".into(),
                share: 0.6,
            });
        assert_eq!(
            s.scenario.plan.shares["furniture"],
            0.30000000000000004_f64.min(1.0 - 0.7)
        );
        let total: f64 = s.scenario.plan.shares.values().sum();
        assert!(total <= 1.0 + 1e-12, "{total}");
        let s = s.apply(Action::SetShare {
            side: Side::Plan,
            product: "rod".into(),
            share: f64::NAN,
        });
        assert!(!s.scenario.plan.shares.contains_key("rod"));
    }

    #[test]
    fn example_scenario_is_valid() {
        let s = state();
        let r = crate::model::evaluate_scenario(&s.dataset, &s.scenario.plan);
        assert!(r.is_ok(), "{r:?}");
        // The Shandong preset: about half the metal deep-processed, rod on top of it.
        let total: f64 = s.scenario.plan.shares.values().sum();
        assert!((total - 0.65).abs() < 1e-9, "{total}");
        assert!((r.unwrap().deep_processing_rate - 0.5).abs() < 1e-9);
        assert_eq!(
            s.scenario.target,
            Some(Target {
                metric: crate::model::Metric::DeepProcessingRate,
                value: 0.5
            })
        );
    }

    #[test]
    fn edits_applied_one_by_one_equal_a_replay_of_all() {
        let edits = [
            Edit::MetalPrice { base: 15_000.0 },
            Edit::StepAddedValue {
                from: "profile".into(),
                to: "furniture".into(),
                base: 90_000.0,
            },
            Edit::StepYield {
                from: "billet".into(),
                to: "profile".into(),
                value: 0.7,
            },
            Edit::MeltLoss { base: 0.03 },
            // Replaces the first: the replay path.
            Edit::MetalPrice { base: 12_000.0 },
            Edit::ScrapPrice { base: 9_000.0 },
        ];
        let mut s = state();
        for edit in &edits {
            s = s.apply(Action::Edit(edit.clone()));
            assert_eq!(
                *s.dataset,
                apply_edits(&s.reference, &s.edits).unwrap(),
                "after {edit:?}"
            );
        }
        assert_eq!(s.edits.len(), 5);
        assert_eq!(s.dataset.metal_price().base, 12_000.0);
    }

    #[test]
    fn a_schema_1_import_says_what_it_assumed_in_both_languages() {
        let notice = Notice::of_import(&crate::model::ImportNotice::Schema1 {
            melt_loss: 0.02,
            scrap_price_share: 0.8,
            reference_product: Some("rod".into()),
        });
        let zh = notice.message(Lang::Zh);
        let en = notice.message(Lang::En);
        assert!(
            zh.contains("烧损 2%") && zh.contains("80%") && zh.contains("rod"),
            "{zh}"
        );
        assert!(
            en.contains("melt loss of 2 %") && en.contains("80 %") && en.contains("'rod'"),
            "{en}"
        );
        assert!(!zh.contains("melt"), "{zh}");
    }

    #[test]
    fn presets_and_scrap_fate_are_intents() {
        let s = state().apply(Action::ApplyPreset("zouping-2020".into()));
        assert_eq!(
            (s.scenario.plan.tonnage, s.scenario.baseline.tonnage),
            (2e6, 2e6)
        );
        assert_eq!(s.scenario.years, 3);
        assert_eq!(
            s.scenario.target.map(|t| t.metric),
            Some(crate::model::Metric::GrossOutput)
        );
        // Two intents before a render both hold (nothing is rebuilt from a stale copy).
        let s = s
            .apply(Action::SetScrapFate(ScrapFate::Sold))
            .apply(Action::SetShare {
                side: Side::Plan,
                product: "rod".into(),
                share: 0.0,
            });
        assert_eq!(
            (s.scenario.plan.scrap, s.scenario.baseline.scrap),
            (ScrapFate::Sold, ScrapFate::Sold)
        );
        assert_eq!(s.scenario.plan.tonnage, 2e6);
        let before = s.scenario.clone();
        let s = s.apply(Action::ApplyPreset("nowhere".into()));
        assert_eq!(s.scenario, before);
        assert!(matches!(s.notices.last(), Some(Notice::Rejected { .. })));
    }

    #[test]
    fn scenario_intents_sent_before_a_render_all_hold() {
        // Each pair of intents is sent to the same state, as two events before a redraw
        // would be: the second must not undo the first.
        let s = state()
            .apply(Action::SetUplift {
                from: "billet".into(),
                to: "profile".into(),
                percent: 10.0,
            })
            .apply(Action::SetUplift {
                from: "profile".into(),
                to: "furniture".into(),
                percent: 20.0,
            })
            .apply(Action::SetLocal {
                product: "wheels".into(),
                local: false,
            })
            .apply(Action::SetLocal {
                product: "furniture".into(),
                local: false,
            })
            .apply(Action::SetTonnage {
                side: Side::Plan,
                tonnes: 7e6,
            })
            .apply(Action::SetTonnage {
                side: Side::Baseline,
                tonnes: 6e6,
            })
            .apply(Action::SetYears(8))
            .apply(Action::SetTargetMetric(Some(Metric::RetainedValue)))
            .apply(Action::SetTargetValue(5e10));
        let p = &s.scenario.plan;
        assert_eq!(p.uplift.len(), 2, "{:?}", p.uplift);
        assert_eq!(p.local.get("wheels"), Some(&false));
        assert_eq!(p.local.get("furniture"), Some(&false));
        assert_eq!(
            (p.tonnage, s.scenario.baseline.tonnage, s.scenario.years),
            (7e6, 6e6, 8)
        );
        assert_eq!(
            s.scenario.target,
            Some(Target {
                metric: Metric::RetainedValue,
                value: 5e10
            })
        );
        assert!(s.notices.is_empty(), "{:?}", s.notices);
        // Back to the dataset's own flag: no entry left; 0 % uplift removes the step.
        let s = s
            .apply(Action::SetLocal {
                product: "wheels".into(),
                local: true,
            })
            .apply(Action::SetUplift {
                from: "billet".into(),
                to: "profile".into(),
                percent: 0.0,
            });
        assert!(!s.scenario.plan.local.contains_key("wheels"));
        assert_eq!(s.scenario.plan.uplift.len(), 1);
    }

    #[test]
    fn scenario_intents_the_model_refuses_leave_a_notice_and_change_nothing() {
        #[track_caller]
        fn refused(action: Action) {
            let before = state();
            let after = before.clone().apply(action.clone());
            assert_eq!(after.scenario, before.scenario, "{action:?}");
            assert_eq!(after.notices.len(), 1, "{action:?}: {:?}", after.notices);
        }
        refused(Action::SetUplift {
            from: "rod".into(),
            to: "furniture".into(),
            percent: 5.0,
        });
        refused(Action::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: f64::NAN,
        });
        refused(Action::SetUplift {
            from: "billet".into(),
            to: "profile".into(),
            percent: 1e6,
        });
        refused(Action::SetLocal {
            product: "unobtainium".into(),
            local: false,
        });
        refused(Action::SetTonnage {
            side: Side::Plan,
            tonnes: -1.0,
        });
        refused(Action::SetTonnage {
            side: Side::Baseline,
            tonnes: f64::INFINITY,
        });
        // Found by the link fuzzer: a tonnage the model refuses must not be taken either.
        refused(Action::SetTonnage {
            side: Side::Baseline,
            tonnes: 3e10,
        });
        refused(Action::SetYears(0));
        refused(Action::SetYears(MAX_YEARS + 1));
        refused(Action::SetTargetValue(f64::NAN));
        refused(Action::SetTarget(Some(Target {
            metric: Metric::AddedValue,
            value: -5.0,
        })));
        refused(Action::SetShares {
            side: Side::Plan,
            shares: BTreeMap::from([("rod".into(), 0.8), ("furniture".into(), 0.5)]),
        });
        refused(Action::SetShares {
            side: Side::Baseline,
            shares: BTreeMap::from([("nowhere".into(), 0.1)]),
        });
    }

    #[test]
    fn goal_seek_is_applied_from_the_state_in_force() {
        // The target is set after the panel rendered: the applied mix meets the new one.
        let s = state()
            .apply(Action::SetTarget(Some(Target {
                metric: Metric::DeepProcessingRate,
                value: 0.3,
            })))
            .apply(Action::ApplyGoalSeek);
        let r = crate::model::evaluate_scenario(&s.dataset, &s.scenario.plan).unwrap();
        assert!(
            (r.deep_processing_rate - 0.3).abs() < 1e-6,
            "{}",
            r.deep_processing_rate
        );
        assert!(s.notices.is_empty(), "{:?}", s.notices);
        // Without a target there is nothing to seek.
        let s = state().apply(Action::SetTarget(None));
        assert_eq!(s.clone().apply(Action::ApplyGoalSeek).scenario, s.scenario);
    }

    #[test]
    fn open_product_shows_its_path() {
        let s = state()
            .apply(Action::SetView(View::Compare))
            .apply(Action::OpenProduct("furniture".into()));
        assert_eq!(
            (s.view, s.path.last().map(String::as_str)),
            (View::Path, Some("furniture"))
        );
    }

    #[test]
    fn a_batch_of_edits_equals_the_same_edits_one_by_one() {
        #[track_caller]
        fn same(batch: Vec<Edit>, refused: usize) {
            let one_by_one = batch
                .iter()
                .cloned()
                .map(Action::Edit)
                .fold(state(), AppState::apply);
            let at_once = state().apply(Action::Edits(batch));
            assert_eq!(at_once.dataset, one_by_one.dataset);
            assert_eq!(at_once.edits, one_by_one.edits);
            assert_eq!(at_once.notices.len(), refused, "{:?}", at_once.notices);
        }
        let price = Edit::MetalPrice { base: 15_000.0 };
        let av = Edit::StepAddedValue {
            from: "profile".into(),
            to: "furniture".into(),
            base: 90_000.0,
        };
        let bad_yield = Edit::StepYield {
            from: "primary".into(),
            to: "rod".into(),
            value: 1.5,
        };
        let no_step = Edit::StepAddedValue {
            from: "rod".into(),
            to: "furniture".into(),
            base: 1.0,
        };
        same(vec![price.clone(), av.clone()], 0);
        same(vec![price.clone(), bad_yield, av.clone()], 1);
        same(
            vec![no_step, price.clone(), Edit::MetalPrice { base: 16_000.0 }],
            1,
        );
        same(Vec::new(), 0);
    }

    #[test]
    fn import_keeps_language_and_resets_edits() {
        // Chinese and the compare view before the import: both must survive it (this
        // test's state starts in English on the path view, so a reset would show).
        let s = state()
            .apply(Action::SetLang(Lang::Zh))
            .apply(Action::SetView(View::Compare))
            .apply(Action::Edit(Edit::MetalPrice { base: 15000.0 }));
        assert_eq!(s.edits.len(), 1);
        let ds = Rc::new(Dataset::binzhou().unwrap());
        let s = s.apply(Action::ImportDataset {
            dataset: ds,
            source: DataSource::Stored("0123456789abcdef".into()),
            notices: Vec::new(),
        });
        assert!(s.edits.is_empty());
        assert_eq!((s.lang, s.view), (Lang::Zh, View::Compare));
    }
}
