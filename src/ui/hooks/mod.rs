//! Hooks shared by components: screen and chart widths, first paint, deferred rendering.
pub(crate) mod after_first_paint;
pub(crate) mod chart_width;
pub(crate) mod context;
pub(crate) mod deferred;
pub(crate) mod media_query;
pub(crate) mod warm_up;
