//! Seed, export and import: deterministic, lossless, all or nothing.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::Env;

fn statuses(env: &Env, noun: &str) -> BTreeSet<String> {
    env.json(&[noun, "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn seeds_export_identically_and_cover_every_status() {
    let (a, b, c) = (Env::new(), Env::new(), Env::new());
    for (env, seed) in [(&a, "5"), (&b, "5"), (&c, "6")] {
        let out = env.run(&["seed", "--invites", "500", "--seed", seed]);
        assert!(out.status.success());
        assert!(
            out.stderr.is_empty(),
            "no progress without a terminal: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let export = |e: &Env| e.ok(&["export"]);
    assert_eq!(export(&a), export(&b));
    assert_ne!(export(&a), export(&c));
    let invites: BTreeSet<String> = [
        "pending",
        "accepted",
        "declined",
        "archived",
        "withdrawn",
        "closed",
    ]
    .map(String::from)
    .into();
    assert_eq!(statuses(&a, "invites"), invites);
    let proposals: BTreeSet<String> = [
        "submitted",
        "active",
        "offered",
        "hired",
        "declined",
        "withdrawn",
        "archived",
    ]
    .map(String::from)
    .into();
    assert_eq!(statuses(&a, "proposals"), proposals);
    let offers: BTreeSet<String> = ["open", "accepted", "declined", "expired", "withdrawn"]
        .map(String::from)
        .into();
    assert_eq!(statuses(&a, "offers"), offers);
    let kinds: BTreeSet<String> = a
        .json(&["connects", "history"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        kinds,
        ["expire", "grant", "purchase", "refund", "spend"]
            .map(String::from)
            .into()
    );
    assert!(
        !a.json(&["contracts", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(!a.json(&["catalog", "list"]).as_array().unwrap().is_empty());
    assert_eq!(a.json(&["agencies", "list"]).as_array().unwrap().len(), 1);
    a.ok(&["db", "check"]);
}

#[test]
fn json_and_ndjson_round_trips_are_byte_identical() {
    let a = Env::new();
    a.ok(&["seed", "--invites", "200", "--seed", "3"]);
    let file = a.path("attachment.txt");
    std::fs::write(&file, b"bytes that travel as base64").unwrap();
    a.ok(&[
        "jobs",
        "add",
        "--client",
        "1",
        "--uid",
        "fx",
        "--title",
        "Attachments",
        "--fixed",
        "300",
    ]);
    a.ok(&["invites", "receive", "--job", "fx", "--uid", "extra"]);
    a.ok(&["connects", "buy", "20"]);
    a.ok(&[
        "invite",
        "accept",
        "extra",
        "--bid",
        "300",
        "--cover-letter",
        "Thanks a lot for the invite.",
        "--attach",
        file.to_str().unwrap(),
    ]);
    for form in [vec!["export"], vec!["export", "--ndjson"]] {
        let original = a.ok(&form);
        let path = a.path("dump");
        std::fs::write(&path, &original).unwrap();
        let b = Env::new();
        b.ok(&["import", path.to_str().unwrap()]);
        assert_eq!(b.ok(&form), original, "{form:?} round trip");
        // Importing the same file again changes nothing.
        let again = b.json(&["import", path.to_str().unwrap()]);
        assert_eq!(again["inserted"], 0);
        assert_eq!(again["updated"], 0);
        assert_eq!(b.ok(&form), original);
        b.ok(&["db", "check"]);
    }
}

#[test]
fn one_bad_record_at_the_end_writes_nothing() {
    let a = Env::new();
    a.ok(&["seed", "--invites", "50"]);
    let mut lines: Vec<String> = a
        .ok(&["export", "--ndjson"])
        .lines()
        .map(String::from)
        .collect();
    let n = lines.len();
    lines.push(r#"{"type":"client","name":"Bad","payment_verified":3}"#.into());
    let path = a.path("bad.ndjson");
    std::fs::write(&path, lines.join("\n")).unwrap();
    let b = Env::new();
    b.ok(&["clients", "add", "Existing"]);
    let before = b.snapshot();
    let err = b.fails(2, &["import", path.to_str().unwrap()]);
    assert!(err.contains(&format!("line {}", n + 1)), "{err}");
    assert!(err.contains("payment_verified"), "{err}");
    assert_eq!(b.snapshot(), before);
    // Other kinds of bad records, each named by position.
    for (record, says) in [
        (r#"{"type":"spaceship","id":1}"#, "unknown type"),
        (
            r#"{"type":"client","id":1,"name":"X","colour":"red"}"#,
            "unknown field 'colour'",
        ),
        (r#"{"type":"client","id":1,"name":7}"#, "must be a string"),
        (
            r#"{"type":"job","id":1,"client_id":42,"title":"T","pay_type":"fixed","fixed_cents":100,"connects_cost":2,"posted_at":"2026-01-01T00:00:00Z"}"#,
            "neither in the file nor in the store",
        ),
        (
            r#"{"type":"invite","id":1,"job_id":1,"kind":"client","received_at":"2026-01-01T00:00:00Z","status":"declined","decline_reason":"other","responded_at":"2026-01-01T00:00:00Z","decline_message":"mail me at a@b.co"}"#,
            "contact information",
        ),
        // The store's own constraint, in the same words on both engines.
        (
            r#"{"type":"job","id":1,"client_id":1,"title":"T","pay_type":"fixed","fixed_cents":100,"connects_cost":null,"posted_at":"2026-01-01T00:00:00Z"}"#,
            "NOT NULL constraint failed: jobs.connects_cost",
        ),
        ("not json", "not valid JSON"),
    ] {
        let doc = format!("{{\"type\":\"header\",\"lancer_export\":1}}\n{record}\n");
        std::fs::write(&path, doc).unwrap();
        let err = b.fails(2, &["import", path.to_str().unwrap()]);
        assert!(
            err.contains("line 2") && err.contains(says),
            "{record}: {err}"
        );
        assert_eq!(b.snapshot(), before);
    }
}

#[test]
fn records_with_a_known_uid_are_updated_not_duplicated() {
    let env = Env::new();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fixture.json");
    let r = env.json(&["import", fixture]);
    assert_eq!(r["inserted"], 7);
    assert_eq!(env.json(&["invites", "list"]).as_array().unwrap().len(), 2);
    // The same client under another id, renamed: the uid decides.
    let path = env.path("rename.ndjson");
    std::fs::write(&path, "{\"type\":\"header\",\"lancer_export\":1}\n{\"type\":\"client\",\"id\":77,\"uid\":\"acme\",\"name\":\"Acme Robotics Ltd\"}\n").unwrap();
    let r = env.json(&["import", path.to_str().unwrap()]);
    assert_eq!(r["updated"], 1);
    let clients = env.json(&["clients", "list"]);
    assert_eq!(clients.as_array().unwrap().len(), 1);
    assert_eq!(clients[0]["name"], "Acme Robotics Ltd");
    assert_eq!(clients[0]["id"], 1);
}

#[test]
fn the_hand_written_fixture_imports_and_works() {
    let env = Env::new();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fixture.json");
    env.ok(&["import", fixture]);
    let p = env.json(&[
        "invite",
        "accept",
        "inv-cli",
        "--rate",
        "60",
        "--cover-letter",
        "Thank you, I would use clap.",
        "--answer",
        "1=clap",
    ]);
    assert_eq!(
        p["connects_spent"], 0,
        "the fixture sets invite-connects free"
    );
    let job: Value = env.json(&["job", "show", "cli"]);
    assert_eq!(job["questions"][0], "Which crates would you use?");
    env.ok(&["db", "check"]);
}

/// Real command output validates against `lancer schema ENTITY`.
#[test]
fn output_matches_the_published_schemas() {
    let env = Env::new();
    env.ok(&["seed", "--invites", "200", "--seed", "2"]);
    let cases: &[(&str, &[&str])] = &[
        ("client", &["clients", "list"]),
        ("job", &["jobs", "list"]),
        ("profile", &["profiles", "list"]),
        ("agency", &["agencies", "list"]),
        ("invite", &["invites", "list"]),
        ("proposal", &["proposals", "list"]),
        ("message", &["messages", "list", "1"]),
        ("offer", &["offers", "list"]),
        ("contract", &["contracts", "list"]),
        ("catalog-project", &["catalog", "list"]),
        ("connects-entry", &["connects", "history"]),
        ("event", &["log", "--limit", "50"]),
        ("connects-balance", &["connects", "balance"]),
        ("invite", &["invite", "show", "1"]),
        ("proposal", &["proposal", "show", "1"]),
    ];
    for (entity, args) in cases {
        let schema: Value = serde_json::from_str(&env.ok(&["schema", entity])).unwrap();
        let validator = jsonschema::validator_for(&schema).expect("a valid schema");
        let output = env.json(args);
        let items = match &output {
            Value::Array(items) => items.clone(),
            one => vec![one.clone()],
        };
        assert!(!items.is_empty(), "{args:?} printed nothing to check");
        for item in &items {
            let errors: Vec<String> = validator.iter_errors(item).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{args:?} against {entity}: {errors:?}");
        }
    }
}

/// For the pipeline records too, `--fields` accepts exactly the keys of the JSON, in order.
#[test]
fn declared_fields_match_the_json_for_pipeline_records() {
    let env = Env::new();
    env.ok(&["seed", "--invites", "150", "--seed", "8"]);
    for list in [
        vec!["invites", "list"],
        vec!["proposals", "list"],
        vec!["offers", "list"],
        vec!["contracts", "list"],
        vec!["messages", "list", "1"],
        vec!["catalog", "list"],
        vec!["connects", "history"],
    ] {
        let rows = env.json(&list);
        let keys: Vec<String> = rows[0]
            .as_object()
            .unwrap_or_else(|| panic!("{list:?} is empty"))
            .keys()
            .cloned()
            .collect();
        let mut args = list.clone();
        args.extend(["--json", "--fields", "no_such_field"]);
        let out = env.run(&args);
        let err: Value = serde_json::from_slice(&out.stderr).unwrap();
        let declared: Vec<String> = err["error"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(keys, declared, "{list:?}");
    }
}
