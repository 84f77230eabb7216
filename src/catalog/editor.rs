//! The chain editor's words (`crate::editor`): its tables, every column's header (built
//! from the figures and parts columns are named by), what a cell that cannot be read
//! needs, why an edit changed nothing, and why a `#chain=` link could not be read. The
//! editor is pure and reads no word: the catalog imports it, never the reverse.
use crate::i18n::Lang;
use crate::model::Name;

/// A word of the editor's column headers and titles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    // Tables.
    ChainTable,
    ProductsTable,
    StepsTable,
    PresetsTable,
    // The chain's figures.
    ChainName,
    Metal,
    Currency,
    Start,
    ReferenceProduct,
    MetalPrice,
    PriceVatIncluded,
    MeltLoss,
    ScrapPrice,
    Vat,
    VatRate,
    PricesIncludeVat,
    Region,
    RegionTonnes,
    // Products.
    Id,
    ProductName,
    Kind,
    Level,
    Local,
    DefaultPath,
    MetalContent,
    ChinaOutput,
    ChinaOutputTonnes,
    ChinaOutputYear,
    // Steps.
    From,
    To,
    Recycling,
    AddedValue,
    Yield,
    StepMeltLoss,
    ValueAddedShare,
    Kwh,
    Co2,
    Jobs,
    // Presets.
    PresetName,
    Tonnage,
    Shares,
    Years,
    Targets,
    Source,
    // Parts.
    Low,
    Base,
    High,
    English,
    Chinese,
    CitationEn,
    CitationZh,
    SourceYear,
    Badge,
    Link,
}

impl Word {
    pub fn get(self, lang: Lang) -> &'static str {
        use Word::*;
        let (zh, en) = match self {
            ChainTable => ("产业链", "Chain"),
            ProductsTable => ("产品", "Products"),
            StepsTable => ("工序", "Steps"),
            PresetsTable => ("预设规划", "Presets"),
            ChainName => ("产业链名称", "Chain name"),
            Metal => ("金属", "Metal"),
            Currency => ("货币", "Currency"),
            Start => ("起点产品", "Start product"),
            ReferenceProduct => ("参照产品", "Reference product"),
            MetalPrice => ("金属价格", "Metal price"),
            PriceVatIncluded => ("金属价格含增值税", "Metal price includes VAT"),
            MeltLoss => ("熔炼烧损率", "Melt loss"),
            ScrapPrice => ("废料价格", "Scrap price"),
            Vat => ("增值税", "VAT"),
            VatRate => ("增值税税率", "VAT rate"),
            PricesIncludeVat => ("价格含增值税", "Prices include VAT"),
            Region => ("地区产能", "Region's capacity"),
            RegionTonnes => ("地区年产量（吨）", "Region's tonnes a year"),
            Id => ("代码", "Id"),
            ProductName => ("产品名称", "Product name"),
            Kind => ("类别", "Kind"),
            Level => ("加工层级", "Processing level"),
            Local => ("本地生产", "Made locally"),
            DefaultPath => ("默认路径", "Default path"),
            MetalContent => ("金属含量", "Metal content"),
            ChinaOutput => ("全国产量", "National output"),
            ChinaOutputTonnes => ("全国产量（吨）", "National output (t)"),
            ChinaOutputYear => ("全国产量年份", "National output year"),
            From => ("投入产品", "From"),
            To => ("产出产品", "To"),
            Recycling => ("回收再生工序", "Recycling step"),
            AddedValue => ("每吨增值", "Added value per ton"),
            Yield => ("成材率", "Yield"),
            StepMeltLoss => ("本工序熔炼烧损率", "Step's melt loss"),
            ValueAddedShare => ("增加值占比", "Value-added share"),
            Kwh => ("每吨耗电（千瓦时）", "Electricity (kWh/t)"),
            Co2 => ("每吨二氧化碳（吨）", "CO₂ (t/t)"),
            Jobs => ("每万吨就业", "Jobs per 10,000 t"),
            PresetName => ("规划名称", "Plan name"),
            Tonnage => ("年吨数", "Tonnes a year"),
            Shares => ("份额", "Shares"),
            Years => ("年限", "Years"),
            Targets => ("目标", "Targets"),
            Source => ("来源", "Source"),
            Low => ("低", "low"),
            Base => ("基准", "base"),
            High => ("高", "high"),
            English => ("英文", "English"),
            Chinese => ("中文", "Chinese"),
            CitationEn => ("出处（英文）", "citation (English)"),
            CitationZh => ("出处（中文）", "citation (Chinese)"),
            SourceYear => ("年份", "year"),
            Badge => ("证据类型", "badge"),
            Link => ("链接", "link"),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// A header of a figure's part: `金属价格（低）`, `Metal price, low`.
pub fn part_header(figure: Word, part: Word, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}（{}）", figure.get(lang), part.get(lang)),
        Lang::En => format!("{}, {}", figure.get(lang), part.get(lang)),
    }
}

