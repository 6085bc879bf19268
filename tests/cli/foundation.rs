//! The store, records, output formats and exit codes.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::common::{Env, NOW};

#[test]
fn clients_keep_money_in_cents_and_show_by_id_or_uid() {
    let env = Env::new();
    env.ok(&[
        "clients",
        "add",
        "Acme",
        "--uid",
        "acme",
        "--total-spent",
        "125000",
        "--avg-hourly-paid",
        "48.50",
        "--rating",
        "4.85",
        "--reviews",
        "31",
        "--hire-rate",
        "80",
        "--payment-verified",
        "--country",
        "US",
        "--member-since",
        "2019-05-01",
        "--feedback",
        "Clear brief",
    ]);
    let by_uid = env.json(&["clients", "show", "acme"]);
    assert_eq!(by_uid["id"], 1);
    assert_eq!(by_uid["uid"], "acme");
    assert_eq!(by_uid["total_spent_cents"], 12_500_000);
    assert_eq!(by_uid["avg_hourly_paid_cents"], 4850);
    assert_eq!(by_uid["rating"], 4.85);
    assert_eq!(by_uid["hire_rate_pct"], 80);
    assert_eq!(by_uid["payment_verified"], true);
    assert_eq!(by_uid["member_since"], "2019-05-01");
    assert_eq!(
        by_uid["recent_feedback"],
        serde_json::json!(["Clear brief"])
    );
    assert_eq!(by_uid["created_at"], NOW);
    let by_id = env.json(&["client", "show", "1"]);
    assert_eq!(by_id, by_uid);
}

#[test]
fn job_connects_cost_follows_the_budget_unless_given() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme", "--uid", "acme"]);
    let fixed = env.json(&[
        "jobs", "add", "--client", "acme", "--title", "T", "--fixed", "300",
    ]);
    assert_eq!(fixed["connects_cost"], 4);
    assert_eq!(fixed["fixed_cents"], 30000);
    assert_eq!(fixed["pay_type"], "fixed");
    let hourly = env.json(&[
        "jobs", "add", "--client", "acme", "--title", "T", "--hourly", "20-40",
    ]);
    assert_eq!(hourly["connects_cost"], 6);
    assert_eq!(hourly["hourly_min_cents"], 2000);
    assert_eq!(hourly["hourly_max_cents"], 4000);
    let given = env.json(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--title",
        "T",
        "--fixed",
        "300",
        "--connects",
        "12",
    ]);
    assert_eq!(given["connects_cost"], 12);
    env.fails(
        2,
        &[
            "jobs",
            "add",
            "--client",
            "acme",
            "--title",
            "T",
            "--fixed",
            "300",
            "--connects",
            "17",
        ],
    );
    // Changing the budget re-derives the cost.
    let edited = env.json(&["jobs", "edit", "1", "--fixed", "40"]);
    assert_eq!(edited["connects_cost"], 2);
}

fn three_jobs() -> Env {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme", "--uid", "acme"]);
    for (title, budget) in [
        ("Alpha", "100"),
        ("Beta, with comma", "2000"),
        ("Gamma", "6000"),
    ] {
        env.ok(&[
            "jobs", "add", "--client", "acme", "--title", title, "--fixed", budget, "--skill",
            "rust",
        ]);
    }
    env
}

