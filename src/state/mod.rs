//! The whole state of the page and the one reducer that changes it. Pure: the UI dispatches
//! `Action`s and renders `AppState`; links are read and written by `crate::link`, so the
//! link round trip is tested natively. An action that cannot be applied leaves the state as
//! it was: `AppState::try_apply` returns the `Notice` saying why, `AppState::apply` (the
//! page's) keeps it in the state's notices.
//!
//! One concern per file, imported in one direction: `view`, `source`, `notice`, `pair` and
//! `inputs` are leaves; `app_state` holds the state and what it answers; `action` the intents;
//! `reducer` dispatches them to the sub-reducers `figures`, `scenario` and `editing` (the
//! chain editor's).
mod action;
mod app_state;
mod editing;
mod figures;
mod inputs;
mod notice;
mod pair;
mod reducer;
mod scenario;
mod source;
mod view;

#[cfg(test)]
mod batch_tests;
#[cfg(test)]
mod tests;

pub use action::{Action, DataAction, FigureAction, FrameAction, PathAction, ScenarioAction};
pub use app_state::AppState;
pub use inputs::{Currency, ScenarioInputs, Side};
pub use notice::{clip, DataProblem, Notice, Problem, Subject};
pub use pair::{PairSide, RegionPair};
pub use source::DataSource;
pub use view::View;