/// A header of a part of a figure's source: `金属价格来源：年份`, `Metal price source: year`.
pub fn source_header(figure: Word, part: Word, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}来源：{}", figure.get(lang), part.get(lang)),
        Lang::En => format!("{} source: {}", figure.get(lang), part.get(lang)),
    }
}

/// A blank chain's name and its start product's.
pub fn blank_chain_names() -> (Name, Name) {
    (
        Name {
            en: "New chain".into(),
            zh: "新产业链".into(),
        },
        Name {
            en: "Primary metal".into(),
            zh: "原生金属".into(),
        },
    )
}

/// A cell that needs a number and is blank.
pub fn enter_a_number(lang: Lang) -> String {
    match lang {
        Lang::Zh => "请填写一个数。".into(),
        Lang::En => "Enter a number.".into(),
    }
}

/// A cell that does not read as a number.
pub fn not_a_number(lang: Lang) -> String {
    match lang {
        Lang::Zh => "无法识别为数字：请写成 6460000 或 6,460,000 这样的形式。".into(),
        Lang::En => "Not a number: write it as 6460000 or 6,460,000.".into(),
    }
}

/// A year cell that is not a whole number.
pub fn not_a_year(lang: Lang) -> String {
    match lang {
        Lang::Zh => "请填写四位数的年份，例如 2024。".into(),
        Lang::En => "Enter a year as a whole number, such as 2024.".into(),
    }
}

/// A cell that takes one of some codes.
pub fn choose_one_of(allowed: &[String], lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("请填写以下之一：{}。", allowed.join("、")),
        Lang::En => format!("Enter one of: {}.", allowed.join(", ")),
    }
}

pub fn shares_format(lang: Lang) -> String {
    match lang {
        Lang::Zh => "份额请写成“产品代码:份额”，用逗号分隔，例如 rod:0.5, lv-cable:0.2。".into(),
        Lang::En => {
            "Write shares as <product id>:<share>, separated by commas, e.g. rod:0.5, lv-cable:0.2."
                .into()
        }
    }
}

pub fn targets_format(lang: Lang) -> String {
    match lang {
        Lang::Zh => "目标请写成“指标:数值[:vat|:no-vat][:价格年份]”，用分号分隔，例如 gross:60000000000:vat:2019。".into(),
        Lang::En => "Write targets as <measure>:<value>[:vat|:no-vat][:<price year>], separated by semicolons, e.g. gross:60000000000:vat:2019.".into(),
    }
}

/// A draft's name that cannot be kept.
pub fn draft_name_invalid(max: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("草稿名称最多 {max} 个字符，且不能含控制字符。"),
        Lang::En => {
            format!("A draft's name has at most {max} characters and no control characters.")
        }
    }
}

/// The list of drafts kept in this browser.
pub fn drafts_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "本浏览器保存的草稿",
        Lang::En => "Drafts kept in this browser",
    }
}

pub fn draft_name_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "草稿名称",
        Lang::En => "Draft name",
    }
}

pub fn keep_draft_as(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "以此名称保存",
        Lang::En => "Keep under this name",
    }
}

/// A kept draft without a name: its chain's.
pub fn unnamed_draft(chain: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{chain}（未命名草稿）"),
        Lang::En => format!("{chain} (unnamed draft)"),
    }
}

pub fn open_draft(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("打开草稿“{name}”"),
        Lang::En => format!("Open the draft “{name}”"),
    }
}