#[test]
fn lists_print_in_every_format() {
    let env = three_jobs();
    let json = env.json(&["jobs", "list"]);
    assert_eq!(json.as_array().map(Vec::len), Some(3));
    assert_eq!(json[1]["title"], "Beta, with comma");

    let ndjson = env.ok(&["jobs", "list", "--format", "ndjson"]);
    let lines: Vec<Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["title"], "Gamma");

    let csv = env.ok(&[
        "jobs",
        "list",
        "-o",
        "csv",
        "--fields",
        "id,title,fixed_cents",
    ]);
    assert_eq!(
        csv,
        "id,title,fixed_cents\n1,Alpha,10000\n2,\"Beta, with comma\",200000\n3,Gamma,600000\n"
    );

    let tsv = env.ok(&["jobs", "list", "-o", "tsv", "--fields", "id,title"]);
    assert_eq!(tsv, "id\ttitle\n1\tAlpha\n2\tBeta, with comma\n3\tGamma\n");

    let table = env.ok(&[
        "jobs",
        "list",
        "--fields",
        "id,title,fixed_cents,connects_cost",
    ]);
    assert!(
        !table.contains('\x1b'),
        "no ANSI escapes when piped: {table:?}"
    );
    // Piped, the default table is exactly `-o tsv`: raw values under their field names.
    assert_eq!(
        table,
        "id\ttitle\tfixed_cents\tconnects_cost\n1\tAlpha\t10000\t4\n2\tBeta, with comma\t200000\t6\n3\tGamma\t600000\t8\n"
    );
    assert_eq!(
        env.ok(&["jobs", "list"]),
        env.ok(&["jobs", "list", "-o", "tsv"]),
        "a piped table is exactly -o tsv"
    );
    assert_eq!(env.ok(&["jobs", "list", "-q"]), "1\n2\n3\n");
    assert_eq!(
        env.ok(&["jobs", "list", "-q", "--limit", "2", "--sort", "budget"]),
        "3\n2\n"
    );
}

