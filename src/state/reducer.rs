//! The one reducer: every change of the state is an `Action` applied here. Each concern has
//! its sub-reducer (`figures`, `scenario`, and the frame, path and data below); each returns
//! `Err(notice)` and changes nothing when its action cannot be applied.
use super::action::{Action, DataAction, FigureAction, FrameAction, PathAction, ScenarioAction};
use super::app_state::{rejected, AppState};
use super::notice::{Notice, Problem, Subject};
use super::pair::PairSide;
use super::scenario::{self, Check};
use super::source::DataSource;
use super::view::View;
use crate::model::{default_path, evaluate_path};

impl AppState {
    /// Applies an action as the page does: what cannot be applied is left out, with a
    /// notice saying why. A batch the model refuses as a whole (a link's edits or scenario)
    /// is applied one intent at a time, so that only the refused ones are left out.
    pub fn apply(mut self, action: Action) -> AppState {
        match action {
            Action::Figures(FigureAction::Edits(batch)) => {
                self.edits_leniently(batch);
                self.editor_follows_dataset();
            }
            Action::ScenarioBatch(batch) => self.scenario_leniently(batch),
            Action::Restore(state) => return *state,
            action => {
                if let Err(notice) = self.try_apply(action) {
                    self.notices.push(notice);
                }
            }
        }
        self
    }

    /// Applies an action whole or not at all: on `Err` the state is as it was, and the
    /// notice says why (for a batch, the first refused intent's, or the model's refusal of
    /// the scenario they make together).
    pub fn try_apply(&mut self, action: Action) -> Result<(), Notice> {
        match action {
            Action::Frame(action) => {
                self.frame(action);
                Ok(())
            }
            Action::Path(action) => self.try_path(action),
            Action::Figures(action) => {
                self.try_figures(action)?;
                self.editor_follows_dataset();
                Ok(())
            }
            Action::Data(DataAction::SelectRegion(id)) => {
                self.try_region(&id)?;
                self.editor_follows_dataset();
                Ok(())
            }
            Action::Data(DataAction::SelectPairRegion { side, id }) => {
                self.try_pair_region(side, &id)
            }
            Action::Data(action) => {
                self.data(action);
                Ok(())
            }
            Action::Editor(action) => {
                self.edit_chain(action);
                Ok(())
            }
            Action::Scenario(action) => {
                scenario::reduce(&self.dataset, &mut self.scenario, action, Check::Each)
            }
            Action::ScenarioBatch(batch) => {
                scenario::try_batch(&self.dataset, &mut self.scenario, batch)
            }
            Action::Notify(notice) => {
                self.notices.push(notice);
                Ok(())
            }
            Action::DismissNotices => {
                self.notices.clear();
                Ok(())
            }
            Action::Restore(state) => {
                *self = *state;
                Ok(())
            }
        }
    }

    fn scenario_leniently(&mut self, batch: Vec<ScenarioAction>) {
        if scenario::try_batch(&self.dataset, &mut self.scenario, batch.clone()).is_ok() {
            return;
        }
        for action in batch {
            if let Err(notice) =
                scenario::reduce(&self.dataset, &mut self.scenario, action, Check::Each)
            {
                self.notices.push(notice);
            }
        }
    }

    fn frame(&mut self, action: FrameAction) {
        match action {
            FrameAction::SetLang(lang) => self.lang = lang,
            FrameAction::SetView(view) => {
                self.view = view;
                if view == View::Editor {
                    self.open_editor();
                }
            }
            FrameAction::SetCurrency(currency) => self.currency = currency,
            FrameAction::SetBasis(basis) => self.basis = basis,
            FrameAction::SetFirms(firms) => self.firms = firms,
            FrameAction::SetPerTon(per) => self.per_ton = per,
            FrameAction::SetEmbed(embed) => self.embed = embed,
            FrameAction::SetLocked(locked) => self.locked = locked,
            FrameAction::SetTheme(theme) => self.theme = theme,
            FrameAction::SetCarbonPrice(price) => self.carbon_price = price,
        }
    }

