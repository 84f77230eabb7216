//! Every text of the components (src/ui) in both languages, in one place: `Text` for the
//! fixed texts, one function per text with arguments. Each is one exhaustive match over the
//! languages, so a text does not compile until it has its Chinese and its English. Pure (no
//! web dependency), so the texts are tested natively.
use crate::i18n::Lang;

/// Declares `Text` and `Text::ALL` from one list, so the list cannot fall out of step with
/// the enum: `ALL[i] as usize == i` by construction.
macro_rules! texts {
    ($($variant:ident,)*) => {
        /// Every fixed text of the interface, grouped by the component that shows it. A
        /// text several components show (the same in both languages) is one variant,
        /// listed first, under the components that show it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($variant,)*
        }

        impl Text {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Text] = &[$(Text::$variant,)*];
        }
    };
}

texts! {
    // assumptions_panel.rs, compare_chart.rs
    YuanPerTon,
    // assumptions_panel.rs, compare_table.rs, result_card.rs
    AddedValuePerTon,
    // chain_map.rs, chart_kind.rs
    ChainMap,
    // chart_card.rs, compare_view.rs
    Table,
    // compare_table.rs, mix_editor.rs, product_picker.rs, scenario_tons.rs
    Product,
    // compare_table.rs, result_card.rs, waterfall_chart.rs
    OutputValuePerTon,
    // compare_table.rs, view_tabs.rs
    ViewPath,
    // assumptions_panel.rs, definitions_panel.rs, sources (the term of a step's yield)
    MetalYield,
    // definitions_panel.rs, scenario_summary.rs, scenario_text.rs
    MetricOutputValue,
    MetricRetainedValue,
    // mix_editor.rs, scenario_summary.rs, scenario_tons.rs
    Plan,
    Baseline,
    // sankey_chart.rs, scenario_inputs.rs
    TonsPerYear,
    // sankey_chart.rs, scenario_presets.rs
    ProcessScrap,
    // definitions_panel.rs, sankey_chart.rs, scenario_summary.rs
    MeltLoss,
    ScrapSold,
    // scenario_inputs.rs, scenario_view.rs
    InputsTitle,
    // scenario_summary.rs, scenario_text.rs (and definitions_panel.rs: the deep-processing rate)
    MetricAddedValue,
    MetricGrossOutput,
    MetricDeepProcessingRate,
    // scenario_summary.rs, scenario_tons.rs
    Change,
    // app.rs
    LoadingDataset,
    // prerender.rs (a pre-rendered page's <noscript>)
    NoScriptNote,
    // not_found.rs (the "page not found" pages, 404.html and en/404.html)
    NotFoundTitle,
    NotFoundLead,
    NotFoundSuggestion,
    NotFoundHome,
    NotFoundPages,
    // assumptions_panel.rs
    AssumptionsTitle,
    AssumptionsIntro,
    ResetAll,
    PriceHeading,
    StepsOnPathHeading,
    NoStepsOnPath,
    RecyclingTag,
    // chain_map.rs
    ScrapBand,
    RecyclingLabel,
    OnCurrentPath,
    ChainMapTitle,
    ProductsByStage,
    // chart_kind.rs
    ChartNameCompare,
    ChartNameWaterfall,
    ChartNameSankey,
    ChartNameTrajectory,
    ChartNameTornado,
    ChartNameUncertaintyBand,
    // compare_chart.rs
    ArticleFigureSuffix,
    CompareChartTitleLog,
    CompareChartTitleLinear,
    // compare_table.rs
    ArticleFigure,
    CompareTableCaption,
    RangeYuanPerTon,
    WeakestSource,
    // compare_view.rs
    CompareError,
    CompareEmpty,
    CompareTitle,
    CompareLead,
    ShowAs,
    Chart,
    EndProductsOnly,
    Scale,
    LogScale,
    LinearScale,
    ProductsRanked,
    // currency_picker.rs
    CurrencyLegend,
    CurrencyCode,
    CurrencyRate,
    YuanOnly,
    CurrencyCodeError,
    CurrencyExample,
    // dataset_import.rs
    DatasetLegend,
    InUse,
    ImportHint,
    ImportFile,
    ExportDataset,
    ImportNotKept,
    // definitions_panel.rs
    DefinitionsSummary,
    TermAddedValue,
    TermGrossOutput,
    DefinitionPerTon,
    TermProcessing,
    DefinitionRetainedValue,
    TermPriceBasis,
    DefinitionPriceBasis,
    TermBadges,
    DefinitionBadges,
    DefinitionYield,
    DefinitionMeltLoss,
    DefinitionDeepProcessingRate,
    TermMultipliers,
    // embed_bar.rs
    OpenFullCalculator,
    // figure_editor.rs
    FigureRange,
    YourValue,
    // goal_seek_panel.rs
    GoalSeekNoTarget,
    GoalReached,
    GoalMet,
    GoalUnreachable,
    ApplyMix,
    ApplyClosestMix,
    GoalSeekTitle,
    // header.rs
    ShareButton,
    // language_switch.rs
    LanguageLabel,
    // mix_editor.rs
    RoomLeft,
    MadeHere,
    MixHint,
    InAll,
    // notices.rs
    Dismiss,
    // number_input.rs
    ResetToSourced,
    EditedMark,
    // path_view.rs
    SourcesSummary,
    PathError,
    // product_picker.rs
    LevelSmelting,
    LevelFirstProcessing,
    LevelDeepProcessing,
    LevelEndProducts,
    LevelOther,
    // result_card.rs
    RangeLabel,
    RangeNote,
    RatioNote,
    IncludesEdited,
    ListSeparator,
    HeadlineSource,
    MetalThroughFirstStep,
    NetMetalPerTon,
    // sankey_chart.rs
    Remelted,
    SankeyTitle,
    SankeyEmpty,
    ShowInYuan,
    SankeyHintTonnes,
    FlowsTableCaption,
    SankeyLegendProduct,
    SankeyLegendSold,
    SankeyLegendRecycle,
    From,
    To,
    YuanPerYear,
    // saved_views.rs
    SaveFailed,
    StorageUnavailable,
    DiscardUnreadable,
    NoSavedViews,
    Open,
    Delete,
    SavedViewsTitle,
    NameLabel,
    NamePlaceholder,
    Save,
    // scenario_inputs.rs
    YearsToPlan,
    YearsUnit,
    Ramp,
    RampLinear,
    RampSCurve,
    TargetMetric,
    NoTarget,
    TargetValue,
    YuanUnit,
    // scenario_presets.rs
    CurrentPlan,
    StartFromPlan,
    PlanStatedBasis,
    TargetReached,
    TargetNotReached,
    PresetTargetsCaption,
    Basis,
    Target,
    ThisScenario,
    Result,
    BaselineSource,
    PresetsTitle,
    NoPresets,
    ScrapRemeltedHere,
    ScrapSoldAsScrap,
    ScrapPriceLabel,
    // scenario_results.rs
    TabFlows,
    TabProducts,
    TabYears,
    TabUncertainty,
    ScenarioResults,
    // scenario_summary.rs
    LeakedValue,
    Electricity,
    Jobs,
    MetalConsumed,
    ProcessScrapRound,
    Co2Tonnes,
    FigurePerYear,
    SummaryTitle,
    ComparisonTable,
    // scenario_text.rs
    ScrapPrice,
    MeltLossRate,
    RegionTonnage,
    // scenario_tons.rs
    TonsTitle,
    TonsEmpty,
    // scenario_view.rs
    ScenarioTitle,
    MixTitle,
    UpliftTitle,
    UncertaintyTitle,
    FigureLabel,
    // share_panel.rs
    CopySelected,
    ChartGone,
    ShareTitle,
    CloseShare,
    Close,
    LinkToView,
    LinkWhat,
    Copy,
    EmbedCodeLabel,
    EmbedWhat,
    Downloads,
    CsvHint,
    DownloadCompareCsv,
    DownloadScenarioCsv,
    DownloadAssumptionsJson,
    NoCharts,
    Charts,
    // sources_panel.rs
    MeltLossOfRemelted,
    SourcesTitle,
    // tornado_chart.rs
    TornadoEmpty,
    TornadoHint,
    TornadoTableCaption,
    FigureColumn,
    TornadoRange,
    AtLow,
    AtHigh,
    Swing,
    // trajectory_chart.rs
    NoTargetSet,
    BaselineMeetsTarget,
    Yes,
    No,
    YearAxis,
    YearsTableCaption,
    Year,
    ShareProcessed,
    MeetsTarget,
    // uncertainty_band.rs
    ChanceBelow,
    EvenChance,
    ChanceAbove,
    // update_notice.rs
    NewVersion,
    Reload,
    // uplift_editor.rs
    UpliftLegend,
    Step,
    Uplift,
    // view_tabs.rs
    ViewsLabel,
    ViewCompare,
    ViewScenario,
    // waterfall_chart.rs
    AddedValueTotal,
    WaterfallTitle,
    StageColumn,
    Increment,
    Cumulative,
    SourceType,
    Total,
    StageByStage,
    WaterfallLegendSourced,
    WaterfallLegendEstimate,
    WaterfallLegendTotal,
}

