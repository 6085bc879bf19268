//! Invitations and the Connects ledger, end to end.

use serde_json::Value;

use crate::common::Env;

const LETTER: &str =
    "Thank you for the invitation. I have built similar tools before and can start this week.";

/// A client, an hourly job (20-40: 6 Connects), a fixed job (300: 4 Connects), a private job,
/// a general profile, this month's 10 Connects, and pending invites 1 (hourly) and 2 (fixed).
fn world() -> Env {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme", "--uid", "acme", "--rating", "4.9"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "hourly",
        "--title",
        "Hourly work",
        "--hourly",
        "20-40",
    ]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "fixed",
        "--title",
        "Fixed work",
        "--fixed",
        "300",
    ]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "private",
        "--title",
        "Secret",
        "--fixed",
        "300",
        "--private",
    ]);
    env.ok(&["profiles", "add", "Dana", "--rate", "50"]);
    env.ok(&["connects", "grant"]);
    env.ok(&["invites", "receive", "--job", "hourly", "--uid", "inv-h"]);
    env.ok(&["invites", "receive", "--job", "fixed", "--uid", "inv-f"]);
    env
}

fn balance(env: &Env) -> i64 {
    env.json(&["connects", "balance"])["balance"]
        .as_i64()
        .unwrap()
}

#[test]
fn accepting_at_a_rate_shows_the_fee_and_charges_the_job_cost() {
    let env = world();
    assert_eq!(balance(&env), 10);
    let p = env.json(&[
        "invite",
        "accept",
        "inv-h",
        "--rate",
        "40",
        "--cover-letter",
        LETTER,
    ]);
    assert_eq!(p["rate_cents"], 4000);
    assert_eq!(p["fee_cents"], 400);
    assert_eq!(p["receive_cents"], 3600);
    assert_eq!(p["status"], "active");
    assert_eq!(p["connects_spent"], 6);
    assert_eq!(p["connects_balance"], 4);
    assert_eq!(p["room_opened_at"], crate::common::NOW);
    assert_eq!(balance(&env), 4);
    let invite = env.json(&["invites", "list", "--status", "accepted"]);
    assert_eq!(invite[0]["proposal_id"], p["id"]);
    assert_eq!(invite[0]["responded_at"], crate::common::NOW);
}

#[test]
fn free_invites_cost_nothing() {
    let env = world();
    env.ok(&["config", "set", "invite-connects", "free"]);
    let p = env.json(&[
        "invite",
        "accept",
        "inv-h",
        "--rate",
        "40",
        "--cover-letter",
        LETTER,
    ]);
    assert_eq!(p["connects_spent"], 0);
    assert_eq!(balance(&env), 10);
}

#[test]
fn receive_and_half_up_fees() {
    let env = world();
    env.ok(&["config", "set", "invite-connects", "free"]);
    let p = env.json(&[
        "invite",
        "accept",
        "inv-h",
        "--receive",
        "20",
        "--cover-letter",
        LETTER,
        "--dry-run",
    ]);
    assert_eq!(
        (
            p["rate_cents"].clone(),
            p["fee_cents"].clone(),
            p["receive_cents"].clone()
        ),
        (2222.into(), 222.into(), 2000.into())
    );
    let p = env.json(&[
        "invite",
        "accept",
        "inv-h",
        "--rate",
        "22.25",
        "--cover-letter",
        LETTER,
    ]);
    assert_eq!(p["fee_cents"], 223);
    assert_eq!(p["receive_cents"], 2002);
}

#[test]
fn dry_run_accept_writes_nothing() {
    let env = world();
    let before = env.snapshot();
    let p = env.json(&[
        "invite",
        "accept",
        "inv-f",
        "--bid",
        "280",
        "--cover-letter",
        LETTER,
        "--dry-run",
    ]);
    assert_eq!(p["connects_spent"], 4);
    assert_eq!(p["connects_balance"], 6);
    assert_eq!(env.snapshot(), before);
}

