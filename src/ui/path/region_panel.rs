//! The region in force, as its file gives it (`region.profile` of the dataset): what it
//! covers, its capacity and the year of it, the power of its smelters, the CO₂ per ton of
//! its primary metal, and what its sources report beside the model's figure for the
//! scenario's plan ("reported vs computed"). Every figure with its badge and source; where
//! the region has no source of its own, the national figure, said so.
use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::files::price_basis_short;
use crate::catalog::texts::{self, Text};
use crate::i18n::Lang;
use crate::model::{
    Badge as BadgeKind, Dataset, Prose, RegionalFigure, ReportedMetric, ScenarioComparison, Source,
};
use crate::state::AppState;
use crate::ui::format::{number, tons, yuan, Precision};
use crate::ui::widgets::badge::Badge;

#[derive(Properties, PartialEq)]
pub struct RegionPanelProps {
    pub state: Rc<AppState>,
    /// The scenario's baseline and plan (the model's figures held against reported ones).
    pub comparison: Option<Rc<ScenarioComparison>>,
}

/// One row: what, the figure, and its source (or the national note).
struct Row {
    test_id: &'static str,
    what: String,
    value: String,
    source: Option<Source>,
    /// The region's own source gives no figure: the national one applies, and why.
    national: Option<Prose>,
    /// The model's figure beside a reported one.
    computed: Option<String>,
}

fn national_note(ds: &Dataset, figure: RegionalFigure) -> Option<Prose> {
    let profile = ds.region().profile.as_ref()?;
    profile
        .national
        .iter()
        .find(|n| n.figure == figure)
        .map(|n| n.citation.clone())
}

/// The CO₂ per ton of primary metal: the region's own (with its range), else the chain's
/// smelting step's, the national figure.
fn co2_row(ds: &Dataset, lang: Lang) -> Option<Row> {
    let profile = ds.region().profile.as_ref()?;
    let t = |v: f64| number(v, lang, Precision::Significant3);
    let (value, source) = match &profile.co2_primary {
        Some(co2) => {
            let value = if co2.range().has_spread() {
                format!("{} ({}–{})", t(co2.base), t(co2.low), t(co2.high))
            } else {
                t(co2.base)
            };
            (value, co2.source.clone())
        }
        None => {
            let step = ds
                .steps()
                .iter()
                .find(|s| !s.recycling && s.to == ds.start() && s.co2_t_per_t.is_some())?;
            (t(step.co2_t_per_t?), step.co2_source.clone()?)
        }
    };
    Some(Row {
        test_id: "region-co2",
        what: Text::RegionCo2.get(lang).into(),
        value: texts::co2_per_ton(&value, lang),
        source: Some(source),
        national: national_note(ds, RegionalFigure::Co2Primary),
        computed: None,
    })
}

