//! Every interface text that is not a component's own label, in both languages, in one
//! place: errors of the model and of imports, notices. Exhaustive matches, so a new error
//! variant does not compile until it has its Chinese and English text. Pure (no web
//! dependency), so the texts are tested natively.
pub mod errors;
pub mod notices;
