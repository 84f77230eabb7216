//! The chain editor's view (`view=editor`): the chain's products and steps as tables whose
//! cells are edited in place, each problem shown at its cell, with undo and redo. The
//! state is `crate::editor`'s, changed only through the reducer (`Action::Editor`).
mod cell;
mod drafts;
mod figures;
mod files;
mod kept;
mod share;
pub(crate) mod shared_bar;
mod table;
pub(crate) mod view;
