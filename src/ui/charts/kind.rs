//! Every chart of the page, by kind: the `data-chart` name its SVG carries (what downloads,
//! tests and print styles find it by) and its name for people. One definition, so a chart
//! cannot be renamed in one place and missed in another.
use crate::catalog::texts::Text;
use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    ChainMap,
    Waterfall,
    Compare,
    Sankey,
    Trajectory,
    Tornado,
    UncertaintyBand,
}

impl ChartKind {
    pub const ALL: [ChartKind; 7] = [
        ChartKind::ChainMap,
        ChartKind::Waterfall,
        ChartKind::Compare,
        ChartKind::Sankey,
        ChartKind::Trajectory,
        ChartKind::Tornado,
        ChartKind::UncertaintyBand,
    ];

    /// The `data-chart` attribute.
    pub fn code(self) -> &'static str {
        match self {
            ChartKind::ChainMap => "chain-map",
            ChartKind::Waterfall => "waterfall",
            ChartKind::Compare => "compare",
            ChartKind::Sankey => "sankey",
            ChartKind::Trajectory => "trajectory",
            ChartKind::Tornado => "tornado",
            ChartKind::UncertaintyBand => "uncertainty-band",
        }
    }

    pub fn from_code(code: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Its name on a download button.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            ChartKind::Compare => Text::ChartNameCompare.get(lang),
            ChartKind::Waterfall => Text::ChartNameWaterfall.get(lang),
            ChartKind::ChainMap => Text::ChainMap.get(lang),
            ChartKind::Sankey => Text::ChartNameSankey.get(lang),
            ChartKind::Trajectory => Text::ChartNameTrajectory.get(lang),
            ChartKind::Tornado => Text::ChartNameTornado.get(lang),
            ChartKind::UncertaintyBand => Text::ChartNameUncertaintyBand.get(lang),
        }
    }
}
