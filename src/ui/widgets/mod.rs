//! Small components used by several views: badges, number fields, term links, definitions.
pub mod badge;
pub(crate) mod basis_switch;
pub(crate) mod carbon_cost_row;
pub(crate) mod carbon_price_field;
pub(crate) mod definitions_panel;
pub mod number_input;
pub(crate) mod term_link;
