//! Chinese / English: two toggle buttons, the current one pressed.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::state::{Action, FrameAction};
use crate::ui::hooks::context::{use_dispatch, use_lang};

#[function_component(LanguageSwitch)]
pub fn language_switch() -> Html {
    let current = use_lang();
    let dispatch = use_dispatch();
    html! {
        <div class="lang-switch" role="group" aria-label={Text::LanguageLabel.get(current)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let dispatch = dispatch.clone();
                html! {
                    <button type="button"
                        lang={lang.tag()}
                        data-testid={format!("lang-{}", lang.code())}
                        aria-pressed={(lang == current).to_string()}
                        onclick={Callback::from(move |_| dispatch.emit(Action::Frame(FrameAction::SetLang(lang))))}>
                        { lang.own_name() }
                    </button>
                }
            }) }
        </div>
    }
}
