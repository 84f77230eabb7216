//! The two-regions view: two shipped regions side by side for one product.
pub(crate) mod column;
pub(crate) mod pair_picker;
pub(crate) mod plans;
pub(crate) mod view;
