//! The scenario view: inputs, presets, results and their texts.
pub(crate) mod goal_seek_panel;
pub(crate) mod inputs;
pub(crate) mod mix_editor;
pub(crate) mod presets;
pub(crate) mod results;
pub(crate) mod summary;
pub(crate) mod text;
pub(crate) mod tons;
pub(crate) mod uncertainty_section;
pub(crate) mod uplift_editor;
pub(crate) mod verdict;
pub(crate) mod view;
