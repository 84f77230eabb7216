//! A text field for a number, read the way people type it (8 wan, `80,000`, `98%`). What
//! makes no sense gets an inline message and the last valid value stays in force; the
//! parent hears only valid values. Edited values are marked, with a reset button.
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::catalog::texts::{self, Text};
use crate::number::{parse_input, InputKind};
use crate::ui::format::input_value;
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// Unique on the page: the input's id and the base of its test ids.
    pub id: AttrValue,
    pub label: AttrValue,
    pub kind: InputKind,
    /// The value in force (shown when the field is not being typed in).
    pub value: f64,
    /// How the value in force is written into the field, e.g. `0.98` → `98%`.
    #[prop_or_default]
    pub display: Option<AttrValue>,
    /// Unit shown after the field (`yuan/t`).
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// Marks the field as changed from its sourced value.
    #[prop_or_default]
    pub edited: bool,
    #[prop_or_default]
    pub disabled: bool,
    pub on_change: Callback<f64>,
    /// When given, an "edited" field shows a reset button that emits this.
    #[prop_or_default]
    pub on_reset: Option<Callback<()>>,
}

#[function_component(NumberInput)]
pub fn number_input(props: &NumberInputProps) -> Html {
    let lang = use_lang();
    let shown = props
        .display
        .clone()
        .map(|d| d.to_string())
        .unwrap_or_else(|| plain(props.value));
    // The text being typed and its error; None means "show the value in force".
    let draft = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);

    let oninput = {
        let (draft, error) = (draft.clone(), error.clone());
        let (kind, lang, on_change) = (props.kind, lang, props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            match parse_input(&text, kind) {
                Ok(v) => {
                    error.set(None);
                    on_change.emit(v);
                }
                // Limits written like every other number: `1,000,000`, 100 wan.
                Err(err) => error.set(Some(err.message(lang, |x| input_value(x, lang)))),
            }
            draft.set(Some(text));
        })
    };
    // Leaving the field shows the value in force, properly written; an error stays
    // visible until the next valid input so the person knows their text was not taken.
    let onblur = {
        let draft = draft.clone();
        let error = error.clone();
        Callback::from(move |_: FocusEvent| {
            if error.is_none() {
                draft.set(None);
            }
        })
    };
    let text = (*draft).clone().unwrap_or(shown);
    let error_id = format!("{}-error", props.id);
    let reset = match (&props.on_reset, props.edited && !props.disabled) {
        (Some(on_reset), true) => {
            let on_reset = on_reset.clone();
            let (draft, error) = (draft.clone(), error.clone());
            let label = Text::ResetToSourced.get(lang);
            html! {
                <button type="button" class="reset-figure" title={label} aria-label={texts::reset_field(&props.label, lang)}
                    data-testid={format!("{}-reset", props.id)}
                    onclick={Callback::from(move |_| { draft.set(None); error.set(None); on_reset.emit(()) })}>
                    { "↺" }
                </button>
            }
        }
        _ => html! {},
    };
    html! {
        <div class={classes!("number-input", props.edited.then_some("edited"), error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>
                { props.label.clone() }
                if props.edited { <span class="edited-mark">{ Text::EditedMark.get(lang) }</span> }
            </label>
            <span class="number-input-field">
                <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    data-testid={props.id.clone()}
                    value={text}
                    disabled={props.disabled}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={error.is_some().then(|| error_id.clone())}
                    {oninput} {onblur} />
                if let Some(unit) = &props.unit { <span class="unit">{ unit.clone() }</span> }
                { reset }
            </span>
            if let Some(msg) = &*error {
                <span id={error_id} class="input-error" role="alert" data-testid={format!("{}-error", props.id)}>{ msg.clone() }</span>
            }
        </div>
    }
}

/// A value as typed: no exponent, no trailing zeros (`80000`, `0.98`).
fn plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}
