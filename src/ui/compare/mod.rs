//! The compare view: paths side by side.
pub(crate) mod table;
pub(crate) mod view;
