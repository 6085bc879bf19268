//! What a script author relies on: TSV when piped, `-q` ids only, a quiet stderr in JSON mode,
//! colour only when asked for, tables that survive a terminal without a size.

use crate::common::Env;

fn acme_with_awkward_names(env: &Env) {
    env.ok(&["clients", "add", "Quoted \"name\", with\\backslash"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "1",
        "--title",
        "Plain",
        "--fixed",
        "300",
        "--description",
        "Tab\there, \"quoted\"\\ and\nnewline",
    ]);
}

/// Piped, a table is `-o tsv`: raw values (cents, true/false), TSV escaping, no CSV quoting.
#[test]
fn piped_tables_are_tsv_with_raw_values_and_tsv_escaping() {
    let env = Env::new();
    acme_with_awkward_names(&env);
    let piped = env.ok(&["jobs", "list", "--fields", "id,description,featured"]);
    assert_eq!(
        piped,
        "id\tdescription\tfeatured\n1\tTab\\there, \"quoted\"\\\\ and\\nnewline\tfalse\n"
    );
    assert_eq!(
        piped,
        env.ok(&[
            "jobs",
            "list",
            "-o",
            "tsv",
            "--fields",
            "id,description,featured"
        ])
    );
    assert_eq!(
        env.ok(&["clients", "list", "--fields", "name"]),
        "name\nQuoted \"name\", with\\\\backslash\n"
    );
    // Every field, as -o tsv prints them.
    assert_eq!(
        env.ok(&["jobs", "list"]),
        env.ok(&["jobs", "list", "-o", "tsv"])
    );
    let jobs = env.ok(&["jobs", "list", "--fields", "id,fixed_cents"]);
    assert_eq!(jobs, "id\tfixed_cents\n1\t30000\n");
    // -o table asked for by name keeps the drawn table even when piped.
    let drawn = env.ok(&["jobs", "list", "-o", "table", "--fields", "id,title"]);
    assert!(drawn.contains('│') || drawn.contains('─'), "{drawn}");
}

