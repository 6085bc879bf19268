//! A temporary store and a fixed clock for running the built binary as a script would.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const NOW: &str = "2026-03-10T12:00:00Z";

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
    pub now: String,
}

/// The PostgreSQL server the suite runs against instead of SQLite files, when
/// `LANCER_TEST_PG` holds its URL (a database of the server; each test gets one of its own).
pub fn server() -> Option<String> {
    std::env::var("LANCER_TEST_PG")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A new empty database on the test server, as a URL.
fn server_database(base: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "t{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let mut client = postgres::Client::connect(base, postgres::NoTls).expect("the test server");
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create a test database");
    let (head, query) = base.split_once('?').unwrap_or((base, ""));
    let at = head.rfind('/').expect("a database in the URL");
    let url = if query.is_empty() {
        format!("{}/{name}", &head[..at])
    } else {
        format!("{}/{name}?{query}", &head[..at])
    };
    PathBuf::from(url)
}

/// Where a test's store lives: a file in `dir`, or a database of its own on the test server.
fn store_location(dir: &Path) -> PathBuf {
    match server() {
        Some(base) => server_database(&base),
        None => dir.join("lancer.db"),
    }
}

/// A test's database on the server is dropped with it (each holds a copy of the template).
impl Drop for Env {
    fn drop(&mut self) {
        let (Some(base), Some(url)) = (server(), self.db.to_str()) else {
            return;
        };
        let Some(name) = url.split('?').next().and_then(|h| h.rsplit('/').next()) else {
            return;
        };
        if let Ok(mut client) = postgres::Client::connect(&base, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = store_location(dir.path());
        let env = Env {
            dir,
            db,
            now: NOW.to_string(),
        };
        // Reads never create a store, so every test starts from an initialised one.
        env.ok(&["db", "init"]);
        env
    }

    /// A folder and store path with no store created yet.
    pub fn bare() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = store_location(dir.path());
        Env {
            dir,
            db,
            now: NOW.to_string(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary with a clean environment: this store, this clock, no terminal, no colour.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("lancer").expect("binary built");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("LANCER_DB", &self.db)
            .env("LANCER_NOW", &self.now)
            .current_dir(self.dir.path());
        if let Some(v) = std::env::var_os("LANCER_DEBUG_SQL") {
            cmd.env("LANCER_DEBUG_SQL", v);
        }
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("lancer runs")
    }

    /// Runs, expects success, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "lancer {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs with `--json`, expects success, parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let text = self.ok(&all);
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("lancer {args:?}: bad JSON ({e}):\n{text}"))
    }

    /// Runs, expects the exit code, returns stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "lancer {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// A fingerprint of every row in the store, to prove a refused action changed nothing.
    pub fn snapshot(&self) -> String {
        store_dump(&self.db)
    }

    /// A client `acme` and its fixed-price job `j1`.
    pub fn acme_job(&self) {
        self.ok(&[
            "clients",
            "add",
            "Acme",
            "--uid",
            "acme",
            "--rating",
            "4.9",
            "--payment-verified",
        ]);
        self.ok(&[
            "jobs",
            "add",
            "--client",
            "acme",
            "--uid",
            "j1",
            "--title",
            "Build a CLI",
            "--fixed",
            "300",
        ]);
    }
}

/// Every table's rows, in order, as text (read straight from SQLite, not through lancer).
pub fn store_dump(db: &Path) -> String {
    if db.to_str().is_some_and(|s| s.starts_with("postgres")) {
        return server_dump(db);
    }
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open store");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut dump = String::new();
    for t in tables {
        dump.push_str(&format!("## {t}\n"));
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get::<_, rusqlite::types::Value>(i).unwrap()))
                .collect();
            dump.push_str(&cells.join("|"));
            dump.push('\n');
        }
    }
    dump
}

/// [`store_dump`] for a store on the test server, read through lancer's own connection.
fn server_dump(url: &Path) -> String {
    // No store yet: nothing, as there is no file.
    let Ok(store) = server_store(url) else {
        return String::new();
    };
    let db = &store.conn;
    let tables: Vec<String> = db
        .prepare("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut dump = String::new();
    for t in tables {
        dump.push_str(&format!("## {t}\n"));
        let mut stmt = db
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
            .unwrap();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..row.len())
                .map(|i| format!("{:?}", row.get::<_, rusqlite::types::Value>(i).unwrap()))
                .collect();
            dump.push_str(&cells.join("|"));
            dump.push('\n');
        }
    }
    dump
}

/// Writes rows into a store on the test server behind lancer's back, as a test planting a
/// broken state does into a SQLite file (foreign keys unchecked there, as SQLite's are
/// unless a connection asks for them).
pub fn server_plant(url: &Path, sql: &str) {
    let store = server_store(url).expect("open the server store");
    store
        .conn
        .execute_batch(&format!(
            "SET session_replication_role = replica; {sql}; SET session_replication_role = DEFAULT"
        ))
        .expect("planted");
}

/// Makes `to` hold what `from` holds: the file copied, or on the test server, `db copy` into
/// `to`'s empty store.
pub fn copy_store(from: &Env, to: &Env) {
    if server().is_none() {
        std::fs::copy(&from.db, &to.db).expect("copy the store");
        return;
    }
    let target = to.db.to_str().expect("a URL");
    from.ok(&["db", "copy", "--to", target]);
}

/// Whether this run is against the test server: a test of what only a SQLite file has (its
/// bytes, journal, permissions, a full disk) returns early there, saying so.
pub fn sqlite_only(what: &str) -> bool {
    let server = server().is_some();
    if server {
        eprintln!("skipped on the server: {what}");
    }
    server
}

/// The store's state as a script sees it: its file's bytes, or on the server every row.
pub fn state(env: &Env) -> Vec<u8> {
    if server().is_some() {
        env.snapshot().into_bytes()
    } else {
        std::fs::read(&env.db).expect("read the store")
    }
}

/// Puts `to` back to what `from` holds, whatever `to` holds now.
pub fn restore_store(from: &Env, to: &Env) {
    if let (Some(base), Some(url)) = (server(), to.db.to_str()) {
        let name = url
            .split('?')
            .next()
            .and_then(|h| h.rsplit('/').next())
            .unwrap();
        let mut client =
            postgres::Client::connect(&base, postgres::NoTls).expect("the test server");
        client
            .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .expect("drop the test database");
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create the test database");
    }
    copy_store(from, to);
}

/// The existing store at a server URL, through lancer's own connection.
pub fn server_store(url: &Path) -> Result<lancer::store::Store, lancer::error::Error> {
    lancer::store::Store::open(url, 10_000, lancer::store::Create::Nothing)
}