impl Text {
    /// The text in a language.
    pub fn get(self, lang: Lang) -> &'static str {
        use Lang::*;
        use Text::*;
        match (self, lang) {
            // assumptions_panel.rs, compare_chart.rs
            (YuanPerTon, Zh) => "元/吨",
            (YuanPerTon, En) => "yuan/t",
            // assumptions_panel.rs, compare_table.rs, result_card.rs
            (AddedValuePerTon, Zh) => "每吨附加值",
            (AddedValuePerTon, En) => "Added value per ton",
            // chain_map.rs, chart_kind.rs
            (ChainMap, Zh) => "产业链图",
            (ChainMap, En) => "Chain map",
            // chart_card.rs, compare_view.rs
            (Table, Zh) => "表格",
            (Table, En) => "Table",
            // compare_table.rs, mix_editor.rs, product_picker.rs, scenario_tons.rs
            (Product, Zh) => "产品",
            (Product, En) => "Product",
            // compare_table.rs, result_card.rs, waterfall_chart.rs
            (OutputValuePerTon, Zh) => "每吨产值",
            (OutputValuePerTon, En) => "Output value per ton",
            // compare_table.rs, view_tabs.rs
            (ViewPath, Zh) => "加工路径",
            (ViewPath, En) => "Path",
            // assumptions_panel.rs, definitions_panel.rs, sources
            // One term per concept: 成材率, not 金属收得率. 成材率 is what extruders, rolling
            // mills and wire-drawers call the share of the metal that becomes their product
            // (挤压成材率, 板带成材率), and the word the rest of the interface already used;
            // 收得率 is a smelter's and foundry's word for metal recovered from a melt.
            (MetalYield, Zh) => "成材率",
            (MetalYield, En) => "Yield",
            // definitions_panel.rs, scenario_summary.rs, scenario_text.rs
            (MetricOutputValue, Zh) => "产值",
            (MetricOutputValue, En) => "Output value",
            (MetricRetainedValue, Zh) => "留在本地的附加值",
            (MetricRetainedValue, En) => "Value retained in the region",
            // mix_editor.rs, scenario_summary.rs, scenario_tons.rs
            (Plan, Zh) => "规划",
            (Plan, En) => "Plan",
            (Baseline, Zh) => "基准年",
            (Baseline, En) => "Baseline",
            // sankey_chart.rs, scenario_inputs.rs
            (TonsPerYear, Zh) => "吨/年",
            (TonsPerYear, En) => "t/year",
            // sankey_chart.rs, scenario_presets.rs
            (ProcessScrap, Zh) => "加工废料",
            (ProcessScrap, En) => "Process scrap",
            // sankey_chart.rs, scenario_summary.rs
            (MeltLoss, Zh) => "熔炼烧损",
            (MeltLoss, En) => "Melt loss",
            (ScrapSold, Zh) => "废料外售",
            (ScrapSold, En) => "Scrap sold",
            // scenario_inputs.rs, scenario_view.rs
            (InputsTitle, Zh) => "产量、年限与目标",
            (InputsTitle, En) => "Tonnage, years and target",
            // scenario_summary.rs, scenario_text.rs
            (MetricAddedValue, Zh) => "附加值",
            (MetricAddedValue, En) => "Added value",
            (MetricGrossOutput, Zh) => "统计口径产值",
            (MetricGrossOutput, En) => "Gross output (as statistics count it)",
            (MetricDeepProcessingRate, Zh) => "精深加工率",
            (MetricDeepProcessingRate, En) => "Deep-processing rate",
            // scenario_summary.rs, scenario_tons.rs
            (Change, Zh) => "变化",
            (Change, En) => "Change",
            // app.rs
            (LoadingDataset, Zh) => "正在加载链接中的数据集……",
            (LoadingDataset, En) => "Loading the link's dataset…",
            (NoScriptNote, Zh) => "此页显示默认数据下的结果。选择其他产品、修改数字、导出和分享需要启用 JavaScript。",
            (NoScriptNote, En) => "This page shows the results for the default figures. Picking another product, changing figures, exporting and sharing need JavaScript.",
            // not_found.rs
            (NotFoundTitle, Zh) => "找不到这个页面",
            (NotFoundTitle, En) => "Page not found",
            (NotFoundLead, Zh) => "这个地址没有对应的页面，可能是地址输错了，或者链接已经过期。",
            (NotFoundLead, En) => "There is no page at this address: it may be mistyped, or the link may be out of date.",
            (NotFoundSuggestion, Zh) => "您要找的可能是：",
            (NotFoundSuggestion, En) => "Did you mean:",
            (NotFoundHome, Zh) => "回到计算器首页",
            (NotFoundHome, En) => "Go to the calculator's home page",
            (NotFoundPages, Zh) => "计算器的各个页面",
            (NotFoundPages, En) => "Every page of the calculator",
            // assumptions_panel.rs
            (AssumptionsTitle, Zh) => "假设与数据",
            (AssumptionsTitle, En) => "Assumptions and data",
            (AssumptionsIntro, Zh) => "下列每个数字都可以修改：可输入 80000、80,000、8万 或全角数字；成材率可写 98%。修改过的数字会标出，可逐项或全部恢复来源数值。",
            (AssumptionsIntro, En) => "Every figure below can be changed: type 80000, 80,000 or 8万 (full-width digits too); yields as 98%. Changed figures are marked and can be reset one by one or all at once.",
            (ResetAll, Zh) => "全部恢复来源数值",
            (ResetAll, En) => "Reset all to sourced values",
            (PriceHeading, Zh) => "价格",
            (PriceHeading, En) => "Price",
            (StepsOnPathHeading, Zh) => "当前路径的工序",
            (StepsOnPathHeading, En) => "Steps on the current path",
            (NoStepsOnPath, Zh) => "当前路径没有加工工序。",
            (NoStepsOnPath, En) => "The current path has no processing step.",
            (RecyclingTag, Zh) => "回收",
            (RecyclingTag, En) => "recycling",
            // chain_map.rs
            (ScrapBand, Zh) => "废料与再生",
            (ScrapBand, En) => "Scrap and recycling",
            (RecyclingLabel, Zh) => "回收再生",
            (RecyclingLabel, En) => "recycling",
            (OnCurrentPath, Zh) => "（在当前路径上）",
            (OnCurrentPath, En) => " (on the current path)",
            (ChainMapTitle, Zh) => "产业链图：按加工阶段排列的产品和加工步骤",
            (ChainMapTitle, En) => "Chain map: products by stage and the production steps between them",
            (ProductsByStage, Zh) => "按阶段列出的产品",
            (ProductsByStage, En) => "Products by stage",
            // chart_kind.rs
            (ChartNameCompare, Zh) => "产品比较图",
            (ChartNameCompare, En) => "Comparison chart",
            (ChartNameWaterfall, Zh) => "逐级增值图",
            (ChartNameWaterfall, En) => "Stage-by-stage chart",
            (ChartNameSankey, Zh) => "金属流向图",
            (ChartNameSankey, En) => "Metal flow (Sankey)",
            (ChartNameTrajectory, Zh) => "逐年轨迹图",
            (ChartNameTrajectory, En) => "Year-by-year trajectory",
            (ChartNameTornado, Zh) => "敏感性（龙卷风）图",
            (ChartNameTornado, En) => "Sensitivity (tornado)",
            (ChartNameUncertaintyBand, Zh) => "不确定性区间图",
            (ChartNameUncertaintyBand, En) => "Uncertainty band",
            // compare_chart.rs
            (ArticleFigureSuffix, Zh) => " · 原文数字",
            (ArticleFigureSuffix, En) => " · the article's figure",
            (CompareChartTitleLog, Zh) => "各产品每吨附加值（元/吨，对数刻度）",
            (CompareChartTitleLog, En) => "Added value per ton by end product (yuan/t, log scale)",
            (CompareChartTitleLinear, Zh) => "各产品每吨附加值（元/吨，线性刻度）",
            (CompareChartTitleLinear, En) => "Added value per ton by end product (yuan/t, linear scale)",
            // compare_table.rs
            (ArticleFigure, Zh) => "原文数字",
            (ArticleFigure, En) => "the article's figure",
            (CompareTableCaption, Zh) => "各产品沿默认路径的每吨附加值（从高到低）",
            (CompareTableCaption, En) => "Added value per ton of each product along its default path (highest first)",
            (RangeYuanPerTon, Zh) => "范围（元/吨）",
            (RangeYuanPerTon, En) => "Range (yuan/t)",
            (WeakestSource, Zh) => "最弱来源",
            (WeakestSource, En) => "Weakest source",
            // compare_view.rs
            (CompareError, Zh) => "无法计算比较：",
            (CompareError, En) => "The comparison cannot be computed: ",
            (CompareEmpty, Zh) => "这个数据集没有可比较的终端产品。",
            (CompareEmpty, En) => "This dataset has no end products to compare.",
            (CompareTitle, Zh) => "各产品每吨附加值比较",
            (CompareTitle, En) => "Added value per ton, by product",
            (CompareLead, Zh) => "每种产品沿其默认加工路径（从起点产品起）计算，中间产品（本身也出售）与终端产品并列；标有“原文数字”的是原报道给出的数字。细线表示估算的高低范围。点击产品查看其加工路径。",
            (CompareLead, En) => "Each product along its default path from the start of the chain; intermediates, which are sold too, stand beside the end products, and the source article's own figures are marked. Thin lines show the low–high range of estimates. Pick a product to see its path.",
            (ShowAs, Zh) => "显示方式",
            (ShowAs, En) => "Show as",
            (Chart, Zh) => "图表",
            (Chart, En) => "Chart",
            (EndProductsOnly, Zh) => "只看终端产品",
            (EndProductsOnly, En) => "End products only",
            (Scale, Zh) => "坐标刻度",
            (Scale, En) => "Scale",
            (LogScale, Zh) => "对数刻度",
            (LogScale, En) => "Log scale",
            (LinearScale, Zh) => "线性刻度",
            (LinearScale, En) => "Linear scale",
            (ProductsRanked, Zh) => "产品排序",
            (ProductsRanked, En) => "Products ranked",
            // currency_picker.rs
            (CurrencyLegend, Zh) => "同时以另一种货币显示金额",
            (CurrencyLegend, En) => "Also show amounts in another currency",
            (CurrencyCode, Zh) => "货币代码",
            (CurrencyCode, En) => "Currency code",
            (CurrencyRate, Zh) => "每 1 元人民币可兑换的该货币数额",
            (CurrencyRate, En) => "Units of that currency per 1 yuan",
            (YuanOnly, Zh) => "只用人民币",
            (YuanOnly, En) => "Yuan only",
            (CurrencyCodeError, Zh) => "请输入三个字母的货币代码，例如 USD 或 EUR。",
            (CurrencyCodeError, En) => "Enter a three-letter code such as USD or EUR.",
            (CurrencyExample, Zh) => "例如：USD，0.14（1 元约合 0.14 美元）。",
            (CurrencyExample, En) => "For example: USD at 0.14 (one yuan is about 0.14 US dollars).",
            // dataset_import.rs
            (DatasetLegend, Zh) => "数据集",
            (DatasetLegend, En) => "Dataset",
            (InUse, Zh) => "正在使用：",
            (InUse, En) => "In use: ",
            // What a visitor needs to know; the format's version and its spec stay in
            // docs/dataset-format.md.
            (ImportHint, Zh) => "可导入另一条产业链的数据：由本计算器导出、或按同样格式编写的 JSON 文件，不超过 2 MB。文件只在你的浏览器中读取，不会上传。",
            (ImportHint, En) => "Import another chain's data: a JSON file exported from this calculator, or written in the same format, at most 2 MB. The file is read in your browser and never uploaded.",
            (ImportFile, Zh) => "导入数据集（JSON 文件，也可拖放到此处）",
            (ImportFile, En) => "Import a dataset (JSON file, or drop it here)",
            (ExportDataset, Zh) => "导出当前数据集",
            (ExportDataset, En) => "Export the current dataset",
            (ImportNotKept, Zh) => "浏览器存储已满或不可用：重新加载页面后需再次导入此数据集。",
            (ImportNotKept, En) => "The browser's storage is full or unavailable: after a reload, import this dataset again.",
            // definitions_panel.rs
            (DefinitionsSummary, Zh) => "这些数字是什么意思",
            (DefinitionsSummary, En) => "What these figures mean",
            (TermAddedValue, Zh) => "附加值（加工附加值）",
            (TermAddedValue, En) => "Added value (processing)",
            (TermGrossOutput, Zh) => "统计口径产值",
            (TermGrossOutput, En) => "Gross output, as statistics count it",
            (DefinitionPerTon, Zh) => "标题数字按每吨产品计，即各工序附加值之和。加工废料回炉重熔、循环使用，只有熔炼烧损损失，所以每吨产品只比一吨金属多耗一点；按每吨净耗金属计的数字列在旁边，二者相差不超过烧损。",
            (DefinitionPerTon, En) => "The headline is per ton of product: the sum of the steps' added values. Process scrap is remelted and goes round; only the melt loss is lost, so a ton of product uses little more than a ton of metal. The figure per ton of metal consumed stands beside it; the two differ by no more than the melt loss.",
            (TermProcessing, Zh) => "初加工与精深加工",
            (TermProcessing, En) => "First and deep processing",
            (DefinitionRetainedValue, Zh) => "只计本地完成的工序的附加值；在外地完成的工序，其附加值流出本地区。",
            (DefinitionRetainedValue, En) => "Added value of the steps done locally; the value of steps done elsewhere leaves the region.",
            (TermPriceBasis, Zh) => "价格口径",
            (TermPriceBasis, En) => "Price basis",
            (DefinitionPriceBasis, Zh) => "所有金额都按数据集所述年份的价格计算，并注明是否含增值税；其他年份的数据保留其本身的年份，不做隐含的价格调整。",
            (DefinitionPriceBasis, En) => "Every amount is at the prices of the year the dataset states, with VAT included or not as it says; figures of other years keep their own year, with no hidden indexing.",
            (TermBadges, Zh) => "来源标记",
            (TermBadges, En) => "Source badges",
            (DefinitionBadges, Zh) => "报道：出自原文报道；公开数据：直接取自具名公开来源；推算：由公开数字计算得出，出处写明算法；估算：判断得出，并给出区间。",
            (DefinitionBadges, En) => "Article: stated in the source article. Published: taken as it stands from a named public source. Derived: computed from published figures, the citation gives the computation. Estimate: judged, with a range.",
            (DefinitionYield, Zh) => "进入一道工序的金属中，最终成为该工序产品的比例。其余是加工废料（切头、边角料、切屑），回炉重熔后再用，只损失熔炼烧损。",
            (DefinitionYield, En) => "The share of the metal entering a step that ends up in its product. The rest is process scrap (crops, offcuts, chips), remelted and used again; only the melt loss is lost.",
            (DefinitionMeltLoss, Zh) => "加工废料回炉重熔时氧化成渣、损失掉的金属比例；废料循环中只有这一部分真正损失。",
            (DefinitionMeltLoss, En) => "The share of remelted process scrap lost as dross: the only metal the scrap loop really loses.",
            (DefinitionDeepProcessingRate, Zh) => "本地区的金属中送往精深加工产品（含终端产品）的份额；只做初加工的金属和直接外销的金属都不计入（见“初加工与精深加工”）。",
            (DefinitionDeepProcessingRate, En) => "The share of the region's metal sent to deep-processed products, end products included; metal only first-processed or sold unprocessed does not count (see “First and deep processing”).",
            (TermMultipliers, Zh) => "倍数",
            (TermMultipliers, En) => "Multipliers",
            // embed_bar.rs
            (OpenFullCalculator, Zh) => "打开完整计算器 ↗",
            (OpenFullCalculator, En) => "Open the full calculator ↗",
            // figure_editor.rs
            (FigureRange, Zh) => "范围 ",
            (FigureRange, En) => "range ",
            (YourValue, Zh) => "你的数值：",
            (YourValue, En) => "your value: ",
            // goal_seek_panel.rs
            (GoalSeekNoTarget, Zh) => "请先在上方设定目标。",
            (GoalSeekNoTarget, En) => "Set a target above to find the mix that reaches it.",
            (GoalReached, Zh) => "可以达到",
            (GoalReached, En) => "Reachable",
            (GoalMet, Zh) => "已达到",
            (GoalMet, En) => "Met",
            (GoalUnreachable, Zh) => "无法达到",
            (GoalUnreachable, En) => "Unreachable",
            (ApplyMix, Zh) => "采用这一组合",
            (ApplyMix, En) => "Apply this mix",
            (ApplyClosestMix, Zh) => "采用最佳组合",
            (ApplyClosestMix, En) => "Apply the best mix",
            (GoalSeekTitle, Zh) => "什么组合能达到目标？",
            (GoalSeekTitle, En) => "What mix reaches the target?",
            // header.rs
            (ShareButton, Zh) => "分享 / 导出",
            (ShareButton, En) => "Share / export",
            // language_switch.rs
            (LanguageLabel, Zh) => "语言",
            (LanguageLabel, En) => "Language",
            // mix_editor.rs
            (RoomLeft, Zh) => "其余产品留下的余地",
            (RoomLeft, En) => "The room the other products leave",
            (MadeHere, Zh) => "本地",
            (MadeHere, En) => "Made here",
            (MixHint, Zh) => "“本地”未勾选的产品由外地加工，其工序的附加值流出本地。",
            (MixHint, En) => "Products not ticked as made here are made elsewhere: the value their steps add leaks out of the region.",
            (InAll, Zh) => "合计",
            (InAll, En) => "In all",
            // notices.rs
            (Dismiss, Zh) => "知道了",
            (Dismiss, En) => "Dismiss",
            // number_input.rs
            (ResetToSourced, Zh) => "恢复来源数值",
            (ResetToSourced, En) => "Reset to the sourced value",
            (EditedMark, Zh) => "（已修改）",
            (EditedMark, En) => " (edited)",
            // path_view.rs
            (SourcesSummary, Zh) => "来源",
            (SourcesSummary, En) => "Sources",
            (PathError, Zh) => "无法计算这条路径：",
            (PathError, En) => "This path cannot be evaluated: ",
            // product_picker.rs
            (LevelSmelting, Zh) => "冶炼",
            (LevelSmelting, En) => "Smelting",
            (LevelFirstProcessing, Zh) => "初加工",
            (LevelFirstProcessing, En) => "First processing",
            (LevelDeepProcessing, Zh) => "精深加工",
            (LevelDeepProcessing, En) => "Deep processing",
            (LevelEndProducts, Zh) => "终端产品",
            (LevelEndProducts, En) => "End products",
            (LevelOther, Zh) => "其他产品",
            (LevelOther, En) => "Other products",
            // result_card.rs
            (RangeLabel, Zh) => "区间 ",
            (RangeLabel, En) => "Range ",
            (RangeNote, Zh) => "（所有数据取低值 / 高值）",
            (RangeNote, En) => " (every figure at its low / high)",
            (RatioNote, Zh) => "每吨附加值之比",
            (RatioNote, En) => "ratio of added value per ton",
            (IncludesEdited, Zh) => "含你修改过的数据：",
            (IncludesEdited, En) => "Includes figures you edited: ",
            (ListSeparator, Zh) => "、",
            (ListSeparator, En) => ", ",
            (HeadlineSource, Zh) => "来源：",
            (HeadlineSource, En) => "Source: ",
            (MetalThroughFirstStep, Zh) => "首道工序投入金属（每吨产品）",
            (MetalThroughFirstStep, En) => "Metal through the first step, per ton",
            (NetMetalPerTon, Zh) => "每吨产品净耗金属",
            (NetMetalPerTon, En) => "Metal consumed per ton, net",
            // sankey_chart.rs
            (Remelted, Zh) => "回炉重熔",
            (Remelted, En) => "Remelted",
            (SankeyTitle, Zh) => "规划中金属在产业链中的流向",
            (SankeyTitle, En) => "Metal through the chain in the plan",
            (SankeyEmpty, Zh) => "没有金属可画。",
            (SankeyEmpty, En) => "No metal to draw.",
            (ShowInYuan, Zh) => "以元计",
            (ShowInYuan, En) => "Show in yuan",
            (SankeyHintTonnes, Zh) => "单位：吨/年。各带宽为金属量；加工废料回炉重熔后回到起点，只有熔炼烧损损失。",
            (SankeyHintTonnes, En) => "Tonnes per year: each band is metal. Process scrap is remelted and goes back to the start; only the melt loss is lost.",
            (FlowsTableCaption, Zh) => "流向表",
            (FlowsTableCaption, En) => "Table of flows",
            (SankeyLegendProduct, Zh) => "加工成下一级产品",
            (SankeyLegendProduct, En) => "Made into the next product",
            (SankeyLegendSold, Zh) => "直接出售或烧损",
            (SankeyLegendSold, En) => "Sold as it is, or lost in melting",
            (SankeyLegendRecycle, Zh) => "回炉重熔，回到起点",
            (SankeyLegendRecycle, En) => "Remelted, back to the start",
            (From, Zh) => "从",
            (From, En) => "From",
            (To, Zh) => "到",
            (To, En) => "To",
            (YuanPerYear, Zh) => "元/年",
            (YuanPerYear, En) => "yuan/year",
            // saved_views.rs
            (SaveFailed, Zh) => "无法保存：浏览器存储已满或被禁用。请删除一些已保存的视图，或改用复制链接。",
            (SaveFailed, En) => "Could not save: the browser's storage is full or disabled. Delete some saved views, or copy the link instead.",
            (StorageUnavailable, Zh) => "这个浏览器不允许本页使用本地存储（可能处于隐私模式），无法保存视图。复制链接同样可以保存视图。",
            (StorageUnavailable, En) => "This browser does not let the page use local storage (private mode?), so views cannot be saved here. Copying the link keeps a view too.",
            (DiscardUnreadable, Zh) => "放弃无法读取的数据，重新开始",
            (DiscardUnreadable, En) => "Discard the unreadable data and start a new list",
            (NoSavedViews, Zh) => "还没有保存的视图。",
            (NoSavedViews, En) => "No saved views yet.",
            (Open, Zh) => "打开",
            (Open, En) => "Open",
            (Delete, Zh) => "删除",
            (Delete, En) => "Delete",
            (SavedViewsTitle, Zh) => "已保存的视图",
            (SavedViewsTitle, En) => "Saved views",
            (NameLabel, Zh) => "名称",
            (NameLabel, En) => "Name",
            (NamePlaceholder, Zh) => "给当前视图起个名字",
            (NamePlaceholder, En) => "Name this view",
            (Save, Zh) => "保存",
            (Save, En) => "Save",
            // scenario_inputs.rs
            (YearsToPlan, Zh) => "达到规划所需年数",
            (YearsToPlan, En) => "Years to reach the plan",
            (YearsUnit, Zh) => "年",
            (YearsUnit, En) => "years",
            (Ramp, Zh) => "推进方式",
            (Ramp, En) => "Ramp",
            (RampLinear, Zh) => "线性",
            (RampLinear, En) => "Linear",
            (RampSCurve, Zh) => "S 形",
            (RampSCurve, En) => "S-curve",
            (TargetMetric, Zh) => "目标指标",
            (TargetMetric, En) => "Target figure",
            (NoTarget, Zh) => "不设目标",
            (NoTarget, En) => "No target",
            (TargetValue, Zh) => "目标值（每年）",
            (TargetValue, En) => "Target value (per year)",
            (YuanUnit, Zh) => "元",
            (YuanUnit, En) => "yuan",
            // scenario_presets.rs
            (CurrentPlan, Zh) => "当前规划",
            (CurrentPlan, En) => "Current plan",
            (StartFromPlan, Zh) => "从这一规划出发",
            (StartFromPlan, En) => "Start from this plan",
            (PlanStatedBasis, Zh) => "（规划所用口径）",
            (PlanStatedBasis, En) => " (the basis the plan states)",
            (TargetReached, Zh) => "达到",
            (TargetReached, En) => "reached",
            (TargetNotReached, Zh) => "未达到",
            (TargetNotReached, En) => "not reached",
            (PresetTargetsCaption, Zh) => "规划自身的目标与本情景的结果",
            (PresetTargetsCaption, En) => "The plan's own targets against this scenario",
            (Basis, Zh) => "口径",
            (Basis, En) => "Basis",
            (Target, Zh) => "目标",
            (Target, En) => "Target",
            (ThisScenario, Zh) => "本情景",
            (ThisScenario, En) => "This scenario",
            (Result, Zh) => "结果",
            (Result, En) => "Result",
            (BaselineSource, Zh) => "基准年：",
            (BaselineSource, En) => "Baseline: ",
            (PresetsTitle, Zh) => "从有来源的规划出发",
            (PresetsTitle, En) => "Start from a sourced plan",
            (NoPresets, Zh) => "这个数据集没有规划。",
            (NoPresets, En) => "This dataset has no plans.",
            (ScrapRemeltedHere, Zh) => "在本地回炉重熔（只损失烧损）",
            (ScrapRemeltedHere, En) => "remelted here (only the melt loss is lost)",
            (ScrapSoldAsScrap, Zh) => "作为废料外售（按废料价格计入产值）",
            (ScrapSoldAsScrap, En) => "sold as scrap (at the scrap price, in output value)",
            (ScrapPriceLabel, Zh) => "废料价格 ",
            (ScrapPriceLabel, En) => "Scrap price ",
            // scenario_results.rs
            (TabFlows, Zh) => "金属流向",
            (TabFlows, En) => "Flows",
            (TabProducts, Zh) => "各产品产量",
            (TabProducts, En) => "Products",
            (TabYears, Zh) => "逐年与目标",
            (TabYears, En) => "Year by year",
            (TabUncertainty, Zh) => "不确定性",
            (TabUncertainty, En) => "Uncertainty",
            (ScenarioResults, Zh) => "情景结果",
            (ScenarioResults, En) => "Scenario results",
            // scenario_summary.rs
            (LeakedValue, Zh) => "流出本地的附加值",
            (LeakedValue, En) => "Value leaking out",
            (Electricity, Zh) => "用电量",
            (Electricity, En) => "Electricity",
            (Jobs, Zh) => "就业岗位",
            (Jobs, En) => "Jobs",
            (MetalConsumed, Zh) => "加工耗用的金属",
            (MetalConsumed, En) => "Metal consumed by processing",
            (ProcessScrapRound, Zh) => "加工废料（循环回炉）",
            (ProcessScrapRound, En) => "Process scrap (goes round)",
            (Co2Tonnes, Zh) => "二氧化碳排放（吨）",
            (Co2Tonnes, En) => "CO₂ (tonnes)",
            (FigurePerYear, Zh) => "指标（每年）",
            (FigurePerYear, En) => "Figure (per year)",
            (SummaryTitle, Zh) => "基准年与规划对比",
            (SummaryTitle, En) => "Baseline and plan side by side",
            (ComparisonTable, Zh) => "对比表",
            (ComparisonTable, En) => "Comparison table",
            // scenario_text.rs
            (ScrapPrice, Zh) => "废料价格",
            (ScrapPrice, En) => "Scrap price",
            (MeltLossRate, Zh) => "熔炼烧损率",
            (MeltLossRate, En) => "Melt loss",
            (RegionTonnage, Zh) => "地区产量",
            (RegionTonnage, En) => "Region tonnage",
            // scenario_tons.rs
            (TonsTitle, Zh) => "各产品产量（吨/年）",
            (TonsTitle, En) => "Tons of each product per year",
            (TonsEmpty, Zh) => "两边都没有金属送往产品。",
            (TonsEmpty, En) => "Neither side sends metal to a product.",
            // scenario_view.rs
            (ScenarioTitle, Zh) => "延链情景：基准年与规划",
            (ScenarioTitle, En) => "Chain-extension scenario: baseline and plan",
            (MixTitle, Zh) => "产品组合：基准年与规划",
            (MixTitle, En) => "Products: baseline and plan",
            (UpliftTitle, Zh) => "研发带来的附加值提升",
            (UpliftTitle, En) => "R&D uplift",
            (UncertaintyTitle, Zh) => "规划的不确定性",
            (UncertaintyTitle, En) => "How uncertain the plan is",
            (FigureLabel, Zh) => "指标",
            (FigureLabel, En) => "Figure",
            // share_panel.rs
            (CopySelected, Zh) => "已选中文本，请按 Ctrl+C（或 ⌘C）复制。",
            (CopySelected, En) => "The text is selected: press Ctrl+C (or ⌘C) to copy it.",
            (ChartGone, Zh) => "图表已不在页面上",
            (ChartGone, En) => "the chart is no longer on the page",
            (ShareTitle, Zh) => "分享与导出",
            (ShareTitle, En) => "Share and export",
            (CloseShare, Zh) => "关闭分享与导出",
            (CloseShare, En) => "Close share and export",
            (Close, Zh) => "关闭",
            (Close, En) => "Close",
            (LinkToView, Zh) => "本视图的链接",
            (LinkToView, En) => "Link to this view",
            (LinkWhat, Zh) => "链接",
            (LinkWhat, En) => "Link",
            (Copy, Zh) => "复制",
            (Copy, En) => "Copy",
            (EmbedCodeLabel, Zh) => "嵌入代码（iframe）",
            (EmbedCodeLabel, En) => "Embed code (iframe)",
            (EmbedWhat, Zh) => "嵌入代码",
            (EmbedWhat, En) => "Embed code",
            (Downloads, Zh) => "下载",
            (Downloads, En) => "Downloads",
            // The byte-order mark that makes this true is the exports' detail (src/export.rs).
            (CsvHint, Zh) => "CSV 文件可直接用 Excel 等电子表格打开，中文不会乱码。",
            (CsvHint, En) => "CSV files open directly in Excel and other spreadsheets, Chinese names included.",
            (DownloadCompareCsv, Zh) => "产品比较（CSV）",
            (DownloadCompareCsv, En) => "Comparison (CSV)",
            (DownloadScenarioCsv, Zh) => "延链情景（CSV）",
            (DownloadScenarioCsv, En) => "Scenario (CSV)",
            (DownloadAssumptionsJson, Zh) => "假设与修改（JSON）",
            (DownloadAssumptionsJson, En) => "Assumptions (JSON)",
            (NoCharts, Zh) => "当前视图没有图表。",
            (NoCharts, En) => "The current view has no chart.",
            (Charts, Zh) => "图表",
            (Charts, En) => "Charts",
            // sources_panel.rs
            (MeltLossOfRemelted, Zh) => "熔炼烧损率（回炉废料）",
            (MeltLossOfRemelted, En) => "Melt loss (of remelted scrap)",
            (SourcesTitle, Zh) => "数据来源",
            (SourcesTitle, En) => "Sources",
            // tornado_chart.rs
            (TornadoEmpty, Zh) => "所用数据都没有取值范围。",
            (TornadoEmpty, En) => "None of the figures used has a range.",
            (TornadoHint, Zh) => "每行：该数据取低值 → 取高值时的结果（其余取基准值）。深色段为低值一侧，浅色段为高值一侧。",
            (TornadoHint, En) => "Each row: the result with that figure at its low → at its high (all others at base). Dark segment: low end; light segment: high end.",
            (TornadoTableCaption, Zh) => "敏感性数据表",
            (TornadoTableCaption, En) => "Sensitivity table",
            (FigureColumn, Zh) => "数据",
            (FigureColumn, En) => "Figure",
            (TornadoRange, Zh) => "取值范围（元/吨）",
            (TornadoRange, En) => "Range (yuan/t)",
            (AtLow, Zh) => "取低值时",
            (AtLow, En) => "At low",
            (AtHigh, Zh) => "取高值时",
            (AtHigh, En) => "At high",
            (Swing, Zh) => "摆幅",
            (Swing, En) => "Swing",
            // trajectory_chart.rs
            (NoTargetSet, Zh) => "未设目标。",
            (NoTargetSet, En) => "No target set.",
            (BaselineMeetsTarget, Zh) => "基准年已达到目标。",
            (BaselineMeetsTarget, En) => "The baseline already meets the target.",
            (Yes, Zh) => "是",
            (Yes, En) => "yes",
            (No, Zh) => "否",
            (No, En) => "no",
            (YearAxis, Zh) => "年（0 = 基准年）",
            (YearAxis, En) => "year (0 = baseline)",
            (YearsTableCaption, Zh) => "逐年数据表",
            (YearsTableCaption, En) => "Year-by-year table",
            (Year, Zh) => "年",
            (Year, En) => "Year",
            (ShareProcessed, Zh) => "加工份额",
            (ShareProcessed, En) => "Share processed",
            (MeetsTarget, Zh) => "达到目标",
            (MeetsTarget, En) => "Meets target",
            // uncertainty_band.rs
            (ChanceBelow, Zh) => "有 10% 的可能低于",
            (ChanceBelow, En) => "1 in 10 chance below",
            (EvenChance, Zh) => "高于、低于的可能各半",
            (EvenChance, En) => "Even chance above or below",
            (ChanceAbove, Zh) => "有 10% 的可能高于",
            (ChanceAbove, En) => "1 in 10 chance above",
            // update_notice.rs
            (NewVersion, Zh) => "有新版本可用。",
            (NewVersion, En) => "A new version is available.",
            (Reload, Zh) => "重新加载",
            (Reload, En) => "Reload",
            // uplift_editor.rs
            (UpliftLegend, Zh) => "研发带来的附加值提升（每道工序）",
            (UpliftLegend, En) => "R&D uplift of each step's added value",
            (Step, Zh) => "工序",
            (Step, En) => "Step",
            (Uplift, Zh) => "提升",
            (Uplift, En) => "Uplift",
            // view_tabs.rs
            (ViewsLabel, Zh) => "视图",
            (ViewsLabel, En) => "Views",
            (ViewCompare, Zh) => "产品比较",
            (ViewCompare, En) => "Compare",
            (ViewScenario, Zh) => "延链情景",
            (ViewScenario, En) => "Scenario",
            // waterfall_chart.rs
            (AddedValueTotal, Zh) => "每吨附加值合计",
            (AddedValueTotal, En) => "Added value per ton, total",
            (WaterfallTitle, Zh) => "各加工阶段的每吨附加值（瀑布图）",
            (WaterfallTitle, En) => "Added value per ton, stage by stage (waterfall)",
            (StageColumn, Zh) => "加工阶段",
            (StageColumn, En) => "Stage",
            (Increment, Zh) => "本段附加值",
            (Increment, En) => "Increment",
            (Cumulative, Zh) => "累计",
            (Cumulative, En) => "Cumulative",
            (SourceType, Zh) => "来源类型",
            (SourceType, En) => "Source",
            (Total, Zh) => "合计",
            (Total, En) => "Total",
            (StageByStage, Zh) => "逐段附加值",
            (StageByStage, En) => "Stage by stage",
            (WaterfallLegendSourced, Zh) => "文章或公开资料中的数字（或据此推算）",
            (WaterfallLegendSourced, En) => "From the article or a published source (or computed from them)",
            (WaterfallLegendEstimate, Zh) => "估算的数字",
            (WaterfallLegendEstimate, En) => "An estimate",
            (WaterfallLegendTotal, Zh) => "合计",
            (WaterfallLegendTotal, En) => "The total",
        }
    }
}

