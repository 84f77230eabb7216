//! "What these figures mean": the definitions behind every result, in the interface's
//! language, reachable from the path, compare and scenario results. The words are the
//! project's definitions (docs/model.md); added value here is not GDP value added.
use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct DefinitionsPanelProps {
    pub lang: Lang,
    /// Distinguishes the panels when a page shows more than one.
    pub id: AttrValue,
}

/// (term, definition) in a language.
fn definitions(lang: Lang) -> [(&'static str, &'static str); 8] {
    match lang {
        Lang::Zh => [
            ("附加值（加工附加值）", "每吨产品的价格减去其中金属的价格，即行业报价中的加工费（产品价 = 铝价 + 加工费）。它包含外购材料、能源、人工和利润。这里的附加值不是国民经济核算中的“增加值”（GDP），后者还要扣除外购的材料和服务。"),
            ("产值", "离开本地区的产品按其离开时的形态和价格计算的价值：加工后的产品、直接出售的铝锭，以及外售的废料。"),
            ("统计口径产值", "把每家企业的销售额相加：同一吨铝先作为铝棒、再作为型材、再作为家具出售，会被计算三次。园区和县里的产值目标通常按这一口径表述，所以它大于产值。"),
            ("每吨产品 / 每吨耗铝", "标题数字按每吨产品计，即各工序附加值之和。加工废料回炉重熔、循环使用，只有熔炼烧损损失，所以每吨产品只比一吨金属多耗一点；按每吨净耗金属计的数字列在旁边，二者相差不超过烧损。"),
            ("初加工与精深加工", "铝杆、铝棒、铸造铝合金锭是铸造车间的初加工产品；板带、箔、型材、线缆、铸件及终端产品属于精深加工。精深加工率只计后者的金属份额。"),
            ("留在本地的附加值", "只计本地完成的工序的附加值；在外地完成的工序，其附加值流出本地区。"),
            ("价格口径", "所有金额都按数据集所述年份的价格计算，并注明是否含增值税；其他年份的数据保留其本身的年份，不做隐含的价格调整。"),
            ("来源标记", "报道：出自原文报道；公开数据：直接取自具名公开来源；推算：由公开数字计算得出，出处写明算法；估算：判断得出，并给出区间。"),
        ],
        Lang::En => [
            ("Added value (processing)", "The price of a ton of product minus the price of the metal in it: the trade's processing fee (product price = metal price + fee). It includes bought-in materials, energy, labour and margins. It is not value added in the national accounts (GDP), which also subtracts bought-in materials and services."),
            ("Output value", "What leaves the region, at the price of the form it leaves in: processed products, ingot sold unprocessed, and scrap sold."),
            ("Gross output, as statistics count it", "Every firm's sales added up: a ton sold as billet, then as profile, then as furniture is counted three times. Parks' and counties' output targets are usually stated this way, so it is larger than output value."),
            ("Per ton of product / per ton of metal", "The headline is per ton of product: the sum of the steps' added values. Process scrap is remelted and goes round; only the melt loss is lost, so a ton of product uses little more than a ton of metal. The figure per ton of metal consumed stands beside it; the two differ by no more than the melt loss."),
            ("First and deep processing", "Rod, billet and foundry alloy ingot are the casthouse's first processing; sheet, foil, extrusions, cable, castings and end products are deep processing. The deep-processing rate counts only the metal that goes that far."),
            ("Value retained in the region", "Added value of the steps done locally; the value of steps done elsewhere leaves the region."),
            ("Price basis", "Every amount is at the prices of the year the dataset states, with VAT included or not as it says; figures of other years keep their own year, with no hidden indexing."),
            ("Source badges", "Article: stated in the source article. Published: taken as it stands from a named public source. Derived: computed from published figures, the citation gives the computation. Estimate: judged, with a range."),
        ],
    }
}

#[function_component(DefinitionsPanel)]
pub fn definitions_panel(props: &DefinitionsPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <details class="definitions" data-testid="definitions" id={props.id.clone()}>
            <summary>{ lang.pick("这些数字是什么意思", "What these figures mean") }</summary>
            <dl>
                { for definitions(lang).into_iter().map(|(term, text)| html! {
                    <div class="definition"><dt>{ term }</dt><dd>{ text }</dd></div>
                }) }
            </dl>
        </details>
    }
}
