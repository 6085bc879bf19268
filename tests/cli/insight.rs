//! Response time (R7), triage (R42), the cover-letter check (R41) and history.

use serde_json::Value;

use crate::common::Env;

/// A client, a fixed job, a profile; nothing else.
fn base() -> Env {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    env.ok(&[
        "jobs",
        "add",
        "--posted-at",
        "2025-06-01T00:00:00Z",
        "--client",
        "1",
        "--uid",
        "j",
        "--title",
        "T",
        "--fixed",
        "300",
    ]);
    env.ok(&["profiles", "add", "Dana", "--rate", "50", "--skill", "rust"]);
    env.ok(&["config", "set", "invite-connects", "free"]);
    env
}

/// Receives an invite at `received` and answers it (decline) `after_hours` later, or not.
fn invite(env: &Env, received: &str, answer: Option<(&str, &str)>) -> String {
    let id = env
        .ok(&[
            "--now",
            received,
            "invites",
            "receive",
            "--job",
            "j",
            "--received-at",
            received,
            "-q",
        ])
        .trim()
        .to_string();
    if let Some((now, verb)) = answer {
        let args: Vec<&str> = match verb {
            "decline" => vec![
                "--now", now, "invite", "decline", &id, "--reason", "too-busy",
            ],
            "ignore" => vec!["--now", now, "invite", "ignore", &id],
            "withdrawn" => vec!["--now", now, "invite", "mark-withdrawn", &id],
            _ => unreachable!(),
        };
        env.ok(&args);
    }
    id
}

fn badge(env: &Env, now: &str) -> Value {
    env.json(&["--now", now, "stats"])["response_time"].clone()
}

const NOW: &str = "2026-03-31T00:00:00Z";

#[test]
fn the_badge_takes_each_of_its_four_values() {
    // Five invites answered within 10 hours: within-24h.
    let env = base();
    for d in 1..=5 {
        invite(
            &env,
            &format!("2026-03-{d:02}T00:00:00Z"),
            Some((&format!("2026-03-{d:02}T10:00:00Z"), "decline")),
        );
    }
    let r = badge(&env, NOW);
    assert_eq!(r["badge"], "within-24h");
    assert_eq!(r["counted"], 5);
    assert_eq!(r["median_response_seconds"], 36_000);
    // Four is not enough.
    let env = base();
    for d in 1..=4 {
        invite(
            &env,
            &format!("2026-03-{d:02}T00:00:00Z"),
            Some((&format!("2026-03-{d:02}T10:00:00Z"), "decline")),
        );
    }
    assert_eq!(badge(&env, NOW)["badge"], "not-enough-data");
    // Answered after two days: within-3-days.
    let env = base();
    for d in 1..=5 {
        invite(
            &env,
            &format!("2026-03-{d:02}T00:00:00Z"),
            Some((&format!("2026-03-{:02}T00:00:00Z", d + 2), "decline")),
        );
    }
    assert_eq!(badge(&env, NOW)["badge"], "within-3-days");
    // Ignored invites are no response: slower.
    let env = base();
    for d in 1..=5 {
        invite(
            &env,
            &format!("2026-03-{d:02}T00:00:00Z"),
            Some((&format!("2026-03-{d:02}T01:00:00Z"), "ignore")),
        );
    }
    let r = badge(&env, NOW);
    assert_eq!(r["badge"], "slower");
    assert_eq!(r["responded"], 0);
}

#[test]
fn each_exclusion_is_applied() {
    let env = base();
    for d in 1..=5 {
        invite(
            &env,
            &format!("2026-03-{d:02}T00:00:00Z"),
            Some((&format!("2026-03-{d:02}T10:00:00Z"), "decline")),
        );
    }
    // Withdrawn by the client within 24 h: left out. Withdrawn later: counts (unanswered).
    invite(
        &env,
        "2026-03-10T00:00:00Z",
        Some(("2026-03-10T20:00:00Z", "withdrawn")),
    );
    invite(
        &env,
        "2026-03-11T00:00:00Z",
        Some(("2026-03-13T00:00:00Z", "withdrawn")),
    );
    // Pending and younger than 24 h at NOW: left out.
    invite(&env, "2026-03-30T12:00:00Z", None);
    let r = badge(&env, NOW);
    assert_eq!(r["excluded_withdrawn_within_24h"], 1);
    assert_eq!(r["excluded_pending_under_24h"], 1);
    assert_eq!(r["counted"], 6);
    assert_eq!(r["badge"], "within-24h");
    // A day later the young pending invite counts, unanswered: 5 of 7 is still a majority.
    let r = badge(&env, "2026-04-01T00:00:00Z");
    assert_eq!(r["excluded_pending_under_24h"], 0);
    assert_eq!(r["counted"], 7);
    // Ninety days after 10 March, the five answered invites of 1-5 March fall out of the window.
    let r = badge(&env, "2026-06-08T00:00:00Z");
    assert_eq!(r["excluded_outside_window"], 5);
    assert_eq!(r["excluded_withdrawn_within_24h"], 1);
    assert_eq!(r["counted"], 2);
    assert_eq!(r["badge"], "not-enough-data");
}

