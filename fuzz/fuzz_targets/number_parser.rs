//! Any text as a typed number: a finite number or an error, never NaN, infinity, -0 or a
//! panic; for every input kind a result within its range (whole for years).
#![no_main]
use libfuzzer_sys::fuzz_target;
use value_chain::number::{parse_input, parse_number, range, InputKind};

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

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(v) = parse_number(&text) {
        assert!(v.is_finite(), "{text:?} -> {v}");
        assert!(!(v == 0.0 && v.is_sign_negative()), "{text:?} -> -0");
    }
    for kind in KINDS {
        if let Ok(v) = parse_input(&text, kind) {
            let (min, max) = range(kind);
            assert!(v.is_finite() && v >= min && v <= max, "{text:?} as {kind:?} -> {v}");
            if kind == InputKind::Years {
                assert_eq!(v.fract(), 0.0, "{text:?} as years -> {v}");
            }
        }
    }
});
