//! Proposals, rooms, offers, contracts, agencies and the catalog, end to end.

use serde_json::Value;

use crate::common::Env;

const LETTER: &str =
    "Thank you for posting this. I have shipped three similar tools and can start this week.";

/// Client `acme`, public hourly job `pub` (30-60: 8 Connects), fixed job `fix` (300: 4),
/// profile Dana, 40 Connects.
pub fn world() -> Env {
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
    ]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "fix",
        "--title",
        "Fixed job",
        "--fixed",
        "300",
    ]);
    env.ok(&["profiles", "add", "Dana", "--rate", "50"]);
    env.ok(&["connects", "buy", "40"]);
    env
}

fn at(env: &Env, now: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--now", now];
    all.extend_from_slice(args);
    env.run(&all)
}

fn balance(env: &Env) -> i64 {
    env.json(&["connects", "balance"])["balance"]
        .as_i64()
        .unwrap()
}

#[test]
fn submit_view_message_offer_accept_contract() {
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
        "--boost",
        "3",
    ]);
    assert_eq!(p["status"], "submitted");
    assert_eq!(p["connects_spent"], 8);
    assert_eq!(p["boost_connects"], 3);
    assert_eq!(p["room_opened_at"], Value::Null);
    assert_eq!(balance(&env), 29);
    // R19: one live proposal per job.
    env.fails(
        4,
        &[
            "proposals",
            "submit",
            "--job",
            "pub",
            "--rate",
            "50",
            "--cover-letter",
            LETTER,
        ],
    );
    // The freelancer cannot write before the client does.
    env.fails(4, &["messages", "send", "1", "Hello there"]);
    env.ok(&["proposal", "mark-viewed", "1"]);
    let m = env.json(&["messages", "receive", "1", "Hi Dana, when could you start?"]);
    assert_eq!(m["author"], "Acme");
    assert_eq!(m["from_client"], true);
    let shown = env.json(&["proposal", "show", "1"]);
    assert_eq!(shown["status"], "active");
    assert_eq!(shown["messages_count"], 1);
    assert_eq!(shown["participants"].as_array().unwrap().len(), 2);
    env.ok(&["messages", "send", "1", "Monday works for me."]);
    let o = env.json(&[
        "offers",
        "receive",
        "--proposal",
        "1",
        "--weekly-limit",
        "20",
    ]);
    assert_eq!(o["status"], "open");
    assert_eq!(o["rate_cents"], 5500);
    assert_eq!(o["weekly_limit_hours"], 20);
    assert_eq!(o["expires_at"], "2026-03-17T12:00:00Z");
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "offered");
    let c = env.json(&["offer", "accept", "1"]);
    assert_eq!(c["status"], "active");
    assert_eq!(c["rate_cents"], 5500);
    assert_eq!(c["fee_cents"], 550);
    assert_eq!(c["receive_cents"], 4950);
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "hired");
    assert_eq!(env.json(&["offer", "show", "1"])["contract_id"], c["id"]);
    assert_eq!(
        env.json(&["contracts", "list"]).as_array().unwrap().len(),
        1
    );
    env.json(&["contract", "end", "1", "--reason", "delivered"]);
    env.fails(4, &["contract", "end", "1"]);
    env.ok(&["db", "check"]);
}

#[test]
fn invite_accept_offer_decline_back_to_active() {
    let env = world();
    env.ok(&["invites", "receive", "--job", "fix"]);
    let p = env.json(&[
        "invite",
        "accept",
        "1",
        "--bid",
        "280",
        "--cover-letter",
        LETTER,
    ]);
    assert_eq!(p["status"], "active");
    env.json(&["offers", "receive", "--proposal", "1", "--bid", "250"]);
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "offered");
    env.fails(2, &["offer", "decline", "1"]); // no reason, no terminal
    let o = env.json(&[
        "offer",
        "decline",
        "1",
        "--reason",
        "rate-too-low",
        "--message",
        "My floor for this is 280.",
    ]);
    assert_eq!(o["status"], "declined");
    assert_eq!(env.json(&["proposal", "show", "1"])["status"], "active");
    env.fails(4, &["offer", "accept", "1"]);
    env.ok(&["db", "check"]);
}

