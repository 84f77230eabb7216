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
/// paint), or after FALLBACK_MS, whichever comes first. Every part deferred by the same
/// render joins one batch: one animation-frame callback and one task for all of them, so the
/// frame that answers a click carries one callback instead of one per part, and the parts
/// that follow are rendered together in one pass (measured by `make bench`, interaction).
pub(crate) fn after_next_paint(f: impl FnOnce() + 'static) {
    let first = BATCH.with(|b| {
        let mut b = b.borrow_mut();
        b.jobs.push(Box::new(f));
        b.jobs.len() == 1
    });
    if first {
        schedule_batch();
    }
}

/// The parts waiting for the next paint, and the batch they belong to: a batch is run once,
/// by whichever of its frame and its fallback timer comes first; the other then finds a
/// newer generation and does nothing (a timer left to fire frees its closure; a cancelled
/// one would leak it).
#[derive(Default)]
struct Batch {
    generation: u64,
    jobs: Vec<Box<dyn FnOnce()>>,
}

thread_local! {
    static BATCH: std::cell::RefCell<Batch> = std::cell::RefCell::new(Batch::default());
}

fn schedule_batch() {
    let generation = BATCH.with(|b| b.borrow().generation);
    let Some(window) = web_sys::window() else {
        return run_batch(generation);
    };
    let task = Closure::once_into_js(move || run_batch(generation));
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0)
                .ok();
        }
    });
    window.request_animation_frame(frame.unchecked_ref()).ok();
    let fallback = Closure::once_into_js(move || run_batch(generation));
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            fallback.unchecked_ref(),
            FALLBACK_MS,
        )
        .ok();
}

/// Runs the batch `generation` if it has not run yet. The jobs are taken out first: one may
/// defer more work (a render that defers a part again), which starts the next batch.
fn run_batch(generation: u64) {
    let jobs = BATCH.with(|b| {
        let mut b = b.borrow_mut();
        if b.generation != generation {
            return Vec::new();
        }
        b.generation = b.generation.wrapping_add(1);
        std::mem::take(&mut b.jobs)
    });
    for job in jobs {
        job();
    }
}
