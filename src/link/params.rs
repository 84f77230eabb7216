//! Every link parameter, once: its key, what its value says (`doc`, the form README's
//! table gives it), how it reads (to the intents a visitor would send) and how it writes
//! (from the state, only where it differs from the default). `from_query` and `to_query`
//! both go through `PARAMS`; a value that does not read is `Notice::BadLinkValue` naming
//! the parameter's key, for every parameter alike.
//!
//! The table's order is the order a link writes its parameters in; links shared before
//! the table keep their exact text (the golden test in `tests.rs`).
use crate::i18n::Lang;
use crate::model::{
    default_path, Edit, FirmBoundaries, MoneyBasis, PerTon, Ramp, ScrapFate, MAX_YEARS,
};
use crate::state::{
    Action, AppState, DataAction, DataSource, FigureAction, FrameAction, PairSide, PathAction,
    RegionPair, ScenarioAction, ScenarioInputs, Side, View,
};

use super::values::{
    carbon_price, currency, data_source, flag, list, num, number, pairs_of, share_list, shares,
    step_key, target, theme,
};
use super::values::{id_key, MAX_VALUE_CHARS};

/// One link parameter.
pub struct Param {
    pub key: &'static str,
    /// The value's form and meaning.
    pub doc: &'static str,
    /// The intent a value asks for; None when the value cannot be used (a notice).
    read: fn(&str) -> Option<Intent>,
    write: Write,
}

/// How a parameter is written.
enum Write {
    /// From the state (and the scenario's defaults, `ScenarioInputs::example`); None when
    /// the state has the default (the link stays short).
    State(fn(&AppState, &ScenarioInputs) -> Option<String>),
    /// A figure edited on its own (`price`, `scrapprice`, `melt`): the value of its edit,
    /// written in the order the figures were edited among the neighbouring `Figure`
    /// parameters (as links have always written them).
    Figure(fn(&Edit) -> Option<f64>),
}

/// What a value asks for, by when it applies (see `Intents::actions`).
pub(super) enum Intent {
    /// `lang`: read before everything else (`from_query`), nothing to apply.
    Nothing,
    /// The dataset to use; the last one named wins.
    Dataset(DataSource),
    Edits(Vec<Edit>),
    /// The path shown; the last `product` or `path` wins.
    Path(PathAction),
    /// Checked with the link's other scenario intents, as one batch.
    Scenario(Vec<ScenarioAction>),
    /// The page's frame (view, currency, embedding): applies even while the dataset loads.
    Frame(FrameAction),
    /// One of the two-regions view's regions.
    Pair(PairSide, String),
}

/// A link's intents sorted by when they apply, whatever the order of its parameters.
#[derive(Default)]
pub(super) struct Intents {
    pub dataset: Option<DataSource>,
    edits: Vec<Edit>,
    path: Option<PathAction>,
    scenario: Vec<ScenarioAction>,
    pub frame: Vec<FrameAction>,
    pair: Vec<(PairSide, String)>,
}

impl Intents {
    fn add(&mut self, intent: Intent) {
        match intent {
            Intent::Nothing => {}
            Intent::Dataset(source) => self.dataset = Some(source),
            Intent::Edits(edits) => self.edits.extend(edits),
            Intent::Path(action) => self.path = Some(action),
            Intent::Scenario(actions) => self.scenario.extend(actions),
            Intent::Frame(action) => self.frame.push(action),
            Intent::Pair(side, id) => self.pair.push((side, id)),
        }
    }

    /// As the actions a visitor would send: the dataset, then figures (the scenario is
    /// checked against them), then the path and the scenario, then the frame (a locked
    /// link's own edits still apply).
    pub fn actions(self) -> Vec<Action> {
        let mut actions: Vec<Action> = self
            .dataset
            .map(|source| Action::Data(DataAction::RequestDataset(source)))
            .into_iter()
            .collect();
        if !self.edits.is_empty() {
            actions.push(Action::Figures(FigureAction::Edits(self.edits)));
        }
        actions.extend(self.path.map(Action::Path));
        if !self.scenario.is_empty() {
            actions.push(Action::ScenarioBatch(self.scenario));
        }
        actions.extend(self.frame.into_iter().map(Action::Frame));
        actions.extend(
            self.pair
                .into_iter()
                .map(|(side, id)| Action::Data(DataAction::SelectPairRegion { side, id })),
        );
        actions
    }
}

