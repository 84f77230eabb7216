//! The two-regions view (`ui::regions`) and the carbon price with the carbon cost it gives
//! (the view, the path's result card and the assumptions).
use crate::i18n::Lang;
use crate::model::CarbonCurrency;

/// This view's rows of `Text`: the variant, its Chinese, its English (`texts!` in
/// `mod.rs` declares them, with every other view's).
macro_rules! two_regions_rows {
    ([$next:ident $(, $rest:ident)*] $($rows:tt)*) => { $next! { [$($rest),*] $($rows)*
        ViewRegions => "两地对比", "Two regions";
        RegionFirst => "地区一", "First region";
        RegionSecond => "地区二", "Second region";
        TwoRegionsNote => "每个地区按其自身有来源的数字计算（您修改的数字只用于当前地区）；产品按各地区的默认路径计算。", "Each region on its own sourced figures (figures you changed apply to the region in force only); the product on each region's default path.";
        ElectricityPerTon => "沿此路径每吨的用电量", "Electricity per ton along this path";
        RegionPlansTitle => "各地区自己的规划目标", "Each region's own plan targets";
        RegionNoPlanTargets => "该地区的来源没有给出规划目标。", "The region's sources give no plan targets.";
        CarbonPriceLabel => "碳价（每吨CO₂）", "Carbon price (per t CO₂)";
        CarbonPriceCurrency => "碳价币种", "Carbon price currency";
        CarbonCurrencyEuro => "欧元", "euro";
        CarbonPriceUseExample => "用欧盟CBAM示例价格", "Use the EU CBAM example";
        CarbonPriceClear => "不计碳价", "No carbon price";
        CarbonPriceTitle => "出口碳成本", "Carbon cost of exporting";
        CarbonPriceOff => "未设碳价。碳成本只在出口到收取碳价的市场时才发生，所以默认不计。", "No carbon price set. A carbon cost arises only on exports to a market that charges one, so none is counted by default.";
        CarbonCostLabel => "出口碳成本（每吨）", "Carbon cost of exporting, per ton";
        CarbonCostNote => "碳价乘以此路径的全部CO₂；不计入附加值。欧盟CBAM 2026年对铝只按直接排放收费并扣除免费配额，实际应缴远低于此。", "The price times all of the path's CO₂; not part of added value. The EU's CBAM charges aluminium on direct emissions only in 2026, less free allocation: what is due there is far less.";
        CarbonExampleBadge => "示例", "example";
    } };
}

/// Electricity per ton.
pub fn kwh_per_ton(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{value} 千瓦时/吨"),
        Lang::En => format!("{value} kWh/t"),
    }
}

/// The unit of a carbon price.
pub fn carbon_price_unit(currency: CarbonCurrency, lang: Lang) -> &'static str {
    match (currency, lang) {
        (CarbonCurrency::Yuan, Lang::Zh) => "元/吨CO₂",
        (CarbonCurrency::Yuan, Lang::En) => "yuan/t CO₂",
        (CarbonCurrency::Euro, Lang::Zh) => "欧元/吨CO₂",
        (CarbonCurrency::Euro, Lang::En) => "EUR/t CO₂",
    }
}

/// An amount per ton of product in the carbon price's currency.
pub fn carbon_money_per_ton(amount: &str, currency: CarbonCurrency, lang: Lang) -> String {
    match (currency, lang) {
        (CarbonCurrency::Yuan, Lang::Zh) => format!("{amount} 元/吨"),
        (CarbonCurrency::Yuan, Lang::En) => format!("{amount} yuan/t"),
        (CarbonCurrency::Euro, Lang::Zh) => format!("{amount} 欧元/吨"),
        (CarbonCurrency::Euro, Lang::En) => format!("EUR {amount}/t"),
    }
}

/// What the carbon cost is at: the price, and whether it is the page's example.
pub fn carbon_cost_at(price: &str, example: bool, lang: Lang) -> String {
    match (example, lang) {
        (true, Lang::Zh) => format!("按 {price}（示例：欧盟CBAM 2026年第一季度证书价格）"),
        (false, Lang::Zh) => format!("按 {price}"),
        (true, Lang::En) => format!("at {price} (example: the EU CBAM certificate price, Q1 2026)"),
        (false, Lang::En) => format!("at {price}"),
    }
}

/// The carbon cost's range, from the path's CO₂ range.
pub fn carbon_cost_range(low: &str, high: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("区间 {low}–{high}"),
        Lang::En => format!("range {low}–{high}"),
    }
}

/// The view's heading: the product compared.
pub fn two_regions_heading(product: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("两地对比：{product}"),
        Lang::En => format!("Two regions: {product}"),
    }
}

/// Which region's path carries less CO₂, and how sure the data is.
pub fn lower_co2(name: &str, clearly: bool, lang: Lang) -> String {
    match (clearly, lang) {
        (true, Lang::Zh) => format!("{name}的每吨CO₂更低（两地区间不重叠）。"),
        (false, Lang::Zh) => format!("按基准值，{name}的每吨CO₂更低；但两地的区间重叠。"),
        (true, Lang::En) => {
            format!("{name} carries less CO₂ per ton (the two ranges do not overlap).")
        }
        (false, Lang::En) => {
            format!("At the base figures {name} carries less CO₂ per ton; the ranges overlap.")
        }
    }
}

/// The two regions carry the same CO₂, or a side has no figure.
pub fn co2_undecided(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "数据无法说明哪一地的每吨CO₂更低。",
        Lang::En => "The data cannot say which region carries less CO₂ per ton.",
    }
}

/// The smelting electricity a path's figure is built on.
pub fn electricity_note(kwh: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("冶炼按每吨原铝 {kwh} 千瓦时计（全国数字）"),
        Lang::En => format!("smelting at {kwh} kWh per t of primary metal (national figure)"),
    }
}

/// The exports' row and field naming the carbon price (`export::with_carbon_price`).
pub fn carbon_price_row_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "出口碳价（每吨CO₂，不计入附加值）",
        Lang::En => "Carbon price on exports, per t CO₂ (not in added value)",
    }
}

/// What the carbon price row says of the example.
pub fn carbon_price_example_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "示例：欧盟CBAM 2026年第一季度证书价格，欧盟委员会2026年4月7日公布",
        Lang::En => {
            "example: the EU CBAM certificate price for Q1 2026, published by the European Commission on 7 April 2026"
        }
    }
}