// assumptions_panel.rs

/// The count of edited figures, beside "Reset all".
pub fn edits_made(count: usize, lang: Lang) -> String {
    match (count, lang) {
        (0, Lang::Zh) => "所有数字均为来源数值。".to_string(),
        (0, Lang::En) => "All figures are the sourced values.".to_string(),
        (n, Lang::Zh) => format!("已修改 {n} 个数字。"),
        (n, Lang::En) => format!("{n} figure{} changed.", if n == 1 { "" } else { "s" }),
    }
}

/// The summary of the steps off the current path.
pub fn other_steps(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("其他工序 ({count})"),
        Lang::En => format!("Other steps ({count})"),
    }
}

/// How many of the steps off the current path are edited.
pub fn other_steps_edited(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（已修改 {count} 项）"),
        Lang::En => format!(" ({count} edited)"),
    }
}

// chain_map.rs

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

// compare_chart.rs

/// The selected product's bar label.
pub fn current_product(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}（当前）"),
        Lang::En => format!("{name} (current)"),
    }
}

// compare_table.rs

/// A product's button in the comparison table.
pub fn open_its_path(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{name}：查看加工路径"),
        Lang::En => format!("{name}: open its path"),
    }
}

// dataset_import.rs

/// The notice after an import (`name` in the notice's language).
pub fn dataset_imported(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已导入数据集：{name}"),
        Lang::En => format!("Dataset imported: {name}"),
    }
}

