//! The path view: the product and path pickers, the result card, the chain map, the sources
//! and the definitions, and the figure fields.
use crate::i18n::Lang;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! path_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        ScrapBand => "废料与再生", "Scrap and recycling";
        RecyclingLabel => "回收再生", "recycling";
        OnCurrentPath => "（在当前路径上）", " (on the current path)";
        ChainMapTitle => "产业链图：按加工阶段排列的产品和加工步骤", "Chain map: products by stage and the production steps between them";
        ProductsByStage => "按阶段列出的产品", "Products by stage";
        DefinitionsSummary => "这些数字是什么意思", "What these figures mean";
        TermAddedValue => "附加值（加工附加值）", "Added value (processing)";
        TermGrossOutput => "统计口径产值", "Gross output, as statistics count it";
        DefinitionPerTon => "标题数字按产品中所含的每吨金属计（“一吨金属加工成……”），即各工序附加值之和。按每吨产品报价的复合产品（带绝缘层的电缆、带钢芯的导线、带玻璃或面料的家具）先除以其含金属量。加工废料回炉重熔、循环使用，只有熔炼烧损损失，所以产品中每吨金属只多耗一点金属；按每吨净耗金属计的数字列在旁边，二者相差不超过烧损。", "The headline is per ton of metal contained in the product (“a ton of metal processed into …”): the sum of the steps' added values. A price quoted per ton of a composite product (cable with its insulation, conductor with its steel core, furniture with its glass or fabric) is first divided by its metal content. Process scrap is remelted and goes round; only the melt loss is lost, so a ton of metal in the product uses little more than a ton of metal. The figure per ton of metal consumed stands beside it; the two differ by no more than the melt loss.";
        TermProcessing => "初加工与精深加工", "First and deep processing";
        DefinitionRetainedValue => "只计本地完成的工序的附加值；在外地完成的工序，其附加值流出本地区。", "Added value of the steps done locally; the value of steps done elsewhere leaves the region.";
        TermValueAdded => "增加值与附加值", "Value added (增加值) and added value (附加值)";
        DefinitionValueAdded => "附加值即加工费，含外购的材料、能源和服务；增加值（GDP口径）还要扣除这些中间投入。这里的增加值按各加工层级的比例估算，有区间，总小于附加值。", "Added value is the processing fee, bought-in materials, energy and services included; value added (as in GDP) subtracts them. Here it is estimated from a share per processing level, with a range, and is always less than added value.";
        TermFactoryMethod => "工业总产值与“工厂法”", "Gross output (工业总产值) and the factory method";
        DefinitionFactoryMethod => "统计按“工厂法”逐个企业计算产值，企业内部转移的产品不计。结果取决于企业边界：从全链一家企业（下限）到各环节独立（上限）。外售废料不计。", "Statistics count output firm by firm (the factory method), not what a firm passes to itself, so it depends on firm boundaries: from the whole chain as one firm (lower bound) to every stage separate (upper bound). Scrap sold is not counted.";
        DefinitionStatisticalBasis => "市场价格通常含增值税，统计按不含税价格计。统计口径下所有金额除以（1 + 增值税税率），吨数和比率不变。", "Market prices usually include VAT; statistics exclude it. On the statistical basis every amount is divided by (1 + the VAT rate); tons and ratios stay as they are.";
        TermPriceBasis => "价格口径", "Price basis";
        DefinitionPriceBasis => "所有金额都按数据集所述年份的价格计算，并注明是否含增值税；其他年份的数据保留其本身的年份，不做隐含的价格调整。", "Every amount is at the prices of the year the dataset states, with VAT included or not as it says; figures of other years keep their own year, with no hidden indexing.";
        TermBadges => "来源标记", "Source badges";
        DefinitionBadges => "报道：出自原文报道；公开数据：直接取自具名公开来源；推算：由公开数字计算得出，出处写明算法；估算：判断得出，并给出区间。", "Article: stated in the source article. Published: taken as it stands from a named public source. Derived: computed from published figures, the citation gives the computation. Estimate: judged, with a range.";
        DefinitionYield => "进入一道工序的金属中，最终成为该工序产品的比例。其余是加工废料（切头、边角料、切屑），回炉重熔后再用，只损失熔炼烧损。", "The share of the metal entering a step that ends up in its product. The rest is process scrap (crops, offcuts, chips), remelted and used again; only the melt loss is lost.";
        DefinitionMeltLoss => "加工废料回炉重熔时氧化成渣、损失掉的金属比例；废料循环中只有这一部分真正损失。", "The share of remelted process scrap lost as dross: the only metal the scrap loop really loses.";
        DefinitionDeepProcessingRate => "本地区的金属中送往精深加工产品（含终端产品）的份额；只做初加工的金属和直接外销的金属都不计入（见“初加工与精深加工”）。", "The share of the region's metal sent to deep-processed products, end products included; metal only first-processed or sold unprocessed does not count (see “First and deep processing”).";
        TermMultipliers => "倍数", "Multipliers";
        FigureRange => "范围 ", "range ";
        YourValue => "你的数值：", "your value: ";
        ResetToSourced => "恢复来源数值", "Reset to the sourced value";
        EditedMark => "（已修改）", " (edited)";
        SourcesSummary => "来源", "Sources";
        TermCo2 => "二氧化碳排放", "CO₂ emitted";
        DefinitionCo2 => "一年排放的二氧化碳（吨）：本地区冶炼的全部原生金属（无论在本地加工还是作为锭出售）按每吨原生金属的二氧化碳排放计算，加上数据中给出排放的加工工序自身的排放。以吨计，不计入附加值。", "CO₂ of the year, in tonnes: all the primary metal the region smelts (processed here or sold as ingot) at its CO₂ per ton, plus the processing steps' own where the data gives them. Counted in tonnes, never part of added value.";
        PathCo2 => "沿此路径每吨的二氧化碳排放", "CO₂ per ton along this path";
        RegionCapacity => "产能（原铝）", "Capacity (primary metal)";
        RegionPower => "电解用电来源", "Power of the smelters";
        RegionCo2 => "每吨原铝的二氧化碳排放", "CO₂ per ton of primary metal";
        RegionReportedTitle => "报告值与模型计算值", "Reported vs computed";
        RegionReportedNote => "地区来源报告的数字仅供核对，不用于设定任何数字。", "What the region's sources report is for checking only: no figure is set from it.";
        RegionNotComputed => "模型不计算这一项", "The model does not compute this figure";
        RegionNoRegionalSource => "没有地区来源", "No regional source";
        PathError => "无法计算这条路径：", "This path cannot be evaluated: ";
        LevelSmelting => "冶炼", "Smelting";
        LevelFirstProcessing => "初加工", "First processing";
        LevelDeepProcessing => "精深加工", "Deep processing";
        LevelEndProducts => "终端产品", "End products";
        LevelOther => "其他产品", "Other products";
        RangeLabel => "区间 ", "Range ";
        RangeNote => "（所有数据取低值 / 高值）", " (every figure at its low / high)";
        RatioNote => "每吨附加值之比", "ratio of added value per ton";
        IncludesEdited => "含你修改过的数据：", "Includes figures you edited: ";
        ListSeparator => "、", ", ";
        HeadlineSource => "来源：", "Source: ";
        FigureYears => "数据年份：", "Years of the figures: ";
        MetalThroughFirstStep => "首道工序投入金属（按产品中每吨金属计）", "Metal through the first step, per ton in the product";
        NetMetalPerTon => "净耗金属（按产品中每吨金属计）", "Metal consumed net, per ton in the product";
        MeltLossOfRemelted => "熔炼烧损率（回炉废料）", "Melt loss (of remelted scrap)";
        SourcesTitle => "数据来源", "Sources";
        PerTonLegend => "每吨数字", "Figures per ton";
        PerTonOfProduct => "按每吨产品", "per ton of product";
    } };
}

