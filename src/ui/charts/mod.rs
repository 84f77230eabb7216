//! The charts (SVG), with their shared card and kind.
pub(crate) mod card;
pub(crate) mod chain_map;
pub(crate) mod compare;
pub(crate) mod kind;
pub(crate) mod map_button;
pub(crate) mod map_node;
pub(crate) mod map_product;
pub(crate) mod sankey;
pub(crate) mod tornado;
pub(crate) mod trajectory;
pub(crate) mod uncertainty_band;
pub(crate) mod waterfall;
