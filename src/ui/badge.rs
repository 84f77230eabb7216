//! How trustworthy a figure is: from the article, from a published source, or an estimate.
//! Told apart by text, an icon and the border pattern, never by colour alone; an estimate
//! shows its range when the caller gives one.
use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::Badge as BadgeKind;

#[derive(Properties, PartialEq, Clone)]
pub struct BadgeProps {
    pub kind: BadgeKind,
    pub lang: Lang,
    /// Already formatted with its unit (`13,500–14,300 yuan/t`); shown after the label.
    #[prop_or_default]
    pub range: Option<AttrValue>,
}

/// The badge's word in a language (also used by tables and exports that need plain text).
pub fn badge_label(kind: BadgeKind, lang: Lang) -> &'static str {
    match kind {
        BadgeKind::Article => lang.pick("报道", "article"),
        BadgeKind::Published => lang.pick("公开数据", "published"),
        BadgeKind::Estimate => lang.pick("估算", "estimate"),
    }
}

/// The badge's code, for classes and `data-badge`.
pub fn badge_code(kind: BadgeKind) -> &'static str {
    match kind {
        BadgeKind::Article => "article",
        BadgeKind::Published => "published",
        BadgeKind::Estimate => "estimate",
    }
}

fn icon(kind: BadgeKind) -> &'static str {
    match kind {
        BadgeKind::Article => "❝",
        BadgeKind::Published => "✓",
        BadgeKind::Estimate => "≈",
    }
}

#[function_component(Badge)]
pub fn badge(props: &BadgeProps) -> Html {
    let code = badge_code(props.kind);
    html! {
        <span class={classes!("badge", format!("badge-{code}"))} data-badge={code}>
            <span class="badge-icon" aria-hidden="true">{ icon(props.kind) }</span>
            <span class="badge-text">{ badge_label(props.kind, props.lang) }</span>
            if let Some(range) = &props.range {
                <span class="badge-range">{ range.clone() }</span>
            }
        </span>
    }
}
