//! The invariants I1–I8, end to end: a store built with the binary passes `db check`; one row
//! broken by hand fails it (exit 5) naming the invariant and the row; the same break in an
//! export file makes `import` refuse the whole file (exit 2) and leave the store as it was.

use serde_json::{Value, json};

use crate::common::{Env, NOW};

const LETTER: &str =
    "Thank you for posting this. I have shipped three similar tools and can start this week.";

/// Client `acme`, public hourly job `pub` (8 Connects), fixed job `fix` (4), profile Dana,
/// 40 Connects.
fn world() -> Env {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme", "--uid", "acme"]);
    for (uid, budget) in [("pub", ["--hourly", "30-60"]), ("fix", ["--fixed", "300"])] {
        env.ok(&[
            "jobs",
            "add",
            "--client",
            "acme",
            "--uid",
            uid,
            "--title",
            uid,
            budget[0],
            budget[1],
            "--posted-at",
            "2026-02-01T00:00:00Z",
        ]);
    }
    env.ok(&["profiles", "add", "Dana", "--rate", "50"]);
    // Bought before anything the tests date in the past.
    env.ok(&["--now", "2026-02-01T00:00:00Z", "connects", "buy", "40"]);
    env
}

/// Proposal 1 to `pub`, at 55 an hour.
fn submit(env: &Env, extra: &[&str]) {
    let mut args = vec![
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        LETTER,
    ];
    args.extend_from_slice(extra);
    env.ok(&args);
}

/// Proposal 1 hired over the week before now: submitted, viewed, answered, offered, accepted
/// (contract 1, started 2026-03-06).
fn hired(env: &Env) {
    run_at(
        env,
        "2026-03-01T09:00:00Z",
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
    run_at(
        env,
        "2026-03-01T10:00:00Z",
        &["proposal", "mark-viewed", "1"],
    );
    run_at(
        env,
        "2026-03-02T09:00:00Z",
        &["messages", "receive", "1", "Hi Dana, when could you start?"],
    );
    run_at(
        env,
        "2026-03-05T09:00:00Z",
        &["offers", "receive", "--proposal", "1"],
    );
    run_at(env, "2026-03-06T09:00:00Z", &["offer", "accept", "1"]);
}

/// Runs `db check --json` (with extra global args) and returns its exit code and checks; it
/// must leave the store as it was (I9).
fn db_check(env: &Env, extra: &[&str]) -> (Option<i32>, Vec<Value>) {
    let mut args = extra.to_vec();
    args.extend_from_slice(&["db", "check", "--json"]);
    let before = env.snapshot();
    let out = env.run(&args);
    assert_eq!(env.snapshot(), before, "db check wrote to the store");
    let text = String::from_utf8(out.stdout).expect("utf-8 stdout");
    let checks: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("db check: bad JSON ({e}):\n{text}"));
    (
        out.status.code(),
        checks.as_array().expect("a list").clone(),
    )
}

fn assert_clean(env: &Env) {
    let (code, checks) = db_check(env, &[]);
    assert_eq!(code, Some(0), "{checks:#?}");
    for c in &checks {
        assert_eq!(c["ok"], true, "{c}");
    }
}

/// `db check` exits 5 and the check of `invariant` ("I3") fails with a problem containing
/// `row` (e.g. "offer 1 ").
fn assert_broken(env: &Env, invariant: &str, row: &str) {
    let (code, checks) = db_check(env, &[]);
    assert_eq!(code, Some(5), "{checks:#?}");
    let check = checks
        .iter()
        .find(|c| {
            c["name"]
                .as_str()
                .is_some_and(|n| n.starts_with(&format!("{invariant}_")))
        })
        .unwrap_or_else(|| panic!("no check for {invariant}: {checks:#?}"));
    assert_eq!(check["ok"], false, "{checks:#?}");
    let problems = check["problems"].as_array().unwrap();
    assert!(
        problems.iter().any(|p| p.as_str().unwrap().contains(row)),
        "{invariant} does not name {row:?}: {problems:#?}"
    );
}

/// Writes to the store by hand, as something other than lancer might.
fn plant(env: &Env, sql: &str) {
    if crate::common::server().is_some() {
        crate::common::server_plant(&env.db, sql);
        return;
    }
    let conn = rusqlite::Connection::open(&env.db).expect("open store");
    conn.execute_batch(sql).expect("planted");
}

