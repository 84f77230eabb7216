//! Texts that name the chain's metal or its products. The words come from the dataset (its
//! `metal`, its products' names and processing levels), so an imported copper chain does not
//! read "铝" or "aluminium"; a dataset without `metal` gets the generic 金属 / metal.
//!
//! English mostly says "metal", which is right for any chain; Chinese names the metal, as
//! the trade does (铝价, 原铝, 每吨耗铝), because 金属价格 reads as a translation there.
use crate::i18n::Lang;
use crate::model::{default_path, Dataset, Name, ProcessingLevel, YearSpan};

/// The dataset's words for its metal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metal<'a>(Option<&'a Name>);

impl<'a> Metal<'a> {
    pub fn of(ds: &'a Dataset) -> Metal<'a> {
        Metal(ds.metal())
    }

    /// A component that holds the name alone (not the whole dataset).
    pub fn named(name: Option<&'a Name>) -> Metal<'a> {
        Metal(name)
    }

    /// The metal's own word: 铝 / aluminium; 金属 / metal.
    pub fn word(self, lang: Lang) -> &'a str {
        match (self.0, lang) {
            (Some(name), Lang::Zh) => &name.zh,
            (Some(name), Lang::En) => &name.en,
            (None, Lang::Zh) => "金属",
            (None, Lang::En) => "metal",
        }
    }

    /// The metal as smelted, before any processing: 原铝; 原生金属 / primary metal.
    fn primary_zh(self) -> String {
        match self.0 {
            Some(name) => format!("原{}", name.zh),
            None => "原生金属".into(),
        }
    }

    /// The metal's price as the trade says it: 铝价; 金属价格.
    fn price_zh(self) -> String {
        match self.0 {
            Some(name) => format!("{}价", name.zh),
            None => "金属价格".into(),
        }
    }
}

/// `铝` → `Aluminium`: an English word at the start of a label.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn app_title(m: Metal, lang: Lang) -> String {
    match (m.0, lang) {
        (Some(name), Lang::Zh) => format!("{}产业链增值计算器", name.zh),
        (Some(name), Lang::En) => format!("{} value-chain calculator", capitalised(&name.en)),
        (None, Lang::Zh) => "产业链增值计算器".into(),
        (None, Lang::En) => "Value-chain calculator".into(),
    }
}

pub fn app_subtitle(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("一吨{}，加工成不同产品，能增加多少价值？", m.word(lang)),
        Lang::En => format!(
            "How much value does processing one ton of {} add?",
            m.word(lang)
        ),
    }
}

/// The chain map's hint, from the dataset's start product.
pub fn chain_map_hint(start: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("选择一个产品，查看从{start}到它的加工路径。"),
        Lang::En => format!(
            "Pick a product to see the processing path to it from {}.",
            start.to_lowercase()
        ),
    }
}

/// The metal price as a label (a figure's name, a tornado bar, a field).
pub fn metal_price(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => m.price_zh(),
        Lang::En => "Metal price".into(),
    }
}

/// The metal price inside a list of edited figures.
pub fn edited_metal_price(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => m.price_zh(),
        Lang::En => "metal price".into(),
    }
}

/// The metal price beside the multiplier against selling the metal.
pub fn metal_price_note(m: Metal, price: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{} {price}", m.price_zh()),
        Lang::En => format!("metal price {price}"),
    }
}

/// The waterfall's first bar.
pub fn waterfall_metal_price(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}（{}）", m.price_zh(), m.primary_zh()),
        Lang::En => "Metal price (primary)".into(),
    }
}

/// The waterfall's option to put the metal price underneath.
pub fn start_from_metal_price(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(" 从{}算起", m.price_zh()),
        Lang::En => " Start from the metal price".into(),
    }
}

/// The multiplier against selling the metal unprocessed.
pub fn against_selling_metal(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("相当于直接卖{}的", m.word(lang)),
        Lang::En => "Against selling the metal".into(),
    }
}

/// The metal sold unprocessed (a Sankey band, a row of the summary).
pub fn sold_as_primary_metal(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("以{}外销", m.primary_zh()),
        Lang::En => "Sold as primary metal".into(),
    }
}

/// What a side of the products table leaves unprocessed.
pub fn left_as_primary_metal(m: Metal, share: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("以{}外销 {share}", m.primary_zh()),
        Lang::En => format!("left as primary metal {share}"),
    }
}

/// The trajectory table's column of metal sold unprocessed.
pub fn primary_metal(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => m.primary_zh(),
        Lang::En => "Primary metal".into(),
    }
}

pub fn mix_legend(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("各产品所用{}份额：基准年与规划", m.primary_zh()),
        Lang::En => "Share of the primary metal sent to each product: baseline and plan".into(),
    }
}

