//! Any bytes as a share link: `from_query` must never panic, and the link it writes back
//! must describe the same view (`from_query(to_query(s)) == s`, apart from notices and the
//! order in which edits were made) and be stable (`to_query` of that is the same text).
#![no_main]
use libfuzzer_sys::fuzz_target;
use value_chain::link::{from_query, to_query};
use value_chain::state::AppState;

/// Edits of different figures commute; a link lists them grouped by kind, so only their
/// set is part of what a link means.
fn normalised(mut s: AppState) -> AppState {
    s.notices.clear();
    s.edits.sort_by_cached_key(|e| format!("{e:?}"));
    s
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let state = from_query(&text, &["en"]);
    let link = to_query(&state);
    let back = from_query(&link, &["en"]);
    assert!(back.notices.is_empty(), "the app's own link {link:?} is refused: {:?}", back.notices);
    assert_eq!(to_query(&back), link, "the link is not stable");
    assert!(normalised(back) == normalised(state), "{link:?} describes another view");
});