/// The export of `env`: the document and its list of records.
fn export(env: &Env) -> Value {
    serde_json::from_str(&env.ok(&["export"])).expect("export is JSON")
}

/// The record of this type and id.
fn record<'a>(records: &'a mut [Value], kind: &str, id: i64) -> &'a mut Value {
    records
        .iter_mut()
        .find(|r| r["type"] == kind && r["id"] == id)
        .unwrap_or_else(|| panic!("no {kind} {id} in the export"))
}

/// Imports `doc` into `target` (a store is made if there is none), expects exit 2 with the
/// store left as it was, and returns the refusal.
fn import_refused(target: &Env, doc: &Value) -> String {
    target.ok(&["clients", "list"]);
    let before = target.snapshot();
    let path = target.path("file.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    let err = target.fails(2, &["import", path.to_str().unwrap()]);
    assert_eq!(
        target.snapshot(),
        before,
        "a refused import wrote something"
    );
    err
}

/// Exports `env`, breaks the file with `edit`, and checks that importing it into an empty
/// store is refused (exit 2) naming `invariant`, with nothing written. The unedited file
/// imports cleanly, so the refusal is the edit's.
fn assert_import_refused(env: &Env, invariant: &str, edit: impl FnOnce(&mut Vec<Value>)) {
    let valid = export(env);
    let mut broken = valid.clone();
    edit(broken["records"].as_array_mut().expect("records"));
    let target = Env::new();
    let err = import_refused(&target, &broken);
    assert!(
        err.contains(&format!("invariant {invariant}")),
        "the refusal does not name {invariant}: {err}"
    );
    let path = target.path("file.json");
    std::fs::write(&path, valid.to_string()).unwrap();
    target.ok(&["import", path.to_str().unwrap()]);
    assert_clean(&target);
}

#[test]
fn invariants_i1_invite_and_proposal_point_at_each_other() {
    let env = world();
    env.ok(&["invites", "receive", "--job", "fix"]);
    env.ok(&[
        "invite",
        "accept",
        "1",
        "--bid",
        "280",
        "--cover-letter",
        LETTER,
    ]);
    env.ok(&["invites", "receive", "--job", "pub"]);
    assert_clean(&env);
    assert_import_refused(&env, "I1", |records| {
        record(records, "proposal", 1)["invite_id"] = json!(2);
    });
    plant(&env, "UPDATE proposals SET invite_id = 2 WHERE id = 1");
    assert_broken(&env, "I1", "proposal 1 points at invite 2");
}

#[test]
fn invariants_i2_one_live_proposal_per_job_and_owner() {
    let env = world();
    env.ok(&[
        "profiles",
        "add",
        "Dana Data",
        "--specialized",
        "--rate",
        "60",
    ]);
    submit(&env, &[]);
    // Another job, from the specialized profile: the same person.
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "fix",
        "--bid",
        "280",
        "--profile",
        "Dana Data",
        "--cover-letter",
        LETTER,
    ]);
    assert_clean(&env);
    let pub_job = env.json(&["job", "show", "pub"])["id"].as_i64().unwrap();
    assert_import_refused(&env, "I2", |records| {
        let p = record(records, "proposal", 2);
        p["job_id"] = json!(pub_job);
        p["pay_type"] = json!("hourly");
        p["rate_cents"] = json!(5500);
        p["bid_cents"] = Value::Null;
    });
    plant(
        &env,
        &format!(
            "UPDATE proposals SET job_id = {pub_job}, pay_type = 'hourly', rate_cents = 5500, \
             bid_cents = NULL WHERE id = 2"
        ),
    );
    assert_broken(&env, "I2", "proposals 1, 2");
}

#[test]
fn invariants_i3_offered_exactly_with_an_open_offer() {
    let env = world();
    submit(&env, &[]);
    env.ok(&["messages", "receive", "1", "Hi Dana, when could you start?"]);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    assert_clean(&env);
    // After the offer expires the proposal counts as active without any row changing.
    let (code, checks) = db_check(&env, &["--now", "2026-03-20T12:00:00Z"]);
    assert_eq!(code, Some(0), "{checks:#?}");
    assert_import_refused(&env, "I3", |records| {
        record(records, "proposal", 1)["status"] = json!("active");
    });
    plant(&env, "UPDATE proposals SET status = 'active' WHERE id = 1");
    assert_broken(&env, "I3", "offer 1 is open but its proposal 1 is active");
}

