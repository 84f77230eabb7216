//! Warming up what a visitor's first edits run. On a fresh page the first two edits of a
//! figure took 3.7–5.9 ms of script each at 1× against 1.3–3 ms for the next ones
//! (`bench/first-edits.mjs`: code the browser's engine runs for the first time); once the
//! app has started and the browser is idle, the app runs two edits' work on a copy of its
//! state and throws the copy away (`ui::hooks::warm_up`). Nothing the visitor sees changes.
use crate::derived::Derived;
use crate::model::{Edit, Figure};
use crate::state::{Action, AppState, FigureAction};

/// The warm-up's edits: the path's last step's added value set one yuan higher, then back
/// to what it is — a visitor's first two keystrokes in that field (the first adds an edit,
/// the second replaces it: two ways through the reducer). None where the path has no step
/// (a product with no path, a pending dataset).
pub fn warm_up_edits(state: &AppState) -> Option<[Edit; 2]> {
    let [.., from, to] = state.path() else {
        return None;
    };
    let base = state.dataset().step(from, to)?.added_value.base;
    let figure = Figure::StepAddedValue {
        from: from.clone(),
        to: to.clone(),
    };
    Some([figure.set_to(base + 1.0), figure.set_to(base)])
}

/// Runs what two edits run before the page answers them — the reducer, the dataset with
/// the edit, the results the path view shows — on a copy of `state`. Run once, it only moved
/// the slow run to the visitor's first edit (`bench/first-edits.mjs`), so it runs twice. Returns the copy's added value per ton after each edit (the
/// second is the state's own), so that the work is used and a test can check it.
pub fn run_edits_once(state: &AppState) -> Option<[f64; 2]> {
    let edits = warm_up_edits(state)?;
    let mut derived = Derived::new(state);
    let mut copy = state.clone();
    let mut out = [0.0; 2];
    for (edit, value) in edits.into_iter().zip(out.iter_mut()) {
        copy.try_apply(Action::Figures(FigureAction::Edit(edit)))
            .ok()?;
        derived = derived.next(&copy);
        // What the path view asks for after an edit: the result card, its range, the
        // carbon figures and the region panel's comparison.
        let _ = (
            derived.path_range(),
            derived.path_carbon(),
            derived.carbon_cost(),
        );
        let _ = derived.comparison();
        *value = derived.path().ok()?.added_value_per_t;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::PathAction;

    #[track_caller]
    fn check(product: &str) {
        let state = AppState::with_default_dataset(crate::i18n::Lang::En)
            .apply(Action::Path(PathAction::SelectProduct(product.to_string())));
        let own = Derived::new(&state)
            .path()
            .map(|ev| ev.added_value_per_t)
            .ok();
        let [first, second] = run_edits_once(&state).expect(product);
        assert_ne!(
            Some(first),
            own,
            "{product}: the first edit changes the figure"
        );
        assert_eq!(Some(second), own, "{product}: the second sets it back");
    }

    /// For every product of the default chain with a step (the article's three among them),
    /// the warm-up's first edit reaches the model (the copy's figure moves) and its second
    /// sets it back (the state's own).
    #[test]
    fn the_warm_up_moves_the_figure_and_sets_it_back() {
        let state = AppState::with_default_dataset(crate::i18n::Lang::En);
        let products: Vec<String> = state
            .dataset()
            .products()
            .iter()
            .filter(|p| {
                crate::model::default_path(state.dataset(), &p.id)
                    .map(|path| path.len() >= 2)
                    .unwrap_or(false)
            })
            .map(|p| p.id.clone())
            .collect();
        assert!(products.len() >= 20, "{}", products.len());
        for product in ["rod", "lv-cable", "furniture"] {
            assert!(products.iter().any(|p| p == product), "{product}");
        }
        for product in &products {
            check(product);
        }
    }

    /// Nothing to warm with where the path is a single product (the primary metal).
    #[test]
    fn no_edit_without_a_step() {
        let state = AppState::with_default_dataset(crate::i18n::Lang::En)
            .apply(Action::Path(PathAction::SelectProduct("primary".into())));
        assert_eq!(state.path().len(), 1, "{:?}", state.path());
        assert_eq!(warm_up_edits(&state), None);
        assert_eq!(run_edits_once(&state), None);
    }
}