/// While a file is read.
pub fn reading_file(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("正在读取 {file}…"),
        Lang::En => format!("Reading {file}…"),
    }
}

/// A refused import, before the list of its problems.
pub fn import_refused(file: &str, problems: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{file} 未导入，当前数据保持不变。发现 {problems} 个问题："),
        Lang::En => format!(
            "{file} was not imported; the current data stays in force. {problems} problem{} found:",
            if problems == 1 { "" } else { "s" }
        ),
    }
}

// format.rs: amounts with their unit (`amount` as `format::number` writes it)

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

// goal_seek_panel.rs

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

// mix_editor.rs

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

// number_input.rs

/// A field's reset button (`field`: the field's label).
pub fn reset_field(field: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("恢复来源数值: {field}"),
        Lang::En => format!("Reset to the sourced value: {field}"),
    }
}

// panic_guard.rs: both languages at once (after a panic the page's state, and with it the
// language, is gone)

/// The message that replaces a dead page.
pub const CRASH_MESSAGE: &str =
    "计算器出错停止了。您的已保存情景没有丢失。 The calculator stopped after an error. Your saved scenarios are kept.";

/// The link that starts the page again.
pub const CRASH_RESTART: &str = "重新开始 · Start again";

// path_chooser.rs

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

// result_card.rs

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