pub fn plan_tonnage(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("规划：{}年产量", m.primary_zh()),
        Lang::En => "Plan: primary metal per year".into(),
    }
}

pub fn baseline_tonnage(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("基准年：{}年产量", m.primary_zh()),
        Lang::En => "Baseline: primary metal per year".into(),
    }
}

pub fn scenario_lead(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("设定一个地区一年的{}产量、送往各产品的份额、哪些工序在本地以及研发提升，比较规划与基准年，看逐年走势和不确定性。", m.primary_zh()),
        // One line at 1280 px: the English scenario page keeps within its 3,500 px.
        Lang::En => "Set a region's yearly metal, each product's share, the local steps and R&D uplift; compare plan and baseline, year by year, with its uncertainty.".into(),
    }
}

pub fn baseline_hypothetical(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "基准年为假设：全部金属以{}出售（数据集没有本地区现状的来源）。",
            m.primary_zh()
        ),
        Lang::En => "Baseline is hypothetical: all metal sold as ingot (the dataset has no sourced split of today's metal).".into(),
    }
}

/// The share of the metal (or its value) that leaves the region unprocessed: 头重尾轻, the
/// "metal head" of 铝头材尾.
pub fn top_heaviness(m: Metal, value: bool, lang: Lang) -> String {
    let unit = match (value, lang) {
        (false, Lang::Zh) => "吨",
        (true, Lang::Zh) => "产值",
        (false, Lang::En) => "tonnes",
        (true, Lang::En) => "value",
    };
    match (m.0, lang) {
        (Some(name), Lang::Zh) => format!("“{}头”比重（{unit}）", name.zh),
        (None, Lang::Zh) => format!("上游比重（{unit}）"),
        (_, Lang::En) => format!("Top-heaviness ({unit})"),
    }
}

/// The term top-heaviness, without its basis (the definitions panel's entry).
pub fn top_heaviness_term(m: Metal, lang: Lang) -> String {
    match (m.0, lang) {
        (Some(name), Lang::Zh) => format!("“{}头”比重", name.zh),
        (None, Lang::Zh) => "上游比重".into(),
        (_, Lang::En) => "Top-heaviness".into(),
    }
}

/// What top-heaviness measures, on both bases (docs/model.md, "Scenario"): in tonnes
/// 1 − the deep-processing rate, in value the share of output value sold as primary metal.
pub fn definition_top_heaviness(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let head = match m.0 {
                Some(name) => format!("即“{0}头材尾”中的“{0}头”", name.zh),
                None => "即产业链上游所占的分量".into(),
            };
            format!(
                "{head}。按吨计，是本地区的金属中没有进入精深加工的份额（1 减精深加工率），包括以{primary}直接外销和只做初加工的金属；按产值计，是本地区产值中以{primary}直接外销的部分所占的比例。比重越高，产业链越“头重尾轻”，本地留下的加工越少。",
                primary = m.primary_zh()
            )
        }
        Lang::En => "How much of the chain stays at its head. In tonnes: the share of the region's metal that is not deep-processed (1 minus the deep-processing rate), sold as primary metal or only first-processed. In value: the share of the region's output value that is primary metal sold unprocessed. The higher it is, the less processing the region keeps.".into(),
    }
}

/// How the multipliers are computed (docs/model.md, "Two bases"), with the reference
/// product the dataset names, if any.
pub fn definition_multipliers(m: Metal, reference: Option<&str>, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let metal = format!(
                "“相当于直接卖{}的”倍数 = 产品中每吨金属的产值 ÷ {}。",
                m.word(lang),
                m.price_zh()
            );
            match reference {
                Some(r) => format!("{metal}“相当于{r}路径的”倍数 = 每吨附加值 ÷ {r}的每吨附加值。"),
                None => metal,
            }
        }
        Lang::En => {
            let metal = "Against selling the metal: output value per ton ÷ the metal price.";
            match reference {
                Some(r) => format!(
                    "{metal} Against the {} path: added value per ton ÷ the added value per ton of {}.",
                    r.to_lowercase(),
                    r.to_lowercase()
                ),
                None => metal.into(),
            }
        }
    }
}

/// The Sankey's hint when the bands are in yuan.
pub fn sankey_hint_yuan(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let price = m.price_zh();
            format!("单位：元/年。各带宽为该阶段金属的价值（{price}加上至此的附加值）；废料按{price}计，外售废料按废料价格计。")
        }
        Lang::En => "Yuan per year: each band is the value of the metal at that stage (metal price plus the value added so far); scrap at the metal price, scrap sold at the scrap price.".into(),
    }
}

