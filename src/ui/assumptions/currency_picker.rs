//! "Also show amounts in: [code] at [rate] per yuan". The currency takes effect once both
//! the three-letter code and the rate are valid; a clear button returns to yuan only.
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::number::InputKind;
use crate::state::{Action, Currency, FrameAction};
use crate::ui::format::{self, Precision};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::widgets::number_input::NumberInput;

#[derive(Properties, PartialEq)]
pub struct CurrencyPickerProps {
    pub currency: Option<Currency>,
}

/// `usd`, ` USD ` → `USD`; None unless exactly three letters A–Z.
pub fn currency_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    crate::link::is_currency_code(&code).then_some(code)
}

#[function_component(CurrencyPicker)]
pub fn currency_picker(props: &CurrencyPickerProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let code_text = use_state(|| {
        props
            .currency
            .as_ref()
            .map(|c| c.code.clone())
            .unwrap_or_default()
    });
    let rate = use_state(|| props.currency.as_ref().map(|c| c.per_yuan));
    // Bumped by "clear" so the rate field drops whatever was typed into it.
    let generation = use_state(|| 0_u32);

    // A currency set from elsewhere (a link, a restored view) shows in the fields.
    {
        let (code_text, rate) = (code_text.clone(), rate.clone());
        use_effect_with(props.currency.clone(), move |currency| {
            if let Some(c) = currency {
                code_text.set(c.code.clone());
                rate.set(Some(c.per_yuan));
            }
        });
    }

    let apply = {
        let dispatch = dispatch.clone();
        move |code: Option<String>, rate: Option<f64>| {
            if let (Some(code), Some(per_yuan)) = (code, rate) {
                dispatch.emit(Action::Frame(FrameAction::SetCurrency(Some(Currency {
                    code,
                    per_yuan,
                }))));
            }
        }
    };
    let on_code = {
        let (code_text, rate, apply) = (code_text.clone(), rate.clone(), apply.clone());
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            apply(currency_code(&text), *rate);
            code_text.set(text);
        })
    };
    let on_rate = {
        let (code_text, rate) = (code_text.clone(), rate.clone());
        Callback::from(move |value: f64| {
            rate.set(Some(value));
            apply(currency_code(&code_text), Some(value));
        })
    };
    let on_clear = {
        let (code_text, rate, generation) = (code_text.clone(), rate.clone(), generation.clone());
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            code_text.set(String::new());
            rate.set(None);
            generation.set(*generation + 1);
            dispatch.emit(Action::Frame(FrameAction::SetCurrency(None)));
        })
    };

    let code_error = !code_text.trim().is_empty() && currency_code(&code_text).is_none();
    let preview = props.currency.as_ref().and_then(|c| {
        let amount = 10_000.0;
        format::in_currency(amount, Some(c), lang)
            .map(|other| format!("{} {other}", format::yuan(amount, lang, Precision::Exact)))
    });

    html! {
        <fieldset class="currency-picker" data-testid="currency-picker">
            <legend>{ Text::CurrencyLegend.get(lang) }</legend>
            <div class="currency-fields">
                <div class={classes!("currency-code", code_error.then_some("invalid"))}>
                    <label for="currency-code">{ Text::CurrencyCode.get(lang) }</label>
                    <input id="currency-code" type="text" data-testid="currency-code" maxlength="3"
                        autocomplete="off" spellcheck="false" placeholder="USD"
                        value={(*code_text).clone()}
                        aria-invalid={code_error.to_string()}
                        aria-describedby={code_error.then_some("currency-code-error")}
                        oninput={on_code} />
                </div>
                <div class="currency-rate" key={format!("rate-{}", *generation)}>
                    <NumberInput id="currency-rate" kind={InputKind::ExchangeRate}
                        label={Text::CurrencyRate.get(lang)}
                        value={rate.unwrap_or(0.0)}
                        display={rate.is_none().then(|| AttrValue::from(""))}
                        on_change={on_rate} />
                </div>
                <button type="button" class="button" data-testid="currency-clear" onclick={on_clear}
                    disabled={props.currency.is_none() && code_text.is_empty() && rate.is_none()}>
                    { Text::YuanOnly.get(lang) }
                </button>
            </div>
            if code_error {
                <p id="currency-code-error" class="input-error" role="alert" data-testid="currency-code-error">
                    { Text::CurrencyCodeError.get(lang) }
                </p>
            }
            <p class="currency-hint muted" data-testid="currency-preview">
                { match &preview {
                    Some(text) => text.clone(),
                    None => Text::CurrencyExample.get(lang).to_string(),
                } }
            </p>
        </fieldset>
    }
}