#[test]
fn invariants_i4_hired_exactly_with_an_accepted_offer_and_a_contract() {
    let env = world();
    hired(&env);
    env.ok(&["contract", "end", "1", "--reason", "delivered"]);
    assert_clean(&env);
    assert_import_refused(&env, "I4", |records| {
        records.retain(|r| r["type"] != "contract");
    });
    plant(&env, "DELETE FROM contracts WHERE id = 1");
    assert_broken(
        &env,
        "I4",
        "proposal 1 is hired with 1 accepted offers and 0 contracts",
    );
    assert_broken(&env, "I4", "offer 1 is accepted but has 0 contracts");
}

#[test]
fn invariants_i5_a_closed_job_has_nothing_left_open() {
    let env = world();
    submit(&env, &[]);
    env.ok(&["invites", "receive", "--job", "fix"]);
    env.ok(&["invites", "receive", "--job", "fix"]);
    env.ok(&["invite", "ignore", "2"]);
    env.ok(&["jobs", "close", "fix", "--reason", "expired"]);
    assert_clean(&env);
    let pub_job = env.json(&["job", "show", "pub"])["id"].as_i64().unwrap();
    assert_import_refused(&env, "I5", |records| {
        let job = record(records, "job", pub_job);
        job["status"] = json!("closed");
        job["close_reason"] = json!("filled");
        job["closed_at"] = json!(NOW);
    });
    plant(
        &env,
        &format!(
            "UPDATE jobs SET status = 'closed', close_reason = 'filled', closed_at = '{NOW}' \
             WHERE id = {pub_job}"
        ),
    );
    assert_broken(
        &env,
        "I5",
        &format!("proposal 1 is submitted on closed job {pub_job}"),
    );
}

#[test]
fn invariants_i6_refunds_never_go_to_withdrawn_proposals() {
    let env = world();
    submit(&env, &["--boost", "3"]);
    // R18: an outbid boost comes back even when the proposal is withdrawn later.
    env.ok(&["proposal", "mark-outbid", "1"]);
    env.ok(&["proposal", "withdraw", "1", "--reason", "schedule-conflict"]);
    assert_clean(&env);
    // A refund of the proposal's own 8 Connects that adds up in the ledger, but that R52
    // never gives to a withdrawn proposal.
    let lot = |records: &mut Vec<Value>| {
        let next = |kind: &str| {
            records
                .iter()
                .filter(|r| r["type"] == kind)
                .filter_map(|r| r["id"].as_i64())
                .max()
                .unwrap_or(0)
                + 1
        };
        let (entry, draw) = (next("connects_entry"), next("connects_draw"));
        let remaining = record(records, "connects_lot", 1)["remaining"]
            .as_i64()
            .unwrap();
        record(records, "connects_lot", 1)["remaining"] = json!(remaining + 8);
        records.push(
            json!({"type": "connects_entry", "id": entry, "kind": "refund", "amount": 8,
            "reason": "by hand", "entity": "proposal", "entity_id": 1, "at": NOW}),
        );
        records.push(
            json!({"type": "connects_draw", "id": draw, "ledger_id": entry,
            "lot_id": 1, "amount": 8}),
        );
    };
    assert_import_refused(&env, "I6", lot);
    plant(
        &env,
        &format!(
            "INSERT INTO connects_ledger (id, kind, amount, reason, entity, entity_id, at) \
               VALUES (100, 'refund', 8, 'by hand', 'proposal', 1, '{NOW}');
             INSERT INTO connects_draws (ledger_id, lot_id, amount) VALUES (100, 1, 8);
             UPDATE connects_lots SET remaining = remaining + 8 WHERE id = 1;"
        ),
    );
    assert_broken(&env, "I6", "row 100 refunds proposal 1, which is withdrawn");
}

#[test]
fn invariants_i7_no_contact_information_before_a_contract() {
    let env = world();
    hired(&env);
    // Allowed: contact details once the contract started (R22), a referral's email (R5).
    env.ok(&[
        "messages",
        "send",
        "1",
        "Great, mail me at dana@example.com",
    ]);
    env.ok(&["invites", "receive", "--job", "fix"]);
    env.ok(&[
        "invite",
        "decline",
        "1",
        "--reason",
        "too-busy",
        "--refer",
        "sam@example.com",
    ]);
    assert_clean(&env);
    let answers = json!([{"question": "When?", "answer": "call me at +1 415 555 0100"}]);
    assert_import_refused(&env, "I7", |records| {
        record(records, "proposal", 1)["answers"] = answers.clone();
    });
    plant(
        &env,
        &format!(
            "UPDATE proposals SET answers = '{}' WHERE id = 1",
            answers.to_string().replace('\'', "''")
        ),
    );
    assert_broken(&env, "I7", "proposal 1: answer 1");
}