/// Each refused action exits with its code and leaves every row of the store as it was.
#[test]
fn refused_actions_change_nothing() {
    let env = world();
    env.ok(&["invites", "receive", "--job", "private", "--uid", "inv-p"]);
    env.ok(&["invites", "receive", "--job", "fixed", "--uid", "inv-f2"]);
    env.ok(&[
        "invite",
        "decline",
        "inv-f2",
        "--reason",
        "too-busy",
        "--refer",
        "https://example.com/~sam",
    ]);
    env.ok(&["invites", "receive", "--job", "fixed", "--uid", "inv-f3"]);
    env.ok(&["invite", "decline", "inv-h", "--reason", "not-interested"]);
    let before = env.snapshot();
    let cases: &[(i32, &[&str])] = &[
        // wrong status (R1)
        (
            4,
            &[
                "invite",
                "accept",
                "inv-h",
                "--rate",
                "40",
                "--cover-letter",
                LETTER,
            ],
        ),
        (4, &["invite", "decline", "inv-h", "--reason", "spam"]),
        (4, &["invite", "ignore", "inv-h"]),
        // contact information in a decline message (R3, R30)
        (
            4,
            &[
                "invite",
                "decline",
                "inv-f",
                "--reason",
                "too-busy",
                "--message",
                "write to dana at example dot com",
            ],
        ),
        (
            4,
            &[
                "invite",
                "decline",
                "inv-f",
                "--reason",
                "too-busy",
                "--message",
                "call +1 415 555 0134",
            ],
        ),
        // a second referral for a job (R5)
        (
            4,
            &[
                "invite",
                "decline",
                "inv-f3",
                "--reason",
                "too-busy",
                "--refer",
                "kim@example.com",
            ],
        ),
        // a referral on a private job (R5)
        (
            4,
            &[
                "invite",
                "decline",
                "inv-p",
                "--reason",
                "too-busy",
                "--refer",
                "kim@example.com",
            ],
        ),
        // `other` without a message (R3)
        (2, &["invite", "decline", "inv-f", "--reason", "other"]),
        // contact information in a cover letter (R30)
        (
            4,
            &[
                "invite",
                "accept",
                "inv-f",
                "--bid",
                "300",
                "--cover-letter",
                "Skype: live:dana_r for details",
            ],
        ),
        // bad money (R11)
        (
            2,
            &[
                "invite",
                "accept",
                "inv-f",
                "--bid",
                "12.345",
                "--cover-letter",
                LETTER,
            ],
        ),
        (
            2,
            &[
                "invite",
                "accept",
                "inv-f",
                "--bid",
                "4.99",
                "--cover-letter",
                LETTER,
            ],
        ),
        // no cover letter, no terminal
        (2, &["invite", "accept", "inv-f", "--bid", "300"]),
        (
            3,
            &[
                "invite",
                "accept",
                "nope",
                "--bid",
                "300",
                "--cover-letter",
                LETTER,
            ],
        ),
    ];
    for (code, args) in cases {
        env.fails(*code, args);
        assert_eq!(env.snapshot(), before, "lancer {args:?} changed the store");
    }
    // Insufficient Connects (R51): spend down to 3, then a 4-Connect accept is refused.
    env.ok(&["connects", "spend", "--for", "profile-boost", "7"]);
    let before = env.snapshot();
    let err = env.fails(
        4,
        &[
            "invite",
            "accept",
            "inv-f",
            "--bid",
            "300",
            "--cover-letter",
            LETTER,
        ],
    );
    assert!(
        err.contains("needs 4") && err.contains("balance is 3"),
        "{err}"
    );
    let out = env.run(&[
        "invite",
        "accept",
        "inv-f",
        "--bid",
        "300",
        "--cover-letter",
        LETTER,
        "--json",
    ]);
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(
        (
            e["error"]["needed"].as_i64(),
            e["error"]["balance"].as_i64()
        ),
        (Some(4), Some(3))
    );
    // A boost that would overdraw refuses the whole acceptance.
    env.fails(
        4,
        &[
            "invite",
            "accept",
            "inv-f",
            "--bid",
            "300",
            "--cover-letter",
            LETTER,
            "--boost",
            "1",
        ],
    );
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.json(&["invite", "show", "inv-f"])["status"], "pending");
}

#[test]
fn decline_needs_a_reason_and_says_which_flag_without_a_terminal() {
    let env = world();
    let err = env.fails(2, &["invite", "decline", "inv-h"]);
    assert!(err.contains("--reason"), "{err}");
    let d = env.json(&[
        "invite",
        "decline",
        "inv-h",
        "--reason",
        "budget-too-low",
        "--message",
        "Thanks, the budget is below my rate.",
    ]);
    assert_eq!(d["status"], "declined");
    assert_eq!(d["decline_reason"], "budget-too-low");
    let o = env.json(&[
        "invite",
        "decline",
        "inv-f",
        "--reason",
        "other",
        "--message",
        "Moving abroad",
        "--refer",
        "Kim@Example.com",
    ]);
    assert_eq!(o["referral"], "kim@example.com");
}