/// The headline's other basis, on a line of its own under it: labelled, so that it never
/// reads as a second answer.
pub fn per_ton_of_metal_label(m: Metal, lang: Lang) -> String {
    let w = m.word(lang);
    match lang {
        Lang::Zh => format!("按每吨净耗{w}计："),
        Lang::En => format!("Per ton of {w} consumed: "),
    }
}

/// The headline's basis against "a ton of metal processed into …" (the article's wording);
/// `melt_loss` a percentage, `net_metal` in tonnes.
pub fn basis_note(m: Metal, melt_loss: &str, net_metal: &str, lang: Lang) -> String {
    let w = m.word(lang);
    match lang {
        Lang::Zh => format!(
            "按“每吨{w}加工成……”计算时：加工废料回炉循环、只损失熔炼烧损（{melt_loss}），所以产品中每吨{w}净耗金属 {net_metal} 吨，两种口径相差不超过烧损。"
        ),
        Lang::En => format!(
            "Counted as \"a ton of {w} processed into …\": process scrap is remelted and only the melt loss ({melt_loss}) is lost, so a ton of {w} in the product consumes {net_metal} t of metal net, and the two bases agree to within that loss."
        ),
    }
}

/// The comparison export's column of added value per ton of metal consumed.
pub fn added_value_per_ton_of_metal(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("每吨耗{}附加值", m.word(lang)),
        Lang::En => "Added value per ton of metal consumed".into(),
    }
}

/// The comparison export's column of multipliers against selling the metal.
pub fn multiplier_vs_metal(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("相对{}锭倍数", m.word(lang)),
        Lang::En => "Multiplier vs metal".into(),
    }
}

/// The comparison export's column of multipliers against the reference product's path,
/// named by the dataset (none: the column is empty).
pub fn multiplier_vs_reference(reference: Option<&str>, lang: Lang) -> String {
    match (reference, lang) {
        (Some(name), Lang::Zh) => format!("相对{name}倍数"),
        (Some(name), Lang::En) => format!("Multiplier vs {}", name.to_lowercase()),
        (None, Lang::Zh) => "相对参照产品倍数".into(),
        (None, Lang::En) => "Multiplier vs the reference product".into(),
    }
}

/// The scenario export's total row.
pub fn total_primary_tonnes(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("合计（{}吨数）", m.primary_zh()),
        Lang::En => "Total (primary metal tonnes)".into(),
    }
}

/// The definitions panel's term for the two bases.
pub fn term_per_ton(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("产品中每吨{w} / 每吨耗{w}", w = m.word(lang)),
        Lang::En => format!(
            "Per ton of {w} in the product / per ton of {w} consumed",
            w = m.word(lang)
        ),
    }
}

pub fn definition_added_value(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => {
            let price = m.price_zh();
            format!("含一吨金属的产品的价格减去这吨金属的价格，即行业报价中的加工费（产品价 = {price} + 加工费），按产品中每吨金属计。它包含外购材料、能源、人工和利润。这里的附加值不是国民经济核算中的“增加值”（GDP），后者还要扣除外购的材料和服务。")
        }
        Lang::En => "The price of the product that contains a ton of metal, minus the price of that metal: the trade's processing fee (product price = metal price + fee), per ton of metal in the product. It includes bought-in materials, energy, labour and margins. It is not value added in the national accounts (GDP), which also subtracts bought-in materials and services.".into(),
    }
}

pub fn definition_output_value(m: Metal, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "离开本地区的产品按其离开时的形态和价格计算的价值：加工后的产品、直接出售的{}，以及外售的废料。",
            m.primary_zh()
        ),
        Lang::En => "What leaves the region, at the price of the form it leaves in: processed products, primary metal sold unprocessed, and scrap sold.".into(),
    }
}

/// The products of the dataset's longest default path after the start, to show how gross
/// output counts a ton once per sale (billet, profile, furniture in the default dataset);
/// none when no path has two sales.
fn sold_along(ds: &Dataset) -> Option<Vec<&Name>> {
    let longest = ds
        .products()
        .iter()
        .filter_map(|p| default_path(ds, &p.id).ok())
        .fold(Vec::new(), |best, path| {
            if path.len() > best.len() {
                path
            } else {
                best
            }
        });
    let names: Vec<&Name> = longest
        .iter()
        .skip(1)
        .filter_map(|id| ds.product(id).map(|p| &p.name))
        .collect();
    (names.len() >= 2).then_some(names)
}

