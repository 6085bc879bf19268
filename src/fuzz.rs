//! Fuzz harnesses: each takes arbitrary bytes and must neither panic nor break its contract.
//! `fuzz/` runs them under cargo-fuzz (libFuzzer) for as long as asked; `tests/fuzz.rs` runs
//! them on random inputs in every `cargo test`, so a crash found becomes a regression case there.

use crate::output::Record;

fn text(data: &[u8]) -> &str {
    match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap_or(""),
    }
}

/// Money on the command line (R11): a parsed amount prints back and parses to itself.
pub fn money(data: &[u8]) {
    let t = text(data);
    if let Ok(c) = crate::rules::money::Cents::parse(t) {
        assert!(c.0 >= 0, "{t:?} parsed to a negative amount");
        assert_eq!(
            crate::rules::money::Cents::parse(&c.plain()),
            Ok(c),
            "{t:?}"
        );
    }
    let _ = crate::rules::money::Cents::parse_in(
        t,
        "the rate",
        crate::rules::money::Cents(300),
        crate::rules::money::Cents(99_999),
    );
}

/// Times as people type them: a parsed time is whole seconds and round-trips as RFC 3339.
pub fn dates(data: &[u8]) {
    let t = text(data);
    let now: jiff::Timestamp = "2026-03-10T12:00:00Z".parse().expect("a time");
    if let Ok(ts) = crate::clock::parse_when(t, now) {
        assert_eq!(ts.subsec_nanosecond(), 0, "{t:?}");
        assert_eq!(
            crate::clock::parse_when(&ts.to_string(), now).ok(),
            Some(ts),
            "{t:?}"
        );
    }
}

/// The import reader (JSON and NDJSON): any bytes are records or a usage error.
pub fn import(data: &[u8]) {
    if let Err(e) = crate::commands::transfer::parse(text(data)) {
        assert_eq!(e.exit_code(), 2, "{}", e.message);
    }
}

/// The contact detector (R30): findings lie inside the text, on character boundaries, and
/// quote it exactly.
pub fn contact(data: &[u8]) {
    let t = text(data);
    let check = crate::rules::contact::check(t);
    for f in check.findings.iter().chain(&check.warnings) {
        assert!(f.start <= f.end && f.end <= t.len(), "{t:?}: {f:?}");
        assert_eq!(t.get(f.start..f.end), Some(f.text.as_str()), "{t:?}");
        assert!((0.0..=1.0).contains(&f.confidence), "{t:?}: {f:?}");
    }
}

/// `--jq` and `--fields`: an expression compiles or is exit 2; a compiled one runs on a list
/// of records without panicking; field lists are checked against a record's fields.
pub fn arguments(data: &[u8]) {
    let t = text(data);
    match crate::jq::Jq::compile(t) {
        Ok(jq) => {
            // jq's language can loop, recurse or allocate without end (`repeat(.)`,
            // `def f: 1 + f; f`, `"a" * 1e12`), as jq itself does; only expressions without
            // those means are run, and only their first outputs.
            let unbounded = [
                "def", "recurse", "repeat", "range", "while", "until", "limit", "env", "input",
                "..", "*", "splits", "getpath", "paths", "walk", "tostream", "fromjson",
            ];
            if t.len() <= 64 && !unbounded.iter().any(|w| t.contains(w)) {
                let input =
                    br#"[{"id":1,"score":70,"title":"a","skills":["rust"]},{"id":2,"score":null}]"#;
                let _ = jq.run_limited(input, &mut std::io::sink(), 64);
            }
        }
        Err(e) => assert_eq!(e.exit_code(), 2, "{}", e.message),
    }
    let fields: Vec<String> = t.split(',').map(str::to_string).collect();
    if let Ok(chosen) = crate::output::chosen_fields::<crate::store::invites::Invite>(&fields) {
        assert!(
            chosen
                .iter()
                .all(|f| crate::store::invites::Invite::FIELDS.contains(f))
        );
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Inputs a fuzzer found or a person thought of, kept as regression cases.
    const REGRESSIONS: &[&str] = &[
        "",
        "$",
        "-0.01",
        "99999999999999999999",
        "1e9",
        "in ",
        "+",
        "ago",
        "9999999999d",
        "-9999999999y",
        "{\"lancer_export\":1}",
        "{\"type\":\"header\"}\n{",
        ".[] | select(.score >",
        "@",
        "\u{1b}[31m",
        "ａｔ ｇｍａｉｌ ｃｏｍ",
        "x@\u{1a}\u{1}\0\0n\u{85}a:) @\tx",
        "halt",
    ];

    #[test]
    fn regressions_pass_every_harness() {
        for case in REGRESSIONS {
            let b = case.as_bytes();
            super::money(b);
            super::dates(b);
            super::import(b);
            super::contact(b);
            super::arguments(b);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn money_never_panics(t in "[$0-9., +-]{0,14}", raw in proptest::collection::vec(any::<u8>(), 0..24)) {
            super::money(t.as_bytes());
            super::money(&raw);
        }

        #[test]
        fn dates_never_panic(t in "(in |\\+|-)?[0-9]{0,12} ?(d|w|h|m|s|y|mo|days?|weeks?|hours?)?( ago)?|[0-9T:Z+-]{0,26}", raw in proptest::collection::vec(any::<u8>(), 0..32)) {
            super::dates(t.as_bytes());
            super::dates(&raw);
        }

        #[test]
        fn import_never_panics(t in "\\{\"(lancer_export|type|records|id)\":(1|\"client\"|\\[\\]|null|\\{\\})[,}\\]\\n]{0,3}.{0,40}", raw in proptest::collection::vec(any::<u8>(), 0..64)) {
            super::import(t.as_bytes());
            super::import(&raw);
        }

        #[test]
        fn contact_keeps_its_spans(t in "([a-z]{1,6}|[0-9]{1,4}|[ .@+()_-]|at|dot|ponto|arroba|\\u{ff20}|\\u{200b}|é){0,30}") {
            super::contact(t.as_bytes());
        }

        #[test]
        fn arguments_never_panic(t in "[.\\[\\]|a-z0-9 (),>=<\"-]{0,24}") {
            super::arguments(t.as_bytes());
        }
    }
}
