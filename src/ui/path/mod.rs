//! The path view: choosing a product and path, its result, chain map and sources.
pub(crate) mod chooser;
pub(crate) mod per_ton_switch;
pub(crate) mod product_picker;
pub(crate) mod region_panel;
pub(crate) mod result_card;
pub(crate) mod result_figures;
pub(crate) mod sources_panel;
pub(crate) mod view;
