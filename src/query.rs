//! Query strings (`?lang=zh&view=path`) without the browser: percent-decoding and encoding,
//! so link handling is tested natively. Malformed input never fails: bad escapes are kept
//! literally and the caller validates the values.

/// Splits `a=1&b=two%20words` (a leading `?` is ignored) into decoded pairs, in order.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(part), String::new()),
        })
        .collect()
}

/// Joins pairs into `a=1&b=two%20words`, escaping everything but unreserved characters
/// (and `,`, which path lists use and which is safe in a query).
pub fn encode(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> String {
    let mut rest = s.as_bytes();
    let mut out = Vec::with_capacity(rest.len());
    // Slice patterns instead of indexing: no index can fall outside the input.
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        match (b, tail) {
            (b'+', _) => out.push(b' '),
            (b'%', [h, l, after @ ..]) => match (hex(*h), hex(*l)) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    rest = after;
                }
                _ => out.push(b'%'),
            },
            (b, _) => out.push(b),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_pairs() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("", &[]),
            ("?", &[]),
            ("?lang=zh", &[("lang", "zh")]),
            (
                "lang=en&view=compare",
                &[("lang", "en"), ("view", "compare")],
            ),
            ("a=1&&b", &[("a", "1"), ("b", "")]),
            ("name=%E6%BB%A8%E5%B7%9E", &[("name", "滨州")]),
            ("q=two+words%21", &[("q", "two words!")]),
            ("bad=%zz%4", &[("bad", "%zz%4")]),
            ("end=%", &[("end", "%")]),
            ("invalid=%FF", &[("invalid", "\u{FFFD}")]),
        ];
        for (input, want) in cases {
            let got = parse(input);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn encode_then_parse_round_trips() {
        let pairs = [
            ("path", "primary,rod,lv-cable".to_string()),
            ("x", "a b&c=d/é".to_string()),
        ];
        let encoded = encode(&pairs);
        assert_eq!(
            encoded,
            "path=primary,rod,lv-cable&x=a%20b%26c%3Dd%2F%C3%A9"
        );
        let back = parse(&encoded);
        assert_eq!(back[0], ("path".into(), "primary,rod,lv-cable".into()));
        assert_eq!(back[1], ("x".into(), "a b&c=d/é".into()));
    }
}
