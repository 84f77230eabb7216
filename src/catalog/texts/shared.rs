//! Texts several views show: the shared terms and units (one variant each, so a term reads
//! the same everywhere) and the amounts with their unit.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! shared_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        YuanPerTon => "元/吨", "yuan/t";
        AddedValuePerTon => "每吨附加值", "Added value per ton";
        ChainMap => "产业链图", "Chain map";
        Table => "表格", "Table";
        Product => "产品", "Product";
        OutputValuePerTon => "每吨产值", "Output value per ton";
        ViewPath => "加工路径", "Path";
        // One term per concept: 成材率, not 金属收得率. 成材率 is what extruders, rolling
        // mills and wire-drawers call the share of the metal that becomes their product
        // (挤压成材率, 板带成材率), and the word the rest of the interface already used;
        // 收得率 is a smelter's and foundry's word for metal recovered from a melt.
        MetalYield => "成材率", "Yield";
        MetricOutputValue => "产值", "Output value";
        MetricRetainedValue => "留在本地的附加值", "Value retained in the region";
        MetricValueAdded => "增加值（估算）", "Value added (estimate)";
        Plan => "规划", "Plan";
        Baseline => "基准年", "Baseline";
        TonsPerYear => "吨/年", "t/year";
        ProcessScrap => "加工废料", "Process scrap";
        MeltLoss => "熔炼烧损", "Melt loss";
        ScrapSold => "废料外售", "Scrap sold";
        InputsTitle => "产量、年限与目标", "Tonnage, years and target";
        MetricAddedValue => "附加值", "Added value";
        MetricGrossOutput => "统计口径产值", "Gross output (as statistics count it)";
        MetricDeepProcessingRate => "精深加工率", "Deep-processing rate";
        Change => "变化", "Change";
        // The price-basis switch of the path, compare and scenario views.
        BasisLegend => "价格口径", "Prices";
        BasisMarket => "市场价（含税）", "Market prices (VAT incl.)";
        BasisStatistical => "统计口径（不含税）", "Statistical basis (excl. VAT)";
    } };
}

// Amounts with their unit (`amount` as `format::number` writes it)

/// `8万 元/吨`, `80,000 yuan/t`.
pub fn yuan_per_ton(amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{amount} 元/吨"),
        Lang::En => format!("{amount} yuan/t"),
    }
}

/// `1.2亿 元`, `120 million yuan`.
pub fn yuan(amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{amount} 元"),
        Lang::En => format!("{amount} yuan"),
    }
}

/// `646万 吨`, `6.46 million t`.
pub fn tonnes(amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{amount} 吨"),
        Lang::En => format!("{amount} t"),
    }
}
