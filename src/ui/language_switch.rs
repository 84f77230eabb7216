//! 中文 / English: two toggle buttons, the current one pressed.
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::state::{Action, FrameAction};

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={Text::LanguageLabel.get(props.lang)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let dispatch = props.dispatch.clone();
                html! {
                    <button type="button"
                        lang={lang.tag()}
                        data-testid={format!("lang-{}", lang.code())}
                        aria-pressed={(lang == props.lang).to_string()}
                        onclick={Callback::from(move |_| dispatch.emit(Action::Frame(FrameAction::SetLang(lang))))}>
                        { lang.own_name() }
                    </button>
                }
            }) }
        </div>
    }
}
