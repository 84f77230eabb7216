//! Any bytes as a share link: `from_query` must never panic, and the link it writes back
//! must describe the same view (`from_query(to_query(s)) == s`, apart from notices and the
//! order in which edits were made) and be stable (`to_query` of that is the same text).
#![no_main]
use libfuzzer_sys::fuzz_target;
use value_chain::link::{from_query, to_query};
use value_chain::state::AppState;

/// What a link means: every part of the state a link carries, with the edits as a set
/// (edits of different figures commute; a link lists them grouped by kind) and without
/// the notices (reading a link may warn; the link written back must not). The dataset
/// through its file: its index holds hash maps, whose order is not part of a meaning.
fn meaning(s: &AppState) -> String {
    let mut edits = s.edits().to_vec();
    edits.sort_by_cached_key(|e| format!("{e:?}"));
    format!(
        "{:?} {:?} {:?} {edits:?} {:?} {:?} {:?} {} {} {:?} {:?} {:?}",
        s.lang,
        s.view,
        s.path(),
        s.dataset().file(),
        s.scenario(),
        s.currency,
        s.embed,
        s.locked,
        s.theme,
        s.source(),
        s.pending(),
    )
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let state = from_query(&text, &["en"]);
    let link = to_query(&state);
    let back = from_query(&link, &["en"]);
    assert!(back.notices.is_empty(), "the app's own link {link:?} is refused: {:?}", back.notices);
    assert_eq!(to_query(&back), link, "the link is not stable");
    assert_eq!(meaning(&back), meaning(&state), "{link:?} describes another view");
});
