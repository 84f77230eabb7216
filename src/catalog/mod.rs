//! Every interface text, in both languages, in one place: the components' texts, errors of
//! the model and of imports, notices. Exhaustive matches, so a new text or error variant does
//! not compile until it has its Chinese and English text. Pure (no web dependency), so the
//! texts are tested natively.
pub mod editor;
pub mod errors;
pub mod files;
pub mod metal;
pub mod notices;
pub mod numbers;
pub mod readings;
pub mod texts;
pub mod words;