    fn try_path(&mut self, action: PathAction) -> Result<(), Notice> {
        match action {
            PathAction::SelectProduct(id) => {
                self.path = default_path(&self.dataset, &id).map_err(|e| Notice::Rejected {
                    what: Subject::Product(id),
                    errors: vec![Problem::Model(e)],
                })?;
            }
            PathAction::OpenProduct(id) => {
                self.try_path(PathAction::SelectProduct(id))?;
                self.view = View::Path;
            }
            PathAction::SelectPath(path) => {
                let problem = match evaluate_path(&self.dataset, &path) {
                    Ok(_) if path.first().map(String::as_str) == Some(self.dataset.start()) => {
                        self.path = path;
                        return Ok(());
                    }
                    Ok(_) => Problem::PathNotFromStart {
                        start: self.dataset.start().to_string(),
                    },
                    Err(e) => Problem::Model(e),
                };
                return Err(Notice::Rejected {
                    what: Subject::Path(path),
                    errors: vec![problem],
                });
            }
        }
        Ok(())
    }

    fn data(&mut self, action: DataAction) {
        match action {
            DataAction::ImportDataset {
                dataset,
                source,
                notices,
            } => {
                let fresh = AppState::from_source(self.lang, dataset, source);
                self.keep_frame(fresh);
                self.notices = notices;
            }
            DataAction::RequestDataset(source) => self.source = source,
            DataAction::DatasetUnavailable(notice) => {
                // `link::fall_back` applies a waiting link to the default chain first
                // (the reducer does not read links: `link` depends on `state`, not back).
                self.source = DataSource::Builtin;
                self.pending = None;
                self.notices.push(notice);
            }
            DataAction::ResetDataset => {
                let fresh = AppState::with_default_dataset(self.lang);
                self.keep_frame(fresh);
            }
            DataAction::MarkShared => self.shared_chain = true,
            DataAction::EditCopy => {
                self.shared_chain = false;
                self.view = View::Editor;
                self.open_editor();
            }
            DataAction::SelectRegion(id) => {
                if let Err(notice) = self.try_region(&id) {
                    self.notices.push(notice);
                }
            }
            DataAction::SelectPairRegion { side, id } => {
                if let Err(notice) = self.try_pair_region(side, &id) {
                    self.notices.push(notice);
                }
            }
        }
    }

    /// One of the two-regions view's regions: a shipped one that resolves (resolved once
    /// for the page, as `try_region` resolves it).
    fn try_pair_region(&mut self, side: PairSide, id: &str) -> Result<(), Notice> {
        region_dataset(id)?;
        let id = id.to_string();
        match side {
            PairSide::A => self.pair.a = id,
            PairSide::B => self.pair.b = id,
        }
        Ok(())
    }

    /// Uses a shipped region: its dataset, resolved on first use, replaces the one in force
    /// (edits and the scenario go: they were the other region's); the frame and the path
    /// shown stay where the region has that path.
    fn try_region(&mut self, id: &str) -> Result<(), Notice> {
        let dataset = region_dataset(id)?;
        let path = std::mem::take(&mut self.path);
        let fresh = AppState::from_source(self.lang, dataset, DataSource::of_region(id));
        self.keep_frame(fresh);
        let from_start = path.first().map(String::as_str) == Some(self.dataset.start());
        if from_start && evaluate_path(&self.dataset, &path).is_ok() {
            self.path = path;
        }
        Ok(())
    }

    /// Becomes `next` (another dataset) in the page's frame: language, view, currency, the
    /// reading and the host page's embedding choices carry over.
    fn keep_frame(&mut self, mut next: AppState) {
        next.lang = self.lang;
        next.view = self.view;
        next.currency = self.currency.take();
        next.basis = self.basis;
        next.firms = self.firms;
        next.per_ton = self.per_ton;
        next.embed = self.embed;
        next.locked = self.locked;
        next.theme = self.theme.take();
        next.carbon_price = self.carbon_price;
        next.pair = std::mem::take(&mut self.pair);
        *self = next;
        if self.view == View::Editor {
            self.open_editor();
        }
    }
}

/// A shipped region resolved onto its chain (`crate::regions`, once per page), or the
/// notice why not: unknown, naming the regions there are, or refused by validation.
fn region_dataset(id: &str) -> Result<std::rc::Rc<crate::model::Dataset>, Notice> {
    match crate::regions::resolve(id) {
        Some(Ok(dataset)) => Ok(dataset),
        Some(Err(errors)) => Err(rejected(Subject::Region(id.into()), &errors)),
        None => Err(Notice::Rejected {
            what: Subject::Region(id.into()),
            errors: vec![Problem::UnknownRegion {
                known: crate::regions::list()
                    .iter()
                    .map(|r| r.id.to_string())
                    .collect(),
            }],
        }),
    }
}