pub fn delete_draft(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("删除草稿“{name}”"),
        Lang::En => format!("Delete the draft “{name}”"),
    }
}

pub fn open(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "打开",
        Lang::En => "Open",
    }
}

pub fn delete(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "删除",
        Lang::En => "Delete",
    }
}

/// Drops the draft and returns to the chain it started from.
pub fn discard_draft(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "放弃草稿",
        Lang::En => "Discard draft",
    }
}

pub fn no_drafts(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "还没有保存的草稿。",
        Lang::En => "No draft kept yet.",
    }
}

/// The browser's storage refused the draft (full, or switched off).
pub fn draft_not_kept(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "浏览器未能保存草稿（存储空间已满或已关闭），刷新页面后草稿将丢失。",
        Lang::En => "This browser could not keep the draft (its storage is full or switched off): a reload would lose it.",
    }
}

/// The kept drafts' list could not be read: it is left untouched.
pub fn drafts_unreadable(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "无法读取本浏览器保存的草稿列表（可能由其他版本写入或已损坏），已原样保留。",
        Lang::En => "The list of drafts kept in this browser could not be read (another version wrote it, or it is damaged); it is left as it is.",
    }
}

/// A chain opened from a `#chain=` link: shown, not edited, until the visitor asks for a copy.
pub fn shared_read_only(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "此产业链来自链接，仅供查看。编辑副本不会改变链接中的产业链。",
        Lang::En => "This chain came in a link and is shown read-only. Editing a copy leaves the link's chain as it is.",
    }
}

pub fn edit_a_copy(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "编辑副本",
        Lang::En => "Edit a copy",
    }
}

/// The chain's tables as CSV, and the chain as a dataset file.
pub fn download_tables_csv(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "下载表格（CSV）",
        Lang::En => "Download the tables (CSV)",
    }
}

pub fn download_chain_json(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "下载产业链文件（JSON）",
        Lang::En => "Download the chain file (JSON)",
    }
}

/// The groups of columns a wide table shows one at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnGroup {
    /// What the results read: ids, names, the main figures.
    Main,
    /// Every other figure's source.
    Sources,
    /// A step's own melt loss and value-added share, with their sources.
    LossAndShare,
    /// A product's metal content and national output, with their sources.
    ContentAndOutput,
}

pub fn column_group(group: ColumnGroup, lang: Lang) -> &'static str {
    match (group, lang) {
        (ColumnGroup::Main, Lang::Zh) => "主要数字",
        (ColumnGroup::Main, Lang::En) => "Main figures",
        (ColumnGroup::Sources, Lang::Zh) => "其他数字的来源",
        (ColumnGroup::Sources, Lang::En) => "Other figures' sources",
        (ColumnGroup::LossAndShare, Lang::Zh) => "烧损率与增加值占比",
        (ColumnGroup::LossAndShare, Lang::En) => "Melt loss and value-added share",
        (ColumnGroup::ContentAndOutput, Lang::Zh) => "金属含量与全国产量",
        (ColumnGroup::ContentAndOutput, Lang::En) => "Metal content and national output",
    }
}

/// The label of the choice of columns shown.
pub fn columns_shown(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "显示的列",
        Lang::En => "Columns shown",
    }
}

/// Why an edit changed nothing.
pub fn no_such_cell(lang: Lang) -> String {
    match lang {
        Lang::Zh => "该单元格已不在表中。".into(),
        Lang::En => "That cell is no longer in the table.".into(),
    }
}

pub fn one_row_only(lang: Lang) -> String {
    match lang {
        Lang::Zh => "产业链本身的数字只有一行，不能增删行。".into(),
        Lang::En => "The chain's own figures are one row: no row can be added or removed.".into(),
    }
}

pub fn too_many_rows(max: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("这张表最多 {max} 行。"),
        Lang::En => format!("This table has at most {max} rows."),
    }
}

pub fn nothing_to_undo(lang: Lang) -> String {
    match lang {
        Lang::Zh => "没有可撤销的修改。".into(),
        Lang::En => "Nothing to undo.".into(),
    }
}

