//! The price basis of every money figure. A leaf: it uses nothing of the crate.
use serde::{Deserialize, Serialize};

/// The year and tax basis of every money figure (the metal price's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceBasis {
    pub year: i32,
    /// None: the source does not say.
    pub vat_included: Option<bool>,
}
