//! How trustworthy a figure is: from the article, published as it stands, derived from
//! published figures, or an estimate.
//! Told apart by text, an icon and the border pattern, never by colour alone; an estimate
//! shows its range when the caller gives one.
use yew::prelude::*;

use crate::model::Badge as BadgeKind;
use crate::ui::hooks::context::use_lang;

#[derive(Properties, PartialEq, Clone)]
pub struct BadgeProps {
    pub kind: BadgeKind,
    /// Already formatted with its unit (`13,500–14,300 yuan/t`); shown after the label.
    #[prop_or_default]
    pub range: Option<AttrValue>,
}

pub use crate::catalog::files::badge_label;

/// The badge's code, for classes and `data-badge`.
pub fn badge_code(kind: BadgeKind) -> &'static str {
    kind.code()
}

fn icon(kind: BadgeKind) -> &'static str {
    match kind {
        BadgeKind::Article => "❝",
        BadgeKind::Published => "✓",
        BadgeKind::Derived => "∑",
        BadgeKind::Estimate => "≈",
    }
}

#[function_component(Badge)]
pub fn badge(props: &BadgeProps) -> Html {
    let lang = use_lang();
    let code = badge_code(props.kind);
    html! {
        <span class={classes!("badge", format!("badge-{code}"))} data-badge={code}>
            <span class="badge-icon" aria-hidden="true">{ icon(props.kind) }</span>
            <span class="badge-text">{ badge_label(props.kind, lang) }</span>
            if let Some(range) = &props.range {
                <span class="badge-range">{ range.clone() }</span>
            }
        </span>
    }
}