/// A link parameter as it came: (key, value).
type Pair = (String, String);

/// What a link's pairs ask for, and the pairs that were understood, in order (what a link
/// waiting for its dataset keeps, unknown keys too); a value that cannot be read is a
/// notice's (key, value), not an intent. Unknown keys ask for nothing.
pub(super) fn read(pairs: &[Pair]) -> (Intents, Vec<Pair>, Vec<Pair>) {
    let mut intents = Intents::default();
    let (mut accepted, mut bad) = (Vec::new(), Vec::new());
    for (key, value) in pairs {
        // Refused whole, whatever the key: no sensible link needs it, and a hostile one
        // must not cost time.
        let read = (value.chars().count() <= MAX_VALUE_CHARS)
            .then(|| match PARAMS.iter().find(|p| p.key == key) {
                Some(param) => (param.read)(value),
                None => Some(Intent::Nothing),
            })
            .flatten();
        match read {
            Some(intent) => {
                intents.add(intent);
                accepted.push((key.clone(), value.clone()));
            }
            None => bad.push((key.clone(), value.clone())),
        }
    }
    (intents, accepted, bad)
}

/// The parameters that say `state`, in table order (figures in the order edited).
pub(super) fn write(state: &AppState) -> Vec<(&'static str, String)> {
    let defaults = ScenarioInputs::example(state.dataset());
    let mut out = Vec::new();
    // Consecutive `Figure` parameters: (position of the edit, key, value).
    let mut figures: Vec<(usize, &'static str, String)> = Vec::new();
    for param in PARAMS {
        match param.write {
            Write::State(write) => {
                figures.sort_by_key(|(at, _, _)| *at);
                out.extend(figures.drain(..).map(|(_, k, v)| (k, v)));
                out.extend(write(state, &defaults).map(|v| (param.key, v)));
            }
            Write::Figure(value) => figures.extend(
                state
                    .edits()
                    .iter()
                    .enumerate()
                    .filter_map(|(at, e)| Some((at, param.key, num(value(e)?)))),
            ),
        }
    }
    figures.sort_by_key(|(at, _, _)| *at);
    out.extend(figures.into_iter().map(|(_, k, v)| (k, v)));
    out
}

/// The parameter table: README's list of public parameters says the same.
pub const PARAMS: &[Param] = &[
    Param {
        key: "lang",
        doc: "`zh` or `en` (default: the browser's language)",
        read: |v| Lang::parse(v).map(|_| Intent::Nothing),
        write: Write::State(|s, _| Some(s.lang.code().into())),
    },
    Param {
        key: "view",
        doc: "`path`, `compare`, `scenario`, `regions` (two regions side by side, `a=` and `b=`) or `editor`",
        read: |v| View::parse(v).map(|v| Intent::Frame(FrameAction::SetView(v))),
        write: Write::State(|s, _| Some(s.view.code().into())),
    },
    Param {
        key: "product",
        doc: "a product id: the dataset's default path to it",
        read: |v| {
            Some(Intent::Path(PathAction::SelectProduct(
                v.trim().to_string(),
            )))
        },
        write: Write::State(|s, _| product(s)),
    },
    Param {
        key: "path",
        doc: "an explicit path from the start product, `<id>,<id>,…`",
        read: |v| {
            let ids = v.split(',').map(|s| s.trim().to_string()).collect();
            Some(Intent::Path(PathAction::SelectPath(ids)))
        },
        write: Write::State(|s, _| product(s).is_none().then(|| s.path().join(","))),
    },
    Param {
        key: "price",
        doc: "edited metal price, yuan/t",
        read: |v| number(v).map(|base| Intent::Edits(vec![Edit::MetalPrice { base }])),
        write: Write::Figure(|e| match e {
            Edit::MetalPrice { base } => Some(*base),
            _ => None,
        }),
    },
    Param {
        key: "scrapprice",
        doc: "edited scrap price, yuan/t",
        read: |v| number(v).map(|base| Intent::Edits(vec![Edit::ScrapPrice { base }])),
        write: Write::Figure(|e| match e {
            Edit::ScrapPrice { base } => Some(*base),
            _ => None,
        }),
    },
    Param {
        key: "melt",
        doc: "edited melt loss, 0–0.5",
        read: |v| number(v).map(|base| Intent::Edits(vec![Edit::MeltLoss { base }])),
        write: Write::Figure(|e| match e {
            Edit::MeltLoss { base } => Some(*base),
            _ => None,
        }),
    },
    Param {
        key: "av",
        doc: "edited added values, `<from>.<to>:<yuan/t>,…`",
        read: |v| {
            let items = pairs_of(v, step_key)?;
            let edit = |((from, to), base)| Edit::StepAddedValue { from, to, base };
            Some(Intent::Edits(items.into_iter().map(edit).collect()))
        },
        write: Write::State(|s, _| {
            joined(s.edits().iter().filter_map(|e| match e {
                Edit::StepAddedValue { from, to, base } => {
                    Some(format!("{from}.{to}:{}", num(*base)))
                }
                _ => None,
            }))
        }),
    },
    Param {
        key: "yield",
        doc: "edited yields, `<from>.<to>:<0–1>,…`",
        read: |v| {
            let items = pairs_of(v, step_key)?;
            let edit = |((from, to), value)| Edit::StepYield { from, to, value };
            Some(Intent::Edits(items.into_iter().map(edit).collect()))
        },
        write: Write::State(|s, _| {
            joined(s.edits().iter().filter_map(|e| match e {
                Edit::StepYield { from, to, value } => Some(format!("{from}.{to}:{}", num(*value))),
                _ => None,
            }))
        }),
    },
    Param {
        key: "local",
        doc: "edited local flags, `<id>:0|1,…`",
        read: |v| {
            let items = pairs_of(v, id_key)?;
            let edit = |(id, flag)| Edit::ProductLocal {
                id,
                local: flag != 0.0,
            };
            Some(Intent::Edits(items.into_iter().map(edit).collect()))
        },
        write: Write::State(|s, _| {
            joined(s.edits().iter().filter_map(|e| match e {
                Edit::ProductLocal { id, local } => Some(format!("{id}:{}", u8::from(*local))),
                _ => None,
            }))
        }),
    },
    Param {
        key: "scrap",
        doc: "scenario: process scrap `remelted` (default) or `sold`",
        read: |v| ScrapFate::from_code(v.trim()).map(|f| scenario(ScenarioAction::SetScrapFate(f))),
        write: Write::State(|s, d| {
            let (now, default) = (s.scenario().plan.scrap, d.plan.scrap);
            (now != default).then(|| now.code().into())
        }),
    },
    Param {
        key: "q",
        doc: "scenario: plan tonnage, t/year",
        read: |v| tonnage(v, Side::Plan),
        write: Write::State(|s, d| {
            let (now, default) = (s.scenario().plan.tonnage, d.plan.tonnage);
            (now != default).then(|| num(now))
        }),
    },
    Param {
        key: "qb",
        doc: "scenario: baseline tonnage, t/year",
        read: |v| tonnage(v, Side::Baseline),
        write: Write::State(|s, d| {
            let (now, default) = (s.scenario().baseline.tonnage, d.baseline.tonnage);
            (now != default).then(|| num(now))
        }),
    },
    Param {
        key: "mix",
        doc: "scenario: plan shares of the tonnage, `<id>:<fraction>,…` (sum ≤ 1)",
        read: |v| share_intent(v, Side::Plan),
        write: Write::State(|s, d| {
            let now = &s.scenario().plan.shares;
            (*now != d.plan.shares).then(|| share_list(now))
        }),
    },
    Param {
        key: "base",
        doc: "scenario: baseline shares of the tonnage, `<id>:<fraction>,…` (sum ≤ 1)",
        read: |v| share_intent(v, Side::Baseline),
        write: Write::State(|s, d| {
            let now = &s.scenario().baseline.shares;
            (*now != d.baseline.shares).then(|| share_list(now))
        }),
    },
    Param {
        key: "up",
        doc: "scenario: R&D uplift per step in percent, `<from>.<to>:<percent>,…`",
        read: |v| {
            let items = pairs_of(v, step_key)?;
            let up = |((from, to), percent)| ScenarioAction::SetUplift { from, to, percent };
            Some(Intent::Scenario(items.into_iter().map(up).collect()))
        },
        write: Write::State(|s, _| {
            let up =
                |u: &crate::model::StepUplift| format!("{}.{}:{}", u.from, u.to, num(u.percent));
            joined(s.scenario().plan.uplift.iter().map(up))
        }),
    },
    Param {
        key: "nl",
        doc: "scenario: products not made locally in the plan, `<id>,…`",
        read: |v| {
            let not_local = |product| ScenarioAction::SetLocal {
                product,
                local: false,
            };
            Some(Intent::Scenario(
                list(v)?.into_iter().map(not_local).collect(),
            ))
        },
        write: Write::State(|s, _| {
            let local = s.scenario().plan.local.iter();
            joined(local.filter(|(_, l)| !**l).map(|(id, _)| id.clone()))
        }),
    },
    Param {
        key: "years",
        doc: "trajectory: years to the plan, 1–50",
        read: |v| {
            let years = v.trim().parse::<u32>().ok();
            let years = years.filter(|y| (1..=MAX_YEARS).contains(y))?;
            Some(scenario(ScenarioAction::SetYears(years)))
        },
        write: Write::State(|s, d| {
            (s.scenario().years != d.years).then(|| s.scenario().years.to_string())
        }),
    },
    Param {
        key: "ramp",
        doc: "trajectory: `linear` or `s`",
        read: |v| Ramp::from_code(v.trim()).map(|r| scenario(ScenarioAction::SetRamp(r))),
        write: Write::State(|s, d| {
            (s.scenario().ramp != d.ramp).then(|| s.scenario().ramp.code().into())
        }),
    },
    Param {
        key: "target",
        doc: "trajectory: `<added|output|gross|retained|va>:<yuan>`, `rate:<0–1>` or `none`",
        read: |v| target(v).map(|t| scenario(ScenarioAction::SetTarget(t))),
        write: Write::State(|s, d| {
            (s.scenario().target != d.target).then(|| match &s.scenario().target {
                None => "none".into(),
                Some(t) => format!("{}:{}", t.metric.code(), num(t.value)),
            })
        }),
    },
    Param {
        key: "basis",
        doc: "money figures on `market` prices (VAT included; default) or the `statistical` basis (VAT excluded)",
        read: |v| MoneyBasis::from_code(v.trim()).map(|b| Intent::Frame(FrameAction::SetBasis(b))),
        write: Write::State(|s, _| (s.basis != MoneyBasis::default()).then(|| s.basis.code().into())),
    },
    Param {
        key: "firms",
        doc: "scenario: gross output with every stage a `separate` firm (default), `casthouse-integrated` or `integrated`",
        read: |v| FirmBoundaries::from_code(v.trim()).map(|f| Intent::Frame(FrameAction::SetFirms(f))),
        write: Write::State(|s, _| (s.firms != FirmBoundaries::default()).then(|| s.firms.code().into())),
    },
    Param {
        key: "per",
        doc: "path: per-ton figures per ton of `metal` contained (default) or of `product` (a composite product weighs more than its metal)",
        read: |v| PerTon::from_code(v.trim()).map(|p| Intent::Frame(FrameAction::SetPerTon(p))),
        write: Write::State(|s, _| (s.per_ton != PerTon::default()).then(|| s.per_ton.code().into())),
    },
    Param {
        key: "cur",
        doc: "also show amounts in another currency, `<CODE>:<units per yuan>`",
        read: |v| currency(v).map(|c| Intent::Frame(FrameAction::SetCurrency(Some(c)))),
        write: Write::State(|s, _| {
            s.currency
                .as_ref()
                .map(|c| format!("{}:{}", c.code, num(c.per_yuan)))
        }),
    },
    Param {
        key: "carbonprice",
        doc: "a carbon price charged on exports, per t CO₂: `<yuan>` or `<euro>:EUR` (e.g. `75.36:EUR`, the EU CBAM example); shows the carbon cost per ton, never inside added value (default: none)",
        read: |v| carbon_price(v).map(|p| Intent::Frame(FrameAction::SetCarbonPrice(Some(p)))),
        write: Write::State(|s, _| s.carbon_price.as_ref().map(super::values::carbon_price_text)),
    },
    Param {
        key: "embed",
        doc: "`1`: the compact card for iframes",
        read: |v| flag(v).map(|f| Intent::Frame(FrameAction::SetEmbed(f))),
        write: Write::State(|s, _| s.embed.then(|| "1".into())),
    },
    Param {
        key: "lock",
        doc: "`1`: figures read-only",
        read: |v| flag(v).map(|f| Intent::Frame(FrameAction::SetLocked(f))),
        write: Write::State(|s, _| s.locked.then(|| "1".into())),
    },
    Param {
        key: "theme",
        doc: "accent colour, `#rgb` or `#rrggbb`",
        read: |v| theme(v).map(|t| Intent::Frame(FrameAction::SetTheme(Some(t)))),
        write: Write::State(|s, _| s.theme.clone()),
    },
    Param {
        key: "region",
        doc: "a region shipped with the app, e.g. `baotou` (default: `binzhou`, the chain's own)",
        read: |v| crate::regions::known(v.trim()).map(|id| Intent::Dataset(DataSource::of_region(id))),
        write: Write::State(|s, _| match s.source() {
            DataSource::Region(id) => Some(id.clone()),
            _ => None,
        }),
    },
    Param {
        key: "a",
        doc: "two-regions view: the first region, e.g. `baotou` (default: `binzhou`)",
        read: |v| pair_region(v, PairSide::A),
        write: Write::State(|s, _| pair_written(s, PairSide::A)),
    },
    Param {
        key: "b",
        doc: "two-regions view: the second region, e.g. `wenshan` (the default)",
        read: |v| pair_region(v, PairSide::B),
        write: Write::State(|s, _| pair_written(s, PairSide::B)),
    },
    Param {
        key: "data",
        doc: "another chain: a file on the same site, or `stored:<hash>` (imported here)",
        read: |v| data_source(v).map(Intent::Dataset),
        write: Write::State(|s, _| match &s.source() {
            DataSource::Builtin | DataSource::Region(_) => None,
            DataSource::Url(url) => Some(url.clone()),
            DataSource::Stored(hash) => Some(format!("stored:{hash}")),
        }),
    },
];

/// The product whose default path is shown, if the path is one.
fn product(s: &AppState) -> Option<String> {
    let last = s.path().last()?;
    (default_path(s.dataset(), last).ok().as_deref() == Some(s.path())).then(|| last.clone())
}

fn scenario(action: ScenarioAction) -> Intent {
    Intent::Scenario(vec![action])
}

fn tonnage(v: &str, side: Side) -> Option<Intent> {
    let tonnes = number(v).filter(|q| *q >= 0.0)?;
    Some(scenario(ScenarioAction::SetTonnage { side, tonnes }))
}

fn share_intent(v: &str, side: Side) -> Option<Intent> {
    let shares = shares(v)?;
    Some(scenario(ScenarioAction::SetShares { side, shares }))
}

/// Items joined by `,`; None (not written) when there are none.
fn joined(items: impl Iterator<Item = String>) -> Option<String> {
    let items: Vec<String> = items.collect();
    (!items.is_empty()).then(|| items.join(","))
}

/// A shipped region's id for one side of the two-regions view; an unknown id is a bad value.
fn pair_region(v: &str, side: PairSide) -> Option<Intent> {
    crate::regions::known(v.trim()).map(|id| Intent::Pair(side, id.to_string()))
}

/// One side of the two-regions view, where it is not the default.
fn pair_written(s: &AppState, side: PairSide) -> Option<String> {
    let now = s.pair().get(side);
    (now != RegionPair::default().get(side)).then(|| now.to_string())
}
