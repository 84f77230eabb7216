//! What the chain map gives each of its products' components, the diagram's node
//! (`map_node`) and the list's button (`map_button`): the same props, as both show the same
//! product of the same drawing at the same place on the path.
use yew::prelude::*;

use crate::ui::charts::chain_map::{NodeDrawing, SharedDrawing};

/// One product of the chain map.
#[derive(Properties, PartialEq)]
pub struct MapProductProps {
    pub drawing: SharedDrawing,
    /// The product's place in `drawing.nodes`.
    pub index: usize,
    /// Its position on the current path (1-based), if it is on it.
    pub step: Option<usize>,
    /// The path's last product.
    pub selected: bool,
}

impl MapProductProps {
    /// The product's drawing: none for a place the drawing does not have (then nothing is
    /// shown).
    pub fn node(&self) -> Option<&NodeDrawing> {
        self.drawing.0.nodes.get(self.index)
    }

    /// `base` and the classes of the product's place on the path (`on-path`, `selected`),
    /// which the node and the button style alike.
    pub fn classes(&self, base: &'static str) -> Classes {
        classes!(
            base,
            self.step.is_some().then_some("on-path"),
            self.selected.then_some("selected")
        )
    }
}