/// `-q` prints ids, or nothing where a command has none (a balance, a count, a report).
#[test]
fn quiet_prints_ids_or_nothing() {
    let env = Env::new();
    assert_eq!(env.ok(&["seed", "--invites", "3", "-q"]), "");
    assert!(!env.ok(&["jobs", "list", "-q"]).is_empty());
    for args in [
        &["connects", "balance", "-q"][..],
        &["db", "check", "-q"],
        &["stats", "-q"],
        &["db", "path", "-q"],
        &["policy", "check", "-q", "a plain sentence"],
    ] {
        let out = env.run(args);
        assert!(out.status.success(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "",
            "lancer {args:?} -q prints nothing"
        );
    }
}

/// In JSON mode stderr carries errors only: no tips, hints or notes.
#[test]
fn json_mode_keeps_stderr_for_errors() {
    let env = Env::new();
    env.acme_job();
    let letter = env.path("letter.txt");
    std::fs::write(&letter, "hi").unwrap();
    let out = env.run(&[
        "letter",
        "check",
        "--job",
        "j1",
        letter.to_str().unwrap(),
        "--json",
    ]);
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env.run(&["invites", "list", "--json"]);
    assert!(out.stderr.is_empty());
    // Without --json the same command gives the person its tips.
    let out = env.run(&["letter", "check", "--job", "j1", letter.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("tip:"));
}

/// `error:` and `hint:` are coloured on request: CLICOLOR_FORCE even when piped, never with
/// NO_COLOR or --color never, always with --color always.
#[test]
fn errors_are_coloured_only_when_asked() {
    let env = Env::new();
    let missing = ["invite", "show", "99"];
    let plain = env.fails(3, &missing);
    assert!(plain.starts_with("error: "), "{plain:?}");
    assert!(!plain.contains('\x1b'));
    let forced = env
        .cmd()
        .args(missing)
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    let forced = String::from_utf8_lossy(&forced.stderr);
    assert!(forced.starts_with("\x1b[1;31merror:\x1b[0m "), "{forced:?}");
    let never = env
        .cmd()
        .args(missing)
        .args(["--color", "never"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stderr).contains('\x1b'));
    let always = env
        .cmd()
        .args(missing)
        .args(["--color", "always"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&always.stderr).contains("\x1b[1;31merror:"));
}

/// A terminal that reports a size of zero (a CI log, `script`) gets a table 100 columns wide,
/// or COLUMNS wide, not one character a line.
#[test]
fn a_terminal_without_a_size_gets_a_readable_table() {
    let env = Env::new();
    env.ok(&["clients", "add", "A client with a fairly long name"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "1",
        "--title",
        "A job title long enough to need room on the line",
        "--fixed",
        "300",
    ]);
    for (columns, widest) in [(None, 100), (Some("60"), 60)] {
        let mut cmd = std::process::Command::new("sh");
        cmd.arg("-c")
            .arg(format!(
                "stty cols 0 rows 0; exec {} jobs list",
                env!("CARGO_BIN_EXE_lancer")
            ))
            .env("LANCER_DB", &env.db)
            .env("LANCER_NOW", crate::common::NOW)
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS");
        if let Some(c) = columns {
            cmd.env("COLUMNS", c);
        }
        let mut session =
            rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn on a pty");
        let text = session.exp_eof().expect("lancer exits");
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(
            lines.len() <= 40,
            "one row should take a few lines, got {}:\n{text}",
            lines.len()
        );
        assert!(text.contains("job"), "{text}");
        // Box-drawing characters may arrive as several bytes each: measure a text line.
        let header = lines
            .iter()
            .find(|l| l.contains(" id "))
            .expect("a header line");
        let longest = header
            .trim_end_matches('\r')
            .replace(|c: char| !c.is_ascii(), "")
            .len();
        assert!(
            longest <= widest && longest > widest / 2,
            "{longest} columns:\n{text}"
        );
    }
}

/// `--jq` runs jq's language over the JSON output: over the whole array, or record by record
/// with `-o ndjson`, with the same result for `.[] | …`; a bad expression is exit 2.
#[test]
fn jq_filters_json_and_ndjson_alike() {
    let env = Env::new();
    env.ok(&["seed", "--invites", "40"]);
    let expr = ".[] | select(.score > 60) | .id";
    let from_json = env.ok(&["invites", "list", "--jq", expr]);
    let from_ndjson = env.ok(&["invites", "list", "-o", "ndjson", "--jq", expr]);
    assert_eq!(from_json, from_ndjson);
    let all: serde_json::Value = env.json(&["invites", "list"]);
    let want: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["score"].as_f64().is_some_and(|s| s > 60.0))
        .map(|i| i["id"].to_string())
        .collect();
    assert!(
        !want.is_empty(),
        "the seeded world has invites scored over 60"
    );
    assert_eq!(from_json.lines().collect::<Vec<_>>(), want);
    // Strings print raw; a record and a scalar go through it too.
    let status = env.ok(&["invite", "show", &want[0], "--jq", ".status"]);
    assert!(!status.starts_with('"'), "{status}");
    assert!(
        env.ok(&["connects", "balance", "--jq", ".balance"])
            .trim()
            .parse::<i64>()
            .is_ok()
    );
    // Mistakes: exit 2 naming where, with nothing on stdout.
    let out = env.run(&["invites", "list", "--jq", ".[] | select(.score >"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at character"));
    let err = env.fails(2, &["invites", "list", "--jq", ".[] | nosuch"]);
    assert!(
        err.contains("undefined filter 'nosuch' at character 7"),
        "{err}"
    );
    let err = env.fails(2, &["invites", "list", "--jq", "error(\"boom\")"]);
    assert!(err.contains("boom"), "{err}");
}

/// Times as people type them: a date, RFC 3339, `yesterday`, `3d`, `2h ago`, `in 1d`,
/// resolved against --now.
#[test]
fn times_take_dates_and_relative_forms() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "1",
        "--uid",
        "j1",
        "--title",
        "T",
        "--fixed",
        "300",
        "--posted-at",
        "2026-03-01",
    ]);
    // NOW is 2026-03-10T12:00:00Z.
    let received = |when: &str| -> String {
        let invite = env.json(&["invites", "receive", "--job", "j1", "--received-at", when]);
        let id = invite["id"].to_string();
        let shown = env.json(&["invite", "show", &id]);
        shown["received_at"].as_str().unwrap().to_string()
    };
    assert_eq!(received("2h ago"), "2026-03-10T10:00:00Z");
    assert_eq!(received("yesterday"), "2026-03-09T00:00:00Z");
    assert_eq!(received("2026-03-08"), "2026-03-08T00:00:00Z");
    assert_eq!(received("3d"), "2026-03-07T12:00:00Z");
    // --since with the same forms; --now itself takes them too.
    let since = |when: &str| {
        env.ok(&["invites", "list", "--since", when, "-q"])
            .lines()
            .count()
    };
    assert_eq!(since("2026-03-09"), 2);
    assert_eq!(since("1d"), 1);
    assert_eq!(since("4 days ago"), 4);
    let window = env.ok(&[
        "invites",
        "list",
        "--since",
        "2026-03-08",
        "--until",
        "yesterday",
        "-q",
    ]);
    assert_eq!(window.lines().count(), 1, "received on 2026-03-08 only");
    let events = env.json(&["log", "--until", "2026-03-01"]);
    assert!(events.as_array().unwrap().is_empty());
    let later = env
        .cmd()
        .args([
            "invites",
            "list",
            "--since",
            "yesterday",
            "-q",
            "--now",
            "2026-03-11",
        ])
        .output()
        .unwrap();
    // "yesterday" counts from --now (2026-03-10), not from LANCER_NOW (which would give 2).
    assert_eq!(String::from_utf8_lossy(&later.stdout).lines().count(), 1);
    let err = env.fails(2, &["invites", "list", "--since", "soonish"]);
    assert!(err.contains("yesterday"), "{err}");
}