pub fn nothing_to_redo(lang: Lang) -> String {
    match lang {
        Lang::Zh => "没有可重做的修改。".into(),
        Lang::En => "Nothing to redo.".into(),
    }
}

pub fn nothing_pasted(lang: Lang) -> String {
    match lang {
        Lang::Zh => "粘贴的内容是空的。".into(),
        Lang::En => "The pasted text is empty.".into(),
    }
}

pub fn undo(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "撤销",
        Lang::En => "Undo",
    }
}

pub fn redo(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "重做",
        Lang::En => "Redo",
    }
}

pub fn add_row(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "添加一行",
        Lang::En => "Add a row",
    }
}

/// Puts the whole chain in a link (`#chain=`).
pub fn copy_chain_link(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "复制产业链链接",
        Lang::En => "Copy a link to this chain",
    }
}

/// The field holding that link.
pub fn chain_link_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "含整条产业链的链接",
        Lang::En => "Link with the whole chain",
    }
}

/// The link was copied.
pub fn chain_link_copied(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "链接已复制。打开它的人会看到同一条产业链。",
        Lang::En => "The link is copied. Whoever opens it sees the same chain.",
    }
}

/// Starts the editor again on a blank chain.
pub fn start_blank(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "从空白产业链开始",
        Lang::En => "Start from a blank chain",
    }
}

pub fn remove_row(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "删除此行",
        Lang::En => "Remove this row",
    }
}

/// The draft is valid: the results show it.
pub fn draft_valid(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "产业链有效，结果已按此更新。",
        Lang::En => "The chain is valid; the results show it.",
    }
}

/// The draft is not valid: the results show the last valid chain.
pub fn draft_invalid(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("有 {count} 处问题需要修正；结果仍显示上一个有效的产业链。"),
        Lang::En => format!(
            "{count} problem{} to fix; the results still show the last valid chain.",
            if count == 1 { "" } else { "s" }
        ),
    }
}

/// Problems that no cell shows.
pub fn chain_problems(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "整个产业链的问题",
        Lang::En => "Problems of the chain as a whole",
    }
}

// Why a `#chain=` link could not be read.

pub fn link_too_long(chars: usize, max: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("链接中的产业链有 {chars} 个字符，最多可读取 {max} 个。"),
        Lang::En => {
            format!("The chain in the link has {chars} characters; at most {max} are read.")
        }
    }
}

pub fn link_damaged(lang: Lang) -> String {
    match lang {
        Lang::Zh => "链接中的产业链已损坏（可能被截断或改动），无法读取。请向对方索取完整链接或 JSON 文件。".into(),
        Lang::En => "The chain in the link is damaged (cut short or changed) and cannot be read. Ask for the whole link or the JSON file.".into(),
    }
}

/// Said without the chain's size: it is read no further than one byte past the limit (a
/// link could otherwise unpack to tens of megabytes first).
pub fn link_too_large(_bytes: usize, max: usize, lang: Lang) -> String {
    let kib = max / 1024;
    match lang {
        Lang::Zh => format!("链接中的产业链解压后超过 {kib} KiB 的上限。"),
        Lang::En => format!("The chain in the link unpacks to more than the limit of {kib} KiB."),
    }
}

pub fn link_invalid(lang: Lang) -> String {
    match lang {
        Lang::Zh => "链接中的产业链不是有效的数据集：".into(),
        Lang::En => "The chain in the link is not a valid dataset:".into(),
    }
}

pub fn link_too_many(count: usize, max: usize, products: bool, lang: Lang) -> String {
    match (lang, products) {
        (Lang::Zh, true) => format!("链接中的产业链有 {count} 个产品，链接最多可带 {max} 个；请改用 JSON 文件。"),
        (Lang::Zh, false) => format!("链接中的产业链有 {count} 道工序，链接最多可带 {max} 道；请改用 JSON 文件。"),
        (Lang::En, true) => format!("The chain in the link has {count} products; a link carries at most {max}. Use the JSON file instead."),
        (Lang::En, false) => format!("The chain in the link has {count} steps; a link carries at most {max}. Use the JSON file instead."),
    }
}

