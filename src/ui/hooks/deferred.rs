//! `use_deferred`: a value that follows another one frame late. Parts of the page that
//! change with every click but are not what the visitor is looking at (the sources, the
//! assumptions below the result) render from it, so the frame that answers a click or a
//! keystroke carries the result and the chart, and the long lists follow in the next task
//! — like React's `useDeferredValue`. Measured by `make bench` (interaction, 1× and 4×).
use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::hooks::after_first_paint::after_next_paint;

#[hook]
pub fn use_deferred<T: PartialEq + Clone + 'static>(value: T) -> T {
    let lagged = use_state_eq(|| value.clone());
    // Only the latest change may land: an older one's fallback timer must not undo it.
    let latest = use_memo((), |_| Rc::new(Cell::new(0u64)));
    {
        let lagged = lagged.clone();
        let latest = (*latest).clone();
        use_effect_with(value, move |value| {
            let generation = latest.get().wrapping_add(1);
            latest.set(generation);
            let value = value.clone();
            after_next_paint(move || {
                if latest.get() == generation {
                    lagged.set(value);
                }
            });
        });
    }
    (*lagged).clone()
}
