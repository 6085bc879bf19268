//! Pipeline integrity: each impossible state the last release allowed, tried as a user would,
//! now ends in the SPEC's behaviour (R6, R15, R18, R19, R20, R21, R51, R52, I9).

use serde_json::Value;

use crate::common::{Env, NOW};

const LETTER: &str = "Hello, I have built several services like this one and would enjoy it.";

/// A client, an hourly public job `pub` (8 Connects), a general and a specialized profile,
/// 40 Connects.
fn world() -> Env {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme", "--uid", "acme"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "pub",
        "--title",
        "Public job",
        "--hourly",
        "30-60",
        "--posted-at",
        "2026-03-01T00:00:00Z",
    ]);
    env.ok(&["profiles", "add", "Dana", "--rate", "50"]);
    env.ok(&[
        "profiles",
        "add",
        "Rust work",
        "--specialized",
        "--rate",
        "80",
    ]);
    // Bought before anything the tests date in the past.
    env.ok(&["--now", "2026-02-01T00:00:00Z", "connects", "buy", "40"]);
    env
}

fn at(env: &Env, now: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--now", now];
    all.extend_from_slice(args);
    env.run(&all)
}

fn at_json(env: &Env, now: &str, args: &[&str]) -> Value {
    let mut all = vec!["--now", now];
    all.extend_from_slice(args);
    env.json(&all)
}

fn submit(env: &Env) {
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        LETTER,
    ]);
}

fn balance(env: &Env) -> i64 {
    env.json(&["connects", "balance"])["balance"]
        .as_i64()
        .unwrap()
}

#[test]
fn an_expired_offer_puts_its_proposal_back_to_active() {
    let env = world();
    submit(&env);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "offered");
    let later = "2026-03-18T12:00:00Z";
    // R20: from the moment it expires, before any command has run.
    let before = env.snapshot();
    assert_eq!(
        at_json(&env, later, &["proposal", "show", "1"])["status"],
        "active"
    );
    assert_eq!(
        at_json(&env, later, &["offer", "show", "1"])["status"],
        "expired"
    );
    let listed = at_json(&env, later, &["proposals", "list", "--status", "active"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(env.snapshot(), before, "reading wrote to the store");
    // It can get a new offer, and the expired one cannot be answered.
    assert_eq!(
        at(&env, later, &["offer", "accept", "1"]).status.code(),
        Some(4)
    );
    let offer = at_json(&env, later, &["offers", "receive", "--proposal", "1"]);
    assert_eq!(offer["status"], "open");
    assert_eq!(
        at_json(&env, later, &["offer", "show", "1"])["status"],
        "expired"
    );
    assert_eq!(
        at_json(&env, later, &["proposal", "show", "1"])["status"],
        "offered"
    );
    let out = at(&env, later, &["db", "check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn an_expired_offer_leaves_the_proposal_free_to_withdraw() {
    let env = world();
    submit(&env);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    let p = at_json(
        &env,
        "2026-03-20T00:00:00Z",
        &[
            "proposal",
            "withdraw",
            "1",
            "--reason",
            "client-unresponsive",
        ],
    );
    assert_eq!(p["status"], "withdrawn");
}

#[test]
fn closing_a_job_withdraws_its_open_offers() {
    let env = world();
    submit(&env);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    let spent = balance(&env);
    env.ok(&["job", "close", "pub", "--reason", "cancelled"]);
    assert_eq!(env.json(&["offer", "show", "1"])["status"], "withdrawn");
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "archived");
    assert_eq!(
        balance(&env),
        spent + 8,
        "R52: the live proposal's Connects come back"
    );
    let before = env.snapshot();
    for args in [
        &["offer", "accept", "1"][..],
        &["offer", "decline", "1", "--reason", "rate-too-low"],
        &["messages", "receive", "1", "Hello?"],
        &["messages", "send", "1", "Hello?"],
        &["offers", "receive", "--proposal", "1"],
    ] {
        env.fails(4, args);
        assert_eq!(env.snapshot(), before, "lancer {args:?} changed the store");
    }
    assert!(env.run(&["db", "check"]).status.success());
}

#[test]
fn one_live_proposal_per_job_across_all_profiles() {
    let env = world();
    submit(&env);
    let before = env.snapshot();
    let err = env.fails(
        4,
        &[
            "proposals",
            "submit",
            "--job",
            "pub",
            "--rate",
            "80",
            "--cover-letter",
            LETTER,
            "--profile",
            "Rust work",
        ],
    );
    assert!(err.contains("proposal 1"), "{err}");
    assert_eq!(
        env.snapshot(),
        before,
        "the refused proposal changed the store"
    );
    assert_eq!(balance(&env), 32, "charged once");
    // Withdrawn, it no longer blocks a new one.
    env.ok(&[
        "proposal",
        "withdraw",
        "1",
        "--reason",
        "applied-by-mistake",
    ]);
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "80",
        "--cover-letter",
        LETTER,
        "--profile",
        "Rust work",
    ]);
}

