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
            while j > 0 && cmp(&run[j], &run[j - 1]) == Ordering::Less {
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
            // Indices stay below n by construction (runs are clipped to n).
            for slot in &mut into[start..end] {
                // From the right run only when strictly less: equal elements keep their order.
                let right = j < end && (i >= mid || cmp(&from[j], &from[i]) == Ordering::Less);
                if right {
                    slot.clone_from(&from[j]);
                    j += 1;
                } else {
                    slot.clone_from(&from[i]);
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    v.clone_from_slice(&from);
}
