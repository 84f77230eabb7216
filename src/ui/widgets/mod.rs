//! Small components used by several views: badges, number fields, term links, definitions.
pub mod badge;
pub(crate) mod basis_switch;
pub(crate) mod definitions_panel;
pub mod number_input;
pub(crate) mod term_link;
