//! Imported dataset files kept in the browser's storage, so that a reload (or a link made in
//! this browser) keeps the visitor's own chain. Pure: the key and the hash; the UI reads and
//! writes the text. The hash names the content, not the file: importing the same file
//! twice keeps one copy, and a link can only ever mean the file it was made with.

/// Prefix of the storage key; the key is the prefix and the content hash.
pub const KEY_PREFIX: &str = "value-chain.dataset.";

/// 64-bit FNV-1a of the text, as 16 lowercase hex digits. Not a cryptographic hash: it
/// only has to tell a visitor's few files apart, and the file is validated again whenever
/// it is read back.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// What `content_hash` writes: a link's `data=stored:<hash>` must be exactly this.
pub fn valid_hash(hash: &str) -> bool {
    hash.len() == 16
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub fn storage_key(hash: &str) -> String {
    format!("{KEY_PREFIX}{hash}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_hashes() {
        // FNV-1a 64 reference values (the empty string is the offset basis).
        #[track_caller]
        fn check(text: &str, hash: &str) {
            assert_eq!(content_hash(text), hash, "{text:?}");
            assert!(valid_hash(hash));
        }
        check("", "cbf29ce484222325");
        check("a", "af63dc4c8601ec8c");
        check("foobar", "85944171f73967e8");
    }

    #[test]
    fn only_hashes_are_valid() {
        for bad in [
            "",
            "cbf29ce48422232",
            "cbf29ce4842223250",
            "CBF29CE484222325",
            "cbf29ce48422232g",
            "../../etc/passw",
        ] {
            assert!(!valid_hash(bad), "{bad}");
        }
    }
}
