//! Safety under pressure: concurrent writers, killed processes, hostile input, failing stores.

use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::common::{Env, NOW};

const LETTER: &str = "Thank you for the invitation; I have built this kind of tool before.";

fn lancer(env: &Env) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lancer"));
    cmd.env_clear()
        .env("LANCER_DB", &env.db)
        .env("LANCER_NOW", NOW)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// 16 processes issuing mixed commands at once: no store errors, no lost or doubled update.
#[test]
fn sixteen_writers_at_once() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    env.ok(&["profiles", "add", "Dana"]);
    for i in 0..32 {
        env.ok(&[
            "jobs",
            "add",
            "--client",
            "1",
            "--title",
            &format!("Job {i}"),
            "--fixed",
            "300",
        ]);
        env.ok(&["invites", "receive", "--job", &(i + 1).to_string()]);
    }
    env.ok(&["connects", "buy", "30"]);
    // Process p buys 2 Connects, accepts invite 2p+1 (4 Connects), declines invite 2p+2,
    // spends 1 Connect on a profile boost, and messages the client in its room.
    let children: Vec<_> = (0..16)
        .map(|p| {
            let script = format!(
                "set -u; L='{bin}'; r=''; \
                 $L connects buy 2 >/dev/null; r=\"$r $?\"; \
                 $L invite accept {a} --bid 300 --cover-letter '{LETTER}' >/dev/null; r=\"$r $?\"; \
                 $L invite decline {d} --reason too-busy >/dev/null; r=\"$r $?\"; \
                 $L connects spend --for profile-boost 1 >/dev/null; r=\"$r $?\"; \
                 echo $r",
                bin = env!("CARGO_BIN_EXE_lancer"),
                a = 2 * p + 1,
                d = 2 * p + 2,
            );
            Command::new("bash")
                .arg("-c")
                .arg(script)
                .env("LANCER_DB", &env.db)
                .env("LANCER_NOW", NOW)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut accepted = 0;
    let mut spent = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let codes: Vec<i32> = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(|c| c.parse().unwrap())
            .collect();
        assert_eq!(codes.len(), 4);
        assert_eq!(codes[0], 0, "buying never fails: {codes:?}");
        assert!(codes[1] == 0 || codes[1] == 4, "accept: {codes:?}");
        assert_eq!(codes[2], 0, "decline: {codes:?}");
        assert!(codes[3] == 0 || codes[3] == 4, "spend: {codes:?}");
        accepted += i64::from(codes[1] == 0);
        spent += i64::from(codes[3] == 0);
    }
    let balance = env.json(&["connects", "balance"])["balance"]
        .as_i64()
        .unwrap();
    assert_eq!(
        balance,
        30 + 16 * 2 - 4 * accepted - spent,
        "Connects are exact"
    );
    assert!(balance >= 0);
    assert_eq!(
        env.json(&["proposals", "list"]).as_array().unwrap().len() as i64,
        accepted
    );
    assert_eq!(
        env.json(&["invites", "list", "--status", "declined"])
            .as_array()
            .unwrap()
            .len(),
        16
    );
    let purchases = env
        .json(&["connects", "history", "--kind", "purchase"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(purchases, 17, "no purchase lost or doubled");
    env.ok(&["db", "check"]);
}

fn counts(env: &Env) -> (i64, i64) {
    if crate::common::server().is_some() {
        let store = crate::common::server_store(&env.db).unwrap();
        let c = |t: &str| {
            store
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
                    r.get::<_, i64>(0)
                })
                .unwrap()
        };
        return (c("invites"), c("events"));
    }
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let c = |t: &str| {
        conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap()
    };
    (c("invites"), c("events"))
}