#[test]
fn r16_letter_window_is_exact_to_the_minute() {
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
    ]);
    // Submitted at 12:00; the letter locks at 18:00.
    let ok = at(
        &env,
        "2026-03-10T17:59:00Z",
        &[
            "proposal",
            "edit",
            "1",
            "--cover-letter",
            "Edited letter, still thanking you.",
        ],
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let before = env.snapshot();
    let late = at(
        &env,
        "2026-03-10T18:00:00Z",
        &["proposal", "edit", "1", "--cover-letter", "Too late"],
    );
    assert_eq!(late.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&late.stderr).contains("locked at 2026-03-10T18:00:00Z"));
    assert_eq!(env.snapshot(), before);
    // Terms still change after the letter locks, until an offer.
    let terms = at(
        &env,
        "2026-03-11T09:00:00Z",
        &["proposal", "edit", "1", "--rate", "58", "--json"],
    );
    assert!(terms.status.success());
    let p: Value = serde_json::from_slice(&terms.stdout).unwrap();
    assert_eq!(p["rate_cents"], 5800);
}

#[test]
fn r16_viewing_closes_the_letter_window_at_once() {
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
    ]);
    assert!(
        at(
            &env,
            "2026-03-10T13:00:00Z",
            &["proposal", "mark-viewed", "1"]
        )
        .status
        .success()
    );
    assert_eq!(
        env.json(&["proposal", "show", "1"])["cover_letter_locked_at"],
        "2026-03-10T13:00:00Z"
    );
    let before = env.snapshot();
    // From the view on, well inside the six hours, the letter is locked.
    env.fails(
        4,
        &[
            "--now",
            "2026-03-10T13:00:00Z",
            "proposal",
            "edit",
            "1",
            "--cover-letter",
            "Different letter",
        ],
    );
    env.fails(
        4,
        &[
            "--now",
            "2026-03-10T14:00:00Z",
            "proposal",
            "edit",
            "1",
            "--cover-letter",
            "Another letter",
        ],
    );
    assert_eq!(env.snapshot(), before);
    // A proposal nobody viewed is still editable at 13:00.
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "fix",
        "--bid",
        "300",
        "--cover-letter",
        LETTER,
    ]);
    env.ok(&[
        "--now",
        "2026-03-10T13:00:00Z",
        "proposal",
        "edit",
        "2",
        "--cover-letter",
        "Different letter",
    ]);
}

#[test]
fn after_an_offer_terms_and_withdrawal_are_refused_with_advice() {
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
    ]);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    let before = env.snapshot();
    let err = env.fails(4, &["proposal", "edit", "1", "--rate", "60"]);
    assert!(err.contains("client's agreement"), "{err}");
    let err = env.fails(
        4,
        &["proposal", "withdraw", "1", "--reason", "rate-mismatch"],
    );
    assert!(err.contains("decline the offer instead"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn withdrawing_keeps_the_connects_spent() {
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
    ]);
    assert_eq!(balance(&env), 32);
    env.fails(2, &["proposal", "withdraw", "1"]); // reason needed
    env.fails(2, &["proposal", "withdraw", "1", "--reason", "other"]);
    let p = env.json(&["proposal", "withdraw", "1", "--reason", "schedule-conflict"]);
    assert_eq!(p["status"], "withdrawn");
    assert_eq!(p["status_reason"], "schedule-conflict");
    assert_eq!(balance(&env), 32, "R17: no refund");
    env.fails(
        4,
        &["proposal", "withdraw", "1", "--reason", "schedule-conflict"],
    );
}