#[test]
fn invariants_i7_messages_before_the_contract_started() {
    let env = world();
    hired(&env);
    assert_clean(&env);
    // The client's first message, sent before the contract, now with an email in it.
    assert_import_refused(&env, "I7", |records| {
        record(records, "message", 1)["body"] = json!("write to acme at example dot com");
    });
    plant(
        &env,
        "UPDATE messages SET body = 'write to acme at example dot com' WHERE id = 1",
    );
    assert_broken(&env, "I7", "message 1 (proposal 1)");
}

#[test]
fn invariants_i8_times_are_ordered() {
    let env = world();
    hired(&env);
    env.ok(&["contract", "end", "1", "--reason", "delivered"]);
    assert_clean(&env);
    assert_import_refused(&env, "I8", |records| {
        record(records, "contract", 1)["started_at"] = json!("2026-01-01T00:00:00Z");
    });
    plant(
        &env,
        "UPDATE contracts SET started_at = '2026-01-01T00:00:00Z' WHERE id = 1",
    );
    assert_broken(&env, "I8", "contract 1 started at 2026-01-01T00:00:00Z");
}

/// Proposal to `pub` at 55 an hour, submitted at `now`.
fn submit_at(env: &Env, now: &str) {
    run_at(
        env,
        now,
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
}

/// Runs `args` at `now` and expects success.
fn run_at(env: &Env, now: &str, args: &[&str]) -> String {
    let mut all = vec!["--now", now];
    all.extend_from_slice(args);
    env.ok(&all)
}

/// Runs `args` at `now` and expects exit `code`, with the store left as it was.
fn refused_unchanged(env: &Env, code: i32, now: &str, args: &[&str]) -> String {
    let before = env.snapshot();
    let mut all = vec!["--now", now];
    all.extend_from_slice(args);
    let err = env.fails(code, &all);
    assert_eq!(
        env.snapshot(),
        before,
        "a refused {args:?} changed the store"
    );
    err
}

#[test]
fn an_offer_locks_the_cover_letter_whether_or_not_a_viewing_was_marked() {
    // R16: the client who made an offer has seen the proposal.
    let env = world();
    submit_at(&env, "2026-03-10T09:00:00Z");
    run_at(
        &env,
        "2026-03-10T10:00:00Z",
        &["offers", "receive", "--proposal", "1"],
    );
    let err = refused_unchanged(
        &env,
        4,
        "2026-03-10T11:00:00Z",
        &[
            "proposal",
            "edit",
            "1",
            "--cover-letter",
            &format!("{LETTER} Changed after the offer."),
        ],
    );
    assert!(err.contains("locked at 2026-03-10T10:00:00Z"), "{err}");
    let shown = env.json(&["--now", "2026-03-10T11:00:00Z", "proposal", "show", "1"]);
    assert_eq!(shown["cover_letter_locked_at"], "2026-03-10T10:00:00Z");
    assert_eq!(shown["client_viewed_at"], Value::Null);
    assert_clean(&env);
}

#[test]
fn an_offer_cannot_be_dated_before_the_last_edit_or_inside_the_previous_offer() {
    // R20, I3: one open offer at a time, over time too; an offer carries the terms as they
    // stand, so it cannot have come before they were last edited.
    let env = world();
    submit_at(&env, "2026-03-01T09:00:00Z");
    run_at(
        &env,
        "2026-03-01T12:00:00Z",
        &["proposal", "edit", "1", "--rate", "58"],
    );
    let err = refused_unchanged(
        &env,
        2,
        "2026-03-03T09:00:00Z",
        &[
            "offers",
            "receive",
            "--proposal",
            "1",
            "--received-at",
            "2026-03-01T10:00:00Z",
        ],
    );
    assert!(
        err.contains("its last edit (2026-03-01T12:00:00Z)"),
        "{err}"
    );
    // The first offer, dated after the edit, expires on 8 March; one dated inside it is refused.
    run_at(
        &env,
        "2026-03-09T09:00:00Z",
        &[
            "offers",
            "receive",
            "--proposal",
            "1",
            "--received-at",
            "2026-03-01T13:00:00Z",
        ],
    );
    let err = refused_unchanged(
        &env,
        2,
        "2026-03-09T09:00:00Z",
        &[
            "offers",
            "receive",
            "--proposal",
            "1",
            "--received-at",
            "2026-03-05T00:00:00Z",
        ],
    );
    assert!(
        err.contains("the end of its previous offer (2026-03-08T13:00:00Z)"),
        "{err}"
    );
    run_at(
        &env,
        "2026-03-09T09:00:00Z",
        &[
            "offers",
            "receive",
            "--proposal",
            "1",
            "--received-at",
            "2026-03-08T13:00:00Z",
        ],
    );
    assert_clean(&env);
    // An offer before the last edit, from a file or by hand (I8).
    assert_import_refused(&env, "I8", |records| {
        record(records, "proposal", 1)["edited_at"] = json!("2026-03-02T00:00:00Z");
    });
    // Two offers whose open times overlap, from an edited file or by hand.
    assert_import_refused(&env, "I3", |records| {
        let offer = record(records, "offer", 2);
        offer["received_at"] = json!("2026-03-04T00:00:00Z");
        offer["expires_at"] = json!("2026-03-11T00:00:00Z");
    });
    plant(
        &env,
        "UPDATE offers SET received_at = '2026-03-04T00:00:00Z', expires_at = '2026-03-11T00:00:00Z' WHERE id = 2",
    );
    assert_broken(
        &env,
        "I3",
        "offer 2 (proposal 1) arrived at 2026-03-04T00:00:00Z while offer 1 was still open",
    );
}

#[test]
fn milestone_descriptions_are_held_to_the_contact_rule() {
    // R30, I7: a milestone's description is the freelancer's text before a contract.
    let env = world();
    let err = refused_unchanged(
        &env,
        4,
        NOW,
        &[
            "proposals",
            "submit",
            "--job",
            "fix",
            "--milestone",
            "Kickoff: call me on +1 415 555 2671;2026-04-01;280",
            "--cover-letter",
            LETTER,
        ],
    );
    assert!(err.contains("milestone"), "{err}");
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "fix",
        "--milestone",
        "Kickoff and first draft;2026-04-01;280",
        "--cover-letter",
        LETTER,
    ]);
    assert_clean(&env);
    assert_import_refused(&env, "I7", |records| {
        record(records, "proposal", 1)["milestones"][0]["description"] =
            json!("Kickoff: write to dana.reyes@gmail.com");
    });
    plant(
        &env,
        if crate::common::server().is_some() {
            "UPDATE proposals SET milestones = jsonb_set(milestones::jsonb, '{0,description}', '\"ping me at dana.reyes@gmail.com\"')::text WHERE id = 1"
        } else {
            "UPDATE proposals SET milestones = json_set(milestones, '$[0].description', 'ping me at dana.reyes@gmail.com') WHERE id = 1"
        },
    );
    assert_broken(
        &env,
        "I7",
        "proposal 1: milestone 1 carries contact information",
    );
}