fn rows(ds: &Dataset, comparison: Option<&ScenarioComparison>, lang: Lang) -> Vec<Row> {
    let Some(profile) = ds.region().profile.as_ref() else {
        return Vec::new();
    };
    let region = ds.region();
    let mut rows = vec![Row {
        test_id: "region-capacity",
        what: Text::RegionCapacity.get(lang).into(),
        value: texts::capacity_value(
            &tons(region.primary_tonnes_per_year, lang, Precision::Exact),
            region.source.year,
            lang,
        ),
        source: Some(region.source.clone()),
        national: None,
        computed: None,
    }];
    rows.push(match &profile.power {
        Some(power) => Row {
            test_id: "region-power",
            what: Text::RegionPower.get(lang).into(),
            value: texts::power_kind(power.kind, lang).into(),
            source: Some(power.source.clone()),
            national: None,
            computed: None,
        },
        None => Row {
            test_id: "region-power",
            what: Text::RegionPower.get(lang).into(),
            value: Text::RegionNoRegionalSource.get(lang).into(),
            source: None,
            national: national_note(ds, RegionalFigure::PowerSource),
            computed: None,
        },
    });
    rows.extend(co2_row(ds, lang));
    let plan = comparison.map(|c| &c.plan);
    for reported in &profile.reported {
        let amount = |v: f64| yuan(v, lang, Precision::Significant3);
        let value = match reported.metric {
            ReportedMetric::OutputTonnes => tons(reported.value, lang, Precision::Exact),
            _ => yuan(reported.value, lang, Precision::Exact),
        };
        let figure = plan.and_then(|p| match reported.metric {
            // As statistics count output: firm by firm, on the page's reading.
            ReportedMetric::OutputValue => Some(amount(p.gross_output)),
            ReportedMetric::ValueAdded => p.value_added.as_ref().map(|v| amount(v.base)),
            ReportedMetric::Revenue | ReportedMetric::OutputTonnes => None,
        });
        let computed = match (figure, plan) {
            (Some(figure), Some(p)) => texts::computed_for_plan(
                &figure,
                &tons(p.tonnage, lang, Precision::Significant3),
                &price_basis_short(ds, p.basis, lang),
                lang,
            ),
            _ => Text::RegionNotComputed.get(lang).into(),
        };
        rows.push(Row {
            test_id: "region-reported",
            what: texts::reported_label(reported.metric, reported.year, lang),
            value,
            source: Some(reported.source.clone()),
            national: None,
            computed: Some(computed),
        });
    }
    rows
}

#[function_component(RegionPanel)]
pub fn region_panel(props: &RegionPanelProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let ds = state.dataset();
    let Some(profile) = ds.region().profile.as_ref() else {
        return html! {};
    };
    let (reported, own): (Vec<Row>, Vec<Row>) = rows(ds, props.comparison.as_deref(), lang)
        .into_iter()
        .partition(|row| row.computed.is_some());
    let item = |row: Row| {
        let badge = row.source.as_ref().map(|s| s.badge);
        html! {
            <li class="source" data-testid={row.test_id}
                data-badge={badge.map(crate::ui::widgets::badge::badge_code)}
                data-national={row.national.is_some().then_some("true")}>
                <div class="source-head">
                    <span class="source-what">{ row.what }</span>
                    <span class="source-value num">{ row.value }</span>
                </div>
                if let Some(computed) = row.computed {
                    <p class="note" data-testid="region-computed">{ computed }</p>
                }
                if let Some(source) = row.source {
                    { cite(&source, lang) }
                }
                if let Some(why) = row.national {
                    <p class="note" data-testid="region-national">
                        { texts::national_figure(why.get(lang), lang) }
                    </p>
                }
            </li>
        }
    };
    html! {
        <section class="sources region-panel" data-testid="region-panel" data-region={profile.id.clone()}
            aria-labelledby="region-heading">
            <h2 id="region-heading" class="path-heading">
                { texts::region_panel_title(ds.name().get(lang), lang) }
            </h2>
            <p class="note" data-testid="region-covers">{ profile.covers.get(lang).to_string() }</p>
            <ul class="source-list">{ for own.into_iter().map(&item) }</ul>
            if !reported.is_empty() {
                <h3 class="region-subheading">{ Text::RegionReportedTitle.get(lang) }</h3>
                <p class="note">{ Text::RegionReportedNote.get(lang) }</p>
                <ul class="source-list">{ for reported.into_iter().map(&item) }</ul>
            }
        </section>
    }
}

/// A source as the sources panel shows it: badge, citation in its language, year.
fn cite(source: &Source, lang: Lang) -> Html {
    let citation = source.citation.get(lang);
    let badge: BadgeKind = source.badge;
    html! {
        <div class="source-cite">
            <Badge kind={badge} />
            <cite class="citation" lang={Lang::of_text(citation).tag()}>{ citation.to_string() }</cite>
            <span class="source-year">{ format!("({})", source.year) }</span>
        </div>
    }
}