#[test]
fn contact_information_is_refused_before_the_contract_and_allowed_after() {
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
    ]);
    env.ok(&["messages", "receive", "1", "Hi! Tell me more."]);
    let bad_file = env.path("call me on +1 415 555 0134.pdf");
    std::fs::write(&bad_file, b"x").unwrap();
    let before = env.snapshot();
    let cases: &[&[&str]] = &[
        &[
            "messages",
            "send",
            "1",
            "Sure, write to dana at example dot com",
        ],
        &["messages", "receive", "1", "My skype is acme.hiring88"],
        &[
            "proposal",
            "edit",
            "1",
            "--cover-letter",
            "Find me at t.me/dana_codes",
        ],
        &[
            "proposal",
            "edit",
            "1",
            "--attach",
            bad_file.to_str().unwrap(),
        ],
        &[
            "proposal",
            "withdraw",
            "1",
            "--reason",
            "other",
            "--message",
            "text me 415-555-0134",
        ],
        &[
            "proposals",
            "submit",
            "--job",
            "fix",
            "--bid",
            "300",
            "--cover-letter",
            "email dana@example.com",
        ],
    ];
    for args in cases {
        let err = env.fails(4, args);
        assert!(err.contains("contact information"), "{args:?}: {err}");
        assert_eq!(env.snapshot(), before, "{args:?} left a trace");
    }
    // The error names each finding.
    let out = env.run(&[
        "messages",
        "send",
        "1",
        "mail dana@example.com or call +1 415 555 0134",
        "--json",
    ]);
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    let kinds: Vec<&str> = e["error"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["email", "phone"]);
    // After the contract starts, the room allows it.
    env.ok(&["offers", "receive", "--proposal", "1"]);
    env.ok(&["offer", "accept", "1"]);
    let m = env.json(&[
        "messages",
        "send",
        "1",
        "Great, my email is dana@example.com",
    ]);
    assert_eq!(m["body"], "Great, my email is dana@example.com");
    env.ok(&["db", "check"]);
}

#[test]
fn extra_rewards_are_warnings_not_refusals() {
    let env = world();
    let out = env.run(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        "Thanks! I will add a free logo if you hire me.",
        "--json",
    ]);
    assert!(out.status.success());
    let p: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p["warnings"][0]["kind"], "extra-reward");
    // In JSON mode the warnings are in the JSON; stderr carries errors only.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn agency_rooms_and_offer_acceptance() {
    let env = world();
    env.ok(&["agencies", "add", "North", "--uid", "north"]);
    env.ok(&["agency", "member-add", "north", "Olu", "--role", "owner"]);
    env.ok(&[
        "agency",
        "member-add",
        "north",
        "Sam",
        "--role",
        "business-manager",
    ]);
    env.ok(&["agency", "member-add", "north", "Mia", "--role", "member"]);
    env.ok(&["connects", "buy", "20", "--agency", "north"]);
    let p = env.json(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        LETTER,
        "--agency",
        "north",
        "--as",
        "Mia",
    ]);
    assert_eq!(p["submitted_by"], "Mia");
    // R53: the agency's pool paid.
    assert_eq!(
        env.json(&["connects", "balance", "--agency", "north"])["balance"],
        12
    );
    assert_eq!(balance(&env), 40);
    // R31: the member's room holds the business manager.
    let shown = env.json(&["proposal", "show", "1"]);
    let people: Vec<(String, String)> = shown["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["name"].as_str().unwrap().to_string(),
                x["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            ("Acme".into(), "client".into()),
            ("Mia".into(), "freelancer".into()),
            ("Sam".into(), "business-manager".into())
        ]
    );
    env.ok(&["messages", "receive", "1", "Hello team"]);
    env.ok(&["messages", "send", "1", "Hi, Sam here.", "--as", "Sam"]);
    env.fails(4, &["messages", "send", "1", "Hi", "--as", "Olu"]); // not in the room
    env.ok(&["offers", "receive", "--proposal", "1"]);
    let before = env.snapshot();
    // R21: a member cannot accept, nor the owner while there is a business manager.
    env.fails(4, &["offer", "accept", "1", "--as", "Mia"]);
    env.fails(4, &["offer", "accept", "1", "--as", "Olu"]);
    env.fails(4, &["offer", "accept", "1"]);
    assert_eq!(env.snapshot(), before);
    let c = env.json(&["offer", "accept", "1", "--as", "Sam"]);
    assert_eq!(c["status"], "active");
    assert_eq!(env.json(&["offer", "show", "1"])["accepted_by"], "Sam");
    env.ok(&["db", "check"]);
}