/// Export → edit one value with jq → import → export shows exactly that edit, whatever --now
/// says; importing the same file again changes nothing. The export speaks `show`'s names and
/// types (`rating` 4.55, `payment_verified` true), and an older export's stored names
/// (`rating_hundredths`, 0/1) still import.
#[test]
fn export_edit_import_round_trips_at_any_now() {
    let env = Env::new();
    env.ok(&["seed", "--invites", "30"]);
    let export = env.path("export.ndjson");
    env.ok(&["export", "--ndjson", "-O", export.to_str().unwrap()]);
    let text = std::fs::read_to_string(&export).unwrap();
    let client: serde_json::Value = serde_json::from_str(
        text.lines()
            .find(|l| l.contains("\"type\":\"client\""))
            .unwrap(),
    )
    .unwrap();
    let shown = env.json(&["client", "show", &client["id"].to_string()]);
    for field in ["rating", "payment_verified", "name", "total_spent_cents"] {
        assert_eq!(
            client[field], shown[field],
            "{field}: export and show agree"
        );
    }
    // Edit one value the way a script would: with jq, using the names `show` prints.
    let jq = std::process::Command::new("jq")
        .arg("-c")
        .arg(format!(
            "if .type == \"client\" and .id == {} then .rating = 4.2 | .payment_verified = false else . end",
            client["id"]
        ))
        .arg(&export)
        .output()
        .expect("jq is needed for this test (.ci/run installs it)");
    assert!(jq.status.success());
    let edited = String::from_utf8(jq.stdout).unwrap();
    assert_ne!(edited, text);
    let edited_path = env.path("edited.ndjson");
    std::fs::write(&edited_path, &edited).unwrap();
    for (now, updated) in [("2026-06-01T00:00:00Z", 1), ("2027-01-01T00:00:00Z", 0)] {
        let report = env.json(&["import", edited_path.to_str().unwrap(), "--now", now]);
        assert_eq!(report["updated"], updated, "import at {now}: {report}");
        assert_eq!(report["inserted"], 0);
        let after = env.ok(&["export", "--ndjson", "--now", now]);
        assert_eq!(after, edited, "the export shows exactly the edit, at {now}");
    }
    // An older export's stored names and 0/1 flags are the same values: nothing changes.
    let older: String = edited
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            if v["type"] == "client" {
                let r = v["rating"].as_f64().unwrap();
                let m = v.as_object_mut().unwrap();
                m.remove("rating");
                m.insert(
                    "rating_hundredths".into(),
                    ((r * 100.0).round() as i64).into(),
                );
                let pv = m["payment_verified"].as_bool().unwrap();
                m.insert("payment_verified".into(), i64::from(pv).into());
            }
            format!("{}\n", serde_json::to_string(&v).unwrap())
        })
        .collect();
    let older_path = env.path("older.ndjson");
    std::fs::write(&older_path, older).unwrap();
    let report = env.json(&["import", older_path.to_str().unwrap()]);
    assert_eq!(report["updated"], 0, "{report}");
    // A rating with three decimals is refused, naming the field.
    let bad = edited.replacen("\"rating\":4.2", "\"rating\":4.257", 1);
    let bad_path = env.path("bad.ndjson");
    std::fs::write(&bad_path, bad).unwrap();
    let err = env.fails(2, &["import", bad_path.to_str().unwrap()]);
    assert!(
        err.contains("'rating'") && err.contains("two decimals"),
        "{err}"
    );
}

