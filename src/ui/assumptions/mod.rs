//! The assumptions view: figures, currency and imported datasets.
pub(crate) mod currency_picker;
pub(crate) mod dataset_import;
pub(crate) mod figure_editor;
pub(crate) mod panel;
pub(crate) mod stored_datasets;