pub fn link_text_too_long(what: &str, max: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("链接中“{what}”的文字超过 {max} 个字符。"),
        Lang::En => format!("A text of '{what}' in the link is over {max} characters."),
    }
}

pub fn link_markup(what: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("链接中“{what}”的名称含有标记或控制字符（< > 等），不予读取。"),
        Lang::En => format!("The name of '{what}' in the link has markup or control characters (< > …); it is not read."),
    }
}

/// A link too long for common chat apps.
pub fn link_too_long_to_share(chars: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("这个链接有 {chars} 个字符，在常见聊天软件中可能被截断；请改为发送 JSON 文件。"),
        Lang::En => format!("This link has {chars} characters and may be cut short by common chat apps; send the JSON file instead."),
    }
}

// The editor's texts, composed from the words above: a column's header, a cell's problem,
// a refusal, a link's error. Exhaustive matches over the editor's own types.
use crate::editor::fragment::FragmentError;
use crate::editor::{
    CellProblem, ChainColumn as CC, ChainFigure, Column, EditRefusal, PasteError,
    PresetColumn as PC, ProductColumn as PrC, ProductFigure, RangePart, SourcePart,
    StepColumn as SC, StepFigure, TableId,
};

pub fn table_title(table: TableId, lang: Lang) -> &'static str {
    match table {
        TableId::Chain => Word::ChainTable,
        TableId::Products => Word::ProductsTable,
        TableId::Steps => Word::StepsTable,
        TableId::Presets => Word::PresetsTable,
    }
    .get(lang)
}

fn range_word(part: RangePart) -> Word {
    match part {
        RangePart::Low => Word::Low,
        RangePart::Base => Word::Base,
        RangePart::High => Word::High,
    }
}

fn source_word(part: SourcePart) -> Word {
    match part {
        SourcePart::CitationEn => Word::CitationEn,
        SourcePart::CitationZh => Word::CitationZh,
        SourcePart::Year => Word::SourceYear,
        SourcePart::Badge => Word::Badge,
        SourcePart::Link => Word::Link,
    }
}

fn chain_word(figure: ChainFigure) -> Word {
    match figure {
        ChainFigure::MetalPrice => Word::MetalPrice,
        ChainFigure::MeltLoss => Word::MeltLoss,
        ChainFigure::ScrapPrice => Word::ScrapPrice,
        ChainFigure::Vat => Word::Vat,
        ChainFigure::Region => Word::Region,
    }
}

fn step_word(figure: StepFigure) -> Word {
    match figure {
        StepFigure::AddedValue => Word::AddedValue,
        StepFigure::Yield => Word::Yield,
        StepFigure::MeltLoss => Word::StepMeltLoss,
        StepFigure::ValueAddedShare => Word::ValueAddedShare,
        StepFigure::Kwh => Word::Kwh,
        StepFigure::Co2 => Word::Co2,
        StepFigure::Jobs => Word::Jobs,
    }
}

