//! The views of results as a tab list; arrow keys move between tabs (WAI-ARIA tabs pattern).
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::state::{Action, FrameAction, View};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    /// The compact card: the two-regions tab only where that is the card's view (a fourth
    /// tab wrapped the tab row of a 360 px card onto two lines).
    #[prop_or_default]
    pub embed: bool,
}

/// The tabs shown: the views of results, in an embed without the two-regions view unless
/// it is the one shown.
fn tabs(view: View, embed: bool) -> Vec<View> {
    View::TABS
        .into_iter()
        .filter(|t| !embed || *t != View::Regions || view == View::Regions)
        .collect()
}

fn label(view: View) -> Text {
    match view {
        View::Path => Text::ViewPath,
        View::Compare => Text::ViewCompare,
        View::Scenario => Text::ViewScenario,
        View::Editor => Text::ViewEditor,
        View::Regions => Text::ViewRegions,
    }
}

#[function_component(ViewTabs)]
pub fn view_tabs(props: &ViewTabsProps) -> Html {
    let lang = use_lang();
    let dispatch = use_dispatch();
    let current = props.view;
    let shown = tabs(current, props.embed);
    let onkeydown = {
        let (dispatch, shown) = (dispatch.clone(), shown.clone());
        Callback::from(move |e: KeyboardEvent| {
            let index = shown.iter().position(|v| *v == current).unwrap_or(0);
            let n = shown.len();
            let next = match e.key().as_str() {
                "ArrowRight" => (index + 1) % n,
                "ArrowLeft" => (index + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            let Some(&view) = shown.get(next) else {
                return;
            };
            e.prevent_default();
            dispatch.emit(Action::Frame(FrameAction::SetView(view)));
        })
    };
    html! {
        <nav class="view-tabs" role="tablist" aria-label={Text::ViewsLabel.get(lang)} {onkeydown}>
            { for shown.iter().copied().map(|view| {
                let dispatch = dispatch.clone();
                let selected = view == current;
                // In the editor no tab is selected: the first takes the focus.
                let focusable = selected || (!shown.contains(&current) && view == View::Path);
                html! {
                    <button type="button" role="tab"
                        data-testid={format!("tab-{}", view.code())}
                        aria-selected={selected.to_string()}
                        aria-controls="main"
                        tabindex={if focusable { "0" } else { "-1" }}
                        onclick={Callback::from(move |_| dispatch.emit(Action::Frame(FrameAction::SetView(view))))}>
                        { label(view).get(lang) }
                    </button>
                }
            }) }
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(view: View, embed: bool, want: &[View]) {
        assert_eq!(tabs(view, embed), want, "{view:?} embed {embed}");
    }

    #[test]
    fn an_embed_shows_the_two_regions_tab_only_on_its_own_card() {
        let three = [View::Path, View::Compare, View::Scenario];
        check(View::Path, false, &View::TABS);
        check(View::Editor, false, &View::TABS);
        check(View::Path, true, &three);
        check(View::Scenario, true, &three);
        check(View::Regions, true, &View::TABS);
    }
}