/// kill -9 at many moments of an import and of a seed: the store always passes `db check`
/// and holds all of the change or none of it.
#[test]
fn killed_imports_and_seeds_leave_the_store_before_or_after() {
    let source = Env::new();
    source.ok(&["seed", "--invites", "600", "--seed", "2"]);
    let dump = source.path("dump.ndjson");
    std::fs::write(&dump, source.ok(&["export", "--ndjson"])).unwrap();
    let full = counts(&source);
    // Delays spread over the import's run, deterministic.
    let delays_ms = [0u64, 5, 10, 20, 35, 50, 80, 120, 160, 220, 300, 400];
    let mut saw_before = false;
    let mut saw_after = false;
    for (k, delay) in delays_ms.iter().enumerate() {
        let env = Env::new();
        if k % 3 == 2 {
            env.ok(&["config", "list"]); // a seed needs a store without records
        } else {
            env.ok(&["clients", "add", "Before"]);
        }
        let before = counts(&env);
        let mut child = if k % 3 == 2 {
            lancer(&env)
                .args(["seed", "--invites", "400"])
                .spawn()
                .unwrap()
        } else {
            // An import into an empty store: the uid of "Before" is free, so all goes in.
            lancer(&env).arg("import").arg(&dump).spawn().unwrap()
        };
        std::thread::sleep(Duration::from_millis(*delay));
        let _ = child.kill();
        let status = child.wait().unwrap();
        env.ok(&["db", "check"]);
        let after = counts(&env);
        if after == before {
            saw_before = true;
        } else {
            saw_after = true;
            if k % 3 != 2 {
                assert_eq!(after.0, full.0, "a finished import holds every invite");
            }
            assert!(status.success() || status.code().is_none(), "{status:?}");
        }
    }
    assert!(saw_before, "some runs were killed mid-way");
    let _ = saw_after;
}