#[test]
fn ignored_invites_are_archived_without_a_response_and_stay_answerable() {
    let env = world();
    let i = env.json(&["invite", "ignore", "inv-h"]);
    assert_eq!(i["status"], "archived");
    assert_eq!(i["responded_at"], Value::Null);
    env.fails(4, &["invite", "ignore", "inv-h"]);
    let p = env.json(&[
        "invite",
        "accept",
        "inv-h",
        "--rate",
        "30",
        "--cover-letter",
        LETTER,
    ]);
    assert_eq!(p["status"], "active");
    let i = env.json(&["invite", "ignore", "inv-f"]);
    assert_eq!(i["status"], "archived");
    let d = env.json(&["invite", "decline", "inv-f", "--reason", "too-busy"]);
    assert_eq!(d["status"], "declined");
    assert!(d["responded_at"].is_string());
}

#[test]
fn withdrawn_and_closed_invites_cannot_be_answered() {
    let env = world();
    assert_eq!(
        env.json(&["invite", "mark-withdrawn", "inv-h"])["status"],
        "withdrawn"
    );
    env.fails(
        4,
        &[
            "invite",
            "accept",
            "inv-h",
            "--rate",
            "30",
            "--cover-letter",
            LETTER,
        ],
    );
    env.ok(&["job", "close", "fixed", "--reason", "filled"]);
    assert_eq!(env.json(&["invite", "show", "inv-f"])["status"], "closed");
    env.fails(4, &["invite", "decline", "inv-f", "--reason", "too-busy"]);
}

#[test]
fn lots_expire_after_a_year_and_spending_draws_the_oldest_first() {
    let env = Env::new();
    let at = |now: &str, args: &[&str]| -> Value {
        let mut all = vec!["--now", now];
        all.extend_from_slice(args);
        env.json(&all)
    };
    at("2026-01-15T00:00:00Z", &["connects", "buy", "5"]); // lot A: expires 2027-01-15
    at("2026-06-15T00:00:00Z", &["connects", "buy", "5"]); // lot B: expires 2027-06-15
    let b = at(
        "2026-07-01T00:00:00Z",
        &["connects", "spend", "--for", "availability-badge", "3"],
    );
    assert_eq!(b["balance"], 7);
    // The lot expiring first (A) paid.
    assert_eq!(b["lots"][0]["remaining"], 2);
    assert_eq!(b["lots"][0]["expires_at"], "2027-01-15T00:00:00Z");
    assert_eq!(b["lots"][1]["remaining"], 5);
    // Just before A expires, then just after.
    assert_eq!(
        at("2027-01-14T23:59:59Z", &["connects", "balance"])["balance"],
        7
    );
    let after = at("2027-01-15T00:00:00Z", &["connects", "balance"]);
    assert_eq!(after["balance"], 5);
    assert_eq!(after["lots"].as_array().unwrap().len(), 1);
    let history = at(
        "2027-01-15T00:00:00Z",
        &["connects", "history", "--kind", "expire"],
    );
    assert_eq!(history[0]["amount"], -2);
    assert_eq!(history[0]["at"], "2027-01-15T00:00:00Z");
    // Past B's expiry nothing is left, and spending is refused.
    assert_eq!(
        at("2027-06-15T00:00:00Z", &["connects", "balance"])["balance"],
        0
    );
    let mut args = vec![
        "--now",
        "2027-06-16T00:00:00Z",
        "connects",
        "spend",
        "--for",
        "profile-boost",
        "1",
    ];
    env.fails(4, &args);
    args.truncate(2);
    args.extend(["db", "check"]);
    env.ok(&args);
}

#[test]
fn monthly_grants_follow_the_plan_once_a_month() {
    let env = Env::new();
    assert_eq!(env.json(&["connects", "grant"])["balance"], 10);
    env.fails(4, &["connects", "grant"]);
    env.fails(4, &["connects", "grant", "--month", "2026-04"]);
    env.ok(&["config", "set", "plan", "plus"]);
    assert_eq!(
        env.json(&["connects", "grant", "--month", "2026-02"])["balance"],
        110
    );
    let history = env.json(&["connects", "history"]);
    assert_eq!(history.as_array().unwrap().len(), 2);
}