/// "A ton sold as A, then as B, then as C is counted 3 times", from the dataset.
fn counted_per_sale(ds: &Dataset, lang: Lang) -> String {
    let m = Metal::of(ds);
    match (sold_along(ds), lang) {
        (Some(names), Lang::Zh) => {
            let steps: Vec<String> = names
                .iter()
                .enumerate()
                .map(|(i, n)| format!("{}作为{}", if i == 0 { "先" } else { "再" }, n.zh))
                .collect();
            format!(
                "同一吨{}{}出售，会被计算 {} 次",
                m.word(lang),
                steps.join("、"),
                names.len()
            )
        }
        (Some(names), Lang::En) => {
            let steps: Vec<String> = names
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    let name = n.en.to_lowercase();
                    if i == 0 {
                        format!("as {name}")
                    } else {
                        format!("then as {name}")
                    }
                })
                .collect();
            format!(
                "a ton sold {} is counted {} times",
                steps.join(", "),
                names.len()
            )
        }
        (None, Lang::Zh) => format!("同一吨{}每经过一家企业加工出售，就被计算一次", m.word(lang)),
        (None, Lang::En) => {
            "a ton is counted once for every firm that processes and sells it".into()
        }
    }
}

pub fn definition_gross_output(ds: &Dataset, lang: Lang) -> String {
    let example = counted_per_sale(ds, lang);
    match lang {
        Lang::Zh => format!("把每家企业的销售额相加：{example}。园区和县里的产值目标通常按这一口径表述，所以它大于产值。"),
        Lang::En => format!("Every firm's sales added up: {example}. Parks' and counties' output targets are usually stated this way, so it is larger than output value."),
    }
}

/// Names of the dataset's products at a processing level, at most `max` and "…" after.
fn products_at(ds: &Dataset, levels: &[ProcessingLevel], max: usize, lang: Lang) -> Option<String> {
    let names: Vec<&str> = ds
        .products()
        .iter()
        .filter(|p| levels.contains(&p.processing_level()))
        .map(|p| p.name.get(lang))
        .collect();
    if names.is_empty() {
        return None;
    }
    let (sep, more) = match lang {
        Lang::Zh => ("、", "等"),
        Lang::En => (", ", " and others"),
    };
    let mut list = names
        .iter()
        .take(max)
        .copied()
        .collect::<Vec<_>>()
        .join(sep);
    if names.len() > max {
        list.push_str(more);
    }
    Some(list)
}

/// Which of the dataset's products are first processing and which deep processing.
pub fn definition_processing(ds: &Dataset, lang: Lang) -> String {
    let first = products_at(ds, &[ProcessingLevel::PrimaryProcessing], 6, lang);
    let deep = products_at(
        ds,
        &[ProcessingLevel::DeepProcessing, ProcessingLevel::EndProduct],
        6,
        lang,
    );
    let mut out = String::new();
    match lang {
        Lang::Zh => {
            if let Some(first) = first {
                out.push_str(&format!("{first}是初加工产品（铸造车间的产品）；"));
            }
            if let Some(deep) = deep {
                out.push_str(&format!("{deep}属于精深加工。"));
            }
            out.push_str("精深加工率只计精深加工产品所用的金属份额。");
        }
        Lang::En => {
            if let Some(first) = first {
                out.push_str(&format!(
                    "First processing (the casthouse's products): {first}. "
                ));
            }
            if let Some(deep) = deep {
                out.push_str(&format!("Deep processing: {deep}. "));
            }
            out.push_str("The deep-processing rate counts only the metal that goes that far.");
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// The years of the figures a result uses: the metal price's, the span of the fees', and
/// that they are not indexed to the price year when any is of another year
/// ("铝价 2019年；加工费 2013–2025年，未按价格指数调整").
pub fn figure_years(m: Metal, span: &YearSpan, lang: Lang) -> String {
    let fees = match (span.fees_from, span.fees_to) {
        (Some(from), Some(to)) if from != to => Some(format!("{from}–{to}")),
        (Some(year), _) | (None, Some(year)) => Some(year.to_string()),
        (None, None) => None,
    };
    let indexed = span.all_of_price_year();
    let metal = span.metal;
    match (fees, indexed, lang) {
        (None, _, Lang::Zh) => format!("{} {metal}年", m.price_zh()),
        (None, _, Lang::En) => format!("metal price {metal}"),
        (Some(fees), true, Lang::Zh) => format!("{} {metal}年；加工费 {fees}年", m.price_zh()),
        (Some(fees), true, Lang::En) => format!("metal price {metal}; fees {fees}"),
        (Some(fees), false, Lang::Zh) => {
            format!(
                "{} {metal}年；加工费 {fees}年，未按价格指数调整",
                m.price_zh()
            )
        }
        (Some(fees), false, Lang::En) => {
            format!("metal price {metal}; fees {fees}, not indexed")
        }
    }
}
