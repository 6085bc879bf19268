//! What only a server store has: its schema's identity, the writers' lock, and a failover.
//! These run against the test server (`LANCER_TEST_PG`); on a SQLite run they return at once.
//! The failover test also needs the cluster's folder (`LANCER_TEST_FAILOVER`, the folder
//! `.ci/pg/start` was given), since it kills the leader: run it on its own, after the suite.

use std::process::Command as StdCommand;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Env, server};

fn client() -> postgres::Client {
    postgres::Client::connect(&server().expect("a test server"), postgres::NoTls)
        .expect("the test server")
}

/// The database name in a store URL.
fn database(env: &Env) -> String {
    let url = env.db.to_str().unwrap();
    let head = url.split('?').next().unwrap();
    head.rsplit('/').next().unwrap().to_string()
}

/// A client of the test store's own database.
fn store_client(env: &Env) -> postgres::Client {
    let mut config: postgres::Config = env.db.to_str().unwrap().parse().unwrap();
    config.target_session_attrs(postgres::config::TargetSessionAttrs::ReadWrite);
    config.connect(postgres::NoTls).expect("the test store")
}

/// A store of a newer lancer, and a database holding another program's tables, are refused
/// (exit 5) and left as they were.
#[test]
fn newer_stores_and_other_databases_are_refused_untouched() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    let mut db = store_client(&env);
    db.batch_execute("UPDATE lancer_meta SET schema_version = 99")
        .unwrap();
    let err = env.fails(5, &["clients", "list"]);
    assert!(err.contains("newer lancer"), "{err}");
    let err = env.fails(5, &["clients", "add", "Other"]);
    assert!(err.contains("newer lancer"), "{err}");
    let version: i64 = db
        .query_one("SELECT schema_version FROM lancer_meta", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, 99);
    let clients: i64 = db
        .query_one("SELECT count(*) FROM clients", &[])
        .unwrap()
        .get(0);
    assert_eq!(clients, 1);

    let other = Env::bare();
    let mut db = store_client(&other);
    db.batch_execute("CREATE TABLE orders (id int); INSERT INTO orders VALUES (1)")
        .unwrap();
    let err = other.fails(5, &["db", "init"]);
    assert!(err.contains("not a lancer store"), "{err}");
    let tables: i64 = db
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(
        tables, 1,
        "nothing was created beside the other program's table"
    );
    // A database with no store yet: a read says so, a change creates it.
    let fresh = Env::bare();
    let err = fresh.fails(5, &["invites", "list"]);
    assert!(err.contains("no store"), "{err}");
    fresh.ok(&["clients", "add", "Acme"]);
    assert!(fresh.ok(&["clients", "list", "-q"]).lines().count() == 1);
    assert!(!database(&fresh).is_empty());
}

/// A change waits for the writer before it (the lock every change takes) for the busy
/// timeout, then gives up with exit 5 having changed nothing; once the lock is free it runs.
#[test]
fn a_writer_held_past_the_busy_timeout_is_exit_5() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    let before = env.snapshot();
    let mut holder = store_client(&env);
    holder
        .batch_execute("SELECT pg_advisory_lock(1280197458)")
        .unwrap();
    let started = Instant::now();
    let out = env
        .cmd()
        .env("LANCER_BUSY_TIMEOUT_MS", "700")
        .args(["connects", "buy", "10"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("locked"), "{err}");
    assert!(started.elapsed() >= Duration::from_millis(700));
    assert_eq!(env.snapshot(), before);
    // Reads do not wait for writers.
    env.ok(&["connects", "balance"]);
    holder
        .batch_execute("SELECT pg_advisory_unlock(1280197458)")
        .unwrap();
    env.ok(&["connects", "buy", "10"]);
    let _ = client();
}

/// A statement the server cancels (its `statement_timeout`, here while another session holds
/// the invites table) is the store's failure, exit 5, not lancer's own.
#[test]
fn a_statement_the_server_cancels_is_exit_5() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    env.ok(&["seed", "--invites", "5"]);
    let mut holder = store_client(&env);
    let mut tx = holder.transaction().unwrap();
    tx.batch_execute("LOCK TABLE invites IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let url = env.db.to_str().unwrap();
    let join = if url.contains('?') { '&' } else { '?' };
    let timed = format!("{url}{join}options=-c%20statement_timeout%3D300");
    let out = env
        .cmd()
        .env("LANCER_DB", &timed)
        .args(["invites", "list", "--json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.contains("\"kind\":\"store\""), "{err}");
    assert!(err.contains("stopped the work"), "{err}");
    tx.rollback().unwrap();
    env.ok(&["invites", "list"]);
}