#[test]
fn messages_come_after_their_room_opened() {
    // I8: a message is not written before its proposal's room opened, even with the clock
    // set back.
    let env = world();
    hired(&env);
    let err = refused_unchanged(
        &env,
        2,
        "2026-03-01T12:00:00Z",
        &["messages", "send", "1", "Sending the plan now."],
    );
    assert!(
        err.contains("before its room opened (2026-03-02T09:00:00Z)"),
        "{err}"
    );
    assert_clean(&env);
    assert_import_refused(&env, "I8", |records| {
        record(records, "message", 1)["sent_at"] = json!("2026-03-01T12:00:00Z");
    });
    plant(
        &env,
        "UPDATE proposals SET room_opened_at = NULL WHERE id = 1",
    );
    assert_broken(&env, "I8", "but proposal 1 has no open room");
}

#[test]
fn a_proposal_shows_what_the_ledger_spent_on_it() {
    // I6: connects_spent and boost_connects agree with the ledger's spends.
    let env = world();
    submit(&env, &["--boost", "2"]);
    assert_clean(&env);
    assert_import_refused(&env, "I6", |records| {
        record(records, "proposal", 1)["connects_spent"] = json!(16);
    });
    plant(&env, "UPDATE proposals SET boost_connects = 5 WHERE id = 1");
    assert_broken(
        &env,
        "I6",
        "proposal 1 shows a boost of 5 Connects, but the ledger spent 2 on its boost",
    );
}

