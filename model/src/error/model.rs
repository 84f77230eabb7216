//! Errors of computations on a valid dataset, with their English wording.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A computation on a valid dataset that cannot proceed with the inputs given. Its `Display`
/// is the page's English wording too (the catalog adds the Chinese): one English text each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
pub enum ModelError {
    UnknownPreset {
        id: String,
    },
    UnknownProduct {
        id: String,
    },
    EmptyPath,
    NoStep {
        from: String,
        to: String,
    },
    RecyclingStepInPath {
        from: String,
        to: String,
    },
    NoDefaultPath {
        product: String,
    },
    PathStart {
        product: String,
        first: String,
        start: String,
    },
    PathEnd {
        product: String,
        last: String,
    },
    ShareForStart {
        product: String,
    },
    /// A tonnage outside 0 to `max`.
    InvalidTonnage {
        value: f64,
        max: f64,
    },
    InvalidShare {
        product: String,
        value: f64,
    },
    SharesExceedOne {
        total: f64,
    },
    UnknownStep {
        from: String,
        to: String,
    },
    DuplicateUplift {
        from: String,
        to: String,
    },
    /// An uplift outside -100 % to `max` %.
    InvalidUplift {
        from: String,
        to: String,
        percent: f64,
        max: f64,
    },
    InvalidYears {
        years: u32,
        max: u32,
    },
    InvalidTarget {
        value: f64,
    },
    InvalidSamples {
        requested: u32,
        max: u32,
    },
    TooManyPaths {
        limit: usize,
    },
    /// Value added (增加值) asked of a scenario with a step that has no value-added share
    /// (a dataset without `value_added_shares` for its level).
    NoValueAddedEstimate,
    /// CO₂ asked of a chain in which no step making the start product gives its CO₂ per
    /// ton (`co2_t_per_t`), which every CO₂ total starts from.
    NoCarbonFigure,
    /// A target asked to be held on a money basis other than the one its source states.
    TargetBasisStated {
        /// The target's measure, by its code (`gross`).
        metric: String,
        /// The basis its source states, and the one asked for, by their codes.
        stated: String,
        asked: String,
    },
    /// A result overflowed (for example yields so small that metal needs explode).
    NotFinite {
        what: String,
    },
    Serialize {
        message: String,
    },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ModelError::*;
        match self {
            UnknownPreset { id } => write!(f, "the dataset has no preset '{id}'"),
            UnknownProduct { id } => write!(f, "there is no product '{id}' in the dataset"),
            EmptyPath => write!(f, "the path is empty: give at least one product id"),
            NoStep { from, to } => write!(f, "there is no step '{from}' → '{to}'"),
            RecyclingStepInPath { from, to } => write!(
                f,
                "'{from}' → '{to}' is a recycling step; paths follow production steps only"
            ),
            NoDefaultPath { product } => write!(
                f,
                "product '{product}' cannot be reached from the start product by production steps"
            ),
            PathStart { product, first, start } => write!(
                f,
                "the path to '{product}' begins at '{first}'; it must begin at '{start}'"
            ),
            PathEnd { product, last } => write!(
                f,
                "the path given for '{product}' ends at '{last}'; it must end at '{product}'"
            ),
            ShareForStart { product } => write!(
                f,
                "'{product}' is the start product and takes no share: metal not sent down a path already leaves as '{product}'"
            ),
            InvalidTonnage { value, max } => write!(
                f,
                "tonnage {value} is not allowed: give a number from 0 to {max}"
            ),
            InvalidShare { product, value } => write!(
                f,
                "share {value} for '{product}' is not allowed: give a number from 0 to 1"
            ),
            SharesExceedOne { total } => write!(
                f,
                "shares add up to {:.2} %; they must not exceed 100 %",
                total * 100.0
            ),
            UnknownStep { from, to } => write!(f, "there is no production step '{from}' → '{to}'"),
            DuplicateUplift { from, to } => {
                write!(f, "step '{from}' → '{to}' has more than one R&D uplift")
            }
            InvalidUplift { from, to, percent, max } => write!(
                f,
                "R&D uplift {percent} % on step '{from}' → '{to}' is not allowed: give -100 to {max} %"
            ),
            InvalidYears { years, max } => {
                write!(f, "{years} years is not allowed: give 1 to {max}")
            }
            InvalidTarget { value } => {
                write!(f, "target {value} is not allowed: give a finite number of at least 0")
            }
            InvalidSamples { requested, max } => {
                write!(f, "{requested} samples is not allowed: give 1 to {max}")
            }
            TooManyPaths { limit } => write!(
                f,
                "more than {limit} paths: the chain branches too much to list every path"
            ),
            TargetBasisStated {
                metric,
                stated,
                asked,
            } => write!(
                f,
                "the '{metric}' target's source states it on the {stated} basis; it cannot be held on the {asked} basis"
            ),
            NoValueAddedEstimate => write!(f, "value added cannot be estimated: a step of the plan has no value-added share (`value_added_shares`) in the dataset"),
            NoCarbonFigure => write!(f, "CO2 cannot be computed: no step that makes the chain's start product gives its CO2 per ton (`co2_t_per_t`)"),
            NotFinite { what } => write!(f, "{what} overflowed; check for extremely small yields or large values"),
            Serialize { message } => write!(f, "could not write JSON: {message}"),
        }
    }
}

impl std::error::Error for ModelError {}
