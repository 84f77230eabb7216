//! `use_chart_width`: the width in CSS px of the box a chart is drawn in, kept up to date by
//! a `ResizeObserver`. A chart lays itself out for that width with one viewBox unit per CSS
//! px, so its text is drawn at the size its style says at every screen width (a chart laid
//! out once and scaled to fit drew 13 px labels at 4–7 px). On the server, and until the
//! first measurement, the caller's default width.
use yew::prelude::*;

/// Widths closer than this are the same layout: no redraw for sub-pixel changes.
#[cfg(target_arch = "wasm32")]
const STEP: f64 = 4.0;

/// What is observed: the element, the observer and its callback (kept alive with it).
#[cfg(target_arch = "wasm32")]
type Observed = (
    web_sys::Element,
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn Fn()>,
);
#[cfg(not(target_arch = "wasm32"))]
type Observed = ();

#[cfg(target_arch = "wasm32")]
fn observe(element: web_sys::Element, width: UseStateHandle<f64>, last: f64) -> Option<Observed> {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    // The handle's own value is the one it was made with: the last width set is kept here.
    let last = Rc::new(Cell::new(last));
    let measure = {
        let element = element.clone();
        move || {
            let w = element.get_bounding_client_rect().width().floor();
            if w.is_finite() && w > 0.0 && (w - last.get()).abs() >= STEP {
                last.set(w);
                width.set(w);
            }
        }
    };
    measure();
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(measure);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some((element, observer, callback))
}

/// The measured width of the element `node` is attached to (CSS px), or `default`. The
/// element may come and go (a chart shown only when there is something to draw): it is
/// observed from the render it first appears in.
#[hook]
pub fn use_chart_width(node: NodeRef, default: f64) -> f64 {
    let width = use_state(|| default);
    let observed = use_mut_ref(|| None::<Observed>);
    {
        #[cfg(target_arch = "wasm32")]
        let (width, observed) = (width.clone(), observed.clone());
        use_effect(move || {
            #[cfg(target_arch = "wasm32")]
            {
                let element = node.cast::<web_sys::Element>();
                let same = matches!((&*observed.borrow(), &element), (Some((e, _, _)), Some(now)) if e == now);
                if !same {
                    if let Some((_, observer, _)) = observed.borrow_mut().take() {
                        observer.disconnect();
                    }
                    if let Some(element) = element {
                        *observed.borrow_mut() = observe(element, width.clone(), *width);
                    }
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            drop(node);
        });
    }
    {
        // Disconnected when the chart goes.
        let observed = observed.clone();
        use_effect_with((), move |_| {
            move || {
                #[cfg(target_arch = "wasm32")]
                if let Some((_, observer, _)) = observed.borrow_mut().take() {
                    observer.disconnect();
                }
                #[cfg(not(target_arch = "wasm32"))]
                drop(observed);
            }
        });
    }
    *width
}
