//! The language and the dispatcher, provided once by the app (`shell::app`) to every
//! component below it, instead of a prop threaded through each layer. Views that render
//! from a deferred state (`hooks::deferred`) provide that state's language to their part,
//! so a part shows one language at a time.
use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Action;

/// The page's language (the nearest `ContextProvider<Lang>`; the default language where
/// none is above, which the app always provides).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The reducer's dispatcher: one `Callback` for the page's lifetime (`shell::app`), so
/// providing it never re-renders a component. A no-op where no app is above.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<Callback<Action>>().unwrap_or_else(Callback::noop)
}
