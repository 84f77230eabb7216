//! The views of results as a tab list; arrow keys move between tabs (WAI-ARIA tabs pattern).
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::state::{Action, FrameAction, View};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
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
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let index = View::TABS.iter().position(|v| *v == current).unwrap_or(0);
            let n = View::TABS.len();
            let next = match e.key().as_str() {
                "ArrowRight" => (index + 1) % n,
                "ArrowLeft" => (index + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            let Some(&view) = View::TABS.get(next) else {
                return;
            };
            e.prevent_default();
            dispatch.emit(Action::Frame(FrameAction::SetView(view)));
        })
    };
    html! {
        <nav class="view-tabs" role="tablist" aria-label={Text::ViewsLabel.get(lang)} {onkeydown}>
            { for View::TABS.into_iter().map(|view| {
                let dispatch = dispatch.clone();
                let selected = view == current;
                // In the editor no tab is selected: the first takes the focus.
                let focusable = selected || (!View::TABS.contains(&current) && view == View::Path);
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
