//! The comparison view: its chart and its table.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! compare_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        ArticleFigureSuffix => " · 原文数字", " · the article's figure";
        CompareChartTitleLog => "各产品每吨附加值（元/吨，对数刻度）", "Added value per ton by end product (yuan/t, log scale)";
        CompareChartTitleLinear => "各产品每吨附加值（元/吨，线性刻度）", "Added value per ton by end product (yuan/t, linear scale)";
        ArticleFigure => "原文数字", "the article's figure";
        CompareTableCaption => "各产品沿默认路径的每吨附加值（从高到低）", "Added value per ton of each product along its default path (highest first)";
        RangeYuanPerTon => "范围（元/吨）", "Range (yuan/t)";
        WeakestSource => "最弱来源", "Weakest source";
        CompareCo2Head => "每吨二氧化碳（吨，区间）", "CO₂ per ton (t, range)";
        CompareError => "无法计算比较：", "The comparison cannot be computed: ";
        CompareEmpty => "这个数据集没有可比较的终端产品。", "This dataset has no end products to compare.";
        CompareTitle => "各产品每吨附加值比较", "Added value per ton, by product";
        CompareLead => "每种产品沿其默认加工路径（从起点产品起）计算，中间产品（本身也出售）与终端产品并列；标有“原文数字”的是原报道给出的数字。细线表示估算的高低范围。点击产品查看其加工路径。", "Each product along its default path from the start of the chain; intermediates, which are sold too, stand beside the end products, and the source article's own figures are marked. Thin lines show the low–high range of estimates. Pick a product to see its path.";
        ShowAs => "显示方式", "Show as";
        Chart => "图表", "Chart";
        EndProductsOnly => "只看终端产品", "End products only";
        Scale => "坐标刻度", "Scale";
        LogScale => "对数刻度", "Log scale";
        LinearScale => "线性刻度", "Linear scale";
        ProductsRanked => "产品排序", "Products ranked";
    } };
}

/// The selected product's bar label.
pub fn current_product(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}（当前）"),
        Lang::En => format!("{name} (current)"),
    }
}

/// A product's button in the comparison table.
pub fn open_its_path(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}：查看加工路径"),
        Lang::En => format!("{name}: open its path"),
    }
}
