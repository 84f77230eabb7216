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
        DefinitionPerTon => "标题数字按产品中所含的每吨金属计（“一吨铝加工成……”），即各工序附加值之和。按每吨产品报价的复合产品（带绝缘层的电缆、钢芯铝绞线、带玻璃或面料的家具）先除以其含金属量。加工废料回炉重熔、循环使用，只有熔炼烧损损失，所以产品中每吨金属只多耗一点金属；按每吨净耗金属计的数字列在旁边，二者相差不超过烧损。", "The headline is per ton of metal contained in the product (“a ton of aluminium processed into …”): the sum of the steps' added values. A price quoted per ton of a composite product (cable with its insulation, conductor with its steel core, furniture with its glass or fabric) is first divided by its metal content. Process scrap is remelted and goes round; only the melt loss is lost, so a ton of metal in the product uses little more than a ton of metal. The figure per ton of metal consumed stands beside it; the two differ by no more than the melt loss.";
        TermProcessing => "初加工与精深加工", "First and deep processing";
        DefinitionRetainedValue => "只计本地完成的工序的附加值；在外地完成的工序，其附加值流出本地区。", "Added value of the steps done locally; the value of steps done elsewhere leaves the region.";
        TermValueAdded => "增加值与附加值", "Value added (增加值) and added value (附加值)";
        DefinitionValueAdded => "附加值是产品价格减去所含金属的价格，即加工费，其中包括外购的材料、能源和服务。增加值是国民经济核算（GDP）中的概念，还要再扣除这些外购的中间投入，只剩下劳动者报酬、生产税净额、固定资产折旧和营业盈余。地方政府的目标和统计公报通常用增加值或产值表述。这里的增加值是估算：按每个加工层级的增加值占加工费的比例（有区间）乘以附加值，所以它总小于附加值，并标注“估算”。", "Added value (附加值) is the product's price minus the price of the metal in it: the processing fee, which still includes bought-in materials, energy and services. Value added (增加值) is the national accounts' (GDP) measure: it also subtracts those bought-in inputs, leaving wages, net taxes on production, depreciation and operating surplus. Local governments set and report targets in value added or in output value. The value added here is an estimate: added value times the share of it that is value added at each processing level (a sourced or judged range), so it is always less than added value and is badged as an estimate.";
        TermFactoryMethod => "工业总产值与“工厂法”", "Gross output (工业总产值) and the factory method";
        DefinitionFactoryMethod => "统计部门按“工厂法”计算工业总产值：以企业为单位，把每家企业销售或生产的产品价值相加，企业内部各车间之间转移的产品不计。因此同一吨铝在几家独立企业之间逐级销售，会被计算几次；若铸造与加工在同一家企业内，中间的铝棒、铝杆不再单独计入。本计算器给出三种企业边界：各环节为独立企业（上限）、铸造并入加工企业、全链为一家企业（下限），并标明所选的一种。外售的废料不是产品，不计入。", "Statistics count gross output by the factory method: firm by firm, the value of every product each firm sells or makes, not counting what one workshop passes to another inside the firm. A ton of aluminium sold on from one separate firm to the next is therefore counted once per firm; if the casthouse belongs to the firm that processes its metal, the billet and rod in between are not counted on their own. The calculator gives three firm boundaries: every stage a separate firm (the upper bound), the casthouse inside the processing firms, and the whole chain as one firm (the lower bound), and marks the one chosen. Scrap sold is not a product and is not counted.";
        DefinitionStatisticalBasis => "市场价格（如现货价、加工费报价）通常含增值税；统计部门计算产值和增加值时用不含税价格。切换到统计口径后，所有金额都除以（1 + 增值税税率），吨数和比率不变。地方目标如未说明是否含税，计算器按两种口径分别判断是否达到。", "Market prices (spot prices, quoted processing fees) usually include VAT; statistics value output and value added without it. On the statistical basis every amount is divided by (1 + the VAT rate); tons and ratios stay as they are. Where a local target does not say whether it includes VAT, the calculator holds it against both bases.";
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
        MetalThroughFirstStep => "首道工序投入金属（按产品中每吨金属计）", "Metal through the first step, per ton in the product";
        NetMetalPerTon => "净耗金属（按产品中每吨金属计）", "Metal consumed net, per ton in the product";
        MeltLossOfRemelted => "熔炼烧损率（回炉废料）", "Melt loss (of remelted scrap)";
        SourcesTitle => "数据来源", "Sources";
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