#[test]
fn times_after_now_and_stray_interview_times_break_i8() {
    let env = world();
    env.ok(&["invites", "receive", "--job", "pub"]);
    submit(&env, &[]);
    assert_clean(&env);
    assert_import_refused(&env, "I8", |records| {
        record(records, "job", 1)["posted_at"] = json!("2026-05-01T00:00:00Z");
    });
    assert_import_refused(&env, "I8", |records| {
        record(records, "invite", 1)["interview_started_at"] = json!("2026-03-10T12:00:00Z");
    });
    plant(
        &env,
        "UPDATE invites SET interview_started_at = '2026-03-10T12:00:00Z' WHERE id = 1",
    );
    assert_broken(
        &env,
        "I8",
        "invite 1 has interview times but requires no interview",
    );
}

#[test]
fn import_holds_fields_and_settings_to_the_limits_of_the_commands() {
    // R13, R18, R60, and a uid that would read as an id: each refused (exit 2) with nothing
    // written.
    let env = world();
    submit(&env, &["--boost", "2"]);
    let valid = export(&env);
    type Edit = Box<dyn Fn(&mut Vec<Value>)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|r| record(r, "proposal", 1)["cover_letter"] = json!("x".repeat(5001))),
            "at most 5000",
        ),
        (
            Box::new(|r| record(r, "proposal", 1)["boost_connects"] = json!(150)),
            "a boost is from 1 to 100",
        ),
        (
            Box::new(|r| record(r, "client", 1)["uid"] = json!("12345")),
            "not a digit",
        ),
        (
            Box::new(|r| {
                r.push(json!({"type": "setting", "key": "service-fee-pct", "value": "50"}))
            }),
            "from 0 to 20",
        ),
        (
            Box::new(|r| r.push(json!({"type": "setting", "key": "no-such-key", "value": "1"}))),
            "no-such-key",
        ),
        (
            Box::new(|r| r.push(json!({"type": "setting", "key": "plan", "value": "gold"}))),
            "gold",
        ),
    ];
    for (edit, says) in cases {
        let mut broken = valid.clone();
        edit(broken["records"].as_array_mut().unwrap());
        let err = import_refused(&Env::new(), &broken);
        assert!(err.contains(says), "expected {says:?} in: {err}");
    }
}

#[test]
fn a_proposal_keeps_its_jobs_pay_type_and_an_offer_its_proposals() {
    // R10, I1: the pay type of a job with proposals cannot change; a file or a hand edit that
    // changes it anyway is found.
    let env = world();
    submit(&env, &[]);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    assert_clean(&env);
    assert_import_refused(&env, "I1", |records| {
        let job = record(records, "job", 1);
        job["pay_type"] = json!("fixed");
        job["hourly_min_cents"] = Value::Null;
        job["hourly_max_cents"] = Value::Null;
        job["fixed_cents"] = json!(50000);
    });
    plant(
        &env,
        "UPDATE offers SET pay_type = 'fixed', rate_cents = NULL, bid_cents = 50000 WHERE id = 1",
    );
    assert_broken(&env, "I1", "offer 1 is fixed, but its proposal 1 is hourly");
}

#[test]
fn a_proposal_keeps_the_letter_window_it_was_submitted_under() {
    // R16, like R12's fee: changing cover-letter-edit-hours later neither reopens a locked
    // letter nor closes an open one early; new proposals get the new window.
    let env = world();
    let letter = |n: &str| format!("{LETTER} ({n})");
    submit_at(&env, "2026-03-10T09:00:00Z");
    run_at(
        &env,
        "2026-03-10T10:00:00Z",
        &["config", "set", "cover-letter-edit-hours", "24"],
    );
    let err = refused_unchanged(
        &env,
        4,
        "2026-03-10T17:00:00Z",
        &[
            "proposal",
            "edit",
            "1",
            "--cover-letter",
            &letter("reopened"),
        ],
    );
    assert!(err.contains("locked at 2026-03-10T15:00:00Z"), "{err}");
    // Submitted under 24 hours: lowering the setting does not close it early.
    run_at(
        &env,
        "2026-03-10T10:00:00Z",
        &[
            "proposals",
            "submit",
            "--job",
            "fix",
            "--bid",
            "280",
            "--cover-letter",
            LETTER,
        ],
    );
    run_at(
        &env,
        "2026-03-10T11:00:00Z",
        &["config", "set", "cover-letter-edit-hours", "1"],
    );
    run_at(
        &env,
        "2026-03-10T20:00:00Z",
        &[
            "proposal",
            "edit",
            "2",
            "--cover-letter",
            &letter("still open"),
        ],
    );
    let shown = env.json(&["--now", "2026-03-10T20:00:00Z", "proposals", "list"]);
    let locks: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["cover_letter_locked_at"].as_str().unwrap())
        .collect();
    assert!(locks.contains(&"2026-03-10T15:00:00Z"), "{locks:?}");
    assert!(locks.contains(&"2026-03-11T10:00:00Z"), "{locks:?}");
    assert_clean(&env);
}

