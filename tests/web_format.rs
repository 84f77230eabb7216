//! Number formatting through the browser's Intl, in headless Chromium.
#![cfg(target_arch = "wasm32")]
use value_chain::i18n::Lang;
use value_chain::ui::format::{number, percent, yuan_per_ton, Precision};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn formats_the_articles_figures_in_both_languages() {
    let cases = [
        (500.0, Lang::En, "500 yuan/t"),
        (5000.0, Lang::En, "5,000 yuan/t"),
        (80000.0, Lang::En, "80,000 yuan/t"),
        (500.0, Lang::Zh, "500 元/吨"),
        (5000.0, Lang::Zh, "5,000 元/吨"),
        (80000.0, Lang::Zh, "8万 元/吨"),
    ];
    for (value, lang, want) in cases {
        assert_eq!(yuan_per_ton(value, lang, Precision::Exact), want);
    }
}

#[wasm_bindgen_test]
fn chinese_uses_wan_and_yi_and_estimates_keep_three_digits() {
    assert_eq!(number(1.2e8, Lang::Zh, Precision::Exact), "1.2亿");
    assert_eq!(number(6_460_000.0, Lang::Zh, Precision::Exact), "646万");
    assert_eq!(number(76_920.0, Lang::Zh, Precision::Exact), "7.692万");
    assert_eq!(
        number(13_923.0, Lang::En, Precision::Significant3),
        "13,900"
    );
    assert_eq!(number(f64::NAN, Lang::En, Precision::Exact), "–");
    assert_eq!(percent(0.98, Lang::En), "98%");
}
