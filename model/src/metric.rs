//! The totals of a scenario that targets, trajectories and goal-seek aim at, with their
//! codes in links and files. A leaf: it uses nothing of the crate; reading a metric's value
//! from a result lives beside the result (`scenario`).
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    AddedValue,
    OutputValue,
    /// As statistics count it: parks' and counties' output targets are stated this way.
    GrossOutput,
    RetainedValue,
    /// The value-added (增加值) estimate at base: the part of added value GDP counts, as
    /// local governments state their targets.
    ValueAdded,
    /// A share (0–1), as provincial plans state their targets.
    DeepProcessingRate,
}

impl Metric {
    pub const ALL: [Metric; 6] = [
        Metric::AddedValue,
        Metric::OutputValue,
        Metric::GrossOutput,
        Metric::RetainedValue,
        Metric::ValueAdded,
        Metric::DeepProcessingRate,
    ];

    /// The metric's code in links and files (`target=gross:6e10`).
    pub fn code(self) -> &'static str {
        match self {
            Metric::AddedValue => "added",
            Metric::OutputValue => "output",
            Metric::GrossOutput => "gross",
            Metric::RetainedValue => "retained",
            Metric::ValueAdded => "va",
            Metric::DeepProcessingRate => "rate",
        }
    }

    pub fn from_code(code: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.code() == code)
    }

    /// A share rather than an amount of money.
    pub fn is_rate(self) -> bool {
        self == Metric::DeepProcessingRate
    }
}