#[test]
fn a_clock_set_back_cannot_date_a_change_before_what_it_follows() {
    // I8, R50, R22: with --now earlier than the records a change acts on, the change is
    // refused and the store is left as it was.
    let env = world();
    submit_at(&env, "2026-03-10T09:00:00Z");
    run_at(
        &env,
        "2026-03-10T10:00:00Z",
        &["messages", "receive", "1", "Hi Dana"],
    );
    run_at(
        &env,
        "2026-03-10T11:00:00Z",
        &["offers", "receive", "--proposal", "1"],
    );
    for args in [
        &["offer", "accept", "1"][..],
        &["offer", "decline", "1", "--reason", "rate-too-low"][..],
    ] {
        let err = refused_unchanged(&env, 2, "2026-03-10T10:30:00Z", args);
        assert!(err.contains("cannot be answered before that"), "{err}");
    }
    let err = refused_unchanged(
        &env,
        2,
        "2026-03-10T10:30:00Z",
        &["job", "close", "pub", "--reason", "cancelled"],
    );
    assert!(
        err.contains("last activity was at 2026-03-10T11:00:00Z"),
        "{err}"
    );
    let err = refused_unchanged(
        &env,
        2,
        "2026-03-10T08:00:00Z",
        &["proposal", "boost", "1", "2"],
    );
    assert!(err.contains("nothing can change it before that"), "{err}");
    run_at(&env, "2026-03-10T12:00:00Z", &["offer", "accept", "1"]);
    // Contact details are allowed from the contract's start, not in a message dated before it.
    let err = refused_unchanged(
        &env,
        4,
        "2026-03-10T11:30:00Z",
        &["messages", "send", "1", "write to dana@example.com"],
    );
    assert!(err.contains("email"), "{err}");
    run_at(
        &env,
        "2026-03-10T12:00:00Z",
        &["messages", "send", "1", "write to dana@example.com"],
    );
    assert_clean(&env);
    // The same orders broken in a file, or by hand.
    assert_import_refused(&env, "I8", |records| {
        record(records, "offer", 1)["responded_at"] = json!("2026-03-10T10:00:00Z");
    });
    plant(
        &env,
        "UPDATE jobs SET status = 'closed', close_reason = 'filled', closed_at = '2026-03-10T08:00:00Z' WHERE id = 1",
    );
    assert_broken(
        &env,
        "I8",
        "job 1 closed at 2026-03-10T08:00:00Z, before proposal 1 was submitted",
    );
}

#[test]
fn connects_bought_later_cannot_be_spent_earlier() {
    // R50: a lot exists from its issue; at an earlier --now it is not in the balance.
    let env = Env::new();
    env.ok(&["--now", "2026-03-10T12:00:00Z", "connects", "buy", "50"]);
    let err = refused_unchanged(
        &env,
        4,
        "2026-03-10T11:00:00Z",
        &["connects", "spend", "--for", "profile-boost", "5"],
    );
    assert!(err.contains("the balance is 0"), "{err}");
    let before = env.json(&["--now", "2026-03-10T11:00:00Z", "connects", "balance"]);
    assert_eq!(before["balance"], 0);
    let after = env.json(&["--now", "2026-03-10T12:00:00Z", "connects", "balance"]);
    assert_eq!(after["balance"], 50);
}