/// The seeded world is coherent: invites arrive after their job was posted, a job holds at
/// most one live (pending or ignored) invite and never one beside your live proposal, every
/// invariant holds, and the best-scored invite can be accepted.
#[test]
fn the_seeded_world_is_coherent() {
    let env = Env::new();
    env.ok(&["seed", "--invites", "400"]);
    env.ok(&["db", "check"]);
    let jobs: std::collections::HashMap<i64, serde_json::Value> = env
        .json(&["jobs", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|j| (j["id"].as_i64().unwrap(), j.clone()))
        .collect();
    let invites = env.json(&["invites", "list"]);
    let invites = invites.as_array().unwrap();
    assert_eq!(invites.len(), 400);
    let proposals = env.json(&["proposals", "list"]);
    let live_proposal_jobs: std::collections::HashSet<i64> = proposals
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| {
            matches!(
                p["status"].as_str(),
                Some("submitted" | "active" | "offered")
            )
        })
        .map(|p| p["job_id"].as_i64().unwrap())
        .collect();
    let mut live_per_job: std::collections::HashMap<i64, u32> = Default::default();
    for i in invites {
        let job = &jobs[&i["job_id"].as_i64().unwrap()];
        assert!(
            i["received_at"].as_str() >= job["posted_at"].as_str(),
            "invite {} arrived before its job was posted",
            i["id"]
        );
        if matches!(i["status"].as_str(), Some("pending" | "archived")) {
            *live_per_job
                .entry(i["job_id"].as_i64().unwrap())
                .or_default() += 1;
            assert!(
                !live_proposal_jobs.contains(&i["job_id"].as_i64().unwrap()),
                "live invite {} beside a live proposal",
                i["id"]
            );
        }
    }
    assert!(live_per_job.values().all(|n| *n == 1), "{live_per_job:?}");
    assert!(
        live_per_job.len() > 20,
        "the demo has live invites to answer"
    );
    let best = env.ok(&["invites", "list", "--sort", "score", "--limit", "1", "-q"]);
    let pay_type = env.ok(&["invite", "show", best.trim(), "--jq", ".job.pay_type"]);
    let price = if pay_type.trim() == "hourly" {
        "--rate"
    } else {
        "--bid"
    };
    env.ok(&[
        "invite",
        "accept",
        best.trim(),
        price,
        "55",
        "--cover-letter",
        "Thank you for the invite, I would be glad to help with this.",
    ]);
}

/// An invite to a job you already have a live proposal on scores 0, saying why (R19, R42).
#[test]
fn triage_scores_an_unacceptable_invite_zero() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["profiles", "add", "Dana Reyes", "--rate", "50"]);
    env.ok(&["connects", "buy", "20"]);
    env.ok(&["invites", "receive", "--job", "j1"]);
    env.ok(&[
        "invite",
        "accept",
        "1",
        "--bid",
        "300",
        "--cover-letter",
        "Thank you for the invite, I would be glad to help with this.",
    ]);
    env.ok(&["invites", "receive", "--job", "j1"]);
    let second = env.json(&["invite", "show", "2"]);
    assert_eq!(second["score"], 0);
    let why = second["triage"].to_string();
    assert!(
        why.contains("already have proposal") && why.contains("R19"),
        "{why}"
    );
    let err = env.fails(
        4,
        &[
            "invite",
            "accept",
            "2",
            "--bid",
            "300",
            "--cover-letter",
            "Thank you for the invite, I would be glad to help with this.",
        ],
    );
    assert!(!err.is_empty());
}