#[test]
fn milestones_bids_and_cover_letter_limits() {
    let env = world();
    let p = env.json(&[
        "proposals",
        "submit",
        "--job",
        "fix",
        "--cover-letter",
        LETTER,
        "--milestone",
        "Design;2026-04-01;100",
        "--milestone",
        "Build;2026-05-01;$180.50",
    ]);
    assert_eq!(p["bid_cents"], 28050);
    assert_eq!(p["milestones"][1]["amount_cents"], 18050);
    assert_eq!(p["milestones"][1]["due_date"], "2026-05-01");
    let before = env.snapshot();
    env.ok(&[
        "proposal",
        "withdraw",
        "1",
        "--reason",
        "applied-by-mistake",
        "--dry-run",
    ]);
    assert_eq!(env.snapshot(), before);
    env.ok(&[
        "proposal",
        "withdraw",
        "1",
        "--reason",
        "applied-by-mistake",
    ]);
    let before = env.snapshot();
    let err = env.fails(
        2,
        &[
            "proposals",
            "submit",
            "--job",
            "fix",
            "--cover-letter",
            LETTER,
            "--milestone",
            "Old;2026-03-09;100",
        ],
    );
    assert!(err.contains("in the past"), "{err}");
    let long = "x".repeat(5_001);
    let err = env.fails(
        4,
        &[
            "proposals",
            "submit",
            "--job",
            "fix",
            "--bid",
            "300",
            "--cover-letter",
            &long,
        ],
    );
    assert!(err.contains("5000"), "{err}");
    env.fails(
        2,
        &[
            "proposals",
            "submit",
            "--job",
            "fix",
            "--rate",
            "50",
            "--cover-letter",
            LETTER,
        ],
    );
    env.fails(
        2,
        &[
            "proposals",
            "submit",
            "--job",
            "fix",
            "--cover-letter",
            LETTER,
            "--milestone",
            "Tiny;2026-04-01;4.99",
        ],
    );
    assert_eq!(env.snapshot(), before);
    let ok = env.json(&[
        "proposals",
        "submit",
        "--job",
        "fix",
        "--bid",
        "300",
        "--cover-letter",
        &"x".repeat(5_000),
    ]);
    assert_eq!(ok["bid_cents"], 30000);
}

#[test]
fn boosts_are_placed_once_and_refunded_when_outbid() {
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
    ]);
    let p = env.json(&["proposal", "boost", "1", "5"]);
    assert_eq!(p["boost_connects"], 5);
    assert_eq!(balance(&env), 27);
    env.fails(4, &["proposal", "boost", "1", "2"]);
    let p = env.json(&["proposal", "mark-outbid", "1"]);
    assert_eq!(p["boost_refunded"], true);
    assert_eq!(balance(&env), 32);
    env.fails(4, &["proposal", "mark-outbid", "1"]);
    env.ok(&["db", "check"]);
}

#[test]
fn offers_expire_after_the_configured_days() {
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
    ]);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    assert_eq!(
        env.json(&["--now", "2026-03-17T11:59:59Z", "offer", "show", "1"])["status"],
        "open"
    );
    assert_eq!(
        env.json(&["--now", "2026-03-17T12:00:00Z", "offer", "show", "1"])["status"],
        "expired"
    );
    let before = env.snapshot();
    env.fails(
        4,
        &["--now", "2026-03-17T12:00:00Z", "offer", "accept", "1"],
    );
    assert_eq!(env.snapshot(), before);
    assert_eq!(
        env.ok(&[
            "--now",
            "2026-03-18T00:00:00Z",
            "offers",
            "list",
            "--status",
            "expired",
            "-q"
        ]),
        "1\n"
    );
}

#[test]
fn attachments_round_trip_through_the_store() {
    let env = world();
    let file = env.path("sample.bin");
    let bytes: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    std::fs::write(&file, &bytes).unwrap();
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        LETTER,
        "--attach",
        file.to_str().unwrap(),
    ]);
    std::fs::remove_file(&file).unwrap();
    let out = env.path("back.bin");
    env.ok(&[
        "proposal",
        "attachment",
        "1",
        "sample.bin",
        "-O",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    let p = env.json(&["proposal", "edit", "1", "--remove-attachment", "sample.bin"]);
    assert_eq!(p["attachments"], serde_json::json!([]));
}

#[test]
fn catalog_orders_start_contracts_without_connects() {
    let env = world();
    let c = env.json(&[
        "catalog",
        "add",
        "Code review",
        "--price",
        "250",
        "--delivery-days",
        "3",
        "--uid",
        "review",
    ]);
    assert_eq!(c["price_cents"], 25000);
    let k = env.json(&["catalog", "order", "review", "--client", "acme"]);
    assert_eq!(k["status"], "active");
    assert_eq!(k["bid_cents"], 25000);
    assert_eq!(k["catalog_id"], c["id"]);
    assert_eq!(balance(&env), 40);
    env.fails(2, &["catalog", "add", "Too cheap", "--price", "4"]);
    env.ok(&["db", "check"]);
}