/// One process spending in a loop: each attempt's exit code and, when it spent, its ledger id.
fn spender(env: &Env, attempts: usize) -> std::thread::JoinHandle<Vec<(i32, Option<i64>)>> {
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("lancer"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("LANCER_DB", &env.db)
        .env("LANCER_NOW", &env.now)
        .env("LANCER_BUSY_TIMEOUT_MS", "40000")
        .args([
            "connects",
            "spend",
            "--for",
            "availability-badge",
            "1",
            "--json",
        ]);
    std::thread::spawn(move || {
        let mut done = Vec::new();
        for _ in 0..attempts {
            let out = cmd.output().expect("lancer runs");
            let code = out.status.code().unwrap_or(-1);
            let ledger = (code == 0)
                .then(|| {
                    serde_json::from_slice::<Value>(&out.stdout)
                        .ok()
                        .and_then(|v| v["ledger_id"].as_i64())
                })
                .flatten();
            done.push((code, ledger));
            std::thread::sleep(Duration::from_millis(50));
        }
        done
    })
}

/// The leader is killed while 16 processes spend from one pool: every command ends 0, 4 or
/// 5; every spend that ended 0 is in the ledger once; the pool equals its lots and never went
/// below zero; and the same commands succeed once the new leader is up.
#[test]
fn a_failover_while_sixteen_processes_spend_loses_and_doubles_nothing() {
    let (Some(_), Ok(cluster)) = (server(), std::env::var("LANCER_TEST_FAILOVER")) else {
        return;
    };
    let env = Env::new();
    env.ok(&["connects", "buy", "150"]);
    let spenders: Vec<_> = (0..16).map(|_| spender(&env, 12)).collect();
    std::thread::sleep(Duration::from_millis(1_000));
    let killed = StdCommand::new("bash")
        .args([".ci/pg/kill-leader", &cluster])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("kill the leader");
    assert!(killed.status.success(), "{killed:?}");
    let results: Vec<(i32, Option<i64>)> = spenders
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    let count = |code: i32| results.iter().filter(|(c, _)| *c == code).count();
    let (ok, refused, unavailable) = (count(0), count(4), count(5));
    println!(
        "failover: killed {}; {} commands: {ok} spent (exit 0), {refused} refused for want of Connects (exit 4), {unavailable} gave up on the cluster (exit 5)",
        String::from_utf8_lossy(&killed.stdout).trim(),
        results.len()
    );
    assert_eq!(ok + refused + unavailable, results.len(), "{results:?}");
    let history = env.json(&["connects", "history", "--kind", "spend"]);
    let spends: Vec<i64> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    for (_, ledger) in results.iter().filter(|(c, _)| *c == 0) {
        let id = ledger.expect("a spend prints its ledger id");
        assert_eq!(
            spends.iter().filter(|s| **s == id).count(),
            1,
            "ledger row {id} once"
        );
    }
    // Spends the ledger holds: those that ended 0, and any whose commit's answer was lost
    // (exit 5); none twice, none from a refusal.
    assert!(spends.len() >= ok && spends.len() <= ok + unavailable);
    assert!(spends.len() <= 150, "never more than the pool held");
    let balance = env.json(&["connects", "balance"]);
    assert_eq!(
        balance["balance"].as_i64().unwrap(),
        150 - spends.len() as i64
    );
    println!(
        "failover: ledger holds {} spends, balance {} (the pool held 150)",
        spends.len(),
        balance["balance"]
    );
    // The pool never went below zero: the ledger's running sum, in order.
    let all = env.json(&["connects", "history"]);
    let mut amounts: Vec<(i64, i64)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_i64().unwrap(), r["amount"].as_i64().unwrap()))
        .collect();
    amounts.sort();
    let mut running = 0;
    for (id, amount) in amounts {
        running += amount;
        assert!(running >= 0, "the pool went below zero at ledger row {id}");
    }
    env.ok(&["db", "check"]);
    // The same commands work against the new leader.
    env.ok(&["connects", "buy", "5"]);
    env.ok(&["connects", "spend", "--for", "availability-badge", "1"]);
    env.ok(&["db", "check"]);
}