/// The multiplier against the reference product's path (rod in the default dataset).
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

/// What the headline is per ton of: a ton of the path's product, on which each step's added
/// value is counted (docs/model.md, "Two bases").
pub fn per_ton_of_product(product: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("按每吨产品（{product}）计"),
        Lang::En => format!("per ton of product ({product})"),
    }
}

/// The melt loss, beside the metal consumed net.
pub fn of_which_melt_loss(tonnes: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("其中熔炼烧损 {tonnes} 吨"),
        Lang::En => format!("of which melt loss {tonnes} t"),
    }
}

// saved_views.rs

/// After a view is saved under `name`.
pub fn view_saved(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已保存“{name}”。"),
        Lang::En => format!("Saved “{name}”."),
    }
}

/// A saved view's open button.
pub fn open_view(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("打开：{name}"),
        Lang::En => format!("Open: {name}"),
    }
}

/// A saved view's delete button.
pub fn delete_view(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("删除：{name}"),
        Lang::En => format!("Delete: {name}"),
    }
}

// scenario_summary.rs

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

// scenario_text.rs

/// A tornado bar's yield figure, e.g. "Yield Profile → Furniture".
pub fn yield_of(step: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("成材率 {step}"),
        Lang::En => format!("Yield {step}"),
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

// share_panel.rs

/// After a download (`what`: the file's name).
pub fn downloaded(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("已下载：{what}"),
        Lang::En => format!("Downloaded: {what}"),
    }
}