/// Options supplied by the environment are not shown as required in a usage line.
#[test]
fn usage_lines_do_not_require_environment_options() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["invite", "decline"])
        .env("LANCER_NO_INPUT", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Usage: lancer invites decline <INVITE>"),
        "{err}"
    );
    assert!(
        !err.contains("--db <PATH>") && !err.contains("--now <WHEN>"),
        "{err}"
    );
}

/// Several ids at once: each is done on its own (all or nothing for it); the failures are
/// reported and the exit code is the worst one's.
#[test]
fn bulk_decline_ignore_and_withdraw() {
    let env = Env::new();
    env.acme_job();
    for _ in 0..3 {
        env.ok(&["invites", "receive", "--job", "j1"]);
    }
    let out = env.ok(&["invite", "decline", "1", "2", "--reason", "too-busy", "-q"]);
    assert_eq!(out, "1\n2\n");
    // 2 is declined already (refused, 4), 99 does not exist (3), 3 is fine: 3 is declined,
    // the exit code is 4, and each failure is named.
    let before = env.snapshot();
    let run = env.run(&["invite", "ignore", "2", "99", "3"]);
    assert_eq!(run.status.code(), Some(4));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("invite 2:") && err.contains("invite 99:"),
        "{err}"
    );
    assert!(err.contains("2 of 3 invites failed"), "{err}");
    // Named once, though the rule's own refusal begins with the invite too.
    assert!(!err.contains("invite 2: invite 2"), "{err}");
    assert_ne!(before, env.snapshot(), "invite 3 was ignored");
    assert_eq!(env.json(&["invite", "show", "3"])["status"], "archived");
    // In JSON mode each failure is a JSON object on stderr.
    let run = env.run(&["invite", "ignore", "2", "98", "--json"]);
    assert_eq!(run.status.code(), Some(4));
    for line in String::from_utf8_lossy(&run.stderr).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["error"]["exit_code"].is_number(), "{line}");
    }
}

/// `-q` prints only the changed invites' ids (the invite is not read back to be shown), and
/// the store ends the same as after the change printed in full.
#[test]
fn a_quiet_change_writes_what_a_shown_one_does() {
    let quiet = Env::new();
    let shown = Env::new();
    for env in [&quiet, &shown] {
        env.acme_job();
        for _ in 0..4 {
            env.ok(&["invites", "receive", "--job", "j1"]);
        }
    }
    let steps: [&[&str]; 4] = [
        &["invite", "decline", "1", "--reason", "too-busy"],
        &["invite", "ignore", "2", "3"],
        &["invite", "mark-withdrawn", "4"],
        &["invite", "decline", "2", "--reason", "budget-too-low"],
    ];
    for step in steps {
        let mut q = step.to_vec();
        q.push("-q");
        let ids = quiet.ok(&q);
        let keys: Vec<&str> = step
            .iter()
            .copied()
            .filter(|a| a.parse::<i64>().is_ok())
            .collect();
        assert_eq!(ids, format!("{}\n", keys.join("\n")), "{step:?}");
        let full = shown.json(step);
        let full = if full.is_array() {
            full
        } else {
            serde_json::json!([full])
        };
        assert_eq!(full.as_array().unwrap().len(), keys.len(), "{step:?}");
        assert!(
            full.as_array()
                .unwrap()
                .iter()
                .all(|i| i["status"].is_string())
        );
    }
    assert_eq!(quiet.ok(&["export"]), shown.ok(&["export"]));
}

