//! A small stable sort. The standard library's sorts are fast but each use instantiates
//! 2–4 KB of wasm (driftsort/ipnsort): the app's ten sorts took 46 KB of the bundle
//! (twiggy, `make bench`). This bottom-up merge sort is a few hundred bytes per use and
//! O(n log n). The lists sorted this way are short; the Monte Carlo samples keep the
//! standard sort (see `sensitivity`).
use std::cmp::Ordering;

/// Length of the runs sorted by insertion before merging.
const RUN: usize = 16;

/// Sorts `v` by `cmp`, keeping equal elements in their order (like `slice::sort_by`).
pub fn sort_by<T: Clone>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let n = v.len();
    if n < 2 {
        return;
    }
    // Runs of `width` are merged from `from` into `into`, then the two swap roles.
    let mut from: Vec<T> = v.to_vec();
    let mut into: Vec<T> = v.to_vec();
    // Short runs by insertion first: fewer merge passes (stable: only strictly less moves).
    for run in from.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && is_less(&mut cmp, run.get(j), run.get(j - 1)) {
                run.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            // Indices stay below n by construction (runs are clipped to n); `get` only
            // keeps the model free of code that could panic.
            let Some(out) = into.get_mut(start..end) else {
                continue;
            };
            for slot in out {
                // From the right run only when strictly less: equal elements keep their order.
                let right = j < end && (i >= mid || is_less(&mut cmp, from.get(j), from.get(i)));
                let next = if right { &mut j } else { &mut i };
                if let Some(x) = from.get(*next) {
                    slot.clone_from(x);
                }
                *next += 1;
            }
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    v.clone_from_slice(&from);
}

fn is_less<T>(cmp: &mut impl FnMut(&T, &T) -> Ordering, a: Option<&T>, b: Option<&T>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if cmp(a, b) == Ordering::Less)
}
