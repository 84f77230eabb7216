#![cfg(not(target_arch = "wasm32"))]
//! Saved views' stored format: round trips, and every refusal is a typed error (the UI then
//! leaves the stored list untouched).
use value_chain::saved::{
    parse, serialize, SavedViews, SavedViewsError, MAX_NAME_CHARS, MAX_QUERY_CHARS, MAX_VIEWS,
};
use value_chain::stored_list::{StoredList, StoredListError};

/// An error of the list itself, as the saved views report it.
fn list(e: StoredListError) -> SavedViewsError {
    SavedViewsError::List(e)
}

fn two() -> SavedViews {
    SavedViews::default()
        .with_view(
            "Furniture",
            "?lang=en&view=path&product=furniture",
            "2025-01-02T03:04:05.000Z",
        )
        .and_then(|s| s.with_view(" 家具 ", "lang=zh&view=compare", "2025-01-03T00:00:00.000Z"))
        .unwrap()
}

#[test]
fn round_trips_exactly() {
    let saved = two();
    let text = serialize(&saved);
    assert_eq!(
        text,
        r#"{"schema":1,"views":[{"name":"Furniture","query":"lang=en&view=path&product=furniture","saved_at":"2025-01-02T03:04:05.000Z"},{"name":"家具","query":"lang=zh&view=compare","saved_at":"2025-01-03T00:00:00.000Z"}]}"#
    );
    assert_eq!(parse(Some(&text)), Ok(saved));
}

