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

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("lancer.db");
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
        let db = dir.path().join("lancer.db");
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