#[test]
fn a_job_with_a_hire_cannot_be_cancelled_and_refunds_nothing() {
    let env = world();
    submit(&env);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    env.ok(&["offer", "accept", "1"]);
    let before = env.snapshot();
    let err = env.fails(4, &["job", "close", "pub", "--reason", "cancelled"]);
    assert!(err.contains("hire"), "{err}");
    assert_eq!(env.snapshot(), before);
    let b = balance(&env);
    env.ok(&["job", "close", "pub", "--reason", "filled"]);
    assert_eq!(balance(&env), b);
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "hired");
}

#[test]
fn cancelling_refunds_only_proposals_live_when_it_closed() {
    let env = world();
    submit(&env);
    env.ok(&["proposal", "withdraw", "1", "--reason", "schedule-conflict"]);
    let b = balance(&env);
    env.ok(&["job", "close", "pub", "--reason", "cancelled"]);
    assert_eq!(balance(&env), b, "a withdrawn proposal gets nothing back");
    let refunds = env.json(&["connects", "history", "--kind", "refund"]);
    assert_eq!(refunds.as_array().unwrap().len(), 0);
}

#[test]
fn outbid_refunds_only_a_live_proposals_boost_once() {
    let env = world();
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        LETTER,
        "--boost",
        "3",
    ]);
    env.ok(&["proposal", "mark-outbid", "1"]);
    env.fails(4, &["proposal", "mark-outbid", "1"]);
    env.ok(&["proposal", "withdraw", "1", "--reason", "schedule-conflict"]);
    env.ok(&["clients", "add", "Beta", "--uid", "beta"]);
    env.ok(&[
        "jobs", "add", "--client", "beta", "--uid", "b", "--title", "B", "--fixed", "300",
    ]);
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "b",
        "--bid",
        "300",
        "--cover-letter",
        LETTER,
        "--boost",
        "2",
    ]);
    env.ok(&["proposal", "withdraw", "2", "--reason", "schedule-conflict"]);
    let before = env.snapshot();
    let err = env.fails(4, &["proposal", "mark-outbid", "2"]);
    assert!(err.contains("withdrawn"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_hired_proposals_boost_is_not_refunded_as_outbid() {
    let env = world();
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        LETTER,
        "--boost",
        "3",
    ]);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    env.ok(&["offer", "accept", "1"]);
    let before = env.snapshot();
    env.fails(4, &["proposal", "mark-outbid", "1"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn editing_the_budget_keeps_an_explicit_connects_cost() {
    let env = world();
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "x",
        "--title",
        "X",
        "--fixed",
        "300",
        "--connects",
        "12",
    ]);
    let j = env.json(&["job", "edit", "x", "--fixed", "6000"]);
    assert_eq!(j["connects_cost"], 12);
    // A derived cost follows the budget.
    let j = env.json(&["job", "edit", "pub", "--fixed", "40"]);
    assert_eq!(j["connects_cost"], 2);
    let j = env.json(&["job", "edit", "pub", "--connects", "5"]);
    assert_eq!(j["connects_cost"], 5);
    let j = env.json(&["job", "edit", "pub", "--fixed", "6000"]);
    assert_eq!(j["connects_cost"], 5);
}

#[test]
fn an_invite_whose_interview_expired_cannot_be_ignored() {
    let env = world();
    env.ok(&["invites", "receive", "--job", "pub", "--interview"]);
    let later = "2026-03-25T12:00:01Z";
    let before = env.snapshot();
    let out = at(&env, later, &["invite", "ignore", "1"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only be declined"));
    assert_eq!(env.snapshot(), before);
    let i = at_json(
        &env,
        later,
        &["invite", "decline", "1", "--reason", "too-busy"],
    );
    assert_eq!(i["status"], "declined");
}

#[test]
fn reads_write_nothing_and_history_sums_to_the_balance_at_any_time() {
    let env = world();
    submit(&env);
    env.ok(&["invites", "receive", "--job", "pub"]);
    for now in [
        NOW,
        "2026-06-01T00:00:00Z",
        "2027-03-11T00:00:00Z",
        "2028-01-01T00:00:00Z",
    ] {
        let before = crate::common::state(&env);
        let balance = at_json(&env, now, &["connects", "balance"])["balance"]
            .as_i64()
            .unwrap();
        let history = at_json(&env, now, &["connects", "history"]);
        let total: i64 = history
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["amount"].as_i64().unwrap())
            .sum();
        assert_eq!(total, balance, "at {now}");
        for args in [
            &["invites", "list"][..],
            &["invite", "show", "1"],
            &["proposals", "list"],
            &["proposal", "show", "1"],
            &["offers", "list"],
            &["contracts", "list"],
            &["jobs", "list"],
            &["stats"],
            &["log"],
            &["export"],
            &["db", "check"],
        ] {
            let out = at(&env, now, args);
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert!(
            crate::common::state(&env) == before,
            "a read at {now} changed the store file"
        );
    }
    // A year on, the lot has expired: balance 0, and the expiry shows in the history before
    // any change records it, then as a ledger row after one does.
    let later = "2027-03-11T00:00:00Z";
    let pending = at_json(&env, later, &["connects", "history", "--kind", "expire"]);
    assert_eq!(pending[0]["id"], Value::Null);
    assert_eq!(pending[0]["amount"], -32);
    at(&env, later, &["connects", "buy", "1"]);
    let recorded = at_json(&env, later, &["connects", "history", "--kind", "expire"]);
    assert!(recorded[0]["id"].is_i64());
    assert_eq!(recorded[0]["amount"], -32);
}

#[test]
fn the_short_balance_message_names_the_whole_cost() {
    let env = world();
    env.ok(&["connects", "spend", "--for", "profile-boost", "35"]);
    let before = env.snapshot();
    let err = env.fails(
        4,
        &[
            "proposals",
            "submit",
            "--job",
            "pub",
            "--rate",
            "55",
            "--cover-letter",
            LETTER,
            "--boost",
            "3",
        ],
    );
    assert!(
        err.contains("needs 11 Connects") && err.contains("balance is 5"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn boost_limits_are_the_same_at_submission_and_later() {
    let env = world();
    env.fails(
        2,
        &[
            "proposals",
            "submit",
            "--job",
            "pub",
            "--rate",
            "55",
            "--cover-letter",
            LETTER,
            "--boost",
            "101",
        ],
    );
    submit(&env);
    env.fails(2, &["proposal", "boost", "1", "101"]);
    env.fails(2, &["proposal", "boost", "1", "0"]);
}

#[test]
fn quiet_connects_changes_print_ledger_ids() {
    let env = world();
    assert_eq!(env.ok(&["connects", "buy", "5", "-q"]), "2\n");
    assert_eq!(env.ok(&["connects", "grant", "-q"]), "3\n");
    assert_eq!(
        env.ok(&[
            "connects",
            "spend",
            "--for",
            "availability-badge",
            "2",
            "-q"
        ]),
        "4\n"
    );
}

#[test]
fn given_times_cannot_precede_what_they_follow() {
    let env = world();
    submit(&env);
    let before = env.snapshot();
    let err = env.fails(
        2,
        &[
            "offers",
            "receive",
            "--proposal",
            "1",
            "--received-at",
            "2026-03-01T00:00:00Z",
        ],
    );
    assert!(err.contains("between its submission"), "{err}");
    env.fails(
        2,
        &[
            "invites",
            "receive",
            "--job",
            "pub",
            "--received-at",
            "2026-02-01T00:00:00Z",
        ],
    );
    env.fails(
        2,
        &[
            "invites",
            "receive",
            "--job",
            "pub",
            "--received-at",
            "2026-04-01T00:00:00Z",
        ],
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn the_profile_field_says_general_for_the_general_profile() {
    let env = world();
    let p = env.json(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        LETTER,
    ]);
    assert_eq!(p["profile"], "general");
    assert_eq!(p["profile_name"], "Dana");
}

#[test]
fn json_usage_errors_keep_the_parsers_detail() {
    let env = world();
    let out = env.run(&["--json", "invite", "decline"]);
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    let msg = err["error"]["message"].as_str().unwrap();
    assert!(msg.contains("<INVITE>"), "{msg}");
    let out = env.run(&["--json", "invite", "decline", "1", "--reason", "bored"]);
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    let msg = err["error"]["message"].as_str().unwrap();
    assert!(msg.contains("too-busy") && msg.contains("bored"), "{msg}");
    assert!(
        err["error"]["valid_values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v == "not-my-skills")
    );
}

#[test]
fn an_offer_follows_the_clients_view_and_the_view_precedes_offers() {
    let env = world();
    submit(&env);
    let later = "2026-03-12T12:00:00Z";
    assert!(
        at(
            &env,
            "2026-03-11T12:00:00Z",
            &["proposal", "mark-viewed", "1"]
        )
        .status
        .success()
    );
    let before = env.snapshot();
    let out = at(
        &env,
        later,
        &[
            "offers",
            "receive",
            "--proposal",
            "1",
            "--received-at",
            "2026-03-11T00:00:00Z",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.snapshot(), before);
    // Not yet viewed, an offer implies the view: marking it viewed afterwards is refused.
    env.ok(&["clients", "add", "Beta", "--uid", "beta"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "beta",
        "--uid",
        "b",
        "--title",
        "B",
        "--fixed",
        "300",
        "--posted-at",
        "2026-03-01T00:00:00Z",
    ]);
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "b",
        "--bid",
        "300",
        "--cover-letter",
        LETTER,
    ]);
    env.ok(&["offers", "receive", "--proposal", "2"]);
    let before = env.snapshot();
    assert_eq!(
        at(&env, later, &["proposal", "mark-viewed", "2"])
            .status
            .code(),
        Some(4)
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn nothing_is_sent_to_a_job_before_it_was_posted() {
    let env = world();
    let before = env.snapshot();
    let out = at(
        &env,
        "2026-02-01T00:00:00Z",
        &[
            "proposals",
            "submit",
            "--job",
            "pub",
            "--rate",
            "55",
            "--cover-letter",
            LETTER,
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_job_hires_a_freelancer_once() {
    let env = world();
    submit(&env);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    env.ok(&["offer", "accept", "1"]);
    let before = env.snapshot();
    let err = env.fails(
        4,
        &[
            "proposals",
            "submit",
            "--job",
            "pub",
            "--rate",
            "80",
            "--cover-letter",
            LETTER,
            "--profile",
            "Rust work",
        ],
    );
    assert!(err.contains("already hired"), "{err}");
    assert_eq!(
        env.snapshot(),
        before,
        "no Connects spent on a proposal that cannot be hired"
    );
}

#[test]
fn a_jobs_pay_type_stays_while_it_has_proposals() {
    let env = world();
    submit(&env);
    let before = env.snapshot();
    env.fails(4, &["job", "edit", "pub", "--fixed", "500"]);
    assert_eq!(env.snapshot(), before);
    let j = env.json(&["job", "edit", "pub", "--hourly", "40-90"]);
    assert_eq!(j["hourly_max_cents"], 9000);
}

#[test]
fn uids_of_digits_alone_are_refused() {
    let env = world();
    let err = env.fails(2, &["clients", "add", "Gamma", "--uid", "3"]);
    assert!(err.contains("all digits"), "{err}");
}

#[test]
fn import_refuses_times_that_cannot_be_read_back() {
    let env = world();
    let mut doc: Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    let job = doc["records"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["type"] == "job")
        .unwrap();
    job["posted_at"] = Value::from("2026-13-45T99:00:00Z");
    let file = env.path("bad.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let target = Env::new();
    let err = target.fails(2, &["import", file.to_str().unwrap()]);
    assert!(err.contains("posted_at"), "{err}");
    job_time_in_another_zone_is_refused(&env, doc);
}

fn job_time_in_another_zone_is_refused(env: &Env, mut doc: Value) {
    let job = doc["records"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["type"] == "job")
        .unwrap();
    job["posted_at"] = Value::from("2026-03-01T02:00:00+02:00");
    let file = env.path("zone.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    Env::new().fails(2, &["import", file.to_str().unwrap()]);
}

#[test]
fn a_job_cannot_be_moved_after_what_was_sent_to_it() {
    let env = world();
    let out = at(
        &env,
        "2026-03-05T00:00:00Z",
        &[
            "proposals",
            "submit",
            "--job",
            "pub",
            "--rate",
            "55",
            "--cover-letter",
            LETTER,
        ],
    );
    assert!(out.status.success());
    let before = env.snapshot();
    env.fails(
        2,
        &["job", "edit", "pub", "--posted-at", "2026-03-06T00:00:00Z"],
    );
    env.fails(
        2,
        &["job", "edit", "pub", "--posted-at", "2026-04-01T00:00:00Z"],
    );
    assert_eq!(env.snapshot(), before);
    let j = env.json(&["job", "edit", "pub", "--posted-at", "2026-02-01T00:00:00Z"]);
    assert_eq!(j["posted_at"], "2026-02-01T00:00:00Z");
}

/// The export of `env`, edited by `edit`, imported into an empty store: its stderr.
fn import_edited(env: &Env, edit: impl FnOnce(&mut Vec<Value>)) -> String {
    let mut doc: Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    edit(doc["records"].as_array_mut().unwrap());
    let file = env.path("edited.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let target = Env::new();
    let err = target.fails(2, &["import", file.to_str().unwrap()]);
    assert_eq!(
        target.ok(&["export", "--ndjson"]).lines().count(),
        1,
        "only the header"
    );
    err
}

#[test]
fn import_refuses_a_hire_without_offer_or_contract_and_contact_details_anywhere() {
    let env = world();
    let file = env.path("portfolio.pdf");
    std::fs::write(&file, b"%PDF-1.4").unwrap();
    env.ok(&["clients", "add", "Beta", "--uid", "beta"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "beta",
        "--uid",
        "q",
        "--title",
        "Q",
        "--fixed",
        "300",
        "--question",
        "When can you start?",
        "--posted-at",
        "2026-03-01T00:00:00Z",
    ]);
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "q",
        "--bid",
        "300",
        "--cover-letter",
        LETTER,
        "--answer",
        "1=Next week",
        "--attach",
        file.to_str().unwrap(),
    ]);
    let find = |records: &mut Vec<Value>, kind: &str| -> usize {
        records.iter().position(|r| r["type"] == kind).unwrap()
    };
    let err = import_edited(&env, |records| {
        let p = find(records, "proposal");
        records[p]["status"] = Value::from("hired");
    });
    assert!(err.contains("I4"), "{err}");
    let err = import_edited(&env, |records| {
        let p = find(records, "proposal");
        records[p]["answers"] = serde_json::json!([{"question": "When can you start?", "answer": "write to dana@example.com"}]);
    });
    assert!(
        err.contains("I7") && err.contains("dana@example.com"),
        "{err}"
    );
    let err = import_edited(&env, |records| {
        let a = find(records, "attachment");
        records[a]["name"] = Value::from("call +1 415 555 0100.pdf");
    });
    assert!(err.contains("I7"), "{err}");
}