/// A column of the chain map: the start, upstream of it, or the n-th processing stage.
pub fn stage(stage: i64, lang: Lang) -> String {
    match (stage, lang) {
        (0, Lang::Zh) => "起点".to_string(),
        (0, Lang::En) => "Start".to_string(),
        (s, Lang::Zh) if s < 0 => "上游".to_string(),
        (s, Lang::En) if s < 0 => "Upstream".to_string(),
        (s, Lang::Zh) => format!("第{s}道加工"),
        (s, Lang::En) => format!("Stage {s}"),
    }
}

/// A product's accessible name in the chain map when it is on the current path.
pub fn on_current_path(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}（在当前路径上）"),
        Lang::En => format!("{name} (on the current path)"),
    }
}

/// A field's reset button (`field`: the field's label).
pub fn reset_field(field: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("恢复来源数值: {field}"),
        Lang::En => format!("Reset to the sourced value: {field}"),
    }
}

/// The legend of the choice between the paths to a product.
pub fn paths_to(product: &str, count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("到“{product}”有 {count} 条加工路径，请选择："),
        Lang::En => format!("{count} paths lead to {product}; choose one:"),
    }
}

/// Only the first paths are listed.
pub fn first_paths_listed(shown: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("仅列出前 {shown} 条。"),
        Lang::En => format!("Only the first {shown} are listed."),
    }
}

