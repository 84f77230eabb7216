//! A region's own plan: each preset that states targets, with each target held against the
//! preset's plan on every admissible reading (the scenario view's verdicts, in words).
use yew::prelude::*;

use crate::catalog::texts::Text;
use crate::i18n::Lang;
use crate::two_regions::RegionSide;
use crate::ui::scenario::verdict::verdict_line;

/// The side's plans (`code`: `a` or `b`, the test ids' suffix).
pub fn region_plans(side: &RegionSide, code: &str, lang: Lang) -> Html {
    if side.plans.is_empty() {
        return html! {
            <p class="note" data-testid={format!("plans-{code}-none")}>{ Text::RegionNoPlanTargets.get(lang) }</p>
        };
    }
    let ds = &side.dataset;
    html! {
        <ul class="region-plans" data-testid={format!("plans-{code}")}>
            { for side.plans.iter().map(|(id, verdicts)| {
                let name = ds.presets().iter().find(|p| &p.id == id)
                    .map(|p| p.name.get(lang).to_string()).unwrap_or_else(|| id.clone());
                html! {
                    <li class="region-plan" data-preset={id.clone()}>
                        <p class="region-plan-name">{ name }</p>
                        { match verdicts {
                            Ok(vs) => html! { <>{ for vs.iter().map(|v| verdict_line(v, "region-plan-verdict", lang)) }</> },
                            Err(e) => html! {
                                <p class="path-error" role="alert">{ crate::catalog::errors::model_error(e, lang) }</p>
                            },
                        } }
                    </li>
                }
            }) }
        </ul>
    }
}