/// Paging and triage filters on invite rows, and the Connects history newest first.
#[test]
fn offset_min_score_and_row_fields() {
    let env = Env::new();
    env.ok(&["seed", "--invites", "60"]);
    let ids = |args: &[&str]| -> Vec<String> {
        env.ok(args).lines().map(str::to_string).collect::<Vec<_>>()
    };
    let all = ids(&["invites", "list", "--sort", "id", "-q"]);
    let page = ids(&[
        "invites", "list", "--sort", "id", "--limit", "5", "--offset", "10", "-q",
    ]);
    assert_eq!(page, all[10..15]);
    let best = env.json(&["invites", "list", "--min-score", "60"]);
    let best = best.as_array().unwrap();
    assert!(!best.is_empty());
    assert!(best.iter().all(|i| i["score"].as_i64().unwrap() >= 60));
    let capped = env.json(&["invites", "list", "--min-score", "60", "--limit", "2"]);
    assert_eq!(capped.as_array().unwrap().len(), 2.min(best.len()));
    // The job's pay type is on every row; its bid range only on the plus plan (R40).
    assert!(best.iter().all(|i| i["pay_type"].is_string()));
    assert!(best.iter().all(|i| i["bid_low_cents"].is_null()));
    env.ok(&["config", "set", "plan", "plus"]);
    let plus = env.json(&["invites", "list"]);
    assert!(
        plus.as_array()
            .unwrap()
            .iter()
            .any(|i| i["bid_low_cents"].is_number())
    );
    // Newest first, as `log`; --oldest-first turns it round.
    let history = env.json(&["connects", "history"]);
    let at: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["at"].as_str().unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] >= w[1]), "{at:?}");
    let oldest = env.json(&["connects", "history", "--oldest-first"]);
    assert_eq!(
        oldest.as_array().unwrap().first().unwrap()["at"].as_str(),
        at.last().copied()
    );
}

/// `stats --profile` narrows every split; by_profile counts invites; the table labels each
/// split's numbers and reads durations in hours.
#[test]
fn stats_splits_follow_the_profile_and_read_well() {
    let env = Env::new();
    env.ok(&["seed", "--invites", "120"]);
    let all = env.json(&["stats"]);
    let general = all["by_profile"][0].clone();
    assert!(general["invites"].is_number(), "{general}");
    let other = all["by_profile"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["proposals"] == 0)
        .expect("a profile without proposals")["name"]
        .as_str()
        .unwrap()
        .to_string();
    let narrowed = env.json(&["stats", "--profile", &other]);
    for kind in narrowed["by_invite_kind"].as_array().unwrap() {
        assert_eq!(kind["proposals"], 0, "{kind}");
        assert_eq!(kind["connects_spent"], 0, "{kind}");
    }
    assert!(all["by_invite_kind"][0]["proposals"].as_i64().unwrap() > 0);
    let table = env
        .cmd()
        .args(["stats", "-o", "table"])
        .env("COLUMNS", "160")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(
        table.contains("proposals ") && table.contains("win rate"),
        "{table}"
    );
    let hours = regex::Regex::new(r"median_response_seconds: \d+(\.\d)? (h|min)").unwrap();
    assert!(hours.is_match(&table), "{table}");
}

/// An invite cannot arrive before its job was posted; a piped `invite show` is the whole
/// record (job, client, score, history), and reading it writes nothing (I9).
#[test]
fn invite_times_are_causal_and_a_piped_show_is_whole() {
    let env = Env::new();
    env.acme_job(); // posted at NOW
    let before = env.snapshot();
    let err = env.fails(
        2,
        &["invites", "receive", "--job", "j1", "--received-at", "1d"],
    );
    assert!(err.contains("before the job was posted"), "{err}");
    assert_eq!(before, env.snapshot());
    env.ok(&["invites", "receive", "--job", "j1"]);
    let before = env.snapshot();
    let piped = env.ok(&["invite", "show", "1"]);
    let header: Vec<&str> = piped.lines().next().unwrap().split('\t').collect();
    for field in ["job", "client", "score", "triage", "history"] {
        assert!(header.contains(&field), "{field} missing from {header:?}");
    }
    assert_eq!(piped.lines().count(), 2);
    assert_eq!(before, env.snapshot(), "a read wrote nothing");
}