/// A failed download and why.
pub fn download_failed(what: &str, why: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("下载失败（{what}）：{why}"),
        Lang::En => format!("The download failed ({what}): {why}"),
    }
}

/// After a copy (`what`: the link or the embed code).
pub fn copied(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{what}已复制。"),
        Lang::En => format!("{what} copied."),
    }
}

// sources_panel.rs

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

// tornado_chart.rs

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

// trajectory_chart.rs

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

// uncertainty_band.rs

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Units and names a Chinese text may write in Latin letters.
    const LATIN_IN_CHINESE: [&str; 12] = [
        "kWh", "CO₂", "P10", "P50", "P90", "CSV", "JSON", "URL", "BOM", "Excel", "USD", "EUR",
    ];

    /// The longest run of English words (ASCII letters only, two or more, not a unit or a
    /// name) between spaces.
    fn longest_latin_run(text: &str) -> usize {
        let (mut run, mut longest) = (0, 0);
        for token in text.split_whitespace() {
            let word = token.trim_matches(|c: char| c.is_ascii_punctuation());
            let latin = word.len() >= 2
                && word.chars().all(|c| c.is_ascii_alphabetic())
                && !LATIN_IN_CHINESE.contains(&word);
            run = if latin { run + 1 } else { 0 };
            longest = longest.max(run);
        }
        longest
    }

    #[test]
    fn every_text_has_both_languages() {
        for t in Text::ALL {
            assert!(!t.get(Lang::Zh).is_empty(), "{t:?} has no Chinese");
            assert!(!t.get(Lang::En).is_empty(), "{t:?} has no English");
            assert_ne!(t.get(Lang::Zh), t.get(Lang::En), "{t:?} is not translated");
        }
    }

    #[test]
    fn chinese_texts_are_not_english() {
        for t in Text::ALL {
            let zh = t.get(Lang::Zh);
            assert!(longest_latin_run(zh) < 3, "{t:?}: {zh:?}");
        }
        assert_eq!(longest_latin_run("Pick the product to see"), 5);
        assert_eq!(longest_latin_run("Pick a product to see"), 3);
        assert_eq!(
            longest_latin_run("CSV 文件带 BOM，可直接用 Excel 打开。"),
            0
        );
        assert_eq!(longest_latin_run("12 kWh of power"), 2);
    }

    #[test]
    fn all_lists_every_variant_once_in_its_place() {
        for (i, t) in Text::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i, "{t:?}");
        }
        let distinct: HashSet<Text> = Text::ALL.iter().copied().collect();
        assert_eq!(distinct.len(), Text::ALL.len());
    }

    #[test]
    fn a_text_two_components_share_is_one_variant() {
        let mut seen = HashSet::new();
        for t in Text::ALL {
            assert!(
                seen.insert((t.get(Lang::Zh), t.get(Lang::En))),
                "{t:?} repeats another variant's texts"
            );
        }
    }

    #[test]
    fn texts_with_arguments_keep_their_wording() {
        assert_eq!(first_met_in_year(3, Lang::Zh), "第 3 年首次达到目标。");
        assert_eq!(
            first_met_in_year(3, Lang::En),
            "The target is first met in year 3."
        );
        assert_eq!(
            edits_made(0, Lang::En),
            "All figures are the sourced values."
        );
        assert_eq!(edits_made(1, Lang::En), "1 figure changed.");
        assert_eq!(edits_made(2, Lang::Zh), "已修改 2 个数字。");
        assert_eq!(stage(0, Lang::Zh), "起点");
        assert_eq!(stage(-1, Lang::En), "Upstream");
        assert_eq!(stage(2, Lang::Zh), "第2道加工");
        assert_eq!(tonnes("646万", Lang::Zh), "646万 吨");
        assert_eq!(yuan_per_ton("80,000", Lang::En), "80,000 yuan/t");
        assert_eq!(
            import_refused("a.json", 1, Lang::En),
            "a.json was not imported; the current data stays in force. 1 problem found:"
        );
        assert_eq!(source_range("1–2", Lang::Zh), "（区间 1–2）");
        assert_eq!(source_range("1–2", Lang::En), " (range 1–2)");
        assert_eq!(unit_note("亿元", Lang::Zh), " 单位：亿元");
        assert_eq!(amount_unit(2e8, Lang::Zh), (1e8, "亿元"));
        assert_eq!(amount_unit(2e8, Lang::En), (1e6, "million yuan"));
        assert_eq!(
            goal_scaled("50%", "30%", "Added value", "1亿 元", Lang::En),
            "With 50% of the plan's change over the baseline (total 30% processed), added value is 1亿 元."
        );
    }
}
