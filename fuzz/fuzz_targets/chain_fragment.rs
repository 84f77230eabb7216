//! Any bytes as a `#chain=` link: the fragment decoder and the chain reader refuse or
//! accept, never panic; a chain they accept travels again as the same chain (its JSON,
//! base64url both ways, read again).
#![no_main]
use libfuzzer_sys::fuzz_target;
use value_chain::editor::fragment::{chain_json, decode, encode, read_chain};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The text as a fragment: what decodes is written back as the same text.
    if let Ok(bytes) = decode(&text) {
        let again = decode(&encode(&bytes)).expect("the encoder's own text decodes");
        assert_eq!(again, bytes, "base64url round trip");
        // The decoded bytes as the decompressed chain (the page decompresses in between).
        let _ = read_chain(&bytes);
    }
    // The bytes as the decompressed chain.
    if let Ok(chain) = read_chain(data) {
        let json = chain_json(&chain).expect("a valid chain serialises");
        let text = encode(json.as_bytes());
        let bytes = decode(&text).expect("the encoder's own text decodes");
        let back = read_chain(&bytes).expect("a chain's own link reads again");
        assert!(back == chain, "the link changed the chain");
    }
});
