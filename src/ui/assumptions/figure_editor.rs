//! One editable figure of the dataset: its number field (read the way people type it), the
//! badge of its source and the source's range, so a visitor sees what they are overriding;
//! once edited, the visitor's own value beside them (the source's range stays the source's).
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::model::{Badge as BadgeKind, Figure};
use crate::number::InputKind;
use crate::state::{Action, FigureAction};
use crate::ui::format::{self, Precision};
use crate::ui::hooks::context::{use_dispatch, use_lang};
use crate::ui::widgets::badge::Badge;
use crate::ui::widgets::number_input::NumberInput;

#[derive(Properties, PartialEq)]
pub struct FigureEditorProps {
    /// The number field's id and test id (`edit-price`, `edit-av-<from>-<to>`, …).
    pub id: AttrValue,
    pub label: AttrValue,
    pub kind: InputKind,
    /// The value in force (edited or sourced).
    pub value: f64,
    /// How the value is written into the field (`98%` for yields).
    #[prop_or_default]
    pub display: Option<AttrValue>,
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    pub edited: bool,
    #[prop_or_default]
    pub disabled: bool,
    /// Badge of the figure's source; None when the dataset gives none.
    #[prop_or_default]
    pub badge: Option<BadgeKind>,
    /// The low–high range the figure's source gives (never widened by an edit), shown when
    /// it has a spread.
    #[prop_or_default]
    pub range: Option<(f64, f64)>,
    /// A link to the definition of what the figure is, for a ratio (a yield).
    #[prop_or_default]
    pub definition: Option<Html>,
    /// The figure edited; with the app's (stable) dispatch, the props of an unchanged
    /// figure compare equal and its editor is not re-rendered when another figure changes.
    pub figure: Figure,
}

#[function_component(FigureEditor)]
pub fn figure_editor(props: &FigureEditorProps) -> Html {
    let dispatch = use_dispatch();
    let lang = use_lang();
    let on_change = {
        let (figure, dispatch) = (props.figure.clone(), dispatch.clone());
        Callback::from(move |value: f64| {
            dispatch.emit(Action::Figures(FigureAction::Edit(figure.set_to(value))))
        })
    };
    let on_reset = {
        let (figure, dispatch) = (props.figure.clone(), dispatch.clone());
        Callback::from(move |()| {
            dispatch.emit(Action::Figures(FigureAction::ResetFigure(figure.clone())))
        })
    };
    // Yields are read as percentages everywhere else on the page.
    let show = |value: f64| match props.kind {
        InputKind::Yield => format::percent(value, lang),
        _ => format::number(value, lang, Precision::Exact),
    };
    let range = props
        .range
        .filter(|(low, high)| low < high)
        .map(|(low, high)| {
            html! {
                <span class="figure-range" data-testid={format!("{}-range", props.id)}>
                    { Text::FigureRange.get(lang) }
                    { show(low) }
                    { "–" }
                    { show(high) }
                </span>
            }
        });
    let yours = props.edited.then(|| {
        let value = match (props.kind, &props.unit) {
            (InputKind::Yield, _) | (_, None) => show(props.value),
            (_, Some(unit)) => format!("{} {unit}", show(props.value)),
        };
        html! {
            <span class="figure-yours" data-testid={format!("{}-yours", props.id)}>
                { Text::YourValue.get(lang) }{ value }
            </span>
        }
    });
    html! {
        // The value in force as data-value, so tests can tell which value the model uses
        // even while the field shows a draft or an error.
        <div class={classes!("figure-editor", props.edited.then_some("edited"))}
            data-testid={format!("{}-row", props.id)} data-value={props.value.to_string()}>
            <NumberInput id={props.id.clone()} label={props.label.clone()} kind={props.kind}
                value={props.value} display={props.display.clone()} unit={props.unit.clone()}
                edited={props.edited} disabled={props.disabled}
                {on_change} on_reset={Some(on_reset)} />
            <span class="figure-meta">
                { props.definition.clone().unwrap_or_default() }
                if let Some(kind) = props.badge { <Badge kind={kind} /> }
                { range.unwrap_or_default() }
                { yours.unwrap_or_default() }
            </span>
        </div>
    }
}
