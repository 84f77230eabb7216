//! The region in force (`ui::path::region_panel`): its capacity, power, CO₂ and what its
//! sources report beside the model's figure.
use crate::i18n::Lang;
use crate::model::{PowerKind, ReportedMetric};

/// The panel's heading.
pub fn region_panel_title(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("地区：{name}"),
        Lang::En => format!("Region: {name}"),
    }
}

/// A capacity with its year: `646万吨/年（2018年）`, `6.46 million t a year (2018)`.
pub fn capacity_value(tonnes: &str, year: i32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{tonnes}/年（{year}年）"),
        Lang::En => format!("{tonnes} a year ({year})"),
    }
}

/// Tonnes of CO₂ per ton of primary metal.
pub fn co2_per_ton(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{value} 吨CO₂/吨"),
        Lang::En => format!("{value} t CO₂/t"),
    }
}

/// Where a region's smelters get their power.
pub fn power_kind(kind: PowerKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PowerKind::CaptiveCoal, Lang::Zh) => "自备燃煤电厂",
        (PowerKind::CaptiveCoal, Lang::En) => "Captive coal-fired plants",
        (PowerKind::GridCoal, Lang::Zh) => "以煤电为主的电网",
        (PowerKind::GridCoal, Lang::En) => "A grid fed mostly by coal",
        (PowerKind::Hydro, Lang::Zh) => "水电",
        (PowerKind::Hydro, Lang::En) => "Hydropower",
        (PowerKind::Mixed, Lang::Zh) => "多种来源（比例未公布）",
        (PowerKind::Mixed, Lang::En) => "Mixed (shares not given)",
    }
}

/// A figure the region's source reports, with its year.
pub fn reported_label(metric: ReportedMetric, year: i32, lang: Lang) -> String {
    let what = match (metric, lang) {
        (ReportedMetric::OutputValue, Lang::Zh) => "产值",
        (ReportedMetric::OutputValue, Lang::En) => "output value",
        (ReportedMetric::ValueAdded, Lang::Zh) => "增加值",
        (ReportedMetric::ValueAdded, Lang::En) => "value added",
        (ReportedMetric::Revenue, Lang::Zh) => "营业收入",
        (ReportedMetric::Revenue, Lang::En) => "revenue",
        (ReportedMetric::OutputTonnes, Lang::Zh) => "产量",
        (ReportedMetric::OutputTonnes, Lang::En) => "output",
    };
    match lang {
        Lang::Zh => format!("报告的{what}（{year}年）"),
        Lang::En => format!("Reported {what} ({year})"),
    }
}

/// The model's figure for the structure a reported one is held against: the scenario's
/// plan at its tonnage, on the page's basis.
pub fn computed_for_plan(figure: &str, tonnage: &str, basis: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("模型计算：{figure}（延链情景中的规划，{tonnage}，{basis}）"),
        Lang::En => {
            format!("Computed by the model: {figure} (the scenario's plan, {tonnage}, {basis})")
        }
    }
}

/// A national figure used where the region has none of its own, and why.
pub fn national_figure(why: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("全国数字：{why}"),
        Lang::En => format!("National figure: {why}"),
    }
}

/// The note beside a path's CO₂ per ton: its range (the smelting figure's), what its
/// smelting figure is, and that it is not money.
pub fn path_co2_note(range: Option<&str>, smelting: &str, lang: Lang) -> String {
    match (range, lang) {
        (Some(r), Lang::Zh) => {
            format!("区间 {r}；冶炼按每吨原铝 {smelting} 吨CO₂计；不计入附加值")
        }
        (None, Lang::Zh) => format!("冶炼按每吨原铝 {smelting} 吨CO₂计；不计入附加值"),
        (Some(r), Lang::En) => format!(
            "range {r}; smelting at {smelting} t CO₂ per t of primary metal; not part of added value"
        ),
        (None, Lang::En) => format!(
            "smelting at {smelting} t CO₂ per t of primary metal; not part of added value"
        ),
    }
}