#[test]
fn field_selection_orders_json_and_rejects_unknown_fields() {
    let env = three_jobs();
    let text = env.ok(&["jobs", "list", "-o", "ndjson", "--fields", "title,id"]);
    assert_eq!(text.lines().next(), Some(r#"{"title":"Alpha","id":1}"#));
    let err = env.fails(2, &["jobs", "list", "--fields", "id,nope"]);
    assert!(
        err.contains("unknown field 'nope'") && err.contains("connects_cost"),
        "{err}"
    );
}

#[test]
fn empty_lists_succeed() {
    let env = Env::new();
    assert_eq!(env.json(&["jobs", "list"]), serde_json::json!([]));
    assert_eq!(env.ok(&["clients", "list", "-o", "ndjson"]), "");
    assert_eq!(
        env.ok(&["clients", "list", "--fields", "id,name"]),
        "id\tname\n"
    );
}

#[test]
fn exit_codes_follow_the_spec() {
    let env = Env::new();
    env.acme_job();
    env.fails(3, &["jobs", "show", "99"]);
    env.fails(3, &["clients", "show", "nobody"]);
    let neg = env.fails(
        2,
        &[
            "jobs", "add", "--client", "acme", "--title", "T", "--fixed", "-5",
        ],
    );
    assert!(neg.contains("e.g. 55"), "{neg}");
    let three = env.fails(
        2,
        &[
            "jobs", "add", "--client", "acme", "--title", "T", "--fixed", "12.345",
        ],
    );
    assert!(three.contains("at most two decimal places"), "{three}");
    env.fails(2, &["jobs", "list", "--fields", "bogus"]);
    env.fails(2, &["config", "set", "service-fee-pct", "25"]);
    env.fails(2, &["config", "set", "no-such-key", "1"]);
    env.fails(2, &["jobs", "frobnicate"]);
    env.fails(
        3,
        &[
            "jobs", "add", "--client", "nobody", "--title", "T", "--fixed", "10",
        ],
    );
    env.fails(4, &["clients", "add", "Again", "--uid", "acme"]);
    env.ok(&["jobs", "close", "j1", "--reason", "filled"]);
    env.fails(4, &["jobs", "close", "j1", "--reason", "filled"]);
}

#[test]
fn errors_are_json_objects_on_stderr_in_json_mode() {
    let env = Env::new();
    let out = env.run(&["clients", "show", "nobody", "--json"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    let err: Value = serde_json::from_slice(&out.stderr).expect("stderr is JSON");
    assert_eq!(err["error"]["kind"], "not_found");
    assert_eq!(err["error"]["exit_code"], 3);
    assert!(err["error"]["message"].as_str().unwrap().contains("nobody"));

    // Also for errors found while parsing the command line.
    let out = env.run(&["--json", "config", "set", "service-fee-pct", "25"]);
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).expect("stderr is JSON");
    assert_eq!(err["error"]["kind"], "usage");
    let out = env.run(&["-o", "ndjson", "jobs", "add", "--title", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stderr).expect("stderr is JSON");
    assert_eq!(err["error"]["exit_code"], 2);
}

#[test]
fn refused_changes_leave_the_store_unchanged() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["profiles", "add", "Dana", "--rate", "60"]);
    env.ok(&["profiles", "add", "Rust", "--specialized"]);
    env.ok(&["profiles", "add", "Go", "--specialized"]);
    let before = env.snapshot();
    env.fails(4, &["profiles", "add", "Third", "--specialized"]); // R40
    env.fails(4, &["profiles", "add", "Second general"]); // R40
    env.fails(4, &["clients", "add", "Dup", "--uid", "acme"]);
    env.fails(2, &["config", "set", "plan", "gold"]);
    env.fails(3, &["jobs", "edit", "404", "--title", "x"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn dry_run_writes_nothing_but_shows_the_result() {
    let env = Env::new();
    env.acme_job();
    let before = env.snapshot();
    let out = env.json(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--title",
        "Would be",
        "--hourly",
        "10-12",
        "--dry-run",
    ]);
    assert_eq!(out["connects_cost"], 2);
    assert_eq!(out["id"], 2);
    env.json(&["jobs", "close", "j1", "--reason", "cancelled", "--dry-run"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_dry_run_where_there_is_no_store_creates_no_file_or_folder() {
    if crate::common::sqlite_only(
        "a dry run leaves no file behind (a server database exists before lancer)",
    ) {
        return;
    }
    let env = Env::bare();
    let init = env.json(&["db", "init", "--dry-run"]);
    assert_eq!(init["created"], true);
    let client = env.json(&["clients", "add", "Acme", "--dry-run"]);
    assert_eq!(client["id"], 1);
    env.json(&["seed", "--invites", "20", "--dry-run"]);
    // The default location's folders are not made either.
    let out = env
        .cmd()
        .env_remove("LANCER_DB")
        .env("XDG_DATA_HOME", env.path("data"))
        .args(["db", "init", "--dry-run", "--json"])
        .output()
        .expect("lancer runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A dry run still refuses what a real one would: no folder for --db.
    let missing = env.path("nowhere/lancer.db");
    let missing = missing.to_str().expect("utf-8 path");
    let err = env.fails(5, &["--db", missing, "clients", "add", "X", "--dry-run"]);
    assert!(err.contains("does not exist"), "{err}");
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("temp dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn stores_from_newer_lancers_and_junk_files_are_refused_untouched() {
    if crate::common::sqlite_only(
        "files made by other programs (tests/cli/server.rs has the server case)",
    ) {
        return;
    }
    let env = Env::new();
    env.acme_job();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    let before = std::fs::read(&env.db).unwrap();
    let err = env.fails(5, &["jobs", "list"]);
    assert!(err.contains("newer lancer"), "{err}");
    env.fails(5, &["clients", "add", "X"]);
    assert_eq!(std::fs::read(&env.db).unwrap(), before);

    let junk = env.path("junk.db");
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    std::fs::write(&junk, &bytes).unwrap();
    let out = env
        .cmd()
        .args(["--db"])
        .arg(&junk)
        .args(["jobs", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a lancer store"));
    assert_eq!(std::fs::read(&junk).unwrap(), bytes);

    let other = env.path("other.db");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE notes (body TEXT)")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&other).unwrap();
    let out = env
        .cmd()
        .args(["--db"])
        .arg(&other)
        .args(["clients", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(std::fs::read(&other).unwrap(), before);
}

#[test]
fn the_default_store_follows_xdg_data_home_and_is_private() {
    let env = Env::new();
    let xdg = env.path("xdg");
    let run = |args: &[&str]| {
        env.cmd()
            .env_remove("LANCER_DB")
            .env("XDG_DATA_HOME", &xdg)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["db", "path"]);
    let expected = xdg.join("lancer").join("lancer.db");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        expected.display().to_string()
    );
    assert!(!expected.exists(), "db path does not create the store");
    // A read never creates a store; the first change does, folders included, at the default.
    assert_eq!(run(&["clients", "list"]).status.code(), Some(5));
    assert!(!expected.exists(), "a read does not create the store");
    assert!(run(&["clients", "add", "Acme"]).status.success());
    let mode = std::fs::metadata(&expected).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // Without XDG_DATA_HOME: ~/.local/share.
    let out = env
        .cmd()
        .env_remove("LANCER_DB")
        .args(["db", "path"])
        .output()
        .unwrap();
    let home = env.dir.path().join(".local/share/lancer/lancer.db");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        home.display().to_string()
    );
}

#[test]
fn db_check_and_backup() {
    if crate::common::sqlite_only("db backup copies a SQLite file") {
        return;
    }
    let env = Env::new();
    env.acme_job();
    let checks = env.json(&["db", "check"]);
    assert!(
        checks.as_array().unwrap().iter().all(|c| c["ok"] == true),
        "{checks}"
    );
    let copy = env.path("copy.db");
    let copy_s = copy.display().to_string();
    // --dry-run writes no copy (nor an export file), and says what the copy would be.
    let dry = env.json(&["db", "backup", &copy_s, "--dry-run"]);
    assert!(dry["bytes"].as_u64().unwrap() > 0, "{dry}");
    assert!(!copy.exists());
    let export = env.path("out.json");
    let export_s = export.display().to_string();
    env.ok(&["export", "--output", &export_s, "--dry-run"]);
    assert!(!export.exists());
    env.ok(&["db", "backup", &copy_s]);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "the copy is as private as the store");
    let out = env
        .cmd()
        .args(["--db", &copy_s, "db", "check"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let jobs = env
        .cmd()
        .args(["--db", &copy_s, "jobs", "list", "-q"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&jobs.stdout), "1\n");
    env.fails(2, &["db", "backup", &copy_s]);
}

#[test]
fn db_copy_moves_a_whole_store_and_only_into_an_empty_one() {
    use sha2::{Digest, Sha256};
    // On the test server this runs PostgreSQL -> SQLite -> PostgreSQL -> SQLite; otherwise
    // file to file.
    let env = Env::new();
    env.ok(&["seed", "--invites", "60", "--seed", "3"]);
    let before = env.ok(&["export"]);
    let records = before.lines().count() - 2;
    let digest: String = Sha256::digest(before.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let export_of = |db: &str| env.ok(&["--db", db, "export"]);

    // --dry-run reports the copy and writes nothing.
    let dry = env.path("dry.db");
    let dry_s = dry.display().to_string();
    let report = env.json(&["db", "copy", "--to", &dry_s, "--dry-run"]);
    assert_eq!(report["records"], records, "{report}");
    assert!(!dry.exists(), "a dry run leaves no file");

    // Out to a new SQLite file: the same export, the same digest the command reports.
    let file = env.path("moved.db");
    let file_s = file.display().to_string();
    let report = env.json(&["db", "copy", "--to", &file_s]);
    assert_eq!(report["records"], records, "{report}");
    assert_eq!(report["bytes"], before.len(), "{report}");
    assert_eq!(report["sha256"], digest.as_str(), "{report}");
    assert_eq!(export_of(&file_s), before);
    assert_eq!(env.ok(&["export"]), before, "the source is left as it was");

    // Back into an empty store of the suite's kind, then out to a file again.
    let back = Env::new();
    let back_s = back.db.display().to_string();
    back.ok(&["db", "copy", "--from", &file_s, "--to", &back_s]);
    assert_eq!(back.ok(&["export"]), before);
    back.ok(&["db", "check"]);
    let again = env.path("again.db");
    let again_s = again.display().to_string();
    back.ok(&["db", "copy", "--to", &again_s]);
    assert_eq!(export_of(&again_s), before);
    // The copy is a working store: the next change takes the next ids.
    let id = back.ok(&["clients", "add", "Next Client", "-q"]);
    let max: i64 = back
        .json(&["clients", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .max()
        .unwrap();
    assert_eq!(id.trim(), max.to_string());

    // Refusals write nothing: into a store that holds records, onto itself, from nowhere.
    let held = crate::common::state(&back);
    let err = back.fails(2, &["db", "copy", "--from", &file_s, "--to", &back_s]);
    assert!(err.contains("already holds"), "{err}");
    assert!(
        crate::common::state(&back) == held,
        "the refused copy changed the store"
    );
    let err = env.fails(2, &["db", "copy", "--from", &file_s, "--to", &file_s]);
    assert!(err.contains("both name"), "{err}");
    let nowhere = env.path("nowhere.db").display().to_string();
    let target = env.path("target.db");
    env.fails(
        5,
        &[
            "db",
            "copy",
            "--from",
            &nowhere,
            "--to",
            &target.display().to_string(),
        ],
    );
    assert!(
        !target.exists(),
        "nothing is made when the source cannot be read"
    );
}

#[test]
fn db_check_fails_with_exit_5_on_a_broken_store() {
    if crate::common::sqlite_only("a store file with damaged bytes") {
        return;
    }
    let env = Env::new();
    env.acme_job();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF; UPDATE jobs SET client_id = 77;")
        .unwrap();
    drop(conn);
    let err = env.fails(5, &["db", "check"]);
    assert!(err.contains("foreign_keys"), "{err}");
}

#[test]
fn every_change_writes_an_event() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["clients", "edit", "acme", "--rating", "4.7"]);
    env.ok(&["jobs", "close", "j1", "--reason", "expired"]);
    env.ok(&["agencies", "add", "North"]);
    env.ok(&[
        "agency",
        "member-add",
        "North",
        "Sam",
        "--role",
        "business-manager",
    ]);
    env.ok(&[
        "profiles", "add", "Dana", "--agency", "North", "--role", "member",
    ]);
    env.ok(&["config", "set", "plan", "plus"]);
    let log = env.json(&["log"]);
    let actions: Vec<String> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["entity"].as_str().unwrap(),
                e["entity_id"],
                e["action"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            "setting 0 set",
            "profile 1 added",
            "agency 1 member-added",
            "agency 1 added",
            "job 1 closed",
            "client 1 edited",
            "job 1 added",
            "client 1 added",
        ]
    );
    assert_eq!(log[5]["details"], serde_json::json!({ "rating": 4.7 }));
    let job_log = env.json(&["log", "job", "j1"]);
    assert_eq!(job_log.as_array().unwrap().len(), 2);
    let agency = env.json(&["agency", "show", "North"]);
    assert_eq!(agency["members"].as_array().unwrap().len(), 2);
}

/// A standard error nobody reads (its pipe closed before lancer writes) leaves the exit
/// code the command's own: an error message that cannot be written is not a crash (101).
#[test]
fn a_closed_stderr_keeps_the_exit_code() {
    let env = Env::new();
    for (args, code) in [
        (&["invite", "declin"][..], 2),
        (&["--json", "invite", "declin"], 2),
        (&["invite", "decline", "999", "--reason", "too-busy"], 3),
        (
            &["--json", "invite", "decline", "999", "--reason", "too-busy"],
            3,
        ),
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lancer"))
            .args(args)
            .env("LANCER_DB", &env.db)
            .env("LANCER_NOW", NOW)
            .stdin(std::process::Stdio::null())
            .stderr(writer)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    for i in 0..300 {
        env.ok(&[
            "jobs",
            "add",
            "--client",
            "1",
            "--title",
            &format!("Job {i}"),
            "--fixed",
            "100",
        ]);
    }
    let lancer = env!("CARGO_BIN_EXE_lancer");
    let script = format!(
        "'{lancer}' jobs list --format ndjson | head -1 >/dev/null; echo \"${{PIPESTATUS[0]}}\""
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("LANCER_DB", &env.db)
        .env("LANCER_NOW", NOW)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn settings_are_validated_listed_and_read() {
    let env = Env::new();
    assert_eq!(env.ok(&["config", "get", "service-fee-pct"]), "10\n");
    env.ok(&["config", "set", "service-fee-pct", "15"]);
    assert_eq!(env.ok(&["config", "get", "service-fee-pct"]), "15\n");
    let list = env.json(&["config", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 6);
    assert_eq!(list[1]["key"], "service-fee-pct");
    assert_eq!(list[1]["value"], "15");
    assert_eq!(list[1]["default"], "10");
}

#[test]
fn bid_ranges_show_on_the_plus_plan_only() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "1",
        "--title",
        "T",
        "--hourly",
        "20-40",
        "--bid-range",
        "25-32-45",
    ]);
    assert_eq!(
        env.json(&["jobs", "show", "1"])["bid_avg_cents"],
        Value::Null
    );
    env.ok(&["config", "set", "plan", "plus"]);
    assert_eq!(env.json(&["jobs", "show", "1"])["bid_avg_cents"], 3200);
}

#[test]
fn nouns_answer_to_singular_and_plural() {
    let env = Env::new();
    env.ok(&["client", "add", "Acme"]);
    assert_eq!(env.ok(&["clients", "list", "-q"]), "1\n");
    assert_eq!(env.ok(&["client", "list", "-q"]), "1\n");
    env.ok(&["profile", "add", "Dana"]);
    assert_eq!(env.json(&["profiles", "show", "general"])["name"], "Dana");
}

/// The fields `--fields` accepts are exactly the keys of the JSON output, in order.
#[test]
fn declared_fields_match_the_json() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["profiles", "add", "Dana"]);
    env.ok(&["agencies", "add", "North"]);
    for (show, list) in [
        (vec!["clients", "show", "1"], vec!["clients", "list"]),
        (vec!["jobs", "show", "1"], vec!["jobs", "list"]),
        (vec!["profiles", "show", "1"], vec!["profiles", "list"]),
        (vec!["agencies", "show", "1"], vec!["agencies", "list"]),
        (vec!["log", "--limit", "1"], vec!["log"]),
        (vec!["config", "list"], vec!["config", "list"]),
    ] {
        let shown = env.json(&show);
        let object = if shown.is_array() {
            shown[0].clone()
        } else {
            shown
        };
        let keys: Vec<&str> = object
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut args = list.clone();
        args.extend(["--json", "--fields", "no_such_field"]);
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(2));
        let err: Value = serde_json::from_slice(&out.stderr).unwrap();
        let declared: Vec<&str> = err["error"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(keys, declared, "{list:?}");
    }
}

/// A mistyped store is an error, never a silent new world: reads need an existing store, a
/// change outside the default location needs an existing folder, `db init` creates one.
#[test]
fn store_paths_are_strict_and_db_init_creates_one() {
    let env = Env::bare();
    let deep = env.path("no/such/dir/x.db");
    let deep_s = deep.to_str().unwrap();
    let with_db = |db: &str, args: &[&str]| {
        let mut all = vec!["--db", db];
        all.extend_from_slice(args);
        env.run(&all)
    };

    let out = with_db(deep_s, &["invites", "list"]);
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(deep_s) && err.contains("lancer db init"),
        "{err}"
    );
    assert!(!env.path("no").exists(), "a read creates nothing");

    let out = with_db(deep_s, &["clients", "add", "Acme"]);
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("does not exist") && err.contains("db init"),
        "{err}"
    );
    assert!(
        !env.path("no").exists(),
        "a change outside the default creates no folders"
    );

    // A misspelled LANCER_DB is the same error for a read.
    let out = env
        .cmd()
        .env("LANCER_DB", env.path("lancr.db"))
        .args(["clients", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(!env.path("lancr.db").exists());

    // db init creates the folders and the store, once.
    let init = env.json(&["--db", deep_s, "db", "init"]);
    assert_eq!(init["created"], true, "{init}");
    assert_eq!(init["path"], deep_s);
    let mode = std::fs::metadata(&deep).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let again = env.json(&["--db", deep_s, "db", "init"]);
    assert_eq!(again["created"], false);
    assert_eq!(with_db(deep_s, &["invites", "list"]).status.code(), Some(0));

    // In an existing folder, the first change creates the file.
    let fresh = env.path("fresh.db");
    let fresh_s = fresh.to_str().unwrap();
    assert_eq!(
        with_db(fresh_s, &["clients", "list"]).status.code(),
        Some(5)
    );
    assert_eq!(
        with_db(fresh_s, &["clients", "add", "Acme"]).status.code(),
        Some(0)
    );
    assert!(fresh.exists());
}

/// `--db sqlite:PATH` is the same store as `--db PATH`; a PostgreSQL URL names a server store,
/// and a server that cannot be reached is exit 5, without the URL's password being printed
/// and without creating anything on disk.
#[test]
fn db_takes_sqlite_paths_and_server_urls() {
    let env = Env::bare();
    let named = format!("sqlite:{}", env.path("other.db").display());
    env.ok(&["--db", &named, "seed", "--invites", "5", "-q"]);
    assert!(env.path("other.db").exists());
    let listed = env.ok(&[
        "--db",
        env.path("other.db").to_str().unwrap(),
        "invites",
        "list",
        "-q",
    ]);
    assert_eq!(listed.lines().count(), 5);
    let before: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().collect();
    for url in [
        "postgres://lancer:s3cret@db1,db2/pipeline?target_session_attrs=read-write",
        "postgresql://lancer:s3cret@localhost/pipeline",
        "POSTGRES://lancer:s3cret@localhost/pipeline",
    ] {
        for args in [
            &["--db", url, "db", "init"][..],
            &["--db", url, "invites", "list"],
        ] {
            // No server there: lancer waits the busy timeout for one to take writes.
            let out = env
                .cmd()
                .env("LANCER_BUSY_TIMEOUT_MS", "300")
                .args(args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(5), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("PostgreSQL"), "{err}");
            assert!(!err.contains("s3cret"), "{err}");
        }
        let err = env
            .cmd()
            .env("LANCER_BUSY_TIMEOUT_MS", "300")
            .env("LANCER_DB", url)
            .args(["invites", "list", "--json"])
            .output()
            .unwrap();
        assert_eq!(err.status.code(), Some(5));
        assert!(String::from_utf8_lossy(&err.stderr).contains("\"kind\":\"store\""));
    }
    let after: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().collect();
    assert_eq!(before.len(), after.len(), "nothing was created");
    env.fails(2, &["--db", "sqlite:", "invites", "list"]);
    env.fails(2, &["--db", "sqlite://pipeline.db", "db", "init"]);
    assert!(!std::path::Path::new("/pipeline.db").exists());
    let after: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().collect();
    assert_eq!(before.len(), after.len(), "nothing was created");
}

/// Text shaped like a URL in a scheme lancer does not speak, or a PostgreSQL URL missing its
/// `//`, is a usage error (exit 2): never a file named after it, never its password echoed.
/// A name with a colon but no URL shape stays a file name.
#[test]
fn db_refuses_urls_it_does_not_speak_without_echoing_them() {
    let env = Env::bare();
    let before: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().collect();
    for text in [
        "mysql://lancer:s3cret@db1/pipeline",
        "https://lancer:s3cret@example.com/pipeline.db",
        "postgresql:/lancer:s3cret@db1/pipeline",
        "postgres:lancer:s3cret@db1",
        "sqlite:postgresql://lancer:s3cret@db1/pipeline",
        "sqlite:mysql://lancer:s3cret@db1/pipeline",
    ] {
        for args in [
            &["--db", text, "db", "init"][..],
            &["--db", text, "invites", "list"],
            &["--db", text, "invites", "list", "--json"],
        ] {
            let err = env.fails(2, args);
            assert!(!err.contains("s3cret"), "{args:?}: {err}");
        }
        let out = env
            .cmd()
            .env("LANCER_DB", text)
            .args(["clients", "add", "Acme", "--json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "LANCER_DB={text}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("\"kind\":\"usage\""), "{err}");
        assert!(!err.contains("s3cret"), "{err}");
    }
    let after: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().collect();
    assert_eq!(before.len(), after.len(), "nothing was created");
    env.ok(&["--db", "mysql:store.db", "db", "init"]);
    assert!(env.path("mysql:store.db").is_file());
}

/// An empty file (as `mktemp` leaves) holds no store: a read, a dry run and `db copy --from`
/// leave it empty and say so (exit 5 for the read); the first change makes a store in it.
#[test]
fn an_empty_file_is_no_store_until_a_change() {
    let env = Env::bare();
    let empty = env.path("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let at = empty.to_str().unwrap();
    let err = env.fails(5, &["--db", at, "invites", "list"]);
    assert!(err.contains("empty file"), "{err}");
    assert!(err.contains("lancer db init"), "{err}");
    env.ok(&["--db", at, "--dry-run", "clients", "add", "Acme"]);
    let to = env.path("copy.db");
    env.fails(
        5,
        &["db", "copy", "--from", at, "--to", to.to_str().unwrap()],
    );
    assert!(!to.exists(), "a failed copy made no target");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "still empty");
    env.ok(&["--db", at, "clients", "add", "Acme", "--uid", "acme"]);
    assert!(std::fs::metadata(&empty).unwrap().len() > 0);
    env.ok(&["--db", at, "db", "check"]);
    let shown = env.json(&["--db", at, "clients", "list"]);
    assert_eq!(shown.as_array().map(|a| a.len()), Some(1), "{shown}");
}

/// A copy whose load fails takes back the store file it made: a new target is removed, an
/// empty file is left empty, and the source is untouched.
#[test]
fn a_failed_db_copy_leaves_no_store_behind() {
    let env = Env::bare();
    let source = env.path("source.db");
    let source_s = source.display().to_string();
    env.ok(&["--db", &source_s, "seed", "--invites", "5", "--seed", "2"]);
    // A job of a client that does not exist: written past the rules, refused by the load.
    let conn = rusqlite::Connection::open(&source).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF; UPDATE jobs SET client_id = 77 WHERE id = 1;")
        .unwrap();
    drop(conn);
    let before = crate::common::store_dump(&source);
    let target = env.path("target.db");
    let target_s = target.display().to_string();
    let out = env.run(&["db", "copy", "--from", &source_s, "--to", &target_s]);
    assert!(!out.status.success(), "the broken source was copied");
    let side = |suffix: &str| env.path(&format!("target.db{suffix}"));
    for path in [target.clone(), side("-wal"), side("-shm"), side("-journal")] {
        assert!(!path.exists(), "{} was left behind", path.display());
    }
    let empty = env.path("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let empty_s = empty.display().to_string();
    let out = env.run(&["db", "copy", "--from", &source_s, "--to", &empty_s]);
    assert!(!out.status.success(), "the broken source was copied");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "still empty");
    assert_eq!(
        crate::common::store_dump(&source),
        before,
        "source unchanged"
    );
}

/// A store named through a symbolic link that points at no file yet: the file made behind the
/// link is as private as any new store (0600), and the link stays a link.
#[test]
fn a_store_made_behind_a_dangling_link_is_private() {
    let env = Env::bare();
    let real = env.path("real.db");
    let link = env.path("link.db");
    std::os::unix::fs::symlink("real.db", &link).unwrap();
    let link_s = link.to_str().unwrap();
    env.ok(&["--db", link_s, "clients", "add", "Acme"]);
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the file behind the link is private");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let listed = env.ok(&["--db", link_s, "clients", "list", "--format", "json"]);
    assert!(listed.contains("Acme"), "{listed}");
}