/// A seed runs under SQLite's rollback journal, writing pages straight into the file once its
/// cache is full. Killed then, the next command rolls the file back to the empty store it was;
/// a seed that ends leaves the store on its write-ahead log with no journal behind.
#[test]
fn a_seed_killed_after_writing_into_the_file_is_rolled_back() {
    if crate::common::sqlite_only("SQLite's rollback journal") {
        return;
    }
    let env = Env::new();
    env.ok(&["config", "list"]);
    let before = env.snapshot();
    let size = || std::fs::metadata(&env.db).unwrap().len();
    let empty = size();
    let journal = std::path::PathBuf::from(format!("{}-journal", env.db.display()));
    let mut child = lancer(&env)
        .args(["seed", "--invites", "1000000"])
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while size() <= empty {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the seed ended before it wrote into the file"
        );
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "no page reached the file"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        journal.exists(),
        "the pages went in under a rollback journal"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    env.ok(&["db", "check"]);
    assert!(!journal.exists(), "the journal was played back and removed");
    assert_eq!(size(), empty);
    assert_eq!(env.snapshot(), before);

    env.ok(&["seed", "--invites", "50"]);
    assert!(!journal.exists());
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

/// With another connection on the store, a seed cannot have the file to itself: it runs under
/// the write-ahead log, without waiting for the other to leave, and the other reads on.
#[test]
fn a_seed_beside_another_connection_runs_under_the_log() {
    if crate::common::sqlite_only("SQLite's journal modes") {
        return;
    }
    let env = Env::new();
    env.ok(&["config", "list"]);
    let reader = rusqlite::Connection::open(&env.db).unwrap();
    let count = |c: &rusqlite::Connection| {
        c.query_row("SELECT count(*) FROM invites", [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    assert_eq!(count(&reader), 0);
    env.ok(&["seed", "--invites", "40"]);
    assert_eq!(count(&reader), 40);
    let mode: String = reader
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(reader);
    env.ok(&["db", "check"]);
}

/// Hostile text and numbers: an exit code with a message, never a panic, nothing written.
#[test]
fn hostile_input_is_refused_cleanly() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["profiles", "add", "Dana"]);
    env.ok(&["invites", "receive", "--job", "j1"]);
    let long = "x".repeat(6_000);
    let control = "name\twith\u{7}control\u{1b}[31m\u{7f}";
    let before = env.snapshot();
    let cases: Vec<(Vec<&str>, &[i32])> = vec![
        (
            vec![
                "jobs", "add", "--client", "acme", "--title", "T", "--fixed", "1e9",
            ],
            &[2],
        ),
        (
            vec![
                "jobs",
                "add",
                "--client",
                "acme",
                "--title",
                "T",
                "--fixed",
                "99999999999999999999",
            ],
            &[2],
        ),
        (
            vec![
                "jobs", "add", "--client", "acme", "--title", "T", "--fixed", "-0.01",
            ],
            &[2],
        ),
        (
            vec![
                "jobs", "add", "--client", "acme", "--title", "T", "--hourly", "NaN-inf",
            ],
            &[2],
        ),
        (
            vec![
                "jobs",
                "add",
                "--client",
                "acme",
                "--title",
                "T",
                "--fixed",
                "10",
                "--connects",
                "-1",
            ],
            &[2],
        ),
        (
            vec![
                "jobs",
                "add",
                "--client",
                "' OR 1=1 --",
                "--title",
                "T",
                "--fixed",
                "10",
            ],
            &[3],
        ),
        (vec!["clients", "show", "1; DROP TABLE clients"], &[3]),
        (vec!["clients", "add", "X", "--rating", "5.01"], &[2]),
        (vec!["clients", "add", "X", "--hire-rate", "101"], &[2]),
        (vec!["clients", "add", "X", "--reviews", "-3"], &[2]),
        (
            vec!["clients", "add", "X", "--member-since", "2024-02-30"],
            &[2],
        ),
        (vec!["clients", "add", ""], &[2]),
        (vec!["invites", "list", "--status", "maybe"], &[2]),
        (vec!["invites", "list", "--since", "the day before"], &[2]),
        (vec!["--now", "not-a-time", "invites", "list"], &[2]),
        (
            vec![
                "invite",
                "accept",
                "1",
                "--bid",
                "300",
                "--cover-letter",
                &long,
            ],
            &[4],
        ),
        (
            vec![
                "invite",
                "decline",
                "1",
                "--reason",
                "too-busy",
                "--message",
                "reach me at +1 (415) 555-0134",
            ],
            &[4],
        ),
        (
            vec![
                "invite",
                "accept",
                "1",
                "--milestone",
                "A;2026-13-01;100",
                "--cover-letter",
                LETTER,
            ],
            &[2],
        ),
        (
            vec![
                "invite",
                "accept",
                "1",
                "--milestone",
                ";;",
                "--cover-letter",
                LETTER,
            ],
            &[2],
        ),
        (
            vec![
                "invite",
                "accept",
                "99999999999999999999",
                "--bid",
                "300",
                "--cover-letter",
                LETTER,
            ],
            &[3],
        ),
        (vec!["connects", "buy", "0"], &[2]),
        (vec!["connects", "buy", "9223372036854775807"], &[2]),
        (
            vec!["connects", "spend", "--for", "profile-boost", "5"],
            &[4],
        ),
        (
            vec![
                "config",
                "set",
                "service-fee-pct",
                "10; DROP TABLE settings",
            ],
            &[2],
        ),
        (vec!["log", "nonsense"], &[2]),
        (vec!["jobs", "list", "--limit", "-1"], &[2]),
        (vec!["schema", "spaceship"], &[2]),
    ];
    for (args, codes) in &cases {
        let out = env.run(args);
        let code = out.status.code().unwrap_or(-1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let shown: Vec<String> = args.iter().map(|a| a.chars().take(60).collect()).collect();
        assert!(codes.contains(&code), "{shown:?}: exit {code}: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.trim().is_empty(),
            "{args:?}: {stderr}"
        );
        assert_eq!(env.snapshot(), before, "{args:?} wrote something");
    }
    // Non-UTF-8 arguments are a usage error.
    use std::os::unix::ffi::OsStrExt;
    let out = env
        .cmd()
        .arg("clients")
        .arg("add")
        .arg(std::ffi::OsStr::from_bytes(b"bad\xff\xfe"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.snapshot(), before);
    // Text that merely looks dangerous is stored as it is, and harms nothing.
    let injected = "Robert'); DROP TABLE clients;--";
    let c = env.json(&["clients", "add", injected]);
    assert_eq!(c["name"], injected);
    // Control characters and overlong names are refused, naming the field (R: hostile input).
    let before = env.snapshot();
    let err = env.fails(2, &["clients", "add", control]);
    assert!(err.contains("NAME holds the control character"), "{err}");
    let err = env.fails(2, &["clients", "add", "Evil\u{1b}[31mRED\u{1b}[0m\u{7}"]);
    assert!(err.contains("U+001B"), "{err}");
    let err = env.fails(2, &["clients", "add", &"n".repeat(100_000)]);
    assert!(err.contains("100000 characters; at most 200"), "{err}");
    let err = env.fails(
        2,
        &[
            "jobs",
            "add",
            "--client",
            "acme",
            "--title",
            "x\u{202e}y",
            "--fixed",
            "300",
        ],
    );
    assert!(err.contains("--title"), "{err}");
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.json(&["clients", "list"]).as_array().unwrap().len(), 2);
    env.ok(&["db", "check"]);
}

/// A locked store past the busy timeout: exit 5 with a clear message, nothing damaged.
#[test]
fn a_store_locked_past_the_timeout_is_exit_5() {
    if crate::common::sqlite_only(
        "a SQLite lock held by another connection (tests/cli/server.rs has the server case)",
    ) {
        return;
    }
    let env = Env::new();
    env.acme_job();
    let holder = rusqlite::Connection::open(&env.db).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; UPDATE clients SET reviews = reviews;")
        .unwrap();
    let out = env
        .cmd()
        .env("LANCER_BUSY_TIMEOUT_MS", "300")
        .args(["clients", "add", "Late"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("locked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    env.ok(&["db", "check"]);
    assert_eq!(env.json(&["clients", "list"]).as_array().unwrap().len(), 1);
}

/// A full disk, simulated by a file-size limit: exit 5, and the store still passes its check.
#[test]
fn a_full_disk_is_exit_5_and_does_no_damage() {
    if crate::common::sqlite_only("a full disk under the store's file") {
        return;
    }
    let env = Env::new();
    env.ok(&["config", "list"]); // an empty store
    let before = env.snapshot();
    // Limit files to the store's current size: the seed's writes cannot fit.
    let size_kib = std::fs::metadata(&env.db).unwrap().len() / 1024 + 8;
    let script = format!(
        "trap '' XFSZ; ulimit -f {blocks}; exec '{bin}' seed --invites 3000",
        blocks = size_kib * 2,
        bin = env!("CARGO_BIN_EXE_lancer")
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("LANCER_DB", &env.db)
        .env("LANCER_NOW", NOW)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.ok(&["db", "check"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let invites: i64 = conn
        .query_row("SELECT count(*) FROM invites", [], |r| r.get(0))
        .unwrap();
    assert_eq!(invites, 0);
    drop(conn);
    assert_eq!(env.snapshot(), before);
}

/// A store the user may only read (or not open at all): exit 5, the file unchanged.
#[test]
fn a_read_only_store_is_exit_5() {
    if crate::common::sqlite_only("a read-only store file") {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.acme_job();
    env.ok(&["db", "check"]); // checkpoints nothing but proves it opens
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
        .unwrap();
    drop(conn);
    std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = std::fs::read(&env.db).unwrap();
    // Run as an unprivileged user (root ignores file modes).
    let as_nobody = |args: &[&str]| {
        Command::new("setpriv")
            .args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                env!("CARGO_BIN_EXE_lancer"),
            ])
            .args(args)
            .env("LANCER_DB", &env.db)
            .env("LANCER_NOW", NOW)
            .env("HOME", "/nonexistent")
            .output()
            .expect("setpriv (util-linux) runs the check as another user")
    };
    let out = as_nobody(&["clients", "add", "Nope"]);
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("read-only") || err.contains("cannot open") || err.contains("permission"),
        "{err}"
    );
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
    // A store the user cannot read at all.
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = as_nobody(&["clients", "list"]);
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _: Value = Value::Null;
}

/// Text from data never drives the terminal. Import refuses control characters (exit 2,
/// naming the field); a store written by other means (an older lancer, a hand edit) may still
/// hold them, so rows are planted directly: every text field holds ESC, BEL, an OSC 52
/// clipboard write, a bidi override and a C1 control, and all of them print as visible escapes
/// on a pseudo-terminal (table and card), in TSV and CSV, and in error messages.
#[test]
fn control_characters_from_data_are_shown_not_obeyed() {
    if crate::common::sqlite_only("rows written into the file with SQLite's JSON functions") {
        return;
    }
    let env = Env::new();
    let evil = "A\u{1b}[31mred\u{1b}[0m\u{7}\u{1b}]52;c;aGk=\u{7}\u{202e}x\u{9b}";
    let record = serde_json::json!({
        "type": "client", "id": 1, "uid": "evil", "name": evil, "country": evil,
        "recent_feedback": [evil],
    });
    let file = env.path("evil.json");
    std::fs::write(
        &file,
        serde_json::json!({"lancer_export": 1, "records": [record]}).to_string(),
    )
    .unwrap();
    let before = env.snapshot();
    let err = env.fails(2, &["import", file.to_str().unwrap()]);
    assert!(
        err.contains("of type client") && err.contains("U+001B"),
        "{err}"
    );
    assert_eq!(before, env.snapshot());
    env.acme_job();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute(
            "UPDATE clients SET uid = 'evil', name = ?1, country = ?1, recent_feedback = json_array(?1)",
            [evil],
        )
        .unwrap();
        conn.execute(
            "UPDATE jobs SET title = ?1, description = ?1, skills = json_array(?1)",
            [evil],
        )
        .unwrap();
    }
    let raw = |text: &str| {
        text.contains('\u{1b}')
            || text.contains('\u{7}')
            || text.contains('\u{202e}')
            || text.contains('\u{9b}')
    };
    for args in [
        &["clients", "list"][..],
        &["client", "show", "evil"],
        &["jobs", "list"],
        &["job", "show", "j1"],
    ] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_lancer"));
        cmd.args(args)
            .env("LANCER_DB", &env.db)
            .env("LANCER_NOW", crate::common::NOW)
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200");
        let mut session =
            rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn on a pty");
        let text = session.exp_eof().expect("lancer exits");
        assert!(
            !raw(&text),
            "{args:?} printed a raw control character:\n{text:?}"
        );
        assert!(
            text.contains("\\u{1b}"),
            "{args:?} shows the escape as text:\n{text}"
        );
        let piped = env.ok(args);
        assert!(!raw(&piped), "{args:?} piped: {piped:?}");
        let csv = env.ok(&[args, &["-o", "csv"]].concat());
        assert!(!raw(&csv), "{args:?} csv: {csv:?}");
    }
    let err = env.fails(2, &["client", "show", evil]);
    assert!(!raw(&err), "{err:?}");
}

/// File inputs: only regular files (or `-`) are read, never past their limit, and the error
/// names the path given; nothing is written.
#[test]
fn file_inputs_are_regular_and_bounded() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["profiles", "add", "Dana Reyes", "--rate", "50"]);
    env.ok(&["connects", "buy", "20"]);
    let fifo = env.path("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let link = env.path("zero-link");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    let big = env.path("big.txt");
    std::fs::write(&big, "a".repeat(300_000)).unwrap();
    let letter = "Thank you for posting this, I would be glad to help with the whole project.";
    let before = env.snapshot();
    fn submit<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec!["proposals", "submit", "--job", "j1", "--bid", "300"];
        args.extend_from_slice(extra);
        args
    }
    for (args, says) in [
        (
            submit(&["--cover-letter", letter, "--attach", "/dev/zero"]),
            "a device",
        ),
        (
            submit(&["--cover-letter-file", fifo.to_str().unwrap()]),
            "a named pipe",
        ),
        (submit(&["--cover-letter-file", "/tmp"]), "a folder"),
        (
            submit(&["--cover-letter-file", link.to_str().unwrap()]),
            "zero-link: it is a device",
        ),
        (
            submit(&["--cover-letter-file", big.to_str().unwrap()]),
            "larger than",
        ),
        (vec!["import", fifo.to_str().unwrap()], "a named pipe"),
        (
            vec!["letter", "check", "--job", "j1", "/dev/zero"],
            "a device",
        ),
    ] {
        let err = env.fails(2, &args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(before, env.snapshot(), "nothing was written");
}
