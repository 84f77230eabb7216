//! The charts: their names, the Sankey, the tornado, the trajectory, the uncertainty band
//! and the waterfall.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! charts_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        ChartNameCompare => "产品比较图", "Comparison chart";
        ChartNameWaterfall => "逐级增值图", "Stage-by-stage chart";
        ChartNameSankey => "金属流向图", "Metal flow (Sankey)";
        ChartNameTrajectory => "逐年轨迹图", "Year-by-year trajectory";
        ChartNameTornado => "敏感性（龙卷风）图", "Sensitivity (tornado)";
        ChartNameUncertaintyBand => "不确定性区间图", "Uncertainty band";
        Remelted => "回炉重熔", "Remelted";
        SankeyTitle => "规划中金属在产业链中的流向", "Metal through the chain in the plan";
        SankeyEmpty => "没有金属可画。", "No metal to draw.";
        ShowInYuan => "以元计", "Show in yuan";
        SankeyHintTonnes => "单位：吨/年。各带宽为金属量；加工废料回炉重熔后回到起点，只有熔炼烧损损失。", "Tonnes per year: each band is metal. Process scrap is remelted and goes back to the start; only the melt loss is lost.";
        FlowsTableCaption => "流向表", "Table of flows";
        SankeyLegendProduct => "加工成下一级产品", "Made into the next product";
        SankeyLegendSold => "直接出售或烧损", "Sold as it is, or lost in melting";
        SankeyLegendRecycle => "回炉重熔，回到起点", "Remelted, back to the start";
        From => "从", "From";
        To => "到", "To";
        YuanPerYear => "元/年", "yuan/year";
        TornadoEmpty => "所用数据都没有取值范围。", "None of the figures used has a range.";
        TornadoHint => "每行：该数据取低值 → 取高值时的结果（其余取基准值）。深色段为低值一侧，浅色段为高值一侧。", "Each row: the result with that figure at its low → at its high (all others at base). Dark segment: low end; light segment: high end.";
        TornadoTableCaption => "敏感性数据表", "Sensitivity table";
        FigureColumn => "数据", "Figure";
        TornadoRange => "取值范围（元/吨）", "Range (yuan/t)";
        AtLow => "取低值时", "At low";
        AtHigh => "取高值时", "At high";
        Swing => "摆幅", "Swing";
        NoTargetSet => "未设目标。", "No target set.";
        BaselineMeetsTarget => "基准年已达到目标。", "The baseline already meets the target.";
        Yes => "是", "yes";
        No => "否", "no";
        YearAxis => "年（0 = 基准年）", "year (0 = baseline)";
        YearsTableCaption => "逐年数据表", "Year-by-year table";
        Year => "年", "Year";
        ShareProcessed => "加工份额", "Share processed";
        MeetsTarget => "达到目标", "Meets target";
        ChanceBelow => "有 10% 的可能低于", "1 in 10 chance below";
        EvenChance => "高于、低于的可能各半", "Even chance above or below";
        ChanceAbove => "有 10% 的可能高于", "1 in 10 chance above";
        AddedValueTotal => "每吨附加值合计", "Added value per ton, total";
        WaterfallTitle => "各加工阶段的每吨附加值（瀑布图）", "Added value per ton, stage by stage (waterfall)";
        StageColumn => "加工阶段", "Stage";
        Increment => "本段附加值", "Increment";
        Cumulative => "累计", "Cumulative";
        SourceType => "来源类型", "Source";
        Total => "合计", "Total";
        StageByStage => "逐段附加值", "Stage by stage";
        WaterfallLegendSourced => "文章或公开资料中的数字（或据此推算）", "From the article or a published source (or computed from them)";
        WaterfallLegendEstimate => "估算的数字", "An estimate";
        WaterfallLegendTotal => "合计", "The total";
        // The same key in the embed's one line: short forms (the total's is `Total`).
        SankeyKeyLabel => "图中编号对照", "Key to the numbered nodes";
        WaterfallKeySourced => "有出处", "Sourced";
        WaterfallKeyEstimate => "估算", "Estimate";
    } };
}

/// The tornado's title.
pub fn tornado_title(metric: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("敏感性（龙卷风图）：{metric}"),
        Lang::En => format!("Sensitivity (tornado): {metric}"),
    }
}

/// A tornado bar's accessible name: its visible text and its swing.
pub fn bar_swing(text: &str, swing: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{text}; 摆幅 {swing}"),
        Lang::En => format!("{text}; swing {swing}"),
    }
}

/// The unit, after the tornado's hint.
pub fn unit_note(unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(" 单位：{unit}"),
        Lang::En => format!(" Unit: {unit}"),
    }
}

/// The base value's label under the tornado.
pub fn base_value(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("基准 {value}"),
        Lang::En => format!("base {value}"),
    }
}

/// The trajectory's title.
pub fn trajectory_title(metric: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("逐年走势：{metric}"),
        Lang::En => format!("Year by year: {metric}"),
    }
}

/// A year's dot.
pub fn year_value(year: u32, amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("第 {year} 年：{amount}"),
        Lang::En => format!("Year {year}: {amount}"),
    }
}

/// The target line's label.
pub fn target_label(amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("目标 {amount}"),
        Lang::En => format!("Target {amount}"),
    }
}

/// The year the target is first met.
pub fn first_met_in_year(year: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("第 {year} 年首次达到目标。"),
        Lang::En => format!("The target is first met in year {year}."),
    }
}

/// The target is not met within the scenario's years.
pub fn not_met_by_year(years: u32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("到第 {years} 年仍未达到目标。"),
        Lang::En => format!("Target not reached by year {years}."),
    }
}

/// The value axis's title (`unit`: `amount_unit`'s).
pub fn per_year(unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{unit}/年"),
        Lang::En => format!("{unit}/year"),
    }
}

/// The band's title.
pub fn band_title(metric: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{metric}的可能范围"),
        Lang::En => format!("Likely range: {metric}"),
    }
}

/// How the band was drawn (`samples` as `format::number` writes it). The seed stays in
/// exports and docs/model.md: visitors need the odds, not the generator.
pub fn band_hint(samples: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "每个不确定的数字在其低值与高值之间随机取值，共算 {samples} 次；横线从最低结果到最高结果，方框内是中间八成的结果，竖线为中间值。"
        ),
        Lang::En => format!(
            "Every uncertain figure drawn between its low and its high, {samples} times; the line spans the lowest to the highest result, the box holds the middle 8 in 10, the bar is the middle value."
        ),
    }
}

/// The band's figures in words, for its chart's title (`low`, `middle`, `high` as the
/// figures show them).
pub fn band_summary(title: &str, low: &str, middle: &str, high: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "{title}：有 10% 的可能低于 {low}，高于或低于 {middle} 的可能各半，有 10% 的可能高于 {high}"
        ),
        Lang::En => format!(
            "{title}: 1 in 10 chance below {low}, even chance either side of {middle}, 1 in 10 chance above {high}"
        ),
    }
}