#[test]
fn import_refuses_shared_uids_milestones_off_the_bid_and_odd_expiries() {
    // R10, R11, R20, and one uid per record: each refused (exit 2), nothing written; a stored
    // milestone that breaks R10 or R11 (written by hand, or by an older import) is found.
    let env = world();
    env.ok(&["clients", "add", "Beta", "--uid", "beta"]);
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "fix",
        "--milestone",
        "Design;2026-04-01;100",
        "--milestone",
        "Build;2026-05-01;180",
        "--cover-letter",
        LETTER,
    ]);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    let valid = export(&env);
    type Edit = Box<dyn Fn(&mut Vec<Value>)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|r| record(r, "client", 2)["uid"] = json!("acme")),
            "the uid 'acme' of this client is also given to",
        ),
        (
            Box::new(|r| record(r, "proposal", 1)["milestones"][0]["amount_cents"] = json!(100)),
            "each milestone is at least",
        ),
        (
            Box::new(|r| record(r, "proposal", 1)["milestones"][0]["amount_cents"] = json!(20000)),
            "the milestones add up to",
        ),
        (
            Box::new(|r| record(r, "offer", 1)["expires_at"] = json!("2027-01-01T00:00:00Z")),
            "from 1 to 90 after 'received_at'",
        ),
    ];
    for (edit, says) in cases {
        let mut broken = valid.clone();
        edit(broken["records"].as_array_mut().unwrap());
        for target in [Env::new(), {
            // Also into the store the file came from.
            let copy = Env::new();
            crate::common::copy_store(&env, &copy);
            copy
        }] {
            let err = import_refused(&target, &broken);
            assert!(err.contains(says), "expected {says:?} in: {err}");
        }
    }
    plant(
        &env,
        if crate::common::server().is_some() {
            "UPDATE proposals SET milestones = (milestones::jsonb #- '{0,due_date}')::text WHERE id = 1"
        } else {
            "UPDATE proposals SET milestones = json_remove(milestones, '$[0].due_date') WHERE id = 1"
        },
    );
    assert_broken(
        &env,
        "I1",
        "proposal 1: milestone 1 needs a description, a due_date and an amount_cents",
    );
    plant(
        &env,
        if crate::common::server().is_some() {
            "UPDATE proposals SET milestones = jsonb_set(jsonb_set(milestones::jsonb, '{0,due_date}', '\"2026-04-01\"'), '{0,amount_cents}', '20000')::text WHERE id = 1"
        } else {
            "UPDATE proposals SET milestones = json_set(milestones, '$[0].due_date', '2026-04-01', '$[0].amount_cents', 20000) WHERE id = 1"
        },
    );
    assert_broken(
        &env,
        "I1",
        "proposal 1: its milestones add up to 38000 cents, but its bid is 28000",
    );
}

#[test]
fn agency_names_on_proposals_and_offers_are_its_members() {
    // I1, R21, R53: a proposal's submitter is a member of its agency; an offer is accepted by
    // the agency's business manager or owner; a freelancer's own records name neither.
    let env = world();
    env.ok(&["agencies", "add", "North", "--uid", "north"]);
    env.ok(&[
        "agency",
        "member-add",
        "north",
        "Sam",
        "--role",
        "business-manager",
    ]);
    env.ok(&["agency", "member-add", "north", "Mia", "--role", "member"]);
    env.ok(&[
        "--now",
        "2026-02-01T00:00:00Z",
        "connects",
        "buy",
        "20",
        "--agency",
        "north",
    ]);
    submit(&env, &["--agency", "north", "--as", "Mia"]);
    env.ok(&["offers", "receive", "--proposal", "1"]);
    env.ok(&["offer", "accept", "1", "--as", "Sam"]);
    assert_clean(&env);
    assert_import_refused(&env, "I1", |records| {
        record(records, "proposal", 1)["submitted_by"] = json!("Nobody Here");
    });
    assert_import_refused(&env, "I1", |records| {
        record(records, "offer", 1)["accepted_by"] = json!("Nobody Here");
    });
    // Roles change later (member-add changes a role); who accepted stays a member.
    env.ok(&["agency", "member-add", "north", "Sam", "--role", "member"]);
    env.ok(&[
        "agency",
        "member-add",
        "north",
        "Kai",
        "--role",
        "business-manager",
    ]);
    assert_clean(&env);
    plant(&env, "UPDATE proposals SET agency_id = NULL WHERE id = 1");
    assert_broken(
        &env,
        "I1",
        "proposal 1 names Mia as its submitter, but it is not an agency proposal",
    );
}
