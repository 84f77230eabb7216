//! What is wrong with the draft, at its cell: a cell that cannot be read (a number that is
//! not one, a badge that is none), or one of the model's own validation errors placed at
//! the cell it concerns. The words are the catalog's (`catalog::editor`).
use super::column::Cell;
use crate::model::DatasetError;

/// Why a cell cannot be read, or the model's reason the chain is not valid.
#[derive(Clone, Debug, PartialEq)]
pub enum CellProblem {
    /// A cell that needs a number (or a year) and is blank.
    Blank,
    /// A number cell that is not a number.
    NotANumber,
    /// A year that is not a whole number.
    Year,
    /// Not one of the codes the cell takes (a kind, a level, a badge, yes or no).
    Choice { allowed: Vec<String> },
    /// Shares not written as `<product>:<share>, …`.
    Shares,
    /// Targets not written as `<metric>:<value>[:vat|:no-vat][:<year>]; …`.
    Targets,
    /// The model's validation: the text is the catalog's for the model's error.
    Model(DatasetError),
}

/// A problem and where it is: a cell, or the chain as a whole (`at` none: what no cell
/// shows, such as a value-added share by level or a region's profile).
#[derive(Clone, Debug, PartialEq)]
pub struct CellError {
    pub at: Option<Cell>,
    pub problem: CellProblem,
}

impl CellError {
    pub fn at(cell: Cell, problem: CellProblem) -> CellError {
        CellError {
            at: Some(cell),
            problem,
        }
    }
}