#[test]
fn nothing_stored_is_an_empty_list() {
    assert_eq!(parse(None), Ok(SavedViews::default()));
    assert_eq!(
        parse(Some(r#"{"schema":1,"views":[]}"#)),
        Ok(SavedViews::default())
    );
}

#[test]
fn same_name_replaces_and_delete_removes() {
    let saved = two().with_view("Furniture", "view=scenario", "t").unwrap();
    assert_eq!(saved.views.len(), 2);
    assert_eq!(
        saved.views.last().map(|v| v.query.as_str()),
        Some("view=scenario")
    );
    let saved = saved.without("家具");
    assert_eq!(saved.views.len(), 1);
    assert_eq!(saved.without("nope"), saved);
}

#[test]
fn corrupt_text_is_refused() {
    for text in [
        "{",
        "not json",
        "[]",
        "null",
        r#"{"views":[]}"#,
        r#"{"schema":1}"#,
        r#"{"schema":1,"views":[{"name":"a"}]}"#,
        r#"{"schema":1,"views":[],"extra":1}"#,
        r#"{"schema":"1","views":[]}"#,
    ] {
        assert!(
            matches!(
                parse(Some(text)),
                Err(SavedViewsError::List(StoredListError::Corrupt { .. }))
            ),
            "{text}: {:?}",
            parse(Some(text))
        );
    }
}

#[test]
fn another_schema_is_refused_as_such() {
    assert_eq!(
        parse(Some(r#"{"schema":2,"views":"whatever"}"#)),
        Err(list(StoredListError::UnsupportedSchema { found: 2 }))
    );
    assert_eq!(
        parse(Some(r#"{"schema":0,"views":[]}"#)),
        Err(list(StoredListError::UnsupportedSchema { found: 0 }))
    );
}

#[test]
fn limits_are_enforced_when_reading() {
    let view = |name: &str, query: &str| {
        format!(r#"{{"name":{name:?},"query":{query:?},"saved_at":"t"}}"#)
    };
    let many: Vec<String> = (0..=MAX_VIEWS)
        .map(|i| view(&format!("v{i}"), "lang=en"))
        .collect();
    let text = format!(r#"{{"schema":1,"views":[{}]}}"#, many.join(","));
    assert_eq!(
        parse(Some(&text)),
        Err(list(StoredListError::TooMany {
            count: MAX_VIEWS + 1,
            max: MAX_VIEWS
        }))
    );

    let long_name = "名".repeat(MAX_NAME_CHARS + 1);
    let text = format!(
        r#"{{"schema":1,"views":[{}]}}"#,
        view(&long_name, "lang=en")
    );
    assert_eq!(
        parse(Some(&text)),
        Err(SavedViewsError::NameTooLong {
            chars: MAX_NAME_CHARS + 1,
            max: MAX_NAME_CHARS
        })
    );

    let long_query = "a".repeat(MAX_QUERY_CHARS + 1);
    let text = format!(r#"{{"schema":1,"views":[{}]}}"#, view("x", &long_query));
    assert_eq!(
        parse(Some(&text)),
        Err(SavedViewsError::QueryTooLong {
            chars: MAX_QUERY_CHARS + 1
        })
    );

    let text = format!(r#"{{"schema":1,"views":[{}]}}"#, view("  ", "lang=en"));
    assert_eq!(parse(Some(&text)), Err(SavedViewsError::EmptyName));

    let huge = "x".repeat(value_chain::saved::MAX_TEXT_BYTES + 1);
    assert!(matches!(
        parse(Some(&huge)),
        Err(SavedViewsError::List(StoredListError::TooLarge { .. }))
    ));
}

#[test]
fn limits_are_enforced_when_saving() {
    let empty = SavedViews::default();
    assert_eq!(
        empty.with_view("   ", "q", "t"),
        Err(SavedViewsError::EmptyName)
    );
    assert_eq!(
        empty.with_view(&"n".repeat(MAX_NAME_CHARS + 1), "q", "t"),
        Err(SavedViewsError::NameTooLong {
            chars: MAX_NAME_CHARS + 1,
            max: MAX_NAME_CHARS
        })
    );
    assert_eq!(
        empty.with_view("n", &"q".repeat(MAX_QUERY_CHARS + 1), "t"),
        Err(SavedViewsError::QueryTooLong {
            chars: MAX_QUERY_CHARS + 1
        })
    );
    let mut full = SavedViews::default();
    for i in 0..MAX_VIEWS {
        full = full.with_view(&format!("v{i}"), "q", "t").unwrap();
    }
    assert_eq!(
        full.with_view("one more", "q", "t"),
        Err(list(StoredListError::TooMany {
            count: MAX_VIEWS + 1,
            max: MAX_VIEWS
        }))
    );
    // Replacing an existing name still works when full.
    assert!(full.with_view("v0", "q2", "t").is_ok());
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    use value_chain::i18n::Lang;
    /// `e`'s message is there in both languages, and not the same; the list's own errors
    /// are also the kept drafts', which word every one as the error that leaves them unread.
    #[track_caller]
    fn check(e: SavedViewsError) {
        let saved = |lang| e.message(lang);
        assert_ne!(saved(Lang::Zh), saved(Lang::En), "{e:?}");
        assert!(!saved(Lang::Zh).is_empty(), "{e:?}");
        assert!(!saved(Lang::En).is_empty(), "{e:?}");
        if let SavedViewsError::List(e) = &e {
            let drafts = value_chain::catalog::editor::drafts_unreadable;
            for lang in [Lang::Zh, Lang::En] {
                assert_eq!(
                    e.message(StoredList::SavedViews, lang),
                    saved(lang),
                    "{e:?}"
                );
                assert_eq!(e.message(StoredList::Drafts, lang), drafts(lang), "{e:?}");
            }
        }
    }
    check(list(StoredListError::Corrupt {
        message: "x".into(),
    }));
    check(list(StoredListError::UnsupportedSchema { found: 2 }));
    check(list(StoredListError::TooLarge { bytes: 1 }));
    check(list(StoredListError::TooMany {
        count: 51,
        max: MAX_VIEWS,
    }));
    check(SavedViewsError::EmptyName);
    check(SavedViewsError::NameTooLong {
        chars: 81,
        max: MAX_NAME_CHARS,
    });
    check(SavedViewsError::QueryTooLong { chars: 9000 });
}