/// A column's header in a language.
pub fn column_header(column: Column, lang: Lang) -> String {
    let word = |w: Word| w.get(lang).to_string();
    let part = |figure: Word, part: Word| part_header(figure, part, lang);
    let source = |figure: Word, p: SourcePart| source_header(figure, source_word(p), lang);
    match column {
        Column::Chain(c) => match c {
            CC::NameEn => part(Word::ChainName, Word::English),
            CC::NameZh => part(Word::ChainName, Word::Chinese),
            CC::MetalEn => part(Word::Metal, Word::English),
            CC::MetalZh => part(Word::Metal, Word::Chinese),
            CC::Currency => word(Word::Currency),
            CC::Start => word(Word::Start),
            CC::ReferenceProduct => word(Word::ReferenceProduct),
            CC::Range(figure, p) => part(chain_word(figure), range_word(p)),
            CC::PriceVatIncluded => word(Word::PriceVatIncluded),
            CC::VatRate => word(Word::VatRate),
            CC::PricesIncludeVat => word(Word::PricesIncludeVat),
            CC::RegionTonnes => word(Word::RegionTonnes),
            CC::Source(figure, p) => source(chain_word(figure), p),
        },
        Column::Product(c) => match c {
            PrC::Id => word(Word::Id),
            PrC::NameEn => part(Word::ProductName, Word::English),
            PrC::NameZh => part(Word::ProductName, Word::Chinese),
            PrC::Kind => word(Word::Kind),
            PrC::Level => word(Word::Level),
            PrC::Local => word(Word::Local),
            PrC::DefaultPath => word(Word::DefaultPath),
            PrC::MetalContent(p) => part(Word::MetalContent, range_word(p)),
            PrC::ChinaOutputTonnes => word(Word::ChinaOutputTonnes),
            PrC::ChinaOutputYear => word(Word::ChinaOutputYear),
            PrC::Source(ProductFigure::MetalContent, p) => source(Word::MetalContent, p),
            PrC::Source(ProductFigure::ChinaOutput, p) => source(Word::ChinaOutput, p),
        },
        Column::Step(c) => match c {
            SC::From => word(Word::From),
            SC::To => word(Word::To),
            SC::Recycling => word(Word::Recycling),
            SC::Range(figure, p) => part(step_word(figure), range_word(p)),
            SC::Kwh => word(Word::Kwh),
            SC::Co2 => word(Word::Co2),
            SC::Jobs => word(Word::Jobs),
            SC::Source(figure, p) => source(step_word(figure), p),
        },
        Column::Preset(c) => match c {
            PC::Id => word(Word::Id),
            PC::NameEn => part(Word::PresetName, Word::English),
            PC::NameZh => part(Word::PresetName, Word::Chinese),
            PC::Tonnage => word(Word::Tonnage),
            PC::Shares => word(Word::Shares),
            PC::Years => word(Word::Years),
            PC::Targets => word(Word::Targets),
            PC::Source(p) => part(Word::Source, source_word(p)),
        },
    }
}

/// A cell's problem in a language, with what would fix it.
pub fn problem_text(problem: &CellProblem, lang: Lang) -> String {
    match problem {
        CellProblem::Blank => enter_a_number(lang),
        CellProblem::NotANumber => not_a_number(lang),
        CellProblem::Year => not_a_year(lang),
        CellProblem::Choice { allowed } => choose_one_of(allowed, lang),
        CellProblem::Shares => shares_format(lang),
        CellProblem::Targets => targets_format(lang),
        CellProblem::Model(error) => crate::catalog::errors::dataset_error(error, lang),
    }
}

/// Why an edit changed nothing, in a language.
pub fn refusal_text(refusal: &EditRefusal, lang: Lang) -> String {
    match refusal {
        EditRefusal::NoSuchCell => no_such_cell(lang),
        EditRefusal::OneRowOnly | EditRefusal::Paste(PasteError::OneRowOnly) => one_row_only(lang),
        EditRefusal::TooManyRows { max } | EditRefusal::Paste(PasteError::TooManyRows { max }) => {
            too_many_rows(*max, lang)
        }
        EditRefusal::NothingToUndo => nothing_to_undo(lang),
        EditRefusal::NothingToRedo => nothing_to_redo(lang),
        EditRefusal::Paste(PasteError::Empty) => nothing_pasted(lang),
        EditRefusal::DraftName { max } => draft_name_invalid(*max, lang),
    }
}

/// Why a `#chain=` link could not be read, in a language.
pub fn fragment_text(error: &FragmentError, lang: Lang) -> String {
    match error {
        FragmentError::TooLong { chars, max } => link_too_long(*chars, *max, lang),
        FragmentError::NotBase64 | FragmentError::NotCompressed | FragmentError::NotText => {
            link_damaged(lang)
        }
        FragmentError::TooLarge { bytes, max } => link_too_large(*bytes, *max, lang),
        FragmentError::Dataset(errors) => {
            let mut text = link_invalid(lang);
            for error in &errors.0 {
                text.push(' ');
                text.push_str(&crate::catalog::errors::dataset_error(error, lang));
            }
            text
        }
        FragmentError::TooManyProducts { count, max } => link_too_many(*count, *max, true, lang),
        FragmentError::TooManySteps { count, max } => link_too_many(*count, *max, false, lang),
        FragmentError::TextTooLong { what, max } => link_text_too_long(what, *max, lang),
        FragmentError::Markup { what } => link_markup(what, lang),
    }
}
