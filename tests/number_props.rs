//! Property tests of the number reader: total on any input, finite results, and what it
//! reads back from a formatted number is that number.
#![cfg(not(target_arch = "wasm32"))]
use proptest::prelude::*;
use value_chain::number::{parse_input, parse_number, InputKind, NumberError};

const KINDS: [InputKind; 11] = [
    InputKind::AddedValue,
    InputKind::MetalPrice,
    InputKind::Yield,
    InputKind::Tonnage,
    InputKind::SharePercent,
    InputKind::UpliftPercent,
    InputKind::Years,
    InputKind::Yuan,
    InputKind::RatePercent,
    InputKind::ExchangeRate,
    InputKind::CarbonPrice,
];

proptest! {
    #[test]
    fn any_text_gives_a_finite_number_or_an_error(s in "\\PC{0,40}") {
        if let Ok(v) = parse_number(&s) { prop_assert!(v.is_finite()); }
        for kind in KINDS {
            if let Ok(v) = parse_input(&s, kind) {
                let (min, max) = value_chain::number::range(kind);
                prop_assert!(v.is_finite() && v >= min && v <= max, "{s:?} {kind:?} -> {v}");
            }
        }
    }

    #[test]
    fn digit_soup_reads_back_or_says_why(s in "[0-9０-９,，.．eE+\\-万亿千% ]{0,30}") {
        match parse_number(&s) {
            // What it reads is a finite number that reads back from its own plain form.
            Ok(v) => {
                prop_assert!(v.is_finite(), "{s:?} -> {v}");
                prop_assert_eq!(parse_number(&format!("{v}")), Ok(v));
            }
            // "Empty" only for text with no digit in it.
            Err(NumberError::Empty) => prop_assert!(!s.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)), "{s:?}"),
            Err(_) => {}
        }
    }

    #[test]
    fn thousands_separated_integers_read_back(n in 0u64..1_000_000_000_000) {
        let plain = n.to_string();
        let mut grouped = String::new();
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && (plain.len() - i) % 3 == 0 { grouped.push(','); }
            grouped.push(c);
        }
        prop_assert_eq!(parse_number(&grouped), Ok(n as f64));
        prop_assert_eq!(parse_number(&plain), Ok(n as f64));
    }
}
