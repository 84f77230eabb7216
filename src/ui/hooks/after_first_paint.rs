//! `use_after_first_paint`: false on a component's first render, true from just after the
//! browser has painted it. Parts below the fold (the waterfall, the sources, the
//! assumptions) wait for it, so the first frame — with the result — is built and painted
//! in a shorter task, and the rest follows in the next one (measured by `make bench`).
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Without frames (a hidden tab, a throttled iframe) the rest still comes after this.
const FALLBACK_MS: i32 = 250;

/// On the server (the pre-render) true: a pre-rendered page is complete without the app;
/// so is the first render of the app taking one over (`crate::ui::take_over`), which then
/// never removes the parts below the result for a frame.
#[hook]
pub fn use_after_first_paint() -> bool {
    let painted = use_state_eq(|| {
        cfg!(not(target_arch = "wasm32")) || crate::ui::take_over() != crate::ui::TakeOver::None
    });
    {
        let painted = painted.clone();
        use_effect_with((), move |_| after_next_paint(move || painted.set(true)));
    }
    *painted
}

/// Runs `f` once: in a task queued from the next animation frame (so after that frame's
/// paint), or after FALLBACK_MS, whichever comes first.
pub(crate) fn after_next_paint(f: impl Fn() + Clone + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let (f1, f2) = (f.clone(), f);
    let task = Closure::once_into_js(f1);
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0)
                .ok();
        }
    });
    window.request_animation_frame(frame.unchecked_ref()).ok();
    let fallback = Closure::once_into_js(f2);
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            fallback.unchecked_ref(),
            FALLBACK_MS,
        )
        .ok();
}
