//! The scenario view: its inputs, presets, mix editor, uplifts, goal seek, results, summary
//! and the texts its charts share with it.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! scenario_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        GoalSeekNoTarget => "请先在上方设定目标。", "Set a target above to find the mix that reaches it.";
        GoalReached => "可以达到", "Reachable";
        GoalMet => "已达到", "Met";
        GoalUnreachable => "无法达到", "Unreachable";
        ApplyMix => "采用这一组合", "Apply this mix";
        ApplyClosestMix => "采用最佳组合", "Apply the best mix";
        GoalSeekTitle => "什么组合能达到目标？", "What mix reaches the target?";
        RoomLeft => "其余产品留下的余地", "The room the other products leave";
        MadeHere => "本地", "Made here";
        MixHint => "“本地”未勾选的产品由外地加工，其工序的附加值流出本地。", "Products not ticked as made here are made elsewhere: the value their steps add leaks out of the region.";
        InAll => "合计", "In all";
        YearsToPlan => "达到规划所需年数", "Years to reach the plan";
        YearsUnit => "年", "years";
        Ramp => "推进方式", "Ramp";
        RampLinear => "线性", "Linear";
        RampSCurve => "S 形", "S-curve";
        TargetMetric => "目标指标", "Target figure";
        NoTarget => "不设目标", "No target";
        TargetValue => "目标值（每年）", "Target value (per year)";
        YuanUnit => "元", "yuan";
        CurrentPlan => "当前规划", "Current plan";
        StartFromPlan => "从这一规划出发", "Start from this plan";
        PlanStatedBasis => "（规划所用口径）", " (the basis the plan states)";
        TargetReached => "达到", "reached";
        TargetNotReached => "未达到", "not reached";
        PresetTargetsCaption => "规划自身的目标与本情景的结果", "The plan's own targets against this scenario";
        Basis => "口径", "Basis";
        Target => "目标", "Target";
        ThisScenario => "本情景", "This scenario";
        Result => "结果", "Result";
        BaselineSource => "基准年：", "Baseline: ";
        PresetsTitle => "从有来源的规划出发", "Start from a sourced plan";
        NoPresets => "这个数据集没有规划。", "This dataset has no plans.";
        ScrapRemeltedHere => "在本地回炉重熔（只损失烧损）", "remelted here (only the melt loss is lost)";
        ScrapSoldAsScrap => "作为废料外售（按废料价格计入产值）", "sold as scrap (at the scrap price, in output value)";
        ScrapPriceLabel => "废料价格 ", "Scrap price ";
        TabFlows => "金属流向", "Flows";
        TabProducts => "各产品产量", "Products";
        TabYears => "逐年与目标", "Year by year";
        TabUncertainty => "不确定性", "Uncertainty";
        ScenarioResults => "情景结果", "Scenario results";
        ScenarioReadings => "价格口径与企业边界", "Price basis and firm boundaries";
        LeakedValue => "流出本地的附加值", "Value leaking out";
        Electricity => "用电量", "Electricity";
        Jobs => "就业岗位", "Jobs";
        MetalConsumed => "加工耗用的金属", "Metal consumed by processing";
        ProcessScrapRound => "加工废料（循环回炉）", "Process scrap (goes round)";
        Co2Tonnes => "二氧化碳排放（吨，含冶炼）", "CO₂ (tonnes, smelting included)";
        FigurePerYear => "指标（每年）", "Figure (per year)";
        SummaryTitle => "基准年与规划对比", "Baseline and plan side by side";
        ComparisonTable => "对比表", "Comparison table";
        ScrapPrice => "废料价格", "Scrap price";
        MeltLossRate => "熔炼烧损率", "Melt loss";
        RegionTonnage => "地区产量", "Region tonnage";
        TonsTitle => "各产品产量（吨/年）", "Tons of each product per year";
        TonsEmpty => "两边都没有金属送往产品。", "Neither side sends metal to a product.";
        ScenarioTitle => "延链情景：基准年与规划", "Chain-extension scenario: baseline and plan";
        MixTitle => "产品组合：基准年与规划", "Products: baseline and plan";
        UpliftTitle => "研发带来的附加值提升", "R&D uplift";
        UncertaintyTitle => "规划的不确定性", "How uncertain the plan is";
        FigureLabel => "指标", "Figure";
        UpliftLegend => "研发带来的附加值提升（每道工序）", "R&D uplift of each step's added value";
        Step => "工序", "Step";
        Uplift => "提升", "Uplift";
    } };
}

/// Reached by scaling the plan's change by `factor` (`total` processed).
pub fn goal_scaled(factor: &str, total: &str, metric: &str, amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "把规划相对基准年的变化按 {factor} 实施（加工份额合计 {total}），{metric}为 {amount}。"
        ),
        Lang::En => format!(
            "With {factor} of the plan's change over the baseline (total {total} processed), {} is {amount}.",
            metric.to_lowercase()
        ),
    }
}

/// Reached with `share` of the metal made into one product, the rest as in the baseline.
pub fn goal_one_product(
    share: &str,
    product: &str,
    metric: &str,
    amount: &str,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!(
            "把 {share} 的金属加工成{product}、其余份额保持基准年水平，{metric}为 {amount}。"
        ),
        Lang::En => format!(
            "With {share} of the metal made into {}, the rest as in the baseline, {} is {amount}.",
            product.to_lowercase(),
            metric.to_lowercase()
        ),
    }
}

