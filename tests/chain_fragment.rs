#![cfg(not(target_arch = "wasm32"))]
//! The `#chain=` link (src/editor/fragment.rs): base64url both ways, the chain read back as
//! the same dataset, the link's limits, and tampered or hostile links refused with a
//! message in both languages, never a panic.
mod common;

use proptest::prelude::*;
use value_chain::catalog::editor::fragment_text;
use value_chain::editor::fragment::{
    chain_json, check_limits, decode, encode, read_chain, too_long_to_share, FragmentError,
    MAX_CHAIN_BYTES, MAX_FRAGMENT_CHARS, MAX_NAME_CHARS, MAX_PRODUCTS, MAX_SHARED_LINK_CHARS,
    MAX_STEPS,
};
use value_chain::i18n::Lang;
use value_chain::model::Dataset;

/// Reads `bytes` as a link's decompressed chain and checks the refusal by its kind and
/// that it is worded in both languages.
#[track_caller]
fn check_refused(json: &str, kind: fn(&FragmentError) -> bool) {
    let error = read_chain(json.as_bytes()).expect_err("refused");
    assert!(kind(&error), "{error:?}");
    let (zh, en) = (
        fragment_text(&error, Lang::Zh),
        fragment_text(&error, Lang::En),
    );
    assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{zh} / {en}");
}

#[test]
fn base64url_round_trips_every_length() {
    let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
    for n in 0..bytes.len() {
        let text = encode(&bytes[..n]);
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode(&text).as_deref(), Ok(&bytes[..n]), "{n} bytes");
        assert_eq!(
            decode(&format!("#chain={text}")).as_deref(),
            Ok(&bytes[..n])
        );
    }
    // The standard alphabet's examples, in the URL-safe alphabet and without padding.
    assert_eq!(encode(b"foobar"), "Zm9vYmFy");
    assert_eq!(encode(b"fo"), "Zm8");
    assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(decode("Zm8="), Ok(b"fo".to_vec()));
}

#[test]
fn tampered_text_is_refused() {
    for text in [
        "Zm9v!mFy",
        "Z",
        "Zm9vY",
        "Zm9+YmFy",
        "Zm9/YmFy",
        "Zm9vYmFy\n",
        "Zm9 vYmFy",
        "Zm9=vYmFy",
    ] {
        assert_eq!(decode(text), Err(FragmentError::NotBase64), "{text:?}");
    }
    // Bits past the last byte: another text for the same bytes is not accepted.
    assert_eq!(decode("Zm9"), Err(FragmentError::NotBase64));
    let long = "A".repeat(MAX_FRAGMENT_CHARS + 4);
    assert!(matches!(decode(&long), Err(FragmentError::TooLong { .. })));
    for error in [
        FragmentError::NotBase64,
        FragmentError::NotCompressed,
        FragmentError::NotText,
    ] {
        let (zh, en) = (
            fragment_text(&error, Lang::Zh),
            fragment_text(&error, Lang::En),
        );
        assert!(!zh.is_empty() && !en.is_empty() && zh != en);
    }
}

#[test]
fn the_default_chain_travels_as_itself() {
    let ds = Dataset::binzhou().expect("loads");
    let json = chain_json(&ds).expect("serialises");
    assert!(!json.contains('\n'), "compact JSON");
    let back = read_chain(json.as_bytes()).expect("reads back");
    assert!(back == ds);
    // Through base64url too (the page compresses in between; a small chain fits even
    // uncompressed).
    let small = Dataset::from_json(&common::minimal().to_string()).expect("loads");
    let json = chain_json(&small).expect("serialises");
    let again = read_chain(&decode(&encode(json.as_bytes())).expect("decodes")).expect("reads");
    assert!(again == small);
    check_limits(&ds).expect("the default chain fits a link");
    assert!(too_long_to_share(MAX_SHARED_LINK_CHARS + 1));
    assert!(!too_long_to_share(MAX_SHARED_LINK_CHARS));
}

#[test]
fn hostile_chains_are_refused() {
    let mut file = common::minimal();
    file["products"][1]["name"]["en"] = "<img src=x onerror=alert(1)>".into();
    check_refused(
        &file.to_string(),
        |e| matches!(e, FragmentError::Markup { what } if what == "b"),
    );

    let mut file = common::minimal();
    file["name"]["zh"] = "a\u{0007}b".into();
    check_refused(&file.to_string(), |e| {
        matches!(e, FragmentError::Markup { .. })
    });

    let mut file = common::minimal();
    file["products"][2]["name"]["zh"] = "长".repeat(MAX_NAME_CHARS + 1).into();
    check_refused(&file.to_string(), |e| {
        matches!(e, FragmentError::TextTooLong { .. })
    });

    let mut file = common::minimal();
    file["steps"][0]["source"]["citation"] = "x".repeat(3_000).into();
    check_refused(&file.to_string(), |e| {
        matches!(e, FragmentError::TextTooLong { .. })
    });

    // More products or steps than a link carries, though a file may have them.
    let mut file = common::minimal();
    let products = file["products"].as_array_mut().expect("an array");
    for n in 0..MAX_PRODUCTS {
        products.push(serde_json::json!({ "id": format!("x{n}"), "name": { "en": "X", "zh": "X" }, "kind": "other", "local": true }));
    }
    check_refused(&file.to_string(), |e| {
        matches!(e, FragmentError::TooManyProducts { .. })
    });
    let mut file = common::minimal();
    let products = file["products"].as_array_mut().expect("an array");
    for n in 0..47 {
        products.push(serde_json::json!({ "id": format!("x{n}"), "name": { "en": "X", "zh": "X" }, "kind": "other", "local": true }));
    }
    let steps = file["steps"].as_array_mut().expect("an array");
    for a in 0..47 {
        for b in (a + 1)..47 {
            steps.push(serde_json::json!({ "from": format!("x{a}"), "to": format!("x{b}"),
                "added_value": { "low": 1, "base": 1, "high": 1 }, "yield": 1, "source": common::source() }));
        }
    }
    assert!(steps.len() > MAX_STEPS);
    check_refused(&file.to_string(), |e| {
        matches!(e, FragmentError::TooManySteps { .. })
    });

    // Not a dataset, not text, too large.
    check_refused("{\"schema\": 3}", |e| {
        matches!(e, FragmentError::Dataset(_))
    });
    check_refused("[1, 2", |e| matches!(e, FragmentError::Dataset(_)));
    let error = read_chain(&[0xff, 0xfe, 0x00]).expect_err("not UTF-8");
    assert_eq!(error, FragmentError::NotText);
    let big = " ".repeat(MAX_CHAIN_BYTES + 1);
    check_refused(&big, |e| matches!(e, FragmentError::TooLarge { .. }));
}

proptest! {
    #[test]
    fn any_bytes_round_trip(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        prop_assert_eq!(decode(&encode(&bytes)), Ok(bytes));
    }

    #[test]
    fn any_text_decodes_or_is_refused(text in ".{0,80}") {
        // Never a panic; what decodes encodes back to the same text (one text per bytes).
        if let Ok(bytes) = decode(&text) {
            let bare = text.strip_prefix('#').unwrap_or(&text);
            let bare = bare.strip_prefix("chain=").unwrap_or(bare).trim_end_matches('=');
            prop_assert_eq!(encode(&bytes), bare);
        }
        let _ = read_chain(text.as_bytes());
    }
}