#[test]
fn instant_interview_windows_and_replacing_the_cover_letter() {
    let env = world();
    let at = |now: &str, args: &[&str]| {
        let mut all = vec!["--now", now];
        all.extend_from_slice(args);
        env.run(&all)
    };
    // Received at NOW (2026-03-10T12:00Z): 14 days to start.
    env.ok(&[
        "invites",
        "receive",
        "--job",
        "hourly",
        "--uid",
        "iv1",
        "--interview",
    ]);
    env.ok(&[
        "invites",
        "receive",
        "--job",
        "fixed",
        "--uid",
        "iv2",
        "--interview",
    ]);
    // Accepting before the interview is refused.
    env.fails(
        4,
        &[
            "invite",
            "accept",
            "iv1",
            "--rate",
            "30",
            "--cover-letter",
            LETTER,
        ],
    );
    // Start too late: 14 days and a second.
    assert_eq!(
        at(
            "2026-03-24T12:00:01Z",
            &["invite", "interview", "iv2", "start"]
        )
        .status
        .code(),
        Some(4)
    );
    // iv2 expired: it can only be declined.
    assert_eq!(
        at(
            "2026-03-25T00:00:00Z",
            &[
                "invite",
                "accept",
                "iv2",
                "--bid",
                "300",
                "--cover-letter",
                LETTER
            ]
        )
        .status
        .code(),
        Some(4)
    );
    assert!(
        at(
            "2026-03-25T00:00:00Z",
            &["invite", "decline", "iv2", "--reason", "too-busy"]
        )
        .status
        .success()
    );
    // iv1: start on the last second, submit 48 h later exactly.
    assert!(
        at(
            "2026-03-24T12:00:00Z",
            &["invite", "interview", "iv1", "start"]
        )
        .status
        .success()
    );
    assert_eq!(
        at(
            "2026-03-26T12:00:01Z",
            &["invite", "interview", "iv1", "submit"]
        )
        .status
        .code(),
        Some(4)
    );
    assert!(
        at(
            "2026-03-26T12:00:00Z",
            &["invite", "interview", "iv1", "submit"]
        )
        .status
        .success()
    );
    // The submitted interview replaces the cover letter.
    let out = at(
        "2026-03-27T00:00:00Z",
        &["invite", "accept", "iv1", "--rate", "30", "--json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p["cover_letter"], Value::Null);
    assert_eq!(p["status"], "active");
    let shown = env.json(&["--now", "2026-03-27T00:00:00Z", "invite", "show", "iv1"]);
    assert_eq!(shown["interview"]["status"], "submitted");
}

#[test]
fn showing_marks_invites_viewed_and_new_lists_the_rest() {
    let env = world();
    assert_eq!(env.ok(&["invites", "list", "--new", "-q"]), "2\n1\n");
    // A script's read marks nothing (I9); a person's look, or --mark-viewed, does (R44).
    let before = env.snapshot();
    let shown = env.json(&["invite", "show", "1"]);
    assert_eq!(shown["viewed_at"], Value::Null);
    assert_eq!(
        env.snapshot(),
        before,
        "a piped invite show wrote to the store"
    );
    assert_eq!(env.ok(&["invites", "list", "--new", "-q"]), "2\n1\n");
    let shown = env.json(&["invite", "show", "1", "--mark-viewed"]);
    assert_eq!(shown["viewed_at"], crate::common::NOW);
    assert_eq!(shown["job"]["title"], "Hourly work");
    assert_eq!(shown["client"]["rating"], 4.9);
    assert_eq!(shown["job"]["connects_cost"], 6);
    assert_eq!(env.ok(&["invites", "list", "--new", "-q"]), "2\n");
}

#[test]
fn screening_questions_need_answers() {
    let env = world();
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "q",
        "--title",
        "Q",
        "--fixed",
        "300",
        "--question",
        "Which crates?",
    ]);
    env.ok(&["invites", "receive", "--job", "q", "--uid", "inv-q"]);
    let err = env.fails(
        2,
        &[
            "invite",
            "accept",
            "inv-q",
            "--bid",
            "300",
            "--cover-letter",
            LETTER,
        ],
    );
    assert!(err.contains("--answer 1="), "{err}");
    let p = env.json(&[
        "invite",
        "accept",
        "inv-q",
        "--bid",
        "300",
        "--cover-letter",
        LETTER,
        "--answer",
        "1=clap and rusqlite",
    ]);
    assert_eq!(p["answers"][0]["answer"], "clap and rusqlite");
}