/// The plan as it is meets the target (`amount` its figure).
pub fn goal_met_as_is(metric: &str, amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("现有规划已达到目标：{metric}为 {amount}。"),
        Lang::En => format!(
            "The plan as it is meets the target: {} is {amount}.",
            metric.to_lowercase()
        ),
    }
}

/// Out of reach; the best is `amount`, with `factor` of the plan's change.
pub fn goal_best_scaled(
    factor: &str,
    total: &str,
    metric: &str,
    amount: &str,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!(
            "{metric}最多能达到 {amount}：把规划相对基准年的变化按 {factor} 实施（加工份额合计 {total}）。"
        ),
        Lang::En => format!(
            "At best {} reaches {amount}, with {factor} of the plan's change over the baseline (total {total} processed).",
            metric.to_lowercase()
        ),
    }
}

/// Out of reach; the best is `amount`, with all the metal left made into one product
/// (`share` of the metal in all).
pub fn goal_best_one_product(
    share: &str,
    product: &str,
    metric: &str,
    amount: &str,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!(
            "{metric}最多能达到 {amount}：把剩余金属全部加工成{product}（占金属的 {share}），其余份额保持基准年水平。"
        ),
        Lang::En => format!(
            "At best {} reaches {amount}, with all the metal left made into {} ({share} of the metal), the rest as in the baseline.",
            metric.to_lowercase(),
            product.to_lowercase()
        ),
    }
}

/// Out of reach, and the plan is already the best mix.
pub fn goal_at_best(metric: &str, amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("现有规划已是能达到的最好结果：{metric}为 {amount}。"),
        Lang::En => format!(
            "The plan is already the best reachable: {} is {amount}.",
            metric.to_lowercase()
        ),
    }
}

/// A product's plan share field (and slider).
pub fn plan_share(product: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{product}：规划份额"),
        Lang::En => format!("{product}: plan share"),
    }
}

/// A product's baseline share field.
pub fn baseline_share(product: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{product}：基准年份额"),
        Lang::En => format!("{product}: baseline share"),
    }
}

/// The total of a side's shares.
pub fn shares_total(total: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("合计 {total}"),
        Lang::En => format!("Total {total}"),
    }
}

/// A product's "made here" box.
pub fn made_in_region(product: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{product}：在本地加工"),
        Lang::En => format!("{product}: made in the region"),
    }
}

/// A change of a share, in percentage points.
pub fn percentage_points(points: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{points} 个百分点"),
        Lang::En => format!("{points} pts"),
    }
}

/// The scenario's headline: how much more (or less) value the plan adds a year.
pub fn scenario_headline(amount: &str, more: bool, lang: Lang) -> String {
    match (lang, more) {
        (Lang::Zh, true) => format!("规划每年比基准年多创造附加值 {amount}"),
        (Lang::Zh, false) => format!("规划每年比基准年少创造附加值 {amount}"),
        (Lang::En, true) => format!("The plan adds {amount} more value per year than the baseline"),
        (Lang::En, false) => {
            format!("The plan adds {amount} less value per year than the baseline")
        }
    }
}

/// A tornado bar's yield figure, e.g. "Yield Profile → Furniture".
pub fn yield_of(step: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("成材率 {step}"),
        Lang::En => format!("Yield {step}"),
    }
}

/// A tornado bar of a step's CO₂ per ton (the smelting step's: per ton of primary metal).
pub fn co2_of(step: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("每吨二氧化碳 {step}"),
        Lang::En => format!("CO₂ per ton {step}"),
    }
}

/// A tornado bar of a step's own melt loss.
pub fn melt_loss_of(step: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("熔炼烧损 {step}"),
        Lang::En => format!("Melt loss {step}"),
    }
}

/// A tornado bar of a value-added share: a processing level's, or a step's own.
pub fn value_added_share_of(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("增加值占比 {what}"),
        Lang::En => format!("Value-added share {what}"),
    }
}

/// The model's message (English), introduced in the current language.
pub fn cannot_compute(message: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("无法计算：{message}"),
        Lang::En => format!("Cannot compute: {message}"),
    }
}

/// A unit for an axis or a row of large amounts, so labels stay short: 亿/万 in Chinese,
/// billion/million in English. Returns (divisor, unit text).
/// As `amount_unit`, for tonnes (of CO₂): 万吨/亿吨, million/billion t.
pub fn tonnes_unit(max: f64, lang: Lang) -> (f64, &'static str) {
    let max = max.abs();
    match lang {
        Lang::Zh if max >= 1e8 => (1e8, "亿吨"),
        Lang::Zh if max >= 1e4 => (1e4, "万吨"),
        Lang::Zh => (1.0, "吨"),
        Lang::En if max >= 1e9 => (1e9, "billion t"),
        Lang::En if max >= 1e6 => (1e6, "million t"),
        Lang::En => (1.0, "t"),
    }
}

pub fn amount_unit(max: f64, lang: Lang) -> (f64, &'static str) {
    let max = max.abs();
    match lang {
        Lang::Zh if max >= 1e8 => (1e8, "亿元"),
        Lang::Zh if max >= 1e4 => (1e4, "万元"),
        Lang::Zh => (1.0, "元"),
        Lang::En if max >= 1e9 => (1e9, "billion yuan"),
        Lang::En if max >= 1e6 => (1e6, "million yuan"),
        Lang::En => (1.0, "yuan"),
    }
}