#[test]
fn a_strong_clients_invite_ranks_first_and_show_explains_it() {
    let env = Env::new();
    env.ok(&[
        "profiles", "add", "Dana", "--rate", "65", "--skill", "rust", "--skill", "sqlite",
    ]);
    env.ok(&[
        "clients",
        "add",
        "Strong",
        "--uid",
        "strong",
        "--rating",
        "4.95",
        "--reviews",
        "40",
        "--hire-rate",
        "90",
        "--total-spent",
        "200000",
        "--avg-hourly-paid",
        "70",
        "--payment-verified",
    ]);
    env.ok(&[
        "clients",
        "add",
        "Weak",
        "--uid",
        "weak",
        "--rating",
        "3.1",
        "--reviews",
        "2",
        "--hire-rate",
        "10",
        "--total-spent",
        "50",
        "--avg-hourly-paid",
        "15",
    ]);
    env.ok(&[
        "jobs",
        "add",
        "--posted-at",
        "2025-06-01T00:00:00Z",
        "--client",
        "weak",
        "--uid",
        "jw",
        "--title",
        "Banner",
        "--fixed",
        "100",
        "--skill",
        "figma",
    ]);
    env.ok(&[
        "jobs",
        "add",
        "--posted-at",
        "2025-06-01T00:00:00Z",
        "--client",
        "strong",
        "--uid",
        "js",
        "--title",
        "Rust service",
        "--hourly",
        "50-90",
        "--skill",
        "rust",
        "--skill",
        "sqlite",
    ]);
    // The weak client's invite arrives later, so it would lead a list by date.
    env.ok(&[
        "invites",
        "receive",
        "--job",
        "js",
        "--received-at",
        "2026-03-10T08:00:00Z",
    ]);
    env.ok(&[
        "invites",
        "receive",
        "--job",
        "jw",
        "--received-at",
        "2026-03-10T09:00:00Z",
    ]);
    assert_eq!(env.ok(&["invites", "list", "-q"]), "2\n1\n");
    assert_eq!(
        env.ok(&["invites", "list", "--sort", "score", "-q"]),
        "1\n2\n"
    );
    let list = env.json(&["invites", "list", "--sort", "score"]);
    assert!(
        list[0]["score"].as_i64().unwrap() > list[1]["score"].as_i64().unwrap() + 30,
        "{list}"
    );
    let shown = env.json(&["invite", "show", "1"]);
    let factors = shown["triage"]["factors"].as_array().unwrap();
    assert_eq!(factors.len(), 7);
    assert_eq!(
        factors
            .iter()
            .map(|f| f["points"].as_i64().unwrap())
            .sum::<i64>(),
        shown["triage"]["score"].as_i64().unwrap()
    );
    let skills = factors
        .iter()
        .find(|f| f["factor"] == "skills_overlap")
        .unwrap();
    assert_eq!(skills["points"], skills["max"]);
    assert_eq!(skills["why"], "2 of 2 skills match");
    // Answered invites have no score.
    env.ok(&["invite", "decline", "2", "--reason", "not-my-skills"]);
    assert_eq!(env.json(&["invite", "show", "2"])["score"], Value::Null);
}

#[test]
fn the_letter_check_asks_for_more_names_skills_and_flags_reuse() {
    let env = base();
    env.ok(&[
        "jobs",
        "edit",
        "j",
        "--skill",
        "sqlite",
        "--description",
        "Migrate our invoices database",
    ]);
    let short = env.path("short.txt");
    std::fs::write(&short, "I can do this, thanks!").unwrap();
    let r = env.json(&["letter", "check", "--job", "j", short.to_str().unwrap()]);
    assert_eq!(r["too_short"], true);
    assert_eq!(r["missing_skills"], serde_json::json!([]));
    assert!(r["tips"][0].as_str().unwrap().contains("write more"));
    let letter = "Thank you for the invitation. I have moved several Rust services to new storage engines, \
                  with careful tests at every step, and I document each change so your team can follow along. \
                  I would begin with an inventory of what you have and a plan we agree on.";
    let file = env.path("letter.txt");
    std::fs::write(&file, letter).unwrap();
    let r = env.json(&[
        "letter",
        "check",
        "--job",
        "j",
        "--invite",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r["too_short"], false);
    assert_eq!(r["missing_skills"], serde_json::json!(["sqlite"]));
    assert!(
        r["missing_keywords"]
            .as_array()
            .unwrap()
            .contains(&Value::from("invoices"))
    );
    assert_eq!(r["thank_you_missing"], false);
    // The same letter sent twice is flagged as reuse on lint.
    env.ok(&[
        "jobs",
        "add",
        "--posted-at",
        "2025-06-01T00:00:00Z",
        "--client",
        "1",
        "--uid",
        "j2",
        "--title",
        "Other",
        "--fixed",
        "300",
    ]);
    env.ok(&["invites", "receive", "--job", "j"]);
    env.ok(&["invites", "receive", "--job", "j2"]);
    env.ok(&[
        "invite",
        "accept",
        "1",
        "--bid",
        "300",
        "--cover-letter",
        letter,
    ]);
    env.ok(&[
        "invite",
        "accept",
        "2",
        "--bid",
        "300",
        "--cover-letter",
        letter,
    ]);
    let lint = env.json(&["proposal", "lint", "2"]);
    assert_eq!(lint["reused_from"][0]["proposal_id"], 1);
    assert_eq!(lint["reused_from"][0]["similarity"], 1.0);
}

#[test]
fn show_carries_the_records_history() {
    let env = base();
    env.ok(&["invites", "receive", "--job", "j"]);
    env.ok(&["invite", "show", "1"]); // piped: a script's read marks nothing (I9)
    env.ok(&["invite", "show", "1", "--mark-viewed"]);
    env.ok(&[
        "invite",
        "accept",
        "1",
        "--bid",
        "300",
        "--cover-letter",
        "Thank you for the invite; here is my plan.",
    ]);
    let actions: Vec<String> = env.json(&["invite", "show", "1"])["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, ["received", "viewed", "accepted"]);
    env.ok(&["messages", "receive", "1", "Hello!"]);
    let actions: Vec<String> = env.json(&["proposal", "show", "1"])["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actions, ["created", "message-received"]);
}