#[test]
fn cover_letters_come_from_files_or_stdin_and_attachments_are_stored() {
    let env = world();
    let letter = env.path("letter.txt");
    std::fs::write(&letter, LETTER).unwrap();
    let file = env.path("portfolio.pdf");
    std::fs::write(&file, b"%PDF-1.4 portfolio").unwrap();
    let p = env.json(&[
        "invite",
        "accept",
        "inv-f",
        "--bid",
        "300",
        "--cover-letter-file",
        letter.to_str().unwrap(),
        "--attach",
        file.to_str().unwrap(),
    ]);
    assert_eq!(p["cover_letter"], LETTER);
    assert_eq!(p["attachments"][0]["name"], "portfolio.pdf");
    assert_eq!(p["attachments"][0]["size"], 18);
    let out = env
        .cmd()
        .args([
            "invite",
            "accept",
            "inv-h",
            "--rate",
            "40",
            "--cover-letter-file",
            "-",
            "--json",
        ])
        .write_stdin(LETTER)
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn closing_a_cancelled_job_refunds_its_proposals() {
    let env = world();
    env.ok(&["connects", "buy", "20"]);
    env.ok(&[
        "invite",
        "accept",
        "inv-f",
        "--bid",
        "300",
        "--cover-letter",
        LETTER,
        "--boost",
        "2",
    ]);
    assert_eq!(balance(&env), 30 - 4 - 2);
    env.ok(&["job", "close", "fixed", "--reason", "cancelled"]);
    assert_eq!(balance(&env), 30);
    let p = env.json(&["proposals", "list"]);
    assert_eq!(p[0]["status"], "archived");
    env.ok(&[
        "invite",
        "accept",
        "inv-h",
        "--rate",
        "40",
        "--cover-letter",
        LETTER,
    ]);
    env.ok(&["job", "close", "hourly", "--reason", "filled"]);
    assert_eq!(balance(&env), 24, "filled jobs refund nothing");
    env.ok(&["db", "check"]);
}

#[test]
fn policy_check_reports_findings() {
    let env = Env::new();
    let out = env.run(&[
        "policy",
        "check",
        "--json",
        "ping me on telegram @dana_r or dana at example dot com",
    ]);
    assert_eq!(out.status.code(), Some(4));
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["allowed"], false);
    let kinds: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["handle", "email"]);
    let ok = env.json(&["policy", "check", "I can add a free logo if you hire me"]);
    assert_eq!(ok["allowed"], true);
    assert_eq!(ok["warnings"][0]["kind"], "extra-reward");
}

/// R55: 16 processes accept at once against a balance that covers only some of them.
#[test]
fn concurrent_accepts_never_overdraw() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    env.ok(&["profiles", "add", "Dana"]);
    for i in 0..16 {
        env.ok(&[
            "jobs",
            "add",
            "--client",
            "1",
            "--title",
            &format!("Job {i}"),
            "--fixed",
            "300",
            "--uid",
            &format!("j{i}"),
        ]);
        env.ok(&["invites", "receive", "--job", &format!("j{i}")]);
    }
    env.ok(&["connects", "buy", "24"]); // each accept costs 4: six succeed
    let children: Vec<_> = (1..=16)
        .map(|i| {
            std::process::Command::new(env!("CARGO_BIN_EXE_lancer"))
                .args([
                    "invite",
                    "accept",
                    &i.to_string(),
                    "--bid",
                    "300",
                    "--cover-letter",
                    LETTER,
                ])
                .env("LANCER_DB", &env.db)
                .env("LANCER_NOW", crate::common::NOW)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap())
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 6, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 4).count(), 10, "{codes:?}");
    assert_eq!(balance(&env), 0);
    assert_eq!(
        env.json(&["proposals", "list"]).as_array().unwrap().len(),
        6
    );
    env.ok(&["db", "check"]);
}

#[test]
fn seeding_is_deterministic() {
    let a = Env::new();
    let b = Env::new();
    let c = Env::new();
    a.ok(&["seed", "--invites", "300", "--seed", "9"]);
    b.ok(&["seed", "--invites", "300", "--seed", "9"]);
    c.ok(&["seed", "--invites", "300", "--seed", "10"]);
    let list = |e: &Env| e.ok(&["invites", "list", "--json"]);
    assert_eq!(list(&a), list(&b));
    assert_ne!(list(&a), list(&c));
    let statuses: std::collections::BTreeSet<String> = a
        .json(&["invites", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        statuses.len(),
        6,
        "every invite status occurs: {statuses:?}"
    );
    a.ok(&["db", "check"]);
    // Seeding again is refused; --if-empty skips.
    a.fails(4, &["seed", "--invites", "10"]);
    assert_eq!(
        a.json(&["seed", "--invites", "10", "--if-empty"])["skipped"],
        true
    );
}
