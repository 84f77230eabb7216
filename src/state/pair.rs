//! The two regions the two-regions view puts side by side (`view=regions&a=…&b=…`): ids
//! of shipped regions (`crate::regions`), each resolved there when the view first asks.

/// Which of the two (the model's: `model::two_regions` says which side is lower).
pub use crate::model::PairSide;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionPair {
    pub a: String,
    pub b: String,
}

impl Default for RegionPair {
    fn default() -> RegionPair {
        RegionPair {
            a: crate::regions::DEFAULT.into(),
            b: crate::regions::DEFAULT_OTHER.into(),
        }
    }
}

impl RegionPair {
    pub fn get(&self, side: PairSide) -> &str {
        match side {
            PairSide::A => &self.a,
            PairSide::B => &self.b,
        }
    }
}