/// An amount per ton in another currency (`≈ 11,000 USD/t`).
pub fn per_ton(amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{amount}/吨"),
        Lang::En => format!("{amount}/t"),
    }
}

/// An edited step's added value, in the list of edited figures.
pub fn step_added_value(step: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{step}：附加值"),
        Lang::En => format!("{step}: added value"),
    }
}

/// The accessible name of a link to a term's definition (`term_link.rs`).
pub fn definition_of(term: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("“{term}”的定义"),
        Lang::En => format!("Definition: {term}"),
    }
}

/// A step's yield (the list of edited figures, the sources).
pub fn step_yield(step: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{step}：成材率"),
        Lang::En => format!("{step}: yield"),
    }
}

/// A column of multipliers against a product the dataset names (its metal, its reference
/// product): `相对铝杆`, `vs Aluminium rod`.
pub fn versus(product: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("相对{product}"),
        Lang::En => format!("vs {product}"),
    }
}

/// Back to the dataset the app comes with, named by that dataset.
pub fn reset_dataset(default_name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("恢复默认数据集（{default_name}）"),
        Lang::En => format!("Return to the default dataset ({default_name})"),
    }
}

pub fn against_reference_path(reference: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("相当于{reference}路径的"),
        Lang::En => format!("Against the {} path", reference.to_lowercase()),
    }
}

/// The scrap going round, beside the metal through the first step.
pub fn circulating_scrap(tonnes: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("其中循环废料 {tonnes} 吨"),
        Lang::En => format!("of which circulating scrap {tonnes} t"),
    }
}

/// What the headline is per ton of: a ton of the metal contained in the path's product, the
/// article's "a ton of aluminium processed into …" (docs/model.md, "Per ton of metal
/// contained"); `metal` is the chain's word for it.
pub fn per_ton_contained(metal: &str, product: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("按每吨{metal}加工成{product}计"),
        Lang::En => format!("per ton of {metal} made into {product}"),
    }
}

/// The per-ton switch's first choice: per ton of the metal contained (the default).
pub fn per_ton_of_metal(metal: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("按每吨{metal}"),
        Lang::En => format!("per ton of {metal}"),
    }
}

/// What the headline is per ton of when per ton of product is asked for: the product,
/// with the share of it that is metal (`content`, a percentage).
pub fn per_ton_of_product(product: &str, metal: &str, content: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("按每吨{product}计（含{metal}{content}）"),
        Lang::En => format!("per ton of {product} ({content} {metal})"),
    }
}

/// The row of tons of product made from a ton of the metal, per ton of product.
pub fn product_per_ton_of_metal(metal: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("每吨{metal}制成的产品"),
        Lang::En => format!("Product made from a ton of {metal}"),
    }
}

/// Beside it: the product's metal content.
pub fn metal_content_note(metal: &str, content: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("产品含{metal}{content}"),
        Lang::En => format!("the product is {content} {metal}"),
    }
}

/// The melt loss, beside the metal consumed net.
pub fn of_which_melt_loss(tonnes: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("其中熔炼烧损 {tonnes} 吨"),
        Lang::En => format!("of which melt loss {tonnes} t"),
    }
}

/// A step's added value in the list of sources.
pub fn step_added_value_per_ton(step: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{step}：每吨附加值"),
        Lang::En => format!("{step}: added value per ton"),
    }
}

/// A sourced figure's range, after its value.
pub fn source_range(range: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（区间 {range}）"),
        Lang::En => format!(" (range {range})"),
    }
}

/// An edited figure's sourced value.
pub fn edited_sourced_value(sourced: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("✎ 已修改；来源数值 {sourced}"),
        Lang::En => format!("✎ edited; sourced value {sourced}"),
    }
}

/// A stage whose added value is of a year far from the price year (more than `max` years),
/// on its mark in the path: the year, and that it is not indexed.
pub fn stale_figure(step: &str, year: i32, price_year: i32, max: i32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "{step}：附加值为{year}年数据，与{price_year}年价格相差超过{max}年，未按价格指数调整"
        ),
        Lang::En => format!(
            "{step}: added value of {year}, more than {max} years from the {price_year} prices, not indexed"
        ),
    }
}
